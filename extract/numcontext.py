"""Context rules of the number layer added for general news: scores, shares, ages in apposition.

Clock times as hours of the day; a bare number compared with a rate keeps its unit;
"a 3-1 win" is one score; "half of the seats", "up by a fifth", "two-thirds of"
are percentages (a share of something), while "half a million" and "a quarter of
an hour" are not; "The minister, 58, has served" gives an age (extract/numpersonage.py); "7-5 6-7 6-3" is
a run of set scores; "minus 15" is negative; "from 40 minutes to 10" carries the
unit over, and "from 21 to 28 minutes" carries it back; "hundreds of miles" takes the unit after "of". Each rule
is a named regex or word set; extract/numbers.py calls them.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from extract.numkinds import _AGE_GROUPS as AGE_GROUPS
from extract.numkinds import _DENOMINATORS, before_words
from extract.numchange import share_of_change
from extract.numpersonage import AGE_COMMA_FIRST, PERSON_NOUNS, appositive_age  # noqa: F401  (callers read C.*)
from extract.numsharecompare import share_compared
from extract.numsport import card_run, level_score, told_score
from extract.numunits import rate_after, unit_after
from extract.numvotes import body_vote_after, unanimous_before
from extract.rx import ascii_lower

if TYPE_CHECKING:
    from extract.numscan import _Atom

_S = r"[\s\u00a0]"


# Scores of games and votes: "a 3-1 win", "won 2-0", "beat the hosts 3-1", "the court ruled 5-4".
_SCORE_NOUN_AFTER = re.compile(
    # a word that says how or where it was won may come first: "a 27-24 overtime win", "a 4-3 penalty shootout win",
    # "a 10-2 majority verdict"
    r"[\s\u00a0]+(?:(?:home|away|road|majority|overtime|extra-time|penalty|shootout|narrow|comfortable|dramatic|famous|shock|"
    r"surprise|stunning|convincing|emphatic|hard-fought|last-gasp|series|test|cup|league|playoff|play-off)[\s\u00a0]+"
    r"){0,2}(?:win|victory|defeat|loss|draw|lead|scoreline|triumph|thrashing|"
    r"drubbing|rout|result|aggregate|vote|verdict|decision|ruling|split|margin|half-time|halftime|full-time)\b",
    re.I,
)
_SCORE_VERB_BEFORE = re.compile(
    # the passive and its kin too: "were beaten 2-0", "was outplayed 4-0" (else "2-0" reads as two counts)
    r"\b(?:won|wins?|winning|beat|beats|beating|beaten|lost|loses|losing|drew|draw|draws|drawing|lose|defeated|defeats|"
    r"defeating|overcome|overcame|outplayed|outclassed|outscored|"
    r"trailed|trailing|trails|led|leads|leading|edged|edges|thrashed|routed|hammered|crushed|downed|trounced|"
    r"thumped|tied|ended|finished|voted|ruled|scored?|scoreline|passed|approved|rejected|confirmed|carried|backed)\b"
    r"(?:[\s\u00a0]+[\w'’.]+){0,3}?[\s\u00a0]+\Z",
    re.I,
)


# A set score after another after a verb of winning: "won 6-3 6-4 7-5", "lost 4-6, 7-6(5), 3-6".
_SET_SCORES_BEFORE = re.compile(
    r"\b(?:won|wins?|winning|beat|beats|beating|beaten|lost|loses|losing|defeated|defeats|defeating|edged|edges|"
    r"thrashed|routed|downed|trounced|saved|prevailed)\b(?:[\s\u00a0]+[\w'’.]+){0,3}?"
    r"(?:[\s\u00a0]+\d{1,2}[-\u2013]\d{1,2}(?:\(\d{1,2}\))?,?){1,4}[\s\u00a0]+\Z",
    re.I,
)


# A tennis set is won at six or seven games, and a match's sets are written in a row ("7-5 6-7 6-3",
# "6-4, 3-6, 7-6(4)"): a dashed pair next to another such pair is a set score, whatever verb comes before.
# A tiebreak may follow a set in brackets, its points alone or both sides: "7-6(5)", "7-6 (7-4)".
_TIEBREAK = r"(?:[\s\u00a0]?\(\d{1,2}(?:[-\u2013]\d{1,2})?\))"
_SET = rf"(?:[0-7][-\u2013][67]|[67][-\u2013][0-7]){_TIEBREAK}?"
_SET_AFTER = re.compile(rf"{_TIEBREAK}?,?[\s\u00a0]+{_SET}(?![\w-])")
_SET_BEFORE = re.compile(rf"(?<![\w-]){_SET},?[\s\u00a0]+\Z")
# The tiebreak's own score, in brackets right after a set: "7-6 (7-4)" (its points may pass seven: "(12-10)").
_TIEBREAK_BEFORE = re.compile(r"(?<![\w-])(?:[0-7][-\u2013][67]|[67][-\u2013][0-7])[\s\u00a0]?\(\Z")


def is_score(text: str, a: _Atom, b: _Atom) -> bool:
    """Two small whole numbers joined by a dash that are one score, not a range or two counts.

    A game or vote noun after ("a 3-1 win", "a 1-2 defeat") decides; a verb of winning, losing or
    voting before decides when the first number is not the smaller (a range runs low to high).
    """
    if a.kind != "number" or b.kind != "number" or a.word or b.word or a.scale != 1 or b.scale != 1:
        return False
    if not (a.digits.isdigit() and b.digits.isdigit() and len(a.digits) <= 3 and len(b.digits) <= 3):
        return False
    if b.end < len(text) and text[b.end].isalpha():
        return False
    if _SCORE_NOUN_AFTER.match(text, b.end) or body_vote_after(text, b.end):  # (extract/numvotes.py)
        return True
    if told_score(text, b.end, a.value, b.value):
        return True  # "3-2 on aggregate", "from 2-0 down" (extract/numsport.py)
    if a.value <= 7 and b.value <= 7 and (_SET_AFTER.match(text, b.end) or _SET_BEFORE.search(
            text, max(0, a.start - 12), a.start)):
        return True  # one of a run of set scores: "beat the world No 2 7-5 6-7 6-3"
    if text[b.end : b.end + 1] == ")" and _TIEBREAK_BEFORE.search(text, max(0, a.start - 6), a.start):
        return True  # a tiebreak: "7-6 (7-4)"
    if b.value == 0 and "nanimous" in text[max(0, a.start - 24) : a.start] and unanimous_before(
            text, a.start, a.value, b.value):
        return True  # "the judgment was unanimous, 5-0" (extract/numvotes.py)
    lo = max(0, a.start - 60)
    return (a.value >= b.value and bool(_SCORE_VERB_BEFORE.search(text, lo, a.start))) or bool(
        _SET_SCORES_BEFORE.search(text, lo, a.start)) or level_score(text, a.start, a.value, b.value) or card_run(
        text, a.start, b.end, a.value, b.value)  # "116-112, 117-111 and 115-113": judges' cards (numsport.py)


# A fraction that is a share of something is a percentage ("two-thirds of the seats" 66.7%, "up by
# a fifth" 20%, "more than half" 50%); a fraction of an amount or a time ("half a million", "a
# quarter of an hour", "the first half of 2023") is not.
_SHARE_AFTER = re.compile(
    rf"{_S}+(?:of{_S}+(?!(?:an?{_S}+)?(?:hundreds?|thousands?|millions?|billions?|trillions?|dozens?|seconds?|"
    rf"minutes?|hours?|days?|weeks?|months?|years?|decades?|century|centuries|miles?|kilomet(?:er|re)s?|"
    rf"met(?:er|re)s?|inch|inches|foot|feet|mile|pounds?|kilos?|kilograms?|litres?|liters?|gallons?|cups?|"
    rf"\d{{4}}\b))|(?:the|his|her|its|their|our|your|all|those|these|them|that|this|every)\b"
    rf"|(?:last|this|next){_S}+(?:year|month|week|season|decade)['’]s\b"  # "about half last year's record"
    rf"|what\b)"  # "half what it cost in 2022": a share of the amount the clause names
    # the subject of a plural verb: a share of a group ("nearly 2/3 have never voted", "two-thirds say"); not the
    # singular verbs of an ordinal pronoun ("two died and a third was hurt")
    rf"|{_S}+(?:(?:never|still|now|also|already|only|often|rarely){_S}+)?(?:have|are|were|say|think|believe|want|"
    rf"support|oppose|agree|expect|plan|intend|live|work|own|use|report)\b"
    rf"|{_S}*[-\u2010\u2011]?{_S}*(?:majority|share|stake)\b"
    # a share of a change: "a third less power", "half more seats"
    rf"|{_S}+(?:less|more|fewer|lower|higher|smaller|larger|bigger|greater|cheaper|faster|slower|longer|shorter)\b",
    re.I,
)
_SHARE_BEFORE = frozenset({("by",), ("than",)})
_HEDGES_AFTER_BY = frozenset("about around roughly nearly almost some over under just only".split())
_OF_ONE_AFTER = re.compile(rf"{_S}+an?{_S}")
_PART_BEFORE = frozenset("first second third fourth last latter former other back front top bottom northern "
                         "southern eastern western upper lower early late opening closing final the".split())
DENOMINATOR_WORDS = frozenset("half quarter third fifth sixth seventh eighth ninth tenth".split())
_SHARE_WORD = re.compile(
    rf"(?:(?P<a>an?){_S}+)?(?P<d>half|quarter|third|fifth|sixth|seventh|eighth|ninth|tenth)\b(?![-\u2010\u2011])",
    re.I,
)


def is_share(text: str, start: int, end: int) -> bool:
    """The fraction written at text[start:end] is a share of something, by the words around it."""
    prev = before_words(text, start, 1)
    if prev and prev[0] in _PART_BEFORE:
        return False
    if prev and prev[0] in _HEDGES_AFTER_BY and before_words(text, start, 2)[:1] == ("by",):
        return True  # "cuts your risk by about a third": the share of a change, hedged
    return bool(_SHARE_AFTER.match(text, end)) or prev in _SHARE_BEFORE or share_of_change(text, start, end) or (
        share_compared(text, start, end))  # "a fifth below 2019 levels" (extract/numsharecompare.py)


def share_word(text: str, start: int) -> tuple[int, float] | None:
    """ "a fifth", "a third", "half", "a quarter" at `start` as a share: (end, percent), else None.

    A bare denominator needs "a" ("a fifth of"), except "half" ("half the seats", "by half").
    """
    m = _SHARE_WORD.match(text, start)
    if m is None or not (m.group("a") or m.group("d").lower() == "half"):
        return None
    if _OF_ONE_AFTER.match(text, m.end()):
        return None  # "by half a percentage point", "half an hour": a fraction of one unit, no share
    if not is_share(text, start, m.end()):
        return None
    return m.end(), 100.0 / _DENOMINATORS[ascii_lower(m.group("d"))]


# A bare number compared with a rate or percentage just before it keeps that unit.
_COMPARED_GAP = re.compile(
    r"[\s\u00a0]*,?[\s\u00a0]*(?:(?:up|down)[\s\u00a0]+)?(?:against|compared[\s\u00a0]+(?:with|to)|versus|vs\.?|"
    r"from|than)[\s\u00a0]+(?:(?:about|around|some|roughly|nearly|almost|just|only)[\s\u00a0]+)?",
    re.I,
)
_BARE_AFTER = re.compile(
    r"[\s\u00a0]*(?:[.,;:)]|$)|[\s\u00a0]+(?:before|after|in|at|a|an|last|earlier|previously|then|on|during|when|"
    r"since|until|ago|the|this|that|per|prior)\b",
    re.I,
)


def _rate_end(text: str, end: int) -> int:
    """The end of the unit words after a rate or percentage ("pounds to the dollar", "per cent")."""
    u = unit_after(text, end)
    end = u[2] if u else end
    r = rate_after(text, end)
    return r.end() if r else end


def compared(text: str, a_end: int, b_start: int, b_end: int) -> bool:
    """A bare number compared with the rate or percentage before it: "… to the dollar, against 47 before"."""
    return bool(_COMPARED_GAP.fullmatch(text, _rate_end(text, a_end), b_start) and _BARE_AFTER.match(text, b_end))


def minus_before(text: str, start: int) -> bool:
    """The word "minus" and one blank right before the number at `start` ("fell to minus 15 degrees"): a sign.

    Not after a number, where it subtracts ("40 minus 5"), nor in "plus or minus 3" (a margin either way).
    """
    if text[start - 6 : start - 1].lower() != "minus" or (start > 6 and text[start - 7].isalnum()):
        return False
    if text[max(0, start - 14) : start - 6].lower() == "plus or ":
        return False  # "a margin of error of plus or minus 3.1 points": a margin, not a sign
    return not text[max(0, start - 16) : start - 6].rstrip()[-1:].isdigit()


_TO_GAP = re.compile(r"[\s\u00a0]+to[\s\u00a0]+")


def unit_carried(text: str, a_start: int, a_end: int, b_start: int, b_end: int) -> bool:
    """A bare number after "from A <unit> to" takes A's unit: "from 40 minutes to 10." (the unit left out).

    Not when a noun follows it ("from 40 km to 10 villages"): then it counts that noun.
    """
    if before_words(text, a_start, 1) != ("from",):
        return False
    u = unit_after(text, a_end)
    return u is not None and bool(_TO_GAP.fullmatch(text, u[2], b_start)) and bool(_BARE_AFTER.match(text, b_end))


# After a measure's unit, the time it was measured in, then a word of comparison: "1,500 tonnes this year against".
_MEASURE_COMPARED_GAP = re.compile(
    r"(?:[\s\u00a0]+(?:(?:this|last|next|that)[\s\u00a0]+(?:year|season|month|week|time)|in[\s\u00a0]+\d{4}|"
    r"a[\s\u00a0]+year[\s\u00a0]+(?:ago|earlier|before)))?" + _COMPARED_GAP.pattern, re.I)


def measure_compared(text: str, a_end: int, b_start: int, b_end: int) -> bool:
    """A bare number compared with the measure before it takes its unit: "fewer than 1,500 tonnes this year
    against 4,000 in a good one" (tonnes again). Not when a noun follows it ("against 4,000 farms"); find_quantities
    does not ask it after a duration ("in the first nine months, up from 469" counts flats)."""
    u = unit_after(text, a_end)
    return u is not None and bool(_MEASURE_COMPARED_GAP.fullmatch(text, u[2], b_start)) and bool(
        _BARE_AFTER.match(text, b_end))


# A temperature left bare: "feels like 40", or a second, negative reading after a temperature in the same
# sentence ("fell to -8.5C, and the wind chill made it feel like minus 20").
_FEELS_LIKE = frozenset({("feels", "like"), ("feel", "like"), ("felt", "like"), ("feeling", "like")})
_SENTENCE_END = re.compile(r"[.!?;](?:[\s\u00a0]|$)")


def feels_like(text: str, start: int, end: int) -> bool:
    """ "feels like 40", "felt like minus 20" with no unit or noun after: a felt temperature (the wind chill); a
    conjunction may start the next clause after a reading ("feel like minus 18 and 6,500 homes were cut off"), but
    not a fraction ("felt like 5 and a half hours")."""
    return before_words(text, start, 2) in _FEELS_LIKE and bool(_BARE_AFTER.match(text, end) or (
        _CLAUSE_AFTER.match(text, end) and _READING.fullmatch(text, start, end)))


# A conjunction that starts a new clause after a bare reading, not "and a half"; the reading is one a thermometer
# shows (two digits at most: "felt like 200 and more kept coming" counts people).
_READING = re.compile(r"(?:minus[\s\u00a0]+|[-−])?\d{1,2}(?:\.\d)?", re.I)
_CLAUSE_AFTER = re.compile(r"[\s\u00a0]+(?:and|but|while|whereas|as|with)\b(?![\s\u00a0]+(?:a[\s\u00a0]+)?half\b)",
                           re.I)


# A word of the weather's temperature earlier in the clause: "Temperatures fell to minus 11", "the mercury sank to
# minus 30", a forecast's "lows of minus 6" (a negative count does not exist, so a bare negative reading after one of
# these is degrees).
_TEMPERATURE_BEFORE = re.compile(r"\b(?:temperatures?|thermometers?|mercury|wind[\s\u00a0-]chill|frost|lows|highs)\b"
                                 r"[^.;!?\n]*\Z",
                                 re.I)


def temperature_named_before(text: str, start: int, end: int) -> bool:
    """A temperature word in the clause before the negative bare number at `start` (see _TEMPERATURE_BEFORE),
    nothing but the clause's end or a place or time after it (not a range: "lows of -3 to 1 °C")."""
    return bool(_BARE_AFTER.match(text, end) or _WHERE_AFTER.match(text, end) or _FORECAST_AFTER.match(
        text, end)) and _TEMPERATURE_BEFORE.search(text, max(0, start - 80), start) is not None


