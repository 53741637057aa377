"""Bare counts that share what a count of events or things before them counts, told by a word, not a verb.

extract/classify.py asks these for a number with no noun and no verb of its own:
- a count set "against" a count of attacks, things destroyed or seized before it in the sentence: "The monitors
  logged 31 truce violations, against 12 the day before" (12 violations); a count of people set against people is
  extract/sharedcounts.py's;
- a figure an earlier report "gave" for the toll of the sentence before: "Burial teams have recovered 315
  bodies. Bulletin No. 6 gave 269; the difference is ..." (269 dead);
- a headline's bare count that restates a count of the body: "Editorial: the town's count stands at 93" (the 93
  dead the body tells of);
- a part "N of them" that a verb of attributing hands to someone: "The army attributes 9 of them to the rebels",
  "blamed 40 of them on the militia" — what the count just before (in the sentence, or the last claim of the
  sentence before) counts: events or things, and people too ("Police blame 12 of them on the gang": 12 of the
  dead told before).
Not reached: "against 12 soldiers" (a noun of its own), "9 of them were children" (no verb of attributing).
"""

from __future__ import annotations

import re
from dataclasses import replace

from extract.context import SentenceContext
from extract.docnumbers import counts_in
from extract.partof import Kind, _again, numbers_in, previous
from extract.phrase import Phrase
from extract.qualifierwords import qualifier_pattern
from extract.records import Quantity

_QUALIFIER = r"(?:" + qualifier_pattern() + r"\s+)?"
_AGAINST = re.compile(r",\s*(?:as\s+)?(?:against|compared\s+(?:with|to))\s+" + _QUALIFIER + r"\Z", re.IGNORECASE)
_AGAINST_WORDS = frozenset({"against", "compared"})
_EVENT_MEASURES = frozenset({"attacks", "destroyed", "damaged", "seized"})
_ATTRIBUTE_WORDS = frozenset({"attributes", "attributed", "attribute", "attributing", "ascribes", "ascribed",
                              "ascribe", "blames", "blamed", "blame", "blaming"})
_ATTRIBUTED = re.compile(r"\b(?:attribut(?:es|ed|e|ing)|ascrib(?:es|ed|e)|blam(?:es|ed|e|ing))\s+" + _QUALIFIER + r"\Z",
                         re.IGNORECASE)
_OF_THEM_TO = re.compile(r"\s+of\s+(?:them|these|those|the\s+\w+)\s+(?:to|on)\s+\S", re.IGNORECASE)
_PART_MEASURES = frozenset({"attacks", "destroyed", "damaged", "seized", "killed", "wounded", "captured", "displaced"})
# An earlier report's figure for the count just told: "Bulletin No. 6 gave 269; the difference is ...", "Monday's
# update had given 212." (the number ends its clause).
_REPORT_WORDS = frozenset({"bulletin", "report", "update", "statement", "communique", "briefing", "sitrep"})
_GAVE_WORDS = frozenset({"gave", "given", "showed", "listed"})
_EARLIER_REPORT = re.compile(r"\b(?:" + "|".join(sorted(_REPORT_WORDS)).replace("communique", "communiqu[eé]") + r")"
                             r"(?:\s+No\.?\s*\d+)?"
                             r"\s+(?:had\s+)?(?:" + "|".join(sorted(_GAVE_WORDS)) + r")\s+" + _QUALIFIER + r"\Z",
                             re.IGNORECASE)
_CLAUSE_END = re.compile(r"\s*(?:[;,.]|\Z)")
_TOLL_MEASURES = frozenset({"killed", "wounded", "captured", "displaced"})
# A headline's bare count restating a count told below it: "Editorial: the town's count stands at 93" (the body:
# "prosecutors have registered 93 dead").
_HEADLINE_COUNT = re.compile(r"\b(?:count|tally|figure|total)\s+(?:now\s+|still\s+)?(?:stands|stood|is|rises|rose|"
                             r"reaches|reached|climbs|hits)\s+(?:at\s+|to\s+)?" + _QUALIFIER + r"\Z", re.IGNORECASE)
_HEADLINE_WORDS = frozenset({"count", "tally", "figure", "total"})  # (not "toll": a death count of its own)
_BODY_REACH = 12  # how many sentences below the headline may hold the count it restates


def shared_event_count(ctx: SentenceContext, q: Quantity, ph: Phrase, words: frozenset[str], depth: int) -> Kind | None:
    """What a bare count shares with the count it is set against or is a part of (see the module); None when
    neither holds. `words` are the sentence's words (the gates)."""
    if ph.cls is not None:
        return None
    text, k = ctx.text, q.char_start
    if not _AGAINST_WORDS.isdisjoint(words) and _AGAINST.search(text, max(ctx.start, k - 40), k):
        whole = previous(ctx, q, depth)
        if whole is not None and whole.measure in _EVENT_MEASURES:
            return whole
    if not _ATTRIBUTE_WORDS.isdisjoint(words) and _OF_THEM_TO.match(text, q.char_end, ctx.end) and _ATTRIBUTED.search(
            text, max(ctx.start, k - 30), k):
        whole = previous(ctx, q, depth) or _last_claim_before(ctx, depth)
        if whole is not None and whole.measure in _PART_MEASURES:
            return whole
    if not _GAVE_WORDS.isdisjoint(words) and not _REPORT_WORDS.isdisjoint(words) and _CLAUSE_END.match(
            text, q.char_end, ctx.end) and _EARLIER_REPORT.search(text, max(ctx.start, k - 40), k):
        whole = _last_claim_before(ctx, depth)
        if whole is not None and whole.measure in _TOLL_MEASURES:
            return whole  # "Bulletin No. 6 gave 269": the toll of the sentence before, as an earlier report gave it
    if ctx.index == 0 and not _HEADLINE_WORDS.isdisjoint(words) and _HEADLINE_COUNT.search(text, max(ctx.start, k - 40), k):
        return _told_below(ctx, q, depth)  # "Timisoara's count stands at 93" (the 93 dead of the body)
    return None


def _told_below(ctx: SentenceContext, q: Quantity, depth: int) -> Kind | None:
    """What the first count of the same value below the headline counts (within `_BODY_REACH` sentences), if it
    counts people harmed; None otherwise."""
    for i in range(1, min(_BODY_REACH, len(ctx.sentences) - 1) + 1):
        below = replace(ctx, index=i, memo=None)
        for p in numbers_in(below.sentence, below.start):
            if p.kind == "number" and p.value == q.value and p.low == q.low and p.high == q.high:
                kind = _again(below, p.shifted(below.start), depth + 1)
                return kind if kind is not None and kind.measure in _TOLL_MEASURES else None
    return None


def _last_claim_before(ctx: SentenceContext, depth: int) -> Kind | None:
    """What the last claim of the sentence before counts (over up to two numbers after it that count nothing)."""
    if ctx.index == 0:
        return None
    prev = replace(ctx, index=ctx.index - 1, memo=None)
    found = counts_in(prev.sentence, prev.start)
    for p in reversed(found[-3:]):
        kind = _again(prev, p.shifted(prev.start), depth + 1)
        if kind is not None:
            return kind
    return None
