"""Numbers that count people or things no act of the war touches, though a noun of the war follows them.

- a vehicle's or vessel's room: "the landing craft, which can carry up to 300 marines and 10 armoured cars, left port"; "an aircraft
  able to transport 120 soldiers" (the phrases are [cues] carry_capacity of assets/lexicons/claims.toml); every
  count of the list the phrase opens is room, not a force or a seizure;
- a part of a roll of people who are no count of the conflict: "the tribunal will hear 40 witnesses, among them 12
  people injured in the blast", "40 delegates, among them 12 wounded veterans" ([cues] roll_people): the part is named by what befell
  it, but the number counts witnesses on a list, not the injured of an attack.

Each test runs only when the sentence holds one of its words (extract/wordset.py), and reads at most 70 characters
before the number.
"""

from __future__ import annotations

import re
from functools import lru_cache

from extract.context import SentenceContext
from extract.qualifierwords import qualifier_pattern
from extract.records import Quantity
from extract.triggers import lexicon

_WINDOW = 70  # characters read before the number
_LIST_GAP = 50  # at most this much of a list between the phrase of room and the number
_CLAUSE_BREAK = re.compile(r"[.;:!?()]|\b(?:which|who|that|while|but|when|after|before|because|since)\b", re.IGNORECASE)


@lru_cache(maxsize=1)
def _roll_part() -> re.Pattern[str]:
    """A noun of [cues] roll_people, then "including", "among them" or "of whom", then the number (a qualifier
    may stand before it)."""
    words = sorted(_roll_words(), key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(re.escape(w) for w in words) + r")\s*,?\s*(?:including|among\s+them|"
                      r"among\s+whom|of\s+whom)\s+(?:" + qualifier_pattern() + r"\s+)?\Z", re.IGNORECASE)


@lru_cache(maxsize=1)
def _roll_words() -> frozenset[str]:
    """The words of [cues] roll_people (the cue's key words are the words themselves: one word each)."""
    return lexicon().keys["cue:roll_people"] or frozenset()


def capacity_or_roll(ctx: SentenceContext, q: Quantity, words: frozenset[str]) -> bool:
    """Whether the number is a vehicle's room ("can carry up to 300 marines") or a part of a roll of people who are
    no count of the war ("40 witnesses, among them 12 people injured"). `words`: the sentence's words."""
    return _room(ctx, q, words) or _part_of_roll(ctx, q, words)


def _room(ctx: SentenceContext, q: Quantity, words: frozenset[str]) -> bool:
    """A number in the list a phrase of room opens, with no clause break between."""
    lex = lexicon()
    keys = lex.keys["cue:carry_capacity"]
    if keys is not None and keys.isdisjoint(words):
        return False
    text, k = ctx.text, q.char_start
    last = None
    for last in lex.cues["carry_capacity"].finditer(text, max(ctx.start, k - _WINDOW), k):
        pass
    if last is None or k - last.end() > _LIST_GAP:
        return False
    gap = text[last.end() : k]
    return not _CLAUSE_BREAK.search(gap) and not lex.verb_re.search(gap)


def _part_of_roll(ctx: SentenceContext, q: Quantity, words: frozenset[str]) -> bool:
    """A number right after "<roll noun>, including" (or "among them", "of whom")."""
    if _roll_words().isdisjoint(words) or ("including" not in words and "among" not in words and "whom" not in words):
        return False
    return bool(_roll_part().search(ctx.text, max(ctx.start, q.char_start - _WINDOW), q.char_start))
