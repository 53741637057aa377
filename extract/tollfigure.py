"""A count of the dead or wounded given as a figure, the number after a copula or a verb of reaching.

"By Friday the count of bodies in the morgue was 212", "the toll of injured from the bombing is 85", "the rebels'
count of their own fallen was 19", "the army's figure for rebel dead was 600", "the tally of wounded at the two
hospitals now stands at 140", "the ministry's figure for militants killed, given on Tuesday, was higher: 45": a word of counting (count, tally, number, total, toll, figure) of a harm noun (the
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
from extract.triggers import lexicon, norm

# The words the sentence must hold (one of each) before the pattern is tried.
COUNT_WORDS = frozenset({"count", "tally", "number", "total", "toll", "figure"})
HARM_WORDS = frozenset({"dead", "killed", "deaths", "fallen", "bodies", "corpses", "wounded", "injured", "injuries"})
_WOUNDS = frozenset({"wounded", "injured", "injuries"})

_QUAL = r"(?:(?:" + qualifier_pattern() + r"|approximately|no\s+more\s+than)\s+)?"
_FIGURE = re.compile(
    r"\b(?:count|tally|number|total|toll|figure)\s+(?:of|for)\s+(?:the\s+|their\s+|its\s+|our\s+|his\s+|her\s+)?"
    r"(?:own\s+)?(?:([\w'’-]+)\s+)?(dead|killed|deaths|fallen|bodies|corpses|wounded|injured|injuries)"
    r"(?:\s+(?:in|at|from|on|among|after|since|during|across)\s+(?:[\w'’-]+\s+){0,4}?[\w'’-]+)?,?"
    r"(?:\s+(?:given|released|announced|issued|published|cited)\s[^,;:()]{3,60},)?"  # ", given at a briefing on Tuesday,"
    r"\s+(?:so\s+far\s+|now\s+|by\s+then\s+|then\s+|officially\s+)?(?:is|was|stands\s+at|stood\s+at|has\s+reached|"
    r"had\s+reached|reached|has\s+risen\s+to|had\s+risen\s+to|rose\s+to|has\s+climbed\s+to|climbed\s+to|came\s+to|"
    r"comes\s+to|totals|totalled|totaled)\s+(?:now\s+)?"
    r"(?:(?:even\s+|much\s+|far\s+|still\s+)?(?:higher|lower)(?:\s*:|,?\s+at)\s+)?"  # "was higher: 45", "was lower, at 30"
    + _QUAL + r"\Z", re.IGNORECASE)


def toll_figure(ctx: SentenceContext, q: Quantity) -> Kind | None:
    """The kind of a number given as the figure of a count of the dead or wounded before it (None: not one)."""
    m = _FIGURE.search(ctx.text, max(ctx.start, q.char_start - 120), q.char_start)
    if m is None:
        return None
    measure = "wounded" if m.group(2).lower() in _WOUNDS else "killed"
    named = lexicon().noun_class.get(norm(m.group(1))) if m.group(1) else None  # "the figure for militants killed"
    cls, subject = named if named and named[0] in _NAMED_PEOPLE else ("toll", "people")
    return Kind(measure, subject, resolve_side(ctx, q, measure, cls, subject, "", np_end=q.char_end))


_NAMED_PEOPLE = frozenset({"civilian", "fighter", "peacekeeper", "medical"})  # who the figure counts, by their noun


def figure_is_toll(ctx: SentenceContext, q: Quantity) -> Kind | None:
    """The kind of a number named as "the figure N" and said to be a toll: "The figure 55 is the toll of the whole
    attack", "the figure of 30 was the official death toll" (None: not one; "the figure 12 is the number of
    schools" says no harm)."""
    if _THE_FIGURE.search(ctx.text, max(ctx.start, q.char_start - 16), q.char_start) is None or (
            _IS_TOLL.match(ctx.text, q.char_end, ctx.end) is None):
        return None
    return Kind("killed", "people", resolve_side(ctx, q, "killed", "toll", "people", "", np_end=q.char_end))


_THE_FIGURE = re.compile(r"\b(?:the|a|this|that)\s+figure\s+(?:of\s+)?\Z", re.IGNORECASE)
_IS_TOLL = re.compile(r"\s+(?:is|was|remains|remained)\s+(?:the|a|an)\s+(?:(?:death|overall|total|whole|final|"
                      r"official|full|real|true)\s+){0,2}toll(?![\w-])", re.IGNORECASE)