def temperature_carried(text: str, a_end: int, b_start: int, b_end: int) -> bool:
    """A bare negative number after a temperature in the same sentence is a temperature too (counts are not
    negative): "lows of -3C in the city and minus 12 in the glens"."""
    return not _SENTENCE_END.search(text, a_end, b_start) and bool(
        _BARE_AFTER.match(text, b_end) or _WHERE_AFTER.match(text, b_end))


# A verb of the forecast right after the reading: "overnight lows of minus 9 are forecast", "minus 4 is likely".
_FORECAST_AFTER = re.compile(r"[\s\u00a0]+(?:are|is|were|was|will|could|may|might|should)[\s\u00a0]+(?:be[\s\u00a0]+)?"
                             r"(?:forecast|expected|likely|possible|predicted|recorded|reported)\b", re.I)


# Where or when a reading was taken, after a bare temperature: "minus 18 inland", "minus 5 overnight".
_WHERE_AFTER = re.compile(r"[\s\u00a0]+(?:inland|overnight|tonight|locally|elsewhere|there|further|across|near|by)\b",
                          re.I)


# People, a verb "be" and a mark of age: "three of the suspects were under 18,", "the victims were over 70."
_BE = frozenset("was were are is being been be".split())


def group_age_mark(text: str, a: _Atom, words: list[str]) -> bool:
    """ "under/over N" after people and a verb "be", or right after one person ("the first finance minister under
    40."), closing the clause: an age, not a bound count."""
    if len(words) < 2 or words[-1].lower() not in ("under", "over"):
        return False
    if words[-2].lower().strip("’'\"”,") in PERSON_NOUNS:  # one person has one age ("a mayor over 70")
        return bool(_AGE_CLAUSE_END.match(text, a.end))
    if len(words) < 3 or words[-2].lower() not in _BE:
        return False
    who = words[-3].lower().strip("’'\"”,")
    if not (who in PERSON_NOUNS or who in AGE_GROUPS or (who.endswith("s") and who[:-1] in PERSON_NOUNS)):
        return False
    return bool(_AGE_CLAUSE_END.match(text, a.end))


