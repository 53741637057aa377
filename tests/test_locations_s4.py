"""The place of a claim on reports of other conflicts (session 4): each rule on sentences written for it, and the
case it must not reach. Every sentence here is our own."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from extract import placekinds
from extract.context import Section, SentenceContext
from extract.gazetteer import gazetteer
from extract.places import find_place
from extract.records import Quantity
from extract.sentences import split_sentences
from place_probe import PUB, place_of

_place = place_of  # (tests/place_probe.py)


# --- a total over a period, or an event of another year, is a story of its own ----------------------------------


def test_a_total_over_a_period_takes_the_country_it_names_not_a_town_before_it() -> None:
    text = ("Shelling killed 4 people in Izium on Sunday. "
            "Fighting in Ukraine has killed 12,400 civilians since the invasion, the mission says.")
    assert _place(text, "12,400") == "Ukraine"
    assert _place(text, "4") == "Izium"


def test_a_total_over_a_period_naming_no_place_borrows_none() -> None:
    text = "A drone strike hit a bus station in Izium, killing 6. Since 2019, the group has killed 900 soldiers."
    assert _place(text, "900") is None


def test_an_event_of_another_year_borrows_no_place() -> None:
    text = ("A car bomb exploded outside a court in Izium, killing 9. "
            "In a similar attack in 2017, 31 people were killed at a wedding.")
    assert _place(text, "31") is None


def test_a_period_of_days_is_still_the_reports_own_event() -> None:
    # not reached: "since Friday" / "since May 12" are the days of the story the sentences around it tell
    text = "Clashes broke out around the airport in Izium on Friday. At least 40 people have died since Friday."
    assert _place(text, "40") == "Izium"
    text = "Clashes broke out around the airport in Izium on May 12. At least 40 people have died since May 12."
    assert _place(text, "40") == "Izium"


def test_a_total_that_points_back_at_the_town_takes_the_town() -> None:
    # not reached: "the city" is the place named before, even for a count over a period
    text = "Troops advanced into Izium in March. Since 2023, 70 airstrikes have hit the city."
    assert _place(text, "70") == "Izium"


def test_a_number_shaped_like_a_year_is_no_year() -> None:
    text = "Rebels regrouped around Izium overnight. 4000 troops faced 2000 rebels, the army said."
    assert _place(text, "4000") == "Izium"
    text = "Rebels shelled Izium overnight. Around 2000 people fled, the army said."
    assert _place(text, "2000") == "Izium"


# --- a headline names its own place ---------------------------------------------------------------------------


def test_a_headline_keeps_the_region_it_names() -> None:
    body = "Gunmen killed 14 villagers in Izium on Sunday, officials said."
    assert _place(body, "9", headline="Gunmen kill 9 in northern Ukraine") == "northern Ukraine"


def test_a_headline_without_a_place_still_takes_the_story_s() -> None:
    # not reached: a headline naming no place looks ahead to the item it heads
    body = "Gunmen killed 14 villagers in Izium on Sunday, officials said."
    assert _place(body, "9", headline="Gunmen kill 9 villagers, officials say") == "Izium"


# --- places the gazetteer lacks, named with their kind ------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "number", "written"),
    [
        ("Shells hit the Baraka Hospital on Monday, killing 8 patients.", "8", "Baraka Hospital"),
        ("Doctors at Zemlo Teaching Hospital said they received 26 wounded.", "26", "Zemlo Teaching Hospital"),
        ("Gunmen stormed the Hotel Warsame, killing 11 guests.", "11", "Hotel Warsame"),
        ("A car bomb in the Saddoun district killed 17 people.", "17", "Saddoun district"),
        ("Insurgents overran a base on the Kalema peninsula, killing 33 soldiers.", "33", "Kalema peninsula"),
        ("Troops lost 6 men at the Bisoro checkpoint.", "6", "Bisoro checkpoint"),
        ("Rebels in Myanmar's Lowaka State said they captured 45 soldiers.", "45", "Lowaka State"),
        ("An ambush in the southern province of Zenteno killed 9 police officers.", "9", "Zenteno"),
        ("Forty soldiers were sent to Kolobi, a village of about 2,000 people.", "2,000", "Kolobi"),
    ],
)
def test_a_place_named_with_its_kind(text: str, number: str, written: str) -> None:
    assert _place(text, number) == written


@pytest.mark.parametrize(
    "text",
    [
        "Islamic State said it killed 25 soldiers.",
        "Russian state media said 25 soldiers died.",
        "The State Department said 25 aid workers were evacuated.",
        "Fighters of Islamic State West Africa Province killed 25 soldiers.",
        "The hospital said it treated 25 people.",
    ],
)
def test_words_that_only_look_like_a_named_place(text: str) -> None:
    assert _place(text, "25") is None


def test_a_name_called_a_place_once_is_that_place_everywhere() -> None:
    text = ("Residents said 20 bodies were found in Gidari. The army did not comment. Roads were closed. "
            "Schools stayed shut. Gunmen had raided the town of Gidari on Sunday.")
    assert _place(text, "20") == "Gidari"
    # not reached: a capitalised word the text never calls a place
    assert _place("Gunmen raided a school on Sunday. Residents told Gidari that 20 died.", "20") is None


# --- names of organisations and their seats ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The UN Assistance Mission in Afghanistan documented 210 civilian deaths.",
        "The Kyiv-based Centre for Strategy counted 210 drones.",
        "Agence France-Presse counted 210 bodies.",
        "The Arakan Army said it captured 210 soldiers.",
    ],
)
def test_a_place_inside_an_organisation_s_name_is_no_place(text: str) -> None:
    assert _place(text, "210") is None


def test_a_place_after_in_outside_a_name_stays() -> None:
    # not reached: the same country as the place of the event, and a border between two places
    assert _place("Bombings killed 210 people in Afghanistan.", "210") == "Afghanistan"
    assert _place("Fighting on the Syria-Turkey border killed 210 people.", "210") is not None


# --- where people were taken or went lends its place to no other sentence -----------------------------------------


def test_the_hospital_town_is_not_where_the_attack_happened() -> None:
    text = ("Gunmen attacked Izium at dawn. "
            "The wounded were taken to the regional hospital in Dnipro, officials said. "
            "Villagers said 52 people had died.")
    assert _place(text, "52") == "Izium"


def test_a_refuge_is_still_the_place_of_its_own_claim() -> None:
    # not reached: the count of those who fled there, in its own sentence
    text = "More than 300 families fled to Izium, officials said."
    assert _place(text, "300") == "Izium"


# --- the number's own clause -------------------------------------------------------------------------------------


def test_the_place_of_the_number_s_own_clause() -> None:
    text = "UN says 900,000 displaced in North Kivu as rebels close in on Goma"
    assert _place(text, "900,000") == "North Kivu"
    text = "Troops killed 12 rebels near Goma; aid groups say 900,000 people are displaced across North Kivu."
    assert _place(text, "12") == "near Goma"
    assert _place(text, "900,000") == "North Kivu"


def test_a_clause_without_a_place_takes_the_sentence_s() -> None:
    # not reached: the number's clause names nothing, so the most specific place of the sentence holds
    text = "Fighting in North Kivu spread to Goma, where 12 people were killed as rebels advanced."
    assert _place(text, "12") == "Goma"


# --- regions of other conflicts, and who speaks -------------------------------------------------------------------


@pytest.mark.parametrize(("name", "country"), [("Tigray", "ET"), ("North Kivu", "CD"), ("Kayah State", "MM"),
                                                ("Borno", "NG"), ("Cabo Delgado", "MZ"), ("Chechnya", "RU"),
                                                ("Kasai", "CD"), ("the Kasais", "CD")])
def test_regions_of_other_conflicts_resolve(name: str, country: str) -> None:
    p = gazetteer().lookup(name)
    assert p is not None and p.precision == "admin1" and p.country == country and p.lat is not None


def test_a_region_is_the_place_of_its_sentence() -> None:
    assert _place("Some 2.3 million people have fled their homes in Tigray.", "2.3 million") == "Tigray"


def test_a_country_that_mourns_or_its_minister_speaks() -> None:
    assert _place("Ghana mourns 30 soldiers killed in an ambush.", "30") is None
    assert _place("Ghana's health minister put the toll at 30.", "30") is None
    # not reached: the country where it happened
    assert _place("An ambush in Ghana killed 30 soldiers.", "30") == "Ghana"


# --- more names the gazetteer lacks, and names that only end like a region ---------------------------------------


def test_a_place_a_country_s_possessive_names() -> None:
    assert _place("Shelling killed 7 people in Ukraine's Zelenivka on Monday.", "7") == "Zelenivka"
    assert _place("Gunmen killed 7 villagers near Nigeria's Kawuri, police said.", "7") == "Kawuri"


def test_a_possessive_s_name_lends_itself_to_no_other_mention() -> None:
    # a name after "Syria's" may be a person's: it names the place of its own sentence only
    text = ("Guards loyal to Rahmani killed 30 soldiers. The army did not comment. Roads were closed. "
            "Schools stayed shut. Few still had faith in Syria's Rahmani, officials said.")
    assert _place(text, "30") is None


def test_a_people_or_a_speaker_after_a_country_s_possessive_is_no_place() -> None:
    # not reached: "Iraq's Yazidi minority" is a people, "Ukraine's army" an institution
    assert _place("Militants killed 70 members of Iraq's Yazidi minority.", "70") == "Iraq"
    assert _place("Gunmen killed 70 people in Iraq's Yazidi community.", "70") == "Iraq"


def test_a_region_s_name_at_the_end_of_a_longer_name_is_no_region() -> None:
    assert _place("Militants took 300 women to Tal Afar.", "300") is None  # a town the gazetteer lacks, not Afar
    # not reached: a compass word before the region
    assert _place("Drought displaced 300 families in southern Afar.", "300") == "southern Afar"


def test_a_country_labelling_a_headline_is_no_place() -> None:
    body = "Gunmen killed 8 villagers in Izium on Sunday, officials said."
    assert _place(body, "8", headline="Ukraine: 8 killed in raid on a village") == "Izium"
    # not reached: a headline that names the country as the place of its event
    assert _place(body, "8", headline="Raid kills 8 in eastern Ukraine") == "eastern Ukraine"


def test_the_hospital_where_the_attack_happened_lends_its_town() -> None:
    # not reached by the refuge rule: nobody was taken there, the strike hit it
    text = ("Air strikes wounded 21 people in the hospital in Izium on Monday. "
            "State media gave a lower toll of 4.")
    assert _place(text, "4") == "Izium"


def test_the_reporter_s_place_is_not_the_event_s() -> None:
    text = "Our correspondent in Kharkiv reported that shelling killed 21 people and wounded 9 in Izium."
    assert _place(text, "21") == "Izium"


def _rate_place(text: str, number: str):
    start = text.index(number)
    spans = tuple(split_sentences(text, 0, len(text)))
    index = next(i for i, (s, e) in enumerate(spans) if s <= start < e)
    ctx = SentenceContext(text, spans, index, Section("body", 0, len(text)), PUB, None)
    got = find_place(ctx, Quantity(41, 41, 41, "approx", "ratio", number, start, start + len(number)))
    return None if got is None else got.written


def test_an_exchange_rate_takes_the_market_town_of_its_sentence() -> None:
    assert _rate_place("On the street market in Kharkiv the dollar fetched about 41 hryvnias.", "41") == "Kharkiv"
    # not reached: a rate whose sentence names no town borrows none, nor does a country count as a market
    text = "Shelling hit Izium on Monday. The hryvnia weakened to 41 against the dollar."
    assert _rate_place(text, "41") is None
    assert _rate_place("Ukraine's currency fell to 41 against the dollar.", "41") is None


def test_a_dateline_with_a_colon_is_where_the_report_was_filed() -> None:
    text = "KHARKIV: Two soldiers were killed in a drone strike on Monday, the army said."
    assert _place(text, "Two") is None
    text = "KHARKIV (Coast Wire): Shelling killed 3 people in Izium."
    assert _place(text, "3") == "Izium"
    # not reached: a capitalised place opening a sentence that is no dateline
    assert _place("Kharkiv: shelling killed 3 people on Monday.", "3") == "Kharkiv"


def test_a_place_whose_officials_speak_is_their_side() -> None:
    assert _place("Tigray officials say 64 people were killed in a drone strike.", "64") is None
    # not reached: officials of a place that is the place of the event
    assert _place("In Tigray, officials counted 64 dead after a drone strike.", "64") == "Tigray"


def test_a_count_across_the_region_or_with_its_place_withheld_borrows_none() -> None:
    text = "A drone hit a market in Izium on Monday. Troops killed 200 rebels across the region this week."
    assert _place(text, "200") is None
    text = "A drone hit a market in Izium on Monday. The group lost 6 fighters but did not say where."
    assert _place(text, "6") is None
    # not reached: a count of the same story, with no such words
    text = "A drone hit a market in Izium on Monday. Medics said 6 people died."
    assert _place(text, "6") == "Izium"


def test_a_total_over_the_same_period_takes_the_place_of_the_total_before_it() -> None:
    text = ("Gang violence in Haiti killed 1,554 people in the first three months of the year. "
            "Another 438 people were kidnapped over the same period.")
    assert _place(text, "438") == "Haiti"
    # not reached: a total that does not point back at the period before it
    text = ("Gang violence in Haiti killed 1,554 people in the first three months of the year. "
            "Since 2019, some 438 police officers have quit.")
    assert _place(text, "438") is None


def test_a_town_named_as_its_region_counts_as_a_region() -> None:
    # the nearest sentence names "the Belgorod region", a region: a town further off is more specific
    text = ("Shelling hit the market in Izium at noon. Russia said drones struck the Belgorod region. "
            "Its forces had destroyed 3 launchers in the town.")
    assert _place(text, "3") == "Izium"


def test_people_who_fled_into_a_neighbouring_country_are_counted_there() -> None:
    text = ("Militias burned villages around Geneina in West Darfur. Over 500,000 people fled the region into "
            "neighbouring Chad. Most crossed the border at Adre.")
    assert _place(text, "500,000") == "Chad"


# --- the fast scans agree with the regexes they stand for ---------------------------------------------------------

_WORDS = st.lists(st.sampled_from(["the", "Baraka", "Hospital", "Hotel", "Warsame", "district", "peninsula",
                                   "Kalema", "State", "state", "Islamic", "province", "of", "region", "a", "village",
                                   ",", "town", "Myanmar's", "checkpoint", "statement", "In", "\n", " " * 30])
                  | st.text(max_size=4), max_size=14)


def _kind_named_long_way(text: str) -> list[tuple[int, int]]:
    """kind_named_matches as the regex over the whole text, less a kind after a word of _NOT_STATE; a hotel's
    name after an opening word is read from the kind word on ("In Hotel Baraka": "Hotel Baraka"), as there."""
    out: list[tuple[int, int]] = []
    for m in placekinds._KIND_NAMED.finditer(text):
        if m.group("fac") in placekinds.OPENERS and m.group("fkind") == "Hotel":
            m = placekinds._KIND_NAMED.match(text, m.start("fkind")) or m
        if m.group("fkind") and not placekinds._capitalised_name_before(text, m.start("fkind")):
            continue
        if out and m.start() < out[-1][1]:
            continue
        out.append(m.span())
    return out


@settings(max_examples=300, deadline=None)
@given(_WORDS)
def test_kind_named_scan_is_the_regex(words: list[str]) -> None:
    text = " ".join(words)
    assert [m.span() for m in placekinds.kind_named_matches(text)] == _kind_named_long_way(text)


def test_kind_named_scan_on_generated_articles() -> None:
    from counterclaim.corpus import generate_articles

    for article in generate_articles(60, seed=23):
        text = article["text"]
        assert [m.span() for m in placekinds.kind_named_matches(text)] == _kind_named_long_way(text)
