"""The clock and the series of a game (rules learnt from general news 11).

- A game clock: "8:14 into the second period", "12:30 into the first half", "with 1:45 remaining" tell time
  elapsed (or left) in a period of play, written minutes:seconds: a duration in seconds (494 for "8:14"), where
  "at 8:14 on Tuesday" stays a clock time. What follows decides: "into" a period of play, or "remaining"/"to
  play".
- A series or a tie made level: "to level the series 2-2", "levelled the tie 1-1", "squared the series at 3-3"
  are scores, as "won 4-3" is (a range runs low to high, never "2-2").
extract/numshapes.py `clock_atom` and extract/numcontext.py `is_score` ask these from small hooks.
"""

from __future__ import annotations

import re

# After a game clock: "into" (the / a word or two of which) a period of play, or time left on the clock.
_PLAY_AFTER = re.compile(
    r"[\s\u00a0]+(?:into[\s\u00a0]+(?:the[\s\u00a0]+)?(?:[\w-]+[\s\u00a0]+){0,2}?(?:period|half|quarter|overtime|"
    r"extra[\s\u00a0]+time|game|match|round|bout|fight|innings|inning|set|race|stage|session|video|clip|film|song)\b"
    r"|remaining\b|to[\s\u00a0]+play\b|left[\s\u00a0]+(?:in|on)[\s\u00a0]+the[\s\u00a0]+(?:clock|game|match|period|"
    r"half|quarter)\b)",
    re.I)
_MIN_SEC = re.compile(r"(\d{1,2}):([0-5]\d)")


def game_clock_seconds(text: str, end: int, surface: str) -> float | None:
    """A game clock "M:SS" (ending at `end`) into a period of play or left on the clock: its seconds; else None."""
    m = _MIN_SEC.fullmatch(surface)
    if m is None or not _PLAY_AFTER.match(text, end):
        return None
    return float(int(m.group(1)) * 60 + int(m.group(2)))


# A verb of levelling, or a series or tie named, a few words before the score: "to level the series 2-2",
# "squared the tie at 1-1", "the series stands 3-2".
_LEVEL_BEFORE = re.compile(
    r"\b(?:level(?:s|led|ed|ling|ing)?|square(?:s|d)?|squaring|series|tie)\b(?:[\s\u00a0]+[\w'’.]+){0,3}?"
    r"[\s\u00a0]+\Z", re.I)


def level_score(text: str, a_start: int, first: float, second: float) -> bool:
    """Whether "A-B" at `a_start` is the score of a series or tie (see the module): a verb of levelling or the
    series or tie named just before, and the first number not the smaller (a range runs low to high)."""
    return first >= second and _LEVEL_BEFORE.search(text, max(0, a_start - 40), a_start) is not None
