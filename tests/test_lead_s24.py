"""Rules the lead wrote in session 24 while merging: a wire series' update entries keep the incident's day.

Sentences are this file's own.
"""

from __future__ import annotations

from datetime import date

from extract import extract_claims


def _dates(text: str, published: date) -> dict[str, tuple[str | None, str]]:
    return {c.number_text: (c.event_date, c.section) for c in extract_claims(text, published=published)}


_SERIES = ("FLASH series: Harbour attack\nNorthline Agency, Sunday 9 June 2019.\n\n"
           "FLASH 1 (22:50 Saturday) ALDMOUTH - Gunmen have attacked the ferry terminal, witnesses say.\n\n"
           "FLASH 2 (01:15) - The port authority says it has received 9 bodies from the terminal.\n\n"
           "UPDATE 3 (06:40) - The harbour master told reporters the death toll has risen to 31.\n\n"
           "UPDATE 4 (09:05) - Doctors said at least 40 people were wounded in the attack.")


def test_a_wire_series_update_entries_keep_the_day_its_first_entry_dated():
    got = _dates(_SERIES, date(2019, 6, 9))
    assert got["31"] == ("2019-06-08", "update")
    assert got["40"] == ("2019-06-08", "update")


def test_a_live_blog_update_of_news_with_no_dated_incident_takes_the_published_day():
    text = ("Live: the northern front\nUpdated Tuesday 4 May 2021.\n\n"
            "UPDATE 4 (14:05) - Shelling killed 4 people in the market of Dara, medics said.")
    assert _dates(text, date(2021, 5, 4))["4"][0] == "2021-05-04"
