"""A fact-check's layout: a "CLAIM:" line giving what a post or a person said, and a "VERDICT:" (or "Rating:")
line judging it.

The claim line's figure is the poster's, not the fact-checker's: "CLAIM: A post by the account @X, shared 40,000
times, says that 300 were killed" is @X's claim (a handle is a named account, `social_media`), and a verdict
calling it false ("VERDICT: False.", "Our rating: Misleading") is the writer casting doubt on it: `disputed`.
The verdict covers the claim line only; the counts the checker weighs it against keep their own stances.
"""

from __future__ import annotations

import re

from extract.context import SentenceContext, per_document
from extract.names import first_named

__all__ = ["claim_line_source", "is_claim_line", "refuted_by_verdict"]

_CLAIM_OPEN = re.compile(r"\s*(?:the\s+)?claims?\s*:\s*", re.I)
_HANDLE = re.compile(r"(?<![\w@])@\w{2,}")
# "A video post by the account X", "a statement by the X Front": the agent of the post.
_BY_AGENT = re.compile(r"\b(?:posted|shared|made|written|published|issued|tweeted|post|video|statement|message|tweet|"
                       r"claim|speech|article)\s+by\s+(?:the\s+)?(?:account\s+|user\s+|page\s+)?(?P<np>[^,;:()\n]{2,60})",
                       re.I)
# "VERDICT: False.", "Our rating: FALSE", "Rating: Misleading": a verdict line that rejects the claim.
_VERDICT = re.compile(r"^[ \t]*(?:our\s+|the\s+)?(?:verdict|rating|ruling|conclusion)\s*:\s*(?:mostly\s+|largely\s+)?"
                      r"(?:false|fake|fabricated|misleading|wrong|untrue|incorrect|unproven|unsupported|baseless|"
                      r"pants\s+on\s+fire|not\s+true)\b", re.I | re.M)


def is_claim_line(sentence: str) -> bool:
    """Whether the sentence opens a fact-check's "CLAIM:" line."""
    return sentence[:1] in _CLAIM_FIRST and _CLAIM_OPEN.match(sentence) is not None


_CLAIM_FIRST = frozenset(" \tTtCc")


def claim_line_source(sentence: str) -> str | None:
    """Who makes the claim a fact-check's "CLAIM:" sentence gives: its first @handle, else the agent of the
    post or statement ("a post by X"); None for any other sentence."""
    m = _CLAIM_OPEN.match(sentence)
    if m is None:
        return None
    handle = _HANDLE.search(sentence, m.end())
    if handle:
        return handle.group(0)
    agent = _BY_AGENT.search(sentence, m.end())
    return first_named(agent.group("np")) if agent else None


@per_document
def refuted_by_verdict(ctx: SentenceContext) -> bool:
    """Whether the document holds a verdict line rejecting its claim ("VERDICT: False."), worked out once per
    document (asked only for a claim line's sentence)."""
    refuted = bool(_VERDICT.search(ctx.text))
    return refuted
