"""extract/confidence.py's score, worked out once per combination of its four fields and their weights
(_scored, cached), is what the score was before (the long way below), for every combination of the
vocabularies and for values outside them; and the cached sum is the sum worked out afresh, for any weights."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from extract import confidence
from extract.confidence import _QUALIFIER_WORDS, UNKNOWN_SOURCE_TYPE_BASE, WEIGHTS, _signed
from extract.records import Claim
from extract.vocab import QUALIFIERS, SECTIONS, SOURCE_TYPES, STANCES


def _score_long_way(claim: Claim) -> tuple[float, list[str]]:
    """score as first written: every weight looked up and every reason formatted for each claim."""
    st = claim.source_type or "unknown"
    base = WEIGHTS["source_type"].get(st, UNKNOWN_SOURCE_TYPE_BASE)
    reasons = [f"source type {st}: {base:.2f}"]
    value = base
    stance = claim.stance or ""
    delta = WEIGHTS["stance"].get(stance, 0.0)
    if delta:
        value += delta
        reasons.append(f"stance {stance}: {_signed(delta)}")
    qualifier = claim.qualifier or ""
    delta = WEIGHTS["qualifier"].get(qualifier, 0.0)
    if delta:
        value += delta
        reasons.append(f"{_QUALIFIER_WORDS.get(qualifier, qualifier)}: {_signed(delta)}")
    section = claim.section or "body"
    factor = WEIGHTS["section"].get(section, 1.0)
    if factor != 1.0:
        value *= factor
        reasons.append(f"section {section}: ×{factor:g}")
    value = min(1.0, max(0.0, value))
    return round(value, 3), reasons


def _claim(source_type: str | None, stance: str | None, qualifier: str | None, section: str | None) -> Claim:
    return Claim(number_text="12", low=12, high=12, best=12, qualifier=qualifier, unit="count", measure="killed",
                 subject="people", side="civilian", event_words=[], char_start=0, char_end=2, sentence="12 killed.",
                 section=section, source=None, source_type=source_type, stance=stance)


def _values(vocabulary) -> st.SearchStrategy:
    return st.sampled_from([*sorted(vocabulary), None, ""]) | st.text(max_size=8)


@settings(max_examples=300, deadline=None)
@given(_values(SOURCE_TYPES), _values(STANCES), _values(QUALIFIERS), _values(SECTIONS))
def test_score_is_the_long_way(source_type, stance, qualifier, section) -> None:
    claim = _claim(source_type, stance, qualifier, section)
    assert confidence.score(claim) == _score_long_way(claim)
    assert confidence.score(claim) == _score_long_way(claim)  # (the second time from the cache)


def test_every_combination_of_the_vocabularies_scores_as_the_long_way() -> None:
    for source_type in [*SOURCE_TYPES, None]:
        for stance in [*STANCES, None]:
            for qualifier in [*QUALIFIERS, None]:
                for section in [*SECTIONS, None]:
                    claim = _claim(source_type, stance, qualifier, section)
                    assert confidence.score(claim) == _score_long_way(claim)


_WEIGHT = st.sampled_from([0.0, -0.0, 0, 1, 1.0, True, False]) | st.floats(-2, 2)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(["source_type", "stance", "qualifier", "section"]),
                          st.sampled_from([*SOURCE_TYPES, *STANCES, *QUALIFIERS, *SECTIONS, "unknown", ""]), _WEIGHT),
                max_size=3),
       _values(SOURCE_TYPES), _values(STANCES), _values(QUALIFIERS), _values(SECTIONS))
def test_score_after_edits_of_weights_is_the_long_way(edits, source_type, stance, qualifier, section) -> None:
    """Weights edited at run time (signed zeros, ints and bools among them) count at once, as in the long way."""
    claim = _claim(source_type, stance, qualifier, section)
    saved = {table: dict(WEIGHTS[table]) for table in WEIGHTS}
    try:
        for table, key, weight in edits:
            WEIGHTS[table][key] = weight
            assert confidence.score(claim) == _score_long_way(claim)
            assert confidence.score(claim) == _score_long_way(claim)
    finally:
        for table, kept in saved.items():
            WEIGHTS[table].clear()
            WEIGHTS[table].update(kept)
    assert confidence.score(claim) == _score_long_way(claim)


def test_each_claim_gets_its_own_reasons() -> None:
    """A caller may append to a claim's reasons without changing another claim's."""
    a = confidence.score(_claim("monitor", "confirmed", "approx", "comment"))
    b = confidence.score(_claim("monitor", "confirmed", "approx", "comment"))
    a[1].append("edited")
    assert "edited" not in b[1]
    assert b[1] == ["source type monitor: 0.80", "stance confirmed: +0.10", "approximate count: −0.05",
                    "section comment: ×0.5"]
