"""Stance set by a sentence about the figures around it, not next to them.

- Vouching ahead: "The final figures, which have been confirmed against service records, are as follows." or
  "The figures below were recorded by our teams and checked against …" makes the figures after it confirmed:
  the rest of its paragraph, and a heading ("Situation as of 14 February:") and list lines after it.
- Doubt on one claimant: a sentence opening "The government's figure(s) could not be checked; …" disputes what that
  claimant said before it in the section (within a few sentences), not the figures of others (extract/attribution.py
  matches the claimant against `owners_doubted_ahead`; the sentence right before, in its paragraph, is
  stance.around's, read per claim with extract/ownerdoubt.py).

Both are rare: each document's sentences are scanned once for them (`_indexes`), and a sentence with none
within reach is answered without looking around it.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable
from functools import lru_cache

from extract.context import SentenceContext
from extract.cuescan import has_any
from extract.rx import guarded
from extract.stance import (ONE, OWNED_FIGURES_TAIL, _PARAGRAPH_BREAK, _SIDES_REACH, _has_doubt, _opens_paragraph,
                            named_owner)
from extract.wordset import folded

__all__ = ["doubting_sentences", "owners_doubted_ahead", "vouched_before", "vouching_sentences"]

_VOUCH = guarded(r"\b(?:confirmed|verified|checked|cross-checked|documented)\b", re.I)
# Pointing at what follows: "as follows", "the following (figures)", "the figures below", "listed below" (not
# "following the attack", "the following day").
_AHEAD = guarded(r"\bas\s+follows\b|\bthe\s+following\b(?!\s+(?:day|days|week|weeks|month|months|year|years|morning|"
                 r"afternoon|evening|night|weekend)\b)|\b(?:figures|numbers|totals|data|list|table|details|breakdown|"
                 r"listed|set\s+out|shown|given|summari[sz]ed|recorded|reproduced)\s+below\b", re.I)
_VOUCH_KEYS = ("confirmed", "verified", "checked", "documented")
_AHEAD_WORDS = ("as follows", "below", "following", "Below", "Following")  # (_AHEAD's, as written)
# Every doubt stance.named_owner reads holds one of these (a document without any has no such paragraph).
# "'s (own|official|latest) figures": the tail of its pattern, searched alone as the cheap test for a whole document.
_OWNED_FIGURES = re.compile(OWNED_FIGURES_TAIL, re.I)
_OWNER_DOUBT_WORDS = ("verif", "confirm", "check", "corroborat")  # the doubts a claimant's figures are given
_LIST_MARK = re.compile(r"[ \t]*(?:[-–•*]|\d{1,2}[.)])[ \t]*")  # what opens a list line before its text
_VOUCH_REACH = 5  # sentences of running text back: a paragraph of figures after the vouching sentence
_LIST_REACH = 30  # sentences back in all, with the lines of a list of figures and its heading
_FAR = float("inf")


@lru_cache(maxsize=4096)
def _vouches(sentence: str) -> bool:
    """Whether the sentence says that the figures after it are confirmed (see _VOUCH, _AHEAD), without doubt."""
    return (has_any(folded(sentence), _VOUCH_KEYS) and bool(_AHEAD.search(sentence)) and bool(_VOUCH.search(sentence))
            and not _has_doubt(sentence))


@lru_cache(maxsize=4096)
def _doubted_owner(sentence: str) -> str | None:
    """The claimant whose figures the sentence opens by doubting ("government"), or None."""
    owner = named_owner(sentence) if _has_doubt(sentence) else None  # (extract/stance.py; one figure of the
    return owner if owner and not owner.endswith(ONE) else None  # owner's, its toll: extract/tolldoubt.py)


def _indexes(ctx: SentenceContext, key: str, test: Callable[[str], object], words: tuple[str, ...],
             needs: tuple[str, ...], gate: re.Pattern[str] | None = None) -> tuple[int, ...]:
    """The indexes of the document's sentences that pass `test`, worked out once per document (in its memo): of the
    sentences holding one of `words` (as written); none in a document without one of `needs`, or where `gate` (a
    cheap pattern every passing sentence holds) finds nothing."""
    memo = ctx.memo
    if memo is not None and key in memo:
        return memo[key]
    text, sentences = ctx.text, ctx.sentences
    found: tuple[int, ...] = ()
    if has_any(text, needs) and (gate is None or gate.search(text)):
        # (sentences are (start, end) pairs in order: bisecting them by (offset, …) finds the sentence at an offset)
        candidates = set()
        for w in words:  # the sentences holding a word, from where it stands in the text
            at = text.find(w)
            while at >= 0:
                candidates.add(bisect.bisect_right(sentences, (at, _FAR)) - 1)
                at = text.find(w, at + len(w))
        found = tuple(sorted(i for i in candidates if 0 <= i < len(sentences) and test(ctx.neighbour(i - ctx.index))))
    if memo is not None:
        memo[key] = found
    return found


def vouching_sentences(ctx: SentenceContext) -> tuple[int, ...]:
    """The indexes of the document's sentences that vouch for the figures after them (none in most)."""
    # (the rarer words looked up, as written: a vouching sentence opening with "Confirmed" is not looked for)
    return _indexes(ctx, "vouching sentences", _vouches, _AHEAD_WORDS, _VOUCH_KEYS)


