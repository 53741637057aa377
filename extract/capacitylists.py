"""Numbers that count people or things no act of the war touches, though a noun of the war follows them.

- a vehicle's or vessel's room: "the landing craft, which can carry up to 300 marines and 10 armoured cars, left port"; "an aircraft
  able to transport 120 soldiers" (the phrases are [cues] carry_capacity of assets/lexicons/claims.toml); every
  count of the list the phrase opens is room, not a force or a seizure; so with "take" or "seat" ([cues] vehicle_room)
  right after a vehicle's noun: "one ship can take about 1,200 passengers" (not "the hospital can take 200
  patients", its capacity);
- the vehicles whose room is told, when "can"/"could" and the phrase of room are their predicate: "one ship can take
  about 1,200 passengers", "two aircraft can carry 120 soldiers" (a vessel described, neither seized nor a force;
  not "two aircraft able to carry 120 soldiers were shot down");
- a part of a roll of people who are no count of the conflict: "the tribunal will hear 40 witnesses, among them 12
  people injured in the blast", "40 delegates, among them 12 wounded veterans" ([cues] roll_people): the part is named by what befell
  it, but the number counts witnesses on a list, not the injured of an attack.

Each test runs only when the sentence holds one of its words (extract/wordset.py). The room reaches only its list
(numbers and their nouns joined by ",", "and", "or": "can accommodate 10,000 people, yet 25,000 refugees have fled"
leaves the 25,000 alone); the roll is the last count told before "among them", past numbers of no people ("40
witnesses from three villages; among them are 12 ...").
"""

from __future__ import annotations

import re
from functools import lru_cache

from extract.context import SentenceContext
from extract.qualifierwords import qualifier_pattern
from extract.records import Quantity
from extract.numwords import NUMBER_WORDS
from extract.triggers import HUMAN, last_cue_before, lexicon

_WINDOW = 70  # characters read before the number
_LIST_GAP = 50  # at most this much of a list between the phrase of room and the number


_NUM = r"(?:\d[\d,.]*|" + "|".join(NUMBER_WORDS) + r")"
# A list after a phrase of room: numbers, each with up to three words of its noun, joined by ",", "and", "or"
# ("can carry up to 300 marines and 10 armoured cars"); anything else ends the list ("can accommodate 10,000
# people, yet 25,000 refugees have fled": the 25,000 is no room).
_LIST = re.compile(r"\s*(?:(?:" + qualifier_pattern() + r"\s+)?" + _NUM + r"(?:\s+[\w'’-]+){0,3}?\s*(?:,\s*(?:and|or)\b|,|"
                   r"\band\b|\bor\b)\s*)*(?:" + qualifier_pattern() + r"\s*)?\Z", re.IGNORECASE)
# "including", "among them (are)", "of whom (were)" right before the number, a qualifier allowed.
_PART_MARK = re.compile(r"\b(?:including|among\s+(?:them|whom)|of\s+whom)(?:\s+(?:are|were|is|was))?\s+(?:"
                        + qualifier_pattern() + r"\s+)?\Z", re.IGNORECASE)
_COUNTED = re.compile(r"\b" + _NUM + r"\s+([\w'’-]+)", re.IGNORECASE)  # a number and the word after it


@lru_cache(maxsize=1)
def _roll_count() -> re.Pattern[str]:
    """A number, at most two words, then a noun of [cues] roll_people ("40 witnesses", "30 foreign delegates")."""
    words = sorted(_roll_words(), key=len, reverse=True)
    return re.compile(r"\b" + _NUM + r"(?:\s+[\w'’-]+){0,2}?\s+(?:" + "|".join(re.escape(w) for w in words) + r")\b",
                      re.IGNORECASE)


@lru_cache(maxsize=1)
def _roll_words() -> frozenset[str]:
    """The words of [cues] roll_people (the cue's key words are the words themselves: one word each)."""
    return lexicon().keys["cue:roll_people"] or frozenset()


def capacity_or_roll(ctx: SentenceContext, q: Quantity, words: frozenset[str]) -> bool:
    """Whether the number is a vehicle's room ("can carry up to 300 marines") or a part of a roll of people who are
    no count of the war ("40 witnesses, among them 12 people injured"). `words`: the sentence's words."""
    return _room(ctx, q, words) or _part_of_roll(ctx, q, words)


def _room(ctx: SentenceContext, q: Quantity, words: frozenset[str]) -> bool:
    """A number in the list a phrase of room opens (`_LIST`: nothing but numbers and their nouns between), or the
    vehicles a phrase of room after them describes (`_room_holder`)."""
    text, k = ctx.text, q.char_start
    lo = max(ctx.start, k - _WINDOW)
    last = last_cue_before("carry_capacity", words, text, lo, k)
    if last is None or k - last.end() > _LIST_GAP:
        last = last_cue_before("vehicle_room", words, text, lo, k)
        if last is None or k - last.end() > _LIST_GAP or not _vehicle_at(text, lo, last.start()):
            return _room_holder(ctx, q, words)
    return _LIST.match(text, last.end(), k) is not None or _room_holder(ctx, q, words)


_LAST_WORD = re.compile(r"([\w'’-]+)\s+\Z")
_NEXT_WORD = re.compile(r"\s+([\w'’-]+)")
_MODAL = ("can ", "could ", "Can ", "Could ")


def _vehicle_at(text: str, lo: int, at: int) -> bool:
    """Whether the word right before text[at] is a noun of a vehicle or vessel (class equipment: "ship", "aircraft")."""
    m = _LAST_WORD.search(text, lo, at)
    got = lexicon().noun_class.get(m.group(1).lower()) if m else None
    return got is not None and got[0] == "equipment"


def _room_holder(ctx: SentenceContext, q: Quantity, words: frozenset[str]) -> bool:
    """The number counts vehicles whose predicate is "can"/"could" and a phrase of room: "one ship can take about
    1,200 passengers" (the noun within three words of the number, the phrase right after it)."""
    text, pos, end = ctx.text, q.char_end, ctx.end
    lex = lexicon()
    for _ in range(3):
        m = _NEXT_WORD.match(text, pos, end)
        if m is None:
            return False
        pos = m.end()
        got = lex.noun_class.get(m.group(1).lower())
        if got is None:
            continue
        if got[0] != "equipment":
            return False
        at = pos + 1
        if not text.startswith(_MODAL, at):
            return False
        return any(lex.cues[name].match(text, at, end) is not None for name in ("carry_capacity", "vehicle_room"))
    return False


def _part_of_roll(ctx: SentenceContext, q: Quantity, words: frozenset[str]) -> bool:
    """A number right after "including" (or "among them", "of whom") whose whole, the last count told before it, is
    a roll of people ("40 witnesses from three villages, among them 12 people injured": the whole is the witnesses;
    numbers of no people between, such as "three villages", are passed over)."""
    if _roll_words().isdisjoint(words) or ("including" not in words and "among" not in words and "whom" not in words):
        return False
    text, k = ctx.text, q.char_start
    mark = _PART_MARK.search(text, max(ctx.start, k - 40), k)
    if mark is None:
        return False
    roll = None
    for roll in _roll_count().finditer(text, ctx.start, mark.start()):
        pass
    return roll is not None and not _people_counted(text, roll.end(), mark.start())


def _people_counted(text: str, start: int, end: int) -> bool:
    """Whether a number of people (a number before a noun of people, or before no noun) stands in text[start:end]."""
    lex = lexicon()
    for m in _COUNTED.finditer(text, start, end):
        got = lex.noun_class.get(m.group(1).lower())
        if got is None or got[0] in HUMAN:
            return True
    return False
