"""A phrase fronted before a speaker's clause belongs to that clause.

- "Since martial law began on May 19, the spokesman said, 212 rebels have been killed": a speech tag set off by
  commas after a fronted adverbial ("Since …", "By Tuesday", "In the north") interrupts the speech, which is the
  main clause after it (extract/cuescope.py otherwise lets "…, X said, …" reach only what stands before it).
- "Of the 2,870 deaths it documented, Tutela Legal says …", "Among the 300 detained, police said …": a partitive
  phrase opening the sentence names the count the speaker goes on to break down, and is the speaker's too.
- "Donors pledged $880 million, of which, the Government says, $460 million had been disbursed": a speech tag
  right after a relative "of which," interrupts the relative clause: it reaches the count after it, not the one
  before "of which" (the writer's). `relative_front`.
A fronted clause of the writer's own with a subject and verb ("After 40 people were killed, the army said it
would …") is not a partitive phrase, and the count in it stays the writer's.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from extract.cues import Cue

# A fronted adverbial closed by the comma before the tag: "Since martial law began on May 19,", "By Tuesday,".
_ADVERBIAL = re.compile(r"\s*(?:since|after|before|by|in|on|over|during|between|from|until|as\s+of|within|"
                        r"throughout|across|at|so\s+far|to\s+date|overall|in\s+all|altogether|all\s+told)\b"
                        r"(?:[^;:,]|(?<=\d),(?=\d))*(?:,(?:[^;:,]|(?<=\d),(?=\d))*)?,\s*$", re.I)
# A partitive phrase opening the sentence: "Of the 2,870 deaths it documented,", "Among the 300 detained,".
_PARTITIVE = re.compile(r"\s*(?:of|among)\s+(?:the|these|those|its|their)\s+(?:[^;:,\d]|\d,(?=\d))*\d(?:[^;:,]|(?<=\d),(?=\d))*,"
                        r"\s*$", re.I)  # (a comma inside a number, "2,870", is no comma of the clause)


def fronted_before(sentence: str, cue_start: int) -> bool:
    """Whether the sentence up to a speech tag "X said," is only a fronted adverbial (see _ADVERBIAL)."""
    return 0 < cue_start < 160 and bool(_ADVERBIAL.fullmatch(sentence, 0, cue_start))


# ", of which," / ", of whom," / ", among them," closing the text right before a speech tag.
_RELATIVE_FRONT = re.compile(r",\s*(?:of|among|in)\s+(?:which|whom|them)\s*,\s*$", re.I)


def relative_front(sentence: str, cue_start: int) -> int:
    """Where ", of which," starts when it stands right before the speech tag at `cue_start`, else -1."""
    head = sentence[max(0, cue_start - 20) : cue_start]
    if "which" not in head and "whom" not in head and "them" not in head:
        return -1
    m = _RELATIVE_FRONT.search(sentence, max(0, cue_start - 24), cue_start)
    return m.start() if m else -1


def partitive_front(sentence: str, cue_start: int, end: int) -> bool:
    """Whether the number ending at `end` stands in a partitive phrase that opens the sentence and ends right
    before the speaker's name at `cue_start` (see _PARTITIVE)."""
    return end < cue_start < 200 and bool(_PARTITIVE.fullmatch(sentence, 0, cue_start))


_VOUCHING = re.compile(r"\b(?:documented|recorded|verified|confirmed)\b", re.I)


def with_front_verb(sentence: str, cue: Cue, cue_start: int) -> Cue:
    """The cue of a speaker whose partitive front says how the count was made: "Of the 2,870 deaths it documented,
    X says …" gives the count as documented (GUIDELINES.md: `confirmed`), else the cue as it is."""
    m = _VOUCHING.search(sentence, 0, cue_start)
    return replace(cue, verb=m.group()) if m else cue


# "On that basis the Commission has documented …", "By this count the Red Cross …": a prepositional phrase with a
# demonstrative opens the sentence, no comma after it, before a named subject ("that" here is no conjunction).
_DEMONSTRATIVE_FRONT = re.compile(r"\s*(?:on|in|at|by|from|for|after|under|with)\s+(?:that|this|these|those)\s+"
                                  r"(?:[a-z][\w'’-]*\s+){1,3}?(?P<np>(?:the|its|their)\s+(?-i:[A-Z][\w'’.-]*"
                                  r"(?:\s+(?:of\s+|for\s+)?[A-Z][\w'’.-]*){0,5}))(?:\s+(?:has|have|had|also|now))*\s*",
                                  re.I)


def demonstrative_front(before: str) -> tuple[str, int] | None:
    """(subject, where it starts) when the words before a verb of saying are a fronted "On that basis" phrase and
    a named subject ("On that basis the Commission has documented"); None otherwise."""
    m = _DEMONSTRATIVE_FRONT.fullmatch(before)
    if m is None:
        return None
    return m.group("np"), m.start("np")
