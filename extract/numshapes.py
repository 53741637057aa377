"""Written shapes of numbers that are no plain counts: codes, phone numbers, pence, multipliers, odds and
the scores and times of sport (rules learnt from general news, tests/data/quantities/general_news_7.jsonl).

- a code of three or more dash-joined digit groups ("ISBN 978-0-241-98765-3", "555-123-4567", a "4-4-2"
  formation) and a phone number in blank-separated groups led by a zero ("0800 123 4567") are one name;
- pence fused to the digits are pounds: "20p" is 0.20 gbp (not "1080p", a screen);
- a multiplier is a ratio, the first side over the second as "580:1": "threefold" 3, "a 10-fold rise" 10,
  "2x as efficient" 2 ("threefold" is read in numbers.py from numwords.MULTIPLIER_WORDS, "400,000 times
  brighter" in numunits, "times" before a comparison);
- betting odds are a ratio: "the 5-2 favourite" 2.5, "a 100/1 outsider" 100, "at odds of 7/4" 1.75;
- "won 3-nil" is a score, as "won 3-0"; a cricket total "312 for 7" (runs for wickets) is one score
  (joined in numranges.py, as the odds "5-2" are);
- "2h 49m": a fused "m" right after hours is minutes;
- a race time written h:mm:ss after a verb of running ("ran 2:00:35", "won in 2:05:12") is a duration in
  seconds, where "at 14:32:05" stays a clock time.
extract/numbers.py calls `shape` after the digits of a number where one of these can start (a dash, a "p", an
"f", an "x", an "e", a "(", or a blank after a leading zero), `slash_atom` and `clock_atom` for those forms.
"""

from __future__ import annotations

import re

from extract import numcontext as C
from extract import numsenses as NS
from extract import numtechnical as T
from extract.numkinds import before_words
from extract.numunits import grouped_pence_end
from extract.numsport import game_clock_seconds, lap_time
from extract.numscan import _Atom

_S = r"[\s\u00a0]"

# Three or more groups of digits joined by single dashes, the first one read already: "978-0-241-98765-3".
_DASH_GROUPS = re.compile(r"(?:[-\u2010\u2011]\d+){2,}(?![\w\u2010\u2011-]|[.,]\d)")
# After a first group led by a zero ("0800", "01302"), one to three more blank-separated groups of three or more.
_PHONE_GROUPS = re.compile(r"(?:[ \u00a0]\d{3,8}){1,3}(?!\w|[.,:/-]\d)")


def code_end(text: str, dig: str, end: int) -> int | None:
    """The end of a code or phone number whose first group of digits `dig` ends at `end`, else None.

    Dashed groups: "978-0-241-98765-3" (a date in digits is read before this). A phone number: a first group
    of three to five digits led by a zero, then groups of three to eight after blanks, nine digits or more in
    all ("0800 123 4567", "01302 736000"); a count is never written with a leading zero, and "0600 GMT" has
    no group of digits after it.
    """
    c = text[end : end + 1]
    if c in ("-", "\u2010", "\u2011") and dig.isdigit():
        m = _DASH_GROUPS.match(text, end)
        return m.end() if m else None
    if c in (" ", "\u00a0") and dig[:1] == "0" and 3 <= len(dig) <= 5 and dig.isdigit():
        m = _PHONE_GROUPS.match(text, end)
        if m is None or len(dig) + sum(ch.isdigit() for ch in m.group()) < 9:
            return None  # a phone number has nine digits or more ("at 0800 300 workers" is a time and a count)
        return m.end()
    return None


# Screen resolutions are written as pence are: "a 1080p display".
_RESOLUTIONS = frozenset({144.0, 240.0, 360.0, 480.0, 576.0, 720.0, 1080.0, 1440.0, 2160.0, 4320.0})


def pence_end(text: str, end: int, value: float) -> int | None:
    """The end of a "p" fused to an amount in pence ("20p", "28p per kWh", "12.5p"), else None."""
    if text[end : end + 1] != "p" or text[end + 1 : end + 2].isalnum() or value >= 1000 or value in _RESOLUTIONS:
        return None
    return end + 1


_FOLD_AFTER = re.compile(r"[-\u2010\u2011]?fold\b", re.I)
# "2x as efficient", "3x faster": an "x" fused to the digits before a comparison; "3x T-72
# destroyed" (a tally) and "4x100m" have none.
_X_AFTER = re.compile(r"[x×](?=[\s\u00a0]+(?:as|more|less|fewer|higher|lower|larger|bigger|smaller|greater|"
                      r"faster|slower|longer|shorter|stronger|weaker|cheaper|better|worse|[a-z]+ier)\b)")


def multiplier_end(text: str, end: int) -> int | None:
    """The end of a multiplier fused to digits: "10-fold", "3fold", "2x as", else None."""
    c = text[end : end + 1]
    if c in ("-", "f", "F", "\u2010", "\u2011"):
        m = _FOLD_AFTER.match(text, end)
    elif c in ("x", "×"):
        m = _X_AFTER.match(text, end)
    else:
        return None
    return m.end() if m else None


