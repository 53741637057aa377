"""A claim cue found in a sentence: who says it, with which verb, and where (extract/cues.py finds the verbs,
extract/sourcephrases.py the phrases of sourcing; extract/cuescope.py decides which numbers each reaches)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Cue:
    name: str  # "" when the verb has no subject of its own ("… but gave a toll of 78")
    start: int  # where the name starts in the sentence (for "first named")
    end: int  # where the cue ends (scope starts after it)
    verb: str
    after: bool = False  # the cue follows what it attributes ("…, according to X")
    backward: bool = False  # reaches only what stands before it ("…, the World Bank estimates, and …")
