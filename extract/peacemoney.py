"""Money of peacetime institutions is no war's money: a charity's appeal, a war-crimes court's budget.

extract/money.py makes money a funding claim when the sentence is about aid, arms or war (in a report of a war),
or about aid (anywhere: [cues] aid_money). Two kinds of sentence meet those tests by their words alone:
- A charity's fundraising in a report naming no war: "The veterans' charity raised £3.2 million in its annual
  appeal from 90,000 donors". "appeal" and "donors" only say that money was given, not what it pays for (as
  extract/purchases.py reads them for a purchase); with no aid named ("refugees", "relief", "humanitarian"...),
  money a charity, a school or a club raised is no aid. "$27 million in aid for refugees" names aid and stays.
- The "war" of "war crimes": a court, a charge, a law. "The war-crimes court has a 2025 budget of €195.6 million"
  is an institution's budget, which GUIDELINES puts out of scope ("budgets unrelated to the conflict"). Money is a
  war's by the word "war" only where "war" names a war; any other word of war money ("donors", "aid", "troops")
  still makes it one ("the war crimes tribunal asked donors for $20 million" in a report of a war).
- A club's own fundraiser ([cues] club_fundraisers: a raffle, a tombola, a bake sale) with no aid named: "The raffle
  raised £86 for the roof appeal" is its takings, even in a report of a war.
- Money beside words of war put to a use of peace (extract/peacetolls.py `war_words_of_peace`), in a report naming
  no war beside them: "Restoring the 1921 war memorial will cost £480,000", "sold 210,000 copies of the war novel
  at £22 each". Money for aid named in the sentence stays ("$27 million in aid for refugees").
"""

from __future__ import annotations

import re

from extract.context import SentenceContext
from extract.pastwars import past_war_money, standing_budget_money
from extract.peacefigures import money_of_a_name_or_work
from extract.peacetolls import peace_words_in, report_of_peace, war_words_of_peace
from extract.purchases import only_giving
from extract.triggers import cue_in, names_a_war

# "war crimes", "war-crimes", "war criminal(s)": the "war" of a court, a charge or a law
_WAR_OF_LAW = re.compile(r"\bwar(?=[\s-]+crim(?:es?|inals?)\b)", re.IGNORECASE)


def money_of_no_war(ctx: SentenceContext) -> bool:
    """Whether money in the sentence is a peacetime institution's: raised by an appeal from donors in a report
    naming no war, with no aid named; or a war-crimes court's, with no word of war money but the "war" of
    "war crimes" (in the sentence and the one before, as extract/money.py reads them)."""
    if not names_a_war(ctx.text) and only_giving(ctx, some=True):
        return True
    if cue_in("club_fundraisers", ctx.sentence) and only_giving(ctx):
        return True  # "The raffle raised £60 for the church hall appeal": a club's takings
    if names_a_war(ctx.text) and peace_words_in(ctx) and war_words_of_peace(ctx.text) and report_of_peace(ctx.text):
        return not cue_in("aid_money", ctx.sentence)  # "will cost £480,000" to restore a war memorial
    if money_of_a_name_or_work(ctx):
        return True  # "the War Remnants Museum" admission, a war memoir's advance (extract/peacefigures.py)
    if past_war_money(ctx) or standing_budget_money(ctx):
        return True  # "a Cold War bunker sold for £1.25m", "the UN's peacekeeping budget" (extract/pastwars.py)
    return _war_only_of_law((ctx.sentence, ctx.neighbour(-1)))


def _war_only_of_law(texts: tuple[str, ...]) -> bool:
    """Whether "war crimes" stands in `texts` and, its "war" blanked, no word of war money ([cues] war_money) is
    left: "the war-crimes court's budget" is no war's money."""
    if not any("crim" in text for text in texts):
        return False  # (the usual case: a cheap test first)
    found = False
    for text in texts:
        if not text or "crim" not in text:
            if text and cue_in("war_money", text):
                return False
            continue
        blanked = _WAR_OF_LAW.sub("   ", text)
        found = found or blanked != text
        if cue_in("war_money", blanked):
            return False
    return found
