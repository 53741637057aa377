"""Ranges of two numbers: "between A and B", "A to B", "A-B", "A or B", "1 in 5"; and scores ("a 3-1 win").

The step of extract/numbers.py after the scan: two neighbouring numbers joined by a dash or a joining word
become one quantity, unless the words around say they are two ("rose from 30 to 40").
"""

from __future__ import annotations

import re

from extract import numcontext as C
from extract import numkinds as K
from extract import numshapes as S
from extract.numchange import change_then_level
from extract.numchangeverbs import CHANGE_BEFORE, change_verb_before
from extract.numpolls import margin_ratio
from extract.numsport import is_sport_tally
from extract.numunits import unit_after
from extract.numscan import _Atom

# What may stand between the two numbers of a range: a dash, or a joining word (the "w" group).
# "in every"/"in each" is "in" ("1 in every 4 adults"); "per" makes a rate of a power of ten ("3.9 per 1,000
# births"), "for" a cricket total ("312 for 7").
_RANGE_GAP = re.compile(
    r"[^\S\n]*[-–—\u2010\u2011][^\S\n]*|[^\S\n]+(?P<w>to|and|or|through|in(?:[^\S\n]+(?:every|each))?|"
    r"out[^\S\n]+of|per|for)[^\S\n]+"
    # hyphenated as one word: "a 1-in-3 chance" (as "1 in 3"), "a 10-for-1 split" (a ratio, extract/numranges.py)
    r"|[-\u2010\u2011](?P<h>in|for)[-\u2010\u2011]", re.I
)
_RANGE_DASHES = frozenset("-–—\u2010\u2011")
# to, and, or, through, in, out of, per, for (re.I: "ı", "İ" are "i")
_RANGE_SECOND = _RANGE_DASHES | frozenset("taoipfTAOIPFıİ")
# A proportion's first side is a few ("1 in 4", "nine out of ten", "1 in 42 million"); from a thousand up it is a
# count of its own, told against a total: "won by 214,000 out of 23.8 million ballots" are two counts.
_COUNTED_SIDE = 1000.0
_POWERS_OF_TEN = frozenset({100.0, 1000.0, 10_000.0, 100_000.0, 1_000_000.0})


def _range_gap_may_follow(text: str, i: int) -> bool:
    """Whether _RANGE_GAP can match from i: a dash, or white space and then a dash or a joining word."""
    c = text[i : i + 1]
    if c and c in _RANGE_DASHES:
        return True
    if c.isspace():
        c = text[i + 1 : i + 2]
        return (c != "" and c in _RANGE_SECOND) or c.isspace()
    return False


_FIRST_KINDS = frozenset({"number", "year", "age"})  # "aged 10 to 11"
_SECOND_KINDS = frozenset({"number", "year", "duration", "distance", "age", "measurement", "calibre"})


def merge_ranges(text: str, atoms: list[_Atom]) -> list[_Atom]:
    """Join "between A and B", "A to B", "A-B", "A or B" into one range (the list itself when it has no two)."""
    n = len(atoms)
    if n < 2:
        return atoms
    out: list[_Atom] = []
    i = 0
    while i < n:
        a = atoms[i]
        if i + 1 < n and a.kind in _FIRST_KINDS:
            b = atoms[i + 1]
            e = a.end
            c = text[e : e + 1]  # _range_gap_may_follow(text, e), written out: it is asked of most numbers
            if b.kind in _SECOND_KINDS and ((c != "" and c in _RANGE_DASHES) or (c.isspace() and (
                    ((c2 := text[e + 1 : e + 2]) != "" and c2 in _RANGE_SECOND) or c2.isspace()))):
                # ("five, 13, 21, 23 or 32": the last two items of a list of numbers are no range)
                joined = None if out and text.startswith(" or ", e) and text[out[-1].end : a.start] == ", " else (
                    _join(text, a, b))
                if joined is not None:
                    out.append(joined)
                    i += 2
                    continue
        elif i + 1 < n and text[a.end : a.end + 1].isalpha() and a.kind in _UNIT_RANGE_KINDS:
            joined = unit_range(text, a, atoms[i + 1])  # "70kg-125kg"
            if joined is not None:
                out.append(joined)
                i += 2
                continue
        out.append(a)
        i += 1
    return out


def split_year(a: _Atom, b: _Atom) -> bool:
    """Whether "YYYY-YY" is a season or a fiscal year ("2019-20", "1999-00"): a four-digit year of 1800 to 2199
    and the next year's last two digits, a span no count or range of counts is written as (20 is less than 2019)."""
    return a.digits.isdigit() and b.digits.isdigit() and 1800 <= a.value <= 2199 and a.scale == 1 and (
        int(b.digits) == (int(a.digits) + 1) % 100)


