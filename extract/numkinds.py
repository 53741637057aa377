"""Why a number is or is not a count: the language rules around it.

A number found by extract/numbers.py gets its kind here: dates ("May 23",
"23 May 2016"), years ("since 2011"), times ("1800 GMT"), names ("Base 559",
"T-72", "#41"), list numbering ("1." at a line start), ordinals ("1st"), ages,
numbers inside URLs and handles, "one" used as a pronoun (its qualifier is
read in extract/numqualifiers.py). Each rule is a named regex or word set.
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
_MONTH = "(?:" + "|".join(sorted({m for x in _MONTHS for m in (x, x.upper())}, key=len, reverse=True)) + r")\b\.?"
MONTH_WORDS = frozenset(m for x in _MONTHS for m in (x, x.upper(), x + "."))
DAY_EXT = re.compile(rf"(?:st|nd|rd|th)?(?:{_S}*[-–]{_S}*\d{{1,2}}(?:st|nd|rd|th)?\b)?(?:,?{_S}+\d{{4}}\b)?")
DAY_MONTH_AFTER = re.compile(
    rf"(?:st|nd|rd|th)?(?:{_S}*[-–]{_S}*\d{{1,2}}(?:st|nd|rd|th)?)?{_S}+(?:of{_S}+)?{_MONTH}(?:,?{_S}+\d{{4}}\b)?"
)
_YEAR_CUES = frozenset("in since until till during before after from circa early late mid spring summer autumn fall "
                       "winter year throughout through".split())
_YEAR_CUES2 = frozenset({("end", "of"), ("start", "of"), ("beginning", "of"), ("as", "of"), ("back", "to"),
                         ("middle", "of")})
_YEAR_NOUN_AFTER = re.compile(
    rf"{_S}*(?:[.,;:!?)\]\"”’']|$|{_S}*\n|{_S}+(?:and|when|after|before|to|until|as|which|that|the|was|is|were|"
    rf"had|has|he|she|it|they|we|with|for|but|while|election|elections|presidential|budget|war|uprising|revolution|"
    rf"protests?|offensive|campaign|census|agreement|deal|ceasefire|truce|accord|talks|summit|conference|report|"
    rf"invasion|olympics|season|constitution|law|levels?|figures?|estimates?)\b)",
)
NAME_HEADS = frozenset(
    "Base Resolution resolution Article Chapter Division Brigade Regiment Battalion Corps Squadron Flight flight "
    "Route Highway Checkpoint Hill Sector Room Building Number Vol Volume Issue Episode Season Paragraph Item "
    "Station Floor Street Avenue Exit Terminal Runway Page Fig Figure Table Decree Operation Model Mk Type Class "
    "Series Version Ward Prison Platform Channel Protocol Annex Amendment Clause Surah Sura Verse Psalm Camp Gate "
    "Zone Block Phase Unit Post Point Line Lot Plot Level Stage Apartment Act Law Order Geneva Astana Minsk "
    "No Nos Nr no nos nr p pp Bataillon Day day Update UPDATE Train Bus Tram Ferry".split()
)
# A military unit's name after its number: capitalised words ending in a unit word.
_UNIT_NAME_AFTER = re.compile(r"(?:[\s\u00a0]+[A-Z][a-z]+){1,2}?[\s\u00a0]+(?:Rifles|Brigade|Regiment|Battalion|Commando|"
                              r"Squadron|Division|Corps|Infantry|Wing|Fleet|Cavalry|Artillery)\b")
CHANGE_BEFORE = re.compile(
    r"\b(?:rose|risen|rise|rises|rising|increased?|increasing|climbed?|climbing|jumped?|grew|grown|fell|fallen|"
    r"falls?|dropped?|declined?|went|gone|soared?|surged?|plunged?|doubled|tripled|up|down|revised|raised|"
    r"lowered|changed?|moved?)\b[^.;\n]{0,30}\bfrom[\s\u00a0]+\Z",
    re.I,
)
_MASK = re.compile(
    r"(?P<url>(?:https?://|www\.)[^\s<>\"“”]+|\b[\w.+-]+@[\w-]+\.[\w.]+"
    r"|\b[\w-]+(?:\.[\w-]+)*\.(?:com|org|net|gov|edu|int|info|io|co|uk|sy|ru|tr|de|fr|me|ly|tv|news)\b(?:/[^\s<>\"“”]*)?)"
    r"|(?P<handle>(?<![\w@])@\w+|(?<![\w&])#[^\W\d_]\w*)",
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
_GMT_AFTER = re.compile(rf"{_S}*(?:GMT|UTC)\b")
_TOKEN_END = re.compile(r"[^\s\u00a0]*")
_FRACTION_AFTER = re.compile(
    rf"{_S}*[-\u2010\u2011]?{_S}*(?P<d>halves|thirds?|quarters?|fifths?|sixths?|sevenths?|eighths?|ninths?|tenths?)\b", re.I
)
_DENOMINATORS = {"half": 2, "halve": 2, "third": 3, "quarter": 4, "fifth": 5, "sixth": 6, "seventh": 7,
                 "eighth": 8, "ninth": 9, "tenth": 10}
_PRONOUN_PREV = frozenset("no any every each this that which another the such someone little last".split())
_PRONOUN_NEXT = frozenset(
    "of another who whom whose can could would should might must may will shall by after side hand way thing "
    "point one's".split()
)
# Verbs (and "and") that make the next "that" a conjunction: "said that one was killed".
_THAT_CLAUSE_BEFORE = frozenset("said says say claimed claims claim reported reports added confirmed confirms "
                                "announced stated states and showed shows show believed believe feared fear insisted "
                                "admitted denied told tells acknowledged alleged estimated noted".split())
_NEXT_WORD = re.compile(r"([\s\u00a0]*)([\w’']+|[^\w\s])?")
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


_AGE_GROUPS = frozenset("children kids boys girls those anyone people adults men women youths minors patients residents "
                        "pensioners voters workers".split())
# the last word of the words an age (or magnitude) rule reads before a number
_AGE_LAST = frozenset({"aged", "age", "ages", "of", "under", "over", "youngest", "oldest", "was", "is", "being", "between",
                       "magnitude"})
_AGE_AFTER = re.compile(r"[\s\u00a0]*(?:[,.;:)!?]|$|(?:years?|and|or|who|were|are|was|[a-z]+ing)\b)")
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


def masked_token(text: str, p: int) -> tuple[int, int, str] | None:
    """The URL, e-mail address, @handle or #hashtag around position p, as (start, end, kind), or None."""
    lo = max(0, p - 200)
    left = text.rfind(" ", lo, p)
    for sep in ("\n", "\t", "\u00a0"):
        left = max(left, text.rfind(sep, lo, p))
    ts = left + 1 if left >= 0 else lo
    m = _TOKEN_END.match(text, p)
    te = m.end() if m else p
    token = text[ts:te]
    if "/" not in token and "." not in token and "@" not in token and "#" not in token:
        return None  # the usual case: a plain word or number
    u = _MASK.search(token)
    if u is None or not (u.start() <= p - ts < u.end()):
        return None
    return ts + u.start(), ts + u.end(), u.lastgroup or "url"


