"""Session 21, batch 29's constructions (sentences written for these tests, not taken from any gold text)."""

from __future__ import annotations

from extract import extract_claims


def _kinds(text: str) -> list[tuple[str, str, str]]:
    return [(c.number_text, c.measure, c.subject) for c in extract_claims(text)]


# --- "storm" as a verb of people storming a place is no weather ([cues] storming)


def test_rioters_storming_a_building_leave_the_toll_a_claim():
    got = _kinds("LIVE: Kumasi unrest - six police officers killed, hundreds injured as rioters storm the regional "
                 "office\n\nThe interior ministry says six members of the police have been killed.")
    assert ("six", "killed", "police") in got
    assert ("hundreds", "wounded", "people") in got


def test_a_storm_that_kills_is_still_weather():
    assert _kinds("A storm killed 12 people as it swept through the coastal villages.") == []
    assert _kinds("Twelve people were killed as the storm hit the protesters' camp on the coast.") == []


# --- a hospital's intensive care holds the wounded


def test_in_intensive_care_are_wounded():
    got = _kinds("The ministry says more than 900 people were injured in the clashes, and 41 are in intensive care.")
    assert ("41", "wounded", "people") in got


def test_beds_in_intensive_care_are_no_wounded():
    assert _kinds("The hospital has 12 beds in intensive care for the whole region.") == []


# --- "the martyrs included" lists the dead, as "the dead included" does


def test_martyrs_included_members_of_a_force_are_killed():
    got = _kinds("The governor said the martyrs included six members of the army and the militia.")
    assert got == [("six", "killed", "troops")]


# --- members of "law enforcement" are the police; with the security forces, troops


def test_members_of_law_enforcement_agencies_are_police():
    got = _kinds("Officials said 31 members of law enforcement agencies have been killed since the riots began.")
    assert got == [("31", "killed", "police")]


def test_members_of_law_enforcement_and_security_forces_are_troops():
    got = _kinds("Officials said 31 members of the law enforcement and security forces have been martyred.")
    assert got == [("31", "killed", "troops")]
