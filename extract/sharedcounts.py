"""Counts that share what another count measures, told by a word before them rather than by a verb.

extract/classify.py asks these for a number no verb of its own reaches:
- a count set against a count of people harmed: "900 rebels were killed, against 120 troops and 45 civilians"
  (the troops were killed too; without the rule "120 troops" would read as a force's size);
- a bare count updating or preceding a toll of the sentences before: "The toll now stands at 17. It was 12 at
  noon.", "The ministry had given 184 at 17:10." (an earlier figure, said after the later one).
Each starts with a test of the sentence's words; the count pointed at is classified again (`depth` bounds the
chain, as in extract/partof.py).
"""

from __future__ import annotations

import re
from dataclasses import replace

from extract.context import SentenceContext
from extract.partof import _BARE_END, _BOUND, _HURT, PEOPLE_MEASURES, Kind, _again, numbers_in, previous
from extract.phrase import Phrase
from extract.qualifierwords import qualifier_pattern
from extract.records import Quantity
from extract.rx import guarded
from extract.sides import resolve_side
from extract.tailwords import verb_ending
from extract.triggers import lexicon
from extract.wordset import words_of

_QUALIFIER = r"(?:" + qualifier_pattern() + r"\s+)?"  # (extract/qualifierwords.py)
_SET_AGAINST = re.compile(r",\s*(?:as\s+)?(?:against|compared\s+(?:with|to)|versus|vs\.?)\s+" + _QUALIFIER + r"\Z",
                          re.IGNORECASE)
_SET_WORDS = frozenset({"against", "compared", "versus", "vs"})
_PEOPLE_CLASSES = frozenset({"civilian", "people", "fighter", "medical", "third_party", "peacekeeper", "demonym",
                             "population"})
_EARLIER = guarded(r"(?:^|(?<=[\s\"“]))(?:(?:it|the\s+(?:toll|figure|count|number))\s+(?:had\s+)?(?:was|been|stood\s+at|"
                      r"had\s+stood\s+at|had\s+reached|reached)|(?:had\s+|has\s+|have\s+)?(?:given|gave|gives))\s+"
                      + _QUALIFIER + r"\Z", re.IGNORECASE)
_EARLIER_WORDS = frozenset({"it", "given", "gave", "gives", "toll", "figure", "count", "number"})
_BACK = 3  # how many sentences before may hold the toll a bare count updates


def set_against(ctx: SentenceContext, q: Quantity, ph: Phrase, depth: int) -> Kind | None:
    """People counted "against" (or "compared with") a count of people killed, wounded or captured before them in
    the sentence share its measure, with their own subject and side: "1,900 guerrillas were killed, against 446
    soldiers and 152 civilians"."""
    if _SET_WORDS.isdisjoint(words_of(ctx.sentence)) or (ph.cls is not None and ph.cls not in _PEOPLE_CLASSES):
        return None
    k = q.char_start
    if not _SET_AGAINST.search(ctx.text, max(ctx.start, k - 40), k):
        return None
    whole = previous(ctx, q, depth)
    if whole is None or whole.measure not in PEOPLE_MEASURES:
        return None
    if ph.cls is None:
        return whole
    side = resolve_side(ctx, q, whole.measure, ph.cls, ph.subject, "", np_end=ph.np_end)
    return Kind(whole.measure, ph.subject or whole.subject, side)


def bare_update(ctx: SentenceContext, q: Quantity, depth: int) -> Kind | None:
    """A bare count after "It was", "had given" or "the toll stood at", ending its sentence but for a time ("It
    was 12 at noon.", "The ministry had given 184 at 17:10."): what the toll of the `_BACK` sentences before
    counts (their first count of the dead, else their first count of people harmed)."""
    if ctx.index == 0 or _EARLIER_WORDS.isdisjoint(words_of(ctx.sentence)):
        return None
    text, k = ctx.text, q.char_start
    m = _EARLIER.search(text, max(ctx.start, k - 40), k)
    if m is None or not _BARE_END.fullmatch(text, q.char_end, ctx.end):
        return None
    if m.group(0)[:2].lower() == "it" and text[ctx.start : m.start()].strip(" \"“"):
        return None  # "It" must open the sentence: "... and it was 12" is another clause's
    for back in range(1, min(_BACK, ctx.index) + 1):
        prev = replace(ctx, index=ctx.index - back, memo=None)
        kinds = [_again(prev, p.shifted(prev.start), depth + 1) for p in numbers_in(prev.sentence, prev.start)
                 if p.kind == "number"]
        harm = [kind for kind in kinds if kind is not None and kind.measure in PEOPLE_MEASURES]
        if harm:
            return next((kind for kind in harm if kind.measure == "killed"), harm[0])
    return None


