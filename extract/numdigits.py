"""Kinds of numbers written in digits: dates, years, clock times, list numbers, ordinals and fused names.

Split from extract/numkinds.py (which keeps the kinds of counts: names before a number, ages, units).
extract/numbers.py asks digit_kind of every number in digits before number_kind: "May 23", "23 May 2016"
and "5-9 June" are dates; "since 2011", "the 2014-2016 drought", "its 2025 target" years; "1800 GMT" and
"0600" times; "1." at a line start and "aims: 1) ..." list numbers; "1st" ordinals; "T-72", "MH17" names.
Where a rule's regex can only match after a given character, a test of that character comes first.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from extract.numdecades import decade_of_age
from extract.numkinds import CURRENCY_CODES, MONTH_WORDS, NAME_HEADS, _MONTHS, before_words
from extract.numunits import TIME_ZONE_AFTER, quantulum_unit, unit_after
from extract import numnames as N9
from extract import pressmarks as PM
from extract import numsenses as NS
from extract import numyearnouns as YN
from extract.numsuffixes import no_plural
from extract.numyearclues import more_year

if TYPE_CHECKING:
    from extract.numscan import _Atom

_S = r"[\s\u00a0]"
_MONTH = "(?:" + "|".join(sorted({m for x in _MONTHS for m in (x, x.upper())}, key=len, reverse=True)) + r")\b" + (
    r"(?:(?<=[a-zA-Z]{3})(?<![a-zA-Z]{4})(?<!May)(?<!MAY)\.|(?<=Sept)\.)?")  # "Feb." takes a stop, "February" not

DAY_EXT = re.compile(rf"(?:st|nd|rd|th)?(?:{_S}*[-–]{_S}*\d{{1,2}}(?:st|nd|rd|th)?\b)?(?:,?{_S}+\d{{4}}\b)?")
DAY_MONTH_AFTER = re.compile(
    rf"(?:st|nd|rd|th)?(?:(?:{_S}*[-–]{_S}*|{_S}+(?:and|to){_S}+)\d{{1,2}}(?:st|nd|rd|th)?)?{_S}+(?:of{_S}+)?{_MONTH}"
    rf"(?:,?{_S}+\d{{4}}\b)?"  # "23 May 2016", "5-9 June", "between 5 and 9 June"
)
_YEAR_CUES = frozenset("in since until till during before after from circa c. ca. early late mid spring summer autumn "
                       "fall winter year throughout through".split())  # "c. 1450": circa
_YEAR_CUES2 = frozenset({("end", "of"), ("start", "of"), ("beginning", "of"), ("as", "of"), ("back", "to"),
                         ("middle", "of")})
_YEAR_NOUN_AFTER = re.compile(
    rf"{_S}*(?:[.,;:!?)\]\"”’']|$|{_S}*\n|{_S}+(?:and|when|after|before|to|until|as|which|that|the|was|is|were|"
    rf"had|has|he|she|it|they|we|with|for|but|while|presidential|budget|war|uprising|revolution|"
    # "the 2026 elections", "the 2026 local elections": an election is named by its year, never counted in thousands
    rf"(?:(?:local|general|presidential|parliamentary|legislative|municipal|regional|provincial|national|state|"
    rf"federal|midterm|mid-term|primary|council|mayoral|European){_S}+)?elections?"
    rf"(?!{_S}+(?:workers|officials|staff|observers|monitors|volunteers|clerks))|"  # people counted: "2000 election workers"
    rf"protests?|offensive|campaign|census|agreement|deal|ceasefire|truce|accord|talks|summit|conference|report|"
    rf"invasion|olympics|Olympics|Games|World{_S}+Cup|season|constitution|law|levels?|figures?|estimates?|"
    rf"drought|famine|crisis|recession|pandemic|outbreak|period|average|landings|riots)\b)",
)
# Singular nouns a year names one of, a count taking the plural: "its 2025 target", "the 1815 Battle of Waterloo",
# "a 1996 hit" ("2025 targets" may be counted); also after a name or two: "the 1916 Somme offensive", "the 1994
# Rwandan genocide" (a count of people names them in the plural: "the 2000 Syrian refugees").
# "(2021 - )", "(2019 - 2021)": a span of years in brackets, still open or closed
_BRACKETED_SPAN_AFTER = re.compile(r"[^\S\n]*[-–—][^\S\n]*(?:(?:19|20)\d\d[^\S\n]*)?\)")
_YEAR_NAMED_AFTER = re.compile(
    r"(?:(?: [A-Z][\w'’-]+){0,2} (?i:target|forecast|goal|hit|single|album|film|movie|novel|vintage|model|edition|"
    r"classic|final|tournament|championship|battle|siege|treaty|massacre|genocide|coup|rising|armistice|earthquake|"
    r"flood|offensive|uprising|war|revolution|invasion|election|referendum|ceasefire|accord|agreement|airlift|"
    r"blockade|landings)"  # "the 1944 D-Day landings", "the 1948 Berlin airlift" (people are not counted as landings)
    # a law or charter named by its year, capitalised as a title: "the 1861 Act", "the 1951 Convention"
    r"|(?: [A-Z][\w'’-]+){0,2} (?:Act|Convention|Charter|Statute|Protocol|Declaration|Constitution|Code))\b(?!['’]?s\b)")
# After "a" or "an" a number is no count of a plural noun: "a 1962 Ferrari", "a 2019 study" (not "a 2000 km trek",
# "a 1950-strong force": a unit or a dash after it).
_AN_YEAR_AFTER = re.compile(rf"{_S}+[A-Za-z]")

_YEAR_PREFIX = re.compile(r"\b(?:mid|pre|post|early|late)-\Z", re.I)
# (not "in-" after a number and a hyphen: "a 1-in-3 chance" is a ratio, extract/numranges.py)
_FUSED_NAME = re.compile(r"[^\W\d_]\Z|(?:\b[A-Z][A-Za-z]{0,5}|(?<!\d-)\b[a-z]{1,2})-\Z")
# More dash-joined digit groups after a lettered code's first: "CR-2025-0419" (not "COVID-19-related").
_CODE_TAIL = re.compile(r"(?:[-\u2010\u2011]\d+)+(?![\w\u2010\u2011-]|[.,]\d)")
_DASHES = frozenset("-\u2010\u2011")
_FUSED_CODE = re.compile(r"(?<![A-Za-z])(USD|SYP|RUB|EUR|GBP)\Z")

_S_AFTER = re.compile(r"s\b")
_ORDINAL_AFTER = re.compile(r"(?:st|nd|rd|th)\b", re.I)
_PLURAL_AFTER = re.compile(r"['’]?s\b")
_ORDINAL_FIRST = frozenset("sntrSNTRſ")  # what _ORDINAL_AFTER can start with (re.I: "ſ" is an "s")

_GMT_AFTER = re.compile(rf"{_S}*(?:GMT|UTC)\b")

def _month_last(words: list[str], fused: bool) -> bool:
    """A month name right before the number ("May 23", "May the 23rd"), from tail's answer there."""
    if fused or not words:
        return False
    return words[-1] in MONTH_WORDS or (len(words) > 1 and words[-1] == "the" and words[-2] in MONTH_WORDS)


