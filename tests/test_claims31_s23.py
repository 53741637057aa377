"""Session 23, batch 31's missed claims (sentences written for these tests, not taken from any gold text)."""

from __future__ import annotations

from datetime import date

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
