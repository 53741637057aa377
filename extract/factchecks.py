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

__all__ = ["checked_figure_source", "claim_line_source", "is_claim_line", "refuted_by_verdict"]

_CLAIM_OPEN = re.compile(r"\s*(?:the\s+)?claims?\s*:\s*", re.I)
_HANDLE = re.compile(r"(?<![\w@])@\w{2,}")
# "A video post by the account X", "a statement by the X Front": the agent of the post.
_BY_AGENT = re.compile(r"\b(?:posted|shared|made|written|published|issued|tweeted|post|video|statement|message|tweet|"
                       r"claim|speech|article)\s+by\s+(?:the\s+)?(?:account\s+|user\s+|page\s+)?(?P<np>[^,;:()\n]{2,60})",
                       re.I)
# '"…" - a post shared 12,000 times on Facebook': a post named by its platform only (no poster named)
_ON_PLATFORM = re.compile(r"\b(?:an?|the)\s+(?:viral\s+|widely\s+shared\s+)?(?P<kind>post|video|tweet|message|reel)\b"
                          r"[^.;:\n\"“”]{0,80}?\bon\s+(?P<platform>Facebook|Twitter|X|TikTok|WhatsApp|Telegram|Instagram|"
                          r"YouTube|VKontakte|Weibo)\b")
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
    post or statement ("a post by X"), else the platform of an unnamed post ("a post … on Facebook": "Facebook
    post"); None for any other sentence."""
    m = _CLAIM_OPEN.match(sentence)
    if m is None:
        return None
    handle = _HANDLE.search(sentence, m.end())
    if handle:
        return handle.group(0)
    agent = _BY_AGENT.search(sentence, m.end())
    if agent:
        return first_named(agent.group("np"))
    post = _ON_PLATFORM.search(sentence, m.end()) if " on " in sentence else None
    return f"{post.group('platform')} {post.group('kind').lower()}" if post else None  # "a post … on Facebook"


@per_document
def refuted_by_verdict(ctx: SentenceContext) -> bool:
    """Whether the document holds a verdict line rejecting its claim ("VERDICT: False."), worked out once per
    document (asked only for a claim line's sentence)."""
    refuted = bool(_VERDICT.search(ctx.text))
    return refuted


@per_document
def _claim_lines(ctx: SentenceContext) -> tuple[tuple[str, str], ...]:
    """(sentence, claimant) of each claim line of the document that names its claimant, once per document."""
    text = ctx.text
    if "laim" not in text and "LAIM" not in text:
        return ()
    out = []
    for a, b in ctx.sentences:
        line = text[a:b]
        if is_claim_line(line) and (who := claim_line_source(line)):
            out.append((line, who))
    return tuple(out)


def checked_figure_source(ctx: SentenceContext, surface: str) -> str | None:
    """Whose the figure is that a fact-check doubts in its own words ("We found no source … that gives a figure of
    55 soldiers"): the claimant of the claim line giving the same number, else None. The checker re-mentions the
    claim it checks; its own doubt does not make the figure its own."""
    for line, who in _claim_lines(ctx):
        if re.search(r"(?<![\w,.])" + re.escape(surface) + r"(?![\w]|[,.]\d)", line):
            return who
    return None