_SPAN_END = re.compile(r"[-–](\d\d(?:\d\d)?)(?![\d,.])")


def _year_span(text: str, e: int, v: float) -> bool:
    """A year followed by a dash and a later year: "the 1992-95 war", "the 2014-2016 drought" (a count range
    is not written "1500-95"; "1500-2000 fighters" has no year noun after it)."""
    m = _SPAN_END.match(text, e)
    if m is None:
        return False
    d = m.group(1)
    if len(d) == 2:
        return int(d) > v % 100
    return v < int(d) <= v + 50 and bool(_YEAR_NOUN_AFTER.match(text, m.end()))


# "to" and a number after it (a qualifier word may stand between): what the number changed to, or the top of a range.
_TO_NUMBER = re.compile(rf"{_S}+to{_S}+(?:(?:about|around|some|nearly|almost|just|over|under|only){_S}+)?([\d][\d,.]*)")


_PERCENT_NEXT = re.compile(rf"{_S}*(?:%|per{_S}?cent\b|percent\b)", re.I)


def _to_count(text: str, e: int, v: float) -> bool:
    """Whether the "to" after a number that could be a year (ending at `e`) leads to a count that no year can be:
    "cut the workforce by 1950 to 8,000", "some 1950 to 2,300 fighters" (a change, a range of counts), not
    "from 1950 to 1960", "the 1914 to 18 war" (years, a span of years)."""
    if not text.startswith(" to", e):
        return False
    m = _TO_NUMBER.match(text, e)
    if m is None or _PERCENT_NEXT.match(text, m.end()):
        return False  # "cut emissions by 2030 to 25%": a target for a year
    d = m.group(1).rstrip(",.")
    if not d.isdigit():
        return True  # "8,000", "3.5": grouped or decimal, no year
    if len(d) == 2:
        return int(d) <= v % 100  # "1914 to 18" is a span of years; "1950 to 12" no
    return len(d) != 4 or not v < int(d) <= 2100


