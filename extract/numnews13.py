"""Senses of numbers learnt from general news 13: small rules the number layer calls from one-line hooks.

- an age in apposition after "both" or "each" said of people: "The couple, both 71, won", "the twins, each 9,";
- a qualifier after a number's unit: "150kW or more" at least, "10km or less" at most (a bare "40 or more" is
  read by extract/numqualifiers.py);
- pence in a comma-grouped amount: "2,145p" is £21.45 (a share price; a screen's "1080p" is never grouped);
- a fused "m" after a verb of counting is millions when the clause counts things sold, registered or
  delivered ("car registrations rose 2.6% to 1.95m in 2024"), as it is for people and visits
  (extract/numsenses.py `millions_by_noun`);
- "from A to B <unit>": the unit after B is A's too ("the delay rose from 21 to 28 minutes"), as a unit after A
  carries to B ("from 40 minutes to 10", extract/numcontext.py);
- a vague count before "of <unit>" takes the unit: "hundreds of miles" is a distance, "dozens of metres" too;
- "a couple of <unit of time>" is 2, approx: "a game takes a couple of hours" ("the couple" is no number).
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from extract import numcontext as C
from extract.numqualifiers import qualifier_after
from extract.numunits import unit_after

if TYPE_CHECKING:
    from extract.numscan import _Atom

_B = r"[\s\u00a0]"

# ----------------------------------------------------------------------------------------- ages after "both"

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


# ----------------------------------------------------------------------------------------- a qualifier after a unit

_MEASURE_KINDS = frozenset({"measurement", "distance", "duration"})


def qualifier_after_unit(text: str, a: _Atom) -> str | None:
    """The qualifier after a measure's unit word: "150kW or more" at_least, "runs of 10km or less" at_most."""
    if a.kind not in _MEASURE_KINDS or text.find("or", a.end, a.end + 24) < 0:
        return None  # (the usual case: no "or" just after the number)
    got = unit_after(text, a.end)
    return qualifier_after(text, got[2]) if got else None


# ----------------------------------------------------------------------------------------- pence

def grouped_pence_end(text: str, end: int, dig: str) -> int | None:
    """The end of a "p" fused to a comma-grouped amount ("a record 2,145p"): pence, whatever the amount."""
    if "," not in dig or text[end : end + 1] != "p" or text[end + 1 : end + 2].isalnum():
        return None
    return end + 1


# ----------------------------------------------------------------------------------------- millions of things

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


# ----------------------------------------------------------------------------------------- "from A to B <unit>"

_FROM_BEFORE = re.compile(r"\bfrom" + _B + r"+(?:about|around|some|roughly|nearly|almost|just|over|under|" +
                          r"more" + _B + r"+than|less" + _B + r"+than)?" + _B + r"*\Z", re.I)
_TO_BETWEEN = re.compile(_B + r"+to" + _B + r"+(?:about|around|some|roughly|nearly|almost|just|over|under)?" +
                         _B + r"*\Z", re.I)
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


# ----------------------------------------------------------------------------------------- vague counts of a unit

_OF_UNIT = re.compile(_B + r"+of(?=" + _B + r")")


def vague_of_unit(text: str, a: _Atom) -> None:
    """A vague count before "of <unit>" takes the unit: "hundreds of miles" (distance, mile), "dozens of metres".
    Units of money are left alone ("millions of dollars" is read as money where the scan reads it)."""
    m = _OF_UNIT.match(text, a.end)
    if m is None:
        return
    got = unit_after(text, m.end())
    if got and got[0] in _CARRIED_BACK:
        a.kind, a.unit = got[0], got[1]


# ----------------------------------------------------------------------------------------- "a couple of hours"

_COUPLE_OF = re.compile(r"(?<![\w'’])[Aa]" + _B + r"+couple" + _B + r"+of" + _B + r"+")


def couples_of_time(text: str) -> list[_Atom]:
    """Atoms for "a couple of <unit of time>" (2, approx, kind duration, surface "a couple"): "a game takes a
    couple of hours". "a couple of friends" and "The couple, both 71," are left alone."""
    from extract.numscan import _Atom  # (numscan is imported by the number layer first)

    out = []
    at = text.find("couple")
    while at >= 0:
        m = _COUPLE_OF.match(text, max(0, at - 2)) or _COUPLE_OF.match(text, max(0, at - 3))
        got = unit_after(text, m.end() - 1) if m else None
        if got and got[0] == "duration":
            out.append(_Atom(m.start(), at + 6, 2.0, kind="duration", unit=got[1], qual="approx", word=True))
        at = text.find("couple", at + 6)
    return out


# ----------------------------------------------------------------------------------------- versions of a model

# Words of a model's variant that a version number may follow: "Boeing 737 Max 9", "Spitfire Mk 9".
_VARIANT_WORDS = frozenset("Max Pro Plus Ultra Mk Mark Mini Neo Lite Gen".split())


def version_after_model(a: _Atom, words: list[str]) -> bool:
    """A number after a model's number and a variant word is a name: "171 Boeing 737 Max 9 jets" (the 9 names
    the version, as 737 names the model). `words` are tail(text, a.start)."""
    return (len(words) >= 2 and words[-1] in _VARIANT_WORDS and any(ch.isdigit() for ch in words[-2])
            and a.scale == 1 and "." not in a.digits)
