"""Sizes of forces told in "men" or with no noun at all, where no verb does harm to them.

- a unit put at a number of men: "a rebel column of about 200 men", "an armed unit of some 80 men" (fighters;
  an army's or a garrison's men are troops): with an armed word right before the unit, or in a document of
  war; a group, a band or a company only with the armed word ("an armed group of 40 men"; not "a group of 20 men
  gathered to pray");
- men holding or defending a place: "fewer than 500 men hold the bridge", "300 men defended the airport"
  (troops: the defenders of a place; not "11 men hold the record");
- a body of men said to number so many: "militias that number about 3,000 men", "his men numbered no more than
  30" (fighters, or troops when the noun before is troops or forces); an armed word must stand before "number"
  ("the company numbered 300 men on its payroll" is a firm's staff);
- an enemy force put at a number by the speaker: "against a force it puts at 4,000", "an army they estimate at
  9,000" (troops).

Each returns (subject) and the caller counts the number as `forces`. Cheap tests first: every pattern needs a
word of the sentence (extract/wordset.py).
"""

from __future__ import annotations

import re

from extract.context import SentenceContext
from extract.phrase import Phrase
from extract.qualifierwords import qualifier_pattern
from extract.records import Quantity
from extract.triggers import names_a_war

# The shared qualifiers (extract/qualifierwords.py) and those of a force's size: "at most", "no fewer than", "barely".
_QUAL = (r"(?:(?:" + qualifier_pattern() + r"|approximately|at\s+most|no\s+more\s+than|no\s+fewer\s+than|"
         r"not\s+more\s+than|barely)\s+)?")
_UNIT_WORDS = frozenset({"unit", "force", "column", "contingent", "detachment", "battalion", "brigade", "company",
                         "platoon", "group", "band", "militia", "garrison", "army", "squad", "patrol"})
_UNIT_OF = re.compile(r"\b(unit|force|column|contingent|detachment|battalion|brigade|company|platoon|group|band|"
                      r"militia|garrison|army|squad|patrol)\s+of\s+" + _QUAL + r"\Z", re.IGNORECASE)
# Units that are not always armed ("a group of 20 men gathered to pray", "a band of 12 men played"): an armed
# word must stand right before them ("an armed group of", "a rebel band of", "an infantry company of").
_LOOSE_UNITS = frozenset({"group", "band", "company"})
_ARMED_QUALIFIER = re.compile(r"\b(?:armed|rebel|rebels['’]?|militia|guerrilla|insurgent|militant|jihadist|"
                              r"paramilitary|mercenary|raiding|infantry|commando|rifle|army|police)\s+"
                              r"(?:[\w'’-]+\s+)?\Z", re.IGNORECASE)
_HOLD_WORDS = frozenset({"hold", "holds", "held", "holding", "defend", "defends", "defended", "defending", "guard",
                         "guards", "guarded", "guarding", "man", "manned", "manning"})
_HOLD_AFTER = re.compile(r"\s+(?:still\s+|now\s+|were\s+|are\s+)?(?:hold|holds|held|holding|defend|defends|defended|"
                         r"defending|guard|guards|guarded|guarding|man|manned|manning)\s+(?:the|a|an|its|their|this|"
                         r"that)\s+(?:[\w'’-]+\s+){0,2}?(?:city|town|village|bridge|airport|airfield|port|harbour|harbor|"
                         r"hill|hills|line|lines|pass|position|positions|front|base|fort|fortress|citadel|road|crossing|"
                         r"valley|district|island|capital|border|ridge|perimeter|enclave|pocket|garrison|outpost|"
                         r"checkpoint|walls)\b", re.IGNORECASE)
_NUMBER_WORDS = frozenset({"number", "numbers", "numbered"})
_NUMBER_MEN = re.compile(r"\b(?:number|numbers|numbered)\s+" + _QUAL + r"\Z", re.IGNORECASE)
_MEN_NUMBER = re.compile(r"\b(?:his|her|its|their|our)\s+(men|troops|fighters|forces|soldiers)\s+(?:number|numbers|"
                         r"numbered)\s+" + _QUAL + r"\Z", re.IGNORECASE)
_ARMED_BEFORE = re.compile(r"\b(militias?|rebels|insurgents|guerrillas|fighters|militants|troops|forces|soldiers|"
                           r"army|armies)\b[^.;]{0,60}\Z", re.IGNORECASE)