def doubting_sentences(ctx: SentenceContext) -> tuple[int, ...]:
    """The indexes of the document's sentences doubting one claimant's figures."""
    return _indexes(ctx, "owner-doubting sentences", _doubted_owner, _OWNER_DOUBT_WORDS, _OWNER_DOUBT_WORDS,
                    gate=_OWNED_FIGURES)


def vouched_before(ctx: SentenceContext) -> bool:
    """Whether a sentence before this one, in its paragraph or across a heading and list lines, vouches for
    the figures that follow it ("…, which have been confirmed against service records, are as follows.").
    A paragraph of running text between them ends the reach."""
    found = vouching_sentences(ctx)
    at = bisect.bisect_left(found, ctx.index) - 1
    if at < 0 or ctx.index - found[at] > _LIST_REACH:
        return False
    sentences, text = ctx.sentences, ctx.text
    running = 0  # sentences of running text passed (list lines and headings ending with ":" are not counted)
    for i in range(ctx.index - 1, found[at] - 1, -1):
        if sentences[i][0] < ctx.section.start:
            return False
        gap_start, gap_end = sentences[i][1], sentences[i + 1][0]
        line_start = text.rfind("\n", 0, gap_end) + 1
        listed = bool(_LIST_MARK.fullmatch(text, line_start, gap_end)) or ctx.neighbour(i + 1 - ctx.index).rstrip().endswith(":")
        if _PARAGRAPH_BREAK.search(text, gap_start, gap_end) and not listed:
            return False  # running text after a paragraph break: the vouching does not reach past it
        running += not listed
        if running > _VOUCH_REACH:
            return False
    return True


def owners_doubted_ahead(ctx: SentenceContext) -> frozenset[str | None]:
    """The claimants (their last word, casefolded: "government") whose figures a paragraph after this sentence,
    within the section and _SIDES_REACH sentences, opens by doubting ("The government's figures could not be
    checked."): their claims in this sentence are disputed."""
    found = doubting_sentences(ctx)
    at = bisect.bisect_right(found, ctx.index)
    out: set[str | None] = set()  # (None: a doubting sentence that names no owner)
    for i in found[at:]:
        k = i - ctx.index
        if k > _SIDES_REACH or ctx.sentences[i][1] > ctx.section.end:
            break
        if k > 1 or _opens_paragraph(ctx, k):  # (the sentence right after, in the paragraph, is stance.around's)
            out.add(_doubted_owner(ctx.neighbour(k)))
    return frozenset(out)
