"""Sums of money dated by no more than a year (for extract/dates.py): "Donors gave $4.7 million in 2000", "needs
$21 million to finish by the target date of 2005", "a shortfall of $6.3 million is expected this year".

A sum pledged, given, needed or spent is a budget over a period, not an event of a day: a year named with it is
the budget's year (or a deadline), and the guideline's "counts over a period are null" holds. A sum dated by a day
or a week ("A further $5 million arrived on Monday", "pledged this week") keeps that date: the day it came.
Counted things (people, buildings, rounds) keep their year ("41 accidents in 2000").
"""

from __future__ import annotations

from extract.dateresolve import EventDate

_NOT_MONEY = frozenset(("count", "percent", "ratio", "tons"))  # the units that are not a currency (vocab.UNITS)


def budget_year(unit: str, when: EventDate | None) -> EventDate | None:
    """`when`, or None for a sum of money (a currency unit) dated only by a year (module doc)."""
    if when is not None and when.precision == "year" and unit not in _NOT_MONEY:
        return None
    return when
