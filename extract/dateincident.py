"""Counts that point back at the report's incident take its date, not a date of their own sentence.

- The dead in the words of memory (extract/deadnamed.py): "The memorial unveiled beside the school in 2010 carries
  165 names", "Rahmah, 61, lost her husband and two sons": the names and the kin are the dead of the killings the
  report tells of; the year the memorial was unveiled is not the day they died.
- A figure said to be the toll of the attack: "The figure 55 is the toll of the whole attack" (extract/tollfigure.py
  figure_is_toll, with "of the attack" after "toll"): the attack is the report's incident.
Such a count takes the date of the incident the document dates in its lead (extract/datesaid.py incident_date), when
it stands after the lead and the lead (or the sentence after it, "Over the next two days, ... were killed") tells
a harm (so that a lead dating a commemoration, "On Sunday survivors gathered at the memorial", lends nothing);
otherwise no date: never the memorial's own year (GUIDELINES: the event date is the date of the event counted).

The size of the attacking force ("the attackers numbered between 10 and 12", "the attacking force numbered about
600", "the assailants, who came in about a hundred motorcycles") is a count of the incident too: like its harms, it
takes the incident's date inside the story (`attack_force`, for extract/dates.py); a standing strength ("had about
1,000 armed men in the zone") names no attackers and stays undated.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from extract.context import SentenceContext
from extract.datefunds import undated_funding
from extract.dateresolve import EventDate
from extract.deadnamed import dead_named
from extract.records import Quantity
from extract.tollfigure import figure_is_toll
from extract.wordset import words_of

_OF_THE_ATTACK = re.compile(r"\btoll\s+(?:of|from|in)\s+(?:the|that|this)\s+(?:(?:whole|entire|same)\s+)?"
                            r"(?:attack|raid|ambush|assault|massacre|bombing|killings|fighting|clashes)\b",
                            re.IGNORECASE)
# A harm done in the lead: the incident is a killing or an attack, not a gathering to remember "the dead".
_HARM = re.compile(r"\b(?:killed|killing|killings|massacred?|slaughtered|attack(?:ed|s)?|ambush(?:ed)?"
                   r"|shot|bomb(?:ed|ing)|raid(?:ed)?|assault(?:ed)?|shelled|stormed)\b", re.IGNORECASE)


def early_date(ctx: SentenceContext, q: Quantity, measure: str | None,
               incident: Callable[[SentenceContext], tuple[int, int, EventDate | None]]
               ) -> tuple[bool, EventDate | None]:
    """(True, the date) when the claim's date is settled before its sentence's date expressions are read: a count
    of the module's forms (`incident_count`), or a sum of funding that has no event date (extract/datefunds.py
    undated_funding: "has so far received $1.6 million", "would send $1 million"); (False, None) otherwise.
    extract/dates.py asks it only of a death toll whose sentence says "toll", "names" or "lost", and of funding (a
    call per claim is too dear for the rest)."""
    if measure == "funding":
        return undated_funding(measure, ctx, q), None
    return incident_count(ctx, q, measure, incident)


def incident_count(ctx: SentenceContext, q: Quantity, measure: str | None,
                   incident: Callable[[SentenceContext], tuple[int, int, EventDate | None]]
                   ) -> tuple[bool, EventDate | None]:
    """(True, the incident's date or None) for a count of the module's forms at `q`; (False, None) for any other.
    `incident` is extract/dates.py's once-per-document incident date. Cheap substring tests first."""
    if measure != "killed":
        return False, None
    sentence = ctx.sentence
    if "names" not in sentence and "lost" not in sentence and "toll" not in sentence:
        return False, None
    if not (("toll" in sentence and figure_is_toll(ctx, q) is not None
             and _OF_THE_ATTACK.search(ctx.text, q.char_end, ctx.end) is not None)
            or (("names" in sentence or "lost" in sentence) and dead_named(ctx, q, words_of(sentence)) is not None)):
        return False, None
    lead, _, day = incident(ctx)
    if day is None or not lead < ctx.index:
        return True, None
    told = ctx.sentences[lead : lead + 2]
    if not any(_HARM.search(ctx.text, s, e) for s, e in told):
        return True, None
    return True, day


_ATTACKERS = re.compile(r"\b(?:attackers|assailants|raiders|attacking\s+force|assault\s+force)\b", re.IGNORECASE)


def attack_force(sentence: str) -> bool:
    """Whether a force's count (of `sentence`) is the attacking force of the incident (module doc); substring tests
    first. extract/dates.py asks it only of a force's count (measure "forces")."""
    return ("ttack" in sentence or "ssail" in sentence or "aider" in sentence
            or "ssault" in sentence) and _ATTACKERS.search(sentence) is not None
