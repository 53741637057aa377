"""Dead or wounded that an armed body lost: its troops, never civilians (asked by extract/kindends.py).

A toll with no noun of its own ("400 dead", "176 killed", "1,363 wounded") is read as people, and in
a passage about shelling as civilians (extract/sides.py). Where its sentence names an armed body as the one that
lost them, they are that body's soldiers:
- the body lost or had them: "the battalion holding it lost about 400 dead", "the column had 9 killed";
- they cost the body: "the assault cost the army 25 dead";
- the body's dead or losses are put at the number: "put the garrison's dead at about 2,200", "the army gives its
  dead as 527 and its wounded as 1,363", "puts the losses of our forces at 176 killed";
- they are a part of the body: "600 of our comrades died", "578 dead of the regiment", "Of some 1,700 soldiers in
  the camp, more than 1,300 were killed";
- a state's army named on the toll itself: "22,000 Soviet dead", "thousands of Russian wounded".
The body is the agent of none of these ("troops shelled the town, killing 30" is no loss of the troops'). Subject
`troops` (`fighters` for an irregular body: militia, rebels; `police` for the police); side the one the body's name
gives, else the side read before unless that was civilian (then `unknown`: an army no side of ours names).
"""

from __future__ import annotations

import re

from extract.context import SentenceContext
from extract.forcemen import ARMED_BODY_WORDS, IRREGULAR
from extract.qualifierwords import qualifier_pattern
from extract.records import Quantity
from extract.rx import guarded
from extract.statemen import armed_movements
from extract.triggers import side_mentions

__all__ = ["OWNER_WORDS", "armed_owner"]

# The armed bodies a toll may belong to: those of extract/forcemen.py and these.
OWNER_WORDS = ARMED_BODY_WORDS | frozenset({"garrison", "garrisons", "division", "divisions", "legion", "column",
                                            "battalions", "regiments", "brigades", "troops", "soldiers", "comrades",
                                            "navy", "headquarters", "units"})
_UNIT = "(?:" + "|".join(sorted(OWNER_WORDS, key=len, reverse=True)) + ")"  # (longest first)
_QUAL = r"(?:(?:" + qualifier_pattern() + r"|approximately)\s+)*"
# the body is the subject of "lost": "the battalion holding it lost", "the division had lost", not the object of an
# earlier verb ("had killed 40 soldiers at the post and lost three of their own")
_LOST = re.compile(r"\b(" + _UNIT + r")(?:['’]s?)?(?:\s+(?:holding|defending|guarding|manning|in|at|on|near|of|from)\s+"
                   r"(?:(?!\band\b)[^.;:,\d]){0,30}?)?\s+(?:had\s+|has\s+|have\s+|also\s+|then\s+)?(?:lost|loses|losing|suffered|had)\s+"
                   r"(?:[\d,]+\s+[a-z]+\s+and\s+)?" + _QUAL + r"\Z", re.IGNORECASE)  # ("had 15 officers and 9 killed")
_COST = re.compile(r"\bcost\s+(?:the|its|their|our|his)\s+(?:[\w'’-]+\s+){0,2}?(" + _UNIT + r")\s+" + _QUAL + r"\Z",
                   re.IGNORECASE)
_PUT = re.compile(r"\b(" + _UNIT + r")['’]s?\s+(?:own\s+)?(?:dead|wounded|losses|casualties)\s+(?:at|as|to|nearer|"
                  r"near|of)\s+" + _QUAL + r"\Z", re.IGNORECASE)
# a named party's dead put at a figure: "put Chinese dead at between 8,000 and", "puts Paraguay's dead at about"
_NAME_PUT = guarded(r"\b(?:put|puts|putting|gives?|gave|estimated?|estimates)\s+((?:[A-Z][\w-]*\s+)?[A-Z][\w-]*)"
                       r"(?:['’]s)?\s+(?:dead|wounded|losses|casualties)\s+(?:at|as|nearer)\s+(?:between\s+)?" + _QUAL + r"\Z")
_ITS_DEAD = re.compile(r"\b(?:its|their|our)\s+(?:own\s+)?(?:dead|wounded|losses|casualties)\s+(?:at|as|to)\s+"
                       + _QUAL + r"\Z", re.IGNORECASE)
