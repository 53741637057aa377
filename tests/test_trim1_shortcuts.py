"""Session 11's shortcuts in the number layer's new rules (helper trim1), each against its long way on generated
text:

- peaceuses.idioms_blanked walks the strikes of workers (`_strikes_blanked`) only when a word of a striker (or
  "hour") is a word of the text: every form it blanks names one;
- peacefigures.harm_of_a_figure reads its two gates (a word of a drill; a harm noun right before a closing quote)
  once per sentence (`_figure_marks`, cached) instead of once per claim.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from extract import peacefigures, peaceuses
from extract.rx import blank
from extract.wordset import words_of

# Words that make the forms the rules read: strikes of workers and air strikes, strikers in one or two words, "by",
# hostages, quotes, hours, and letters IGNORECASE folds (Kelvin sign, long s, dotted and dotless i).
_WORDS = ["strike", "strikes", "Strike", "STRIKES", "air", "an", "the", "by", "a", "of", "pilots", "Pilots'",
          "handlers'", "handlers’", "baggage", "cabin", "crew", "Cabin Crew", "bin", "men", "rail", "RAIL", "one-day",
          "24-hour", "hour", "general", "held", "hostage", "snow", "workers", "stri", "ke", "on", "town", "killed",
          "12", ",", ".", "\n", "'", "’", "\"", "”", "refugees", "'digital refugees'", "“dead”", "drill", "mock",
          "evacuees", "displaced", "war", "chest", "war chest", "set in", "Burma", "novel", "runs", "win", "6-0",
          "massacre", "\u212aILLED", "ſtrike", "pılots", "İ", "dockers", "nurses", "staff", "by  the"]
_TEXTS = st.lists(st.sampled_from(_WORDS), min_size=1, max_size=30).map(" ".join)


def _idioms_long_way(text: str) -> str:
    """peaceuses.idioms_blanked as first written: the strikes walked wherever "strike(s)" is a word."""
    words = words_of(text)
    if peaceuses._KEYS.isdisjoint(words):
        return text
    p = peaceuses._patterns()
    out = text
    if "chest" in words or "warchest" in words:
        out = p["funds"].sub(blank, out)
    if "strike" in words or "strikes" in words:
        if "hostage" in words:
            out = p["held"].sub(blank, out)
        out = peaceuses._strikes_blanked(out, p)
    if "set" in words and "set in " in text and p["story"].search(text):
        out = p["setting"].sub(blank, out)
    if ("runs" in words or "win" in words or "defeat" in words or "bowled" in words) and p["result"].search(text):
        out = p["metaphors"].sub(blank, out)
    return text if out == text else out


@settings(max_examples=600, deadline=None)
@given(_TEXTS)
def test_idioms_blanked_same_as_long_way(text: str) -> None:
    assert peaceuses.idioms_blanked.__wrapped__(text) == _idioms_long_way(text)


def test_strikes_of_workers_still_blanked() -> None:
    text = "Holidaymakers were stranded by a baggage handlers' strike and a strike by cabin crew."
    out = peaceuses.idioms_blanked.__wrapped__(text)
    assert "handlers' strike" not in out and "strike by cabin crew" not in out and len(out) == len(text)
    air = "An air strike on the town killed 12."
    assert peaceuses.idioms_blanked.__wrapped__(air) is air


def _marks_long_way(sentence: str) -> tuple[bool, bool]:
    """The two gates of harm_of_a_figure as first written, per claim."""
    words = words_of(sentence)
    if peacefigures._FIGURE_WORDS.isdisjoint(words):
        return False, False
    low = sentence.lower()
    quoted = any(n + c in low for n in peacefigures._HARM_NOUNS.intersection(words) for c in peacefigures._CLOSERS)
    return not peacefigures._DRILL_WORDS.isdisjoint(words), quoted


@settings(max_examples=600, deadline=None)
@given(_TEXTS)
def test_figure_marks_same_as_long_way(sentence: str) -> None:
    assert peacefigures._figure_marks(sentence) == _marks_long_way(sentence)


def test_figure_marks_read_quotes_and_drills() -> None:
    assert peacefigures._figure_marks("2.1mn 'digital refugees' moved to a rival app.") == (False, True)
    assert peacefigures._figure_marks("Police evacuated 300 in a mock drill.") == (True, False)
    assert peacefigures._figure_marks("300 refugees crossed.") == (False, False)
