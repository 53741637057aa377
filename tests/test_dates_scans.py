"""The faster scans and lookups of extract/dates.py and extract/dateexpr.py agree with the long way
(generated input; the sentences are our own)."""

from __future__ import annotations

import re
from datetime import date, timedelta

from hypothesis import example, given, settings
from hypothesis import strategies as st

from extract import dateanchors, dateexpr, dateresolve, dates
from extract.dateterms import period_terms
from extract.rx import ascii_lower, lower_pattern, lowered
from extract.sentences import split_sentences
from test_dates_shortcuts import _SCAN_WORDS, _hits_long_way, outcome

_WORDS = st.lists(st.sampled_from(_SCAN_WORDS + ["hours", "said", "on", "On", "Kharkiv", "ﬁve", "é", "٣", "_", "ß"])
                  | st.text(max_size=4), max_size=16)
_EXPR_START_LOW = lower_pattern(dateexpr._EXPR_START)  # the start scan over a lower-cased sentence, plainly
_PUB = st.one_of(st.none(), st.dates(min_value=date(1990, 1, 1), max_value=date(2040, 1, 1)))


@settings(max_examples=300, deadline=None)
@given(_WORDS, st.sampled_from([str, str.upper, str.title]))
def test_start_scan_after_a_character_finds_every_start(words: list[str], case) -> None:
    """_START_AFTER_CHAR over " " + low finds every place _EXPR_START_LOW finds; any other follows a word
    character (where _EXPR, which opens with \\b, cannot start)."""
    low = lowered(case(" ".join(words)))
    if low is None:
        return
    plain = [m.start() for m in _EXPR_START_LOW.finditer(low)]
    fast = [m.start() for m in dateexpr._START_AFTER_CHAR.finditer(" " + low)]
    assert set(plain) <= set(fast)
    for p in set(fast) - set(plain):
        assert p > 0 and re.match(r"\w", low[p - 1]), (low, p)
        assert dateexpr._EXPR_LOW.match(low, p) is None


def _hits_trigger_first(sentence: str, pub: date | None) -> tuple:
    """dates._hits as it was: no expression's hit unless the sentence has a trigger word (tested first, over the
    lower-cased sentence when it can be), then the long way. (A report's own period, "in the week", is a hit
    with or without one.)"""
    low = lowered(sentence)
    if not (dateexpr._TRIGGER_LOW.search(low) if low is not None else dateexpr._TRIGGER.search(sentence)):
        return tuple(period_terms(sentence, low, pub, dates._Hit))
    return _hits_long_way(sentence, pub)


@settings(max_examples=300, deadline=None)
@given(_WORDS, st.sampled_from([str, str.upper, str.title]), _PUB)
# A weekday apposed to a date takes the date (extract/datehits.py), the long way too; a week of the report's own.
@example(["monday's", "Mar.", "٣"], str, date(2000, 1, 1))
@example(["in", "the", "week"], str, date(2016, 6, 1))
@example(["between", "May", "3", "and", "May", "9"], str, date(2016, 6, 1))
def test_hits_test_the_trigger_words_as_before(words: list[str], case, pub: date | None) -> None:
    sentence = case(" ".join(words))
    assert outcome(dates._hits.__wrapped__, sentence, pub) == outcome(_hits_trigger_first, sentence, pub)


def test_an_expression_without_a_trigger_word_is_no_hit() -> None:
    """"for two hours of" is a period to _EXPR, but the sentence has none of the trigger words."""
    sentence = "After two hours of talks, 30 people left."
    assert list(dateexpr._expressions(sentence))
    assert dates._hits.__wrapped__(sentence, date(2024, 5, 3)) == ()