_BODY_BEFORE = re.compile(r"\b(" + _UNIT + r")\b[^.;:]{0,60}\Z", re.IGNORECASE)
_LOSSES_OF = re.compile(r"\b(?:losses|dead|casualties)\s+of\s+(?:the|its|their|our|your)\s+(?:own\s+)?(" + _UNIT
                        + r")\s+(?:at|as|to)\s+" + _QUAL + r"\Z", re.IGNORECASE)
_PART_AFTER = re.compile(r"\s+(?:dead\s+|killed\s+|wounded\s+)?of\s+(?:our|their|its|his|the)\s+(?:own\s+)?"
                         r"(?:[A-Z][\w'’-]*\s+)?(comrades|" + _UNIT + r")\b", re.IGNORECASE)
_OPENING = re.compile(r"(?:Of|Among)\s+" + _QUAL + r"[\d,]+\s+(" + _UNIT + r")\b[^,;:\d]{0,60},\s+" + _QUAL + r"\Z")
_NAMED_TOLL = re.compile(r"[\"”’']?\s+(?:of\s+)?([A-Z][\w-]+)\s+(?:dead|wounded)\b")
_BEFORE = 90  # how far before the number an owner is looked for
_HARM_WORDS = frozenset({"dead", "wounded", "losses", "casualties"})  # the head nouns of the shapes that need one
_POSSESSIVES = frozenset({"its", "their", "our"})
_SHAPES = ((frozenset({"lost", "loses", "losing", "suffered", "had"}), _LOST), (frozenset({"cost"}), _COST),
           (_HARM_WORDS, _PUT), (_HARM_WORDS, _LOSSES_OF))  # (key words, pattern): any one key word must stand


def armed_owner(ctx: SentenceContext, q: Quantity, words: frozenset[str]) -> tuple[str, str | None] | None:
    """(subject, side or None) of a toll of dead or wounded that an armed body named in its sentence lost (see the
    module); None when the sentence names no such owner. `words` are the sentence's words (extract/wordset.py): each
    shape is tried only where its key words stand in the sentence."""
    text, k = ctx.text, q.char_start
    harm = not _HARM_WORDS.isdisjoint(words)
    if harm and (got := _named_state(ctx, q)) is not None:
        return got
    start = max(ctx.start, k - _BEFORE)
    before = text[start:k]
    m = _NAME_PUT.search(before) if harm else None
    if m:
        return _owner(text, start + m.start(1), start + m.end(1))
    if OWNER_WORDS.isdisjoint(words):
        return None
    for keys, pattern in _SHAPES:
        if not keys.isdisjoint(words) and (m := pattern.search(before)):
            return _owner(text, start + m.start(1), start + m.end(1))
    if harm and not _POSSESSIVES.isdisjoint(words) and _ITS_DEAD.search(before):
        m = _BODY_BEFORE.search(text, ctx.start, k)
        if m:
            return _owner(text, m.start(1), m.end(1))
    if " of " in text[q.char_end : q.char_end + 14]:
        m = _PART_AFTER.match(text, q.char_end, ctx.end)
        if m:
            return _owner(text, m.start(1), m.end(1))
    if text.startswith(("Of ", "Among "), ctx.start):
        m = _OPENING.match(text, ctx.start, k)
        if m and m.end() == k:
            return _owner(text, m.start(1), m.end(1))
    return None


def _owner(text: str, start: int, end: int) -> tuple[str, str | None]:
    """(subject, side) of the body named at text[start:end], its side from the two words before it ("the Soviet
    division", "the rebel battalion") where the lexicon names one."""
    word = text[start:end].lower()
    subject = "fighters" if word in IRREGULAR else "police" if word == "police" else "troops"
    named = side_mentions(text, max(0, start - 30), end)
    return subject, (named[-1].side if named else None)


def _named_state(ctx: SentenceContext, q: Quantity) -> tuple[str, str | None] | None:
    """("troops", side) for a toll named by a state's side right after the number ("22,000 Soviet dead", "thousands of
    Russian wounded"): the dead of a state's army; None for other names or a side that owns no state's men."""
    text = ctx.text
    m = _NAMED_TOLL.match(text, q.char_end, ctx.end)
    if m is None:
        return None
    named = side_mentions(text, m.start(1), m.end(1))
    if not named or named[0].side in armed_movements():
        return None
    return "troops", named[0].side
