"""What attribution needs of a sentence whatever number in it is asked about, worked out once per sentence
(`sentence_facts`), and of the whole document once per document (speaker turns, sentences vouching for the
figures after them, paragraphs doubting one claimant's figures); and the Attribution record it answers with.
extract/attribution.py reads a number's claimant and stance from these.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from typing import Final, Literal

from extract.vouchnext import vouched_next
from extract.vouchproof import vouched_by_proof_after
from extract.aheadstance import doubting_sentences, owners_doubted_ahead, vouched_before, vouching_sentences
from extract.context import SentenceContext, per_sentence
from extract.cueforms import RELATIVE_WORDS
from extract.courtvoice import own_court
from extract.cues import sentence_cues
from extract.factchecks import claim_line_source, is_claim_line, refuted_by_verdict
from extract.judgments import court_doubts, is_court
from extract.accountdoubt import called_untrue_next, doubted_by_caveat
from extract.letters import is_letter_voice
from extract.neitherdoubt import neither_ahead
from extract.staledoubt import called_stale_next, yours_called_wrong
from extract.headlines import (HEADLINE_SPEAKER, SOURCE_LINE, SOURCE_OUTLET_TAIL, clause_stances, hedged_headline,
                               lead_is_source)
from extract.nearby import next_tag
from extract.retracted import is_correction_notice
from extract.speakers import Turn, turn_at, turns
from extract.eyewitness import contrast_reach
from extract.stance import COUNTERED, OWNED, _has_doubt, around, doubt_reach, has_counter
from extract.voice import voice_keys, voice_of
from extract.wordset import words_of
from extract.vocab import PRESS_SOURCE_TYPES


@dataclass(frozen=True, slots=True)
class Attribution:
    """Who makes a claim (as written, shortened to its name), what kind of source that is, and with what stance."""

    source: str | None
    source_type: str
    stance: str


class _Unknown(enum.Enum):
    """A fact of SentenceFacts not yet worked out."""

    UNKNOWN = 0


_UNKNOWN: Final = _Unknown.UNKNOWN
_Unset = Literal[_Unknown.UNKNOWN]


class SentenceFacts:
    """What attribution needs of a sentence whatever number in it is asked about (worked out once)."""

    __slots__ = ("fixed", "clauses", "voice", "voice_type", "voice_keys", "kind", "sentence", "start", "cues",
                 "may_be_passive", "may_be_relative", "tag", "doubted", "doubt_owner", "countered", "doubt_reach", "counter", "turn", "vouched", "owners_doubted",
                 "issued", "judged", "lettered", "claimed_by", "yours_doubted", "neither_owner", "court", "retracting")

    fixed: Attribution | None  # the answer for every number of the sentence (headline, Source line)
    clauses: tuple[tuple[int, int, Attribution], ...]  # a headline's answer per ";" clause (start, end, answer)
    voice: str | None
    voice_type: str
    voice_keys: frozenset[str]  # canonical, casefolded: a claimant with one of these names is the voice
    kind: str  # the section's kind
    issued: bool  # an excerpt voiced by a statement's issuer, not an outlet (extract/statements.py): its claims
    neither_owner: str  # "Neither that figure nor the police totals can be checked" ahead: "police" ("" if none)
    yours_doubted: bool  # a letter's "Either your figure is wrong" just after: the paper's own figures doubted
    claimed_by: str | None  # a fact-check's "CLAIM:" line: the poster it names (extract/factchecks.py)
    lettered: bool  # a letter to the editor's text (extract/letters.py): its writer's voice, claimed; "you" the outlet
    judged: bool  # an excerpt of a court's judgment (extract/judgments.py): its own findings are confirmed
    court: bool  # the outlet is a court publishing its own summary (extract/courtvoice.py own_court)
    retracting: bool  # a figure here may be one retracted (extract/retracted.py): "not … as …", a correction notice
    sentence: str
    start: int  # the sentence's offset in the document
    cues: tuple  # sentence_cues(sentence)
    may_be_passive: bool  # False when PASSIVE_BY cannot match anywhere in the sentence (no word "by")
    may_be_relative: bool  # False when RELATIVE_BY cannot match (no word "that" or "which")
    tag: tuple[str, str] | None  # next_tag(ctx)
    doubted: bool  # stance.around(ctx) is not None: doubt from around the sentence, wherever the number stands
    countered: bool  # ... only by a counter-figure in the next sentence (stance.around)
    doubt_owner: str  # ... only of this claimant's figures ("government": the next sentence names whose), else ""
    doubt_reach: int  # stance.doubt_reach(sentence): numbers starting before it are doubted by the sentence
    counter: bool  # a counter-figure somewhere in the sentence (stance.has_counter)
    # worked out when first needed (turn_of, vouched, owners_doubted); _UNKNOWN until then:
    turn: Turn | None | _Unset  # the speaker turn the sentence stands in, with a named speaker (extract/speakers.py)
    vouched: bool | _Unset  # the figures that follow were said, before, to be confirmed (aheadstance.vouched_before)
    owners_doubted: frozenset[str | None] | _Unset  # claimants whose figures a later paragraph doubts (aheadstance.py)


@per_sentence  # depends on the sentence only; asked for every number in it
def sentence_facts(ctx: SentenceContext) -> SentenceFacts:
    f = SentenceFacts()
    f.voice, f.voice_type = voice, voice_type = voice_of(ctx)
    f.kind = kind = ctx.section.kind
    f.issued = kind == "excerpt" and voice_type not in _OUTLET_VOICES
    f.judged = f.issued and is_court(voice)
    f.court = own_court(voice, voice_type, kind)
    f.lettered = voice_type == "reader_comment" and is_letter_voice(kind, voice)
    f.issued = f.issued or f.lettered  # (a named writer's figures are claimed, as a statement's issuer's are)
    f.sentence = sentence = ctx.sentence
    f.start = ctx.start
    f.retracting = ("not " in sentence and " as " in sentence) or is_correction_notice(ctx)
    f.fixed = None
    f.clauses = ()
    if kind == "headline":
        lead = HEADLINE_SPEAKER.match(sentence)  # "UN: more than 2,500 killed": a listed source speaks
        if ";" in sentence:
            f.clauses = tuple((a, b, Attribution(voice, voice_type, stance)) for a, b, stance in
                              clause_stances(sentence, bool(lead and lead_is_source(lead.group(1)))))
            return f
        hedged = hedged_headline(sentence) or (lead and lead_is_source(lead.group(1)))
        f.fixed = Attribution(voice, voice_type, "claimed" if hedged else "asserted")
        return f
    line = _line_of(ctx) if kind == "excerpt" else ""
    if line and SOURCE_LINE.match(line):
        # "Source: Russia says 1,173 troops killed – AFP": the quoted article's title, hedged as a headline is
        title = SOURCE_OUTLET_TAIL.sub("", SOURCE_LINE.sub("", line))
        f.fixed = Attribution(voice, voice_type, "claimed" if hedged_headline(title) else "asserted")
        return f
    f.voice_keys = voice_keys(voice, ctx.outlet)
    f.cues = tuple(sentence_cues(sentence))
    words = words_of(sentence)
    f.may_be_passive = "by" in words
    f.may_be_relative = not RELATIVE_WORDS.isdisjoint(words)
    f.tag = next_tag(ctx)
    why = around(ctx)
    f.countered = why == COUNTERED
    f.doubt_reach = contrast_reach(sentence, doubt_reach(sentence))  # (", but reporters saw …": eyewitness.py)
    f.counter = has_counter(sentence)
    _doubts_of_layout(f, ctx, why)
    f.turn = f.vouched = f.owners_doubted = _UNKNOWN  # (worked out when first needed: see turn_of, vouched, …)
    return f


def _doubts_of_layout(f: SentenceFacts, ctx: SentenceContext, why: str | None) -> None:
    """Set f.doubted, f.neither_owner, f.yours_doubted and f.claimed_by from the doubts that name what they mean or
    that a page's layout gives: the writer calling the figure just given stale (extract/staledoubt.py), a court
    rejecting a figure (extract/judgments.py), "Neither that figure nor the police totals …"
    (extract/neitherdoubt.py), a letter's "your figure is wrong", a fact-check's CLAIM line and its VERDICT
    (extract/factchecks.py). `why` is stance.around(ctx)."""
    sentence = f.sentence
    # "The prosecution's figure of 52 dead was not proved."
    rejected = f.kind == "excerpt" and is_court(f.voice) and court_doubts(sentence, _next_in_section(ctx))
    stale = called_stale_next(ctx)  # ("That was out of date within a day.")
    f.doubted = rejected or why is not None or stale
    f.doubt_owner = why[len(OWNED):] if why and why.startswith(OWNED) and not (rejected or stale) else ""
    # "Neither account could be checked." after two accounts; "Both statements are untrue." (extract/accountdoubt.py)
    if doubted_by_caveat(ctx) or called_untrue_next(ctx):
        f.doubted, f.doubt_owner = True, ""
    f.neither_owner = ""
    ahead = neither_ahead(ctx)
    if ahead is not None:
        f.neither_owner = ahead[1]
        if ahead[0] > 1 and why is not None and not _has_doubt(ctx.neighbour(1)):
            # "that figure" is the next sentence's, "the police totals" the police's: the "neither" sentence's
            # doubt (`why`) is not this one's; a court's rejection or a stale call still is
            f.doubted = rejected or called_stale_next(ctx)
    f.yours_doubted = yours_called_wrong(ctx)
    f.claimed_by = None
    if is_claim_line(sentence):  # "CLAIM: A post by @X says …", judged false by a "VERDICT:" line
        f.claimed_by = claim_line_source(sentence)
        if refuted_by_verdict(ctx):
            f.doubted, f.doubt_owner = True, ""


_OUTLET_VOICES = PRESS_SOURCE_TYPES | {"reader_comment"}  # a voice that carries a claim, not one that makes it
_NO_OWNERS: frozenset[str | None] = frozenset()
def turn_of(ctx: SentenceContext, facts: SentenceFacts) -> Turn | None:
    """The speaker turn the sentence stands in, with a named speaker (extract/speakers.py), else None."""
    if facts.turn is _UNKNOWN:
        doc_turns = _document_facts(ctx)[0]
        turn = turn_at(ctx, doc_turns) if doc_turns else None
        facts.turn = turn if turn is not None and turn.speaker else None
    return facts.turn


def vouched(ctx: SentenceContext, facts: SentenceFacts) -> bool:
    """Whether a sentence before vouches for the figures that follow it (aheadstance.vouched_before), or the next
    one for the figures just given ("Those numbers are solid.", extract/vouchnext.py)."""
    if facts.vouched is _UNKNOWN:
        facts.vouched = (bool(_document_facts(ctx)[1]) and vouched_before(ctx)) or vouched_next(ctx) or (
            vouched_by_proof_after(ctx))  # ("… 6 trucks. BDA confirmed by gun-camera video.", extract/vouchproof.py)
    return facts.vouched


def owners_doubted(ctx: SentenceContext, facts: SentenceFacts) -> frozenset[str | None]:
    """The claimants whose figures a later paragraph opens by doubting (aheadstance.owners_doubted_ahead)."""
    if facts.owners_doubted is _UNKNOWN:
        facts.owners_doubted = (owners_doubted_ahead(ctx) if _document_facts(ctx)[2]
                                and facts.kind in ("body", "update") else _NO_OWNERS)
    return facts.owners_doubted


_DOCUMENT_FACTS = "attribution: document facts"  # the memo's key for _document_facts
def _document_facts(ctx: SentenceContext) -> tuple[tuple[Turn, ...], tuple[int, ...], tuple[int, ...]]:
    """What attribution needs of the whole document, worked out once (in its memo): its speaker turns, its
    sentences vouching for the figures after them, its paragraphs doubting one claimant's figures."""
    memo = ctx.memo
    got = memo.get(_DOCUMENT_FACTS) if memo is not None else None
    if got is None:
        got = (turns(ctx.text), vouching_sentences(ctx), doubting_sentences(ctx))
        if memo is not None:
            memo[_DOCUMENT_FACTS] = got
    return got


def _next_in_section(ctx: SentenceContext) -> str:
    """The next sentence when it stands in the same section, else ""."""
    i = ctx.index + 1
    return ctx.neighbour(1) if i < len(ctx.sentences) and ctx.sentences[i][1] <= ctx.section.end else ""


def _line_of(ctx: SentenceContext) -> str:
    text, s = ctx.text, ctx.start
    a = text.rfind("\n", 0, s) + 1
    b = text.find("\n", s)
    return text[a : b if b >= 0 else len(text)]
