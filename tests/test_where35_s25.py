"""Session 25, batch 35's locations and event dates (sentences written for these tests, not taken from any gold
text, the held-out set or the seeds)."""

from __future__ import annotations

from datetime import date

from extract import extract_claims
from extract.dates import _hits


def _dates(text: str, pub: date) -> dict[str, str | None]:
    """number_text -> event_date of each claim (the last one for a repeated number)."""
    return {c.number_text: c.event_date for c in extract_claims(text, published=pub)}


def _kinds(sentence: str, pub: date) -> list[tuple[str, str | None]]:
    return [(h.kind, h.date.value if h.date else None) for h in _hits(sentence, pub)]


# --- "in the early hours of Saturday" names that weekday, as "early Saturday" does

_NIGHT_RAID = ("Statement: Teachers condemn the raid on the Bentiu school\n"
               "Teachers' Guild, Juba. Statement of Thursday 12 March 2020.\n\n"
               "The Guild condemns the raid on the girls' school in Bentiu in the early hours of Monday.\n\n"
               "The head teacher says 7 pupils were killed and 15 wounded.\n")


def test_early_hours_of_a_weekday_is_that_weekday():
    assert _kinds("Gunmen shelled the camp in the early hours of Sunday.", date(2020, 3, 12)) \
        == [("weekday", "2020-03-08")]


def test_early_hours_of_a_weekday_dates_the_next_paragraph_of_counts():
    got = _dates(_NIGHT_RAID, date(2020, 3, 12))
    assert got["7"] == "2020-03-09"
    assert got["15"] == "2020-03-09"


def test_early_hours_without_a_weekday_names_no_day():
    assert _kinds("The fighting went on into the early hours, witnesses said.", date(2020, 3, 12)) == []
    assert _kinds("Ten hours of shelling left the town dark.", date(2020, 3, 12)) == []
