"""A body's full proper name followed by where it sits: "the Eastern Karen Relief Committee in Mae Sot".

A name of three or more capitalised words (joined by "of", "for", "the", "and" or "on": "the Office of the High
Commissioner", "the Syrian Observatory for Human Rights") is a body's (or a person's) full name; a place after it
says where it sits ("in Mae Sot"), not which body it is, so the source is the name alone. A shorter name keeps its
place, which may be what tells it apart ("the Foreign Ministry in Lisbon", "the government in Djibouti": which
ministry, which government); a listed body already drops it (extract/sourcetidy.py). A mission or force named for
the country it serves in keeps the place: it is part of its name ("United Nations Assistance Mission in Iraq").
extract/attribution.py asks it of every named claimant after sourcetidy; extract/placeseat.py asks `name_before`
whether a place follows such a name (its seat, when the body speaks: not the event's place).
"""

from __future__ import annotations

import re

__all__ = ["name_before", "seat_dropped"]

_JOINS = frozenset(("of", "for", "the", "and", "on"))  # small words inside a body's name
_FULL = 3  # capitalised words of a full name
_REACH = 90  # characters before the place looked at for the name


def name_before(text: str, end: int) -> int:
    """The start of a body's full name that ends right before `end` (three or more capitalised words, joined by
    the small words of _JOINS; blanks before `end` aside), else -1. "The" or "the" not after "of", "for", "and" or
    "on" is the name's article, no word of it ("Yesterday the Office of the High Commissioner")."""
    a = end - _REACH if end > _REACH else 0
    words = text[a:end].split(" ")
    if a:
        words = words[1:]  # (the first word of a cut window may be cut)
    if words and not words[-1]:
        words.pop()
    capital, start, at = 0, -1, end
    for i in range(len(words) - 1, -1, -1):
        w = words[i]
        at -= len(w) + 1
        if w in ("the", "The"):
            if i == 0 or words[i - 1] not in _JOINS:
                break
        elif w[:1].isupper() and w[1:2] != "" and (w[-1].isalnum() or w[-1] in "'’.-"):
            capital += 1
            start = at + 1
        elif w not in _JOINS:
            break
    return start if capital >= _FULL else -1


# The place after the name: "in"/"based in" and a capitalised place of 1-3 words.
_SEAT = re.compile(r"\s+(?:based\s+)?in\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}")


# A mission or force named for where it serves: "United Nations Assistance Mission in Afghanistan", "the
# Peacekeeping Force in Cyprus", "the OSCE Special Monitoring Mission in Ukraine": the place is part of its name.
_NAMED_FOR_PLACE = re.compile(r"\b(?:United\s+Nations|UN|Mission|Force|Forces|Operation|Office|Observers?|Presence|"
                              r"Authority|Delegation)$|^(?:United\s+Nations|UN)\b")


def named_for_place(name: str) -> bool:
    """Whether a body's name is one that a place after it completes (a mission, force or office "in Iraq")."""
    return _NAMED_FOR_PLACE.search(name) is not None


def seat_dropped(source: str) -> str:
    """`source` without the seat after a full name of 3+ capitalised words (see the module), else `source`."""
    if " in " not in source:
        return source
    for m in _SEAT.finditer(source):
        if m.end() != len(source):
            continue
        s = name_before(source, m.start())
        lead = source[:s]
        if s < 0 or lead not in ("", "the ", "The "):
            return source
        name = source[s : m.start()]
        return source if named_for_place(name) else name
    return source
