"""Deaths, losses and works in a report naming no war: a jail's deaths in custody, a firm's losses, a club's injuries.

The claim layer reads a toll word ([cues] toll: "deaths", "losses", "casualties") before a number as a death count,
and general news escapes it only by naming a disaster, an accident or a disease ([cues] non_conflict, `named_near`).
A report of peace is one naming no war, no party to one and no unrest ([cues] unrest: riots, a coup, a junta, a
crackdown, political prisoners) — `no_war_nor_unrest`, the one test of this module:
- Deaths in a jail, a prison or police custody: "The inquiry into the jail's 17 deaths in custody made 3
  demands". In a report of peace they are deaths of prisoners, and no number of the sentence is a claim (the
  deaths would otherwise spread to its other counts: "3 demands", "420 officers"). In a report of a war or of
  a junta's crackdown the same words are a toll ("17 political prisoners died in custody").
- "losses" as the only toll word: "The firm's losses rose to 1,900". Losses are of money, stock or hives there;
  "Russian losses rose to 1,900" names a party and stays a toll, and so do losses of armed people ("Losses
  included 4 border guards": a [nouns] fighter or peacekeeper word in the sentence).
- Buildings pulled down ([cues] demolition): "The city demolished 40 old buildings to make way for a park".
- Sport ([cues] sport, and a club's, squad's or team's casualty or injury list): "The club's casualties list
  grew to nine". Only where no war is named at all: "Rebels shelled the stadium. The dead included 12 first-team
  players" is a toll.
"""

from __future__ import annotations

import re

from extract.context import SentenceContext
from extract.phrase import Phrase
from extract.records import Quantity
from extract.sides import sides_named
from extract.triggers import ARMED, cue_in, lexicon, names_a_war
from extract.wordset import folded, words_of

_CUSTODY_WORDS = frozenset({"custody", "jail", "jails", "prison", "prisons", "detention"})
_DIED_IN_CUSTODY = re.compile(r"\b(?:deaths?|died|dies|dying|dead)\s+(?:\w+\s+){0,2}?in\s+(?:\w+\s+){0,2}?"
                              r"(?:custody|jails?|prisons?|detention)\b", re.IGNORECASE)
# A sports side's injured: "the club's casualties list", "the squad's casualty list", "the team's injury list".
_SIDE_LIST = re.compile(r"\b(?:club|squad|team)(?:['’]s|s['’])?\s+(?:casualt|injur)\w*\s+list\b", re.IGNORECASE)
_SIDE_LIST_WORDS = frozenset({"club", "squad", "team", "clubs", "squads", "teams"})  # _SIDE_LIST
_CLAUSE_END = re.compile(r"[;:—–]|,\s+(?:and|but|while|whereas)\b|,\s+(?:and\s+)?that\b")


def no_war_nor_unrest(text: str) -> bool:
    """Whether the document names no war, no party to one and no unrest ([cues] conflict, unrest; sides): a report
    of peacetime."""
    return not names_a_war(text) and not cue_in("unrest", text) and not sides_named(text)


def named_near(ctx: SentenceContext, q: Quantity, name: str) -> bool:
    """Whether a word of [cues] NAME stands before the number or in its own clause ("The storm killed 12", "12 died
    in the floods"); not one in a later clause ("2.1 million have fled, and 400,000 face famine")."""
    lex = lexicon()
    cue, text = lex.folded_re["cue:" + name], folded(ctx.text)  # (the same matches, faster)
    if cue is None:
        cue, text = lex.cues[name], ctx.text
    if cue.search(text, ctx.start, q.char_start):
        return True
    stop = _CLAUSE_END.search(ctx.text, q.char_end, ctx.end)
    return bool(cue.search(text, q.char_end, stop.start() if stop else ctx.end))


def custody_deaths_in_peace(ctx: SentenceContext) -> bool:
    """Whether the sentence tells of deaths in custody, a jail or a prison, in a report of peacetime: none of its
    numbers is a claim."""
    if _CUSTODY_WORDS.isdisjoint(words_of(ctx.sentence)):
        return False  # (the usual case: a test of the sentence's words first)
    return _DIED_IN_CUSTODY.search(ctx.sentence) is not None and no_war_nor_unrest(ctx.text)


def losses_in_peace(ctx: SentenceContext) -> bool:
    """Whether the sentence's only toll words ([cues] toll) are "losses", in a report of peacetime: losses of
    money, stock or hives, not a death count."""
    if "losses" not in words_of(ctx.sentence):
        return False
    lex = lexicon()
    hits = {m.group(0).lower() for m in lex.cues["toll"].finditer(ctx.sentence)}
    return hits == {"losses"} and not _names_armed_people(lex, ctx.sentence) and no_war_nor_unrest(ctx.text)


def sport_news(ctx: SentenceContext, q: Quantity, words: frozenset[str]) -> bool:
    """Whether the number is told of sport ([cues] sport before it or in its clause, or a club's casualty list in
    the sentence) in a report naming no war: a club's injured players, a match's arrests."""
    keys = lexicon().keys["cue:sport"]
    near = (keys is None or not keys.isdisjoint(words)) and named_near(ctx, q, "sport")
    if not near and (_SIDE_LIST_WORDS.isdisjoint(words) or not _SIDE_LIST.search(ctx.sentence)):
        return False
    return not names_a_war(ctx.text)


def peacetime_works(ctx: SentenceContext, ph: Phrase) -> bool:
    """Whether buildings are pulled down ([cues] demolition: "demolished", "razed", "bulldozed") in a report of
    peacetime: a city's demolitions, a council's road works. (Buildings burned or destroyed stay a claim:
    violence is told by the verb.)"""
    said = ctx.text[ph.verb_start : ph.verb_start + 20] if ph.verb_start else ""
    return lexicon().cues["demolition"].match(said) is not None and no_war_nor_unrest(ctx.text)


def _names_armed_people(lex, sentence: str) -> bool:
    """Whether the sentence names combatants ([nouns] fighter, peacekeeper): their losses are a toll."""
    return any(lex.noun_class.get(m.group(0).lower(), ("",))[0] in ARMED
               for m in lex.noun_re.finditer(sentence))