# Odds: a dashed or slashed pair before a word of racing or betting, or after "odds of".
_ODDS_AFTER = re.compile(rf"{_S}+(?:(?:joint|second){_S}*[-\u2010\u2011]?{_S}*)?(?:favourites?|favorites?|fav|"
                         r"outsiders?|odds-on|odds)\b", re.I)  # not "shot": "10-15 shot dead" is a toll
_ARTICLE = frozenset({("the",), ("a",), ("an",)})  # (before_words lower-cases)
_ODDS_BEFORE = frozenset({("odds", "of"), ("odds", "at"), ("priced", "at"), ("backed", "at"), ("returned", "at"),
                          ("went", "off"), ("starting", "price"), ("price", "of")})


# "shot" after odds led by an article, where a verb goes on: "The 5/1 shot won", "a 33-1 shot" (not "shot dead").
_SHOT_AFTER = re.compile(rf"{_S}+shot\b(?!{_S}+(?:dead|down|at|in|by|and|through|him|her|them|himself|herself|"
                         r"themselves|themself|while|during|near)\b)", re.I)


def is_odds(text: str, start: int, end: int) -> bool:
    """The pair of numbers at text[start:end] ("5-2", "100/1") is betting odds: "the 5-2 favourite"."""
    return bool(_ODDS_AFTER.match(text, end)) or before_words(text, start, 2) in _ODDS_BEFORE or (
        text.startswith("shot", end + 1) and before_words(text, start, 1) in _ARTICLE and _SHOT_AFTER.match(text, end) is not None)


_NIL_AFTER = re.compile(r"[-\u2010\u2011\u2013](?:nil|nothing)\b", re.I)


def nil_end(text: str, end: int) -> int | None:
    """The end of "-nil" after a number of goals ("won 3-nil", "a 2-nil win"), else None."""
    m = _NIL_AFTER.match(text, end)
    return m.end() if m else None


# A cricket total: runs "for" wickets (0 to 10), in a text about cricket.
_CRICKET = re.compile(r"\b(?:wickets?|innings|overs|declared|bowled|bowler|bowling|batting|batted|all[\s\u00a0]+out|stumps|"
                      r"Test|ODI|T20|runs|openers?|unbeaten|not[\s\u00a0]+out|batsman|batsmen|batter|spinner|seamer)\b")


def is_cricket_total(text: str, a_end: int, b_start: int, b_value: float) -> bool:
    """ "312 for 7": the gap is " for " and the second number can count wickets, in a clause about cricket."""
    if text[a_end:b_start] != " for " or not 0 <= b_value <= 10:
        return False
    return bool(_CRICKET.search(text, max(0, a_end - 120), b_start + 80))


def is_bowling_figures(text: str, a_end: int, b_start: int, a_value: float) -> bool:
    """ "6 for 23": a bowler's wickets (0 to 10) for the runs given away, in a clause about cricket (one score, as a
    team's "312 for 7" is)."""
    if text[a_end:b_start] != " for " or not 0 <= a_value <= 10:
        return False
    return bool(_CRICKET.search(text, max(0, a_end - 120), b_start + 80))


_RACE_BEFORE = frozenset("ran run runs running clocked clocking timed in of finished finishing won winning time best "
                         "record".split())
# Between hours and a fused "m": "2h 49m", "1 hr 5m", "3 hours 20m".
_HOURS_GAP = re.compile(r"[\s\u00a0]*(?:h|hrs?|hours?)[\s\u00a0]*(?:and[\s\u00a0]+)?", re.I)


def minutes_after_hours(text: str, a_end: int, b_start: int, b_end: int) -> bool:
    """A number with a fused "m" right after hours is minutes: "runs for 2h 49m" (not 49 metres)."""
    return text[b_end : b_end + 1] == "m" and not text[b_end + 1 : b_end + 2].isalnum() and bool(
        _HOURS_GAP.fullmatch(text, a_end, b_start))


_HMS = re.compile(r"(\d{1,2}):([0-5]\d):([0-5]\d)")


def race_seconds(text: str, start: int, surface: str) -> float | None:
    """A race time "2:00:35" after a verb of running or "in", "a time of": its seconds; a clock time: None."""
    m = _HMS.fullmatch(surface)
    if m is None:
        return None
    prev = before_words(text, start, 1)
    if not prev or prev[0] not in _RACE_BEFORE:
        return None
    h, mi, s = m.groups()
    return float(int(h) * 3600 + int(mi) * 60 + int(s))


# What a shape starts with after the digits (a phone number's blank is asked only after a leading zero).
SHAPE_FIRST = frozenset("-\u2010\u2011\u2013pfFx×eE(")


