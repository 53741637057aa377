"""What opens a line before the speaker label of its figures, and the label itself.

- A thread's post number: "4/ Defence ministry: eight killed", "(4/9) UN: …" — the numbering of a post is no part
  of the label after it (extract/cues.py reads "X: …" as X speaking).
- A label naming the speaker's document and when it spoke: "Defence ministry statement tonight: total of eight
  killed", "Police statement on Monday: …" — the speaker is the body that issued the statement ("Defence ministry").
"""

from __future__ import annotations

import re

__all__ = ["label_speaker", "post_lead"]

# "4/ ", "4/9 ", "(4/9) ", "4/9: " opening a sentence: a post number of a thread.
_POST = re.compile(r"\s*\(?\d{1,3}/\d{0,3}\)?:?\s+(?=[A-Z\"“])")
# A label's tail naming a document and a time: "statement tonight", "communique on Monday", "bulletin this morning".
_DOCUMENT_TAIL = re.compile(
    r"\s+(?:statement|communiqu[eé]|bulletin|press\s+release|release|update|briefing|figures|tally|count)"
    r"(?:\s+(?:tonight|today|yesterday|this\s+(?:morning|afternoon|evening)|last\s+night|on\s+[A-Z][a-z]+day))?$")


def post_lead(sentence: str) -> int:
    """Length of the thread post number opening a sentence ("4/ ", "(4/9) "), else 0."""
    if not sentence[:1].isdigit() and sentence[:1] != "(":
        return 0
    m = _POST.match(sentence)
    return m.end() if m else 0


def label_speaker(label: str) -> str:
    """The speaker a label before ":" names: "Defence ministry statement tonight" -> "Defence ministry"; the label
    itself when it names no document (or is nothing but one)."""
    m = _DOCUMENT_TAIL.search(label)
    return label[: m.start()] if m and m.start() > 0 else label
