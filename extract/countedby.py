"""Counts said with the counter's own verb: "We coded 214 events", "Drone strikes rose: we recorded 11".

A monitor, a data brief or a newsroom states what it counted with a verb of counting ([rows.counting] of
assets/lexicons/claims.toml: recorded, counted, documented, logged, coded ...), and the noun is then either

- a word of a dataset's events ([cues] counted_events: "conflict events", "violent events"), which after a verb
  of counting in a report of war counts attacks: "the project logged 1,410 conflict events"; bare "events" only
  when the writer or its monitors counted them ("We coded 214 events"; "organisers counted 30 events" at a
  festival are none);
- absent, because the clause before a colon or semicolon of the same sentence named it as its topic:
  "Drone strikes became routine: we recorded 11", "Airstrikes rose again; monitors counted 40 in May". The
  topic is the noun of the lexicon opening that clause (after a list number or a determiner), and the count
  takes the measure its class has with no verb ("airstrikes" attacks, "refugees" displaced). A clause whose
  noun is no topic ("The army said on Monday: we counted 40") gives none.

extract/classify.py asks `counted_by` for a number no verb and no noun of the lexicon reaches; the first test is
whether a word of the sentence is a verb of counting.
"""

from __future__ import annotations

import re

from extract.context import SentenceContext
from extract.measures import default_measure
from extract.phrase import Phrase
from extract.phraseparts import skip_space
from extract.records import Quantity
from extract.rowwords import row_words
from extract.sides import resolve_side
from extract.tailwords import strip_fillers
from extract.triggers import lexicon, names_a_war, norm

# Bare "events" are a dataset's when the writer or its monitors counted them ("We coded 214 events"), not when
# anyone did ("organisers counted 30 events" at a festival).
_OWN_COUNTER = re.compile(r"\b(?:we|our\s+(?:[\w-]+\s+)?(?:monitors|researchers|team|analysts|database|dataset))\s+"
                          r"(?:have\s+|had\s+|also\s+)?[a-z]+\s+(?:[a-z]+\s+)?\Z", re.IGNORECASE)
_CLAUSE_CUT = re.compile(r"[:;—–]")
_CLAUSE_END = re.compile(r"\s*(?:[,.;:)]|$|(?:all|because|as|since|while|but|and|in|during|last|this|up|down|so|against|"
                         r"compared|over)\b)", re.IGNORECASE)
_OPENING = re.compile(r"\s*(?:\d{1,2}[.)]\s+|[-*•]\s+)?(?:(?:the|these|those|its|their|new|more|further)\s+)?",
                      re.IGNORECASE)


def counted_by(ctx: SentenceContext, q: Quantity, ph: Phrase, words: frozenset[str]) -> tuple[str, str, str] | None:
    """(measure, subject, side) of a number after a verb of counting whose noun is a dataset's events or the
    topic of the clause before; None otherwise."""
    rows = row_words()
    if rows.counting.isdisjoint(words) or ph.cls is not None:
        return None
    text, k = ctx.text, q.char_start
    lo = max(ctx.start, k - 40)
    before = text[lo : strip_fillers(text, lo, k)].rsplit(None, 1)
    if not before or before[-1].lower() not in rows.counting or not names_a_war(text):
        return None
    after = skip_space(text, q.char_end, ctx.end)
    events = lexicon().cues["counted_events"].match(text, after, ctx.end)
    if events is not None and (norm(events.group(0)) != "events" or _OWN_COUNTER.search(text, lo, k)):
        return "attacks", "event", resolve_side(ctx, q, "attacks", "munition", "event", "left", np_end=events.end())
    if not _CLAUSE_END.match(text, q.char_end, ctx.end):
        return None  # a noun or another word follows: not a bare count
    return _topic_count(ctx, q)


def _topic_count(ctx: SentenceContext, q: Quantity) -> tuple[str, str, str] | None:
    """The kind of a bare count from the noun opening the clause before a colon or semicolon of its sentence."""
    text, lex = ctx.text, lexicon()
    cuts = [m.start() for m in _CLAUSE_CUT.finditer(text, ctx.start, q.char_start)]
    if not cuts:
        return None
    cut = cuts[-1]
    a = cuts[-2] + 1 if len(cuts) > 1 else ctx.start  # the clause before: from the cut before it, or the sentence
    opening = _OPENING.match(text, a, cut)
    assert opening is not None  # (it matches the empty string)
    noun = _opening_noun(lex, text, opening.end(), cut)
    if noun is None:
        return None
    key = norm(noun.group(0))
    if key in lex.out_of_scope:
        return None
    cls, subject = lex.noun_class[key]
    measure = default_measure(ctx, q, Phrase(cls, subject, noun.end()))
    if measure is None:
        return None
    return measure, subject, resolve_side(ctx, q, measure, cls, subject, "", np_end=q.char_end)


def _opening_noun(lex, text: str, a: int, cut: int) -> re.Match[str] | None:
    """The noun of the lexicon opening text[a:cut], or following its first word (one modifier: "Drone strikes",
    "Russian airstrikes"); None when neither is one."""
    noun = lex.noun_re.match(text, a, cut)
    space = text.find(" ", a, cut)
    if noun is None and space > a:
        noun = lex.noun_re.match(text, skip_space(text, space, cut), cut)
    return noun
