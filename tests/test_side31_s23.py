"""Session 23, batch 31's sides, subjects and measures (sentences written for these tests, not taken from any gold
text, the held-out or the seeds)."""

from __future__ import annotations

from extract import extract_claims
from extract.massacretold import massacre_report


def _sides(text: str) -> dict[str, tuple[str, str, str]]:
    return {c.number_text: (c.measure, c.subject, c.side) for c in extract_claims(text)}


# --- a review's line naming the book comes before the lead: a massacre told in the lead makes the report about it

_REVIEW = ("Review: the long silence after Karvosh\n"
           "The Burning Road: Karvosh, 3 March 1921, by Elin Marsh (Harbour Books, 312 pages, £20, hardback only)\n\n"
           "A century ago this spring, a column of cavalry rode into the market town of Karvosh and the massacre "
           "that followed was left out of every schoolbook for decades.\n\n")
_LATER = ("Marsh spent six winters in the parish archives.\n\nThe hardest chapter concerns the wounded. The parish "
          "doctor treated 212 injured in the week after, and his ledger survives.")


def test_massacre_in_the_lead_after_a_books_title_line_makes_the_wounded_civilians():
    got = _sides(_REVIEW + _LATER)
    assert got["212"][0] == "wounded" and got["212"][2] == "civilian"
    assert massacre_report(_REVIEW + _LATER)


def test_a_massacre_named_once_past_the_lead_does_not_make_the_report_about_it():
    text = ("Review: the long silence after Karvosh\nThe Burning Road, by Elin Marsh (Harbour Books, 312 pages)\n\n"
            "Elin Marsh has written a patient and careful book about a town that kept its secrets for a century.\n\n"
            "Its middle chapters turn to the massacre itself.\n\n")
    got = _sides(text + _LATER)
    assert got["212"][2] == "unknown"


# --- a toll said to be mostly guards (an adjective allowed before the noun) is not all civilians

def test_a_toll_mostly_of_guards_is_mixed():
    got = _sides("After the rebels bombed the market in Teskor, 40 people were killed, most of them prison guards.")
    assert got["40"] == ("killed", "people", "unknown")


def test_a_toll_mostly_of_armed_men_named_with_an_adjective_is_mixed():
    got = _sides("After the rebels bombed the market in Teskor, 40 people were killed, many of them foreign gunmen.")
    assert got["40"][2] == "unknown"


def test_a_toll_mostly_of_women_stays_civilian():
    got = _sides("After the rebels bombed the market in Teskor, 40 people were killed, most of them elderly women.")
    assert got["40"][2] == "civilian"


# --- a toll spelt out after a colon with armed men among its items is mixed

_FIRED = "Troops opened fire on the marchers in Ostrava on Sunday. "


def test_a_toll_spelt_out_with_police_among_it_is_mixed():
    got = _sides(_FIRED + "Nineteen people were killed: 17 civilians and two police officers.")
    assert got["Nineteen"] == ("killed", "people", "unknown")


def test_a_toll_spelt_out_far_after_its_count_with_soldiers_among_it_is_mixed():
    got = _sides(_FIRED + "Eight people died in the town over the weekend, before the march: three soldiers shot at a "
                 "checkpoint and five others.")
    assert got["Eight"][2] == "unknown"


def test_a_toll_spelt_out_as_civilians_only_stays_civilian():
    got = _sides(_FIRED + "Nineteen people were killed: 17 men and two children.")
    assert got["Nineteen"][2] == "civilian"


def test_a_colon_opening_no_list_of_counts_changes_nothing():
    got = _sides(_FIRED + "Nineteen people were killed, the mayor said: a figure two soldiers at the gate confirmed.")
    assert got["Nineteen"][2] == "civilian"


# --- people arrested after armed men fired on a crowd are the crowd's, civilians

def test_people_arrested_after_troops_fired_on_a_crowd_are_civilians():
    text = ("Soldiers fired on a crowd of mourners outside the cathedral in Vesna on 4 May.\n\nThe army kept the "
            "district closed for a month.\n\nThe governor's office says 80 people were arrested in the weeks that "
            "followed.")
    assert _sides(text)["80"] == ("captured", "people", "civilian")


def test_people_arrested_before_any_shooting_stay_unknown():
    text = ("The governor's office says 80 people were arrested in the weeks before.\n\nThe army kept the district "
            "closed for a month.\n\nSoldiers fired on a crowd of mourners outside the cathedral in Vesna on 4 May.")
    assert _sides(text)["80"][2] == "unknown"


# --- miners and mine workers are people not in arms

def test_miners_killed_are_civilians():
    got = _sides("Police say 12 miners were killed at the Dravik colliery on Monday.")
    assert got["12"] == ("killed", "miners", "civilian")


def test_mine_workers_wounded_keep_their_name():
    got = _sides("Guards shot at the pickets, and 40 mine workers were wounded.")
    assert got["40"][0] == "wounded" and got["40"][1:] == ("mine workers", "civilian")


def test_miners_on_strike_are_no_claim():
    assert "5,000" not in _sides("Some 5,000 miners walked out at the Dravik colliery on Monday over pay.")


# --- a part of the wounded that later died is dead: the verb after "of whom later" is the part's

def test_wounded_of_whom_some_later_died_are_dead():
    got = _sides("The hospital says 52 people were wounded in the blast at Orsk, four of whom later died.")
    assert got["52"][0] == "wounded" and got["four"][0] == "killed"


def test_wounded_of_whom_some_subsequently_died_are_dead():
    got = _sides("The hospital says 52 people were wounded in the blast at Orsk, four of them subsequently died.")
    assert got["four"][0] == "killed"


def test_wounded_of_whom_some_later_recovered_stay_wounded():
    got = _sides("The hospital says 52 people were wounded in the blast at Orsk, four of whom later recovered.")
    assert got["four"][0] == "wounded"


# --- a headline toll of unidentified people takes the side the body gives the same toll

def _note(headline_toll: str) -> str:
    return (f"Morning note: Varna sieges go on as toll passes {headline_toll}\nGood morning. Here is what you need to "
            "know today.\n\n1. The sieges go on. Commandos fought gunmen in two hotels overnight. The governor said "
            "that at least 64 people had been killed and 200 wounded across the city.")


def test_headline_toll_takes_the_bodys_side():
    got = {(c.number_text, c.section): c.side for c in extract_claims(_note("64"))}
    assert got[("64", "body")] == "civilian"
    assert got[("64", "headline")] == "civilian"


def test_headline_toll_with_another_value_keeps_its_side():
    got = {(c.number_text, c.section): c.side for c in extract_claims(_note("70"))}
    assert got[("70", "headline")] == "unknown"
