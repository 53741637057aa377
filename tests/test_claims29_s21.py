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


# --- "the dead were" lists the dead; a part "two of them pregnant" takes the noun of its whole, not of the next item


def test_the_dead_were_a_list_of_the_dead():
    got = _kinds("The court heard that in the raid of 3 May the dead were 14 women, two of them pregnant, six men "
                 "and 11 children.")
    assert got == [("14", "killed", "women"), ("two", "killed", "women"), ("six", "killed", "men"),
                   ("11", "killed", "children")]


def test_a_part_with_its_own_noun_keeps_it():
    got = _kinds("Soldiers killed 19 people, six of them children, in the raid.")
    assert ("six", "killed", "children") in got


# --- a force put at a number in a relative clause ("whom the judge put at between 60 and 90")


def test_gunmen_whom_a_court_put_at_a_range_are_a_force():
    got = _kinds("The gunmen, whom the court put at between 40 and 70, fired on the crowd for two hours.")
    assert ("40 and 70", "forces", "fighters") in got


def test_victims_whom_a_court_put_at_a_number_stay_a_toll():
    assert _kinds("The victims, whom the court put at 45, were buried in the village.") == [("45", "killed", "people")]


# --- rounds fired, with a quotation opening before the number


def test_rounds_fired_inside_a_quotation_are_attacks():
    got = _kinds('In the massacre the attackers fired "more than 300 rounds" at the church.')
    assert ("300", "attacks", "round") in got


def test_rounds_of_talks_in_quotes_are_no_attacks():
    assert _kinds('In the war the envoys held "more than 12 rounds" of talks.') == []