def _join(text: str, a: _Atom, b: _Atom) -> _Atom | None:
    g = _RANGE_GAP.fullmatch(text, a.end, b.start)
    if not g or a.qual or (b.qual and b.qual != "at_least"):
        return None
    w = (g.group("w") or g.group("h") or "-").lower()
    if g.group("h") == "for":
        return _ratio_for(a, b)
    if w in ("per", "for"):
        return _per_or_for(text, a, b, w)
    if w == "-" and a.digits.isdigit() and b.digits.isdigit() and b.value and S.is_odds(text, a.start, b.end):
        return _Atom(a.start, b.end, a.value / b.value, unit="ratio")  # "the 5-2 favourite": odds
    if w == "-" and C.is_score(text, a, b):
        return _Atom(a.start, b.end, a.value, kind="score", unit="score")  # "a 3-1 win", "won 2-0"
    if b.kind == "calibre" and (a.kind != "number" or a.unit != "count"):
        return None
    between = K.between_before(text, a.start)
    if w == "and" and not between:
        return None
    if a.unit != "count" and b.unit != "count" and a.unit != b.unit:
        return None  # "rose 5% to $23.50"
    if w.startswith(("out", "in")):
        w = "in"  # "three out of four", "one in every four", as "three in four"
    if w == "in":  # "1 in 5 adults": a proportion; "a 1-in-100-year flood": its chance in a year
        if a.kind != "number" or not (b.kind == "number" and b.unit == "count" or g.group("h") and b.unit == "year" and (
                b.kind == "duration")) or not 0 < a.value <= b.value or a.value >= _COUNTED_SIDE:
            return None  # ("a margin of 214,000 out of 23.8 million ballots": two counts, the part a count itself)
        if is_sport_tally(text, a.start, b.end):
            return None  # "now has 17 in 22 league games": goals and games, two counts (extract/numsport.py)
        return _Atom(a.start, b.end, a.value / b.value, unit="ratio")  # the first side over the second, as 580:1
    if a.word != b.word and w == "-":
        return None
    if w == "-" and len(b.digits) == 2 and len(a.digits) == 4 and a.kind == "number" and split_year(a, b):
        return _Atom(a.start, b.end, a.value, kind="year", unit="year")  # "of 2019-20": a season, whatever is before
    if a.kind == "year" or b.kind == "year":
        if a.kind == "year" and (b.kind == "year" or len(b.digits) == 2 and b.scale == 1) and w in (
                "-", "to", "through"):  # (not "since 2022 to 12k": a scaled number is no year)
            return _Atom(a.start, b.end, a.value, kind="year", unit="year")  # "2010-15", "from 2010 to 2020"
        return None  # "between 2010 and 2020": two years, each written out
    lo, hi = a.value, b.value
    if b.scale > 1 and a.scale == 1 and lo * b.scale <= hi:
        lo *= b.scale  # "2-3 million", "between two and three million"
    if not lo < hi:
        return margin_ratio(text, a, b) if w == "to" else None  # "by a margin of 3 to 1" (extract/numpolls.py)
    if w == "or" and hi > 2 * max(lo, 1):
        return None  # "two or three", "20 or 30" are one guess; "50 or 500", "400 or 3,383?" two figures to choose from
    if w in ("to", "through") and (CHANGE_BEFORE.search(text, max(0, a.start - 40), a.start)
                                   or change_verb_before(text, a.start) or change_then_level(text, a, b)):
        return None  # "rose from 30 to 40", "fell $2 to $75", "goes up £248 to £5,636": two numbers
    unit = a.unit if a.unit != "count" else b.unit
    if a.kind == "age":  # "children aged 10 to 11"
        if b.kind not in ("number", "age"):
            return None
        r = _Atom(a.start, b.end, (lo + hi) / 2, kind="age", unit="year", qual="range", word=a.word)
        r.low, r.high = lo, hi
        return r
    if b.kind == "calibre":
        kind, unit = "distance", "millimetre"  # "20-30mm of rain": a calibre is one bore, never a range
    else:
        kind, unit = b.kind, b.unit if b.kind != "number" else unit
    r = _Atom(a.start, b.end, (lo + hi) / 2, kind=kind, unit=unit, qual="range", word=a.word, scale=b.scale)
    r.low, r.high = lo, hi
    return r


def _per_or_for(text: str, a: _Atom, b: _Atom, w: str) -> _Atom | None:
    """ "3.9 per 1,000 births": a rate, the first over the second (0.0039) as "1 in 5" is 0.2; "312 for 7" in a
    text about cricket: one score. Otherwise two numbers ("40 per day for 3 days" has no number after "per")."""
    if a.kind != "number" or b.kind != "number" or b.unit != "count" or b.qual:
        return None
    if w == "per":
        if a.unit != "count" or b.value not in _POWERS_OF_TEN:
            return None
        return _Atom(a.start, b.end, a.value / b.value, unit="ratio")
    if a.unit == "count" and a.digits.isdigit() and b.digits.isdigit() and (
            S.is_cricket_total(text, a.end, b.start, b.value) if a.value >= b.value
            else S.is_bowling_figures(text, a.end, b.start, a.value)):  # "312 for 7", a bowler's "6 for 23"
        return _Atom(a.start, b.end, a.value, kind="score", unit="score")
    return None


_UNIT_RANGE_KINDS = frozenset({"measurement", "distance", "duration"})


def unit_range(text: str, a: _Atom, b: _Atom) -> _Atom | None:
    """A range written with its unit on both sides, fused: "70kg-125kg", "5km-10km" (one range, its surface
    to the end of the second unit)."""
    if a.kind not in _UNIT_RANGE_KINDS or b.kind != a.kind or b.unit != a.unit or a.qual or b.qual:
        return None
    u = unit_after(text, a.end)
    if u is None or text[u[2] : u[2] + 1] not in _RANGE_DASHES or u[2] + 1 != b.start or not a.value < b.value:
        return None
    v = unit_after(text, b.end)
    if v is None or not text[b.end : b.end + 1].isalpha():
        return None
    r = _Atom(a.start, v[2], (a.value + b.value) / 2, kind=a.kind, unit=a.unit, qual="range")
    r.low, r.high = a.value, b.value
    return r


def _ratio_for(a: _Atom, b: _Atom) -> _Atom | None:
    """ "a 10-for-1 stock split", "a 3-for-2 offer": so many for so many, the first over the second (10, 1.5), written
    as one hyphenated word of whole numbers, the first not the smaller ("4-for-37" is no ratio)."""
    if not (a.digits.isdigit() and b.digits.isdigit() and 0 < b.value <= a.value and a.kind == b.kind == "number"):
        return None
    return _Atom(a.start, b.end, a.value / b.value, unit="ratio")
