"""Words beside a number that say it counts no harm done, or settle what it counts.

extract/classify.py asks these once it has read the number's phrase (extract/phrase.py):
- a count stated as a goal or policy ('"zero civilian casualties" was the army's goal'), or as a figure to plan
  or prepare for ("should plan for 200 or more casualties");
- the whole of a part counted just before it ("two of its 22 crew were injured": the verb is the part's);
- where people or debris came from ("60 people, many of them from two families", "debris from one drone");
- people arrested as "suspected" members of a group are suspects, of no side the arrest establishes;
- a part "of the dead" or "of the victims" identified or buried counts the dead;
- forces and arrests of no armed conflict (a parade, a report naming no war, a treaty's limits) are no claims;
- a toll said to be of civilians counts civilians.
Each search is tried only when the sentence holds a word it needs (a test of the sentence's words first).
"""

from __future__ import annotations

import re

from extract.civilships import PLAIN_SHIPS, civil_ships
from extract.context import SentenceContext
from extract.deadlyunrest import deadly_unrest
from extract.limits import set_as_limit
from extract.numwords import NUMBER_WORDS
from extract.peaceforces import battle_remembered, forces_of_peace
from extract.phrase import BUILT, Phrase
from extract.policingwars import policing_words_of_war
from extract.records import Quantity
from extract.relieftransport import carries_relief
from extract.scouttroops import scout_troops
from extract.sides import HOSTAGE, sides_named
from extract.triggers import PERSONS, cue_in, find_sides, lexicon, names_a_war

_ARMED = frozenset({"munition", "weapon", "equipment"})
_WHOLE_CLASSES = PERSONS  # people counted whole, whom a verb after the part does not reach
# places counted whole ("of the town's 40 schools"): a container's total, not what a verb after the part did to it
# (not munitions or equipment: "shot down 29 of 31 drones" counts 31 launched, "two of its 12 jets" a force held)
_THING_CLASSES = BUILT
_DEBRIS_WORDS = frozenset({"debris", "fragments", "wreckage"})  # _DEBRIS_BEFORE
_DEBRIS_BEFORE = re.compile(r"\b(?:debris|fragments|wreckage)\s+(?:from|of)\s+(?:the\s+)?\Z", re.IGNORECASE)
_FROM_BEFORE = re.compile(r"\b(?:from|members\s+of)\s+(?:the\s+)?\Z", re.IGNORECASE)
GOAL_WORDS = frozenset({"goal", "goals", "aim", "objective", "policy", "pledge", "promise", "ambition"})
GOAL_AFTER = re.compile(r"[”\"’']?\s*,?\s*(?:was|is|were|are|remained|remains|became|as|would\s+be|will\s+be)\s+"
                        r"(?:the|its|their|his|her|our|an?)?\s*(?:[\w'’-]+\s+){0,2}?(?:goal|aim|objective|policy|pledge|"
                        r"promise|ambition)s?\b", re.IGNORECASE)
# A figure to plan or prepare for ("should plan for 200 or more casualties", "be ready for up to 500 wounded"): a
# scenario, nothing that happened (the words of PLAN_BEFORE, a test of the sentence's words first).
PLAN_WORDS = frozenset({"plan", "plans", "planning", "prepare", "prepares", "preparing", "ready"})
PLAN_BEFORE = re.compile(r"\b(?:plan|plans|planning|prepare|prepares|preparing|be\s+ready|get\s+ready|are\s+ready|"
                         r"is\s+ready)\s+for\s+(?:(?:up\s+to|as\s+many\s+as|at\s+least|some|about|around|perhaps)\s+)?\Z",
                         re.IGNORECASE)
# Words one of the tests of `no_count_of_harm` needs, besides "families" counted and " of " before the number.
HARMLESS_KEYS = _DEBRIS_WORDS | GOAL_WORDS | PLAN_WORDS
GOAL_BEFORE = re.compile(r"\b(?:goal|aim|objective|policy|pledge|promise|ambition)\s+(?:of|was|is)\s+(?:to\s+\w+\s+)?"
                         r"[“\"]?\s*$", re.IGNORECASE)


