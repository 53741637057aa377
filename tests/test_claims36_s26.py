"""Session 26, batch 36's claim-layer rules (sentences written for these tests, not taken from any gold text).

- a number named again by "the N" is no re-mention when the word after it opens a hyphened compound noun ("the
  two by-elections"): a noun, not the verb or link of a clause;
- an event's attendance ("a funeral attended by thousands") counts a crowd, never a claim ([cues] served);
- a figure to plan or prepare for ("should plan for 200 casualties", "be ready for up to 500 wounded") is a
  scenario, no claim;
- casualties a hospital treats or takes in are its wounded, not a toll of the dead.
"""

from __future__ import annotations

from datetime import date

import pytest

from extract import extract_claims

_RIOT = "Police fired on a crowd in the market town on Tuesday. "


def _kinds(text: str) -> dict[str, tuple[str, str]]:
    claims = extract_claims(text, published=date(2023, 5, 4), outlet="The Harbour Gazette")
    return {c.number_text: (c.measure, c.subject) for c in claims}


# --- a hyphened compound after "the N" is no re-mention of a toll


@pytest.mark.parametrize("sentence", [
    "I will say nothing today about the three by-elections.",
    "I have nothing to say on the three by-elections.",
])
def test_compound_after_the_number_is_no_re_mention(sentence: str) -> None:
    got = _kinds("Three constables were hurt by stones. " + sentence)
    assert list(got) == ["Three"]


def test_compound_noun_without_a_toll_is_no_claim() -> None:
    assert list(_kinds("Three constables were hurt by stones. We discussed the three co-operatives.")) == ["Three"]


def test_re_mention_with_a_verb_after_it_still_counts() -> None:
    claims = extract_claims("The council said 32 civilians had been killed. The Council's 32 came with no list.")
    assert [(c.number_text, c.measure) for c in claims] == [("32", "killed"), ("32", "killed")]


# --- attendance


@pytest.mark.parametrize(("sentence", "number"), [
    ("The dead were buried on Friday in a service attended by thousands.", "thousands"),
    ("The dead were buried in a ceremony attended by some 4,000 people.", "4,000"),
])
def test_attendance_is_no_claim(sentence: str, number: str) -> None:
    assert number not in _kinds(_RIOT + sentence)


def test_killed_at_a_funeral_still_counts() -> None:
    got = _kinds(_RIOT + "Soldiers killed 14 mourners at the funeral.")
    assert got.get("14") == ("killed", "mourners") or got.get("14", ("",))[0] == "killed"


# --- planning figures


@pytest.mark.parametrize("sentence", [
    "Trauma units should plan for 300 or more casualties in the first hour.",
    "The clinic was told to be ready for up to 150 wounded.",
    "Surgeons are preparing for about 60 injured people a day.",
])
def test_planning_figure_is_no_claim(sentence: str) -> None:
    got = _kinds(_RIOT + sentence)
    assert not any(n in got for n in ("300", "150", "60"))


def test_harm_beside_a_plan_still_counts() -> None:
    got = _kinds(_RIOT + "As the army planned its next move, gunmen killed 9 villagers.")
    assert got.get("9", ("",))[0] == "killed"


# --- casualties treated


@pytest.mark.parametrize("sentence", [
    "The district's clinics together treated about 700 casualties that night.",
    "The county hospital took in 85 casualties by noon.",
    "Nurses at the field hospital admitted 40 casualties after the blast.",
])
def test_casualties_treated_are_wounded(sentence: str) -> None:
    got = _kinds("A car bomb exploded outside the bus station. " + sentence)
    assert [m for m, _ in got.values()] == ["wounded"]


@pytest.mark.parametrize(("sentence", "number"), [
    ("The explosion caused 40 casualties.", "40"),
    ("The morgue received 23 bodies.", "23"),
])
def test_casualties_not_treated_stay_the_dead(sentence: str, number: str) -> None:
    got = _kinds("A car bomb exploded outside the bus station. " + sentence)
    assert got.get(number, ("",))[0] == "killed"


# --- held "for questioning" after a deadly attack


@pytest.mark.parametrize("sentence", [
    "Police say they have detained about 25 people in the port for questioning.",
    "Officers have held 12 men for questioning since Sunday.",
])
def test_held_for_questioning_after_a_deadly_attack_are_captured(sentence: str) -> None:
    text = ("A suicide bomber attacked the ferry terminal on Sunday. 23 passengers were killed and 40 were hurt.\n\n"
            + sentence)
    got = _kinds(text)
    assert [m for n, (m, _) in got.items() if n in ("25", "12")] == ["captured"]


def test_held_for_questioning_after_a_robbery_is_no_claim() -> None:
    text = ("Thieves robbed a jeweller in the high street on Sunday.\n\n"
            "Police say they have detained about 25 people in the town for questioning.")
    assert "25" not in _kinds(text)


