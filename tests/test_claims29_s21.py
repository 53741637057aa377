"""Session 21, batch 29's constructions (sentences written for these tests, not taken from any gold text)."""

from __future__ import annotations

from extract import extract_claims, find_quantities


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


# --- a year opening a span in brackets is a year, not a toll ("250+ dead (2021 - )")


def test_a_bracketed_span_of_years_is_no_count():
    for text in ("Councils' counts: 250+ dead (2019 - )", "Councils' counts: 250+ dead (2019 - 2021)"):
        assert _kinds(text) == [("250+", "killed", "people")]


def test_a_bracketed_range_of_counts_stays_a_count():
    assert _kinds("Rebels killed (1500 - 1800) soldiers in the war.")[0][0] == "1500 - 1800"


# --- a concession opening the sentence ("Whether the true number is 600 or 1,000, ...") tells no count


def test_whether_opening_a_sentence_is_no_claim():
    assert _kinds("Whether the true number of dead is 600 or 1,000, every one of them had a name.") == []


def test_whether_inside_a_sentence_keeps_the_claim():
    assert _kinds("It is not clear whether 30 or 40 people were killed in the raid.") == [
        ("30 or 40", "killed", "people")]


# --- estimates of the dead spanning a range


def test_estimates_of_the_dead_running_from_a_to_b_are_a_toll():
    assert _kinds("In the war, estimates of the dead still run from 200 to 3,000.") == [
        ("200 to 3,000", "killed", "people")]


def test_estimates_of_a_cost_running_from_a_to_b_are_no_toll():
    assert _kinds("Estimates of the cost run from 200 to 3,000 dollars.") == []


# --- a bare count said, ending its clause ("Police now say 52, but people ... tell us it is close to 60")


def test_bare_counts_said_in_one_sentence_update_the_toll():
    got = _kinds('Ambush kills dozens\n\nAt least 52 men were killed in the ambush near Bara, police said.\n\n'
                 '"Police now say 52, but people in the valley tell us it is close to 60."')
    assert got.count(("52", "killed", "men")) == 2
    assert ("60", "killed", "men") in got


def test_a_bare_number_said_of_something_else_is_no_toll():
    got = _kinds("At least 52 men were killed in the ambush near Bara, police said.\n\n"
                 "The bus company says 40, but it will add more buses next year.")
    assert [n for n, _m, _s in got] == ["52"]


# --- "number" as the verb of a count is no ranking; "the two governments" is no toll; a mob "trying to storm"


def test_the_dead_number_eight_is_a_count_not_a_ranking():
    got = _kinds("The dead so far number eight, according to figures from the two governments.")
    assert got == [("eight", "killed", "people")]


def test_number_eight_in_a_ranking_stays_a_ranking():
    assert [q.kind for q in find_quantities("He is ranked number eight in the world.")] == ["ordinal"]


def test_a_mob_trying_to_storm_a_station_is_no_weather():
    got = _kinds("Three persons were killed when police opened fire on a mob trying to storm the police station, an "
                 "officer said.")
    assert got == [("Three", "killed", "people")]


def test_the_wounded_stated_to_be_critical_are_wounded():
    got = _kinds("Bombs hit the market, wounding 30 people. Eight of them are stated to be critical.")
    assert ("Eight", "wounded", "people") in got


def test_ministers_critical_of_a_plan_are_no_wounded():
    assert _kinds("Eight ministers are said to be critical of the ceasefire.") == []


def test_burned_beyond_recognition_are_dead():
    got = _kinds("Rebels set fire to the school. Seventeen students were burned beyond recognition in the boys' "
                 "dormitory, the commissioner said.")
    assert ("Seventeen", "killed", "students") in got


def test_the_figure_given_by_someone_restates_the_count():
    got = _kinds("Gunmen killed at least 20 workers at the mine. The figure given by the mine's managers was 25.")
    assert ("25", "killed", "workers") in got


def test_a_prize_given_by_someone_is_no_count():
    got = _kinds("Gunmen killed at least 20 workers at the mine. The prize given by the mine's managers was 25.")
    assert [n for n, _m, _s in got] == ["20"]
