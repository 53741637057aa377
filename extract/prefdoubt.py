"""A writer preferring one of two tolls disputes the other: "Police had put the dead at 27. The army says some remains
were counted twice, and we see no reason to doubt the lower figure." makes the police's 27 `disputed` (the army's
lower 20, told before, keeps its stance).

extract/claims.py asks once a claim's measure is known: a count of the dead, claimed, with a toll of the dead on the
preferred side of it told earlier in the document, and a sentence of preference ("no reason to doubt the lower
figure", "we accept the higher toll", "the lower count seems more credible") in its own sentence or the next one of
its section. Gated on "lower"/"higher"/"smaller"/"larger" in the document before any pattern.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from extract.context import SentenceContext, per_document, per_sentence

__all__ = ["preferred_against"]

_KEYS = ("lower", "higher", "smaller", "larger")
_SIDES = "|".join(_KEYS)  # (the pattern's sides are the gate's words)
_FIGURE = r"(?:figure|toll|death\s+toll|count|number|estimate|tally)s?"
# The preference, before or after the figure it names: "we see no reason to doubt the lower figure", "we accept the
# higher toll", "the lower figure is the more credible".
_PREFERS = re.compile(
    r"\b(?:no\s+reason\s+to\s+(?:doubt|question|dispute)|(?:we|I)\s+(?:accept|believe|trust|prefer)|"
    r"(?:we|I)\s+(?:find|consider|think)\s+)(?:[^.;]{0,30}?\s)?the\s+(?P<a>" + _SIDES + r")\s+" + _FIGURE
    + r"|\bthe\s+(?P<b>" + _SIDES + r")\s+" + _FIGURE + r"\s+(?:is|seems|looks|appears)\s+(?:to\s+be\s+)?"
    r"(?:the\s+)?(?:more|most)\s+(?:credible|likely|reliable|plausible|accurate|trustworthy)\b", re.I)
_REACH = 1  # sentences after the claim's own (the preference follows the figure it sets aside)


@per_document  # most documents hold none of the comparatives
def _has_keys(ctx: SentenceContext) -> bool:
    text = ctx.text
    return any(k in text for k in _KEYS)


@per_sentence  # depends on the sentence and the ones after it in its section only
def _preferred_side(ctx: SentenceContext) -> str | None:
    """"lower" or "higher": the side of two tolls a sentence here or just after prefers, else None."""
    for k in range(0, _REACH + 1):
        i = ctx.index + k
        if i >= len(ctx.sentences) or ctx.sentences[i][1] > ctx.section.end:
            return None
        nxt = ctx.neighbour(k)
        if any(key in nxt for key in _KEYS) and (m := _PREFERS.search(nxt)) is not None:
            side = (m.group("a") or m.group("b")).lower()
            return "lower" if side in ("lower", "smaller") else "higher"
    return None


def preferred_against(ctx: SentenceContext, value: float, measure: str, earlier: Iterable[tuple[float, str]]) -> bool:
    """Whether the count of the dead `value` is the toll a writer's preference for another one disputes: a
    preference for the lower (higher) figure near it, and a lower (higher) toll of the dead in `earlier`
    ((value, measure) of the tolls told before)."""
    if measure != "killed" or not _has_keys(ctx):
        return False
    side = _preferred_side(ctx)
    if side is None:
        return False
    return any(m == "killed" and (v < value if side == "lower" else v > value) for v, m in earlier)
