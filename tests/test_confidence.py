"""Confidence: the ordering a researcher relies on, and readable reasons."""

from __future__ import annotations

from dataclasses import replace

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from extract.confidence import WEIGHTS, score
from extract.records import Claim
from extract.vocab import QUALIFIERS, SECTIONS, SOURCE_TYPES, STANCES


def claim(**fields) -> Claim:
    base = dict(
        number_text="64", low=64.0, high=64.0, best=64.0, qualifier="exact", unit="count", measure="killed",
        subject="people", side="civilian", char_start=0, char_end=2, sentence="64 people were killed.",
        section="body", source="Somebody", source_type="monitor", stance="confirmed",
    )
    base.update(fields)
    return Claim(**base)


def test_monitor_confirmed_beats_partisan_claimed_beats_unnamed_reader_comment():
    monitor = score(claim(source="Violations Documentation Center", source_type="monitor", stance="confirmed"))[0]
    partisan = score(claim(source="Pro-government accounts", source_type="partisan_media", stance="claimed"))[0]
    reader = score(claim(source="reader comment", source_type="reader_comment", stance="asserted", section="comment"))[0]
    assert monitor > partisan > reader


def test_disputed_is_lower_than_the_same_claim_undisputed():
    claimed = claim(source_type="state_media", stance="claimed")
    assert score(replace(claimed, stance="disputed"))[0] < score(claimed)[0]


def test_reasons_are_readable():
    value, reasons = score(claim(source_type="monitor", stance="confirmed", qualifier="vague", section="comment"))
    assert reasons == ["source type monitor: 0.80", "stance confirmed: +0.10", "vague count: −0.10", "section comment: ×0.5"]
    assert value == round((0.80 + 0.10 - 0.10) * 0.5, 3)


def test_neutral_steps_leave_no_reason():
    value, reasons = score(claim(source_type="publication", stance="asserted", qualifier="exact", section="body"))
    assert reasons == ["source type publication: 0.60"]
    assert value == 0.6


def test_unknown_source_type_gets_the_fallback_base():
    value, reasons = score(claim(source_type=None, stance="asserted"))
    assert reasons[0].startswith("source type unknown:")
    assert 0.0 <= value <= 1.0


def test_weights_cover_every_vocabulary_value():
    assert set(WEIGHTS["source_type"]) == set(SOURCE_TYPES)
    assert set(WEIGHTS["stance"]) == set(STANCES)
    assert set(WEIGHTS["qualifier"]) == set(QUALIFIERS)
    assert set(WEIGHTS["section"]) == set(SECTIONS)


fields = st.fixed_dictionaries({
    "source_type": st.sampled_from(sorted(SOURCE_TYPES)),
    "stance": st.sampled_from(sorted(STANCES)),
    "qualifier": st.sampled_from(sorted(QUALIFIERS)),
    "section": st.sampled_from(sorted(SECTIONS)),
})


@settings(max_examples=150, deadline=None)
@given(fields)
def test_score_is_in_range_with_a_reason_for_the_source(f):
    value, reasons = score(claim(**f))
    assert 0.0 <= value <= 1.0
    assert reasons and reasons[0].startswith(f"source type {f['source_type']}:")


@settings(max_examples=150, deadline=None)
@given(fields)
def test_disputing_always_lowers_the_score(f):
    if f["stance"] == "disputed":
        return
    assert score(claim(**{**f, "stance": "disputed"}))[0] < score(claim(**f))[0]


@settings(max_examples=150, deadline=None)
@given(fields)
def test_moving_to_the_comments_never_raises_the_score(f):
    assert score(claim(**{**f, "section": "comment"}))[0] <= score(claim(**f))[0]


@settings(max_examples=150, deadline=None)
@given(fields)
def test_a_vaguer_number_never_scores_higher(f):
    assert score(claim(**{**f, "qualifier": "vague"}))[0] <= score(claim(**{**f, "qualifier": "exact"}))[0]


# --------------------------------------------------------------------------- weights edited at run time


def _expected_value(claim: Claim) -> float:
    """The confidence the weights promise, as the README states it: (base + stance + qualifier) × section,
    clamped to [0, 1] and rounded to 3 places, with WEIGHTS read afresh on every call."""
    from extract.confidence import UNKNOWN_SOURCE_TYPE_BASE

    base = WEIGHTS["source_type"].get(claim.source_type or "unknown", UNKNOWN_SOURCE_TYPE_BASE)
    deltas = WEIGHTS["stance"].get(claim.stance or "", 0.0) + WEIGHTS["qualifier"].get(claim.qualifier or "", 0.0)
    factor = WEIGHTS["section"].get(claim.section or "body", 1.0)
    return round(min(1.0, max(0.0, (base + deltas) * factor)), 3)


def _reason_tables(reasons: list[str]) -> set[str]:
    """Which weight tables the reasons speak of ("source type ...", "stance ...", "section ...", a qualifier)."""
    out = set()
    for r in reasons:
        out.add("source_type" if r.startswith("source type ") else "stance" if r.startswith("stance ")
                else "section" if r.startswith("section ") else "qualifier")
    return out


def _check(c: Claim) -> None:
    value, reasons = score(c)
    assert value == pytest.approx(_expected_value(c), abs=1.5e-3)
    want = {"source_type"}
    if WEIGHTS["stance"].get(c.stance or "", 0.0):
        want.add("stance")
    if WEIGHTS["qualifier"].get(c.qualifier or "", 0.0):
        want.add("qualifier")
    if WEIGHTS["section"].get(c.section or "body", 1.0) != 1.0:
        want.add("section")
    assert _reason_tables(reasons) == want, reasons


_WEIGHT = st.one_of(st.sampled_from([0.0, -0.0, 1, 0, True]), st.floats(-2, 2, allow_nan=False))


@settings(max_examples=150, deadline=None)
@given(
    source_type=st.sampled_from([*SOURCE_TYPES, None, "made_up"]),
    stance=st.sampled_from([*STANCES, None]),
    qualifier=st.sampled_from([*QUALIFIERS, ""]),
    section=st.sampled_from([*SECTIONS, None]),
    table=st.sampled_from(["source_type", "stance", "qualifier", "section"]),
    weight=_WEIGHT,
)
def test_score_follows_edits_of_weights(source_type, stance, qualifier, section, table, weight):
    """score() gives what the weights promise, with a reason for each weight that moved it, before and after a
    weight of WEIGHTS is edited at run time."""
    c = claim(source_type=source_type, stance=stance, qualifier=qualifier, section=section)
    _check(c)
    key = {"source_type": source_type, "stance": stance, "qualifier": qualifier, "section": section}[table]
    key = key or {"source_type": "unknown", "section": "body"}.get(table, "")
    had, old = key in WEIGHTS[table], WEIGHTS[table].get(key)
    WEIGHTS[table][key] = weight
    try:
        _check(c)
    finally:
        if had:
            WEIGHTS[table][key] = old
        else:
            del WEIGHTS[table][key]
    _check(c)
