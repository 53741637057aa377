"""Attribution of one number in a test text, through the same stages extract_claims runs (shared by the
attribution tests)."""

from __future__ import annotations

import bisect
from datetime import date

from extract.attribution import attribute
from extract.context import SentenceContext
from extract.records import Quantity
from extract.sections import split_sections
from extract.sentences import split_sentences


def context_at(text: str, at: int, *, outlet: str | None, published: date | None) -> SentenceContext:
    """The context of the sentence holding offset `at`, built as extract_claims builds it."""
    sections = split_sections(text)
    spans, owner = [], []
    for si, section in enumerate(sections):
        for span in split_sentences(text, section.start, section.end):
            spans.append(span)
            owner.append(si)
    i = bisect.bisect_right([s for s, _ in spans], at) - 1
    return SentenceContext(text, tuple(spans), i, sections[owner[i]], published, outlet)


def attribution_at(text: str, number: str, *, outlet: str | None, published: date,
                   occurrence: int = 0) -> tuple[str | None, str, str]:
    """(source, source_type, stance) of the claim at the `occurrence`-th `number` in `text`."""
    at = -1
    for _ in range(occurrence + 1):
        at = text.index(number, at + 1)
    ctx = context_at(text, at, outlet=outlet, published=published)
    a = attribute(ctx, Quantity(1, 1, 1, "exact", "count", number, at, at + len(number)))
    return a.source, a.source_type, a.stance


def body(*paragraphs: str) -> str:
    """A page with a headline and these paragraphs."""
    return "Front Page Title\n\n" + "\n\n".join(paragraphs) + "\n"
