"""The price of a purchase is what a thing cost, not money for aid or war.

extract/money.py makes money a funding claim when the sentence is about aid, arms or war; where the report
names no war, aid words alone make it one ([cues] aid_money). Two of those words say only that money was
given, not what for: "donors" and "appeal". A museum, a school or a club has donors and appeals too, and
when the sentence says what their money bought ("The gallery bought the painting for $4.5 million with help
from 2,300 donors"), the money is a price. So, in a report naming no war, money in a sentence of a purchase
whose only aid words are these giving words is no claim. A purpose of aid keeps it one ("donors bought
blankets for refugees for $2m": refugees), and a report of a war is left to the money rules.
"""

from __future__ import annotations

from extract.context import SentenceContext
from extract.triggers import lexicon
from extract.wordset import words_of

# Words of buying or a price paid: the sentence says what the money bought.
PURCHASE_WORDS = frozenset("bought buy buys buying purchased purchase purchases purchasing acquired acquire acquires "
                           "acquiring acquisition paid pay pays paying".split())
# Aid words ([cues] aid_money) that say only that money was given, not what it pays for.
GIVING_WORDS = frozenset({"donors", "appeal"})


def price_paid(ctx: SentenceContext) -> bool:
    """Whether money in the sentence is the price of a purchase, with no purpose of aid named: a sentence of
    buying whose aid words (in it and the one before, as extract/money.py reads them) only say money was
    given. For a report that names no war (the caller asks that first)."""
    if PURCHASE_WORDS.isdisjoint(words_of(ctx.sentence)):
        return False  # (a test of the sentence's words first)
    return only_giving(ctx)  # not "refugees", "humanitarian", "relief": money for aid


def only_giving(ctx: SentenceContext, *, some: bool = False) -> bool:
    """Whether the aid words ([cues] aid_money) of the sentence and the one before (as extract/money.py reads
    them) are all words of giving ("donors", "appeal"): money given, with no aid it pays for named. With
    `some`, one such word must stand there (extract/peacemoney.py: a charity's appeal)."""
    cue = lexicon().cues["aid_money"]
    found = False
    for text in (ctx.sentence, ctx.neighbour(-1)):
        for m in cue.finditer(text):
            if m.group(0).lower() not in GIVING_WORDS:
                return False
            found = True
    return found or not some
