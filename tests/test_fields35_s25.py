"""A report opened by "X reported that …" goes on in the past perfect: the sentences after it keep X as claimant.

Every document is written for the test, about invented places and bodies (extract/reportedon.py, called from
extract/claimantof.py).
"""

from __future__ import annotations

from datetime import date

from extract import extract_claims

OUTLET = "Marrow Parish Council"
DAY = date(2003, 5, 12)
HEAD = ("Minutes of the meeting of Marrow Parish Council, 12 May 2003\n"
        "Marrow Parish Council. Minutes of a meeting held in the Hall, Marrow, on 12 May 2003.\n\n")


def _claims(body: str) -> dict[str, object]:
    claims = extract_claims(HEAD + body, published=DAY, outlet=OUTLET)
    return {c.number_text: c for c in claims}


def test_past_perfect_goes_on_with_the_report() -> None:
    by = _claims("Item 2. The shelling\nThe Secretary reported that mortar rounds had struck the square on Friday. "
                 "The Marrow clinic had treated 42 people for shrapnel wounds.\n\n")
    c = by["42"]
    assert c.source == "Secretary"
    assert c.stance == "claimed"


def test_report_within_the_report_is_passed_over() -> None:
    by = _claims("Item 3. Casualties\nThe Warden reported that a shell had struck the market at noon. "
                 "The police had told him that 9 people were killed there. "
                 "The county clinic had treated 27 people for shrapnel wounds.\n\n")
    assert by["9"].source.casefold() == "police"
    assert by["27"].source == "Warden"


def test_said_to_the_meeting_that() -> None:
    by = _claims("Item 4. Homes\nThe Surveyor told the meeting that a car bomb had wrecked the Hall overnight. "
                 "Some 80 residents had been evacuated from their homes.\n\n")
    assert by["80"].source == "Surveyor"


def test_writers_sentence_between_ends_the_report() -> None:
    by = _claims("Item 2. The shelling\nThe Secretary reported that mortar rounds had struck the square on Friday. "
                 "The Council thanked the volunteers. "
                 "The Marrow clinic had treated 42 people for shrapnel wounds.\n\n")
    assert by["42"].source != "Secretary"


def test_present_tense_sentence_is_not_the_report() -> None:
    by = _claims("Item 2. The shelling\nThe Secretary reported that mortar rounds had struck the square on Friday. "
                 "The Marrow clinic treated 42 people for shrapnel wounds.\n\n")
    assert by["42"].source != "Secretary"


def test_new_item_ends_the_report() -> None:
    by = _claims("Item 2. The shelling\nThe Secretary reported that mortar rounds had struck the square on Friday.\n\n"
                 "Item 3. Homes\nSome 80 residents had been evacuated from their homes.\n\n")
    assert by["80"].source != "Secretary"


def test_present_saying_is_no_backshifted_report() -> None:
    by = _claims("Item 2. The shelling\nThe Secretary says that mortar rounds struck the square on Friday. "
                 "The Marrow clinic had treated 42 people for shrapnel wounds.\n\n")
    assert by["42"].source != "Secretary"
