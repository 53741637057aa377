"""The clock and the series of a game (rules learnt from general news 11).

- A game clock: "8:14 into the second period", "12:30 into the first half", "with 1:45 remaining" tell time
  elapsed (or left) in a period of play, written minutes:seconds: a duration in seconds (494 for "8:14"), where
  "at 8:14 on Tuesday" stays a clock time. What follows decides: "into" a period of play, or "remaining"/"to
  play".
- A series or a tie made level: "to level the series 2-2", "levelled the tie 1-1", "squared the series at 3-3"
  are scores, as "won 4-3" is (a range runs low to high, never "2-2").
- Time left with the clock: "with 1:12 left", "with 0:45 to go" (after "with", where "the 8:15 left on time" is a
  train's departure): a duration in seconds, as "with 1:45 remaining" is.
- A lap or race time with tenths: "a lap of 1:41.2", "won in 1:59.87" is 101.2 and 119.87 seconds; a clock time is
  never written with tenths (general news 22).
- A series won: "a 2-0 series win", "a 3-1 Test series defeat" (extract/numcontext.py `_SCORE_NOUN_AFTER`).
- Judges' cards: "116-112, 117-111 and 115-113", each pair the higher first, in a run joined by commas or "and":
  scores, where a run of ranges goes low to high ("aged 18-24, 25-34 and 35-44").
- A score told by what it decided or where a side stood: "went through 3-2 on aggregate", "won 5-4 on penalties",
  "came from 2-0 down", "were 3-1 up at the break" (the score after "down"/"up" written as the leading side's, its
  first number not the smaller and no figure after "down to"/"up by": "prices 2-5 down" is no score).
- Odds of "evens": "the evens favourite", "won at evens", "an evens shot" are odds of 1 (a ratio; "it evens out"
  is the verb); "the 5/1 shot" is odds after an article, where "10-15 shot dead" is a toll.
extract/numshapes.py `clock_atom`, `is_odds`, extract/numcontext.py `is_score` and extract/numspoken.py
`spoken_atoms` ask these from small hooks.
- A tally over fixtures: "now has 17 in 22 league games" is two counts, not the proportion "one in five adults"
  (general news 31; extract/numranges.py asks `is_sport_tally`).
- A race time in hundredths of a second with no unit, after a verb of timing: "split 26.81 at the turn", "touched in
  55.02", "clocked 10.72", "won in 9.86" are seconds (`timed_seconds`; hundredths are how races are timed, and a
  time under a minute needs no clock form).
"""

from __future__ import annotations

import re

from extract.numkinds import before_words

# After a game clock: "into" (the / a word or two of which) a period of play, or time left on the clock.
_PLAY_AFTER = re.compile(
    r"[\s\u00a0]+(?:into[\s\u00a0]+(?:the[\s\u00a0]+)?(?:[\w-]+[\s\u00a0]+){0,2}?(?:period|half|quarter|overtime|"
    r"extra[\s\u00a0]+time|game|match|round|bout|fight|innings|inning|set|race|stage|session|video|clip|film|song)\b"
    r"|remaining\b|to[\s\u00a0]+play\b|left[\s\u00a0]+(?:in|on)[\s\u00a0]+the[\s\u00a0]+(?:clock|game|match|period|"
    r"half|quarter)\b)",
    re.I)
_MIN_SEC = re.compile(r"(\d{1,2}):([0-5]\d)")


_LEFT_AFTER = re.compile(r"[\s\u00a0]+(?:left|to[\s\u00a0]+go)\b", re.I)  # after "with": "with 1:12 left"


def game_clock_seconds(text: str, end: int, surface: str) -> float | None:
    """A game clock "M:SS" (ending at `end`) into a period of play or left on the clock: its seconds; else None."""
    m = _MIN_SEC.fullmatch(surface)
    if m is None or not (_PLAY_AFTER.match(text, end) or (
            text[end - len(surface) - 5 : end - len(surface)].lower() == "with " and _LEFT_AFTER.match(text, end))):
        return None
    return float(int(m.group(1)) * 60 + int(m.group(2)))


_TENTHS = re.compile(r"\.(\d{1,3})(?![\d.,:]\d)")
_CLOCK_PARTS = re.compile(r"(?:(\d{1,2}):)?(\d{1,2}):([0-5]\d)")


def lap_time(text: str, end: int, surface: str) -> tuple[float, int] | None:
    """A lap or race time "M:SS.t" or "H:MM:SS.t" (its clock part `surface` ending at `end`, a "." and digits
    after it): its seconds and its end; else None (see the module)."""
    m, f = _CLOCK_PARTS.fullmatch(surface), _TENTHS.match(text, end)
    if m is None or f is None:
        return None
    h, mi, sec = m.groups()
    return (int(h or 0) * 3600 + int(mi) * 60 + int(sec) + float("0." + f.group(1)), f.end())


# Another pair of a run of judges' cards after or before the pair: ", 117-111", " and 115-113"; "116-112, ".
_CARD_AFTER = re.compile(r"(?:,|,?[\s\u00a0]+and)[\s\u00a0]+(\d{1,3})[-\u2013](\d{1,3})(?![\w.-])")
_CARD_BEFORE = re.compile(r"(?<![\w.-])(\d{1,3})[-\u2013](\d{1,3})(?:,|,?[\s\u00a0]+and)[\s\u00a0]+\Z")


