"""The fast paths of extract/dates.py and extract/dateexpr.py agree with the long way (generated input)."""

from __future__ import annotations

import re
from datetime import date

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from extract import dateanchors, dateexpr, dateresolve, dates, datescan
from extract.datespans import opens_period, since_span
from extract.dateterms import period_terms
from extract.rx import lower_pattern, lowered
from extract.sentences import split_sentences


# Words of date expressions, and the words after which "in", "for", "on" and the months start one or not.
_SCAN_WORDS = (
    "in the past last previous first same period a single day almost nearly more than about over one two three "
    "several few many couple of hours days weeks months years for on since throughout during after so far this "
    "May may June jun. Sept. Sep. March march, market Mar. Marib 23 23rd 12-14 2016 1999 Monday monday's night "
    "morning weekend yesterday ago today tonight overnight now until right earlier later total totalling "
    "overall in all cumulative said told reporters : , ; — İn ı ſince \u212aM Ünal É é by By from between "
    "and to until January Jan. Tuesday into through of"
).split()


def _matches(sentence: str, low: str | None) -> list:
    """Each expression's span and groups (lower-cased: every reader of them ignores case)."""
    return [(m.span(), {k: v.lower() if v else v for k, v in m.groupdict().items()})
            for m in dateexpr._expressions_in(sentence, low)]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_SCAN_WORDS) | st.text(max_size=4), max_size=16),
       st.sampled_from([str, str.upper, str.title, str.lower]))
def test_lowered_scan_finds_what_the_case_insensitive_regex_finds(words: list[str], case) -> None:
    sentence = case(" ".join(words))
    slow = [(m.span(), {k: v.lower() if v else v for k, v in m.groupdict().items()})
            for m in dateexpr._EXPR.finditer(sentence)]
    assert _matches(sentence, None) == slow
    assert _matches(sentence, lowered(sentence)) == slow


# extract/dateexpr.py's _EXPR_START as first written: every "in", "for", "on" and month prefix a candidate.
_EXPR_START_WIDE = re.compile(
    r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mid|today|tonight|overnight|now|yesterday"
    r"|(?:since|throughout|over|during|after|for|months|years|weeks|so|on|late|early|last|this|earlier|later|in)\s"
    r"|\d{1,2}(?=(?:st|nd|rd|th)?(?:\s*[-–]|\s*to|\s*and|\s+[jfmasond]))|\d+(?=\s+days)"
    r"|(?:two|three|four|five|six)(?=\s+days)|in(?=\s+(?:the\s|[jfmasond]|1|2))|the(?=\s+weekend)"
    r"|at(?=\s+the\s+weekend)|to(?=\s+date)|by(?=\s+[jfmasond])|of(?=\s+(?:19|20))"
    r"|(?:between|from)(?=\s+(?:[jfmasondtw]|\d))|night(?=\s+of\s)"
    r"|(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?=\s+(?:morning|afternoon|evening|night)|['’]s"
    r"|(?:\s+night)?\s+(?:to|into|and|until|through)\s))",
    re.IGNORECASE,
)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(_SCAN_WORDS) | st.text(max_size=4), max_size=16))
def test_narrow_candidates_are_a_subset_of_the_wide_ones(words: list[str]) -> None:
    """The tightened _EXPR_START only drops places where _EXPR cannot start."""
    sentence = " ".join(words)
    narrow = {m.start() for m in dateexpr._EXPR_START.finditer(sentence)}
    wide = {m.start() for m in _EXPR_START_WIDE.finditer(sentence)}
    assert narrow <= wide
    for p in wide - narrow:
        assert dateexpr._EXPR.match(sentence, p) is None, (sentence, p)


# _EXPR_START and _TRIGGER before they were regrouped by first character (dateexpr._by_first_character) and
# opened with (?<!\w) for \b: the same matches, the same sentences passing.
_MONTH_TOKEN_PLAIN = (r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
                      r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)")
