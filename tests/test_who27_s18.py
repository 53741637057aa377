"""Subject and side rules written after batch 27 (helper who27, session 18), each on sentences written for this test,
with the forms they must leave alone."""

from __future__ import annotations

from datetime import date

import pytest

from extract import extract_claims

PUBLISHED = date(2022, 5, 9)


def kinds(text: str) -> dict[str, tuple[str, str, str]]:
    return {c.number_text: (c.measure, c.subject, c.side) for c in extract_claims(text, published=PUBLISHED)}


# --- officers after the police spoke, whichever rule read the count; a police strength (extract/statemen.py) ---

POLICE_STORY = ("Twenty people, among them six police officers, were killed on Friday when bandits armed with rifles "
                "raided Kamuthe village in the latest clashes between two herding clans. County Police Commander "
                "Amos Kirui said the officers, who belonged to a contingent of 30 sent to the village after earlier "
                "clashes, were outnumbered. ")


@pytest.mark.parametrize(
    ("text", "number", "subject"),
    [
        (POLICE_STORY + '"We lost five of our brave officers and two others are unaccounted for," he said.', "five",
         "police"),
        (POLICE_STORY + "He said seven officers, two reservists and a herder had been among the dead.", "seven",
         "police"),
        (POLICE_STORY, "30", "police"),
        ("Police have charged 14 men over the raid, the inspector-general said. He said 9 officers had been killed.",
         "9", "police"),
    ],
)
def test_officers_and_strength_of_the_police(text: str, number: str, subject: str) -> None:
    assert kinds(text)[number][1] == subject


@pytest.mark.parametrize(
    ("text", "number", "subject"),
    [
        ("The army said rebels attacked the barracks at dawn. It said six officers were killed.", "six", "officers"),
        (POLICE_STORY.replace("County Police Commander", "Army General"), "30", "troops"),
        (POLICE_STORY + "The army said a contingent of 50 was sent to the village after the raid.", "50", "troops"),
    ],
)
def test_officers_and_strength_where_an_army_is_named(text: str, number: str, subject: str) -> None:
    assert kinds(text)[number][1] == subject


# --- two groups' names joined by a slash before the noun (extract/phrase.py) ---

def test_slash_joined_group_names_before_the_noun() -> None:
    assert kinds("ARMY KILLS 7 ZLA/KRF MILITANTS NEAR BORDER")["7"][:2] == ("killed", "fighters")
    assert kinds("Troops killed 7 ZLA/KRF militants near the border on Monday.")["7"][:2] == ("killed", "fighters")


def test_slash_between_lowercase_words_is_no_name() -> None:
    assert kinds("Shelling killed 7 residents/farmers near the border on Monday.").get("7", ("", "", ""))[1] != (
        "fighters")


# --- who "them" is (extract/themwho.py) ---

@pytest.mark.parametrize(
    ("text", "number", "subject"),
    [
        ("At dawn the militants opened fire on the patrol but were beaten back by the soldiers, who killed four of "
         "them while the rest escaped.", "four", "fighters"),
        ("Government forces clashed with the insurgents, killing eight of them, the ministry said.", "eight",
         "fighters"),
        ("The rebels ambushed a lorry carrying soldiers, killing five of them.", "five", "troops"),
    ],
)
def test_them_is_the_armed_party_the_doer_fought(text: str, number: str, subject: str) -> None:
    got = kinds(text)[number]
    assert got[:2] == ("killed", subject)
    assert got[2] != "civilian"


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("Gunmen stormed the village and shot at the families, killing eight of them.", "eight"),
        ("The troops, who killed four of them, were later decorated.", "four"),
        ("Soldiers fought the rebels for hours near the river, killing nine of them.", "nine"),
    ],
)
def test_them_left_alone_where_no_armed_party_is_read(text: str, number: str) -> None:
    got = kinds(text).get(number)
    assert got is None or got[1] not in ("fighters", "troops")


# --- "N of its men" told by an armed group's speaker (extract/speakermen.py) ---

@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("The army said it had killed 30 insurgents near the dam. A spokesman for the insurgents, Musa Kallon, "
         "called that a lie and said only four of their men had died.", "four"),
        ("The army said it had killed 30 rebels near the dam. In a statement, the rebel group said its fighters had "
         "killed 12 soldiers and lost two of their own.", "two"),
    ],
)
def test_an_armed_groups_speaker_counts_its_fighters(text: str, number: str) -> None:
    measure, subject, side = kinds(text)[number]
    assert (measure, subject) == ("killed", "fighters")
    assert side != "civilian"