def _an_year(text: str, e: int) -> bool:
    """After "a"/"an", a four-digit number followed by a word that is no unit is a year: "a 1962 Ferrari"."""
    return bool(_AN_YEAR_AFTER.match(text, e)) and unit_after(text, e) is None and quantulum_unit(text, e) is None


def _month_start(text: str, s: int, words: list[str]) -> int:
    """Where the month name of a month-first date starts ("June 6, 1944", "May the 23rd", "June 2016"): the
    date is written from it, as "6 June 1944" is from the day."""
    month = words[-1] if words[-1] in MONTH_WORDS else words[-2]
    at = text.rfind(month, max(0, s - 48), s)
    return at if at >= 0 else s


_LIST_AFTER = re.compile(r"[.):](?:[\s\u00a0]|$)")


_LIST_LEAD = re.compile(r"(?:[:;,]|\band|\bor)[\s\u00a0]+\Z")


def _inline_list_item(text: str, s: int, e: int) -> bool:
    """A number closed by ")" that numbers an item in running text: "three aims: 1) cut taxes, 2) build homes and
    3) ...", or wrapped in brackets: "three steps: (1) a truce, (2) maps and (3) talks". It follows a colon,
    comma, semicolon, "and" or "or", and no other "(" is open before it ("(up 30, 45)")."""
    if text[e + 1 : e + 2] not in _BLANKS:
        return False
    lead = s - 1 if s and text[s - 1] == "(" else s  # "(2)": the lead words stand before the bracket
    lo = max(0, lead - 80)
    if text.rfind("(", lo, lead) > text.rfind(")", lo, lead):
        return False
    return bool(_LIST_LEAD.search(text, max(0, lead - 6), lead))



def _inline_dotted_item(text: str, s: int, e: int, v: int) -> bool:
    """A number closed by "." that numbers an item in running text: "three priorities were: 1. lower rents, 2. more
    parking, 3. later opening". A full stop ends many counts ("the toll rose to 12. Another ..."), so the item must
    also stand in a run: "1." with a "2." after it, any other with the number before it ("1." for "2.") before it."""
    if not _inline_list_item(text, s, e):
        return False
    if v == 1:
        return bool(re.search(r"(?:^|[\s\u00a0])2\.[\s\u00a0]", text[e + 1 : e + 120]))
    return bool(re.search(rf"(?:^|[\s\u00a0(]){v - 1}\.[\s\u00a0]", text[max(0, s - 120) : s]))


_DAY_MONTH_SECOND = frozenset("-–oatJFMASOND")
_BLANKS = frozenset(" \n\t\u00a0")