def no_count_of_harm(ctx: SentenceContext, q: Quantity, ph: Phrase, words: frozenset[str]) -> bool:
    """Whether the number, whatever it counts, says no harm was done: a goal, the whole of a part the verb
    after it is about, or where people or debris came from. `words`: the sentence's words (extract/wordset.py)."""
    text, start, k = ctx.text, ctx.start, q.char_start
    if ph.subject == "families" and _FROM_BEFORE.search(text, max(start, k - 30), k):
        return True  # "60 people, many of them from two extended families": where people came from
    if ph.cls in _WHOLE_CLASSES and "of" in words and not _verb_on_whole(text, ph) and whole_of_part(text, start, k):
        return True  # "two of its 22 crew were injured": the 22 are the crew, the two the injured (but "one of
        # 14 soldiers killed in the ambush": the participle on the whole says the 14 were killed)
    if (ph.cls in _THING_CLASSES and ph.verb_side != "left" and "of" in words and not _verb_on_whole(text, ph)
            and whole_of_part(text, start, k)):
        return True  # "30 of the college's 34 buildings were burned down": 34 is all there were, 30 the claim
    if ph.cls in _ARMED and not _DEBRIS_WORDS.isdisjoint(words) and _DEBRIS_BEFORE.search(text, max(start, k - 30), k):
        return True  # "debris from one drone damaged a terminal": where the debris came from
    if not PLAN_WORDS.isdisjoint(words) and PLAN_BEFORE.search(text, max(start, k - 40), k):
        return True  # "Hospitals should plan for 200 or more casualties": a figure to prepare for, a scenario
    return not GOAL_WORDS.isdisjoint(words) and _a_goal(text, q, ph, start, ctx.end)


def _verb_on_whole(text: str, ph: Phrase) -> bool:
    """Whether a participle right after the noun says what befell the whole ("three of the 40 tanks destroyed last
    week were new": the 40 were destroyed), not a verb of the clause after it ("... 40 buildings were burned")."""
    return ph.verb_side == "right" and ph.verb_start > ph.np_end and not text[ph.np_end : ph.verb_start].strip()


def _a_goal(text: str, q: Quantity, ph: Phrase, start: int, end: int) -> bool:
    """A count stated as a goal or policy, not as what happened: '"zero casualties" was the army's goal',
    "a policy of zero civilian deaths"."""
    return bool(GOAL_AFTER.match(text, max(ph.np_end, q.char_end), end)
                or GOAL_BEFORE.search(text, max(start, q.char_start - 40), q.char_start))


_PART_OF = re.compile(r"of\s+(?:the\s+|its\s+|their\s+|our\s+)?(?:[\w-]+['’]s\s+)?\Z", re.IGNORECASE)


def whole_of_part(text: str, start: int, k: int) -> bool:
    """Whether the number at `k` is the whole of a part counted just before it ("three of the city's 11
    hospitals", "two of its 22 crew"): what the verb after it says befell the part, not the whole."""
    lo = max(start, k - 40)
    j = text.rfind(" of ", lo, k)
    if j < 0 or not _PART_OF.match(text, j + 1, k):
        return False
    before = text[lo:j].rsplit(None, 1)
    return bool(before) and (before[-1][0].isdigit() or before[-1].lower() in NUMBER_WORDS)


SUSPECTED = re.compile(r"\s+(?:more\s+|other\s+)?suspected\b", re.IGNORECASE)  # "arrested two suspected members"


def suspects_side(text: str, q: Quantity, ph: Phrase) -> str:
    """The side of people arrested as "suspected" members or helpers of a group: held on suspicion, of no side
    the arrest establishes, unless a side is named on them ("12 suspected Islamic State fighters")."""
    named = find_sides(text, q.char_end, ph.np_end) if ph.np_end > q.char_end else []
    return named[0].side if named else "unknown"


# People arrested or detained "in connection with" the attack, the killings: held as suspects of it (as "suspected").
IN_CONNECTION = re.compile(r"[^.;:]{0,60}?\bin\s+connection\s+with\b", re.IGNORECASE)


_OF_THE_DEAD = re.compile(r"\s+of\s+(?:the|those)\s+(?:(dead|bodies|killed)|victims)\b", re.IGNORECASE)