def card_run(text: str, a_start: int, b_end: int, first: float, second: float) -> bool:
    """Whether "A-B" (A the higher) stands in a run of pairs each the higher first, joined by commas or "and":
    judges' cards "116-112, 117-111 and 115-113" (see the module)."""
    if first <= second:
        return False
    m = _CARD_AFTER.match(text, b_end) if text[b_end : b_end + 1] in (",", " ") else None
    if m is None:
        m = _CARD_BEFORE.search(text, max(0, a_start - 16), a_start)
    return m is not None and int(m.group(1)) > int(m.group(2))


_EVENS = re.compile(r"(?<![\w-])evens(?=[\s\u00a0]+(?:joint[\s\u00a0-]+)?(?:favourites?|favorites?|fav|shot|chance|"
                    r"money)\b)|(?<=\bat[ \u00a0])evens\b(?![\s\u00a0]+(?:the|a|an|out|up)\b)"
                    r"|(?<=\bodds[ \u00a0]of[ \u00a0])evens\b|(?<=\ban[ \u00a0])evens\b", re.I)


def evens_spans(low: str) -> list[tuple[int, int]]:
    """Where "evens" is odds of 1 in the lower-cased text (see the module): (start, end) of each."""
    return [m.span() for m in _EVENS.finditer(low)]


# A verb of levelling, or a series or tie named, a few words before the score: "to level the series 2-2",
# "squared the tie at 1-1", "the series stands 3-2".
_LEVEL_BEFORE = re.compile(
    r"\b(?:level(?:s|led|ed|ling|ing)?|square(?:s|d)?|squaring|series|tie)\b(?:[\s\u00a0]+[\w'’.]+){0,3}?"
    r"[\s\u00a0]+\Z", re.I)


def level_score(text: str, a_start: int, first: float, second: float) -> bool:
    """Whether "A-B" at `a_start` is the score of a series or tie (see the module): a verb of levelling or the
    series or tie named just before, and the first number not the smaller (a range runs low to high)."""
    return first >= second and _LEVEL_BEFORE.search(text, max(0, a_start - 40), a_start) is not None


# What a score decided ("on aggregate", "on penalties"), or where a side stood in it ("2-0 down", "3-1 up").
_DECIDED_AFTER = re.compile(r"[\s\u00a0]+on[\s\u00a0]+(?:aggregate|penalties|pens|away[\s\u00a0]+goals)\b", re.I)
_STOOD_AFTER = re.compile(r"[\s\u00a0]+(?:down|up)\b(?![\s\u00a0]+(?:to|from|by)[\s\u00a0]+[\d$€£])", re.I)


def told_score(text: str, b_end: int, first: float, second: float) -> bool:
    """Whether "A-B" ending at `b_end` is a score by the words after it (see the module): what it decided, or a side
    "down" or "up" by it, its first number not the smaller."""
    if text.startswith(" on ", b_end) and _DECIDED_AFTER.match(text, b_end):
        return True
    return first >= second and text[b_end + 1 : b_end + 2] in ("d", "u", "D", "U") and bool(
        _STOOD_AFTER.match(text, b_end))


# A player's tally "17 in 22 league games": goals, tries or wins over the fixtures played, two counts (not the
# proportion "one in five adults"): a verb of having or scoring before, a noun of fixtures after.
_TALLY_BEFORE = frozenset("has have had scored scores netted nets took taken claimed won wins managed kept".split())
_FIXTURES_AFTER = re.compile(r"[\s\u00a0]+(?:(?:league|cup|international|competitive|senior|first-team|test|"
                             r"premier[\s\u00a0]+league)[\s\u00a0]+)?(?:games|matches|appearances|starts|outings|"
                             r"fixtures|races|innings|caps|seasons)\b", re.I)


def is_sport_tally(text: str, a_start: int, b_end: int) -> bool:
    """ "now has 17 in 22 league games", "scored 9 in 12 appearances": a tally and the fixtures it came in."""
    prev = before_words(text, a_start, 1)
    return bool(prev) and prev[0] in _TALLY_BEFORE and _FIXTURES_AFTER.match(text, b_end) is not None


# The words before a race time in hundredths: a verb of timing, or "in"/"of" after one ("touched in", "a time of").
_TIMED_LAST = frozenset("clocked clocking clocks split splits swam swum ran timed".split())
_TIMED_IN = frozenset("touched won finished home came stopped swam ran time".split())


def timed_seconds(text: str, start: int, dig: str) -> bool:
    """Whether the bare decimal `dig` at `start`, written in hundredths and under ten minutes, follows a verb of
    timing ("split 26.81", "touched in 55.02", "in a time of 9.86"): a race time in seconds. Ask only of a count
    with no unit after it."""
    if len(dig) < 4 or dig[-3] != "." or not dig[:-3].isdigit() or not dig[-2:].isdigit() or float(dig) >= 600:
        return False
    words = before_words(text, start, 2) or before_words(text, start, 1)
    if not words:
        return False
    return words[-1] in _TIMED_LAST or (len(words) == 2 and words[-1] in ("in", "of") and (
        words[0] in _TIMED_IN or words[0][:1].isdigit() and words[0].endswith("m")))  # "won the 100m in 9.58"