_EXPR_START_PLAIN = re.compile(
    r"\b(?:" + _MONTH_TOKEN_PLAIN + r"\.?(?=[\s,])|mid|today|tonight|overnight|now|yesterday"
    r"|(?:since|throughout|over|during|after|months|years|weeks|so|late|early|last|this|earlier|later)\s"
    r"|in(?=\s+(?:the\s+(?:past|last|previous|first|same)\s|" + dateexpr._NUMBER_NEXT + "|" + dateexpr._MONTH_WORDS
    + r"))"
    r"|for(?=\s+(?:" + dateexpr._NUMBER_NEXT + r"))"
    r"|on(?=\s+(?:\d|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|" + dateexpr._WD + r"))"
    r"|\d{1,2}(?=(?:st|nd|rd|th)?(?:\s*[-–]|\s*to|\s*and|\s+[jfmasond]))|\d+(?=\s+days)"
    r"|(?:two|three|four|five|six)(?=\s+days)|the(?=\s+weekend)"
    r"|at(?=\s+the\s+weekend)|to(?=\s+date)|by(?=\s+" + dateexpr._MONTH_WORDS + r")|of(?=\s+(?:19|20))"
    r"|(?:between|from)(?=\s+(?:" + dateexpr._MONTHS + r"\s+)?(?:19|20)\d\d\s)"
    r"|(?:between|from)(?=\s+" + dateexpr._WD + dateexpr._WD_TO + r")|night(?=\s+of\s)"
    r"|(?:between|from)(?=\s+(?:[0-3]?\d\s+)?" + dateexpr._MONTHS + r")"
    r"|(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?=\s+(?:morning|afternoon|evening|night)|['’]s"
    r"|" + dateexpr._WD_TO + r"))",
    re.IGNORECASE,
)
_TRIGGER_PLAIN = re.compile(
    r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun|today|tonight|now"
    r"|yesterday|night|weekend|week|since|overnight|over|throughout|past|last|previous|months?|years?|weeks?|days?|far"
    r"|date|morning|afternoon|evening|(?:19|20)\d\d)", re.IGNORECASE)


_EXPR_START_LOW = lower_pattern(dateexpr._EXPR_START)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_SCAN_WORDS) | st.text(max_size=4), max_size=16),
       st.sampled_from([str, str.upper, str.title, str.lower]))
def test_regrouped_start_and_trigger_find_what_the_plain_ones_find(words: list[str], case) -> None:
    sentence = case(" ".join(words))
    spans = [m.span() for m in _EXPR_START_PLAIN.finditer(sentence)]
    assert [m.span() for m in dateexpr._EXPR_START.finditer(sentence)] == spans
    assert bool(dateexpr._TRIGGER.search(sentence)) == bool(_TRIGGER_PLAIN.search(sentence))
    low = lowered(sentence)
    if low is not None:
        assert [m.span() for m in _EXPR_START_LOW.finditer(low)] == spans
        assert bool(dateexpr._TRIGGER_LOW.search(low)) == bool(_TRIGGER_PLAIN.search(sentence))
    for m in dateexpr._EXPR.finditer(sentence):
        assert dateresolve._kind(m) == dateresolve._kind_slow(m)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(_SCAN_WORDS + ["on", "On", "ON", "upon", "on3", "Mon", "con may"]) | st.text(max_size=4),
                max_size=12),
       st.sampled_from([str, str.upper, str.title]))
def test_lowered_on_date_test_agrees_with_the_regex(words: list[str], case) -> None:
    sentence = case(" ".join(words))
    low = lowered(sentence)
    if low is not None:
        assert bool(dateanchors._ON_DATE_LOW.search(low)) == bool(dateanchors._ON_DATE.search(sentence))


def test_regrouped_start_on_generated_articles() -> None:
    from counterclaim.corpus import generate_articles

    for article in generate_articles(60, seed=29):
        text = article["text"]
        assert [m.span() for m in dateexpr._EXPR_START.finditer(text)] == \
            [m.span() for m in _EXPR_START_PLAIN.finditer(text)]
        for m in dateexpr._EXPR.finditer(text):
            assert dateresolve._kind(m) == dateresolve._kind_slow(m)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(_SCAN_WORDS) | st.text(max_size=4), max_size=16),
       st.sampled_from([str, str.upper, str.title]),
       st.one_of(st.none(), st.dates(min_value=date(1990, 1, 1), max_value=date(2040, 1, 1))))
def test_hits_are_the_same_without_the_lowered_scan(words: list[str], case, pub: date | None) -> None:
    sentence = case(" ".join(words))

    def hits(low_fn) -> object:
        saved = datescan.lowered  # (_hits lives in extract/datescan.py; dates.py re-exports it)
        datescan.lowered = low_fn
        try:
            return dates._hits.__wrapped__(sentence, pub)
        except ValueError as e:  # "ſunday" is a weekday to re.IGNORECASE only: both ways fail alike
            return repr(e)
        finally:
            datescan.lowered = saved

    assert hits(lambda s: None) == hits(lowered)


