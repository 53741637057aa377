"""Text to claims: the orchestration of the extraction stages.

Each stage is a pure function in its own module; this one only wires them:
sections -> sentences -> quantities -> (measure, subject, side) ->
attribution -> event date -> place -> confidence.

For speed every number of a sentence shares one SentenceContext, and all the
contexts of a document share one memo (extract/context.py): what a stage works
out for a sentence (its claimants, its dates, its places, whether the writer
doubts it) is worked out once, not once per number.
"""

from __future__ import annotations

import bisect
from datetime import date

from extract.attribution import Attribution, attribute
from extract.docheads import excerpt_at
from extract.classify import Classification, classify
from extract.confidence import score
from extract.context import SENTENCE_TEXTS, SentenceContext
from extract.dates import resolve_event_date
from extract.docnumbers import reading
from extract.estimatemark import marked_estimate
from extract.headlineside import sides_from_body, sides_of_rivals
from extract.numbers import find_quantities
from extract.prefdoubt import preferred_against
from extract.namesakes import unplace_namesake
from extract.places import find_place
from extract.records import Claim
from extract.rementions import TOLL_MEASURES, re_mention
from extract.remcarry import carry_over
from extract.sections import split_sections
from extract.speakermen import OWN_SUBJECTS, speakers_men
from extract.tolldoubt import owner_toll_doubted, toll_doubted
from extract.sentences import split_sentences


def extract_claims(
    text: str, *, published: date | None = None, outlet: str | None = None
) -> list[Claim]:
    """The in-scope numeric claims of one document, in text order."""
    return _extract(text, published, outlet, cache=True)


def _extract(text: str, published: date | None, outlet: str | None, *, cache: bool) -> list[Claim]:
    """extract_claims; with cache=False every number gets a fresh context without the per-document
    memo (tests/test_extract_regression.py checks both give the same claims)."""
    if not text or not text.strip():
        return []
    sections = split_sections(text)
    spans: list[tuple[int, int]] = []
    owner: list[int] = []  # section index of each sentence
    for si, section in enumerate(sections):
        for span in split_sentences(text, section.start, section.end):
            spans.append(span)
            owner.append(si)
    sentence_spans = tuple(spans)
    quantities = find_quantities(text)
    if not cache:
        return _claims(text, published, outlet, sections, owner, sentence_spans, quantities, None)
    # The per-document cache shared by the stages (see extract/context.py); the document's numbers, which
    # extract/partof.py's numbers_in reads for a stretch of a sentence (extract/docnumbers.py).
    memo = {SENTENCE_TEXTS: [text[s:e] for s, e in spans]}
    with reading(text, quantities, sentence_spans):
        return _claims(text, published, outlet, sections, owner, sentence_spans, quantities, memo)


def _claims(text: str, published: date | None, outlet: str | None, sections: list, owner: list[int],
            spans: tuple[tuple[int, int], ...], quantities: list, memo: dict | None) -> list[Claim]:
    """The claims of the document's numbers (`memo` None: every number gets a fresh context)."""
    cache = memo is not None
    sentence_spans = spans
    starts = [s for s, _ in spans]
    claims: list[Claim] = []
    contexts: dict[int, SentenceContext] = {}
    tolls: dict[float, Classification] = {}  # the value of each toll claimed so far -> its kind (extract/rementions.py)
    firsts: dict = {}  # the value of each toll first told so far -> its latest claim and sentence (remcarry.py)
    for q in quantities:
        i = bisect.bisect_right(starts, q.char_start) - 1
        if i < 0 or q.char_end > spans[i][1]:
            continue  # a number across a sentence boundary is no claim
        ctx = contexts.get(i) if cache else None
        if ctx is None:
            ctx = contexts[i] = SentenceContext(
                text=text,
                sentences=sentence_spans,
                index=i,
                section=sections[owner[i]],
                published=published,
                outlet=outlet,
                memo=memo,
            )
        kind = classify(ctx, q)
        again = False
        if kind is None and tolls:
            kind = re_mention(ctx, q, tolls)  # "The Council's 32 came with no list": a toll named again
            again = kind is not None
        if kind is None:
            continue
        if kind.measure in TOLL_MEASURES:
            tolls[q.value] = kind
        who = attribute(ctx, q)
        if who.stance == "claimed" and kind.measure == "killed" and (
                toll_doubted(ctx, q.char_start, q.char_end, kind.measure)
                or owner_toll_doubted(ctx, q.char_start, q.char_end, kind.measure, who.source)):
            who = Attribution(who.source, who.source_type, "disputed")  # "… could not verify either toll", "The
            # government's figure could not be verified" (tolldoubt.py)
        elif who.stance == "claimed" and kind.measure == "killed" and preferred_against(
                ctx, q.value, kind.measure, ((v, t.measure) for v, t in tolls.items() if v != q.value)):
            who = Attribution(who.source, who.source_type, "disputed")  # "Police put the dead at 27. … we see no
            # reason to doubt the lower figure" (prefdoubt.py)
        if kind.subject in OWN_SUBJECTS and (own := speakers_men(text, q, kind.measure, kind.side, who.source_type)):
            kind = Classification(kind.measure, *own, kind.event_words)  # "a rebel spokesman said three of its men
            # had been wounded": the group's fighters (extract/speakermen.py)
        when = resolve_event_date(ctx, q, kind.measure)
        where = unplace_namesake(ctx.text, find_place(ctx, q, kind.measure))  # (extract/namesakes.py)
        claim = Claim(
            number_text=q.surface,
            low=q.low,
            high=q.high,
            best=q.value,
            qualifier="approx" if q.qualifier == "exact" and marked_estimate(ctx.sentence, ctx.start, q.char_end) else (
                q.qualifier),  # "185,000 people displaced (estimate)" (extract/estimatemark.py)
            unit=q.unit,
            measure=kind.measure,
            subject=kind.subject,
            side=kind.side,
            event_words=list(kind.event_words),
            char_start=q.char_start,
            char_end=q.char_end,
            sentence=ctx.sentence,
            section="excerpt" if who.source_type == "wire_or_outlet" and ctx.section.kind == "body" and excerpt_at(
                ctx, q.char_start) else ctx.section.kind,  # (under a heading naming an outlet: extract/docheads.py)
            source=who.source,
            source_type=who.source_type,
            stance=who.stance,
            event_date=when.value if when else None,
            date_precision=when.precision if when else None,
            location=where.written if where else None,
            admin1=where.admin1 if where else None,
            lat=where.lat if where else None,
            lon=where.lon if where else None,
            place_precision=where.precision if where else None,
        )
        if again and q.value in firsts:  # (its place, date and claimant are the first mention's: remcarry.py)
            first, fctx = firsts[q.value]
            carry_over(claim, first, (fctx.sentence, fctx.neighbour(-1)), text, q.char_start, outlet)
        elif kind.measure in TOLL_MEASURES:
            firsts[q.value] = (claim, ctx)
        claim.confidence, claim.confidence_reasons = score(claim)
        claims.append(claim)
    sides_from_body(claims)  # "toll passes 119": whose dead, the body's "119 people ... across the city" says
    sides_of_rivals(claims)  # "put the island toll lower, at around 70": the dead of the toll it rivals
    return claims
