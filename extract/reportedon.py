"""A report in the past goes on, in the past perfect, into the sentences after it: they keep its claimant.

"The Clerk reported that a bomb had exploded at the library. The fire brigade had rescued 12 people, and 4 of them
had been taken to hospital." Minutes, letters and dispatches retell a report with its tense shifted back: a sentence
that opens with "X reported that …" (a past verb of saying and "that") is followed by sentences in the past perfect
("had treated", "had been moved") that name no speaker of their own; they are still X's report (GUIDELINES.md: "who
makes the claim, as named"). A sentence between whose own saying is shifted back too ("The police had informed him
that …": a report within the report) is part of the same report and is passed over. A sentence not in the past
perfect (the writer's own "The street remains closed"), a line break or the paragraph's start ends the search.
Asked only (extract/claimantof.py) for a sentence without a claimant of its own; one substring test (" had ") first.
"""

from __future__ import annotations

import re

from extract.carry import paragraph_ends_back
from extract.context import SentenceContext, per_sentence
from extract.cues import NOT_NAMES, sentence_cues

__all__ = ["reported_on"]

_BACK = 3  # sentences back to the one that opens the report
# The past perfect of a full verb: "had treated", "had been moved", "had already been found", "had told" (not "had
# 12 beds", "had a clinic").
_PAST_PERFECT = re.compile(r"\bhad\s+(?:(?:not|also|already|since|then)\s+)?(?:been\s+)?"
                           r"[a-z]{2,}(?:ed|en|wn|ght|ound|ld|id|t)\b", re.I)
# Past verbs that open a report retold with its tense shifted back.
_PAST_SAYING = frozenset(("reported", "said", "told", "informed", "stated", "explained", "confirmed", "announced",
                          "advised", "added", "noted"))
# After the cue: "that", perhaps after whom it was told to ("told the meeting that", "informed members that").
_THAT_AFTER = re.compile(r"\s+(?:(?:the\s+)?[a-z]+\s+){0,2}?that\b", re.I)


@per_sentence  # depends on the sentence only; asked for a sentence without a claimant of its own
def reported_on(ctx: SentenceContext) -> tuple[str, str] | None:
    """(name, verb) of whoever opened, earlier in the paragraph, the report in the past perfect this sentence goes
    on with (see the module's doc); None if the sentence is not in the past perfect or no such report opens."""
    sentence = ctx.sentence
    if " had " not in sentence or ctx.section.kind not in ("body", "update") or not _PAST_PERFECT.search(sentence):
        return None
    for k in range(1, _BACK + 1):
        if paragraph_ends_back(ctx, k):
            return None
        prev = ctx.neighbour(-k)
        within = False
        for c in sentence_cues(prev):
            if (c.name and not c.after and c.verb in _PAST_SAYING and c.name.casefold() not in NOT_NAMES
                    and _THAT_AFTER.match(prev, c.end)):
                if " had " not in prev[c.start:c.end + 1]:
                    return c.name, c.verb
                within = True  # "The police had informed him that …": a report within the report; back further
                break
        if not within and (" had " not in prev or not _PAST_PERFECT.search(prev)):
            return None  # the writer's own sentence between: the report has ended
    return None
