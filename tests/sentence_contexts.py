"""SentenceContexts over a body made of test sentences (shared by the shortcut tests of cost20 and cost21)."""

from __future__ import annotations

from extract.context import SENTENCE_TEXTS, Section, SentenceContext


def body_contexts(sentences: list[str], breaks: list[bool], memo: bool) -> list[SentenceContext]:
    """One context per sentence of a body made of `sentences`, a blank line after sentence i where breaks[i];
    with `memo`, the contexts share the per-document memo holding the sentence texts."""
    text, spans = "", []
    for i, s in enumerate(sentences):
        if text:
            text += "\n\n" if breaks[(i - 1) % len(breaks)] else " "
        spans.append((len(text), len(text) + len(s)))
        text += s
    section = Section("body", 0, len(text))
    shared = {SENTENCE_TEXTS: [text[a:b] for a, b in spans]} if memo else None
    return [SentenceContext(text=text, sentences=tuple(spans), index=i, section=section, published=None, outlet=None,
                            memo=shared) for i in range(len(spans))]