_AGE_CLAUSE_END = re.compile(r"[\s\u00a0]*(?:[,.;:)!?—]|$|(?:and|or|when|while|at|in|on)\b)")


def group_age_mark_end(text: str, end: int) -> bool:
    """Whether the clause closes right after a number that ends at `end` (as group_age_mark asks)."""
    return bool(_AGE_CLAUSE_END.match(text, end))


_BLANK = r"[\s\u00a0]"  # one blank: a space or a no-break space
# "from A to B <unit>": the unit after B is A's too ("the delay rose from 21 to 28 minutes"), as a unit after
# A carries to B ("from 40 minutes to 10", `unit_carried`).
_FROM_BEFORE = re.compile(r"\bfrom" + _BLANK + r"+(?:about|around|some|roughly|nearly|almost|just|over|under|" +
                          r"more" + _BLANK + r"+than|less" + _BLANK + r"+than)?" + _BLANK + r"*\Z", re.I)
_TO_BETWEEN = re.compile(_BLANK + r"+to" + _BLANK + r"+(?:about|around|some|roughly|nearly|almost|just|over|under)?" +
                         _BLANK + r"*\Z", re.I)
_CARRIED_BACK = frozenset({"duration", "distance", "measurement"})


def unit_from_to(text: str, atoms: list[_Atom]) -> list[_Atom]:
    """A bare count A in "from A to B <unit>" takes B's unit and kind: "rose from 21 to 28 minutes". `atoms`
    are in text order; a range ("21 to 28 minutes" with no "from") is one atom already."""
    for a, b in zip(atoms, atoms[1:]):
        if (a.kind == "number" and a.unit == "count" and not a.qual and a.scale == 1 and b.kind in _CARRIED_BACK
                and _TO_BETWEEN.fullmatch(text, a.end, b.start)
                and _FROM_BEFORE.search(text, max(0, a.start - 24), a.start)):
            a.kind, a.unit = b.kind, b.unit
    return atoms


# A vague count before "of <unit>" takes the unit: "hundreds of miles" is a distance, "dozens of metres" too.
_OF_UNIT = re.compile(_BLANK + r"+of(?=" + _BLANK + r")")


def vague_of_unit(text: str, a: _Atom) -> None:
    """A vague count before "of <unit>" takes the unit: "hundreds of miles" (distance, mile), "dozens of metres".
    Units of money are left alone ("millions of dollars" is read as money where the scan reads it)."""
    m = _OF_UNIT.match(text, a.end)
    if m is None:
        return
    got = unit_after(text, m.end())
    if got and got[0] in _CARRIED_BACK:
        a.kind, a.unit = got[0], got[1]
