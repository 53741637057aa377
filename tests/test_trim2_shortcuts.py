"""Session 11's trims of the date and place layer's new rules (helper trim2), each against its long way.

- dateyearfrom.year_from_text asks its tests that answer `when` as it is in another order (the year written
  first), formats the published day once per date, and dates.resolve_event_date does not call it for no date;
- datetitle.title_day reads a title's full date only when the title holds "18", "19" or "20" (every year its
  pattern reads begins so);
- datejoins.joined_hits finds a report's date with a loop instead of any() over a generator;
- placeaside.aside reads the word " in " before a mention at once (the word _word_before would read).
Each test runs the present function and the long way (the code as first written) on generated text.
"""

from __future__ import annotations

import bisect
from datetime import date

from hypothesis import given, settings
from hypothesis import strategies as st

from extract import datejoins, datetitle, dateyearfrom, placeaside
from extract.dateresolve import EventDate, in_year
from extract.gazplaces import GazPlace, Mention
from extract.storyyear import story_year

# Words that make the forms these functions read: months with and without years, day numbers, years of each
# century the patterns know (and others), refuge words, report words, blank lines.
_WORDS = ["On", "on", "3", "16", "29", "31", "March", "February", "October-November", "November", "1956", "1988",
          "2010", "2024", "1899", "1799", "2100", "20", "19", "18", ",", ".", "\n", "\n\n", "  ", "the", "attack",
          "in", "fled", "to", "taken", "hospital", "held", "camps", "at", "now", "still", "live", "tents", "for",
          "sail", "evacuated", "neighbouring", "Dori", "Goma", "report", "of", "dated", "killed", "12", "people",
          "In", "Kashgar", "Saturday", "Early", "Hospital", "buried", "interred", "kept", "airlifted", "ferried"]

_TEXTS = st.lists(st.sampled_from(_WORDS), min_size=1, max_size=40).map(" ".join)
_PUB = st.sampled_from([date(2010, 3, 20), date(2024, 11, 5), date(1988, 3, 18), date(1956, 11, 6)])
_WHEN = st.one_of(st.none(), st.builds(
    EventDate,
    st.sampled_from(["2010-03-15", "2010-03-20", "2009-03-16", "2024-11-03", "2024-11", "2024", "1988-03-16",
                     "1956-11-04", "1956-10", "2010-02-29", "2024-02-29", "1987-03"]),
    st.sampled_from(["day", "month", "week", "year"])))


def _year_from_text_long_way(text, at, sentence, when, pub):
    """year_from_text as first written, with the two fallbacks added since: a day told after a dated day
    (_after_dated_day), and the year the story is set in (session 14, extract/storyyear.py), which a date resolved
    to the published day also asks when the published day and month stand near the sentence."""
    if when is None or pub is None or when.precision == "year" or len(when.value) < 7:
        return when
    year = when.value[:4]
    end = at + len(sentence)
    if year in sentence:
        return when
    if when.value == pub.isoformat():
        near = text[max(0, at - dateyearfrom._NEAR) : end]
        if dateyearfrom._MONTHS[pub.month - 1] in near and str(pub.day) in near:
            return story_year(text, at, end, when, pub)
        return when
    if int(year) < pub.year - 1:
        return when
    starts, years = dateyearfrom._month_years(text, int(when.value[5:7]))
    if not starts or starts[0] >= at:
        moved = dateyearfrom._after_dated_day(text, at, when, pub)
        return story_year(text, at, end, when, pub) if moved == when else moved
    written = years[bisect.bisect_left(starts, at) - 1]
    if str(written) == year:
        return when
    return in_year(when, written) or when


@settings(max_examples=400, deadline=None)
@given(_TEXTS, _TEXTS, _WHEN, st.one_of(st.none(), _PUB))
def test_year_from_text_answers_as_first_written(before: str, sentence: str, when, pub) -> None:
    text = before + " " + sentence
    at = len(before) + 1
    assert dateyearfrom.year_from_text(text, at, sentence, when, pub) == \
        _year_from_text_long_way(text, at, sentence, when, pub)


def test_year_from_text_still_moves_a_date_into_the_written_year() -> None:
    text = "The attack on the town in March 1988 was told later. Forces entered the town on 16 March."
    at = text.index("Forces")
    when = EventDate("2010-03-16", "day")
    got = dateyearfrom.year_from_text(text, at, text[at:], when, date(2010, 5, 1))
    assert got == EventDate("1988-03-16", "day")