_PUT_WORDS = frozenset({"puts", "put", "estimates", "estimated", "reckons", "reckoned"})
_FORCE_PUT_AT = re.compile(r"\b(force|army|garrison|contingent|militia)\s+(?:that\s+|which\s+)?(?:it|they|he|she|we|"
                           r"the\s+[\w-]+|[A-Z][\w-]+)\s+(?:puts|put|estimates|estimated|reckons|reckoned)\s+at\s+"
                           + _QUAL + r"\Z")
_STATE_UNITS = frozenset({"army", "garrison", "troops", "forces", "soldiers", "armies"})


def force_in_men(ctx: SentenceContext, q: Quantity, ph: Phrase, words: frozenset[str]) -> str | None:
    """The subject ("fighters" or "troops") when the number with no verb of its own is a force's size told in
    men or put at a number (see the module's docstring); None otherwise."""
    text, k, lo = ctx.text, q.char_start, max(ctx.start, q.char_start - 60)
    men = ph.subject == "men"
    if men and not _UNIT_WORDS.isdisjoint(words):
        m = _UNIT_OF.search(text, lo, k)
        if m and _armed_unit(text, m, ctx.start):
            return "troops" if m.group(1).lower() in _STATE_UNITS else "fighters"
    if men and not _HOLD_WORDS.isdisjoint(words) and _HOLD_AFTER.match(text, ph.np_end, ctx.end):
        return "troops"
    if not _NUMBER_WORDS.isdisjoint(words):
        m = _MEN_NUMBER.search(text, lo, k)
        if m:
            return "fighters" if m.group(1).lower() in ("men", "fighters") else "troops"
        if men and _NUMBER_MEN.search(text, lo, k):
            armed = _ARMED_BEFORE.search(text, max(ctx.start, k - 120), k)  # (not "the company numbered 300 men")
            if armed:
                return "troops" if armed.group(1).lower() in _STATE_UNITS else "fighters"
    if ph.cls is None and not _PUT_WORDS.isdisjoint(words) and " at " in text[max(ctx.start, k - 30) : k]:
        m = _FORCE_PUT_AT.search(text, lo, k)
        if m:
            return "fighters" if m.group(1).lower() == "militia" else "troops"
    return None


def _armed_unit(text: str, m: re.Match[str], start: int) -> bool:
    """Whether the unit `m` of _UNIT_OF is an armed one: with an armed word right before it ("a rebel column"),
    else a unit that is always armed ("a battalion", not a group, a band or a company) in a document of war."""
    if _ARMED_QUALIFIER.search(text, max(start, m.start() - 30), m.start()):
        return True
    return m.group(1).lower() not in _LOOSE_UNITS and names_a_war(text)


_OF_ITS_MEN = re.compile(r"\s+of\s+(?:its|their)\s+men\b", re.IGNORECASE)
_ARMED_BODY = re.compile(r"\b(?:army|armies|force|forces|police|militias?|rebels|insurgents|guerrillas|regiment|"
                         r"battalion|brigade|unit|corps|guard|headquarters)\b[^.;]{0,80}\Z", re.IGNORECASE)
ARMED_BODY_WORDS = frozenset({"army", "armies", "force", "forces", "police", "militia", "militias", "rebels",
                              "insurgents", "guerrillas", "regiment", "battalion", "brigade", "unit", "corps", "guard",
                              "headquarters"})
IRREGULAR = frozenset({"militia", "militias", "rebels", "insurgents", "guerrillas"})


def men_of_a_force(ctx: SentenceContext, q: Quantity, words: frozenset[str]) -> str | None:
    """The subject of "25 of its men" when "its" is an armed body named before in the sentence ("The police force
    says 25 of its men were killed": troops; a militia's men: fighters); None otherwise ("the firm says three of
    its men were hurt")."""
    if ARMED_BODY_WORDS.isdisjoint(words) or not _OF_ITS_MEN.match(ctx.text, q.char_end, ctx.end):
        return None
    m = _ARMED_BODY.search(ctx.text, max(ctx.start, q.char_start - 120), q.char_start)
    if m is None:
        return None
    return "fighters" if m.group(0).split(None, 1)[0].lower() in IRREGULAR else "troops"
