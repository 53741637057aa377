"""Who a count of people with no noun of its own counts, from a noun told further off in its sentence.

- a partitive opening the sentence names the whole each bare count is a part of: "Of our staff in the north, two
  were killed, three are still missing and nine were flown out", "Of the rebel fighters, 610 were killed, 120
  captured and 270 surrendered" (`opening_whole`: the noun as the lexicon reads it, or a collective noun of
  people the lexicon lacks, [elided_who] collectives of assets/lexicons/claims.toml, as written);
- a count left out after a partitive aside: "90 civilians killed by June, 40 of them in the first week, and about
  200 seriously injured" — the 200 are of the whole before the aside, not of its part (`whole_after_aside`,
  asked by extract/partof.py `elided`);
- a side's own losses: "Soviet losses were 96 dead", "French casualties were 10 killed and 33 wounded", "British
  commanders give their own losses as 16 dead" — the dead of a side's losses are its troops (`losses_of`; a
  civilian owner, "civilian casualties were 40 dead", is not a force);
- the people fired on in the clause before: "opened fire on a column of hostages and shot dead at least 27"
  (`fired_on`);
- mines at sea: "minesweepers destroyed 14 mines" is a sea mine, not a landmine, where the sentence names a
  ship or the sea ([elided_who] sea_words; `sea_mine`); warships of two classes counted together ("three
  frigates and destroyers") are warships (`at_sea`).

extract/classify.py asks these only for a count of people harmed whose subject no rule found (or, for mines, a
count of landmines), after cheap tests of the sentence's words.
"""

from __future__ import annotations

import re
from functools import lru_cache

from extract.context import SentenceContext
from extract.phrase import Phrase
from extract.records import Quantity
from extract.triggers import HUMAN, closing_table, lexicon, norm, side_mentions, theatre_side
from extract.wordset import words_of

__all__ = ["AT_SEA", "at_sea", "fired_on", "losses_of", "named_off", "opening_whole", "whole_after_aside"]

# "Of the communist guerrillas, ", "Of our staff in the north-east, ": determiner, up to three modifiers, the noun,
# an optional short place after it, then the comma; no figure inside (that is a whole with its own number).
_OPENING = re.compile(r"(?:Of|Among)\s+(?:the|our|its|their|his|her)\s+((?:[A-Za-z][\w'’-]*\s+){0,3}?)"
                      r"([A-Za-z][\w-]*)(?:\s+(?:in|from|at|on|near|inside|around)\s+[A-Za-z][^,;\d]{0,40}?)?\s*,\s+")
# what may stand between the opening (or a list comma, or "and") and a bare count of the list
_QUALIFIERS = (r"(?:(?:another|a\s+further|about|around|some|nearly|almost|at\s+least|more\s+than|over|up\s+to|"
               r"roughly)\s+)?")
_ITEM_BEFORE = re.compile(r"(?:,\s+|\s+and\s+|;\s+)" + _QUALIFIERS + r"\Z", re.IGNORECASE)
_QUALIFIER = re.compile(_QUALIFIERS, re.IGNORECASE)
_COUNT_NOUNS = frozenset({"total", "dead", "wounded", "injured", "victims", "casualties", "deaths", "figures", "sum",
                          "number", "toll", "count"})


@lru_cache(maxsize=1)
def _table() -> tuple[frozenset[str], frozenset[str]]:
    table = closing_table("elided_who")
    return frozenset(table["collectives"]), frozenset(table["sea_words"])


def opening_whole(ctx: SentenceContext, q: Quantity) -> tuple[str | None, str] | None:
    """(class, subject) of the whole named by a partitive opening the sentence, for a bare count after it that is
    the opening's first count or an item of its list; None otherwise."""
    text, k = ctx.text, q.char_start
    m = _OPENING.match(text, ctx.start, k + 1)
    if m is None or m.end() > k or m.group(2).lower() in _COUNT_NOUNS:
        return None
    if m.end() < k and not (_QUALIFIER.fullmatch(text, m.end(), k)
                            or _ITEM_BEFORE.search(text, max(m.end(), k - 24), k)):
        return None  # the first count right after the opening, or an item of its list after a comma or "and"
    lex = lexicon()
    phrase = norm((m.group(1) + m.group(2)))
    for said in (phrase, norm(m.group(2))):
        got = lex.noun_class.get(said)
        if got is not None:
            return got if got[0] in HUMAN else None
    noun = m.group(2).lower()
    return (None, noun) if noun in _table()[0] else None


# a partitive aside after the whole, then "and" and the bare count: ", 40 of them in the first week, and about "
_ASIDE_THEN = re.compile(r"\s+of\s+(?:them|whom)\b[^,;]{0,50},\s+and\s+(?:(?:another|about|around|some|nearly|almost|"
                         r"at\s+least|more\s+than|over|up\s+to|roughly)\s+)?\Z", re.IGNORECASE)
_WHOLE_THEN = re.compile(r"[^,;]{0,60},\s*(?:(?:about|around|some|nearly|almost|at\s+least|more\s+than|over|"
                         r"roughly)\s+)?\Z", re.IGNORECASE)


def whole_after_aside(ctx: SentenceContext, q: Quantity, before: list[Quantity]) -> Quantity | None:
    """The whole a bare count joined by "and" after a partitive aside goes on from ("90 civilians killed, 40 of them
    in May, and about 200 injured": the 90), shifted to text offsets; None when the count follows no such aside.
    `before` are the sentence's numbers before the count, their offsets from the sentence's start."""
    if len(before) < 2:
        return None
    part, whole = before[-1].shifted(ctx.start), before[-2].shifted(ctx.start)
    if not _ASIDE_THEN.match(ctx.text, part.char_end, q.char_start):
        return None
    return whole if _WHOLE_THEN.match(ctx.text, whole.char_end, part.char_start) else None


