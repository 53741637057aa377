"""extract/stance.py: a caveat over "none of these figures" (the shared doubt and every-account patterns) covers
the figures of its own paragraph only (sentences of our own)."""

from __future__ import annotations

from datetime import date

import pytest

from attribution_probe import attribution_at, body
from extract.stance import _EVERY_ACCOUNT, _has_doubt


def stance(text: str, number: str) -> str:
    return attribution_at(text, number, outlet="Valley Courier", published=date(2021, 6, 2))[2]


@pytest.mark.parametrize("caveat", ["None of these numbers could be checked by reporters.",
                                    "None of the tallies has been independently confirmed.",
                                    "Neither figure could be verified."])
def test_a_caveat_on_the_figures_just_given_is_doubt(caveat):
    assert _has_doubt(caveat) and _EVERY_ACCOUNT.search(caveat)


def test_none_of_these_figures_reaches_back_over_its_paragraph_only():
    text = body("Police reported 4 arrests on Sunday.",
                "The mayor said 60 shops were looted and 11 guards were hurt. The council put the damage at 200 "
                "homes. None of these numbers could be checked by reporters.")
    assert [stance(text, n) for n in ("60", "11", "200")] == ["disputed"] * 3
    assert stance(text, "4") == "claimed"


def test_none_of_these_figures_confirmed_by_a_second_source_is_no_doubt():
    text = body("The mayor said 60 shops were looted. The council put the damage at 200 homes. "
                "None of these figures was disputed, and the coroner confirmed them.")
    assert stance(text, "60") != "disputed"
