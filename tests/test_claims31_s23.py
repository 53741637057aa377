"""Session 23, batch 31's missed claims (sentences written for these tests, not taken from any gold text)."""

from __future__ import annotations

from datetime import date

from hypothesis import given, settings, strategies as st

from extract import extract_claims


def _claims(text: str):
    return extract_claims(text, published=date(2021, 6, 1), outlet="The Valley Courier")


def _kinds(text: str) -> dict[str, tuple[str, str]]:
    return {c.number_text: (c.measure, c.subject) for c in _claims(text)}


# --- "put the dead there at N": a place adverb between the toll noun and "at" (extract/puttolls.py)


def test_dead_put_there_at_a_number():
    kinds = _kinds("Fighting went on at the bridge all night. The fire brigade put the dead there at 31, most of "
                   "them lorry drivers.")
    assert kinds["31"][0] == "killed"


def test_wounded_put_here_at_a_number():
    kinds = _kinds("After the bombing of the depot, the district doctor put the wounded here at about 70.")
    assert kinds["70"][0] == "wounded"


def test_put_there_without_a_toll_noun_is_no_claim():
    assert "40" not in _kinds("After the bombing of the depot, officials put the crowd there at 40 on most days.")


# --- "estimates of the <owner's> total dead range from N to M" (extract/tollgiven.py)


def test_estimates_of_a_wars_total_dead_range():
    claims = _claims("Estimates of the rebellion's total dead range from 410 to 950, depending on who is counted.")
    (c,) = [c for c in claims if c.number_text == "410 to 950"]
    assert (c.measure, c.qualifier, c.low, c.high) == ("killed", "range", 410, 950)


def test_estimates_of_civilian_dead_ranged():
    assert _kinds("Estimates of the siege's civilian dead ranged from 3,000 to 8,000.")["3,000 to 8,000"][0] == "killed"


def test_estimates_of_something_else_range_no_claim():
    assert _kinds("Estimates of the cost of the dead zone range from 300 to 900.") == {}
    assert _kinds("Estimates of the crowd size range from 300 to 900.") == {}


@settings(max_examples=25, deadline=None)
@given(st.integers(min_value=11, max_value=400), st.integers(min_value=1, max_value=500))  # (no year-like 1900)
def test_estimates_range_bounds(low: int, extra: int):
    high = low + extra
    claims = _claims(f"Estimates of the uprising's total dead range from {low} to {high}.")
    ranged = [c for c in claims if c.qualifier == "range"]
    assert len(ranged) == 1 and (ranged[0].measure, ranged[0].low, ranged[0].high) == ("killed", low, high)


# --- the last item of a colon list, itself the whole of a part after it (extract/listitems.py colon_item)


def test_last_colon_item_with_a_part_after_it():
    kinds = _kinds("Fourteen soldiers were wounded at the checkpoint: three shot by a sniper on Friday, five hurt in "
                   "a crossfire on Saturday, and six others, most of them conscripts.")
    assert kinds["six"][0] == "wounded"
    assert kinds["three"][0] == "wounded" and kinds["five"][0] == "wounded"


def test_whole_of_a_part_without_a_colon_keeps_no_borrowed_harm():
    assert "530" not in _kinds("The clinic has seen 530 children, 41 of them for shrapnel wounds.")


def test_colon_list_of_no_harm_gives_no_claim():
    assert "six" not in _kinds("The guests came from abroad: two diplomats, and six others, most of them bankers.")


# --- "among them the <unit> and N men of <unit>": a part of the force before (extract/amongthem.py item_among)


def test_men_after_a_named_unit_among_a_force():
    kinds = _kinds("The sheriff had gathered 800 soldiers, among them the Dragoons and about 150 men of the Castle "
                   "Guard.")
    assert kinds["150"][0] == "forces"


def test_men_among_workers_hired_no_claim():
    assert "300" not in _kinds("The city hired 900 workers, among them the mayor's cousin and some 300 men from the "
                               "docks.")


# --- a figure restated after two asides: "The correct figure, according to X, the Y that ..., is N" (anaphora.py)


def test_correct_figure_after_two_asides():
    kinds = _kinds("The report said 32 people were killed in the ambush. The correct figure, according to the "
                   "provincial coroner, the official who examined every body, is 27: 25 villagers and two guards.")
    assert kinds["27"][0] == "killed"
    assert kinds["25"][0] == "killed"


def test_true_figure_after_a_speaker_and_a_relative_clause():
    kinds = _kinds("The ministry said 40 people were killed. The true figure, say local doctors, who counted the "
                   "bodies in the morgue, is 63.")
    assert kinds["63"][0] == "killed"


def test_correct_budget_figure_after_two_asides_no_claim():
    assert "$2.4 million" not in _kinds("The budget said the city would spend $4.2 million on roads. The correct "
                                        "figure, according to the treasurer, the city's finance chief, is $2.4 "
                                        "million.")


# --- a fronted participle of being driven out, in a report of war (extract/movedout.py driven_out_before)


def test_evicted_people_fronted_in_a_war():
    kinds = _kinds("During the civil war the landowners turned on the strikers. Evicted from the estate houses, about "
                   "6,000 workers and their families settled in tents by the river.")
    assert kinds["6,000"][0] == "displaced"


def test_driven_from_a_valley_fronted_in_a_war():
    kinds = _kinds("Driven from the valley by the shelling, about 3,000 villagers walked to the border as the war "
                   "spread.")
    assert kinds["3,000"][0] == "displaced"


def test_evicted_tenants_in_no_war_no_claim():
    assert _kinds("Evicted from their flats, 40 tenants protested outside city hall on Monday.") == {}
