"""A sentence opening with a role and the person's name in apposition, then its first verb (for extract/cuetails.py).

"A Renamo spokesman, Afonso Mutumbo, dismissed the claim and said only three …": the verb of saying after "and"
shares the subject of the first verb, here the person named in apposition, with the role kept to type him
("a Renamo spokesman": the armed group's voice). Only "role, Name Surname, <verb>ed …" in one clause: "The army,
police and militia stormed the camp and said …" (no personal name between the commas) is left alone.
"""

from __future__ import annotations

import re

from extract.names import Named

_APPOSED = re.compile(r"(?P<role>(?:[Tt]he|An?)\s+(?:[\w'’-]+\s+){0,4}?[a-z][\w'’-]*)\s*,\s*"
                      r"(?P<name>[A-Z][\w'’.-]+(?:\s+(?:al-|bin\s+|de\s+|van\s+)?[A-Z][\w'’.-]+){1,3})\s*,\s+"
                      r"(?:[a-z]+ed|has\s+[a-z]+ed|had\s+[a-z]+ed)\s(?P<rest>[^,;:]*)\Z")


def apposed_opening(before: str) -> Named | None:
    """The person named in apposition to the role opening `before` (the sentence up to a verb of saying after
    "and"/"but"), with the role as its `role`; None if `before` is not "role, Name, verbed … and"."""
    m = _APPOSED.match(before)
    if m is None or any(ch.isdigit() for ch in m.group("rest")):
        return None
    named = Named(m.group("name"))
    named.role = m.group("role")
    return named
