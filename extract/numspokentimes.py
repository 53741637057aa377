"""Clock times, years, decades, scores and distances as people say them (extract/numspoken.py calls `spoken_times`).

- a clock time in words is kind "time", its value the hour of the day as "7:30 p.m." is 19.5: "twenty to midnight"
  23.667, "ten past ten" 10.167, "a quarter to six" 5.75, "half six" (British: half past six) 6.5, "ten o'clock"
  10. The hour is the afternoon's or the night's when a word after it says so ("in the evening", "one June night",
  "pm"), else the morning's. "half six", and "five to six" (which the scan reads as a range), need a word of time
  before them ("at", "by", "until", "from", "around"), so "half six of them" and "five to six people" are left alone.
- a year said in two pairs is a year: "in nineteen fifty-two" 1952, "since eighteen twelve" 1812 (the first pair
  eleven to nineteen, the second ten to ninety-nine, after a word a year follows: "in", "since", "from", "until",
  "by", "of", "born", a month).
- a decade in words after "the" is kind "year": "the nineties" (its first year, the twentieth century's: the
  century is not said; [spoken_numbers] decades); "in their forties" (no "the") is left as it is.
- "31 to nil" is a score (as "3-nil"); "ten K" after a number word is 10 km (a run's distance: no one writes
  kelvin in words).
"""

from __future__ import annotations

import re

from extract.numscan import _Atom
from extract.numwords import SMALL, TENS
from extract.spokenlex import SPOKEN

_S = r"[^\S\n]"
_HOURS = {w: v for w, v in SMALL.items() if 1 <= v <= 12} | {"midnight": 24, "noon": 12, "midday": 12}
_PAST_TO = re.compile(rf"{_S}+(past|to){_S}+({'|'.join(_HOURS)})\b(?![-\u2010\u2011])")
_MINUTE_WORDS = {"quarter": 15, "half": 30}
_QUARTER = re.compile(rf"\b(?:a{_S}+)?(quarter|half){_S}+(?=(?:past|to){_S})")
_HALF_HOUR = re.compile(rf"({'|'.join(w for w, v in _HOURS.items() if v <= 12)})\b(?![-\u2010\u2011]|{_S}+of\b)")
_OCLOCK = re.compile(rf"{_S}*o['’]{_S}?clock\b")
# what says the afternoon or night after a clock time, before the clause ends
_LATER = re.compile(r"[^,.;:!?\n]{0,30}?\b(?:evening|night|afternoon|tonight|p\.?m\b)", re.I)
_EARLIER = re.compile(r"[^,.;:!?\n]{0,30}?\b(?:morning|a\.?m\b)", re.I)


def spoken_times(text: str, low: str, atoms: list[_Atom], worded: list[_Atom], words: frozenset[str],
                 new: list[_Atom]) -> None:
    """Append to `new` the atoms of this module's forms found in `text` (each only where its word is one of
    `words`, the text's words). `worded` are the atoms of `atoms` written in words (most rules start at one)."""
    if worded:
        _worded_times(text, low, worded, new)
    if "nil" in words:
        _to_nil(low, atoms, new)
    if "ties" in low and not _DECADES.isdisjoint(words):
        _decades(low, new)
    if "half" not in words:
        return
    at = low.find("half ")
    while at >= 0:  # "at half six": half past the hour, after a word of time
        m = _HALF_HOUR.match(low, at + 5)
        if m is not None and _TIME_BEFORE.search(low, max(0, at - 10), at):
            new.append(_time_atom(low, at, m.end(), _HOURS[m.group(1)] + 0.5))
        at = low.find("half ", at + 5)


def _worded_times(text: str, low: str, worded: list[_Atom], new: list[_Atom]) -> None:
    """The forms that start at a number in words: "ten past ten", "ten o'clock", "nineteen fifty-two", "ten K"."""
    if " past " in low or " to " in low:
        _past_to(low, worded, new)
    if "clock" in low:
        for a in worded:
            if a.scale == 1 and a.value == int(a.value) and 1 <= a.value <= 12 and (o := _OCLOCK.match(low, a.end)):
                new.append(_time_atom(low, a.start, o.end(), a.value))
    if "teen " in low or "eleven " in low or "twelve " in low:
        _years(low, worded, new)
    if " K" in text:
        for a in worded:
            if a.unit == "kelvin":
                a.kind, a.unit = "distance", "km"  # "about ten K round the headland"


def _decade_words() -> frozenset[str]:
    """The decades of [spoken_numbers] decades ("nineties")."""
    return frozenset(SPOKEN["decades"])


def _time_atom(low: str, start: int, end: int, hours: float) -> _Atom:
    """A clock time at low[start:end], `hours` in the morning's reading; the evening's when a word after says so."""
    if hours < 12 and hours + 1 >= 1 and _LATER.match(low, end) and not _EARLIER.match(low, end):
        hours += 12
    return _Atom(start, end, hours, kind="time", unit="time", word=True)


