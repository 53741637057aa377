"""cost14's shortcuts in the date modules, each compared with the long way it replaces (same answers).

- storyyear._first_news_word: one regex scan for the leftmost news word instead of a str.find per word.
- storyyear.story_year: the news-of-the-day test before the document's story years (both answer `when`).
- placespread.spread_over_places: memoised per sentence (asked for a claim's place and date).
- dateexpr._START_FORMS: the "in" look-ahead reads "the" once ("in the past", "in the middle of May").
- daysinmonth.days_in_month: one test for "days" before "days in" and "from".
"""

from __future__ import annotations

import bisect
import re
from datetime import date

from hypothesis import given, settings, strategies as st

import extract.dateexpr as de
from extract.dateresolve import EventDate, in_year
from extract.daysinmonth import _DAYS_BEFORE, _DAYS_FROM, days_in_month
from extract.placespread import spread_over_places
from extract.storyyear import _NEWS_WORDS, _first_news_word, _published_day, _story_years, story_year

_PIECES = ["Monday", "monday", "TODAY", "yesterday", "last week", "this  week", "tonight", "Sunday", " ", ", ",
           "the", "March 1988", "On 15 March", "In 2014", "\n", "Dien Bien Phu, 1954\n", "since May 2011", "town",
           "weekday", "todays", "5 May 1954", "began in June 1990", "İ", "ſunday", "K"]
_texts = st.lists(st.sampled_from(_PIECES), max_size=14).map(" ".join)


def _first_news_word_long(text: str) -> int:
    low = text.lower()
    return min((i for w in _NEWS_WORDS if (i := low.find(w)) >= 0), default=len(text))


@settings(max_examples=300, deadline=None)
@given(_texts)
def test_first_news_word_is_the_least_find(text: str) -> None:
    assert _first_news_word.__wrapped__(text) == _first_news_word_long(text)


def test_first_news_word_finds_the_earliest_not_the_first_listed() -> None:
    text = "Notes, 1954. Yesterday the column moved; on Monday it stopped."
    assert _first_news_word(text) == text.index("Yesterday")
    assert _first_news_word("Dien Bien Phu, 1954\nBy March 1954 the camp was cut off.") == len(
        "Dien Bien Phu, 1954\nBy March 1954 the camp was cut off.")


def _story_year_long(text: str, at: int, end: int, when: EventDate, pub: date) -> EventDate:
    """story_year as when24 wrote it: the story years first, then the news test."""
    starts, years = _story_years(text)
    k = bisect.bisect_left(starts, at)
    if k == 0 or _first_news_word(text) < end:
        return when
    if when.value > _published_day(pub) or any(y > pub.year or (y == pub.year and m != pub.month)
                                                for y, m in years[:k]):
        return when
    told, month = years[k - 1]
    if told >= pub.year:
        return when
    target = int(when.value[5:7])
    year = told
    if month:
        year = min((told, told + 1, told - 1), key=lambda y: abs((y - told) * 12 + target - month))
    return in_year(when, year) or when


@settings(max_examples=300, deadline=None)
@given(_texts, st.sampled_from(["On 7 May the last post fell.", "In March 94 men died.", "On Monday 3 died."]),
       st.sampled_from([EventDate("2010-05-07", "day"), EventDate("2010-03", "month"),
                        EventDate("2010-02-29", "day"), EventDate("2011-01-01", "day")]))
def test_story_year_news_test_first_is_the_same(before: str, sentence: str, when: EventDate) -> None:
    text = before + " " + sentence
    at = len(before) + 1
    pub = date(2010, 5, 7)
    assert story_year(text, at, len(text), when, pub) == _story_year_long(text, at, len(text), when, pub)


def test_story_year_still_moves_and_still_stops_at_news() -> None:
    told = "Dien Bien Phu, 1954\nBy March 1954 the camp was cut off. On 7 May the last positions fell."
    at = told.index("On 7 May")
    assert story_year(told, at, len(told), EventDate("2004-05-07", "day"), date(2004, 5, 7)).value == "1954-05-07"
    news = told.replace("On 7 May", "On Monday, 7 May,")
    at = news.index("On Monday")
    assert story_year(news, at, len(news), EventDate("2004-05-07", "day"), date(2004, 5, 7)).value == "2004-05-07"


_SPREAD_PIECES = ["on", "both", "the", "fronts", "Fronts", "across", "all", "sectors", "battlefields", "battle",
                  "grounds", "two", "in", "sector", "northern", "front", "killed", "12", "confronts", "over"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_SPREAD_PIECES), max_size=10).map(" ".join))
