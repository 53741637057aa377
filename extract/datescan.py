"""The per-sentence scan of date expressions: a sentence's hits, each with its kind and date.

`_hits` finds a sentence's date expressions (extract/dateexpr.py), gives each its kind (a date labelling a
line, the day something was said, a dateline's day, a period a date opens) and its date against the report's
published day, then `second_looks` passes them through the rules that read the words around them. Split from
extract/dates.py, which decides which hit dates a number (and re-exports these names), to keep each file under
the house's ~400 lines: this is the part that depends on the sentence and the published date only, cached so.
"""

from __future__ import annotations

import re
from datetime import date
from functools import lru_cache
from typing import NamedTuple

from extract.dateexpr import dated_expressions
from extract.datehits import refine_hits
from extract.dateplans import planned_dates
from extract.daysinmonth import days_in_month
from extract.datepairs import joined_dates
from extract.dateends import period_ends
from extract.datejoins import joined_hits
from extract.dateterms import merge_hits, period_terms
from extract.datefeasts import feast_days, named_days
from extract.datedigits import ascii_dated
from extract.dateharmof import harm_days
from extract.datestatement import statement_days
from extract.datewords import REPORT_VERB_ALTERNATION, REPORT_VERBS
from extract.dateresolve import EventDate, _kind, _resolve
from extract.dateruns import ran_over_days
from extract.datesaid import said_dates
from extract.datespans import opens_period, period_openers, since_span
from extract.rx import guarded, lower_pattern, lowered
from extract.wordset import words_of

_REPORTABLE = ("explicit", "weekday", "yesterday", "today", "month", "monthyear")
# A reporting verb just before a date: "said on Friday", "told reporters on Monday", "published on Tuesday".
# ("had given a toll of 46 on Tuesday", "gave a figure of 165 deaths on 22 April": the day the toll was given)
# Where or by whom between verb and date: "announced by the government on", "given at a briefing on", "read on state TV"
_TOLD_MIDDLE = (r"(?:(?:at|during)\s+(?:a|the|its|their)\s+(?:[\w'’-]+\s+)?(?:briefing|(?:news|press)\s+conference)\s+"
                r"|on\s+(?:state\s+|national\s+)?(?:television|radio|tv)\s+|by\s+(?:the\s+)?(?:[\w'’-]+\s+){1,2})")
_REPORT_BEFORE = re.compile(r"\b(?:(?:" + REPORT_VERB_ALTERNATION + r"|say|issued|told\s+\w+(?:\s+\w+){0,3}"
                            r"|(?:gave|given|put)\s+(?:a|the|its|their)\s+(?:death\s+)?(?:toll|figure)\s+(?:of|at)"
                            r"\s+\d[\d,]*"
                            r"(?:\s+(?:deaths|dead))?"
                            r"|revised\s+(?:up|down|upwards?|downwards?)(?:\s+(?:from|to)\s+\d[\d,]*)?)"  # a toll's revision
                            r"\s+" + _TOLD_MIDDLE + r"?|(?:given|read|broadcast|aired)\s+" + _TOLD_MIDDLE + r")"
                            r"(?:in\s+\w+\s+)?(?:late\s+|early\s+)?$", re.IGNORECASE)
_REPORT_BEFORE_LOW = guarded(lower_pattern(_REPORT_BEFORE).pattern)  # for the lower-cased sentence, as _EXPR_LOW
# _REPORT_BEFORE's verbs: one is a whole word of every match (a test of the sentence's words first)
_REPORT_KEYS = frozenset((*REPORT_VERBS, "say", "issued", "told", "gave", "given", "put", "read", "broadcast",
                          "aired", "revised"))
# A year, "last year" or a month of a year just after a document's publishing or a figure's giving: "its list,
# published last year", "the figure, given by the committee in 1920", "a list ... printed in October 1819" (when
# the count was put out, not when its dead died). A year after "told" stays the year of what was told ("told
# parliament in 2008 that it kept 30,000 troops": a strength then).
_PUBLISHED_BEFORE = re.compile(r"\b(?:published|issued|printed|given\s+by\s+(?:the\s+)?(?:[\w'’-]+\s+){1,3}?)"
                               r"\s*(?:in\s+)?$", re.IGNORECASE)
_YEARS = ("year", "lastyear", "monthyear")
# What may head a line before its date label: a few words and a comma ("Levant Roundup, "), or nothing.
_LABEL_HEAD = re.compile(r"(?:(?:See\s+)?[^\s.:;!?]+(?:[ \t]+[^\s.:;!?]+){0,4},[ \t]*)?")
# A dateline: a place in capitals (with its country), then the date, then "(Outlet)" or a dash.
_DATELINE_HEAD = re.compile(r"[A-Z][A-Z'’.\- ]+(?:,[ \t]*[A-Z][\w'’.\- ]*)?,[ \t]*")
_DATELINE_AFTER = re.compile(r"(?:,?\s*(?:19|20)\d\d)?\s*(?:\([^()\n]{1,40}\)\s*)?[—–-]")


def _line_start(sentence: str, pos: int) -> int:
    return sentence.rfind("\n", 0, pos) + 1

