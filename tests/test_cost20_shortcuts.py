"""cost20's shortcuts, each compared with the long way it replaces (same answers), and an example per gate that
fails if the gate drops a hit.

- vouchnext.vouched_next: the key words of the next sentence are tested before its paragraph (same_paragraph);
- staledoubt.yours_called_wrong: "your figure is wrong" is looked for first, the paragraph asked only on a hit (for
  that sentence and every one before it, as the loop did); called_stale_next's key test is has_any;
- context.SentenceContext.neighbour: the sentence texts read from a slot set at construction (`texts`).
"""

from __future__ import annotations

from hypothesis import given, settings, strategies as st

import extract.staledoubt as staledoubt
import extract.stance as stance
import extract.vouchnext as vouchnext
from extract.context import SentenceContext
from extract.cuescan import has_any
from extract.stance import same_paragraph
from extract.wordset import folded
from tests.sentence_contexts import body_contexts


_SENTENCES = [
    "The ministry gave 40 dead.", "Those numbers are solid.", "These figures were all reliable.",
    "The figures are accurate, the army insists.", "The toll is correct.", "Your figure is wrong.",
    "Your report was plainly false.", "YOUR FIGURE IS WRONG.", "Our count is 12.", "That was out of date within a day.",
    "This figure is incorrect.", "Rebels said 12 died.", "It rained.", "The figure was sound.", "Four hours later, "
    "your estimate is mistaken.", "The number could not be verified.", "",
]
_DOCS = st.tuples(st.lists(st.sampled_from(_SENTENCES), min_size=1, max_size=5), st.lists(st.booleans(), min_size=1,
                                                                                           max_size=4), st.booleans())


def _vouched_next_long(ctx: SentenceContext) -> bool:
    """vouched_next before cost20: the paragraph first."""
    if not same_paragraph(ctx, 1):
        return False
    nxt = ctx.neighbour(1)
    low = nxt[:80].lower()
    if not any(k in low for k in vouchnext._KEYS):
        return False
    return bool(vouchnext._SOLID.match(nxt)) and not vouchnext._SAID.search(nxt)


def _yours_called_wrong_long(ctx: SentenceContext) -> bool:
    """yours_called_wrong before cost20: the paragraph of each sentence asked before its words."""
    for k in range(1, staledoubt._YOURS_REACH + 1):
        if not same_paragraph(ctx, k):
            return False
        nxt = ctx.neighbour(k)
        if "our " in nxt and staledoubt._YOURS.search(nxt):
            return True
    return False


def _called_stale_next_long(ctx: SentenceContext) -> bool:
    nxt = ctx.neighbour(1)
    if not nxt or len(nxt) > 200:
        return False
    low = nxt[:80].lower()
    if not any(k in low for k in staledoubt._KEYS) or not staledoubt._STALE.match(nxt) or stance.someone_elses(nxt):
        return False
    return same_paragraph(ctx, 1)


@settings(max_examples=300, deadline=None)
@given(_DOCS)
def test_next_sentence_gates_as_the_long_way(doc: tuple[list[str], list[bool], bool]) -> None:
    for ctx in body_contexts(*doc):
        assert vouchnext.vouched_next(ctx) == _vouched_next_long(ctx)
        assert staledoubt.yours_called_wrong(ctx) == _yours_called_wrong_long(ctx)
        assert staledoubt.called_stale_next(ctx) == _called_stale_next_long(ctx)


@settings(max_examples=300, deadline=None)
@given(_DOCS, st.integers(-4, 4))
def test_neighbour_as_the_long_way(doc: tuple[list[str], list[bool], bool], offset: int) -> None:
    for ctx in body_contexts(*doc):
        i = ctx.index + offset
        want = ctx.text[ctx.sentences[i][0] : ctx.sentences[i][1]] if 0 <= i < len(ctx.sentences) else ""
        assert ctx.neighbour(offset) == want
        assert ctx.sentence == ctx.text[ctx.start : ctx.end]


# -- examples: each gate still lets its hit through


def test_vouched_next_still_vouches() -> None:
    ctxs = body_contexts(["The monitors listed 212 dead.", "Those numbers are solid."], [False], True)
    assert vouchnext.vouched_next(ctxs[0])
    ctxs = body_contexts(["The monitors listed 212 dead.", "Those numbers are solid."], [True], True)
    assert not vouchnext.vouched_next(ctxs[0])  # (another paragraph)


def test_yours_called_wrong_still_doubts() -> None:
    ctxs = body_contexts(["You put the toll at 40.", "It rained.", "Your figure is wrong."], [False], True)
    assert staledoubt.yours_called_wrong(ctxs[0])  # two sentences ahead, in the paragraph
    ctxs = body_contexts(["You put the toll at 40.", "It rained.", "Your figure is wrong."], [True, False], True)
    assert not staledoubt.yours_called_wrong(ctxs[0])  # a blank line before the sentence between


# -- has_any in place of any(k in text for k in keys) (reliefcues, docheads, datespans, dateplans, aheadstance,
# datecompare, neitherdoubt, placeforms): the same test without a generator


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet="abc ,", max_size=30), st.lists(st.text(alphabet="abc ", min_size=1, max_size=3), max_size=6))
def test_has_any_as_any(text: str, keys: list[str]) -> None:
    assert has_any(text, keys) == any(k in text for k in keys)


def test_relief_verbs_still_read() -> None:
    from extract.reliefcues import relief_cues

    sentence = "Doctors Without Borders treated 52 wounded people at its clinic in the town."
    assert relief_cues(sentence, folded(sentence))  # (none without the verb's key test passing)