# --- "N of those who died"


@pytest.mark.parametrize(("sentence", "measure"), [
    ("Troops fired on the crowd and 21 people were killed. Nine of those who died were students.", "killed"),
    ("Troops fired on the crowd. We understand that four of those who were killed were women.", "killed"),
    ("Militiamen raided the camp and took 60 people. Eleven of those who were abducted are children.", "captured"),
])
def test_part_named_by_who_clause(sentence: str, measure: str) -> None:
    got = _kinds(sentence)
    assert any(n in got and got[n][0] == measure for n in ("Nine", "four", "Eleven"))


def test_of_those_who_voted_is_no_claim() -> None:
    got = _kinds("Troops fired on the crowd. Nine of those who voted were students.")
    assert "Nine" not in got


# --- a role told aside between the part and its verb


@pytest.mark.parametrize("sentence", [
    "The teachers' union said that seven of its members, working as exam invigilators, were killed.",
    "The church said four of its members, serving as stewards, had been shot dead.",
])
def test_role_aside_between_part_and_verb(sentence: str) -> None:
    got = _kinds("Rioters attacked the polling stations. " + sentence)
    assert any(n in got and got[n][0] == "killed" for n in ("seven", "four"))


def test_role_aside_with_no_verb_of_harm_is_no_claim() -> None:
    got = _kinds("Rioters attacked the polling stations. The union said seven of its members, working as clerks, "
                 "were present.")
    assert "seven" not in got


# --- buildings with a relative clause of harm


@pytest.mark.parametrize("sentence", [
    "Our team counted 14 schools that had been burned.",
    "Aid workers found nine clinics which were destroyed.",
    "The survey lists 22 villages that were burned down.",
])
def test_buildings_harmed_in_a_relative_clause(sentence: str) -> None:
    got = _kinds("Militias swept through the valley in March. " + sentence)
    assert [m for m, _ in got.values()] == ["destroyed"]


def test_buildings_in_a_relative_clause_of_no_harm_are_no_claim() -> None:
    got = _kinds("Militias swept through the valley in March. Our team counted 14 schools that had been repainted.")
    assert "14" not in got


# --- men an army moves are its troops


@pytest.mark.parametrize("sentence", [
    "The army has moved a further 800 men to the northern border.",
    "Overnight the rebels moved about 300 men into the hills above the town.",
])
def test_men_an_armed_body_moves_are_forces(sentence: str) -> None:
    got = _kinds("Shelling went on along the front line. " + sentence)
    assert [m for m, _ in got.values()] == ["forces"]


def test_men_aid_workers_move_stay_displaced() -> None:
    got = _kinds("Shelling went on along the front line. Aid workers moved 500 families to the camp.")
    assert [m for m, _ in got.values()] == ["displaced"]


# --- a study's authors at work


@pytest.mark.parametrize("sentence", [
    "Two trauma surgeons abstracted the case notes independently.",
    "Three nurses independently reviewed the records of every admission.",
])
def test_study_authors_are_no_capacity(sentence: str) -> None:
    got = _kinds("Shelling of the city went on for a month. " + sentence)
    assert not any(m == "capacity" for m, _ in got.values())


def test_staff_left_in_a_war_stay_capacity() -> None:
    got = _kinds("Shelling of the city went on for a month. Only four surgeons remain at the central hospital.")
    assert got.get("four", ("",))[0] == "capacity"


# --- a part with no noun treated for its injuries


@pytest.mark.parametrize("sentence", [
    "Gunmen raided the depot. Our staff were freed on Friday; three of them are still being treated for their wounds.",
    "Gunmen raided the depot. Five of them were treated for gunshot injuries.",
])
def test_part_treated_for_injuries_is_wounded(sentence: str) -> None:
    got = _kinds(sentence)
    assert any(n in got and got[n][0] == "wounded" for n in ("three", "Five"))


def test_part_treated_for_an_illness_is_no_claim() -> None:
    got = _kinds("Gunmen raided the depot. Our staff were freed on Friday; three of them are being treated for flu.")
    assert "three" not in got


# --- "they held N" after hostages were taken


@pytest.mark.parametrize("sentence", [
    "Militants seized the school and took its pupils hostage. They held about 240 children, officials said.",
    "Gunmen stormed the hotel and took dozens of guests hostage. They are still holding 19 civilians.",
])
def test_they_held_after_hostages_taken_are_captured(sentence: str) -> None:
    got = _kinds(sentence)
    assert any(n in got and got[n][0] == "captured" for n in ("240", "19"))


@pytest.mark.parametrize("sentence", [
    "The new hall opened on Friday. They held 200 guests at the dinner.",
    "Militants seized the school. The town hall held 300 voters on polling day.",
])
def test_held_without_hostage_takers_is_no_claim(sentence: str) -> None:
    got = _kinds(sentence)
    assert "200" not in got and "300" not in got
