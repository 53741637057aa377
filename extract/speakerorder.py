"""A closing "according to X" before a number gives way to a speaker named between it and the number.

"The agency counted 3,117 victims, according to government figures, and the civic group Causa Viva says at least
31 massacres have been recorded." "According to X" attributes what stands before it (or, opening a sentence, what
follows); once a new speaker opens a clause of its own after it ("the civic group says …"), the numbers of that
clause are the new speaker's (GUIDELINES.md: a source covers its own clause), as a nearer speaker already takes
over from a farther one (extract/cuescope.py).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from extract.cues import Cue


def without_superseded(cues: list[Cue], speakers: list[Cue], pos: int) -> list[Cue]:
    """`cues` without the "according to"-like cues before the number at `pos` that a speaker cue of `speakers`,
    starting after them and before the number, takes over from."""
    return [c for c in cues if not (c.after and c.end <= pos and c.name and c.verb.lower() not in _RELAYS
                                    and any(d.start >= c.end and d.start < pos for d in speakers))]


# "A journalist, citing SAMS, and activists claim …": a relayed source is the original claimant (extract/attribution.py
# lets "citing X" beat its relayer), never given way.
_RELAYS = frozenset(("citing", "quoting", "as cited by"))
