"""Session 10 fix13: review7's findings 5, 10 and 12a, on sentences written for these tests (the review's probes and
others in other words), with what each rule must still reach.

- a sum of money's year is dropped only for a budget (a need, pledge, appeal, budget or shortfall named in its
  clause), not for money that changed hands in an event (extract/datefunds.py);
- a town after a body's full name that speaks is the body's seat, not the event's place (extract/placeseat.py asks
  extract/seatnames.py's test of a full name);
- a plural owner's figures handed on ("the rebels' list: ...") are the owner's (extract/relayedfigures.py).
Finding 9 (a stretch read where its caller says its sentence starts) is tested in tests/test_speed16_shortcuts.py.
"""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from claim_probe import ClaimProbe
from extract.datefunds import money_clause
from extract.seatnames import name_before, seat_dropped

PROBE = ClaimProbe(date(2021, 5, 20), "Valley Courier")


def _claim(text: str, number: str):
    return PROBE.one(text, number)


# --- a sum of money's year: a budget's only when the clause says so (extract/datefunds.py) -------------------------

@pytest.mark.parametrize("text, number", [
    ("The government paid a ransom of $3 million in 2019 to free the 12 hostages, officials said.", "$3 million"),
    ("Saudi Arabia bought $1.5 billion of weapons for the rebels in 2013.", "$1.5 billion"),
    ("The kidnappers received a ransom of $5 million in 2014, officials said.", "$5 million"),
])
def test_money_that_changed_hands_keeps_its_year(text: str, number: str) -> None:
    claim = _claim(text, number)
    assert claim.event_date is not None and claim.date_precision == "year"


@pytest.mark.parametrize("text, number", [
    ("Donors pledged $40 million for the displaced in 2016, the UN said.", "$40 million"),
    ("The World Food Programme needs $200 million in 2019 to feed refugees.", "$200 million"),
    ("The UN appealed for $600 million for Yemen in 2018.", "$600 million"),
    ("A shortfall of $6.3 million in aid was reported in 2022.", "$6.3 million"),
])
def test_a_budgets_year_is_no_event_date(text: str, number: str) -> None:
    assert _claim(text, number).event_date is None


def test_the_budget_word_must_stand_in_the_sums_own_clause() -> None:
    text = "Donors pledged aid to the camps; the government paid a ransom of $3 million in 2019, officials said."
    assert _claim(text, "$3 million").event_date == "2019"


def test_a_count_keeps_its_year_beside_a_budget_word() -> None:
    text = "Donors were told that 41 people were killed by mines in 2019."
    assert _claim(text, "41").event_date == "2019"


@settings(max_examples=60)
@given(st.text(alphabet="ab ;.", max_size=30), st.data())
def test_money_clause_is_the_part_between_semicolons(sentence: str, data) -> None:
    at = data.draw(st.integers(0, len(sentence)))
    clause = money_clause(sentence, at)
    assert ";" not in clause
    assert clause in sentence
    a = sentence.rfind(";", 0, at) + 1
    assert sentence.startswith(clause, a)


# --- a body's seat is not the event's place (extract/placeseat.py with extract/seatnames.py) -----------------------

@pytest.mark.parametrize("text, number, seat, place", [
    ("The Syrian Observatory for Human Rights in London said 45 regime soldiers were killed in Aleppo.", "45",
     "London", "Aleppo"),
    ("The Office of the High Commissioner in Geneva said 300 civilians were killed in Sudan.", "300", "Geneva",
     "Sudan"),
    ("The Syrian Democratic Forces in Raqqa said 30 fighters were killed.", "30", "Raqqa", None),
    ("The Kurdish Red Crescent based in Qamishli reported 12 civilians dead in Hasakah.", "12", "Qamishli",
     "Hasakah"),
    ("The Eastern Karen Relief Committee in Mae Sot says 20 villagers were killed near Hpapun.", "20", "Mae Sot",
     None),
])
def test_a_speaking_bodys_seat_is_not_the_place_of_its_count(text: str, number: str, seat: str,
                                                              place: str | None) -> None:
    got = _claim(text, number).location
    assert got != seat
    if place is not None:
        assert got == place


@pytest.mark.parametrize("text, number, place", [
    ("The Free Syrian Army Brigade in Homs was shelled and 30 fighters were killed.", "30", "Homs"),  # no saying verb
    ("The International Committee of the Red Cross in Yemen said 40 civilians were killed.", "40", "Yemen"),  # country
    ("Rebel fighters in Homs said 30 soldiers were killed.", "30", "Homs"),  # no body's full name
    ("The army headquarters in Rawalpindi was attacked and 6 guards were killed.", "6", "Rawalpindi"),
])
def test_a_place_that_is_no_speakers_seat_stays_the_events(text: str, number: str, place: str) -> None:
    assert _claim(text, number).location == place


def test_name_before_counts_capitalised_words_joined_by_small_words() -> None:
    text = "Yesterday the Office of the High Commissioner in Geneva"
    assert text[name_before(text, text.index(" in Geneva")):].startswith("Office of the High")
    assert name_before("the Foreign Ministry in Lisbon", 20) == -1  # two words: which ministry
    assert name_before("Rebel fighters", 14) == -1


@pytest.mark.parametrize("written, source", [
    ("Office of the High Commissioner in Geneva", "Office of the High Commissioner"),
    ("the Syrian Observatory for Human Rights based in London", "Syrian Observatory for Human Rights"),
    ("Eastern Karen Relief Committee in Mae Sot", "Eastern Karen Relief Committee"),
    ("United Nations Assistance Mission in Iraq", "United Nations Assistance Mission in Iraq"),  # (its name)
    ("Foreign Ministry in Lisbon", "Foreign Ministry in Lisbon"),  # (which ministry)
    ("Save the Children in Mae Sot", "Save the Children in Mae Sot"),  # (two capitalised words)
])
def test_seat_dropped_shares_the_full_name_test(written: str, source: str) -> None:
    assert seat_dropped(written) == source


@settings(max_examples=60)
@given(st.text(alphabet="Ab of in", max_size=40))
def test_seat_dropped_keeps_or_shortens(source: str) -> None:
    got = seat_dropped(source)
    assert source.endswith(got) or source.startswith(got) or source.startswith("the " + got) \
        or source.startswith("The " + got)


# --- a plural owner's figures handed on (extract/relayedfigures.py) ------------------------------------------------

@pytest.mark.parametrize("text, number, source", [
    ("The colonel read out the rebels' list: 45 fighters captured in the raid.", "45", "Rebels"),
    ("An envoy passed on the villagers’ count: 12 houses burned.", "12", "Villagers"),
    ("The spokesman gave reporters the ministry's figures: 25 civilians killed.", "25", "Ministry"),
])
def test_figures_handed_on_are_their_owners(text: str, number: str, source: str) -> None:
    assert _claim(text, number).source == source
