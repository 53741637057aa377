"""The first gates of classification: numbers that are no claim, or are told apart, before the phrase is read.

A conditional ("if 5 soldiers die"), a picture's note, a game's rule, a callsign ("HOG 32"), a place's
population ("a city of 200,000"), a number that counts nothing of the war (an age, a clock time, a capacity),
mine accidents in a report of landmines, a natural disaster's or sport's toll, people held "for questioning" where
neither the sentence nor the one before or after tells an act of war, deaths in custody in peacetime,
and numbers that are not counts (a ratio, a sum of money, an exchange rate) are settled here, each by its own
module, before extract/phrase.py reads the number's noun phrase. Split from extract/classify.py (which calls
`ruled_out` first and goes on when it answers UNDECIDED) to keep that file under the house's ~400 lines.
"""

from __future__ import annotations

import enum
from typing import Final, Literal

from extract.callsigns import callsign_number
from extract.capacitylists import capacity_or_roll
from extract.classgates import names_dollar
from extract.clocktimes import clock_time
from extract.conditionals import CONDITION_WORDS, conditional
from extract.context import SentenceContext
from extract.countrates import dollar_rate
from extract.deadlyunrest import deadly_attack, deadly_unrest
from extract.gamepieces import GATE as _GAME_GATE, game_rule
from extract.mineaccidents import mine_accidents
from extract.money import not_a_count
from extract.notcounts import counts_nothing, one_described
from extract.partbefore import places_of_them, population_of
from extract.partof import Kind
from extract.peacetolls import custody_deaths_in_peace, named_near, sport_news
from extract.picturenotes import picture_note
from extract.records import Quantity
from extract.triggers import Lexicon, cue_in

_ACCIDENT_WORDS = frozenset({"accidents", "accident", "incidents"})  # extract/mineaccidents.py

class _Undecided(enum.Enum):
    """ruled_out's answer when none of its gates decides: classification goes on."""

    UNDECIDED = 0


UNDECIDED: Final = _Undecided.UNDECIDED


def ruled_out(ctx: SentenceContext, q: Quantity, lex: Lexicon, words: frozenset[str], opened: frozenset[str],
              cut: bool) -> Kind | None | Literal[_Undecided.UNDECIDED]:
    """None when the number is no claim, its Kind when a gate here tells it, else UNDECIDED. `words` are the
    sentence's words (extract/wordset.py), `opened` the rules its words open (extract/classgates.py), `cut`
    whether the number starts inside a word (so the word set may not hold the word before it)."""
    text = ctx.text
    start, end = ctx.start, ctx.end
    k = q.char_start
    if (cut or not CONDITION_WORDS.isdisjoint(words)) and conditional(ctx, q):
        return None
    if picture_note(ctx) or not _GAME_GATE.isdisjoint(words) and game_rule(words):
        return None  # "VO over pictures: three soldiers guard a food line" (extract/picturenotes.py), "3 tank
        # counters", "the player wins if 5 motti are eliminated by turn 12": a game's rule (extract/gamepieces.py)
    if text[k - 2 : k - 1].isupper() and text[k - 1] == " " and callsign_number(text, start, k, q.char_end, end):
        return None  # "two missiles were launched at HOG 32": a callsign (extract/callsigns.py)
    if "of " in text[k - 20 : k] and population_of(text, start, k) or text.startswith(" of ", q.char_end) and (
            places_of_them(text, start, k, q.char_end)):  # "moved into about 480 of them": places (partbefore.py)
        return None  # "Marawi, a city of 200,000": a population, not a count of the conflict
    if q.value == 1 and text.startswith((" was a", " is a"), q.char_end) and one_described(text, q.char_end, end):
        return None  # "...; one was a 23-year-old rugby player": one of the people counted, described (notcounts.py)
    if ("counts_nothing" in opened or "." in q.surface or text.startswith("-", q.char_end)) and counts_nothing(
            ctx, q) or (
            len(q.surface) >= 4 and q.surface[:4].isdigit() and clock_time(ctx, q)):  # (clock_time's first test)
        return None  # an age, a facility's reach, a heading's number, a definition, a sitting body's size
        # ("a three-member commission": extract/notcounts.py), "2200 hrs"
    if "capacity_or_roll" in opened and capacity_or_roll(ctx, q, words):
        return None  # "can carry up to 300 marines", "40 witnesses, among them 12 injured" (extract/capacitylists.py)
    mines = mine_accidents(ctx, q) if not _ACCIDENT_WORDS.isdisjoint(words) and q.unit == "count" else None
    if mines is not None:
        return Kind(*mines)  # "recorded 41 mine accidents" in a report of landmines (extract/mineaccidents.py)
    disaster = lex.keys["cue:non_conflict"]
    if (cut or disaster is None or not disaster.isdisjoint(words)) and named_near(ctx, q, "non_conflict") and (
            not cue_in("conflict", ctx.sentence)) and not cue_in("storming", ctx.sentence):
        return None  # "The storm killed 12" (extract/peacetolls.py); not "as rioters storm city hall" ([cues] storming)
    held = lex.keys["cue:questioning"]
    if (cut or held is None or not held.isdisjoint(words)) and named_near(ctx, q, "questioning") and not (
            cue_in("conflict", ctx.sentence) or cue_in("conflict", ctx.neighbour(-1))
            or cue_in("conflict", ctx.neighbour(1)) or deadly_unrest(ctx.text) or deadly_attack(ctx.text)):  # ("...
        # detained two people for questioning. A caller claimed the attack for a far-right group": the sentence after
        # tells it; a report of a massacre, deadly riot or deadly attack, ten or more killed, holds its arrests:
        # extract/deadlyunrest.py)
        return None  # "Two men were detained for questioning" where no act of war is told (named_near: peacetolls.py)
    if "sport_news" in opened and sport_news(ctx, q, words):
        return None  # "The club's casualty list grew to nine", where no war is named (extract/peacetolls.py)
    if "custody_deaths_in_peace" in opened and custody_deaths_in_peace(ctx):
        return None  # "the jail's 17 deaths in custody" where no war is named (extract/peacetolls.py)
    if q.unit != "count":
        got = not_a_count(ctx, q)  # a ratio, percentage, sum of money or weight (extract/money.py)
        return Kind(*got) if got else None
    if names_dollar(ctx) and (rate := dollar_rate(ctx, q, words)) is not None:
        return rate  # "the dollar fetched about 41 hryvnias", "fell to 600 against the dollar" (extract/countrates.py)
    return UNDECIDED