def test_spread_over_places_memo_is_the_function(sentence: str) -> None:
    assert spread_over_places(sentence) == spread_over_places.__wrapped__(sentence)
    assert spread_over_places(sentence) == spread_over_places.__wrapped__(sentence)  # (a hit, the second time)


def test_spread_over_places_cached_answers() -> None:
    assert spread_over_places("They counted 500 dead on both fronts.")
    assert not spread_over_places("They counted 500 dead on the northern front.")
    assert spread_over_places("They counted 500 dead on both fronts.")  # (from the cache)


# when24's "in" look-ahead, "the" read twice: the shortcut must find the same starts.
_IN_WHEN24 = (r"(?=\s+(?:the\s+(?:past|last|previous|first|same)\s|" + de._NUMBER_NEXT
              + r"|(?:the\s+(?:middle|beginning|start)\s+of\s+)?" + de._MONTH_WORDS + r"))")
_IN_NOW = dict(de._START_FORMS)["in"]
_IN_PIECES = ["in", "the", "middle", "of", "May", "past", "two", "weeks", "start", "city", "beginning", "march",
              "3", "same", "period", "  ", "first", "of ", "mayor", "several", "the\n"]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_IN_PIECES), max_size=8).map(" ".join))
def test_in_look_ahead_reads_the_once_same_places(text: str) -> None:
    for flags in (re.IGNORECASE, 0):
        long_way = re.compile(r"(?<!\w)in" + _IN_WHEN24, flags)
        short = re.compile(r"(?<!\w)in" + _IN_NOW, flags)
        assert [m.start() for m in short.finditer(text)] == [m.start() for m in long_way.finditer(text)]


def test_in_look_ahead_examples() -> None:
    starts = re.compile(r"(?<!\w)in" + _IN_NOW, re.IGNORECASE)
    assert starts.match("in the middle of April") and starts.match("in the past two weeks")
    assert starts.match("in March") and not starts.match("in the middle of the city")
    assert de._START_AFTER_CHAR.search(" fighting in the middle of april") is not None


class _Hit:
    """A stand-in for dates._Hit: what days_in_month reads and replaces."""

    def __init__(self, kind: str, date_: EventDate | None, start: int) -> None:
        self.kind, self.date, self.start = kind, date_, start

    def _replace(self, **kw: object) -> "_Hit":
        got = _Hit(self.kind, self.date, self.start)
        for k, v in kw.items():
            setattr(got, "date" if k == "date" else k, v)
        return got

    def __eq__(self, other: object) -> bool:
        return isinstance(other, _Hit) and (self.kind, self.date, self.start) == (other.kind, other.date, other.start)


def _days_in_month_long(sentence: str, hits: list) -> list:
    text = sentence.lower()
    within, runs = "days in" in text, "days" in text and "from" in text
    out = list(hits)
    if not within and not runs:
        return out
    for i, h in enumerate(out):
        if within and h.kind in ("monthyear", "month") and h.date is not None \
                and _DAYS_BEFORE.search(sentence, max(0, h.start - 40), h.start):
            out[i] = h._replace(kind="span")
        elif runs and h.kind == "explicit" and h.date is not None and h.date.precision == "day" \
                and _DAYS_FROM.search(sentence, max(0, h.start - 40), h.start):
            out[i] = h._replace(kind="span", date=EventDate(h.date.value[:7], "month"))
    return out


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["for", "four", "days", "in", "from", "of", "fighting", "Days", "FROM", "six",
                                 "weeks", "the", "heavy"]), max_size=8).map(" ".join),
       st.sampled_from([("month", EventDate("2010-06", "month")), ("explicit", EventDate("2010-08-06", "day")),
                        ("monthyear", EventDate("2010-06", "month")), ("weekday", None)]))
def test_days_in_month_one_test_first_is_the_same(words: str, hit: tuple) -> None:
    sentence = words + " June 6 August"
    hits = [_Hit(hit[0], hit[1], len(words) + 1)]
    assert days_in_month(sentence, sentence.lower(), hits) == _days_in_month_long(sentence, hits)
    assert days_in_month(sentence, None, hits) == _days_in_month_long(sentence, hits)


def test_days_in_month_examples() -> None:
    sentence = "in four days of fighting from 6 August"
    hit = _Hit("explicit", EventDate("2010-08-06", "day"), sentence.index("6 August"))
    assert days_in_month(sentence, None, [hit])[0].kind == "span"
    plain = "on 6 August"
    assert days_in_month(plain, None, [_Hit("explicit", EventDate("2010-08-06", "day"), 3)])[0].kind == "explicit"