def _past_to(low: str, atoms: list[_Atom], new: list[_Atom]) -> None:
    """ "ten past ten", "twenty to midnight", "a quarter to six", "half past two"."""
    for a in atoms:
        if a.word and a.scale == 1 and a.value in (5, 10, 20, 25) and low[a.end : a.end + 1] == " ":
            m = _PAST_TO.match(low, a.end)
            if m:
                new.append(_clock(low, a.start, m, a.value))
    if " to " in low:
        for a in atoms:  # "at five to six": read as a range by the scan, a time after a word of time
            if a.word and a.qual == "range":
                m = _RANGE_TIME.fullmatch(low, a.start, a.end)
                if m and _TIME_BEFORE.search(low, max(0, a.start - 10), a.start):
                    past_to = _PAST_TO.match(low, m.end(1))
                    if past_to is not None:  # (None where the hour runs on: "five to six-thirty" is no clock time)
                        new.append(_clock(low, a.start, past_to, _MINUTES[m.group(1)]))
    if "quarter " in low or "half past" in low:
        for q in _QUARTER.finditer(low):
            m = _PAST_TO.match(low, q.end() - 1)
            if m:
                new.append(_clock(low, q.start(), m, _MINUTE_WORDS[q.group(1)]))


_MINUTES = {"five": 5, "ten": 10, "twenty": 20, "twenty-five": 25}
_RANGE_TIME = re.compile(rf"(five|ten|twenty|twenty-five){_S}+to{_S}+(?:{'|'.join(_HOURS)})")
_TIME_BEFORE = re.compile(rf"\b(?:at|by|until|till|from|around|about|before|after|since){_S}+\Z")


def _clock(low: str, start: int, m: re.Match, minutes: float) -> _Atom:
    """The time of "<minutes> past|to <hour>" from `start` to the end of match `m` (its groups: past|to, hour)."""
    hour = _HOURS[m.group(2)]
    if m.group(1) == "to":
        value = hour - 1 + (60 - minutes) / 60
    else:
        value = (0 if hour == 24 else hour) + minutes / 60
    a = _time_atom(low, start, m.end(), value) if hour not in (24, 12) or m.group(2) == "twelve" else (
        _Atom(start, m.end(), value, kind="time", unit="time", word=True))
    return a


_YEAR_BEFORE = re.compile(r"(?:\b(?:in|since|from|until|till|by|of|born|circa|around|before|after|and)|"
                          r"\b(?:january|february|march|april|may|june|july|august|september|october|november|"
                          r"december))[^\S\n]+\Z")
_TENS_PAIR = re.compile(rf"{_S}+((?:{'|'.join(TENS)})(?:[-\u2010\u2011](?:one|two|three|four|five|six|seven|eight|"
                        rf"nine))?|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)\b"
                        rf"(?![-\u2010\u2011])")


def _years(low: str, atoms: list[_Atom], new: list[_Atom]) -> None:
    """ "in nineteen fifty-two" 1952: a year said in two pairs after a word a year follows."""
    for a in atoms:
        if not a.word or a.scale != 1 or not 11 <= a.value <= 19 or low[a.start : a.end] not in SMALL:
            continue
        m = _TENS_PAIR.match(low, a.end)
        if m is None or not _YEAR_BEFORE.search(low, max(0, a.start - 12), a.start):
            continue
        pair = m.group(1).replace("\u2010", "-").replace("\u2011", "-").split("-")
        second = (TENS.get(pair[0]) or SMALL[pair[0]]) + (SMALL[pair[1]] if len(pair) > 1 else 0)
        new.append(_Atom(a.start, m.end(), float(a.value * 100 + second), kind="year", unit="year", word=True))


def _decades(low: str, new: list[_Atom]) -> None:
    """ "the nineties", "the roaring twenties": a decade, kind year (the surface is the decade's word)."""
    table = SPOKEN["decades"]
    for m in re.finditer(rf"\bthe{_S}+(?:(nineteen|roaring|swinging|early|late|mid){_S}+)?({'|'.join(table)})\b", low):
        start = m.start(1) if m.group(1) == "nineteen" else m.start(2)  # "the nineteen fifties": all of it
        new.append(_Atom(start, m.end(2), float(table[m.group(2)]), kind="year", unit="year", word=True))


_DECADES = _decade_words()
_TO_NIL = re.compile(rf"{_S}+to{_S}+nil\b")


def _to_nil(low: str, atoms: list[_Atom], new: list[_Atom]) -> None:
    """ "voted 31 to nil", "won three to nil": a score, its value the first side (as "3-nil")."""
    for a in atoms:
        if a.kind == "number" and a.scale == 1 and a.qual is None:
            m = _TO_NIL.match(low, a.end)
            if m:
                new.append(_Atom(a.start, m.end(), a.value, kind="score", unit="score", word=a.word))
