"""The dead and hurt of a crash on road, rail or in the air, or of a blast at a place of work, in a report of peace.

"A bus plunged into a ravine before dawn, killing 12 passengers", "Two drivers died when a coach hit a lorry", "A blast
at a fireworks factory killed seven workers", "23 people died when a tanker exploded at a filling station": the words
of the accident ([crashes] of assets/lexicons/claims.toml) name a cause no war has, as [cues] non_conflict names a
storm's or a "bus crash" and [cues] mishaps a mine's roof fall, but with the vehicle and its verb apart:
- a vehicle ([crashes] vehicles), then within five words a verb of a vehicle out of control ("plunged", "overturned",
  "veered", "left the road"), or a verb of striking and another vehicle or a fixed thing ("a coach hit a 44-tonne
  lorry", "the car struck a tree");
- a word of a blast at or in a place of work or fuel ("a blast at a fireworks factory", "exploded at a filling
  station", "a refinery explosion").
The words stand before the number in its sentence or in its clause after it (as extract/wrecks.py reads a wreck's),
the report with those words left out is one of peace (extract/peacetolls.py `report_of_peace`: no war, armed act,
unrest, side or town of Syria named; the blast's "explosion" is no word of war there), and neither the sentence nor
the one before names a war's weapon (extract/wrecks.py `weapon_near`: "the bus hit a mine", "a drone struck the
car"). Not a vehicle driven into people ("ploughed into a crowd" may be an attack), not "a car exploded" (a car bomb),
not a blast at a market, a checkpoint or a mosque: those stay claims. Asked by extract/peacetolls.py
`harm_of_no_war` for claims of harm only, after a test of the sentence's words.
"""

from __future__ import annotations

import re
from functools import lru_cache

from extract.context import SentenceContext
from extract.cuenear import cue_near
from extract.records import Quantity
from extract.rx import blank
from extract.trie import trie_alternation
from extract.triggers import closing_table
from extract.wordset import key_words, words_of


def _alt(words: list[str]) -> str:
    """The phrases as one group of alternatives (any blank between their words)."""
    return "(?:" + trie_alternation(words, fold=True, flexible_space=True) + ")"


def _table() -> tuple[re.Pattern[str], tuple[frozenset[str], ...] | None]:
    """The pattern of an accident's words and their key words (built once, at import: its compiling is dear)."""
    t = closing_table("crashes")
    veh, blast, place = _alt(t["vehicles"]), _alt(t["blasts"]), _alt(t["workplaces"])
    gap = r"(?:[^\S\n]+[\w'’-]+){0,5}?[^\S\n]+"  # up to five words ("a bus carrying 40 pilgrims plunged")
    det = r"(?:(?:an?|the|its|their|another)[^\S\n]+)?(?:[\w'’-]+[^\S\n]+){0,2}?"  # "a 44-tonne lorry"
    pattern = (rf"(?<!\w)(?:{veh}{gap}(?:{_alt(t['out_of_control'])}|{_alt(t['hit'])}[^\S\n]+{det}"
               rf"(?:{veh}|{_alt(t['obstacles'])}))"
               rf"|{blast}[^\S\n]+(?:at|in|inside|ripped[^\S\n]+through|tore[^\S\n]+through)[^\S\n]+{det}{place}"
               rf"|{place}[^\S\n]+{blast})(?!\w)")
    return re.compile(pattern, re.IGNORECASE), _keys(t)


def _keys(t: dict) -> tuple[frozenset[str], frozenset[str], frozenset[str], frozenset[str]] | None:
    """The key words of each half of an accident's phrase: a vehicle and its verb, a blast and its place (None when
    a list has a phrase with no key word)."""
    keys = [key_words(t["vehicles"]), key_words(t["out_of_control"] + t["hit"]), key_words(t["blasts"]),
            key_words(t["workplaces"])]
    return None if None in keys else tuple(keys)  # type: ignore[return-value]


_CUE, _KEYS = _table()


def crash_harm(ctx: SentenceContext, q: Quantity) -> bool:
    """Whether the number's harm is told of a crash or a blast at a place of work ([crashes], before the number in
    its sentence or in its clause after it) in a report of peace, with no war's weapon near."""
    cue, keys = _CUE, _KEYS
    if keys is not None:
        words = words_of(ctx.sentence)
        if (keys[0].isdisjoint(words) or keys[1].isdisjoint(words)) and (
                keys[2].isdisjoint(words) or keys[3].isdisjoint(words)):
            return False  # (the usual case: a test of the sentence's words first, both halves of a phrase)
    if not cue_near(cue, ctx, q):
        return False
    from extract.peacetolls import report_of_peace  # (peacetolls asks this module: imported when needed)
    from extract.wrecks import weapon_near

    return not weapon_near(ctx) and report_of_peace(_without_crashes(ctx.text))


@lru_cache(maxsize=16)  # pure on the document
def _without_crashes(text: str) -> str:
    """The document with its accidents' words blanked (offsets kept): "a blast at a fireworks factory" names no war."""
    return _CUE.sub(blank, text)
