"""Who a count of deaths was of: "19 killings of opposition supporters", "40 deaths of civilians".

A noun that is itself a death count ("killings", "deaths", "murders") says whose deaths by "of" and a noun of
people after it. The claim's subject and side are then those people's: "We documented 19 killings of opposition
supporters" counts opposition supporters, civilian. Not: "19 killings of the kind" (no noun of people), nor "the
bodies of 12 soldiers" (the number comes after the "of": read by the phrase itself).

extract/classify.py asks `victims_of` for a number whose noun is a death count followed by " of ".
"""

from __future__ import annotations

import re

from extract.context import SentenceContext
from extract.phrase import Phrase
from extract.triggers import people_noun_at

_OF = re.compile(r"\s+of\s+(?:(?:the|their|its|local|unarmed|innocent)\s+)?", re.IGNORECASE)


def victims_of(ctx: SentenceContext, ph: Phrase) -> tuple[str, str, int] | None:
    """(class, subject, end) of the people a death count is of, else None."""
    of = _OF.match(ctx.text, ph.np_end, ctx.end)
    if of is None:
        return None
    return people_noun_at(ctx.text, of.end(), ctx.end)
