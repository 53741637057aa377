"""A number written in figures: its value, scale, currency, sign and kind.

extract/numbers.py's scan finds a number in digits and asks figures_atom (or num_atom / plain_atom, for its
regex's matches) what it is: the value of its digits ("1,000", "1,2 million" with a decimal comma), a scale
word or abbreviation after it ("2.5 million", "$27m", "5k"; "10m people" millions but "a 10m wall" metres),
its currency (a sign, "USD 5"), "+" or "%" after it, a sign in words ("minus 15 degrees"), and its kind
(extract/numdigits.py digit_kind, extract/numkinds.py number_kind, extract/numsenses.py count_sense). This
runs for every number in digits: each pattern is tried only after a test of the character it needs.
"""

from __future__ import annotations

import re

from extract import numcontext as C
from extract import numdigits as D
from extract import numkinds as K
from extract import numnames as N9
from extract import numsenses as NS
from extract import numshapes as S
from extract.currencies import INDIAN_FIRST, indian_scale, sign_code
from extract.groupings import dotted_thousands
from extract.numagegroups import part_age_mark
from extract.nummetres import grouped_metres, metres_next, race_distance
from extract.numsenses import millions_of_things
from extract.numsport import timed_seconds
from extract.numplus import hyphen_plus  # "100-plus countries"
from extract.numscan import _Atom
from extract.numunits import CURRENCY_SIGNS
from extract.numwords import SCALE_ABBREVIATIONS, SCALES, VULGAR_FRACTIONS
from extract.rx import ascii_lower
from extract.southasian import more_scale
from extract.currencies import ENGLISH_CODES
from extract.pressmarks import english_code_money, rupees_of

_SCALE_AFTER = re.compile(r"(?:[^\S\n]|[\u2010\u2011-])+(hundred|thousand|million|billion|trillion)\b", re.I)
_ABBR_AFTER = re.compile(r"(k|m|mn|mln|mil|bn|bln|b|tn)\b\.?", re.I)
_ABBR_FIRST = frozenset("kmbtKMBT\u212a")  # what _ABBR_AFTER can start with (re.I: the Kelvin sign is a "k")
# "10m people" is ten million; "a 10m wall", "10m high", "10m away" are metres.
_PLURAL_NEXT = re.compile(
    r"[^\S\n]+(?!(?:high|tall|long|wide|deep|away|from|above|below|off|thick|across|radius|wall|walls|tower|"
    r"towers|drop|range|square|sq|of|in|to|and|or|at|on|"
    # a race: "the 100m title", "the 400m hurdles"
    r"title|titles|race|races|sprint|hurdles|freestyle|butterfly|backstroke|breaststroke|medley|relay|final|finals|"
    r"dash|record|heat|heats|champion|event|"
    # a point of a race: "at the 50m turn", "the 200m split", "a 25m lap"
    r"turn|turns|split|splits|lap|laps|leg|legs|length|lengths|wall)\b)[a-z]+\b"
)
_DECIMAL_COMMA = re.compile(r"\d{1,3},\d{1,2}")
_SCALE_GAP = frozenset(" \u00a0-\u2010\u2011\t")  # (no line break: it ends the phrase)
_SCALE_FIRST = frozenset("htmbHTMB-\u2010\u2011")  # a scale word's first letter, or more of the gap
_PLUS = re.compile(r"\+(?![\d\w])")
# "%", and per cent as British papers fuse it to the digits ("34pc", "4.5pct"): a sign of the number, so in its
# surface as "%" is (lower case only: "12 PCs" are computers). Written apart ("34 pc", "per cent") it is a unit
# word after the number, outside the surface as every unit word (extract/numunits.py).
_PERCENT = re.compile(r"[^\S\n]?%|pct?\b")
_BLANK = frozenset(" \u00a0")

# "260 million subscribers, up 15m on the year": a fused "m" after a count in millions in the same clause is
# millions too (not metres: "a 10m wall", "15m high", and "rose to 260 metres, up 15m" have none before).
_MILLIONS_BEFORE = re.compile(r"\d[^\S\n]*(?:million|mln|mn)\b[^.;!?\n]*\Z", re.I)


def _millions_before(text: str, start: int, end: int) -> bool:
    """A count in millions earlier in the clause (no length word after the "m" at `end`: asked of figures_atom
    before, extract/nummetres.py)."""
    return bool(_MILLIONS_BEFORE.search(text, max(0, start - 80), start))


