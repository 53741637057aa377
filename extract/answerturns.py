"""A number answering the question of the turn before: it counts what the question asked about.

In a transcript of speaker-labelled turns ("PROSECUTOR: How many men landed at the beach?" / "WITNESS: About
1,400."), an answer that names no counted thing of its own takes its measure from the question: the number is read
in the question's place ("About 1,400 men landed at the beach"), in the same document (so the document's war, sides
and places stay in view). Three shapes of answer are read so:
- a turn that is only the number (with its qualifier): "About 1,400.";
- a number standing alone in the answer's first sentence, as the object of a verb of seeing, counting or knowing
  ("I saw two go down", "I counted nine"): the number is the thing the witness saw, the question says what it is;
- a number the witness reports another voice to have given, at the end of a later sentence of the same turn ("we
  heard the radio say nine", "the officers said forty").
Only a "How many ..." question is asked: "How old were you?", "What year?", "Which battalion?" ask for no count, and
the question read with the number must itself be a claim ("How many years did you serve?" is not).
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Callable

from extract.context import SentenceContext
from extract.followers import more_to_follow
from extract.kindmemo import MAX_DEPTH
from extract.phrase import Phrase
from extract.records import Quantity
from extract.sides import resolve_side

# A turn's speaker label: words in capitals (and their titles) before a colon, at the sentence's start.
_LABEL = re.compile(r"\s*[A-Z][A-Z .'’-]{1,40}:\s*")
# What may stand beside the number in an answer that is only a number: a qualifier word or two and punctuation.
_BARE = re.compile(r"(?:(?:about|around|some|roughly|approximately|nearly|almost|perhaps|maybe|over|more\s+than|"
                   r"at\s+least|fewer\s+than|less\s+than|exactly|only|just)\s+)?\Z", re.IGNORECASE)
_ENDS = re.compile(r"\s*[.!]?\s*\Z")
_HOW_MANY = re.compile(r"\bhow\s+many\s+(?=\w)", re.IGNORECASE)
# The witness's own sight or count, right before a number that stands for the things seen: "I saw two", "we counted".
_SAW = re.compile(r"\b(?:I|we)\s+(?:saw|watched|counted|know\s+of|remember)\s+(?:only\s+|just\s+|about\s+)?\Z")
# After it, no counted noun: a verb ("two fall", "two go down") or the sentence's end.
_SAW_AFTER = re.compile(r"\s+(?:fall|fell|go\s+down|went\s+down|crash|crashed|burn|burning|hit|shot\s+down)\b"
                        r"|\s*[.;]")
# Another voice's figure at the end of a sentence of the turn: "heard the radio say nine.", "they said forty."
_SAID = re.compile(r"\b(?:say|said|says|claim|claimed|claims|report|reported|reports)\s+\Z")
# "Where were you captured?", "When were you taken prisoner?": a question of the witness's own capture.
_ASKED_CAPTURE = re.compile(r"\b(?:where|when|how)\s+were\s+you\s+(?:captured|taken\s+prisoner|taken|caught|seized)\b",
                            re.IGNORECASE)
# The companions of the witness's capture: "together with 40 others", "along with some 12 other men".
_WITH_OTHERS = re.compile(r"\b(?:together|along)\s+with\s+(?:some\s+|about\s+|around\s+)?\Z", re.IGNORECASE)
_TURN_BACK = 3  # how many sentences back a turn's label is looked for
# A question turned by "do" ("How many of them did our air force shoot down?"): the counted words, the auxiliary and
# the clause, which reads as a statement with the number as its object ("our air force shoot down two of them").
_DO_ASKED = re.compile(r"((?:of\s+them|[a-z]+(?:\s+[a-z]+)?))\s+(?:did|do|does)\s+([^?]+)\?", re.IGNORECASE)
_HOW_MANY_NOUN = re.compile(r"\bhow\s+many\s+([a-z]+)\b(?!\s+of\b)", re.IGNORECASE)


def turn_reading(ctx: SentenceContext, q: Quantity, ph: Phrase, words: frozenset, depth: int,
                 classify_kind: Callable[[SentenceContext, Quantity, int], tuple | None]) -> tuple | None:
    """(measure, subject, side) of a number with no measure of its own that a turn of a transcript, or the sentence
    before, says: a witness's companions in capture, more of a force to follow (extract/followers.py), an answer to a
    "How many" question; None otherwise (extract/classify.py asks it last)."""
    if ph.cls == "people" and ph.subject == "people":
        taken = captured_with(ctx, q)
        return None if taken is None else (*taken, resolve_side(ctx, q, taken[0], ph.cls, ph.subject, ph.verb_side))
    if ph.cls is not None or depth >= MAX_DEPTH:
        return None
    if "another" in words and (more := more_to_follow(ctx, q, depth, classify_kind)) is not None:
        return more  # "About 1,400 men landed. Another 1,000 would follow."
    if ":" in ctx.sentence[:45] or " sa" in ctx.text[q.char_start - 6 : q.char_start]:
        return answered_count(ctx, q, depth, classify_kind)  # "WITNESS: About 1,400.", "heard the radio say nine"
    return None


def question_turn(text: str, start: int, end: int) -> bool:
    """Whether the sentence text[start:end] is a speaker's question turn ("PROSECUTOR: And the ships?"): what the
    answer after it tells is told of what it asks, not of the sentences before it (extract/dates.py)."""
    return "?" in text[start:end] and _LABEL.match(text, start, end) is not None


def answered_count(ctx: SentenceContext, q: Quantity, depth: int,
                   classify_kind: Callable[[SentenceContext, Quantity, int], tuple | None]) -> tuple | None:
    """The kind of a number answering a "How many" question turn (module docstring), read in the place of the
    question's "How many"; None when the turns have not that shape or the question's count is no claim."""
    text, start, end, k = ctx.text, ctx.start, ctx.end, q.char_start
    label = _LABEL.match(text, start, k)
    turn: int | None
    if label is not None:
        if _ENDS.match(text, q.char_end, end) is None or _BARE.match(text, label.end(), k) is None:
            if _SAW.search(text, label.end(), k) is None or _SAW_AFTER.match(text, q.char_end, end) is None:
                return None
        turn = ctx.index
    else:  # a later sentence of the turn: only a figure another voice gave, at its end
        if not ("say" in text[max(start, k - 8) : k] or "said" in text[max(start, k - 8) : k]
                or "claim" in text[max(start, k - 10) : k] or "report" in text[max(start, k - 10) : k]):
            return None
        if _SAID.search(text, start, k) is None or _ENDS.match(text, q.char_end, end) is None:
            return None
        turn = next((i for i in range(ctx.index - 1, max(-1, ctx.index - 1 - _TURN_BACK), -1)
                     if _LABEL.match(text, ctx.sentences[i][0], ctx.sentences[i][1])), None)
        if turn is None:
            return None
        label = None
    if turn == 0:
        return None
    ps, pe = ctx.sentences[turn - 1]
    asked = _LABEL.match(text, ps, pe)
    if asked is None or "?" not in text[ps:pe]:
        return None
    how = _HOW_MANY.search(text, asked.end(), pe)
    if how is None:
        return None
    # The question with the number in the place of "How many", in the same document.
    lead = label.end() if label is not None and _BARE.match(text, label.end(), k) is not None else k
    number = text[lead : q.char_end]
    said = number + " " + text[how.end() : pe].rstrip("? ")
    turned = _DO_ASKED.match(text, how.end(), pe)
    if turned is not None:  # "How many of them did X shoot down?" -> "X shoot down two of the aircraft"
        counted = turned.group(1)
        if counted.lower() == "of them":
            counted = _them(ctx, turn - 1)
            if counted is None:
                return None
        said = turned.group(2).rstrip() + " " + number + " " + counted
    new_text = text[: how.start()] + said + "." + text[pe:]
    delta = len(new_text) - len(text)
    spans = tuple((s, e) if e <= ps else (s, e + delta) if s >= pe else (s, e + delta)
                  for s, e in ctx.sentences)
    section = ctx.section
    if section.end >= pe:
        section = replace(section, end=section.end + delta)
    at = how.start() + (k - lead) + (0 if turned is None else len(turned.group(2).rstrip()) + 1)
    if new_text[at : at + len(q.surface)] != q.surface:
        return None
    ctx2 = SentenceContext(text=new_text, sentences=spans, index=turn - 1, section=section,
                           published=ctx.published, outlet=ctx.outlet, memo=None)
    q2 = replace(q, char_start=at, char_end=at + len(q.surface))
    return classify_kind(ctx2, q2, depth + 1)


def _them(ctx: SentenceContext, asked: int) -> str | None:
    """What "them" of a "How many of them" question counts: the things of the "How many" question a turn or two
    before ("How many aircraft did they have? ... And how many of them ...": "of the aircraft")."""
    text = ctx.text
    for i in range(asked - 1, max(-1, asked - 1 - _TURN_BACK), -1):
        s, e = ctx.sentences[i]
        if _LABEL.match(text, s, e) and "?" in text[s:e]:
            noun = _HOW_MANY_NOUN.search(text, s, e)
            return None if noun is None else "of the " + noun.group(1)
    return None


def captured_with(ctx: SentenceContext, q: Quantity) -> tuple[str, str] | None:
    """("captured", "people") for the companions a witness names in the answer to a question of their own capture
    ("Q: Where were you captured? / A: In the swamp on 21 April, together with 40 others."): they were taken with
    the witness. None for any other answer ("How old were you?") or any other number of it."""
    text, start, k = ctx.text, ctx.start, q.char_start
    if ctx.index == 0 or not text.startswith(" others", q.char_end) or _LABEL.match(text, start, k) is None:
        return None
    if _WITH_OTHERS.search(text, max(start, k - 30), k) is None:
        return None
    ps, pe = ctx.sentences[ctx.index - 1]
    if _LABEL.match(text, ps, pe) is None or _ASKED_CAPTURE.search(text, ps, pe) is None:
        return None
    return "captured", "people"
