"""A quotation that goes on in the next sentence is still its speaker's.

'"We heard shooting every night," said a teacher, Ann Roe. "On Tuesday we counted the bodies of two men."': the
second sentence is all quotation, names nobody, and stands right after a sentence whose quotation a speaker's tag
closed, in the same paragraph: the speaker goes on (GUIDELINES.md: the source is who makes the claim, as named;
a quoted "we" is the speaker's). A quotation whose speaker comes after it is extract/nearby.py's (_quote_speaker);
this one looks back, up to two whole-quotation sentences, to the tagged one.
A whole quotation whose tag is the next sentence ('"We counted 23 bodies." So said Amir Khan, a doctor.', or '…
Amir Khan said so.') is that speaker's too (`quote_tagged_next`): its "we" is not the outlet's.
extract/attribution.py asks it for a number nobody in its sentence claims.
"""

from __future__ import annotations

import re

from extract.context import SentenceContext, per_sentence
from extract.cues import NOT_NAMES, sentence_cues

__all__ = ["chosen_claimant", "quote_going_on", "quote_left_open", "quote_tagged_next"]

_OPENERS = "\"“"
_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n")
_BACK = 3


def quote_left_open(text: str) -> bool:
    """Whether a quotation opened in `text` is not closed in it: more “ than ”, or an odd number of straight
    quotes. The one count of quotation marks for this module and extract/attribution.py."""
    return text.count("“") > text.count("”") or text.count('"') % 2 == 1


def _whole_quotation(sentence: str) -> bool:
    """Whether the sentence opens with a quotation mark and every quotation in it is closed."""
    s = sentence.strip()
    if not s or s[0] not in _OPENERS:
        return False
    return not quote_left_open(s) and s.count("“") == s.count("”")


def chosen_claimant(named: list, sentence: str | None = None):
    """The claimant among a sentence's named cues: the one a "citing"/"quoting" relays, or (given the sentence) the
    one whose clause a speaker's "that" opens ("Aldridge notes that police say …": the police, relayed), else the
    first named. extract/attribution.py chooses with it for the sentence itself, and the quotation going on here with
    it too, so that it keeps the source its tagged sentence has ('…," said a teacher, citing the mayor. "We counted
    12 bodies."': the mayor)."""
    if len(named) == 1:
        return named[0]
    if any(c.verb == "according to" for c in named) and any(c.verb.lower() in _DENOUNCING for c in named):
        named = [c for c in named if c.verb.lower() not in _DENOUNCING] or named  # "The Council condemned the
        # attack, which, according to the government, killed 59": the figure's source, not who condemned the attack
        if len(named) == 1:
            return named[0]
    relayed = [c for c in named if c.verb.lower() in ("citing", "quoting")]
    if not relayed and sentence is not None and " that " in sentence:
        relayed = [c for c in named if c.verb.lower() in _SAY_NOW and any(
            o.end <= c.start and _THAT_GAP.fullmatch(sentence, o.end, c.start) for o in named if o is not c)]
    return min(relayed or named, key=lambda c: c.start)


# Verbs of judging an act, not of giving its figure (extract/cueverbs.py has them as cues: alone, "X condemned the
# attack that killed 20" is X's claim); beside an "according to" they give way to it.
_DENOUNCING = frozenset(("accused", "accuses", "criticized", "criticised", "criticizes", "criticises", "condemned",
                         "condemns", "denounced"))
# "X notes that police say …": the relayed speaker's verb in the present, the clause opened by "that" after the
# relaying speaker's verb (a past "X said that the army had counted" stays X's account of it).
_SAY_NOW = frozenset(("say", "says", "estimate", "estimates", "believe", "believes", "claim", "claims", "put", "puts",
                      "count", "counts", "report", "reports"))
_THAT_GAP = re.compile(r"\s+that\s+(?:the\s+)?")


@per_sentence  # depends on the sentence and the ones before it only
def quote_going_on(ctx: SentenceContext) -> tuple[str, str] | None:
    """(speaker, verb) of the quotation this whole-quotation sentence goes on with; None if it is not one."""
    if ctx.section.kind not in ("body", "update") or not _whole_quotation(ctx.sentence):
        return None
    for k in range(1, _BACK + 1):
        i = ctx.index - k
        if i < 0 or ctx.sentences[i][0] < ctx.section.start:
            return None
        if _PARAGRAPH_BREAK.search(ctx.text, ctx.sentences[i][1], ctx.sentences[i + 1][0]):
            return None
        prev = ctx.neighbour(-k)
        named = [c for c in sentence_cues(prev) if c.name and c.name.casefold() not in NOT_NAMES]
        if named:
            if not any(q in prev for q in _OPENERS):
                return None  # (a plain "X said …" before: not a quotation going on)
            first = chosen_claimant(named)
            return first.name, first.verb
        if not _whole_quotation(prev):
            return None
    return None


# The next sentence is only a speech tag: "So said Amir Khan, a doctor.", "Said a doctor, Amir Khan.", "Amir Khan
# said so." (a name of capitalised words, or "a"/"the" + a role, then at most an apposition).
_TAG_NEXT = re.compile(
    r"\W*(?:(?:So|Thus)\s+)?(?i:said|says|recalled|recalls|explained|explains|added|adds|wrote|writes)\s+"
    r"(?P<a>(?:a|an|the)\s+(?:[\w'’-]+\s+){0,2}[\w'’-]+|[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3})\s*(?:,[^.;]{0,80})?"
    r"[.!]?\s*$"
    r"|\W*(?P<b>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3})\s+(?:said|says)\s+(?:so|this|that)\s*[.!]?\s*$")


@per_sentence  # depends on the sentence and the one after it only
def quote_tagged_next(ctx: SentenceContext) -> tuple[str, str] | None:
    """(speaker, "said") when this whole-quotation sentence is tagged by the next one alone (see _TAG_NEXT); None
    otherwise."""
    if ctx.section.kind not in ("body", "update") or not _whole_quotation(ctx.sentence):
        return None
    i = ctx.index + 1
    if i >= len(ctx.sentences) or ctx.sentences[i][1] > ctx.section.end:
        return None
    if _PARAGRAPH_BREAK.search(ctx.text, ctx.sentences[i - 1][1], ctx.sentences[i][0]):
        return None
    m = _TAG_NEXT.match(ctx.neighbour(1))
    if m is None:
        return None
    name = (m.group("a") or m.group("b")).strip()
    return (name, "said") if name.casefold() not in NOT_NAMES else None