def _scale_may_follow(text: str, i: int) -> bool:
    """After one gap character at i - 1, whether _SCALE_AFTER can still match: a scale word's letter or more gap."""
    c = text[i : i + 1]
    return (c != "" and c in _SCALE_FIRST) or c.isspace()


def num_atom(text: str, m: re.Match, dollar: bool) -> _Atom:
    """A number read by the "num" form (a sign, a currency sign, digits): its value, scale, unit and kind."""
    sign, cur, dig = m.group("sign", "cur", "dig")
    cur = cur.strip() if cur else ""
    start = m.start("cur") if cur else m.start("dig")
    value = figures_value(dig)
    if sign:
        value, start = -value, m.start("sign")
    return figures_atom(text, start, m.end("dig"), value, dig, cur, dollar)


def plain_atom(text: str, m: re.Match, dollar: bool) -> _Atom:
    """num_atom for a PLAIN_NUMBER match, which starts at a digit: no sign or currency sign, the match is the digits."""
    dig = m.group()
    return figures_atom(text, m.start(), m.end(), figures_value(dig), dig, "", dollar)


def figures_value(dig: str) -> float:
    """The value of the digits of a number ("1,000", "3.5", "1,2" before a scale word, "10\u202f000")."""
    if "," in dig and _DECIMAL_COMMA.fullmatch(dig):
        raw = dig.replace(",", ".")  # "1,2 million": a decimal comma before a scale word
    else:
        # (Arabic-Indic figures: "٣٬٥٠٠" has the Arabic thousands separator, "٣٫٥" the Arabic decimal separator)
        raw = dig.replace(",", "") if dig.isascii() else re.sub(r"[,\u00a0\u202f\u2009\u066c]", "", dig).replace(
            "\u066b", ".")
    try:
        return float(raw)
    except ValueError:
        return 0.0


def _lettered_name(text: str, end: int, words: list[str]) -> bool:
    """Whether one capital letter glued to the digits ending at `end` finishes a numbered thing's name after its
    head ("seat 14C", "Gate 22B", "Platform 4A"): the letter is a part of the name, not a unit ("highs of 14C" is
    14 °C: a glued unit letter reads as a unit where no name head stands before the number)."""
    return not text[end + 1 : end + 2].isalnum() and words[-1].rstrip(".") in K.NAME_HEADS


