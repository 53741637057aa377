"""toll35 (session 25): a toll given with no noun of its own, carried from the sentence before.

Sentences are my own. A figure restated with an open bound ("gave a figure of more than N", "a figure of at least
N") counts the dead of the sentence before when that sentence tells a toll; a later "put it as high as N" then
restates that figure in turn. A bound figure after a count of anything else stays no claim.
"""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from extract import extract_claims
from extract.triggers import closing_table

_DAY = date(2021, 3, 4)


def _claims(text: str) -> dict[str, object]:
    """The claims of `text` by their number as written."""
    return {c.number_text: c for c in extract_claims(text, published=_DAY, outlet="Valley Courier")}


# --- a bound figure after a toll ---

@pytest.mark.parametrize("text, number", [
    ("The provincial police put the toll at 35. The opposition gave a figure of more than 60.", "60"),
    ("Medics said 14 people were killed in the raid. A local monitor gave a figure of at least 20.", "20"),
    ("The army put the toll at 200 to 250. Church groups cite a figure of as many as 900.", "900"),
    ("The ministry put the number of dead at 48. A human rights group gave a figure of nearly 70.", "70"),
])
def test_a_bound_figure_after_a_toll_counts_the_dead(text: str, number: str) -> None:
    got = _claims(text)
    assert number in got
    assert got[number].measure == "killed"


def test_put_it_as_high_as_restates_the_bound_figure_before_it() -> None:
    got = _claims("The governor put the toll at 90 to 110. A relief agency gave a figure of more than 300. "
                  "A refugee group put it as high as 1,200; few accept that.")
    assert {"300", "1,200"} <= set(got)
    assert got["300"].measure == got["1,200"].measure == "killed"


def test_the_bound_figure_keeps_its_own_source() -> None:
    got = _claims("The provincial police put the toll at 35. The Bar Association gave a figure of more than 60.")
    assert got["60"].source == "Bar Association"


# --- no toll before: no claim ---

@pytest.mark.parametrize("text", [
    "The dealer sold 300 cars last year. Its rival gave a figure of more than 400.",
    "The hall seats 250 people. The organisers gave a figure of more than 500 for the evening.",
    "Turnout was low this year. The council gave a figure of at least 2,000.",
])
def test_a_bound_figure_after_no_toll_is_no_claim(text: str) -> None:
    got = _claims(text)
    assert not any(n in got for n in ("400", "500", "2,000"))


def test_a_bound_figure_after_a_count_of_the_fled_is_not_read_as_dead() -> None:
    got = _claims("Aid workers said 5,000 people had fled the valley. The mayor gave a figure of more than 8,000.")
    assert "8,000" not in got or got["8,000"].measure != "killed"


# --- every bound of the lexicon ---

_BOUNDS = closing_table("rows")["counting"]["bounds"]


@settings(max_examples=25, deadline=None)
@given(bound=st.sampled_from(_BOUNDS), n=st.integers(min_value=11, max_value=9_000))
def test_every_bound_carries_the_toll(bound: str, n: int) -> None:
    number = f"{n:,}"
    got = _claims(f"Officials put the toll at 10. A doctors' group gave a figure of {bound} {number}.")
    assert number in got and got[number].measure == "killed"


# --- "members of staff", "staff members": a body's employees counted as people ---

@pytest.mark.parametrize("text, number, measure", [
    ("Gunmen stormed the clinic, killing 9 people, among them 4 members of staff.", "4", "killed"),
    ("The shelling wounded 31 people at the depot, among them 6 staff members.", "6", "wounded"),
])
def test_members_of_staff_are_the_part_they_name(text: str, number: str, measure: str) -> None:
    got = _claims(text)
    assert got[number].measure == measure and got[number].subject == "staff"


@pytest.mark.parametrize("text", [
    "The firm has 300 members of staff in Leeds.",
    "The school employs 45 staff members and plans to hire more.",
])
def test_staff_in_peace_are_no_claim(text: str) -> None:
    assert _claims(text) == {}


# --- the whole of a part as a later item after "among them" ---

def test_a_later_item_with_a_part_of_its_own_shares_the_toll() -> None:
    got = _claims("A mortar round killed 17 people at the market, among them 5 traders and 8 shoppers, two of them "
                  "children.")
    assert got["8"].measure == "killed" and got["8"].subject == "shoppers"
    assert got["5"].measure == "killed"


@pytest.mark.parametrize("text", [
    "The clinic sees 400 patients a week, among them 50 children and 30 mothers, half of them from the suburbs.",
    "The club, among the oldest in town, has 500 members, 40 of them under sixteen.",
])
def test_a_whole_of_a_part_in_peace_is_no_claim(text: str) -> None:
    assert _claims(text) == {}
