"""Which sense of a number the words around it pick (rules learnt from general news 9).

- ages: an age in apposition after "now" or "then" ("The singer, now 78, toured"), after "the youngest now"
  ("the youngest now 79"), and "N or over/older" said of people ("a fifth of residents were 65 or over");
- millions: a fused "m" after a verb of counting is millions when what the clause counts is people or visits
  ("attendance climbed to 2.6m in 2024"), not metres ("the river rose to 4.2m" has no such noun, "visitors
  walked 300m" no such verb);
- a scale abbreviation after a blank, with a currency sign: "€21.4 bn", "$3 m" (no sign: "5 m" is metres);
- tonnes are a weight (kind "measurement") unless the clause speaks of explosives or dropping them
  ("40 tons of explosives", "dropped 22,000 tons on the city" stay unit "tons" of kind "number");
- "for 2026 are", "for 2030 will": after "for", a year the clause goes on about with a verb (a count takes its
  noun: "for 2000 fans");
- "best before 12/2025": a month and a year in digits is a date;
- "a one-bed flat": "one" fused to a counted noun of a home or a game counts ("one-sided" is still no number);
- "a quarter point", "a half-point cut": a fraction of a percentage point (0.25, 0.5), not a share of 25%.
From general news 13:
- an age in apposition after "both" or "each" said of people: "The couple, both 71, won", "the twins, each 9,";
- millions of things: a fused "m" after a verb of counting in a clause counting things sold, registered or
  delivered ("car registrations rose 2.6% to 1.95m in 2024"), beside `millions_by_noun` (its verb test allows a
  change between: "rose 2.6% to"; the two are kept apart, as their words of length differ);
- "a couple of <unit of time>" is 2, approx ("a game takes a couple of hours");
- a number after a model's number and a variant word is a name ("171 Boeing 737 Max 9 jets").
extract/numbers.py, numkinds.py, numdigits.py, numphrases.py and numshapes.py call these from small hooks.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from extract import pressmarks as PM
from extract import numcontext as C
from extract import numnames as N
from extract.numkinds import _AGE_GROUPS, before_words
from extract.numunits import unit_after

if TYPE_CHECKING:
    from extract.numscan import _Atom

_NOW_WORDS = frozenset({"now", "then"})
_JOINERS = frozenset({"and", "or", "to", "&"})
_ELDEST = frozenset({"youngest", "oldest", "eldest"})


def age_after_now(text: str, a: _Atom, words: list[str]) -> bool:
    """An age after "now"/"then": in apposition to a person ("The singer, now 78,", "Ana Lima, then 19,"), in a
    clause of "who" ending after it ("The fraudster, who is now 70, must") or after the youngest or oldest of a
    group ("the youngest now 79"). `words` are tail(text, a.start)."""
    if len(words) < 2 or words[-1].lower() not in _NOW_WORDS or a.scale != 1 or not 1 <= a.value <= 115:
        return False
    if words[-2].lower().rstrip(",") in _ELDEST:
        return True
    if len(words) > 2 and words[-3].lower() == "who" and words[-2].lower() in _BE:
        return "." not in a.digits and _AGE_ENDS.match(text, a.end) is not None
    if not words[-2].endswith(","):
        return False
    at = text.rfind(words[-1], 0, a.start)  # the appositive rule reads its person before "now"
    return at > 0 and C.appositive_age(text, replace(a, start=at))


_OR_OVER = re.compile(r"[\s\u00a0]+or[\s\u00a0]+(?:over|older|above|younger|under|more)\b")
_BE = frozenset("were are was is".split())


# After an age told with "be": the clause ends, or a word of when goes on ("he will be 78 before he can seek parole").
_AGE_ENDS = re.compile(r"[,.;:)!?—]|[\s\u00a0]+(?:before|when|by|next|this|in|on|and|at|if|once|until)\b")
_HE_SHE = frozenset({"he", "she"})
_MODALS = frozenset({"will", "would", "could", "might", "shall", "should", "must"})


def age_of_he_or_she(text: str, a: _Atom, words: list[str]) -> bool:
    """A bare whole number after "he"/"she" and a verb "be" ("he will be 78 before he can seek parole", "she was 12
    when the war began"): a person's age, when the clause ends after it or a word of when goes on. "He was 3 shots
    behind" (a noun after) and "they were 12" (a group's count) stay counts."""
    if a.scale != 1 or "." in a.digits or not 1 <= a.value <= 115 or len(words) < 2:
        return False
    last, prev = words[-1].lower(), words[-2].lower()
    if last == "be":
        if prev not in _MODALS or len(words) < 3:
            return False
        prev = words[-3].lower()
    elif last not in _BE:
        return False
    return prev in _HE_SHE and _AGE_ENDS.match(text, a.end) is not None


# A numbered charge of an indictment: "count 3 of the indictment", or after a verdict "guilty on count 2".
_OF_A_CHARGE = re.compile(r"[\s\u00a0]+of[\s\u00a0]+(?:the[\s\u00a0]+|an[\s\u00a0]+|his[\s\u00a0]+|her[\s\u00a0]+)?"
                          r"(?:indictments?|charge[\s\u00a0]+sheet|charges|information|complaint)\b", re.I)
_VERDICT_ON = re.compile(r"\b(?:guilty|not[\s\u00a0]+guilty|convict(?:ed|s)?|acquitt(?:ed|al)|cleared|charged|"
                         r"sentenced|plead(?:ed)?|pleaded|pled)\b[^.;:!?\n]{0,40}\b(?:on|of|to)[\s\u00a0]+counts?[\s\u00a0]+\Z",
                         re.I)


def count_of_a_charge(text: str, a: _Atom) -> bool:
    """ "count 3 of the indictment", "found guilty on count 2": a whole number after lower-case "count" heading
    a charge of a case (a name, as "Article 302"); "a body count 12 higher" and "12 counts of fraud" stay counts."""
    if a.scale != 1 or not a.digits.isdigit() or len(a.digits) > 3:
        return False
    return _OF_A_CHARGE.match(text, a.end) is not None or _VERDICT_ON.search(text, max(0, a.start - 70),
                                                                               a.start) is not None


def age_or_over(text: str, a: _Atom, words: list[str]) -> bool:
    """ "N or over" (or older, above, under, younger) said of people with a verb "be": an age ("a fifth of
    residents were 65 or over"); "the toll was 65 or more" stays a count (no people noun)."""
    if not words or words[-1].lower() not in _BE or a.scale != 1 or "." in a.digits or not 1 <= a.value <= 115:
        return False
    m = _OR_OVER.match(text, a.end)
    if m is None or m.group().endswith("more"):
        return False
    return any(w.lower().strip(",") in _AGE_GROUPS for w in words[-4:-1])


# What a clause counts in millions with a fused "m": people, visits, sales, audiences.
_COUNTED_BEFORE = re.compile(
    r"\b(?:attendance|attendances|visitors?|visits|viewers|viewing|audiences?|subscribers|users|customers|"
    r"passengers|tourists|fans|listeners|readers|followers|members|sales|downloads|streams|views|tickets|copies|"
    r"population|residents|people|voters|households|admissions|footfall|visitor[\s\u00a0]+numbers)\b"
    r"[^.;:!?\n]*\Z", re.I)
# After the "m" of a count of people, "up"/"down"/"under" tell a length too ("visitors climbed 300m up the hill");
# the words of length that make any fused "m" metres are asked before, in extract/nummetres.py.
_LENGTH_NEXT = re.compile(r"[\s\u00a0]*(?:up|down|under)\b", re.I)
_LENGTH_CLAUSE = re.compile(r"\b(?:high|tall|deep|depth|height|long|length|wide|level|levels|metres|meters|wave|"
                            r"waves|tide|river|water|snow|flood|sea|distance|jump|throw)\b", re.I)


# Verbs that state a count or its change right before it: "climbed to 2.6m", "reached 3m", "drew 1.2m".
_COUNT_VERBS = frozenset(
    "reached hit topped totalled totaled numbered passed exceeded surpassed neared drew attracted welcomed counted "
    "sold rose climbed fell grew jumped dropped increased decreased declined doubled slipped slid soared surged "
    "rising climbing falling growing was were is are stood stands".split())
_TO_BY = frozenset({"to", "by", "from", "at"})


def _count_verb_before(text: str, start: int) -> bool:
    """A verb of counting right before the number, or such a verb and "to"/"by"/"from"/"at" ("rose to")."""
    words = before_words(text, start, 2) or before_words(text, start, 1)
    if not words:
        return False
    if words[-1] in _TO_BY:
        return len(words) == 2 and words[0] in _COUNT_VERBS
    return words[-1] in _COUNT_VERBS


def millions_by_noun(text: str, start: int, m_end: int) -> bool:
    """A fused "m" (ending at `m_end`) after a number at `start` is millions after a verb of counting, when what
    the clause counts before it is people or visits ("visitor numbers climbed to 2.6m in 2024"), with no word of
    length between them ("visitors climbed the tower, 300m high") nor right after ("2.6m, the highest level" still
    counts)."""
    if not _count_verb_before(text, start):
        return False
    lo = max(0, start - 80)
    m = _COUNTED_BEFORE.search(text, lo, start)
    if m is None:
        return False
    return not _LENGTH_CLAUSE.search(text, m.start(), start) and not _LENGTH_NEXT.match(text, m_end)


_SPACED_SCALE = re.compile(r"[ \u00a0](bn|mn|mln|bln|tn|m|k)\b\.?(?![\s\u00a0]*[-\u2010\u2011])", re.I)


def spaced_scale(text: str, end: int) -> re.Match | None:
    """A scale abbreviation after one blank, for an amount with a currency sign: "€21.4 bn", "$3 m"; group 1
    is the abbreviation."""
    return _SPACED_SCALE.match(text, end)


_BLAST_BEFORE = re.compile(
    r"\b(?:bombs?|bombing|bombed|bombers?|explosives?|explosions?|blasts?|tnt|munitions?|ordnance|warheads?|"
    r"payloads?|dropped|drops?|dropping|airstrikes?|strikes?|shelling|shells)\b[^.;!?\n]*\Z", re.I)


def blast_before(text: str, start: int) -> bool:
    """An explosive or a verb of dropping bombs earlier in the clause of a tonnage: "dropped 22,000 tons on the
    city", "the blast, of 40 tons": the weight of explosives, which the guidelines count (unit "tons")."""
    return bool(_BLAST_BEFORE.search(text, max(0, start - 80), start))


_YEAR_VERB_AFTER = re.compile(r"[\s\u00a0]+(?:are|is|was|were|will|would|could|should|include|includes|included|"
                              r"remain|remains|look|looks|looked|set|show|shows|call|calls|has|have|had)\b")


def year_after_for(text: str, end: int) -> bool:
    """After "for", a four-digit year that a verb follows: "the priorities for 2026 are", "plans for 2030 include"
    ("tickets for 2000 fans" takes a noun: a count)."""
    return bool(_YEAR_VERB_AFTER.match(text, end))


def month_year(num: int, den: int, den_digits: int) -> bool:
    """ "12/2025", "03/2027": a month and a four-digit year written with a slash."""
    return 1 <= num <= 12 and den_digits == 4 and 1900 <= den <= 2100


_COUNTED_COMPOUND = re.compile(r"[-\u2010\u2011](?:bed|beds|bedroom|bedroomed|bedded|room|roomed|bathroom|goal|"
                               r"run|wicket|seat|vote)\b", re.I)


def counted_compound(text: str, end: int) -> bool:
    """ "one-bed", "one-bedroom", "a one-goal lead": "one" fused to a noun it counts, as "three-bedroom" is."""
    return bool(_COUNTED_COMPOUND.match(text, end))


_POINT_AFTER = re.compile(r"(?:[\s\u00a0]+|[-\u2010\u2011])(?:percentage[\s\u00a0]+)?point\b", re.I)


def share_of_point(text: str, end: int, percent: float) -> float:
    """A share word ("a quarter", "half") before "point": that fraction of one percentage point ("cut by a
    quarter point" 0.25); else the share itself (`percent`)."""
    return percent / 100 if _POINT_AFTER.match(text, end) else percent


def count_sense(text: str, a: _Atom, words: list[str], fused: bool) -> None:
    """The rules of this module and extract/numnames.py for a number still read as a count (kind "number", unit
    "count"), each asked only when the last word before it can start it (most counts pass none)."""
    if not words or fused:
        return
    last = words[-1]
    c = last[:1]
    if c.isupper():
        if N.product_name(text, a, words, fused) or (N.plural_head(last) and N.listed_name(text, a, words, fused)) or (
                version_after_model(a, words)) or PM.model_number(a):  # "Boeing 737 Max 9" (below); "Seal 06"
            a.kind, a.unit = "name", "name"  # "the Falcon 9 rocket", "Python 3.8", "Articles 5 and 6"
    elif last in _NOW_WORDS:
        if age_after_now(text, a, words):
            a.kind, a.unit = "age", "year"  # "The singer, now 78,", "the youngest now 79"
    elif last in ("count", "counts"):
        if count_of_a_charge(text, a):
            a.kind, a.unit = "name", "name"  # "convict him on count 3 of the indictment"
    elif last in ("both", "each"):
        if age_after_both(text, a, words):
            a.kind, a.unit = "age", "year"  # "The couple, both 71," (below)
    elif last in _BE or last == "be":
        if age_or_over(text, a, words) or age_of_he_or_she(text, a, words):
            a.kind, a.unit = "age", "year"  # "residents were 65 or over", "he will be 78 before"
    elif last in _BED_WORDS and dart_bed(text, a):
        a.kind, a.unit = "name", "name"  # "checked out with treble 20, double 16": beds of the dartboard
    elif last in ("to", "at") and text.startswith((" a ", " per ", " each "), a.end) and (
            unit := time_of_clause(text, a)):
        a.kind, a.unit = "duration", unit  # "cut opening hours ... to 20 a week", "shifts capped at 12 a day"
    elif (N.plural_head(last) if last[-1] == "s" else (last[-1] == "," and c.isdigit()) or (
            last in _JOINERS and len(words) > 1 and words[-2][:1].isdigit())) and N.listed_name(text, a, words, fused):
        a.kind, a.unit = "name", "name"  # "between junctions 16 and 19"


# Ages after "both" or "each" said of people: "The couple, both 71, won", "the twins, each 9,".
_BOTH_WORDS = frozenset({"both", "each"})
# Nouns of two or more people that "both"/"each" and an age may follow in apposition.
_GROUP_NOUNS = frozenset("couple pair twins brothers sisters siblings parents partners friends spouses duo men "
                         "women boys girls sons daughters".split())


def age_after_both(text: str, a: _Atom, words: list[str]) -> bool:
    """An age after "both" or "each" in apposition to people: "The couple, both 71,", "the twins, each 9,"
    ("The two bills, both 2024," is no age: a year is out of an age's range). `words` are tail(text, a.start)."""
    if len(words) < 2 or words[-1].lower() not in _BOTH_WORDS or not words[-2].endswith(","):
        return False
    if a.scale != 1 or not a.digits.isdigit() or not 1 <= a.value <= 115:
        return False
    if text[a.end : a.end + 1] not in ",.;)":
        return False
    head = words[-2][:-1].strip("’'\"”)").lower()
    if head in _GROUP_NOUNS:
        return True
    at = text.rfind(words[-1], 0, a.start)  # a person before "both": the appositive rule reads it
    return at > 0 and C.appositive_age(text, replace(a, start=at))


# What a clause counts in millions with a fused "m", besides people and visits: things sold, made or registered.
_THINGS_BEFORE = re.compile(
    r"\b(?:registrations|deliveries|shipments|orders|bookings|sign-?ups|applications|enrolments|enrollments|"
    r"claims|cases|births|jobs|homes|houses|cars|vehicles|units|devices|phones|parcels|journeys|trips|flights|"
    r"memberships|accounts|policies|loans|mortgages|pupils|students|patients|workers|employees)\b"
    r"(?:[^.;:!?\n]|\.(?=\d))*\Z", re.I)
# Words of length in the clause or after the "m" that keep it metres ("the cars climbed 300m up the hill").
_LENGTH_WORDS = re.compile(r"\b(?:high|tall|deep|depth|height|long|length|wide|level|metres|meters|distance|hill|"
                           r"road|track|drove|driven|travelled|traveled)\b", re.I)
_LENGTH_AFTER = re.compile(r"[\s\u00a0]*(?:up|down|under|along|across|of\s+road|of\s+track)\b", re.I)
_COUNT_VERB = re.compile(
    r"\b(?:reached|hit|topped|totalled|totaled|numbered|passed|exceeded|rose|climbed|fell|grew|jumped|dropped|"
    r"increased|decreased|declined|slipped|slid|soared|surged|stood)\b(?:(?:[^.;:!?\n]|\.(?=\d)){0,16}?\b(?:to|at))?"
    r"[\s\u00a0]+\Z", re.I)


def millions_of_things(text: str, start: int) -> bool:
    """A fused "m" after the number at `start` is millions when a verb of counting stands right before it (a
    change between allowed: "rose 2.6% to") and the clause counts things sold, made or registered before it."""
    lo = max(0, start - 80)
    if not _COUNT_VERB.search(text, lo, start):
        return False
    m = _THINGS_BEFORE.search(text, lo, start)
    if m is None or _LENGTH_WORDS.search(text, m.start(), start):
        return False
    m_end = start + len(text[start:].split("m", 1)[0]) + 1  # past the fused "m"
    return not _LENGTH_AFTER.match(text, m_end)


_BLANK = r"[\s\u00a0]"  # one blank: a space or a no-break space
# "a couple of <unit of time>" is 2, approx: "a game takes a couple of hours" ("the couple" is no number).
_COUPLE_OF = re.compile(r"(?<![\w'’])[Aa]" + _BLANK + r"+couple" + _BLANK + r"+of" + _BLANK + r"+")


def couples_of_time(text: str) -> list[_Atom]:
    """Atoms for "a couple of <unit of time>" (2, approx, kind duration, surface "a couple"): "a game takes a
    couple of hours". "a couple of friends" and "The couple, both 71," are left alone."""
    from extract.numscan import _Atom  # (numscan is imported by the number layer first)

    out = []
    at = text.find("couple")
    while at >= 0:
        m = _COUPLE_OF.match(text, max(0, at - 2)) or _COUPLE_OF.match(text, max(0, at - 3))
        got = unit_after(text, m.end() - 1) if m else None
        if m is not None and got and got[0] == "duration":
            out.append(_Atom(m.start(), at + 6, 2.0, kind="duration", unit=got[1], qual="approx", word=True))
        at = text.find("couple", at + 6)
    return out


# Words of a model's variant that a version number may follow: "Boeing 737 Max 9", "Spitfire Mk 9".
_VARIANT_WORDS = frozenset("Max Pro Plus Ultra Mk Mark Mini Neo Lite Gen".split())


def version_after_model(a: _Atom, words: list[str]) -> bool:
    """A number after a model's number and a variant word is a name: "171 Boeing 737 Max 9 jets" (the 9 names
    the version, as 737 names the model). `words` are tail(text, a.start)."""
    return (len(words) >= 2 and words[-1] in _VARIANT_WORDS and any(ch.isdigit() for ch in words[-2])
            and a.scale == 1 and "." not in a.digits)


# Hours (or minutes) named as what a clause sets, then "to"/"at" and a bare number per period: "cut opening hours at
# the rest to 20 a week", "working hours are capped at 48 a week", "screen time limited to 90 minutes" is written
# with its unit; the unit left out after the number is the clause's ("to 20 a week": 20 hours). No number between.
# (not "for hours" or "hours of", a span or a measure of something else, nor across a comma: "went on for hours,
# raising the toll to 20 a day" counts the dead)
_TIME_OF_CLAUSE = re.compile(r"(?<!\bfor[\s\u00a0])\b(hours|minutes)\b(?![\s\u00a0]+of\b)[^.,;:!?\d]{0,48}\b(?:to|at)"
                             r"[\s\u00a0]+\Z", re.I)
_PER_PERIOD = re.compile(r"[\s\u00a0]+(?:a|per|each)[\s\u00a0]+(?:day|night|week|fortnight|month|shift)\b", re.I)


def time_of_clause(text: str, a: _Atom) -> str | None:
    """"hour" or "minute" for a bare number after "to"/"at" and before "a week"/"per day" in a clause that sets
    hours or minutes ("cut opening hours at the rest to 20 a week"), else None."""
    if not _PER_PERIOD.match(text, a.end):
        return None
    m = _TIME_OF_CLAUSE.search(text, max(0, a.start - 72), a.start)
    return m.group(1).lower()[:-1] if m else None


# The beds of a dartboard: "treble 20", "double 16" (1 to 20), said as a throw: a punctuation mark or a joining word
# after it, where "profits will treble 3 years on", "double 10 times" go on to what is counted.
_BED_WORDS = frozenset({"treble", "double", "Treble", "Double"})
_BED_AFTER = re.compile(r"[\s\u00a0]*(?:[,;.)!]|$)|[\s\u00a0]+(?:and|then|to|for|with|before|after|bull)\b")


def dart_bed(text: str, a: _Atom) -> bool:
    """Whether the whole number 1-20 at `a`, after "treble"/"double", names a bed of the dartboard."""
    return a.scale == 1 and a.digits.isdigit() and 1 <= a.value <= 20 and bool(_BED_AFTER.match(text, a.end))