def word_kind(text: str, a: _Atom) -> None:
    """Number words that are no numbers: "one" as a pronoun, fractions ("two-thirds")."""
    f = _FRACTION_AFTER.match(text, a.end)
    if f and a.scale == 1 and a.value < 100:
        a.kind, a.unit = "fraction", "fraction"  # a share of something is made a percentage by numcontext
        a.value = a.value / _DENOMINATORS.get(f.group("d").lower().rstrip("s"), 1)
        a.end = f.end()
        return
    surface = text[a.start : a.end]
    if surface[:1].isupper() and not surface.isupper() and _in_name(text, a.start):
        a.kind, a.unit = "name", "name"  # "Johnny Six", not a headline's "Kill Six"
        return
    if surface.lower() != "one" or _PROPORTION_AFTER.match(text, a.end):
        return  # "one in five adults" is a number
    prev = before_words(text, a.start, 1)
    if prev and prev[0] in _PRONOUN_PREV and not (prev[0] == "that" and before_words(text, a.start, 2)[:1] and
                                                  before_words(text, a.start, 2)[0] in _THAT_CLAUSE_BEFORE):
        a.kind = "drop"  # "no one", "that one"; but "claimed that one had sunk" counts one
        return
    nx = _NEXT_WORD.match(text, a.end)
    word = (nx.group(2) or "").lower() if nx else ""
    if word.startswith(("'", "’")) or word in _PRONOUN_NEXT:
        a.kind = "drop"
    elif nx and not nx.group(1) and word == "-":
        a.kind = "drop" if unit_after(text, a.end) is None else a.kind  # "one-sided", not "one-year"


