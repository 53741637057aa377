"""The dead and missing of a vessel lost in a report of peace: no claim of a war.

"Ferry sinking: 14 dead and 37 missing", "The cargo ship sank off the cape and 12 crew died": a word of a vessel lost
([wrecks] words of assets/lexicons/claims.toml: "sinking", "sank", "ran aground") before the number or in its clause
(extract/peacetolls.py `named_near`'s reach) tells harm no war did, as [cues] non_conflict tells a storm's or a
capsizing's. Only where the report, the wreck's own words left out, is one of peace (extract/peacetolls.py
`report_of_peace`: no war, armed act, unrest, side or town of Syria named) and names no warship ([wrecks] warships):
"The sinking of the cruiser left 27 sailors dead" and "The frigate sank after a missile strike" stay tolls, and so
does a vessel sunk by a war's weapon named in the sentence or the one before (`weapon_near`: a munition, weapon or
ordnance noun of the lexicon, or a [wrecks] weapons word: "struck a mine and sank", "a drone slammed into the ferry,
which sank"), whatever report_of_peace makes of the rest. Asked by
extract/peacetolls.py `harm_of_no_war` for claims of harm only, after a test of the sentence's words.
"""

from __future__ import annotations

import re
from functools import lru_cache

from extract.context import SentenceContext
from extract.cuenear import cue_near
from extract.records import Quantity
from extract.rx import blank
from extract.triggers import closing_table, lexicon, whole_words as _words
from extract.wordset import key_words, words_of


@lru_cache(maxsize=1)
def _table() -> tuple[re.Pattern[str], frozenset[str] | None, re.Pattern[str]]:
    """The wreck words' pattern and key words, and the warship words' pattern (read once per process)."""
    table = closing_table("wrecks")
    return _words(table["words"]), key_words(table["words"]), _words(table["warships"])


@lru_cache(maxsize=1)
def _weapons() -> tuple[frozenset[str], re.Pattern[str]]:
    """The words of a war's weapons (the lexicon's munition, weapon and ordnance nouns of one word) and the [wrecks]
    weapons pattern (read once, when a wreck is first told)."""
    arms = frozenset(w for w, (cls, _) in lexicon().noun_class.items() if cls in _ARMS and " " not in w)
    return arms, _words(closing_table("wrecks")["weapons"])


_ARMS = frozenset({"munition", "weapon", "ordnance"})


def wreck_harm(ctx: SentenceContext, q: Quantity) -> bool:
    """Whether the number's harm is told of a vessel lost (a [wrecks] word before it in its sentence, or in its
    clause after it) in a report of peace that names no warship."""
    cue, keys, warships = _table()
    if keys is not None and keys.isdisjoint(words_of(ctx.sentence)):
        return False  # (the usual case: a test of the sentence's words first)
    if not cue_near(cue, ctx, q):
        return False
    from extract.peacetolls import report_of_peace  # (peacetolls asks this module: imported when needed)

    return not warships.search(ctx.text) and not weapon_near(ctx) and report_of_peace(_without_wrecks(ctx.text))


def weapon_near(ctx: SentenceContext) -> bool:
    """Whether the sentence or the one before names a war's weapon ("struck by a mine", "a drone slammed into
    the ferry", "hit by a missile"): the vessel was sunk by it, and its dead are a toll."""
    arms, weapons = _weapons()
    for text in (ctx.sentence, ctx.neighbour(-1)):
        if text and (not arms.isdisjoint(words_of(text)) or weapons.search(text)):
            return True
    return False


@lru_cache(maxsize=16)  # pure on the document
def _without_wrecks(text: str) -> str:
    """The document with its wreck words blanked (offsets kept)."""
    return _table()[0].sub(blank, text)