def figures_atom(text: str, start: int, end: int, value: float, dig: str, cur: str, dollar: bool) -> _Atom:
    """The number in digits at text[start:end] (`cur` its currency sign, stripped, or ""): scale, unit and kind.

    The words before it (K.tail) are read once here for the currency code, digit_kind and number_kind.
    """
    a = _Atom(start, end, value, digits=dig)
    words, fused = K.tail(text, start)
    if cur:
        a.unit = CURRENCY_SIGNS.get(cur.upper(), "usd") if cur != "US$" else "usd"
        if a.unit == "jpy":
            a.unit = sign_code(a.unit, text)  # "¥2 billion" in a text of yuan (extract/currencies.py)
    elif words:
        code = K.CURRENCY_CODES.get(words[-1])  # "USD 5", "SYP 500"
        if code:
            a.unit = code if code != "inr" else rupees_of(text)  # "Rs" in Pakistani copy (extract/pressmarks.py)
        elif words[-1] in ENGLISH_CODES and (code := english_code_money(text, words[-1], dig, end)):
            a.unit = code  # "PHP 1.5 billion", "NPR 500" in a report from Nepal (extract/pressmarks.py)
    # scale: "2.5 million", "$27m", "5k"
    nxt = text[end : end + 1]
    sm = None
    if nxt in _SCALE_GAP:
        c = text[end + 1 : end + 2]  # _scale_may_follow(text, end + 1), written out: it is asked of most numbers
        if (c != "" and c in _SCALE_FIRST) or c.isspace():
            sm = _SCALE_AFTER.match(text, end)
    if sm:
        a.scale = SCALES[ascii_lower(sm.group(1))]
        end = sm.end()
    elif nxt in _ABBR_FIRST:
        am = _ABBR_AFTER.match(text, end)
        if am and (cur or a.unit != "count" or am.group(1).lower() in ("k", "bn", "mn", "mln", "bln")
                   or (am.group(1) == "m" and am.start() == end and not metres_next(text, am.end())
                       and not grouped_metres(dig) and not race_distance(text, start, dig, am.end()) and (
                       _PLURAL_NEXT.match(text, am.end()) or _millions_before(text, start, am.end())
                       or NS.millions_by_noun(text, start, am.end()) or millions_of_things(text, start)))):
            a.scale = SCALE_ABBREVIATIONS[ascii_lower(am.group(1))]
            end = am.end(1)
    elif cur and nxt in _BLANK and (am := NS.spaced_scale(text, end)):
        a.scale = SCALE_ABBREVIATIONS[ascii_lower(am.group(1))]  # "€21.4 bn": a blank before the scale
        end = am.end(1)
    if a.scale == 1 and nxt in " -" and text.startswith(INDIAN_FIRST, end + 1) and (isc := indian_scale(text, end)):
        a.scale, end = isc  # "Rs 50 crore", "5 lakh people", "a Rs 500-crore wing" (extract/currencies.py)
        a.scale, end, a.value = more_scale(text, end, a.scale, a.value)  # "lakh crore" (extract/southasian.py)
    if a.scale != 1:
        a.value = round(a.value * a.scale, 6)  # "4.1 million" is 4100000, not 4099999.9999999995
    elif text[end : end + 1] in VULGAR_FRACTIONS and "." not in dig:
        a.value += VULGAR_FRACTIONS[text[end]]  # "3½ weeks"
        end += 1
    a.end = end
    if text[end : end + 1].isupper() and words and not cur and _lettered_name(text, end, words):
        a.kind, a.unit = "name", "name"  # "in seat 14C": a seat, not 14 °C
        return a
    if text[end : end + 1] == "." and (e := N9.dotted_name_end(text, end, dig)) is not None:
        if (v := dotted_thousands(text, end - len(dig), e)) is None:
            a.kind, a.unit, a.end = "name", "name", e  # "Version 3.12.4": a version in dotted groups
            return a
        dig = a.digits = text[end - len(dig) : e]  # "2.500.000": thousands (extract/groupings.py)
        a.value, a.end, end = v, e, e
    if (text[end : end + 1] in S.SHAPE_FIRST or dig[:1] == "0") and not cur and a.scale == 1 and (
            S.shape(text, a, dig, end)):
        return a  # a code, a phone number, pence, a multiplier or a "3-nil" score
    nxt = text[end : end + 2]
    if nxt:
        pm = _PLUS.match(text, end) if nxt[0] == "+" else hyphen_plus(text, end) if nxt[0] in "-\u2010\u2011" else None
        if pm:
            a.qual = "at_least"
            a.end = pm.end()
        elif "%" in nxt or nxt == "pc":
            pc = _PERCENT.match(text, end)
            if pc:
                a.unit = "percent"
                a.end = pc.end()
    D.digit_kind(text, a, words, fused)
    if a.kind == "number":
        K.number_kind(text, a, words, fused, dollar)
        if a.unit == "count" and text[a.end : a.end + 1] in C.AGE_COMMA_FIRST and C.appositive_age(text, a):
            a.kind, a.unit = "age", "year"  # "The minister, 58, has served"
        elif a.unit == "count" and words and words[-1] in ("under", "over") and (
                C.group_age_mark(text, a, words) or part_age_mark(text, a, words)):
            a.kind, a.unit = "age", "year"  # "three of the suspects were under 18,", "a quarter of them under 16"
        if a.unit == "count" and a.kind == "number":
            if dig[-3:-2] == "." and timed_seconds(text, start, dig):
                a.kind, a.unit = "duration", "second"  # "split 26.81 at the turn" (extract/numsport.py)
                return a
            NS.count_sense(text, a, words, fused)  # product names, "now 78", "65 or over", "junctions 16 and 19"
    if start > 5 and text[start - 6] in "mM" and text[start - 1] in _BLANK and value > 0 and (
            C.minus_before(text, start)):
        if a.kind in ("number", "measurement"):
            a.start, a.value = start - 6, -a.value  # "minus 15 degrees", "minus 0.3%": the sign in words
    if a.unit == "count" and a.kind == "number" and text[a.start - 5 : a.start - 1] == "like" and (
            C.feels_like(text, a.start, a.end)):
        a.kind, a.unit = "measurement", "temperature"  # "it felt like minus 20": the wind chill
    elif a.value < 0 and a.unit == "count" and a.kind == "number" and C.temperature_named_before(text, a.start, a.end):
        a.kind, a.unit = "measurement", "temperature"  # "Temperatures fell to minus 11": no count is negative
    return a