_LOSS_WORDS = frozenset({"losses", "casualties"})
_TOLL_CLASSES = frozenset({"toll", "injury"})  # "96 dead", "33 wounded": nouns that are the count itself
_LOSSES = re.compile(r"\b(?:([A-Z][\w-]+)|(?:their|its|his|her)\s+own)\s+(?:military\s+)?(?:losses|casualties)\s+"
                     r"(?:were|was|are|is|as|at|of|stood\s+at|came\s+to|totalled|totaled)\s+(?:[\w-]+\s+){0,3}?\Z")
_OWNER_SPAN = 60


def named_off(ctx: SentenceContext, q: Quantity, ph: Phrase, measure: str,
              words: frozenset[str]) -> tuple[str, str, str] | None:
    """(measure, subject, side) of a side's own losses ("Soviet losses were 96 dead"), or None, having set the
    phrase's class and subject to the whole a partitive opening names ("Of our staff, two were killed") when the
    number has no noun of its own. Cheap tests of the sentence first."""
    if ph.cls is None and ctx.text.startswith(("Of ", "Among "), ctx.start):
        who = opening_whole(ctx, q)
        if who is not None:
            ph.cls, ph.subject = who
            return None
    if ph.cls is None and ph.verb_side == "left" and "fire" in words:
        who = fired_on(ctx, q)
        if who is not None:
            ph.cls, ph.subject = who
            return None
    if (ph.cls is None or ph.cls in _TOLL_CLASSES) and not _LOSS_WORDS.isdisjoint(words):
        own = losses_of(ctx, q)
        if own is not None:
            return measure, own[0], theatre_side(ctx.text, own[1])
    return None


# "opened fire on a column of hostages in the street and shot dead ": the people fired on, then "and" and a verb
_FIRED_ON = re.compile(r"\b(?:opened|open|opening)\s+fire\s+(?:on|at|into)\s+(?:(?:a|the)\s+(?:column|crowd|group|line|"
                       r"queue|convoy|gathering|bus|truck|lorry)\s+(?:of|carrying)\s+)?([a-z][\w-]*)"
                       r"[^,;.]{0,60}?\s+and\s+(?:[a-z]+\s+){1,3}"
                       r"(?:(?:at\s+least|about|some|nearly|more\s+than|over)\s+)?\Z")


def fired_on(ctx: SentenceContext, q: Quantity) -> tuple[str, str] | None:
    """(class, subject) of the people fired on in the clause before a bare count that a verb joined by "and" acts on
    ("opened fire on a crowd of protesters and killed 12"), or None."""
    m = _FIRED_ON.search(ctx.text, max(ctx.start, q.char_start - 120), q.char_start)
    got = lexicon().noun_class.get(norm(m.group(1))) if m else None
    return got if got is not None and got[0] in HUMAN else None


def losses_of(ctx: SentenceContext, q: Quantity) -> tuple[str, str] | None:
    """("troops", side) for a count of a side's own losses told just before it ("Soviet losses were 96 dead"; the
    side named on the owner, else unknown: "French casualties were 10 killed"), or None. The list's later items
    ("... and 33 wounded") are the same people (extract/partof.py `elided`)."""
    m = _LOSSES.search(ctx.text, max(ctx.start, q.char_start - _OWNER_SPAN), q.char_start)
    if m is None:
        return None
    owner = m.group(1)
    if owner is None:
        return "troops", "unknown"
    if norm(owner) in lexicon().noun_class:
        return None  # "Civilian casualties were 40 dead": people the lexicon names, not a side's force
    named = side_mentions(ctx.text, m.start(1), m.end(1))
    return "troops", (named[0].side if named else "unknown")


def at_sea(ctx: SentenceContext, q: Quantity, np_end: int, subject: str) -> str:
    """The subject of a count of mines or warships as the sea makes it: "minesweepers destroyed 14 mines" (a sea
    mine: "mine", where the sentence names a ship or the sea), "three frigates and destroyers" (warships of two
    classes counted together: "warship"); else `subject`."""
    if subject == "landmine":
        return "mine" if sea_mine(ctx, q) else subject
    if subject in _WARSHIP_CLASSES:
        m = _AND_NOUN.match(ctx.text, np_end, ctx.end)
        if m is not None and m.group(1).lower() in _warships() and not m.group(1).lower().startswith(subject):
            return "warship"
    return subject


_WARSHIP_CLASSES = frozenset({"frigate", "corvette", "destroyer", "cruiser", "submarine", "gunboat"})
AT_SEA = _WARSHIP_CLASSES | {"landmine"}  # the subjects `at_sea` may change (asked only for these)
_AND_NOUN = re.compile(r"\s+(?:and|or)\s+([a-z]+)\b")


@lru_cache(maxsize=1)
def _warships() -> frozenset[str]:
    return frozenset(closing_table("wrecks")["warships"])


def sea_mine(ctx: SentenceContext, q: Quantity) -> bool:
    """Whether a count of mines ("14 mines", not "landmines") is told in a sentence naming a ship or the sea."""
    if not ctx.text.startswith(" mines", q.char_end):
        return False
    return not _table()[1].isdisjoint(words_of(ctx.sentence))
