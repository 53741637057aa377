"""cost21's same-output shortcuts, each against its long way (the code before it) and with an example each that
fails if the gate drops its hit."""

from __future__ import annotations

from hypothesis import given, settings, strategies as st

from extract.context import Section, SentenceContext
from tests.sentence_contexts import body_contexts


# -- tolldoubt._document_has_caveat: "either"/"both" (folded) before the search of the whole text

import extract.tolldoubt as tolldoubt  # noqa: E402


def _doc_ctx(text: str) -> SentenceContext:
    return SentenceContext(text=text, sentences=((0, len(text)),), index=0, section=Section("body", 0, len(text)),
                           published=None, outlet=None, memo=None)


_CAVEAT_BITS = ["either", "Either", "NEITHER", "both", "BOTH", "Both", "EİTHER", "eıther", "toll", "tolls", "TOLL",
                "death", "of the", " ", " ", "\n", ".", "The toll rose", "bot", "h", "neither toll", "x"]


@settings(max_examples=800, deadline=None)
@given(st.lists(st.sampled_from(_CAVEAT_BITS), max_size=10).map("".join))
def test_document_caveat_as_the_long_way(text: str) -> None:
    long_way = "toll" in text and tolldoubt.TOLL_CAVEAT.search(text) is not None
    assert tolldoubt._document_has_caveat(_doc_ctx(text)) == long_way


def test_document_caveat_still_found() -> None:
    for text in ("A monitor said 40 died. We could not verify either toll.", "NEITHER TOLL was checked; the toll grew.",
                 "Both death tolls are the army's. The toll is 9."):
        assert tolldoubt._document_has_caveat(_doc_ctx(text))
    assert not tolldoubt._document_has_caveat(_doc_ctx("The toll rose to 9. Both sides said so."))


# -- placeimprint.imprint_spans: a dash and a blank after it before the press-dateline search

import extract.placeimprint as placeimprint  # noqa: E402

_LINE_BITS = ["\n", "Juba", "/Abyei", ", ", "Goma", " North Kivu", "10 February 2022", "March 3, 2021", " ", "\t", "-",
              "–", "—", "The group said 40 died.", ".", "Makassar", "x"]


def _imprint_spans_long(text: str) -> list[tuple[int, int]]:
    if not any(m in text for m in ("19", "20")):
        return []
    padded = "\n" + text
    return [(m.start(), m.end() - 1) for m in placeimprint._IMPRINT_NL.finditer(padded)] \
        + [(m.start(), m.end() - 1) for m in placeimprint._PRESS_NL.finditer(padded)]


@settings(max_examples=800, deadline=None)
@given(st.lists(st.sampled_from(_LINE_BITS), max_size=12).map("".join))
def test_imprint_spans_as_the_long_way(text: str) -> None:
    assert placeimprint.imprint_spans(text) == _imprint_spans_long(text)


def test_press_dateline_still_found() -> None:
    for dash in ("-", "–", "—"):
        for blank in (" ", "\t"):
            text = f"Report\nJuba/Abyei, 10 February 2022 {dash}{blank}The group has documented 40 deaths."
            assert placeimprint.imprint_spans(text) == _imprint_spans_long(text) != []


# -- midquote.quote_closed_after: a quotation mark somewhere in the document first

import extract.midquote as midquote  # noqa: E402

_QUOTE_SENTENCES = ['"We buried them on Friday.', "In the next village they buried more than 60.", "It rained.",
                    'Over 10,000 have fled," Ada Obi lamented.', "“They came at night.", "No one stayed,” he said.",
                    "Officials said 12 died.", ""]


def _quote_closed_after_long(ctx: SentenceContext) -> tuple[str, str] | None:
    """quote_closed_after before cost21 (no look at the whole document first)."""
    if ctx.section.kind not in ("body", "update") or midquote._marked(ctx.sentence):
        return None
    return midquote.quote_closed_after.__wrapped__(ctx) if midquote._marked(ctx.text) else _unmarked_long(ctx)


def _unmarked_long(ctx: SentenceContext) -> None:
    """The old back loop on a document without a mark: it never breaks, so the answer is None."""
    for k in range(1, midquote._REACH + 1):
        i = ctx.index - k
        if i < 0 or ctx.sentences[i][0] < ctx.section.start or midquote._PARAGRAPH_BREAK.search(
                ctx.text, ctx.sentences[i][1], ctx.sentences[i + 1][0]):
            return None
        assert not midquote._marked(ctx.neighbour(-k))
    return None


@settings(max_examples=300, deadline=None)
@given(st.tuples(st.lists(st.sampled_from(_QUOTE_SENTENCES), min_size=1, max_size=5),
                 st.lists(st.booleans(), min_size=1, max_size=3), st.booleans()))
def test_quote_closed_after_as_the_long_way(doc: tuple[list[str], list[bool], bool]) -> None:
    for ctx in body_contexts(*doc):
        assert midquote.quote_closed_after.__wrapped__(ctx) == _quote_closed_after_long(ctx)


def test_quote_closed_after_still_found() -> None:
    ctxs = body_contexts(["A trader, Musa Bello, spoke to us by phone.", '"We buried them on Friday.',
                      "In the next village they buried more than 60.", 'Over 10,000 have fled," he lamented.'],
                     [False], True)
    got = midquote.quote_closed_after.__wrapped__(ctxs[2])
    assert got is not None and got[1] == "lamented"
