"""A count of the dead or wounded given as a figure, the number after a copula or a verb of reaching.

"By Friday the count of bodies in the morgue was 212", "the toll of injured from the bombing is 85", "the rebels'
count of their own fallen was 19", "the army's figure for rebel dead was 600", "the tally of wounded at the two
hospitals now stands at 140": a word of counting (count, tally, number, total, toll, figure) of a harm noun (the
dead, the fallen, bodies, the wounded), maybe with one modifier before it ("rebel dead", "their own fallen") and a
prepositional phrase after it ("in the morgue", "from the bombing"), then "is", "was", "stands at", "has reached",
"rose to" and the number. extract/ellipses.py reads the plain form ("its count of wounded is nine"); this states the
construction with its modifiers. Disasters and peacetime are screened out by the classifier's war tests.
"""

from __future__ import annotations

import re

from extract.context import SentenceContext
from extract.partof import Kind
from extract.qualifierwords import qualifier_pattern
from extract.records import Quantity
from extract.sides import resolve_side

# The words the sentence must hold (one of each) before the pattern is tried.
COUNT_WORDS = frozenset({"count", "tally", "number", "total", "toll", "figure"})
HARM_WORDS = frozenset({"dead", "killed", "deaths", "fallen", "bodies", "corpses", "wounded", "injured", "injuries"})
_WOUNDS = frozenset({"wounded", "injured", "injuries"})

_QUAL = r"(?:(?:" + qualifier_pattern() + r"|approximately|no\s+more\s+than)\s+)?"
_FIGURE = re.compile(
    r"\b(?:count|tally|number|total|toll|figure)\s+(?:of|for)\s+(?:the\s+|their\s+|its\s+|our\s+|his\s+|her\s+)?"
    r"(?:own\s+)?(?:[\w'’-]+\s+)?(dead|killed|deaths|fallen|bodies|corpses|wounded|injured|injuries)"
    r"(?:\s+(?:in|at|from|on|among|after|since|during|across)\s+(?:[\w'’-]+\s+){0,4}?[\w'’-]+)?,?"
    r"\s+(?:so\s+far\s+|now\s+|by\s+then\s+|then\s+|officially\s+)?(?:is|was|stands\s+at|stood\s+at|has\s+reached|"
    r"had\s+reached|reached|has\s+risen\s+to|had\s+risen\s+to|rose\s+to|has\s+climbed\s+to|climbed\s+to|came\s+to|"
    r"comes\s+to|totals|totalled|totaled)\s+(?:now\s+)?" + _QUAL + r"\Z", re.IGNORECASE)


def toll_figure(ctx: SentenceContext, q: Quantity) -> Kind | None:
    """The kind of a number given as the figure of a count of the dead or wounded before it (None: not one)."""
    m = _FIGURE.search(ctx.text, max(ctx.start, q.char_start - 120), q.char_start)
    if m is None:
        return None
    measure = "wounded" if m.group(1).lower() in _WOUNDS else "killed"
    return Kind(measure, "people", resolve_side(ctx, q, measure, "toll", "people", "", np_end=q.char_end))
