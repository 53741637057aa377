"""Session 23, helper place31: places of events in batch 31's kinds of report (rules of language, each with a
positive and a negative test on sentences written for them: no gold, seed or held-out text)."""

from __future__ import annotations

from extract.placeincident import incident_place
from placehelpers import names as _names, location as _location


# --- "Federal" is an adjective ("Federal troops"), not the Argentine town ---

def test_federal_troops_name_no_place() -> None:
    text = "Federal troops reached the valley on Tuesday; about 900 soldiers took over the roads."
    assert "Federal" not in _names(text)


def test_a_town_beside_federal_stays_a_place() -> None:
    text = "Federal police said 16 people were killed in Rosario on Sunday."
    assert _location(text, "16") == "Rosario"


# --- a battle a person fought in ("a veteran of Waterloo") is no place of the event ---

def test_a_veteran_of_a_battle_names_no_place() -> None:
    text = ("Among the wounded was a 40-year-old veteran of Waterloo, a weaver. "
            "Witnesses said dozens were killed when the cavalry charged.")
    assert "Waterloo" not in _names(text)


def test_veterans_plural_name_no_place() -> None:
    text = "The marchers, many of them veterans of Verdun, said 12 people were shot."
    assert "Verdun" not in _names(text)


def test_a_battle_fought_in_the_town_stays_a_place() -> None:
    text = "Fighting in Waterloo killed 14 people on Monday, police said."
    assert "Waterloo" in _names(text)
    assert _location(text, "14") == "Waterloo"


# --- a headline naming its incident in the plural ("Kismayo sieges ...") places the story ---

def test_a_plural_siege_in_the_headline_names_the_incident() -> None:
    text = ("Kismayo sieges go on as toll rises\n\n"
            "Gunmen still held two buildings at noon. Officials said at least 41 people had been killed so far.")
    m = incident_place(text)
    assert m is not None and text[m.start : m.end] == "Kismayo"
    assert _location(text, "41") == "Kismayo"


def test_a_town_merely_named_in_a_headline_places_nothing() -> None:
    text = ("Kismayo: officials count the cost\n\n"
            "Gunmen still held two buildings at noon. Officials said at least 41 people had been killed so far.")
    assert incident_place(text) is None


# --- a dateline the story calls "this town" is the scene of counts that find no place ---

def test_a_dateline_called_this_town_places_a_later_count() -> None:
    text = ("A reporter returns to the square\n"
            "ZLATOGORSK — The shooting happened outside this town's court in the spring.\n\n"
            "The strike had begun two days earlier at the steel plant. Managers had cut wages by a third. "
            "Bread prices rose in the same week. Crowds gathered on the next morning. The workers marched behind "
            "red flags. Their leaders asked to see the governor. Witnesses say police killed 17 people "
            "and wounded dozens more.")
    assert (_location(text, "17") or "").casefold() == "zlatogorsk"


def test_a_dateline_alone_places_nothing() -> None:
    text = ("A reporter returns to the square\n"
            "ZLATOGORSK — The shooting happened outside the court in the spring.\n\n"
            "The strike had begun two days earlier at the steel plant. Managers had cut wages by a third. "
            "Bread prices rose in the same week. Crowds gathered on the next morning. The workers marched behind "
            "red flags. Their leaders asked to see the governor. Witnesses say police killed 17 people "
            "and wounded dozens more.")
    assert _location(text, "17") is None


# --- the title test's gate (a lower-case word before the name skips the search) keeps its answers ---

from hypothesis import given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

from extract import notplaces  # noqa: E402

_WORDS = ["in", "of", "Captain", "Mr.", "Mr", "Reginald", "ex-Captain", "Brigadier-General", "near", "the", "Sgt",
          "2011.", "Syria's", "\n", "  ", "General", "of\n"]


@given(st.lists(st.sampled_from(_WORDS), min_size=0, max_size=5))
@settings(max_examples=300, deadline=None)
def test_the_title_gate_agrees_with_the_title_search(words: list[str]) -> None:
    text = " ".join(words) + " Hull said 12 died."
    k = text.index("Hull")
    a = k - 28 if k > 28 else 0
    want = text[k - 1] == " " and notplaces._TITLE_BEFORE.search(text, a, k) is not None
    assert notplaces._titled_at(text, k) == want or text[k - 1] != " "


def test_a_hyphenated_title_still_makes_a_person() -> None:
    text = "Troops under Brigadier-General Dyer fired on the crowd. Dyer said 12 people died."
    assert "Dyer" not in _names(text)
