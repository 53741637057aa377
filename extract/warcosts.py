"""Sums of money that are a war's cost, though no word of aid or arms stands near them.

extract/money.py gives money a funding claim when the sentence is about aid, arms or war
(`[cues] funding` with `[cues] war_money`). `war_cost` adds, in a report of a war (extract/triggers.py
`names_a_war`), three ways a sum states what the war costs:
- damage or a war's cost put at the sum, before it in its clause: "puts the damage to homes, roads and power
  lines at $300 million" ([cues] war_cost);
- a sum set aside for or spent on an armed operation, after it: "set aside about $145 million for the
  operation" ([cues] war_purpose); or to resettle the war's refugees ("committed $20 million to their
  resettlement": subject aid);
- a fund or appeal for rebuilding or relief that received the sum: "a fund set up to rebuild homes had
  received about $3.8 million" ([cues] fund_words with [cues] funding), or a fund to compensate the war's victims
  (subject compensation).
`for_war_victims` tells money.py of a sum "for the displaced", "for refugees" ([cues] funding_for_victims) in a
report of a war; not "for the displaced workers of the closed plant", where "displaced" lost their jobs.
General news (a charity's library appeal, a company's budget) names no war, and gets none.
`cost_of_war` names what such a sum is where the war itself is what cost it: "the war has cost Ecuador $250
million", "Paraguay's war, she calculates, cost it $125 million" -> subject "war costs" (h115); not a mission's or
a repair's cost ("the UN mission cost about $700 million a year", "restoring services will cost $1 billion").
"""

from __future__ import annotations

import re

from extract.context import SentenceContext
from extract.records import Quantity
from extract.triggers import cue_in, cue_search, lexicon, names_a_war
from extract.phraseparts import skip_space

_CLAUSE_MARKS = ";:"  # a clause before the sum ends at one of these
# the war as the subject of "cost" (an aside in commas may stand between), then at most two words (whom it cost)
# and a qualifier, up to the sum
_QUALIFIER = r"(?:about|some|around|roughly|nearly|over|more\s+than|at\s+least|an\s+estimated)"
_WAR_COST = re.compile(r"\b(?:war|fighting|conflict)(?:\s*,[^,.;:]{1,30},)?\s+(?:alone\s+|so\s+far\s+|[a-z]+ly\s+)?"
                       r"(?:has\s+|had\s+|have\s+|will\s+)?(?:already\s+)?costs?\s+(?:(?!(?:about|some|around|roughly|"
                       r"nearly|over|more|at|an)\b)[\w'’-]+\s+){0,2}(?:" + _QUALIFIER + r"\s+)?\Z", re.IGNORECASE)


def cost_of_war(ctx: SentenceContext, q: Quantity) -> bool:
    """Whether the sum at `q` is what the war cost, the war being the subject of "cost" before it."""
    if "cost" not in ctx.sentence:
        return False  # (a cheap test first)
    return _WAR_COST.search(ctx.text, max(ctx.start, q.char_start - 70), q.char_start) is not None


def war_cost(ctx: SentenceContext, q: Quantity) -> str | None:
    """"funding" when the sum is a war's cost by one of the module's rules, else None."""
    sentence = ctx.sentence
    if not (cue_in("war_cost", sentence) or cue_in("war_purpose", sentence) or cue_in("fund_words", sentence)):
        return None  # (a test of the sentence's words first)
    if not names_a_war(ctx.text):
        return None
    text, k = ctx.text, q.char_start
    lo = max(ctx.start, max(text.rfind(c, ctx.start, k) for c in _CLAUSE_MARKS) + 1)
    if cue_search("war_cost", text[lo:k]):
        return "funding"  # "puts the damage ... at $300 million"
    after = text[q.char_end : min(ctx.end, q.char_end + 40)]
    if cue_search("war_purpose", after):  # "set aside $145 million for the operation"; "committed $20 million to
        return "aid" if "resettl" in after else "funding"  # their resettlement": aid to the war's refugees
    if cue_in("fund_words", text[ctx.start : k]) and (cue_in("funding", sentence) or for_war_victims(ctx)):
        # "a fund set up to rebuild homes had received $3.8 million"; a fund to compensate the war's victims
        return "compensation" if "compensat" in sentence else "funding"
    return None


def for_war_victims(ctx: SentenceContext) -> bool:
    """Whether the sentence gives money "for the displaced", "for refugees" or a war's victims ([cues]
    funding_for_victims) in a report of a war, with no word of work after it ("for the displaced workers of the
    closed plant": [cues] displaced_jobs)."""
    if not cue_in("funding_for_victims", ctx.sentence) or not names_a_war(ctx.text):
        return False
    lex, text = lexicon(), ctx.text
    for m in lex.cues["funding_for_victims"].finditer(text, ctx.start, ctx.end):
        if not lex.cues["displaced_jobs"].match(text, skip_space(text, m.end(), ctx.end)):
            return True
    return False
