"""Callsigns and designators written as a word in capitals and a number: names, never counts.

Military and aviation writing names a flight, an aircraft or a controller by a word in capitals and a number
("HOG 32", "NAIL 51", "VIPER 21", "BLUE 4"): the number is part of the name, whatever the sentence counts
("two missiles were launched at HOG 32" does not count 32 missiles). extract/namebefore.py reads a capitalised name
before a number ("Base 559"), but only a word with a small letter, for a headline in capitals ("REBELS KILL 32")
puts every word in capitals. So the name here is told by the words around it being written in small letters:

- the word before the number is all capitals (two letters or more, no digit) and is not a side's name ("SDF 4000
  vs IS 2000" counts the SDF's men);
- after the number comes punctuation, the end, or a word that follows a name and never counts (`_NAME_FOLLOWERS`:
  "from", "at", "took", "reported"): "UN 40 wounded" and a headline's "KILL 32 SOLDIERS" go on counting;
- the word before the capitals, if any, is not in capitals either.

A callsign also names a speaker ("NAIL 51 reported that dozens of vehicles had been destroyed"): extract/claimants.py
refuses a name holding a number of two digits or more (a count, not a name: "the 40 protesters said") unless
`is_callsign` says it is one; a year ("UN 2024") or a long number is no callsign.
"""

from __future__ import annotations

import re

from extract.triggers import side_mentions

_CAPS_BEFORE = re.compile(r"(?:^|(?<=[\s(\"'/]))([A-Z]{2,})\s$")
_WORD_BEFORE = re.compile(r"(\S+)\s+$")
_AFTER = re.compile(r"\s*([^\s]*)")
# Words that follow a name and never the thing a number counts: the number ends the sentence or a clause, or one
# of these opens what follows it ("launched at HOG 32 from the west", "HOG 32 took a hit", "NAIL 51 reported").
_NAME_FOLLOWERS = frozenset({"from", "at", "on", "in", "and", "or", "to", "with", "by", "over", "was", "is", "had",
                             "has", "took", "reported", "said", "called", "radioed", "confirmed", "saw", "who", "which"})


def _shouted(word: str) -> bool:
    """Whether a word is written in capitals (its letters, if any, all capitals)."""
    letters = [c for c in word if c.isalpha()]
    return bool(letters) and all(c.isupper() for c in letters)


def callsign_number(text: str, start: int, k: int, end_number: int, end: int) -> bool:
    """Whether the number text[k:end_number] ends a callsign "HOG 32" (its sentence text[start:end]).

    The caller tests first that the character before the number is white space after a capital letter."""
    m = _CAPS_BEFORE.search(text, max(start, k - 12), k)
    if m is None:
        return False
    after = _AFTER.match(text, end_number, end)
    nxt = after.group(1) if after else ""
    if nxt[:1].isalnum() and nxt.rstrip(",.;:)").lower() not in _NAME_FOLLOWERS:
        return False  # "UN 40 wounded", "KILL 32 SOLDIERS", "UN 12 000": a word that may count or go on counting
    before = _WORD_BEFORE.search(text, max(start, m.start(1) - 24), m.start(1))
    if before is not None and _shouted(before.group(1)):
        return False  # "REBELS KILL 32 in raid": the line is in capitals
    if m.start(1) == start or before is None:
        return False  # the sentence's first word: a heading or a headline ("HOG 32 took a hit" is read elsewhere)
    return not side_mentions(text, m.start(1), m.end(1))  # "SDF 4000": a side's men


# A speaker's callsign: a capitalised word (or two) of three letters or more, then 1-3 digits ("NAIL 51", "HOG 31").
_CALLSIGN = re.compile(r"[A-Z]{3,}(?:[ -][A-Z]{3,})?[ -]\d{1,3}")


def is_callsign(name: str) -> bool:
    """Whether `name` is a callsign: a capitalised word (or two) of three letters or more, then 1-3 digits."""
    return _CALLSIGN.fullmatch(name) is not None