@settings(max_examples=400, deadline=None)
@given(_TEXTS, _TEXTS, _PUB)
def test_title_day_gate_refuses_only_titles_without_a_full_date(title: str, body: str, pub: date) -> None:
    text = title.replace("\n", " ") + "\n" + body
    first = text.lstrip()[:200].split("\n", 1)[0]
    if "19" not in first and "20" not in first and "18" not in first:
        assert datetitle._FULL_DATE.search(first) is None  # the gate refuses nothing the pattern reads
    datetitle.title_day.cache_clear()
    datetitle.title_day(text, pub)  # (runs either way)


def test_title_day_still_reads_a_title_date() -> None:
    datetitle.title_day.cache_clear()
    got = datetitle.title_day("REPORT - Basra road, 26 February 1991\nDestroyed: 4 tanks.", date(1991, 2, 27))
    assert got == EventDate("1991-02-26", "day")


class _Hit(tuple):
    """A stand-in for dates._Hit with the fields joined_hits reads."""

    def __new__(cls, start, end, kind, when, anchored=False):
        return super().__new__(cls, (start, end, kind, when, anchored))

    start = property(lambda self: self[0])
    end = property(lambda self: self[1])
    kind = property(lambda self: self[2])
    date = property(lambda self: self[3])

    def _replace(self, **kw):
        d = {"start": self[0], "end": self[1], "kind": self[2], "date": self[3], "anchored": self[4]}
        d.update(kw)
        return _Hit(d["start"], d["end"], d["kind"], d["date"], d["anchored"])


def _report_long_way(sentence: str, out: list) -> list:
    """joined_hits' last step as first written (any() over a generator)."""
    text = sentence.lower()
    if any(h.kind in datejoins._REPORTABLE and sentence.endswith(datejoins._OF_WORDS, 0, h.start) for h in out) \
            and datejoins._REPORT_WORD.search(text) is not None:
        out = [h._replace(kind="report", date=None)
               if datejoins._after_of(sentence, h) and datejoins._REPORT_OF.search(sentence, max(0, h.start - 50),
                                                                                   h.start) else h
               for h in out]
    return out


@settings(max_examples=400, deadline=None)
@given(_TEXTS, st.lists(st.tuples(st.integers(0, 200), st.sampled_from(["explicit", "weekday", "today"])),
                        min_size=1, max_size=4))
def test_joined_hits_report_dates_as_first_written(sentence: str, spots) -> None:
    # no "year", "now"/"since" or " had " in the words: only the report step can change the hits
    out = [_Hit(min(s, len(sentence)), min(s, len(sentence)), kind, EventDate("2024-11-03", "day"))
           for s, kind in spots]
    assert datejoins.joined_hits(sentence, sentence.lower(), list(out), None) == _report_long_way(sentence, out)


def test_joined_hits_still_reads_a_report_of_a_day() -> None:
    sentence = "In our report of 14 January we said that 80 people had died."
    at = sentence.index("14")
    out = [_Hit(at, at + 10, "explicit", EventDate("2024-01-14", "day"))]
    got = datejoins.joined_hits(sentence, sentence.lower(), out, None)
    assert got[0].kind == "report" and got[0].date is None


_PLACE = GazPlace("Dori", None, "Burkina Faso", None, None, "city")


@settings(max_examples=500, deadline=None)
@given(_TEXTS, st.integers(1, 400))
def test_aside_reads_in_before_a_place_as_word_before_does(text: str, at: int) -> None:
    # placeaside.aside reads " in " before a mention at once, and asks _word_before otherwise
    at = min(at, len(text))
    fast = "in" if text.endswith(" in ", 0, at) else placeaside._word_before(text, at)
    assert fast == placeaside._word_before(text, at)


def test_aside_still_reads_a_treated_town() -> None:
    text = "The goalkeeper, who needed surgery in Johannesburg, is back."
    at = text.index("Johannesburg")
    assert placeaside.aside(text, Mention(at, at + len("Johannesburg"), _PLACE))
    text = "Twelve people were killed in Johannesburg on Monday."
    at = text.index("Johannesburg")
    assert not placeaside.aside(text, Mention(at, at + len("Johannesburg"), _PLACE))
