"""Session 25, batch 35's claimants: "X had informed him that …" and "read a letter from X stating that …" name
the claimant, as minutes record others' words (sentences written for these tests, not taken from any gold text)."""

from __future__ import annotations

from hypothesis import given, settings, strategies as st

from extract import extract_claims

_BOMB = "A car bomb exploded outside the covered market on Tuesday morning. "


def _sources(text: str) -> dict[str, tuple[str | None, str | None, str | None]]:
    return {c.number_text: (c.source, c.source_type, c.stance) for c in extract_claims(text, outlet="The Courier")}


# --- "informed": a verb of saying whose subject is the claimant

def test_police_had_informed_him():
    got = _sources(_BOMB + "The police had informed him that 11 people were killed.")
    assert got["11"] == ("Police", "official", "claimed")


def test_army_informs_us():
    got = _sources(_BOMB + "The army informs us that 9 soldiers were killed.")
    assert got["9"][0] == "Army"


def test_passive_informed_names_no_claimant():
    got = _sources(_BOMB + "He was informed that 9 people were killed.")
    assert got["9"][0] == "The Courier"


# --- "a letter from X stating that …": the writer, not the one who read it out

def test_letter_from_police_chief_stating():
    got = _sources(_BOMB + "The mayor read a letter from the provincial police chief stating that 14 people were "
                   "killed and 30 wounded.")
    assert got["14"][:2] == ("Provincial police chief", "official")
    assert got["30"][:2] == ("Provincial police chief", "official")


def test_message_from_ministry_saying():
    got = _sources(_BOMB + "The governor read out a message from the health ministry saying that 17 people had died.")
    assert got["17"][:2] == ("Health ministry", "official")


def test_letter_without_a_writer_names_none():
    from extract.relayedspeaker import written_from
    assert written_from("The mayor issued a short note ") is None
    assert written_from("The mayor read a letter ") is None


def test_written_from_shapes():
    from extract.relayedspeaker import written_from
    assert written_from("The Chairman read a letter from the district commander ") == ("district commander", 36)
    assert written_from("He spoke from the steps of the town hall ") is None
    assert written_from("They received help from the Red Cross ") is None


@settings(max_examples=60, deadline=None)
@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=120))
def test_written_from_never_fails(before: str) -> None:
    from extract.relayedspeaker import written_from
    got = written_from(before)
    assert got is None or (got[0] and 0 <= got[1] <= len(before))


# --- a massacre told without the word: "killed men, women and children" in the lead makes the report's
# unidentified dead civilians (assets/lexicons/claims.toml massacre_report)

def _sides(text: str) -> dict[str, str]:
    return {c.number_text: c.side for c in extract_claims(text, outlet="The Courier")}


_KELEMA = ("Remembering Kelema\n\nTen years ago tonight, gunmen came into Kelema after dark and for two days {deed} "
           "in the lanes.\n\nThe counts differ. The district officer counted 26 bodies; the local priest put the toll "
           "at 40.")


def test_killing_men_women_and_children_makes_the_tolls_civilian():
    got = _sides(_KELEMA.format(deed="killed men, women and children"))
    assert got["26"] == "civilian" and got["40"] == "civilian"


def test_killing_women_and_children_makes_the_tolls_civilian():
    got = _sides(_KELEMA.replace("for two days {deed}", "went from door to door, killing women and children"))
    assert got["26"] == "civilian"


def test_fighting_in_the_lanes_leaves_the_tolls_unknown():
    got = _sides(_KELEMA.format(deed="fought"))
    assert got["26"] == "unknown" and got["40"] == "unknown"


def test_a_war_at_large_killing_women_and_children_is_no_massacre():
    got = _sides("Fighting in Kelema\n\nThe war has killed women and children for six years, aid groups say.\n\n"
                 "The district officer said 26 people had died in the clashes on Friday.")
    assert got["26"] == "unknown"


# --- people who marched, then "opened fire" later in the paragraph: the crowd fired on, told without "on the crowd"
# (extract/civiliantarget.py crowd_fired_on_at, [civilian_targets] marchers_of/marched)

_MARCH = ("Twenty years since Tamberi\n\nOn a Monday morning in May, about 8,000 students from the town's colleges "
          "marched to the governor's office against the new fees.{gap}Soldiers opened fire near the post office."
          "\n\nThe governor said afterwards that 31 people had died and 85 had been wounded.")


def test_dead_after_marchers_and_opened_fire_are_civilians():
    got = _sides(_MARCH.format(gap=" "))
    assert got["31"] == "civilian" and got["85"] == "civilian"


def test_march_in_an_earlier_paragraph_does_not_reach_the_shooting():
    got = _sides(_MARCH.format(gap="\n\nA week later, in the hills, "))
    assert got["31"] == "unknown"


def test_troops_marching_are_no_crowd():
    got = _sides("Battle for Tamberi\n\nOn Monday two battalions marched on Tamberi and opened fire on the rebel "
                 "lines.\n\nThe army said afterwards that 31 people had died.")
    assert got["31"] == "unknown"


# --- a British department of state named an Office is official ("Foreign" is no outlet word there)

def test_foreign_office_is_official():
    got = _sources(_BOMB + "The British Foreign Office has said that four British nationals died.")
    assert got["four"][1] == "official"


def test_home_office_stays_official():
    from extract.lexicon import type_of

    assert type_of("UK Home Office") == "official"


def test_foreign_policy_magazine_stays_an_outlet():
    from extract.lexicon import type_of

    assert type_of("Foreign Policy") == "wire_or_outlet"


# --- "The organisation now says …": the one listed body named in the sentence before (extract/kindback.py)

def test_the_organisation_is_the_body_named_just_before():
    got = _sources(_BOMB + "According to the International Committee of the Red Cross, 14 people were killed. "
                   "The organisation now says that 19 people died.")
    assert got["19"][:2] == ("International Committee of the Red Cross", "monitor")


def test_the_organisation_with_two_bodies_before_stays_as_written():
    from extract.kindback import organisation_named_before

    assert organisation_named_before("organisation", "Amnesty International and Human Rights Watch said 14 died.") \
        is None
    assert organisation_named_before("the aid group", "Human Rights Watch said 14 died.") is None


def test_the_organisation_with_an_outlet_before_takes_no_outlet():
    from extract.kindback import organisation_named_before

    assert organisation_named_before("organisation", "Reuters reported that 14 people died.") is None
