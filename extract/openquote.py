"""A quotation opened by "X writes: \"…" in an earlier sentence and still open is X's, sentence after sentence.

'Jane Roe, 68, who nursed at the mission, writes: "We had no doctor. In the first week we buried nine of them."':
the second sentence names nobody and stands inside the quotation Jane Roe's letter opened, in the same paragraph:
the count is hers (GUIDELINES.md: the source is who makes the claim, as named). A person telling what happened to
her own people in the first person ("we", "I", "our") is a witness (`role` "witness": the lexicon types it
`activists`); a quoted body ("The ministry says: \"…") or a ranked writer ("Colonel Ade Roe writes: \"…") keeps
its own type. extract/quotecarry.py takes a quotation
that closes and opens again after its tag; this one a quotation that never closed.
extract/attribution.py asks it for a number nobody in its sentence claims.
"""

from __future__ import annotations

import re

from extract.context import SentenceContext, per_document, per_sentence
from extract.lexicon import lookup
from extract.names import Named
from extract.quotecarry import quote_left_open
from extract.rolenames import RANK_BEFORE_NAME

__all__ = ["open_quote_speaker"]

_BACK = 6  # sentences of one quotation back to the sentence that opened it
_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n")
# "Ted Harris, 71, who served with …, writes: \"", "The mayor said: “": the speaker opening the sentence, an
# apposition after it, then a verb of speech or writing and a colon before the quotation mark.
_OPENS = re.compile(
    r"^\s*(?P<np>(?:the\s+|a\s+|an\s+)?[A-Z][\w'’.-]*+(?:\s+(?:[A-Z][\w'’.-]*+|of|for|the)){0,5})\s*"
    r"(?:,[^:\"“”]{0,160}?,\s*)?(?P<verb>writes|wrote|says|said|recalls|recalled|remembers|adds|added|told\s+us|"
    r"tells\s+us|explains|explained)\s*:\s*[\"“]")
_PERSON = re.compile(r"[A-Z][\w'’-]+(?:\s+[A-Z]\.)?(?:\s+[A-Z][\w'’-]+){1,2}")  # "Ted Harris", "Ann K. Roe"
_FIRST_PERSON = re.compile(r"\b(?:[Ww]e|I|[Uu]s|[Oo]ur|[Mm]y)\b")


_COLON_QUOTES = (': "', ": “")  # one stands where _OPENS can match


@per_document
def _opens_somewhere(ctx: SentenceContext) -> bool:
    """Whether the document holds a quotation opened after a colon at all (worked out once per document)."""
    found = any(q in ctx.text for q in _COLON_QUOTES)
    return found


@per_sentence  # depends on the sentence and the ones before it only
def open_quote_speaker(ctx: SentenceContext) -> tuple[str, str] | None:
    """(speaker, verb) of the quotation still open at this sentence's start; None if none is, or its opening is
    not "X writes: \"" within _BACK sentences of the paragraph."""
    if ctx.section.kind not in ("body", "update") or not _opens_somewhere(ctx):
        return None
    text, sentences = ctx.text, ctx.sentences
    for k in range(1, _BACK + 1):
        i = ctx.index - k
        if i < 0 or sentences[i][0] < ctx.section.start or _PARAGRAPH_BREAK.search(text, sentences[i][1],
                                                                                      sentences[i + 1][0]):
            return None
        prev = ctx.neighbour(-k)
        m = _OPENS.match(prev) if ": " in prev else None
        if m is None:
            continue
        if not quote_left_open(text[sentences[i][0]:sentences[ctx.index][0]]):
            return None  # the quotation closed before this sentence
        name = Named(m.group("np").strip())
        if (_PERSON.fullmatch(name) and not RANK_BEFORE_NAME.match(name) and not lookup(name)
                and _FIRST_PERSON.search(text, sentences[i][0] + m.end(), sentences[ctx.index][1])):
            name.role = "witness"  # a person telling of her own people's experience (not "Colonel Ade Roe")
        return name, m.group("verb")
    return None
