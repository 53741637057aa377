"""Things counted after "and" with their noun left out, or added "together with" the things counted before.

- "destroyed eight trucks and captured 11", "31 tanks were destroyed, and 22 captured in working order": a bare
  number whose own verb follows "and" after a count of equipment or weapons counts the same things, and its own
  verb gives the measure (seized, not people captured: the noun left out is the things'); after a count of people
  killed, wounded or captured, "captured 14" counts people captured ("killed 22 fighters and captured 14");
- "seized 12 tanks, together with some 300 rifles": things added "together with" (or "along with") things
  seized, destroyed or damaged underwent the same (not a force's size).
extract/classify.py asks `elided_things` for a bare number with a verb of its own (before its rule that a bare
number needs a verb only people undergo); extract/partof.py asks `along_with_things` for a count of things no
verb reaches. People are left to extract/partof.py's `elided` ("12 killed and 40 wounded").
"""

from __future__ import annotations

import re

from extract.context import SentenceContext
from extract.phrase import Phrase
from extract.records import Quantity
from extract.triggers import HUMAN, lexicon, measure_for

_THING_CLASSES = frozenset({"equipment", "weapon", "munition"})
_DONE_TO_THINGS = frozenset({"destroyed", "damaged", "seized"})
_DONE_TO_PEOPLE = frozenset({"killed", "wounded", "captured"})  # a count of people before a bare "captured 14"
_THING_VERBS = frozenset({"capture", "destroy", "damage", "recover"})  # verb groups that may act on things
_AND_BEFORE = re.compile(r"(?:,\s*|\s)and\s+(?:(?:\w+\s+){0,2}?(?:\w+ed|\w+en|took|seized|hit|shot\s+down)\s+)?"
                         r"(?:(?:another|a\s+further|about|around|some|nearly|almost|at\s+least|more\s+than|over)\s+)?\Z",
                         re.IGNORECASE)
_ALONG_WITH = re.compile(r"\b(?:together|along)\s+with\s+(?:(?:about|around|some|nearly|almost|at\s+least|more\s+than|"
                         r"over|another)\s+)?\Z", re.IGNORECASE)


def _people_verb(text: str, at: int) -> bool:
    """Whether the verb at `at` is one only people undergo ([verbs_people_only]: "arrested", "abducted")."""
    said = " ".join(text[at : at + 30].lower().split())
    return any(said.startswith(v) and not said[len(v) : len(v) + 1].isalpha() for v in lexicon().people_only)


def _class_of(subject: str) -> str | None:
    """The noun class of a subject of the lexicon ("tank" -> equipment)."""
    for cls, subj in lexicon().noun_class.values():
        if subj == subject:
            return cls
    return None


def elided_things(ctx: SentenceContext, q: Quantity, ph: Phrase, depth: int, previous) -> tuple[str, str, str] | None:
    """(measure, subject, side) of a bare number after "and" with a verb of its own, where the count before it
    counts equipment or weapons done harm to: the same things, the measure its own verb gives them. `previous`
    classifies the number before (extract/partof.py)."""
    if ph.cls is not None or ph.verb not in _THING_VERBS or " and " not in ctx.text[max(ctx.start, q.char_start - 40) : q.char_start]:
        return None
    if not _AND_BEFORE.search(ctx.text, max(ctx.start, q.char_start - 40), q.char_start):
        return None
    if _people_verb(ctx.text, ph.verb_start):
        return None  # "destroyed eight trucks and arrested 11": only people are arrested
    whole = previous(ctx, q, depth)
    if whole is not None and ph.verb == "capture" and whole.measure in _DONE_TO_PEOPLE and _class_of(
            whole.subject) in HUMAN:
        return "captured", whole.subject, whole.side  # "neutralized 22 fighters and captured 14": 14 of the fighters
    if whole is None or whole.measure not in _DONE_TO_THINGS:
        return None
    cls = _class_of(whole.subject)
    measure = measure_for(ph.verb, cls) if cls in _THING_CLASSES else None
    return (measure, whole.subject, whole.side) if measure in _DONE_TO_THINGS else None


def along_with_things(ctx: SentenceContext, q: Quantity, ph: Phrase, depth: int, previous) -> tuple[str, str, str] | None:
    """(measure, subject, side) of weapons or equipment counted "together with" things seized, destroyed or
    damaged before them: the same measure, their own subject and the side of the things before."""
    if ph.cls not in _THING_CLASSES or ph.verb is not None:
        return None
    if not _ALONG_WITH.search(ctx.text, max(ctx.start, q.char_start - 40), q.char_start):
        return None
    whole = previous(ctx, q, depth, reach=200)
    if whole is None or whole.measure not in _DONE_TO_THINGS:
        return None
    return whole.measure, ph.subject or whole.subject, whole.side