def _resolve_long_way(m: re.Match, kind: str, pub: date | None) -> dateresolve.EventDate | None:
    """dateresolve._resolve as first written: the kinds in the regex's order, a new EventDate each time."""
    E = dateresolve.EventDate
    if kind == "period":
        return None
    if kind == "explicit":
        month = m.group("em") or m.group("em2")
        day = m.group("ed") or m.group("ed2")
        year = m.group("ey") or m.group("ey2")
        d = dateresolve._calendar_date(month, int(day), int(year) if year else None, pub)
        return E(d.isoformat(), "day") if d else None
    if kind == "span":
        month = m.group("sm") or m.group("sm2")
        d1, d2 = int(m.group("sd1") or m.group("sd3")), int(m.group("sd2") or m.group("sd4"))
        year = m.group("sy") or m.group("sy2")
        d = dateresolve._calendar_date(month, min(d1, d2), int(year) if year else None, pub)
        if d is None or not 0 <= d2 - d1 <= 31:
            return None
        return E(d.isoformat()[:7], "week" if d2 - d1 <= 7 else "month")
    if kind == "monthyear":
        d = dateresolve._calendar_date(m.group("mm"), 1, int(m.group("my")), pub)
        return E(d.isoformat()[:7], "month") if d else None
    if kind == "year":
        return E(m.group("yr"), "year")
    if pub is None:
        return None
    if kind == "month":
        d = dateresolve._calendar_date(m.group("mo"), 1, None, pub)
        return E(d.isoformat()[:7], "month") if d else None
    if kind == "relmonth":
        d = pub.replace(day=1)
        if ascii_lower(m.group(0)).startswith("last"):
            d = (d - timedelta(days=1)).replace(day=1)
        return E(d.isoformat()[:7], "month")
    if kind == "weekday":
        wd = dateexpr._WEEKDAYS.index(ascii_lower(m.group("wd") or m.group("wd2")))
        back = (pub.weekday() - wd) % 7
        if back == 0 and m.group(0).lower().startswith("last"):
            back = 7
        return E((pub - timedelta(days=back)).isoformat(), "day")
    if kind == "weekend":
        sunday = pub - timedelta(days=(pub.weekday() - 6) % 7)
        return E((sunday - timedelta(days=1)).isoformat()[:7], "week")
    if kind == "lastweek":  # (no month when its Monday-to-Sunday runs into the next: session 25)
        monday = pub - timedelta(days=pub.weekday() + 7)
        return E(monday.isoformat()[:7], "week") if monday.month == (monday + timedelta(days=6)).month else None
    if kind == "thisweek":
        return E((pub - timedelta(days=pub.weekday())).isoformat()[:7], "week")
    if kind == "yesterday":
        return E((pub - timedelta(days=1)).isoformat(), "day")
    if kind == "daysago":
        n = ascii_lower(m.group("dn"))
        return E((pub - timedelta(days=int(n) if n.isdigit() else dateresolve._SMALL[n])).isoformat(), "day")
    return E(pub.isoformat(), "day")


_DATE_WORDS = ["on", "last", "this", "Monday", "Sunday", "night", "morning", "May", "23", "23rd", "2016", "June",
               "12-14", "3", "days", "ago", "two", "yesterday", "today", "now", "weekend", "week", "month", "in",
               "March", "early", "since", "so", "far", ","]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_DATE_WORDS), max_size=10), st.sampled_from([str, str.upper, str.title]), _PUB)
def test_resolve_is_that_of_the_long_way(words: list[str], case, pub: date | None) -> None:
    sentence = case(" ".join(words))
    for m in dateexpr._EXPR.finditer(sentence):
        kind = dateresolve._kind(m)
        assert dateresolve._resolve(m, kind, pub) == _resolve_long_way(m, kind, pub), (sentence, kind)


def _anchors_long_way(text: str, sentences: tuple, pub: date | None) -> tuple:
    """dateanchors.document_anchors as first written: every sentence tested for "on <date>"."""
    out = []
    for s, e in sentences:
        sentence = text[s:e]
        if not dateanchors._ON_DATE.search(sentence):
            continue
        for h in dates._hits(sentence, pub):
            if h.anchored and h.kind == "explicit" and h.date is not None:
                places = dateanchors.place_key(sentence)
                if places:
                    out.append((e, places, h.date))
                break
    return tuple(out)


_DOC_WORDS = st.lists(st.sampled_from(["On", "on", "ON", "May", "23", "23,", "Monday", "in", "Jableh", "and",
                                       "Tartous", "Aleppo", "shelling", "killed", "12", "people", ".", "\n", "upon",
                                       "con", "on\n3", "Sept.", "9"]) | st.text(max_size=3), max_size=30)


@settings(max_examples=200, deadline=None)
@given(_DOC_WORDS, _PUB)
def test_anchors_are_those_of_the_long_way(words: list[str], pub: date | None) -> None:
    text = " ".join(words)
    sentences = tuple(split_sentences(text, 0, len(text)))
    assert dateanchors.document_anchors.__wrapped__(text, sentences, pub) == _anchors_long_way(text, sentences, pub)


def test_anchors_on_generated_articles() -> None:
    from counterclaim.corpus import generate_articles

    texts = [a["text"] for a in generate_articles(40, seed=37)]
    texts.append("On May 23, shelling hit Jableh and Tartous.\nLater, 12 people were killed in Jableh.")
    for text in texts:
        sentences = tuple(split_sentences(text, 0, len(text)))
        for pub in (None, date(2016, 5, 30)):
            assert dateanchors.document_anchors.__wrapped__(text, sentences, pub) == _anchors_long_way(text, sentences, pub)
    text = texts[-1]
    assert dateanchors.document_anchors.__wrapped__(text, tuple(split_sentences(text, 0, len(text))), date(2016, 5, 30))


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=",;:()—–- ab\n", max_size=30))
def test_clause_breaks_are_counted_as_the_regex_finds_them(between: str) -> None:
    assert dates._clause_breaks(between) == len(dates._CLAUSE_BREAK.findall(between))
