"""Rounds of ammunition and missions flown, which the lexicon keeps out of scope or does not know as attacks.

"Rounds" count an attack's munitions when a verb of firing stands before the number ("fired an estimated 300 mortar
and rifle rounds", "lobbed 40 rounds") or a verb of falling follows the noun ("6 rounds fell in the harbour", "12
rounds landed near the school"); then they are attacks. Not reached: "after 6 rounds of talks", "the 3 rounds of
the contest", "he fought 12 rounds" (no firing, no falling), and only in a report that names a war.
Missions flown are attacks too ("its helicopters have flown more than 60 missions", "flew 40 combat missions"):
"missions" (perhaps after "combat", "air", "bombing", "strike") right after the number and a verb of flying before
it. Not reached: "the UN has 12 missions in Africa", "sent 3 missions to the capital" (no flying).
Times a place or a target was attacked are attacks ("the convoys have been attacked at least 40 times", "shelled the
base 12 times"): a verb of attack just before the number, or before its object. Not reached: "shared 12,000 times",
"was hit three times in the chest" (wounds, not attacks: no "hit" or "struck" here), "met 5 times".
extract/classify.py asks only for a number whose noun is "rounds" or "times", or with no noun and "missions" after
it (extract/looseforms.py).
"""

from __future__ import annotations

import re

from extract.context import SentenceContext
from extract.records import Quantity
from extract.triggers import names_a_war

_S = r"[^\S\n]"
_FIRED_BEFORE = re.compile(rf"\b(?:fired|fire|fires|firing|lobbed|lobbing|launched|launching|shot|pumped|poured|rained)"
                           rf"{_S}+[\"“'‘]?(?:(?:some|about|around|nearly|over|more{_S}+than|at{_S}+least|an{_S}+estimated|"
                           rf"up{_S}+to){_S}+)?\Z", re.IGNORECASE)  # (a quotation may open before it: fired "more than 400 rounds")
_FELL_AFTER = re.compile(rf"{_S}+(?:fell|landed|hit|struck|exploded|impacted|slammed|crashed)\b")


_FLOWN_BEFORE = re.compile(rf"\b(?:flew|flown|fly|flies|flying)(?:{_S}+(?:some|about|around|nearly|over|more{_S}+than|"
                           rf"at{_S}+least|an{_S}+estimated|up{_S}+to))?{_S}+\Z", re.IGNORECASE)
_MISSIONS = re.compile(rf"{_S}+(?:(?:combat|air|bombing|strike|attack){_S}+)?missions\b")


def flown_missions(ctx: SentenceContext, q: Quantity) -> int | None:
    """Where the noun phrase of missions flown counted at `q` ends ("have flown more than 60 missions"), else None."""
    text = ctx.text
    m = _MISSIONS.match(text, q.char_end, ctx.end)
    if m is None or not _FLOWN_BEFORE.search(text, max(ctx.start, q.char_start - 30), q.char_start):
        return None
    return m.end() if names_a_war(text) else None


def fired_rounds(ctx: SentenceContext, q: Quantity, np_end: int) -> bool:
    """Whether the "rounds" counted at `q` (its noun phrase ending at `np_end`) are an attack's munitions."""
    text = ctx.text
    if not (_FELL_AFTER.match(text, np_end, ctx.end) or _FIRED_BEFORE.search(text, max(ctx.start, q.char_start - 40),
                                                                              q.char_start)):
        return False
    return names_a_war(text)


def times_attacked(ctx: SentenceContext, q: Quantity) -> bool:
    """Whether the number of "times" at `q` counts attacks: a verb of attack just before it ("have been attacked at
    least 40 times", "raided the camp 12 times"), in a report that names a war."""
    text = ctx.text
    return _ATTACKED_BEFORE.search(text, max(ctx.start, q.char_start - 60), q.char_start) is not None and (
        names_a_war(text))


_ATTACKED_BEFORE = re.compile(
    rf"\b(?:attacked|ambushed|raided|shelled|bombed|targeted|bombarded|stormed)"
    rf"(?:{_S}+(?:the|its|their|our|his|her){_S}+[\w'’-]+(?:{_S}+[\w'’-]+)?)?"  # ("raided the army camp 12 times")
    rf"(?:{_S}+(?:some|about|around|nearly|over|more{_S}+than|at{_S}+least|an{_S}+estimated|up{_S}+to))?{_S}+\Z",
    re.IGNORECASE)