@pytest.mark.parametrize(
    ("text", "number", "subject"),
    [
        ("The Border Police Force says 14 of its men were killed in the ambush near the dam.", "14", "troops"),
        ("The army said it had killed 30 insurgents near the dam. A spokesman for the insurgents, Musa Kallon, "
         "said the soldiers had killed seven of their own people in the shelling.", "seven", "people"),
    ],
)
def test_their_men_of_no_armed_group_or_their_own_people(text: str, number: str, subject: str) -> None:
    assert kinds(text)[number][1] == subject


# --- a people's name counted as refugees where the passage calls them so (extract/refugeenames.py) ---

def test_peoples_name_as_refugees() -> None:
    text = ("Fighting in the north drove thousands from their homes this month. Aid workers said the camps for "
            "refugees across the border were full. Some 8,200 Chadians were sheltering at the two camps by Friday.")
    assert kinds(text)["8,200"][:2] == ("displaced", "refugees")
    text = "By June some 40,000 Burundians had fled to Tanzania as refugees, the agency said."
    assert kinds(text)["40,000"][:2] == ("displaced", "refugees")


def test_peoples_name_stays_where_no_refugees_are_named() -> None:
    text = ("Fighting in the north drove thousands from their homes this month. Some 8,200 Chadians had crossed "
            "into the next province by Friday, officials said.")
    got = kinds(text).get("8,200")
    assert got is not None and got[0] == "displaced" and got[1] != "refugees"


# --- civil officials named by their office's place or work ([nouns.civilian] in assets/lexicons/claims.toml) ---

def test_local_officials_are_civilians() -> None:
    text = "Militants shot dead three district officials and a teacher near the market town on Monday."
    assert kinds(text)["three"] == ("killed", "officials", "civilian")


def test_military_officials_are_no_civilians() -> None:
    got = kinds("Militants shot dead three military officials near the market town on Monday.")["three"]
    assert got[0] == "killed" and got[1] != "officials" and got[2] != "civilian"


# --- a lead telling armed men surrounded a civilian place; a toll spread over a whole area ([civilian_targets],
# [cues] period_total in assets/lexicons/claims.toml, extract/civiliantarget.py) ---

SURROUNDED = ("Ten years on, Kampung Baru remembers\n\nBy Staff Writer\n\n"
              "KAMPUNG BARU - Before dawn on 3 March 2014, armed men from the hills surrounded the Kampung Baru "
              "village school, where families had taken shelter, and set it alight as they fled.\n\n"
              "Two days later the district police said at least 27 bodies had been pulled from the ruins. ")


def test_victims_of_armed_men_who_surrounded_a_civilian_place() -> None:
    assert kinds(SURROUNDED)["27"] == ("killed", "people", "civilian")


def test_surrounded_armed_place_and_an_area_total_stay_unknown() -> None:
    armed = SURROUNDED.replace("village school, where families had taken shelter,", "army barracks")
    assert kinds(armed)["27"][2] == "unknown"
    total = SURROUNDED + "By then the raiders had killed some 600 people across the province."
    assert kinds(total)["600"][2] == "unknown"


# --- rounds of a calibre called ammunition (extract/designators.py) ---

def test_calibre_rounds_called_ammunition_are_ammunition() -> None:
    text = "Soldiers seized two rifles, a pistol and 250 rounds of 5.56mm linked ammunition from the camp."
    assert kinds(text)["250"][:2] == ("seized", "ammunition")


def test_calibre_rounds_alone_stay_shells() -> None:
    text = "Soldiers seized two rifles, a pistol and 250 rounds of 12.7mm from the camp."
    assert kinds(text)["250"][1] == "shell"


# --- a count of the same people after "by <what>" and "and" (extract/partof.py, _ELIDED_GAP) ---

def test_same_people_after_an_agent_phrase() -> None:
    got = kinds("Camp officials said 11 civilians were killed by mortar fire and scores wounded overnight.")
    assert got["scores"] == ("wounded", "civilians", "civilian")


def test_own_noun_after_an_agent_phrase_stays() -> None:
    got = kinds("Eleven soldiers were killed by mortar fire and 40 civilians wounded overnight.")
    assert got["40"] == ("wounded", "civilians", "civilian")
    assert kinds("Eleven soldiers were killed by mortar fire and 40 wounded overnight.")["40"][1] == "troops"
