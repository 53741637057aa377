"""The qualifier of a number from the words around it: "at least 40", "nearly 150", "about 30", "40 or more".

Split from extract/numkinds.py (the kinds of numbers); extract/numbers.py asks these two functions for every
count and measure, and `qualifier_after_unit` for a measure ("150kW or more"). Phrases follow ../shared/gold/GUIDELINES.md "qualifier".
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from extract.currencies import SIGN_CHARS
from extract.numkinds import _LEAD_PUNCT, tail
from extract.numunits import unit_after

if TYPE_CHECKING:
    from extract.numscan import _Atom

_S = r"[^\S\n]"

# Qualifier phrases right before a number, as lower-case word tuples (GUIDELINES "qualifier").
_QUALIFIER_PHRASES: dict[str, tuple[str, ...]] = {
    "at_least": ("at least", "at the least", "at the very least", "no less than", "no fewer than", "not less than",
                 "not fewer than", "more than", ">", "≥", ">=", "upwards of", "upward of", "in excess of", "well over", "just over",
                 "over", "above", "exceeding", "a minimum of", "north of", "well above",
                 # comparatives of size: "debris larger than 10cm", "waves taller than 5 metres"
                 "larger than", "bigger than", "longer than", "heavier than", "taller than", "wider than",
                 "thicker than", "deeper than", "greater than",
                 # verbs of a total going past a mark, as in headlines ("toll tops 200", "deaths exceed 1,000")
                 "tops", "topped", "topping", "top", "exceeds", "exceeded", "exceed", "surpasses", "surpassed",
                 "surpass", "surpassing", "eclipses", "eclipsed", "climbs past", "climbed past", "climbing past",
                 "rises past", "rose past", "goes past", "went past", "edges past", "edged past", "pushes past",
                 "pushed past", "past", "passes", "passed", "passing", "pass", "crosses", "crossed", "crossing", "cross",
                 # a negated fall below a mark is a floor: "the temperature never dropped below 29.4C"
                 "never below", "not below", "never dropped below", "never fell below", "never dipped below",
                 "never went below", "never sank below", "never drops below", "never falls below", "never goes below",
                 "did not drop below", "did not fall below", "did not dip below", "didn't drop below",
                 "didn't fall below", "didn't dip below"),
    "at_most": ("up to", "nearly", "almost", "fewer than", "less than", "just under", "under", "below",
                "no more than", "not more than", "as many as", "as much as", "at most",
                "never more than", "at no time more than", "never above", "never over",  # "never more than 11,500 strong"
                # a negated rise past a mark is a ceiling: "the river never rose above 4.2m"
                "not above", "never rose above", "never went above", "never climbed above", "never rises above",
                "never goes above", "never exceeded", "never exceeds", "never topped", "did not rise above",
                "did not exceed", "didn't rise above", "didn't exceed",
                # the signs of comparison, as statistics print them ("p < 0.001")
                "<", "≤", "<=", "a maximum of", "close to",
                "just shy of", "short of", "just short of",
                # their mirror words: "particles smaller than 2.5 microns", "flights shorter than 500km"
                "smaller than", "shorter than", "lighter than", "thinner than", "narrower than", "shallower than",
                # a bound of distance or time: "pass within 32,000 km of Earth", "within 48 hours"
                "within", "well within", "to within"),
    "approx": ("about", "around", "some", "roughly", "approximately", "approx.", "approx", "an estimated",
               "estimated", "estimated at", "estimates", "estimate", "circa", "c.", "ca.", "~", "perhaps", "maybe",
               "possibly", "probably", "more or less", "an approximate", "approximate", "in the region of",
               "on the order of", "something like", "give or take", "reportedly about", "estimated to be",
               "nearer", "nearer to", "closer to",  # a figure set against another: "put the dead nearer 4,700"
               "estimated to have been", "estimated to number", "thought to number", "believed to number"),
}
QUALIFIER_WORDS: dict[tuple[str, ...], str] = {
    tuple(p.split()): q for q, phrases in _QUALIFIER_PHRASES.items() for p in phrases
}
_QUALIFIER_LAST = frozenset(p[-1] for p in QUALIFIER_WORDS)  # the last word of every qualifier phrase
_PHRASAL_OVER = frozenset("took take takes taken taking handed hand hands turned turn won win fought argued passed "
                          "watched presided ruled hovered flew flown".split())
# "40 plus" is at least 40; "€65m plus €10m in add-ons", "40 plus a reserve" add another amount: exact.
_QUAL_AFTER = re.compile(
    rf"(?P<at_least>{_S}+or{_S}+(?:more|above|over)\b|{_S}+plus\b(?!{_S}+(?:[$€£¥]|\d|an?{_S}+|one\b|two\b|three\b))"
    rf"|{_S}+and{_S}+(?:more|above|over|counting)\b)"
    rf"|(?P<approx>{_S}+or{_S}+so\b|{_S}+or{_S}+thereabouts\b)"
    rf"|(?P<at_most>{_S}+or{_S}+(?:fewer|less|under|below)\b|{_S}+at{_S}+(?:the{_S}+)?most\b)",
    re.I,
)
_QUAL_AFTER_FIRST = frozenset("opaOPA")

_PASS_VERBS = frozenset("passes passed passing pass crosses crossed crossing cross top".split())
# Totals that pass a mark: "toll passes 200", "the number of refugees has crossed 1 million".
_TOTALS = frozenset("toll tally total count number numbers figure figures deaths dead casualties fatalities victims cases "
                    "losses injured wounded refugees arrivals displaced debt deficit inflation population sales "
                    "price prices rate index turnout attendance temperature temperatures subscribers users "
                    "downloads views viewers visitors mark "
                    # counts of events that grow as a toll does: "February abductions top 300"
                    "abductions kidnappings killings arrests detentions attacks airstrikes strikes incidents "
                    "evacuations admissions infections "
                    # money that grows to a mark: "the war chest passed $2.4 million", "the appeal topped £1m"
                    "chest fund funds appeal donations fundraising haul takings revenue revenues".split())
# A market's price passing a sum of money is a floor too: "its shares passed $1,200", "the stock crossed $50"
# (only before a sum with its sign: "her shares passed 3 owners" passes no mark).
# Prices people pay pass a sum with its sign the same way: "the average rent passed ₪7,000 a month".
_MARKETS = frozenset("shares share stock stocks valuation bitcoin rent rents fare fares wage wages salary salaries "
                     "premium premiums".split())
_MONEY_SIGNS = frozenset(SIGN_CHARS)  # "$€£¥₪₦₩..." (extract/currencies.py)
# Verbs of a correction: "the toll was revised up to 97" gives the new figure, not a bound ("up to 40 were killed").
_CORRECTED = frozenset("revised revise revises revising raised raise raises raising corrected correct corrects "
                       "correcting adjusted adjust adjusts adjusting amended amend amends amending updated update "
                       "updates updating".split())
_NOT_PAST = frozenset("the its their his her our my your this these those last first next in over for during".split())
_AUXILIARIES = frozenset("has have had now already just officially finally could may might will would soon".split())


def _total_before(words: list[str], totals: frozenset[str] = _TOTALS) -> bool:
    """The words before a verb like "passes" end in a total ("the toll", "deaths have"), one of `totals`."""
    while words and words[-1] in _AUXILIARIES:
        words = words[:-1]
    return bool(words) and words[-1].strip("'’\"”") in totals


# What a total counts, after the number: "the app passed 1 billion downloads" (a mark passed, as "the toll
# passed 200"), where "parliament passed 2 budgets" passes things.
_TOTAL_AFTER = re.compile(
    rf"(?:{_S}+(?:monthly|daily|weekly|active|registered|confirmed|new|paying|paid|total))?{_S}+(?:downloads|users|"
    r"subscribers|views|viewers|visitors|followers|members|customers|listeners|streams|sales|cases|infections|"
    r"deaths|signatures)\b",
    re.I,
)


def qualifier_before(text: str, start: int, end: int | None = None) -> str | None:
    """The qualifier word right before a number: "at least" -> at_least, "nearly" -> at_most, "about" -> approx.

    `end`, the end of the number, lets a verb of passing read the noun after it ("passed 1 billion downloads").
    """
    words, fused = tail(text, start)
    if not words:
        return None
    if fused:
        return "approx" if words[-1].endswith("~") else None
    last = words[-1].lower().lstrip(_LEAD_PUNCT)
    if last not in _QUALIFIER_LAST:
        return None  # the usual case: no qualifier phrase ends in this word
    q = _qualifier_of(tuple(words))
    if q is None and end is not None and last in _PASS_VERBS and (
            _TOTAL_AFTER.match(text, end) or text[start : start + 1] in _MONEY_SIGNS and _total_before(
                [w.lower() for w in words[:-1]], _MARKETS)):
        return "at_least"
    return q


@lru_cache(maxsize=4096)
def _qualifier_of(words: tuple[str, ...]) -> str | None:
    """qualifier_before for the words before a number (the last one ends right before it, with a space between)."""
    low = [w.lower().lstrip(_LEAD_PUNCT) for w in words]
    for k in (4, 3, 2, 1):
        if len(low) < k:
            continue
        q = QUALIFIER_WORDS.get(tuple(low[-k:]))
        if q is None:
            continue
        if any(w[-1] in ",;:)]" for w in words[-k:]):
            return None  # "at least, 40" is no qualified number
        if k == 2 and low[-2] == "up" and len(low) > 2 and low[-3] in _CORRECTED:
            return None  # "revised up to 97 dead": the corrected figure itself
        if low[-1] == "over" and k == 1 and len(low) > 1 and low[-2] in _PHRASAL_OVER:
            return None  # "took over 2 bases"
        if k == 1 and low[-1] == "past" and (len(low) < 2 or low[-2] in _NOT_PAST):
            return None  # "the past 24 hours", "in the past 10 days": a span, not a bound ("weakened past 150")
        if k == 1 and low[-1] in _PASS_VERBS and not _total_before(low[:-1]):
            return None  # "parliament passed 2 laws", "they crossed 3 rivers": no bound
        return q
    return None


def qualifier_after(text: str, end: int) -> str | None:
    """A qualifier after the number: "40 or more", "50 or so" ("30-odd" is extract/numspoken.py's)."""
    c, c1 = text[end : end + 1], text[end + 1 : end + 2]
    if not (c.isspace() and (c1 in _QUAL_AFTER_FIRST or c1.isspace())):
        return None  # every form is white space and a word starting "o", "p" or "a"
    m = _QUAL_AFTER.match(text, end)
    return m.lastgroup if m else None


# A qualifier after a number's unit: "150kW or more" at least, "10km or less" at most.
_MEASURE_KINDS = frozenset({"measurement", "distance", "duration"})


def qualifier_after_unit(text: str, a: _Atom) -> str | None:
    """The qualifier after a measure's unit word: "150kW or more" at_least, "runs of 10km or less" at_most."""
    if a.kind not in _MEASURE_KINDS or text.find("or", a.end, a.end + 24) < 0:
        return None  # (the usual case: no "or" just after the number)
    got = unit_after(text, a.end)
    return qualifier_after(text, got[2]) if got else None