class _Hit(NamedTuple):
    """A date expression of a sentence (a tuple: made for every expression, and cheaper so than a dataclass)."""

    start: int
    end: int
    kind: str
    date: EventDate | None  # None for periods, or when it cannot resolve
    anchored: bool = False  # "on <date>": the date of an event, not of a report


@lru_cache(maxsize=4096)
def _hits(sentence: str, pub: date | None) -> tuple[_Hit, ...]:
    out: list[_Hit] = []
    # the scans run over the lower-cased sentence when that finds the same (extract/rx.py)
    low = lowered(sentence)
    terms = period_terms(sentence, low, pub, _Hit)  # "in the quarter", "the week before" (dateterms.py)
    feasts = feast_days(sentence, low, pub, _Hit)  # "on New Year's Day" (datefeasts.py)
    if feasts:
        terms = sorted(terms + feasts, key=lambda h: h.start)
    found = dated_expressions(sentence, low)  # (the scan, pure on the sentence, is cached apart from the report's date)
    if found is None:
        return tuple(terms)
    told: EventDate | None = None  # the day of the first "said on <day>"
    openers = period_openers(sentence, low)  # "since" or "which began": a date may open a period (datespans.py)
    for m in found:
        kind = _kind(m)
        if openers and (kind == "period" or opens_period(sentence, m.start(), out[-1].end if out else 0)):
            # "since fighting began on May 23": a period, no date; "since Friday": the days since, if in one month
            span = since_span(sentence, m, kind, pub, _resolve(m, kind, pub) if kind == "explicit" else None)
            out.append(_Hit(m.start(), m.end(), "period", EventDate(*span) if span else None))
            continue
        date = _resolve(m, kind, pub)
        if kind == "explicit" and sentence[m.end() : m.end() + 1] == ":":
            if not _LABEL_HEAD.fullmatch(sentence, _line_start(sentence, m.start()), m.start()):
                continue  # a date before a colon mid-line ("as of May 6: ...") labels no item
            kind = "label"  # "Roundup, February 4: ..." / "June 7: ...": the date of the item it heads
        elif kind in _REPORTABLE and not _REPORT_KEYS.isdisjoint(words_of(sentence)) and (
                _REPORT_BEFORE_LOW.search(low, max(0, m.start() - 40), m.start())
                                      if low is not None else
                                      _REPORT_BEFORE.search(sentence, max(0, m.start() - 40), m.start())):
            told = told or date
            kind, date = "report", None  # "said on Friday": when it was said, not when it happened
        elif kind in _YEARS and ("ublish" in sentence or "issued" in sentence or "given" in sentence
                                     or "printed" in sentence) \
                and _PUBLISHED_BEFORE.search(sentence, max(0, m.start() - 40), m.start()):
            kind, date = "report", None  # "published last year": the list's year, not its dead's
        elif kind == "explicit" and _DATELINE_AFTER.match(sentence, m.end()) \
                and _DATELINE_HEAD.fullmatch(sentence, _line_start(sentence, m.start()), m.start()):
            kind = "dateline"  # "KYIV, March 3 (Reuters) -": the report's day, the event's when nothing else says
        out.append(_Hit(m.start(), m.end(), kind, date, bool(m.group("on"))))
    if told is not None:
        # "said on Sunday that it had shot down 31 drones overnight": the night before the day it was said
        out = [_Hit(h.start, h.end, h.kind, told, h.anchored)
               if h.kind == "today" and sentence[h.start : h.end].lower() == "overnight" else h for h in out]
    return second_looks(sentence, low, out, terms, pub)


def second_looks(sentence: str, low: str | None, out: list[_Hit], terms: list[_Hit], pub: date | None
                 ) -> tuple[_Hit, ...]:
    """The hits of a sentence's expressions after the rules that read the words around them, with the report-period
    hits (`terms`) that overlap none of them: one place for the steps after the scan, which the long way of the
    tests (tests/test_dates_shortcuts.py) takes too."""
    if "day" in sentence:  # "the Easter Sunday bombings": a feast's weekday, no weekday before publication
        out = named_days(sentence, out)  # (datefeasts.py)
    out = said_dates(sentence, out)  # "On 9 March the ministry said": a statement's day (datesaid.py)
    out = harm_days(sentence, out)  # "the dead of 22 April": the harm's day, as "on 22 April" (dateharmof.py)
    out = statement_days(sentence, out)  # "in a statement made available ... on Saturday" (datestatement.py)
    out = ran_over_days(sentence, out)  # "began on Saturday and continued into Monday": its month (dateruns.py)
    if not sentence.isascii():
        out = ascii_dated(sentence, out)  # "on ٣ May" names no date (datedigits.py)
    out = planned_dates(sentence, low, out, pub)  # "due on Saturday", "plan exercises in July" (dateplans.py)
    out = days_in_month(sentence, low, out)  # "fought for three days in June 2008": a span (daysinmonth.py)
    out = joined_dates(sentence, out)  # "in October 2008 and April 2009 killed seven": no one date (datepairs.py)
    out = period_ends(sentence, out)  # "had arrested 431 by 1 April", "report of 1970" (dateends.py)
    out = joined_hits(sentence, low, out, pub)  # "on 2 November last year"; "has now lost 4 since May" (datejoins.py)
    out = merge_hits(out, terms)
    return refine_hits(sentence, out)  # apposed weekdays, "now counts", "between <date> and <date>" (datehits.py)
