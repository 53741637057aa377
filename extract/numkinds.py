"""Why a number is or is not a count: the language rules around it.

A number found by extract/numbers.py gets its kind here: dates ("May 23",
"23 May 2016"), years ("since 2011", "AD 79"), times ("1800 GMT"), names ("Base 559",
"T-72", "#41", "FTSE 100"), list numbering ("1." at a line start, "aims: 1) ..."), ordinals
("1st") and ages. Numbers inside URLs and handles are masked in extract/numscan.py, number words
that are no counts ("no one") read in extract/numphrases.py. Each rule is a named regex or word set.
Where a rule's regex can only match after a given character, a test of that
character comes first: most numbers are plain counts, and the regex call is
the cost.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from extract.numunits import (
    RATE_AFTER, RATE_BEFORE, RATE_BEFORE_END, TIME_ZONE_AFTER, quantulum_unit, rate_after, unit_after,
)

if TYPE_CHECKING:
    from extract.numscan import _Atom

_S = r"[\s\u00a0]"
_MONTHS = ("January February March April May June July August September October November December "
           "Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec").split()
_MONTH = "(?:" + "|".join(sorted({m for x in _MONTHS for m in (x, x.upper())}, key=len, reverse=True)) + r")\b" + (
    r"(?:(?<=[a-zA-Z]{3})(?<![a-zA-Z]{4})(?<!May)(?<!MAY)\.|(?<=Sept)\.)?")  # "Feb." takes a stop, "February" not
MONTH_WORDS = frozenset(m for x in _MONTHS for m in (x, x.upper(), x + "."))
DAY_EXT = re.compile(rf"(?:st|nd|rd|th)?(?:{_S}*[-–]{_S}*\d{{1,2}}(?:st|nd|rd|th)?\b)?(?:,?{_S}+\d{{4}}\b)?")
DAY_MONTH_AFTER = re.compile(
    rf"(?:st|nd|rd|th)?(?:(?:{_S}*[-–]{_S}*|{_S}+(?:and|to){_S}+)\d{{1,2}}(?:st|nd|rd|th)?)?{_S}+(?:of{_S}+)?{_MONTH}"
    rf"(?:,?{_S}+\d{{4}}\b)?"  # "23 May 2016", "5-9 June", "between 5 and 9 June"
)
_YEAR_CUES = frozenset("in since until till during before after from circa early late mid spring summer autumn fall "
                       "winter year throughout through".split())
_YEAR_CUES2 = frozenset({("end", "of"), ("start", "of"), ("beginning", "of"), ("as", "of"), ("back", "to"),
                         ("middle", "of")})
_YEAR_NOUN_AFTER = re.compile(
    rf"{_S}*(?:[.,;:!?)\]\"”’']|$|{_S}*\n|{_S}+(?:and|when|after|before|to|until|as|which|that|the|was|is|were|"
    rf"had|has|he|she|it|they|we|with|for|but|while|election|elections|presidential|budget|war|uprising|revolution|"
    rf"protests?|offensive|campaign|census|agreement|deal|ceasefire|truce|accord|talks|summit|conference|report|"
    rf"invasion|olympics|Olympics|Games|World{_S}+Cup|season|constitution|law|levels?|figures?|estimates?|"
    rf"drought|famine|crisis|recession|pandemic|outbreak|period|average)\b)",
)
NAME_HEADS = frozenset(
    "Base Resolution resolution Article Chapter Division Brigade Regiment Battalion Corps Squadron Flight flight "
    "Route Highway Checkpoint Hill Sector Room Building Number Vol Volume Issue Episode Season Paragraph Item "
    "Station Floor Street Avenue Exit Terminal Runway Page Fig Figure Table Decree Operation Model Mk Type Class "
    "Series Version Ward Prison Platform Channel Protocol Annex Amendment Clause Surah Sura Verse Psalm Camp Gate "
    "Zone Block Phase Unit Post Point Line Lot Plot Level Stage Apartment Act Law Order Geneva Astana Minsk "
    "No Nos Nr no nos nr p pp Bataillon Day day Update UPDATE Train Bus Tram Ferry "
    # series that number their members: stock indexes, spacecraft, aircraft makers, products ("FTSE 100",
    # "Apollo 11", "Boeing 737", "Windows 11")
    "FTSE Nikkei Stoxx STOXX DAX CAC Nasdaq Russell ASX Apollo Artemis Soyuz Voyager Pioneer Mariner Sputnik "
    "Vostok Chandrayaan Boeing Airbus Embraer Cessna Bombardier iPhone Windows PlayStation Pixel Formula S&P "
    # grades of a scale: "a Category 5 storm", "Tier 2 restrictions"
    "Category category Grade Tier "
    # numbered roads: "Interstate 95", "Junction 12"
    "Interstate Junction".split()
)
# A military unit's name after its number: capitalised words ending in a unit word.
_UNIT_NAME_AFTER = re.compile(r"(?:[\s\u00a0]+[A-Z][a-z]+){1,2}?[\s\u00a0]+(?:Rifles|Brigade|Regiment|Battalion|Commando|"
                              r"Squadron|Division|Corps|Infantry|Wing|Fleet|Cavalry|Artillery)\b")
CHANGE_BEFORE = re.compile(
    r"\b(?:rose|risen|rise|rises|rising|increased?|increasing|climbed?|climbing|jumped?|grew|grown|fell|fallen|"
    r"falls?|dropped?|declined?|went|gone|soared?|surged?|plunged?|doubled|tripled|up|down|revised|raised|"
    r"raise|raises|raising|lower|lowers|lowering|cut|cuts|cutting|reduced?|reduces|reducing|boost(?:s|ed|ing)?|"
    r"lift(?:s|ed|ing)?|hike[sd]?|hiking|slashed|slash|shrank|shrunk|shrink|widen(?:s|ed)?|narrow(?:s|ed)?|"
    r"lowered|changed?|moved?)\b[^.;\n]{0,30}\bfrom[\s\u00a0]+\Z",
    re.I,
)
_YEAR_PREFIX = re.compile(r"\b(?:mid|pre|post|early|late)-\Z", re.I)
_FUSED_NAME = re.compile(r"[^\W\d_]\Z|(?:\b[A-Z][A-Za-z]{0,5}|\b[a-z]{1,2})-\Z")
_FUSED_CODE = re.compile(r"(?<![A-Za-z])(USD|SYP|RUB|EUR|GBP)\Z")
_MONEY_CUE = re.compile(r"\b(?:rate|exchange|currency|pound|lira|dollars?|prices?|costs?|paid|pay|worth|salar(?:y|ies)"
                        r"|wages?|budget|funds?|fund(?:ing|ed)|bank|fine[ds]?|sells?|sold|bought|buy)\b", re.I)
_FUSED_WORD = re.compile(r"[^\W\d_]+(?![\d_])")
_S_AFTER = re.compile(r"s\b")
_ORDINAL_AFTER = re.compile(r"(?:st|nd|rd|th)\b", re.I)
_PLURAL_AFTER = re.compile(r"['’]?s\b")
_ORDINAL_FIRST = frozenset("sntrSNTRſ")  # what _ORDINAL_AFTER can start with (re.I: "ſ" is an "s")
_HYPHENS = frozenset("-\u2010\u2011")
# After "40-ton": the words that make it the weight of explosives (a claim), not of a vehicle or a load.
_BLAST_AFTER = re.compile(
    r"(?:[\s\u00a0\"”’']+[\w-]+){0,2}?[\s\u00a0\"”’']+(?:bombs?|explosives?|explosions?|blasts?|charges?|"
    r"devices?|v?ieds?|payloads?|warheads?|munitions?|ammunition|ordnance|tnt|weapons|arms|missiles?|shells?|rockets?|"
    r"mines?|strikes?|attacks?)\b",
    re.I,
)
_OF_AFTER = re.compile(r"[\s\u00a0]+of\b", re.I)
_ERA_AFTER = re.compile(r"[\s\u00a0](?:BC|BCE|AD|CE|B\.C\.|A\.D\.|B\.C\.E\.|C\.E\.)(?!\w)")
_ERA_FIRST = frozenset("ABC")
_GMT_AFTER = re.compile(rf"{_S}*(?:GMT|UTC)\b")
_DENOMINATORS = {"half": 2, "halve": 2, "third": 3, "quarter": 4, "fifth": 5, "sixth": 6, "seventh": 7,
                 "eighth": 8, "ninth": 9, "tenth": 10}
# Currency codes written before a number ("USD 5", "SYP 500"; numbers.py reads the last word before it).
CURRENCY_CODES = {"USD": "usd", "US$": "usd", "SYP": "syp", "S.P.": "syp", "RUB": "rub", "EUR": "eur",
                   "GBP": "gbp"}
_LEAD_PUNCT = "([{“\"‘'«"
# Punctuation that no unit word, rate (RATE_AFTER starts with white space) or word (quantulum_unit) starts with.
PUNCT_AFTER = frozenset(",.;:)!?\"'")


@lru_cache(maxsize=32)
def tail(text: str, s: int) -> tuple[list[str], bool]:
    """Up to the last six words before position s, and whether the last one touches s (no space between).

    The words are those of the 48 characters before s, less a word the window cuts at its start. rsplit
    splits off at most the last six words (and the rest, dropped), which is all that is kept.
    """
    lo = s - 48
    if lo <= 0:
        chunk = text[:s]
        words = chunk.rsplit(None, 6)
        if len(words) == 7:
            del words[0]
    else:
        chunk = text[lo:s]
        words = chunk.rsplit(None, 6)
        if len(words) == 7:
            del words[0]  # the rest before the last six words (a cut word among them)
        elif words and not chunk[0].isspace() and not text[lo - 1].isspace():
            del words[0]  # a word cut by the window
    return words, bool(chunk) and not chunk[-1].isspace()


def before_words(text: str, s: int, k: int) -> tuple[str, ...]:
    """The last k words before s, lower-cased, when they end in a space right before s; else ()."""
    words, fused = tail(text, s)
    if fused or len(words) < k:
        return ()
    return tuple(w.lower().lstrip(_LEAD_PUNCT) for w in words[-k:])


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


def _month_start(text: str, s: int, words: list[str]) -> int:
    """Where the month name of a month-first date starts ("June 6, 1944", "May the 23rd", "June 2016"): the
    date is written from it, as "6 June 1944" is from the day."""
    month = words[-1] if words[-1] in MONTH_WORDS else words[-2]
    at = text.rfind(month, max(0, s - 48), s)
    return at if at >= 0 else s


_AGE_GROUPS = frozenset("children kids boys girls those anyone people adults men women youths minors patients residents "
                        "pensioners voters workers".split())
# Words that may stand between "aged" and the age: "aged just 14", "aged about 30", "aged at least 18".
_AGE_ADVERBS = frozenset("just only barely about around roughly approximately nearly almost over under between "
                         "some least most at more less than fewer up to".split())


def _aged_before(words: list[str]) -> bool:
    """ "aged" (or "age", "ages") and then one to three adverbs or qualifier words right before the number."""
    i, skipped = len(words) - 1, 0
    while i >= 0 and skipped < 3 and words[i].lower() in _AGE_ADVERBS:
        i, skipped = i - 1, skipped + 1
    return skipped > 0 and i >= 0 and words[i].lower() in ("aged", "age", "ages")


# the last word of the words an age (or magnitude) rule reads before a number
_AGE_LAST = frozenset({"aged", "age", "ages", "of", "under", "over", "youngest", "oldest", "was", "is", "being", "between",
                       "magnitude"}) | _AGE_ADVERBS
_AGE_AFTER = re.compile(r"[\s\u00a0]*(?:[,.;:)!?]|$|(?:years?|and|or|who|were|are|was|is|has|have|had|will|would|"
                        r"should|can|could|may|might|must|do|does|did|[a-z]+ing)\b)")  # "adults over 65 have had"
_CHANGE_VERBS = frozenset(
    "rose risen rise rises rising increased increase increases increasing climbed climb climbs jumped jump jumps "
    "grew grown fell fallen fall falls dropped drop drops declined decline declines soared surged plunged slid "
    "slipped sank gained lost added cut raised lowered revised".split()
)


def change_verb_before(text: str, s: int) -> bool:
    """A verb of change right before the number ("rose 5% to", "fell by $2 to"): no range follows."""
    words = before_words(text, s, 2) or before_words(text, s, 1)
    return bool(words) and (words[-1] in _CHANGE_VERBS or (words[-1] == "by" and len(words) == 2
                                                          and words[0] in _CHANGE_VERBS))


def between_before(text: str, s: int) -> bool:
    return before_words(text, s, 1) == ("between",)


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
                    a.end = DAY_EXT.match(text, e).end()
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
            a.kind = "list" if at_line_start and _LIST_AFTER.match(text, a.end) else "name"
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
            elif _FUSED_NAME.search(before):
                a.kind, a.unit = "name", "name"  # T-72, MH17, Su-24, COVID-19
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
        a.end += 2 if after[0] in "'’" else 1
        if nd == 4 and 1000 <= v <= 2100:
            a.kind, a.unit = "year", "year"  # the 1990s
        elif d.replace(",", "") in ("10", "100", "1000"):
            a.qual, a.value = "vague", v * 2  # "100s of people": hundreds
        else:
            a.kind, a.unit = "age", "year"  # "in their 30s"
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
            if c == ")" and _inline_list_item(text, s, e):
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
            cue = bool(p1) and p1[0] in _YEAR_CUES or before_words(text, s, 2) in _YEAR_CUES2
            if cue or (1900 <= v <= 2099 and (_YEAR_NOUN_AFTER.match(text, a.end) or (
                    c in "-–" and _year_span(text, a.end, v)))):
                a.kind, a.unit = "year", "year"
                return


def number_kind(text: str, a: _Atom, words: list[str], fused: bool, dollar: bool) -> None:
    """Names, ages and units (duration, distance, calibre, money, tons, measurements) of a count.

    `words, fused` are tail(text, a.start) and `dollar` is mentions_dollar(text), which the caller has.
    """
    s = a.start
    if words:
        last = words[-1]
        if fused:
            if last in ("No.", "no.", "Nr.", "nr."):
                a.kind, a.unit = "name", "name"
                return
            if last.lower() == "magnitude-":
                a.kind, a.unit = "measurement", "magnitude"  # "a magnitude-6.8 quake"
                return
        elif last.rstrip(".") in NAME_HEADS or (
                len(words) > 1 and words[-2] in NAME_HEADS and 2 <= len(last) <= 3 and last.isalpha()
                and last.isupper()):  # "Flight UA 857", "Route N 12"
            a.kind, a.unit = "name", "name"
            if last in ("No", "No.") and len(words) > 1 and words[-2].lower() == "world":
                a.kind, a.unit = "ordinal", "ordinal"  # "the world No 2": a ranking
            return
        elif last in ("AD", "A.D."):
            a.kind, a.unit = "year", "year"  # "a coin dated to AD 79"
            return
        elif last in ("of", "from", "the", "with", "in") and _UNIT_NAME_AFTER.match(text, a.end):
            a.kind, a.unit = "name", "name"  # "a soldier of 44 Rashtriya Rifles", "the 3 Commando Brigade"
            return
        elif (low := last.lower()) in _AGE_LAST:  # the usual case, a word none of these rules ends in, is out
            if low in ("aged", "age", "ages", "youngest", "oldest") or (low in _AGE_ADVERBS and _aged_before(words)) or (
                    low == "of" and len(words) > 1 and words[-2].lower() == "age") or (
                    low in ("was", "is", "being") and len(words) > 1 and words[-2].lower() in ("youngest", "oldest")) or (
                    low == "between" and len(words) > 1 and words[-2].lower() in ("aged", "age", "ages")):
                a.kind, a.unit = "age", "year"
                return
            if low == "magnitude":
                a.kind, a.unit = "measurement", "magnitude"  # "a magnitude 5.4 earthquake"
                return
            if low in ("under", "over") and len(words) > 1 and words[-2].lower() in _AGE_GROUPS and (
                    _AGE_AFTER.match(text, a.end)):
                a.kind, a.unit = "age", "year"  # "children under 10"
                return
    if a.unit == "percent":
        return
    # RATE_BEFORE and RATE_AFTER need the dollar or euro named (dollar)
    if dollar and RATE_BEFORE.search(text, max(0, s - 60), s) and RATE_BEFORE_END.match(text, a.end):
        a.unit = "ratio"  # "the dollar fetched about 41 hryvnias": hryvnias per dollar
        return
    if text[a.end : a.end + 1] in PUNCT_AFTER:
        return  # "12, the", "12.": no unit word, rate or name follows (unit_after, RATE_AFTER, quantulum_unit say None)
    if text[a.end + 1 : a.end + 2] in _ERA_FIRST and _ERA_AFTER.match(text, a.end):
        a.kind, a.unit = "year", "year"  # "500 BC", "AD" after the number: a year of an era
        return
    u = unit_after(text, a.end)
    if u is not None:
        kind, unit, _ = u
        if unit == "pound" and (rate_after(text, u[2]) or _MONEY_CUE.search(text, max(0, s - 80), s)):
            kind, unit = "number", "syp" if "Syria" in text else "gbp"  # money, not weight
        if unit == "tons" and (text[a.end : a.end + 1] in _HYPHENS or _OF_AFTER.match(text, u[2])) and (
                not _BLAST_AFTER.match(text, u[2])):
            # "a 40-ton lorry", "1.2 tonnes of cocaine": what a thing or a cargo weighs ("a 40-ton truck bomb",
            # "40 tons of explosives" count)
            a.kind, a.unit = "measurement", unit
            return
        if kind == "number":
            if a.unit == "count" or unit in ("tons", "percent"):
                a.unit = unit
        else:
            a.kind, a.unit = kind, unit
        if a.kind == "number" and a.unit not in ("count", "tons", "percent") and rate_after(text, u[2]):
            a.unit = "ratio"
        return
    if dollar and RATE_AFTER.match(text, a.end):
        a.unit = "ratio"
        return
    if a.unit == "count" and not a.qual == "vague":
        q = quantulum_unit(text, a.end)
        if q is not None:
            a.kind, a.unit = q
            if a.kind == "number" and a.unit not in ("usd", "eur", "gbp", "rub", "syp"):
                a.kind = "measurement"
        elif text[a.end : a.end + 1].isalpha():
            fused = _FUSED_WORD.match(text, a.end)
            if not (fused and fused.group().islower() and len(fused.group()) >= 4):
                a.kind, a.unit = "name", "name"  # 4G, 17A, 9M83; but "30people" is a missing space