def _day_month_may_follow(text: str, end: int) -> bool:
    """Whether DAY_MONTH_AFTER can match at `end`: it starts with a day suffix, a dash or white space
    followed by a dash, "of", "and", "to" or a month (or more white space)."""
    c = text[end : end + 1]
    if c and c in "snrt-–":
        return True
    if c.isspace():
        c1 = text[end + 1 : end + 2]
        return c1 in _DAY_MONTH_SECOND or c1.isspace()
    return False



def digit_kind(text: str, a: _Atom, words: list[str], fused: bool) -> None:
    """Dates, times, years, names, ordinals and list numbers among numbers written in digits.

    `words, fused` are tail(text, a.start), which the caller has already asked for.
    """
    s, d, v, e = a.start, a.digits, a.value, a.end
    nd = len(d)
    integer = a.scale == 1 and "." not in d and a.unit == "count" and not a.qual
    c = text[e : e + 1]  # the character after the number (a.end changes below only before a return)
    if integer:
        if nd <= 2:
            if 1 <= v <= 31:
                if _month_last(words, fused):
                    a.kind, a.unit, a.start = "date", "date", _month_start(text, s, words)
                    day_ext = DAY_EXT.match(text, e)
                    assert day_ext is not None  # (it matches the empty string)
                    a.end = day_ext.end()
                    return
                # _day_month_may_follow(text, e), written out: it is asked of most small numbers
                if (c != "" and c in "snrt-–") or (c.isspace() and (
                        (c1 := text[e + 1 : e + 2]) in _DAY_MONTH_SECOND or c1.isspace())):
                    m = DAY_MONTH_AFTER.match(text, e)
                    if m:
                        a.kind, a.unit, a.end = "date", "date", m.end()
                        return
        elif nd == 4 and 1000 <= v <= 2100 and _month_last(words, fused):
            a.kind, a.unit, a.start = "date", "date", _month_start(text, s, words)
            return
    # the character before, unless a sign or currency is fused to the number; a blank (the usual case) is none
    # of those the rules below look for
    if s and text[s].isdigit() and (last := text[s - 1]) not in _BLANKS:
        if last in "=&?/_":
            a.kind, a.unit = "url", "url"  # a query string or path: "art_id=124766"
            return
        if last == "#":
            ls = text.rfind("\n", 0, s - 1) + 1
            at_line_start = not text[ls : s - 1].strip()
            a.kind = "list" if at_line_start and _LIST_AFTER.match(text, a.end) or (
                N9.hash_list_item(text, s, a.end, v)) else "name"  # "#1 potholes, #2 street lighting"
            a.unit = a.kind
            return
        # the patterns below end at the number: each runs only if the last character can end it
        if last == "-" or last.isalnum():
            before = text[max(0, s - 12) : s]
            if last == "-" and integer and nd == 4 and _YEAR_PREFIX.search(before):
                a.kind, a.unit = "year", "year"
                return
            code = _FUSED_CODE.search(before) if last in "DPBR" else None
            if code:
                a.unit = CURRENCY_CODES[code.group(1)]  # "USD5"
            elif last in PM.FUSED_LAST and (money := PM.fused_money(text, s, a.scale != 1)):
                a.unit, a.start = money  # "N825", "Sh4.5mn" (extract/pressmarks.py)
            elif last in PM.PERIOD_LAST and PM.period_code(text, a):
                return  # "FY25", "Q3", "H1 2025" (extract/pressmarks.py)
            elif _FUSED_NAME.search(before):
                a.kind, a.unit = "name", "name"  # T-72, MH17, Su-24, COVID-19
                if last == "-" and text[a.end : a.end + 1] in _DASHES and (m := _CODE_TAIL.match(text, a.end)):
                    a.end = m.end()  # "Case CR-2025-0419": the code's digit groups are one name (no clock "0419")
                return
        elif last in "'’" and _S_AFTER.match(text, a.end) and nd == 2:
            a.kind, a.unit, a.end = "year", "year", a.end + 1  # '90s
            return
    if not integer:
        return
    if c in _ORDINAL_FIRST and _ORDINAL_AFTER.match(text[e : e + 3]):
        a.kind, a.unit, a.end = "ordinal", "ordinal", a.end + 2
        return
    if c != "" and c in "'’s" and _PLURAL_AFTER.match(after := text[e : e + 3]):
        if no_plural(text, a):
            return  # "the toll of 2022's", "parents of under-3s" (extract/numsuffixes.py)
        if words and not fused and words[-1] in NAME_HEADS and nd <= 2:
            a.kind, a.unit = "name", "name"  # "grade 9s", "size 10s": those of a named grade, no decade of age
            return
        a.end += 2 if after[0] in "'’" else 1
        if nd == 4 and 1000 <= v <= 2100:
            a.kind, a.unit = "year", "year"  # the 1990s
        elif d.replace(",", "") in ("10", "100", "1000"):
            a.qual, a.value = "vague", v * 2  # "100s of people": hundreds
        else:
            a.kind, a.unit = "age", "year"  # "in their 30s"
            if nd == 2 and v % 10 == 0 and text[max(0, s - 4) : s].lower() == "mid-":
                a.start, a.value, a.qual = s - 4, v + 5, "approx"  # "in his mid-30s": about 35
            elif nd == 2:
                decade_of_age(a)  # "in his 40s": 40 to 49 (extract/numdecades.py)
        return
    if a.unit == "count":
        # only blanks or "(" between the line start and the number: then the character before is one of them
        # _LIST_AFTER first needs one of ".):" after the number: tested before reading back to the line start
        if v < 100 and c != "" and c in ".):" and (s == 0 or text[s - 1] in " \t\u00a0(\n"):
            ls = text.rfind("\n", 0, s) + 1
            if not text[ls:s].strip(" \t\u00a0(") and _LIST_AFTER.match(text, a.end) and (
                text[ls:s].strip() == "" or text[ls:s].strip() == "("
            ):
                a.kind, a.unit = "list", "list"
                return
            if c == ")" and _inline_list_item(text, s, e) or c == "." and _inline_dotted_item(text, s, e, int(v)):
                a.kind, a.unit = "list", "list"
                return
        if nd in (3, 4) and int(v) % 100 < 60 and v < 2400 and (
            (nd == 4 and d.startswith("0")) or TIME_ZONE_AFTER.match(text, a.end) and nd == 4
            or _GMT_AFTER.match(text, a.end)
        ):
            a.kind, a.unit = "time", "time"
            return
        if nd == 4 and 1000 <= v <= 2100:
            p1 = before_words(text, s, 1)
            cue = bool(p1) and p1[0] in _YEAR_CUES or before_words(text, s, 2) in _YEAR_CUES2 or (
                p1 == ("for",) and (NS.year_after_for(text, a.end) or YN.year_for_change(text, a.end)))
            # "the priorities for 2026 are", "the budget for 2026 rises"
            if cue or (c == " " and _YEAR_NAMED_AFTER.match(text, a.end)) or (1900 <= v <= 2099 and (
                    (_YEAR_NOUN_AFTER.match(text, a.end) and not _to_count(text, a.end, v))
                    or (c in "-–" and _year_span(text, a.end, v))
                    or (text[s - 1 : s] == "(" and _BRACKETED_SPAN_AFTER.match(text, a.end))
                    or (p1 in (("a",), ("an",)) and _an_year(text, a.end))
                    or (c == " " and YN.year_before_noun(text, a.end, p1, v)))):  # "the 1987 crash"
                a.kind, a.unit = "year", "year"
                return
            if p1 and more_year(text, s, a.end, p1, v):  # "The 1898 lighthouse", "scrapped by 2050"
                a.kind, a.unit = "year", "year"  # (extract/numyearclues.py)
                return
            if PM.acronym_year(words, text, a.end, v):
                a.kind, a.unit = "year", "year"  # "IDEAS 2024 in Karachi" (extract/pressmarks.py)
                return