_OF_THEM = re.compile(r"\s+of\s+(?:them|whom|which)\b", re.IGNORECASE)
_SKIP = 3  # how many numbers that count nothing a part "of them" may look back over
_REACH = 160  # characters between the part and the count it is a part of, at most


def claim_before(ctx: SentenceContext, q: Quantity, depth: int) -> Kind | None:
    """The count a part "of them" (or "of whom", "of which") belongs to when the number just before it counts
    nothing: "recorded 83 massacres in the three municipalities, 61 of them by the army" (83, not three)."""
    if not _OF_THEM.match(ctx.text, q.char_end, ctx.end):
        return None
    before = [p for p in numbers_in(ctx.text[ctx.start : q.char_start], ctx.start) if p.kind == "number"]
    return _claim_among(ctx, before, depth, reach_to=q.char_start)  # (the nearest: extract/partof.py `previous`)


def earlier_claim(ctx: SentenceContext, depth: int) -> Kind | None:
    """What the last count of the sentence before counts, over numbers of it that count nothing: "2,500 refugees
    had crossed the border and were housed in five army camps. Red Cross officials put the number nearer 5,000."
    (the refugees, not the camps). None when no number of that sentence is a claim."""
    if ctx.index == 0:
        return None
    prev = replace(ctx, index=ctx.index - 1, memo=None)
    return _claim_among(prev, [p for p in numbers_in(prev.sentence, prev.start) if p.kind == "number"], depth)


def _claim_among(ctx: SentenceContext, found: list[Quantity], depth: int, reach_to: int | None = None) -> Kind | None:
    """What the nearest claim among the numbers `found` in ctx's sentence (offsets from its start) counts, walking
    back over up to `_SKIP` numbers that count nothing before the last one (asked already by the caller's caller);
    with `reach_to`, none further than `_REACH` characters before that offset."""
    for p in reversed(found[-_SKIP - 1 : -1]):
        shifted = p.shifted(ctx.start)
        if reach_to is not None and reach_to - shifted.char_end > _REACH:
            return None
        kind = _again(ctx, shifted, depth + 1)
        if kind is not None:
            return kind
    return None


_JOIN = r"(?:,[ \t]*|,?[ \t]+and[ \t]+)"  # a comma or "and" between the items of the list
_COMMA_BEFORE = re.compile(_JOIN + _BOUND + r"\Z", re.IGNORECASE)
_LISTED_GAP = re.compile(r"[ \t]+(?:[\w \t'’-]{0,60}?[ \t]+)?" + _HURT + r"(?:[ \t]+[\w \t'’-]{1,40}?)?" + _JOIN + _BOUND
                         + r"\Z", re.IGNORECASE)


def elided_in_list(ctx: SentenceContext, q: Quantity, depth: int) -> Kind | None:
    """A count of people whose noun is left out after a comma or "and", in a list of what befell them: "212 rebels
    have been killed, 147 captured and 98 have surrendered" (147 and 98 rebels). Its subject and side are those of
    the count before (asked when extract/partof.py `elided`, which needs a noun or a verb between, finds none)."""
    text, k = ctx.text, q.char_start
    if not _COMMA_BEFORE.search(text, max(ctx.start, k - 20), k):
        return None
    before = [p for p in numbers_in(text[ctx.start : k], ctx.start) if p.kind == "number"]
    if not before or not _LISTED_GAP.match(text, ctx.start + before[-1].char_end, k):
        return None
    whole = previous(ctx, q, depth)
    return whole if whole is not None and whole.measure in PEOPLE_MEASURES else None


_VERB_AFTER = re.compile(r"\s+of\s+(?:them|whom|which|these)\s+(?:(?:were|was|have|has|had|been|being|later|also|all|"
                         r"reportedly)\s+)*", re.IGNORECASE)


def no_verb_on_part(ctx: SentenceContext, q: Quantity) -> bool:
    """Whether no verb of the lexicon acts on a part "N of them", before it ("shot down 25 of them") or after it
    ("25 of them were shot down"): then the part only shares what the count before counts ("61 of them by the
    army"); with a verb, extract/partof.py `part_done_to` reads it."""
    lex = lexicon()
    text, k = ctx.text, q.char_start
    if verb_ending(lex.verb_group, text, max(ctx.start, k - 80), k) is not None:
        return False
    after = _VERB_AFTER.match(text, q.char_end, ctx.end)
    return after is None or lex.verb_re.match(text, after.end(), ctx.end) is None