def _hits_long_way(sentence: str, pub: date | None) -> tuple:
    """dates._hits as first written: _EXPR over the whole original sentence, the kinds read the long way,
    and the reporting verbs searched for in the original sentence; then the same steps after the scan as dates._hits
    (dates.second_looks: apposed weekdays, plans, spans...), so that only the scans are compared. A sentence
    without a trigger word or an expression has only its report-period hits ("in the week")."""
    terms = period_terms(sentence, lowered(sentence), pub, dates._Hit)
    found = list(dateexpr._EXPR.finditer(sentence))
    if not found or not dateexpr._TRIGGER.search(sentence):
        return tuple(terms)
    out = []
    told = None
    for m in found:
        kind = dateresolve._kind_slow(m)
        if kind == "period" or opens_period(sentence, m.start(), out[-1].end if out else 0):
            # "since fighting began on May 23", "since Friday"
            span = since_span(sentence, m, kind, pub)
            out.append(dates._Hit(m.start(), m.end(), "period", dateresolve.EventDate(*span) if span else None))
            continue
        date_ = dateresolve._resolve(m, kind, pub)
        if kind == "explicit" and sentence[m.end() : m.end() + 1] == ":":
            if not dates._LABEL_HEAD.fullmatch(sentence, dates._line_start(sentence, m.start()), m.start()):
                continue
            kind = "label"
        elif kind in dates._REPORTABLE and dates._REPORT_BEFORE.search(sentence, max(0, m.start() - 30), m.start()):
            told = told or date_
            kind, date_ = "report", None
        elif kind == "explicit" and dates._DATELINE_AFTER.match(sentence, m.end()) \
                and dates._DATELINE_HEAD.fullmatch(sentence, dates._line_start(sentence, m.start()), m.start()):
            kind = "dateline"
        out.append(dates._Hit(m.start(), m.end(), kind, date_, bool(m.group("on"))))
    if told is not None:
        out = [dates._Hit(h.start, h.end, h.kind, told, h.anchored)
               if h.kind == "today" and sentence[h.start : h.end].lower() == "overnight" else h for h in out]
    return dates.second_looks(sentence, lowered(sentence), out, terms, pub)


_REPORT_WORDS = ["said", "told", "reporters", "announced", "on", "Sunday", "overnight", "Friday", "May", "23", ":",
                 "KYIV,", "March", "3", "(Reuters)", "-", "\n", "Roundup,", "as", "of", "late",
                 "which", "began", "since"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_SCAN_WORDS + _REPORT_WORDS) | st.text(max_size=4), max_size=16),
       st.sampled_from([str, str.upper, str.title]),
       st.one_of(st.none(), st.dates(min_value=date(1990, 1, 1), max_value=date(2040, 1, 1))))
@example(["monday's", "Mar.", "3"], str, date(2000, 1, 1))  # (the steps after the scan: an apposed weekday)
@example(["after", "two", "hours", "of"], str, None)  # (an expression without a trigger word is no hit)
def test_hits_are_those_of_the_long_way(words: list[str], case, pub: date | None) -> None:
    sentence = case(" ".join(words))
    assert outcome(dates._hits.__wrapped__, sentence, pub) == outcome(_hits_long_way, sentence, pub)


def outcome(fn, sentence: str, pub: date | None) -> object:
    """What a way of finding a sentence's date hits gives, or the error it raises ("ſunday": both ways fail alike)."""
    try:
        return fn(sentence, pub)
    except ValueError as e:
        return repr(e)


def test_hits_on_generated_articles_are_those_of_the_long_way() -> None:
    from counterclaim.corpus import generate_articles

    for article in generate_articles(80, seed=31):
        text = article["text"]
        pub = date.fromisoformat(article["published"][:10]) if article.get("published") else None
        for s, e in split_sentences(text, 0, len(text)):
            assert dates._hits.__wrapped__(text[s:e], pub) == _hits_long_way(text[s:e], pub)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(_SCAN_WORDS) | st.text(max_size=4), max_size=8),
       st.sampled_from([str, str.upper, str.title]))
def test_total_shortcut_agrees_with_the_regex(words: list[str], case) -> None:
    before = case(" ".join(words))
    assert dates._total_before(before) == bool(dates._TOTAL_BEFORE.search(before))


@pytest.mark.parametrize(("text", "safe"), [("Shelling in Homs", True), ("Ünal said", True), ("ſince", False),
                                            ("İdlib", False), ("Kelvin \u212a", False), ("ı", False)])
def test_lowered_refuses_letters_that_fold_to_ascii(text: str, safe: bool) -> None:
    assert (lowered(text) is not None) == safe
    if safe:
        assert lowered(text) == text.lower()