def shape(text: str, a: _Atom, dig: str, end: int) -> bool:
    """The shapes of this module at the end of the digits (`end`): set on `a` and True, else False."""
    c = text[end : end + 1]
    if c == " " or c == "\u00a0":
        e = code_end(text, dig, end)  # "0800 123 4567"
        if e is None:
            return False
        a.kind, a.unit, a.end = "name", "name", e
        return True
    if c == "p":
        e = pence_end(text, end, a.value) or grouped_pence_end(text, end, dig)  # "2,145p" (extract/numunits.py)
        if e is not None:
            a.unit, a.value, a.end = "gbp", round(a.value / 100, 6), e  # "20p": pounds
            return True
        return False
    if c in "eE(":
        return _technical(text, a, dig, end, c)
    if c not in SHAPE_FIRST:
        return False
    if not text[end + 1 : end + 2].isdigit():  # a letter: "-fold", "x", "-nil" (a digit: a code "978-0-241")
        e = multiplier_end(text, end)
        if e is not None:
            a.unit, a.end = "ratio", e  # "a 10-fold rise", "2x as efficient"
            return True
        e = nil_end(text, end) if c in "-\u2010\u2011\u2013" else None
        if e is not None:
            a.kind, a.unit, a.end = "score", "score", e  # "won 3-nil"
            return True
        return False
    if c in "-\u2010\u2011\u2013":
        e = code_end(text, dig, end)
        if e is not None:
            a.kind, a.unit, a.end = "name", "name", e  # "978-0-241-98765-3"
            return True
    return False


def _technical(text: str, a: _Atom, dig: str, end: int, c: str) -> bool:
    """e-notation ("1.2e6") a count, a section with subsections ("s. 12(3)") a name (extract/numtechnical.py)."""
    if c == "(":
        e = T.subsection_end(text, end, before_words(text, a.start, 1))
        if e is None:
            return False
        a.kind, a.unit, a.end = "name", "name", e
        return True
    got = T.e_notation_end(text, a.start, end, dig)
    if got is None:
        return False
    a.value, a.end = got
    return True


def slash_atom(text: str, m: re.Match) -> _Atom:
    """Two numbers joined by a slash: a fraction ("3/4 cup"), a share of something as a percentage ("2/3 of the
    wells"), odds as a ratio ("a 100/1 outsider"), else a name ("Resolution 2254/15")."""
    num, _, den = m.group().partition("/")
    if NS.month_year(int(num), int(den), len(den)):
        return _Atom(m.start(), m.end(), float(den), kind="date", unit="date")  # "best before 12/2025"
    frac = 0 < int(num) < int(den) <= 10
    atom = _Atom(m.start(), m.end(), int(num) / int(den) if frac else float(num),
                 kind="fraction" if frac else "name", unit="fraction" if frac else "name")
    if frac and C.is_share(text, m.start(), m.end()):
        atom.kind, atom.unit, atom.value = "number", "percent", atom.value * 100
    elif int(den) and is_odds(text, m.start(), m.end()):
        atom.kind, atom.unit, atom.value = "number", "ratio", int(num) / int(den)
    return atom


_BLANK_AFTER = frozenset(" \u00a0")


def clock_atom(text: str, m: re.Match) -> _Atom:
    """A clock time as hours of the day ("7:30 p.m." 19.5), or a race time in seconds after running."""
    secs = race_seconds(text, m.start(), m.group())
    if text[m.end() : m.end() + 1] == "." and (lap := lap_time(text, m.end(), m.group())) is not None:
        return _Atom(m.start(), lap[1], lap[0], kind="duration", unit="second")  # "a lap of 1:41.2" (numsport.py)
    if secs is None and text[m.end() : m.end() + 1] in _BLANK_AFTER:
        secs = game_clock_seconds(text, m.end(), m.group())  # "8:14 into the second period" (extract/numsport.py)
    if secs is not None:
        return _Atom(m.start(), m.end(), secs, kind="duration", unit="second")
    return _Atom(m.start(), m.end(), clock_hours(m.group()), kind="time", unit="time")


_CLOCK = re.compile(r"(\d+)(?:[:.](\d\d))?(?::(\d\d))?[\s\u00a0]*(?:([ap])\.?m\b)?", re.I)


def clock_hours(s: str) -> float:
    """A clock time as hours of a 24-hour day: "7:30 a.m." 7.5, "7:30 p.m." 19.5, "10 o'clock" 10; the seconds
    count ("09:12:40" is 9 + 12/60 + 40/3600)."""
    m = _CLOCK.match(s)
    if m is None:
        d = re.match(r"\d+", s)
        return float(d.group()) if d else 0.0
    hours = float(m.group(1)) + (int(m.group(2)) / 60 if m.group(2) else 0.0)
    if m.group(3):
        hours += int(m.group(3)) / 3600
    half = (m.group(4) or "").lower()
    if half == "p" and hours < 12:
        hours += 12
    elif half == "a" and hours >= 12:
        hours -= 12  # "12:15 a.m." is a quarter past midnight
    return hours
