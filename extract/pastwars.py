"""Money beside a war named only as a past age or in a benefit of its veterans is no war's money.

"A Cold War bunker built in 1953 sold at auction for £1.25m", "War pensions rise 1.7%, taking the top rate of
disablement pension to £237.60 a week": the "war" of "the Cold War" names an age of history, the "war" of "war
pensions" a benefit paid in peace ([cues] past_wars). Where nothing else in the document names a war, an armed act
or unrest (extract/peacetolls.py `report_of_peace`, asked of the document with those words blanked), a price or a
pension beside them is no funding of a war (as money beside a war memorial, extract/peacemoney.py, which asks this
module). Money for aid named in the sentence stays ("war pensioners' groups pledged $40 million in aid for
refugees"), and "Cold War-era missiles struck Kharkiv; the city needs $30 million" still names a war.
The same holds of a standing budget of armed or peacekeeping bodies told as public finance ([cues] peace_budgets:
"the UN's peacekeeping budget is $5.38 billion, about 0.5% of world military spending", `standing_budget_money`).
Only money: harm beside such words is left to the rules of harm ("The Cold War ended in 1991. Jets bombed the
village, killing 5 farmers" stays a toll).
"""

from __future__ import annotations

from functools import lru_cache

from extract.context import SentenceContext
from extract.peacetolls import report_of_peace
from extract.rx import blank
from extract.triggers import cue_in, lexicon


def past_war_money(ctx: SentenceContext) -> bool:
    """Whether money in the sentence stands in a report whose only words of war are [cues] past_wars and which is
    otherwise one of peace, with no aid named in the sentence."""
    blanked = past_wars_blanked(ctx.text)
    return blanked != ctx.text and report_of_peace(blanked) and not cue_in("aid_money", ctx.sentence)


def standing_budget_money(ctx: SentenceContext) -> bool:
    """Whether money in the sentence is told with a standing budget of armed or peacekeeping bodies ([cues]
    peace_budgets: "the UN's peacekeeping budget ... is $5.38 billion") in a report naming no war but those words and
    the standing forces' ([cues] standing_forces: "The army will spend £1.3bn ..., and the defence review keeps troop
    numbers at 73,000"), with no aid named in the sentence: public finance, no war's funding."""
    if not cue_in("peace_budgets", ctx.sentence):
        return False  # (the usual case)
    blanked = past_wars_blanked(past_wars_blanked(ctx.text, "peace_budgets"), "standing_forces")  # (the army whose
    return report_of_peace(blanked) and not cue_in("aid_money", ctx.sentence)  # budget it is: "The army will spend")


@lru_cache(maxsize=16)  # pure on the document; asked for each sum of money in it
def past_wars_blanked(text: str, name: str = "past_wars") -> str:
    """`text` with every [cues] NAME phrase (past_wars, or peace_budgets) blanked by spaces (the offsets kept);
    a string equal to `text` when it holds none (compare with ==: the cache may hand back an equal text read before)."""
    if not cue_in(name, text):
        return text  # (the usual case: a test of the document's words first)
    return lexicon().cues[name].sub(blank, text)
