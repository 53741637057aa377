"""A bare count after a count told before: said as its update, brought down, or a part "of them" a verb acts on.

- a bare count said after a verb of saying ("Officials said 54 at 6:40.", `said_count`);
- a bare count brought down of the last thing that flies named before it ("CENTCOM says 21 shot down",
  `shot_down_count`);
- a part "of them" a verb that does not harm people acts on ("... 90 drones. Air defences downed 114 of them.",
  `part_done_to`).
extract/classify.py asks them through extract/partof.py, which re-exports them.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from extract.anaphora import earlier_count
from extract.context import SentenceContext
from extract.docnumbers import counts_in, numbers_before
from extract.kindbefore import Kind, _again, previous
from extract.records import Quantity
from extract.rx import guarded
from extract.sides import resolve_side
from extract.tailwords import verb_ending
from extract.triggers import cue_in, find_sides, lexicon, measure_for, norm, theatre_side
from extract.wordset import words_of


# A bare count after a verb of saying, ending its sentence but for a time or "now": "Officials said 54 at 6:40.",
# "NDTV is saying 60+ now.", "Rebels say 40."
_SAID_WORDS = frozenset({"said", "says", "say", "saying", "reported", "reports", "reporting", "claim", "claims",
                         "claimed", "claiming", "count", "counts", "counted", "put", "puts", "putting", "tell", "tells",
                         "told"})  # _SAID_BEFORE
_SAID_BEFORE = guarded(r"\b(?:said|says|say|saying|reported|reports|reporting|claims?|claimed|claiming|counts?|counted|"
                          r"(?:put|puts|putting)\s+it\s+at|(?:tell|tells|told)\s+(?:us|me|reporters|journalists))\s+"
                          r"(?:(?:now|so\s+far|it\s+is|it\s+was|it\s+is\s+now)\s+)?"
                          r"(?:(?:about|around|some|nearly|almost|roughly|at\s+least|more\s+than|over|up\s+to|close\s+to)\s+)?\Z",
                          re.IGNORECASE)
# A bare count said may end its clause when another claimant's word follows: "Police now say 64, but people in the
# valley tell us it is close to 70" (not "The company says 40, but it will add more buses").
_CLAUSE_AFTER = re.compile(r"\s*(?:,\s*(?:but|while|whereas|though|although)|;)\s+[^,.;]{0,60}?\b(?:say|says|said|tell|"
                           r"tells|told|put|puts|count|counts|counted|claim|claims|claimed|insist|insists)\b")
_BARE_END = re.compile(r"\s*\+?(?:\s*(?:now|so\s+far|tonight|today|this\s+(?:morning|afternoon|evening)|"
                       r"at\s+\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?(?:\s+[A-Z]{2,4})?|at\s+noon|at\s+midnight|"
                       r"by\s+(?:noon|midnight|nightfall|evening|morning|\d{1,2}[:.]\d{2}))\b)*\s*[.!]?[\"”’]?\s*\Z",
                       re.IGNORECASE)
_SAID_MEASURES = ("killed", "wounded", "captured", "displaced")


def said_count(ctx: SentenceContext, q: Quantity, depth: int) -> Kind | None:
    """A bare count said after a count told before it, as live blogs and reader comments give a toll's update
    ("At least 31 people were killed, police said. Hospital sources now say 38."; "The death toll rose through
    the day. Officials said 54 at 6:40."): what the last count before counts if it counts people harmed, else a
    death toll when a sentence before names one. Nothing but a time or "now" may follow the number; up to
    `_SAID_BACK` sentences are read back (a comment's name and time stamp may stand between)."""
    text, k = ctx.text, q.char_start
    if ctx.index == 0 or _SAID_WORDS.isdisjoint(words_of(ctx.sentence)):
        return None  # (a cheap test first)
    if not _SAID_BEFORE.search(text, max(ctx.start, k - 40), k) or not (
            _BARE_END.fullmatch(text, q.char_end, ctx.end) or _CLAUSE_AFTER.match(text, q.char_end, ctx.end)):
        return None
    for back in range(1, min(_SAID_BACK, ctx.index) + 1):
        prev = replace(ctx, index=ctx.index - back, memo=None)
        found = counts_in(prev.sentence, prev.start)
        whole = _again(prev, found[-1].shifted(prev.start), depth + 1) if found else None
        if whole is not None:
            return whole if whole.measure in _SAID_MEASURES else None
        if cue_in("toll", prev.sentence) and not cue_in("toll_other", prev.sentence):
            return Kind("killed", "people", resolve_side(ctx, q, "killed", None, None, ""))
    return None


_SAID_BACK = 3  # how many sentences before a bare count said may hold the count it updates


def shot_down_count(ctx: SentenceContext, q: Quantity) -> Kind | None:
    """A bare count brought down ([cues] shot_down: "CENTCOM says 21 shot down", "downed 31"): destroyed, of the last
    thing that flies ([cues] flying) named before it in the sentence or the `_FLYING_BACK` before ("... counted 3
    drones flying low over the deck. [a reader's name and time stamp] CENTCOM says 21 shot down." -> 21 drones)."""
    lex = lexicon()
    text, k = ctx.text, q.char_start
    keys = lex.keys["cue:shot_down"]
    if keys is not None and keys.isdisjoint(words_of(ctx.sentence)):
        return None  # (a cheap test first)
    after = _PASSIVE.match(text, q.char_end, ctx.end)
    assert after is not None  # (always matches: it may be empty)
    down = lex.cues["shot_down"]
    if not (down.match(text, after.end(), ctx.end) or down.search(text, max(ctx.start, k - 20), k)):
        return None
    flying = lex.cues["flying"]
    stretches = [text[ctx.start : k]] + [ctx.neighbour(-i) for i in range(1, min(_FLYING_BACK, ctx.index) + 1)]
    for stretch in stretches:
        nouns = [m for m in lex.noun_re.finditer(stretch) if norm(m.group(0)) in lex.noun_class]
        for m in reversed(nouns):
            cls, subject = lex.noun_class[norm(m.group(0))]
            if cls in ("munition", "equipment") and flying.fullmatch(subject):
                named = find_sides(stretch, max(0, m.start() - 40), m.start())  # "Russia attacked with drones"
                side = theatre_side(ctx.text, named[-1].side) if named else "unknown"
                return Kind("destroyed", subject, side)
    return None


_FLYING_BACK = 5  # how many sentences before a bare count brought down may name what it brought down
_PASSIVE = re.compile(r"\s*(?:(?:were|was|have|has|had|been|being|later|also|all|reportedly)\s+)*", re.IGNORECASE)
_OF_THESE_AFTER = re.compile(r"\s+of\s+(?:them|these)\b", re.IGNORECASE)


def part_done_to(ctx: SentenceContext, q: Quantity, depth: int) -> Kind | None:
    """A part of the count told before ("N of them"), which a verb that does not harm people acts on: the measure
    that verb gives the kind of thing the count before counts ("Russia launched 120 missiles and 90 drones
    overnight. Air defences downed 114 of them." -> destroyed drones). The count before: the number before in the
    sentence, else the last of the sentence before."""
    text, k = ctx.text, q.char_start
    of = _OF_THESE_AFTER.match(text, q.char_end, ctx.end)
    if of is None:
        return None
    lex = lexicon()
    done = verb_ending(lex.verb_group, text, max(ctx.start, k - 80), k)  # "downed 114 of them"
    if done is None:  # "25 of them were shot down"
        after = _PASSIVE.match(text, of.end(), ctx.end)
        verb = lex.verb_re.match(text, after.end(), ctx.end) if after else None
        done = (lex.verb_group[norm(verb.group(0))], verb.start()) if verb else None
    if done is None:
        return None
    whole = previous(ctx, q, depth)
    if whole is None:
        earlier = earlier_count(ctx, q, numbers_before(ctx))
        whole = _again(*earlier, depth + 1) if earlier is not None else None
    cls = _class_of(whole.subject) if whole is not None else None
    measure = measure_for(done[0], cls) if cls is not None else None
    if measure is None or whole is None:  # (no measure without a whole)
        return None
    return Kind(measure, whole.subject, whole.side)  # (a part of them: theirs)


@lru_cache(maxsize=1)
def _classes_by_subject() -> dict[str, str]:
    """The noun class of each subject of the lexicon (the first class that names it)."""
    table: dict[str, str] = {}
    for cls, subject in lexicon().noun_class.values():
        table.setdefault(subject, cls)
    return table


def _class_of(subject: str) -> str | None:
    """The noun class of a subject the lexicon gives ("drone" -> munition), or None."""
    return _classes_by_subject().get(subject)
