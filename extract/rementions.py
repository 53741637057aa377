"""A toll named again by a bare number: "The Council's 32 came with no list", "the first army figure of five",
"the seven 'separatists' have never been named", "We use 21".

A report that weighs sources first gives each toll with its claimant ("the council said 32 civilians had been
killed") and then refers back to it by the number alone, with its owner or as "the N". Such a re-mention is a claim
of the same toll (the house reads "Of the 2,870 deaths" so): it takes the measure, subject and side of the latest
toll of the same value told earlier in the document. Read only for a number no other rule made a claim of, in a
document that already has a toll of that value, and only in a frame of re-mention just before the number:
- a possessive ("The ministry's 40", "the UN's 23 and HRW's 21");
- a noun of a figure and "of" ("the first army figure of five", "its estimate of 300");
- a definite or demonstrative "the N" ("the seven 'separatists'", "sets aside the 32", "those 40");
- a verb of adopting a figure ("We use 21", "the agency accepts 12").
After the number may only come what a bare number as a noun takes: the end of the clause, a verb of the clause
("came", "counts", "are"), a noun of people ("the 40 soldiers") or a label in scare quotes ("the seven 'separatists'"); a word that opens a
hyphened compound is a noun, not a verb or link ("the two by-elections"). Not read: a number
equal to no earlier toll ("the UN's 25 staff"), a number counting something else ("the city's 21 districts", "the
13 years since"), a first mention (that is the other rules').
"""

from __future__ import annotations

import re
from typing import TypeVar

from extract.context import SentenceContext
from extract.qualifierwords import qualifier_pattern
from extract.records import Quantity
from extract.triggers import PERSONS, people_noun_at

# The measures of a toll a later sentence may name again by its number.
TOLL_MEASURES = frozenset({"killed", "wounded"})
_QUAL = r"(?:" + qualifier_pattern() + r"\s+)?"
_FRAME = re.compile(
    r"(?:[\w.)]['’]s|\b(?:figure|figures|toll|tally|count|estimate|total)\s+of|(?:^|[^\w'’])(?:[Tt]he|[Tt]hese|[Tt]hose)|"
    r"\b(?:[Ww]e|[Ii]t|[Tt]hey)\s+(?:use|uses|used|accept|accepts|accepted|adopt|adopts|adopted|prefer|prefers|"
    r"preferred|retain|retains|retained|keep|keeps|kept))\s+" + _QUAL + r"\Z")
# What may follow a number used as a noun: the words of a clause's verb and its links (lower case).
_AFTER_WORDS = frozenset(
    "is was are were has had have came comes come counts count counted can could cannot may might must will would "
    "should stands stood remains remained rests rested seems seemed appears appeared looks looked includes included "
    "does did do and or but as in from of by against versus vs with leaves left omits omitted excludes excluded "
    "ignores ignored matches matched differs differed exceeds exceeded relies relied".split())
# Words of that list that are nouns as well: a verb only with more of its clause after it ("13 counts only ...").
_NOUN_OR_VERB = frozenset({"counts", "count", "stands", "remains", "looks", "includes"})
_NEXT_WORD = re.compile(r"\s+[\"“'‘]?(?P<w>[A-Za-z]+)")


_Kind = TypeVar("_Kind")  # what the caller keeps of each toll (extract/claims.py: its Classification)


def re_mention(ctx: SentenceContext, q: Quantity, earlier: dict[float, _Kind]) -> _Kind | None:
    """The kind (as `earlier` holds it) of the earlier toll the count at `q` names again (the module's docstring),
    or None; `earlier` maps the value of each toll found before `q` in the document to its latest kind."""
    kind = earlier.get(q.value)
    if kind is None or q.unit != "count":
        return None
    text, k = ctx.text, q.char_start
    frame = _FRAME.search(text, max(ctx.start, k - 40), k)
    if frame is None:
        return None
    e = q.char_end
    c = text[e : e + 1]
    if c == "" or e >= ctx.end or c in ".,;:?!)" or c in "\"”":
        return kind  # "We use 21, and ...", "sets aside the 32."
    m = _NEXT_WORD.match(text, e, ctx.end)
    if m is None:
        return None
    w = m.group("w").lower()
    if text.startswith("-", m.end("w")):
        return None  # "the two by-elections": the word opens a compound noun, no verb or link of a clause
    if w in _AFTER_WORDS:
        if w in _NOUN_OR_VERB and (not text.startswith(" ", m.end("w")) or frame.group(0).lstrip(
                " \"“(").lower().startswith(("the ", "these ", "those "))):
            return None  # "could not reconcile the two counts", "the two counts differ": a noun after "the"
        return kind  # "The Council's 32 came with no list", "The UN's 23 and HRW's 21"
    if m.start("w") > e + 1 and text[m.start("w") - 1] in "\"“'‘" and text[m.end("w") : m.end("w") + 1] in "\"”'’":
        return kind  # a label in scare quotes: the seven "separatists"
    noun = people_noun_at(text, m.start("w"), ctx.end)
    return kind if noun is not None and noun[0] in PERSONS else None  # "the seven 'separatists' have never been named"
