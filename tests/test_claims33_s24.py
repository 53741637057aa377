"""Session 24, batch 33's claim layer: missed claims (sentences written for these tests, not taken from any gold
text)."""

from __future__ import annotations

from datetime import date

from extract import extract_claims


def _claims(text: str):
    return extract_claims(text, published=date(2021, 6, 1), outlet="The Valley Ledger")


def _kinds(text: str) -> dict[str, tuple[str, str]]:
    return {c.number_text: (c.measure, c.subject) for c in _claims(text)}


# --- a total with a tail of where the people were, before its breakdown (extract/listitems.py)


def test_total_on_board_before_its_breakdown():
    kinds = _kinds("The airliner was brought down by a missile. All 147 people on board, 139 passengers and 8 crew, "
                   "were killed.")
    assert kinds["147"][0] == "killed"
    assert kinds["139"][0] == "killed" and kinds["8"][0] == "killed"


def test_total_aboard_before_its_breakdown():
    kinds = _kinds("After the ferry was shelled, 61 people aboard, 50 villagers and 11 soldiers, were wounded.")
    assert kinds["61"][0] == "wounded"


def test_tail_with_no_list_after_it_adds_nothing():
    kinds = _kinds("The ferry carried 300 people on board, the company said.")
    assert "300" not in kinds