_CAP_WORD = re.compile(r"[A-Z][a-z]+")
_PROPORTION_AFTER = re.compile(
    rf"{_S}+(?:in|out{_S}+of){_S}+(?:\d|(?:two|three|four|five|six|seven|eight|nine|ten|twenty|hundred|a{_S}+hundred|"
    rf"thousand|a{_S}+thousand)\b)", re.I)
def _in_name(text: str, s: int) -> bool:
    """A capitalised number word right after a capitalised word, neither starting a sentence nor in a title.

    "forces—Johnny Six" and "and Johnny Six" are names; "Attack Kills Six" (title case) is a count.
    """
    line = text[max(text.rfind("\n", 0, s) + 1, s - 60) : s]
    if not line.endswith((" ", "\u00a0")):
        return False
    words = line.replace("—", " ").replace("–", " ").split()  # dashes part words as spaces do
    if len(words) < 2 or not _CAP_WORD.fullmatch(words[-1]) or words[-1] in MONTH_WORDS:
        return False
    before = words[-2]
    return before[:1].islower() and not before.endswith((".", "!", "?", ":"))


_DAY_MONTH_SECOND = frozenset("-–oJFMASOND")
_BLANKS = frozenset(" \n\t\u00a0")


def _day_month_may_follow(text: str, end: int) -> bool:
    """Whether DAY_MONTH_AFTER can match at `end`: it starts with a day suffix, a dash or white space
    followed by a dash, "of" or a month (or more white space)."""
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
                    a.kind, a.unit = "date", "date"
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
            a.kind, a.unit = "date", "date"
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
        if nd in (3, 4) and int(v) % 100 < 60 and v < 2400 and (
            (nd == 4 and d.startswith("0")) or TIME_ZONE_AFTER.match(text, a.end) and nd == 4
            or _GMT_AFTER.match(text, a.end)
        ):
            a.kind, a.unit = "time", "time"
            return
        if nd == 4 and 1000 <= v <= 2100:
            p1 = before_words(text, s, 1)
            cue = bool(p1) and p1[0] in _YEAR_CUES or before_words(text, s, 2) in _YEAR_CUES2
            if cue or (1900 <= v <= 2099 and _YEAR_NOUN_AFTER.match(text, a.end)):
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
        elif last.rstrip(".") in NAME_HEADS or (
                len(words) > 1 and words[-2] in NAME_HEADS and 2 <= len(last) <= 3 and last.isalpha()
                and last.isupper()):  # "Flight UA 857", "Route N 12"
            a.kind, a.unit = "name", "name"
            return
        elif last in ("of", "from", "the", "with", "in") and _UNIT_NAME_AFTER.match(text, a.end):
            a.kind, a.unit = "name", "name"  # "a soldier of 44 Rashtriya Rifles", "the 3 Commando Brigade"
            return
        elif (low := last.lower()) in _AGE_LAST:  # the usual case, a word none of these rules ends in, is out
            if low in ("aged", "age", "ages", "youngest", "oldest") or (
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
    u = unit_after(text, a.end)
    if u is not None:
        kind, unit, _ = u
        if unit == "pound" and (rate_after(text, u[2]) or _MONEY_CUE.search(text, max(0, s - 80), s)):
            kind, unit = "number", "syp" if "Syria" in text else "gbp"  # money, not weight
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
