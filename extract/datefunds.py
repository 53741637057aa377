"""Sums of money dated by no more than a year (for extract/dates.py): "Donors gave $4.7 million in 2000", "needs
$21 million to finish by the target date of 2005", "a shortfall of $6.3 million is expected this year".

A sum pledged, donated, needed, budgeted or short is a budget over a period, not an event of a day: a year named
with it is the budget's year (or a deadline), and the guideline's "counts over a period are null" holds. What
makes a sum a budget is a word of its clause ([budget_money] in assets/lexicons/claims.toml: pledged, appeal,
needs, budget, shortfall, allocated, donors, aid, ...). A sum that changed hands in an event keeps its year: "The
government paid a ransom of $3 million in 2019", "Saudi Arabia bought $1.5 billion of weapons in 2013". A sum
dated by a day or a week ("A further $5 million arrived on Monday", "pledged this week") keeps that date: the day
it came. Counted things (people, buildings, rounds) keep their year ("41 accidents in 2000").
"""

from __future__ import annotations

import re
from functools import lru_cache

from extract.context import SentenceContext
from extract.dateresolve import EventDate
from extract.records import Quantity
from extract.triggers import closing_table
from extract.wordset import words_of

_NOT_MONEY = frozenset(("count", "percent", "ratio", "tons"))  # the units that are not a currency (vocab.UNITS)


@lru_cache(maxsize=1)
def _budget_words() -> frozenset[str]:
    """The words that make a sum of money a budget (assets/lexicons/claims.toml [budget_money])."""
    return frozenset(closing_table("budget_money")["words"])


def money_clause(sentence: str, at: int) -> str:
    """The clause of `sentence` around offset `at`: the part between the semicolons around it (a sum's clause)."""
    a = sentence.rfind(";", 0, at) + 1
    b = sentence.find(";", at)
    return sentence[a : b if b >= 0 else len(sentence)]


def budget_year(unit: str, when: EventDate | None, sentence: str = "", at: int = 0) -> EventDate | None:
    """`when`, or None for a sum of money (a currency unit) dated only by a year whose clause (of `sentence`, around
    its offset `at`) names it a budget (a need, pledge, appeal, budget or shortfall: module doc)."""
    if when is not None and when.precision == "year" and unit not in _NOT_MONEY \
            and not words_of(money_clause(sentence, at)).isdisjoint(_budget_words()):
        return None
    return when



_RUNNING = ("so far", "to date", "So far", "To date", "funded")
# A sum promised for later: "said it would send $1 million", "will release $1.2 million in emergency aid".
_PROMISED = re.compile(r"\b(?:would|will)\s+(?:[\w'’-]+\s+){1,3}$", re.IGNORECASE)


def undated_funding(measure: str | None, ctx: SentenceContext, q: Quantity) -> bool:
    """Whether a sum of funding (`q` in the sentence of `ctx`) has no event date: an appeal's running account or its
    state ("The appeal has so far received $1.6 million", "Donors have so far pledged $95,000", "The plan, which seeks
    $1.88 billion, is 2 per cent funded": a total over the appeal's life, not an event of the day the report was
    filed; GUIDELINES: counts over a period are null), or a sum promised for later ("said it would send $1 million
    in emergency relief": nothing has happened yet). Only funding; substring tests first."""
    if measure != "funding":
        return False
    sentence, at = ctx.sentence, q.char_start - ctx.start
    if any(w in sentence for w in _RUNNING):
        return True
    return ("would" in sentence or "will" in sentence) and _PROMISED.search(sentence, max(0, at - 40), at) is not None