def of_the_dead(ctx: SentenceContext, q: Quantity) -> bool:
    """A part of the dead with no whole counted before it: "some 40 of the dead", "6,900 of the victims"
    identified or buried (victims are dead only where the sentence identifies or buries them)."""
    m = _OF_THE_DEAD.match(ctx.text, q.char_end, ctx.end)
    return m is not None and (m.group(1) is not None or cue_in("burial", ctx.sentence))


def peacetime(ctx: SentenceContext, ph: Phrase, measure: str, q: Quantity) -> bool:
    """Forces or arrests of no armed conflict: at a ceremony or fair ("a military parade will feature 1,200
    soldiers"; not a battle the ceremony remembers, extract/peaceforces.py), an exercise's or former fighters (the
    same), or in a report naming no war and no party to one ("Police arrested 14 people aged 16
    to 19", "Boeing delivered 44 jets"), or arrests where every word of war is a war on drugs or a use of peace
    ("the miners' strike": extract/policingwars.py); people kidnapped or held hostage stay a claim anywhere, and
    arrests in a report of deadly unrest (extract/deadlyunrest.py)."""
    if measure == "forces" and cue_in("ceremony", ctx.sentence) and not battle_remembered(ctx, q):
        return True
    if measure == "forces" and forces_of_peace(ctx, q, ph):
        return True  # "The exercise brings together 30,000 soldiers", "2,117 former child soldiers" (peaceforces.py)
    if measure == "forces" and set_as_limit(ctx, ph.np_end):
        return True  # "The treaty capped each side at 700 deployed missiles": a limit (extract/limits.py)
    if measure == "forces" and ph.cls == "equipment" and carries_relief(ctx, ph.np_end):
        return True  # "Fourteen aircraft chartered by the ICRC have landed with 120 tonnes of food" (relieftransport.py)
    if measure == "forces" and ph.subject in PLAIN_SHIPS and civil_ships(ctx):
        return True  # "Sailed in company with five other vessels": ships of no navy (extract/civilships.py)
    if measure == "forces" and scout_troops(ctx):
        return True  # "3,500 scouts in 140 troops camped at the jamboree": a youth group (extract/scouttroops.py)
    if (names_a_war(ctx.text) and not (measure == "captured" and policing_words_of_war(ctx.text))) or sides_named(
            ctx.text):
        return False  # (arrests where every word of war is a war on drugs or a use of peace: "the miners' strike")
    return not (measure == "captured" and (ph.cls == "captive" or HOSTAGE.search(ctx.sentence) or deadly_unrest(
        ctx.text)))  # (arrests over a mob's killing of 30: extract/deadlyunrest.py)


def civilian_toll(text: str, lo: int, k: int) -> bool:
    """A toll said to be of civilians ([cues] civilian_toll) in text[lo:k], with no other number after it."""
    m = None
    for m in lexicon().cues["civilian_toll"].finditer(text, lo, k):
        pass
    return m is not None and not any(ch.isdigit() for ch in text[m.end() : k])


_OF_THOSE_DONE = re.compile(r"\s+of\s+those\s+(?:who\s+(?:(?:had|have|were|had\s+been|have\s+been)\s+)?)?([a-z]+)\b",
                            re.IGNORECASE)  # ("six of those who died", "of those who were abducted")
_PART_GROUPS = frozenset({"kill", "wound", "capture", "displace"})  # what may befall the people of "those ..."


def of_those_done(ctx: SentenceContext, q: Quantity) -> str | None:
    """The verb group of a part of people named by what befell them: "46 of those abducted had not come home", "six
    of those who died were teenagers"
    (the part counts what the participle says, or what a verb after it says befell the part: "12 of those
    wounded died later" counts deaths). None
    when the participle is of no harm to people, or when the part is said to have been spared afterwards
    ("30 of those abducted were released": a count of the freed, not of the held)."""
    m = _OF_THOSE_DONE.match(ctx.text, q.char_end, ctx.end)
    if not m:
        return None
    lex = lexicon()
    group = lex.verb_group.get(m.group(1).lower())
    if group not in _PART_GROUPS:
        return None
    later = lex.verb_re.search(ctx.text, m.end(), ctx.end)
    then = lex.verb_group.get(" ".join(later.group(0).lower().split())) if later else None
    if then == "spare":
        return None
    return then if then in _PART_GROUPS else group  # "12 of those wounded died later": what befell the part last
