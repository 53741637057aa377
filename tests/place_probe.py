"""find_place on a text of our own, as the location tests read it: the place given to one number of the text."""

from __future__ import annotations

from datetime import date

from extract.context import Section, SentenceContext
from extract.places import find_place
from extract.records import Quantity
from extract.sentences import split_sentences

PUB = date(2024, 5, 20)


def place_of(text: str, number: str, *, headline: str | None = None, published: date | None = PUB):
    """The place find_place gives the number `number` (its first occurrence after the headline) of `text`; with a
    `headline`, the text starts with it as a headline section of its own."""
    sections = []
    if headline is not None:
        text = headline + "\n\n" + text
        sections.append(Section("headline", 0, len(headline)))
    body_start = len(headline) + 2 if headline is not None else 0
    sections.append(Section("body", body_start, len(text)))
    start = text.index(number, 0 if headline is not None and number in headline else body_start)
    spans = tuple(split_sentences(text, 0, len(text)))
    index = next(i for i, (s, e) in enumerate(spans) if s <= start < e)
    section = next(sec for sec in sections if sec.start <= start < sec.end)
    ctx = SentenceContext(text, spans, index, section, published, None)
    got = find_place(ctx, Quantity(1, 1, 1, "exact", "count", number, start, start + len(number)))
    return None if got is None else got.written
