"""A verb a number shares with a number before it: "sending 100,000 soldiers and 16 jets", "killed the driver
and 2 passengers", "shot down 18 drones, two cruise missiles and one ballistic missile".

extract/phrase.py read_phrase asks shared_verb last, for a number no verb of its own acts on: the verb before
the earlier number, joined to this one by a conjunction (or, for an item of a list, a comma). Each pattern is
tried only after a cheaper test of what it needs at the end (tests/test_classify_shortcuts.py checks each
against its pattern).
"""

from __future__ import annotations

import re

from extract.context import SentenceContext
from extract.phraseparts import NUMWORD, list_verb
from extract.records import Quantity
from extract.tailwords import last_word_start, strip_fillers, verb_ending
from extract.wordset import cuts_word, fold, fold_twin, words_of

_AND_END = re.compile(r"(?<=\w)\s+(?:and|&)\s*$", re.IGNORECASE)
_CONJUNCT = re.compile(r"\b" + NUMWORD + r"\s+(?:[\w’'-]+\s+){0,4}?(?:and|&|plus|as\s+well\s+as|along\s+with|"
                       r"together\s+with)\s+$",
                       re.IGNORECASE)
# _CONJUNCT on folded(text): the same matches two or three times as fast (a lazy word loop that backtracks
# at every number word of the stretch costs more under IGNORECASE)
_F_CONJUNCT = fold_twin(_CONJUNCT)
CONJUNCTION_ENDS = ("and", "&", "plus", "as", "with")  # what _CONJUNCT and _AND_END need at the end


def shared_verb(ctx: SentenceContext, q: Quantity, verbs: dict[str, str], text: str, ftext: str, lo: int,
                k: int, listed: bool) -> tuple[str, int] | None:
    """The verb of a number before this one, joined to it by a conjunction (or, when `listed`, a comma: an item
    of a list with a noun of its own), and where the verb starts."""
    if text.startswith(" ", q.char_end) and _OWN_PREDICATE.match(text, q.char_end, ctx.end):
        return None  # "lost nine officers and four others are missing": a clause of its own (extract/missingheld.py)
    co = _F_CONJUNCT.search(ftext, lo, k) if _ends_with_conjunction(text, lo, k) else None
    if co:
        return verb_ending(verbs, text, lo, co.start()) or list_verb(verbs, text, lo, co.start())
    if listed and text[lo:k].rstrip().endswith(","):
        return list_verb(verbs, text, lo, k)  # "shot down 18 drones, two cruise missiles and one ballistic missile"
    shared = None
    # (_AND_END needs "and" or "&" in the stretch; folding keeps every place and makes any case of "and" that)
    if (ftext.find("and", lo, k) >= 0 or text.find("&", lo, k) >= 0) and _may_hold_and(ctx, q) and (
            stop := strip_fillers(text, lo, k)) > lo and _ends_with_and(
            text, lo, stop) and (and_end := _AND_END.search(text, lo, stop)):
        cut = and_end.start()
        for _ in range(4):  # "killed the driver and 2 passengers": up to four words back
            w = last_word_start(text, lo, cut)
            if w is None:
                break
            cut = w
            shared = verb_ending(verbs, text, lo, cut)
            if shared:
                break
    return shared


# The number's own subject and a copula after it, within three words: "and four others are missing"
_OWN_PREDICATE = re.compile(r"(?:\s+[\w'’-]+){0,3}?\s+(?:are|were|is|was|remain|remained)\b")


def _ends_with_conjunction(text: str, lo: int, hi: int) -> bool:
    """Whether text[lo:hi] ends with a conjunction and a space, as _CONJUNCT needs (a cheap test first)."""
    if hi <= lo or not text[hi - 1].isspace():
        return False
    return fold(text[lo:hi].rstrip()).endswith(CONJUNCTION_ENDS)


def _may_hold_and(ctx: SentenceContext, q: Quantity) -> bool:
    """Whether "and" or "&" can end the words before the number, as _AND_END needs: "&" in the sentence,
    "and" a whole word of it, or a word cut where the number starts (then "and" may be its start)."""
    return "&" in ctx.sentence or "and" in words_of(ctx.sentence) or cuts_word(ctx.text, q.char_start)


def _ends_with_and(text: str, lo: int, hi: int) -> bool:
    """Whether text[lo:hi] ends with "and" or "&" (and maybe spaces), as _AND_END needs."""
    tail = text[lo:hi].rstrip()
    return tail.endswith("&") or tail[-3:].lower() == "and"
