"""People arrested or detained in a crackdown on protest are civilians.

"Police broke up the sit-in; more than 1,000 people have been detained", "94 people were detained after the
protest", "detained about 150 looters": people held where the report tells of protest, unrest or its repression
(the words of [crackdown] in assets/lexicons/claims.toml, in the sentence or one of the two before it) are the
civilians the crackdown fell on, not an armed side. Asked only for unidentified people captured (no side, no
armed noun): "arrested 12 soldiers" and "40 rebels were captured" keep their sides. People held in an armed
operation stay unknown: the sentence names one ([crackdown] operations: "in a raid on a Taliban hideout", "stormed
the stronghold") or an armed movement ([state_men] not_owners: "the rebel stronghold"). So do people held as
suspects ("detained 1,434 people suspected of taking part" in riots: [crackdown] suspects). The sentences before
count only in the sentence's paragraph, unless the report names no armed movement at all (a report of unrest:
"Protests spread to the provinces.\n\nMore than 1,000 people have been detained").
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

from extract.context import SentenceContext
from extract.statemen import armed_movements
from extract.triggers import closing_table, side_mentions, whole_words as _whole
from extract.wordset import words_of

_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n")


@lru_cache(maxsize=1)
def _table() -> tuple[_Words, _Words, frozenset[str]]:
    """The words of protest and its repression, of an armed operation, and of suspects ([crackdown])."""
    table = closing_table("crackdown")
    return _Words.of(table["words"]), _Words.of(table["operations"]), frozenset(table["suspects"])


class _Words(NamedTuple):
    """A list of words and phrases, tested on a sentence's set of words (no regex for most sentences)."""

    single: frozenset[str]  # the one-word entries, folded
    phrases: tuple[tuple[frozenset[str], str], ...]  # the others: their words, and the phrase

    @classmethod
    def of(cls, entries: list[str]) -> _Words:
        single = frozenset(e.lower() for e in entries if words_of(e) == frozenset({e.lower()}))
        phrases = tuple((words_of(e), e) for e in entries if e.lower() not in single)
        return cls(single, phrases)

    def in_sentence(self, sentence: str, words: frozenset[str]) -> bool:
        """Whether an entry stands in the sentence (whose words are `words`): a phrase ("sit-in", "armed
        uprising") only where all its words do, then as written (any case)."""
        if not self.single.isdisjoint(words):
            return True
        return any(parts <= words and _phrase(phrase).search(sentence) for parts, phrase in self.phrases)


def names_operation(sentence: str) -> bool:
    """Whether the sentence names an armed or police operation ([crackdown] operations: "in a raid", "during the
    operation", "a shootout")."""
    return _table()[1].in_sentence(sentence, words_of(sentence))


@lru_cache(maxsize=64)
def _phrase(phrase: str) -> re.Pattern[str]:
    """A phrase as whole words, any case, any run of spaces between its words."""
    return _whole([phrase])


def held_in_crackdown(ctx: SentenceContext) -> bool:
    """Whether the sentence, or one of the two before it, tells of protest, unrest or its repression, and the
    sentence tells of no armed operation nor of suspects."""
    crackdown, operations, suspects = _table()
    words = words_of(ctx.sentence)
    if not suspects.isdisjoint(words):
        return False  # "detained 1,434 people suspected of taking part" in the riots: suspects, no side told
    if operations.in_sentence(ctx.sentence, words) or _armed_movement_in(ctx):
        return False  # "captured 45 men in a raid on a Taliban hideout": an armed operation
    if crackdown.in_sentence(ctx.sentence, words):
        return True
    for k in (1, 2):
        before = ctx.neighbour(-k)
        if before and crackdown.in_sentence(before, words_of(before)):
            from extract.sides import sides_named  # (sides asks this module: imported when needed)

            return _same_paragraph(ctx, k) or armed_movements().isdisjoint(sides_named(ctx.text))
    return False


def _armed_movement_in(ctx: SentenceContext) -> bool:
    """Whether the sentence names a side that is an armed movement (a rebellion, jihadists, Islamic State)."""
    mentions = side_mentions(ctx.text, ctx.start, ctx.end)
    return bool(mentions) and not armed_movements().isdisjoint(m.side for m in mentions)


def _same_paragraph(ctx: SentenceContext, back: int) -> bool:
    """Whether the sentence `back` places before ctx's stands in its paragraph (no blank line between them)."""
    end = ctx.sentences[ctx.index - back][1]
    return _PARAGRAPH_BREAK.search(ctx.text, end, ctx.start) is None
