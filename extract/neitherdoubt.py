"""A doubt that names the figures it means: "Neither that figure nor the police totals can be checked."

"that figure" points at the figure of the sentence right before; "the police totals" at the police's figures,
wherever they stand before in the section (an earlier paragraph too). The figures of the sentences in between,
given by others, are not doubted by it (extract/stance.py's "neither account" would reach every sentence of the
last three: this form says which two it means). Worked out once per document; only for a document holding
"Neither that/this …".
"""

from __future__ import annotations

import re

from extract.context import SentenceContext, per_document
from extract.lexicon import canonical_source
from extract.cuescan import has_any  # (any(k in text for k in keys) without a generator)

__all__ = ["neither_ahead", "owner_key"]

_NEITHER = re.compile(
    r"\W*neither\s+(?:that|this)\s+(?:figure|claim|number|toll|count|estimate|account|tally)\s+nor\s+(?:the\s+)?"
    r"(?P<owner>[\w'’-]+(?:\s+[\w'’-]+)?)\s+(?:figures|totals?|tolls?|counts?|numbers|claims?|estimates?|tall(?:y|ies))"
    r"\s+(?:\w+\s+){0,3}?(?:be\s+)?(?:checked|verified|confirmed|corroborated)\b", re.I)
_KEYS = ("Neither that", "Neither this", "neither that", "neither this")
_REACH = 8  # sentences ahead, within the section: the paragraph and the one before it


def neither_ahead(ctx: SentenceContext) -> tuple[int, str] | None:
    """(how many sentences ahead, the owner's key: `owner_key`) of the first "Neither that figure nor the X
    totals can be checked" within reach in the section, else None."""
    found = _sentences(ctx)
    for i, owner in found:
        k = i - ctx.index
        if k <= 0:
            continue
        if k > _REACH or ctx.sentences[i][1] > ctx.section.end:
            return None
        return k, owner
    return None


_POSSESSIVE = re.compile(r"['’]s?$")


def owner_key(name: str) -> str:
    """The key a name of a source is matched by: the last word of its canonical name, casefolded, without a
    possessive ("the ministry's" and "Health Ministry" -> "ministry"; "SOHR's" and "the Observatory" -> "rights")."""
    bare = _POSSESSIVE.sub("", name.strip())
    canon = (canonical_source(bare) or bare).casefold().split()
    return canon[-1] if canon else ""


@per_document
def _sentences(ctx: SentenceContext) -> tuple[tuple[int, str], ...]:
    """(index, owner) of the document's "Neither that figure nor the X totals …" sentences (memoised)."""
    out: list[tuple[int, str]] = []
    text = ctx.text
    if has_any(text, _KEYS):
        for i, (s, e) in enumerate(ctx.sentences):
            m = _NEITHER.match(text, s, e)
            if m:
                out.append((i, owner_key(m.group("owner"))))
    found = tuple(out)
    return found
