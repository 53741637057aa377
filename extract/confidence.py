"""Confidence of a claim: a number in [0, 1] with the reasons behind it.

The weights are the table WEIGHTS below, the one place they live; the README
("Confidence") documents them. Start from the source type's base, add the
stance's adjustment, add the qualifier's, then multiply by the section's
factor; clip to [0, 1]. Each step that changes the score leaves a short
reason ("source type monitor: 0.80", "stance confirmed: +0.10",
"vague count: −0.10", "section comment: ×0.5"), so a researcher can see why
a number ranks where it does and disagree with a single weight.
"""

from __future__ import annotations

from functools import lru_cache

from extract.records import Claim

WEIGHTS: dict[str, dict[str, float]] = {
    # Base trust by who speaks: groups that document names rank above
    # unnamed activists, above partisan outlets, above reader comments.
    "source_type": {
        "monitor": 0.80,
        "wire_or_outlet": 0.70,
        "official": 0.60,
        "publication": 0.60,
        "activists": 0.50,
        "state_media": 0.45,
        "armed_group": 0.40,
        "partisan_media": 0.35,
        "social_media": 0.30,
        "reader_comment": 0.20,
    },
    # Added for how it is said.
    "stance": {
        "confirmed": +0.10,
        "asserted": 0.00,
        "claimed": -0.05,
        "disputed": -0.20,
    },
    # Added for how precise the number is.
    "qualifier": {
        "exact": 0.00,
        "range": -0.02,
        "at_least": -0.03,
        "at_most": -0.03,
        "approx": -0.05,
        "vague": -0.10,
    },
    # Multiplies the sum, for where in the report the number sits.
    "section": {
        "body": 1.0,
        "update": 1.0,
        "excerpt": 0.95,
        "headline": 0.9,
        "comment": 0.5,
    },
}

# Base for a claim whose source type is missing or not in the table.
UNKNOWN_SOURCE_TYPE_BASE = 0.30

# How each qualifier reads in a reason.
_QUALIFIER_WORDS: dict[str, str] = {
    "range": "range",
    "at_least": "lower bound",
    "at_most": "upper bound",
    "approx": "approximate count",
    "vague": "vague count",
}


def score(claim: Claim) -> tuple[float, list[str]]:
    """The claim's confidence and the human-readable reasons for it.

    What it adds up depends on four fields with a few values each and on their weights, read from WEIGHTS at
    each call (so an edit of a weight counts at once); the sum and its reasons are worked out once per
    combination of those (_scored), and each claim gets its own copy of the reasons."""
    weights = WEIGHTS
    st = claim.source_type or "unknown"
    stance = claim.stance or ""
    qualifier = claim.qualifier or ""
    section = claim.section or "body"
    base = weights["source_type"].get(st, UNKNOWN_SOURCE_TYPE_BASE)
    factor = weights["section"].get(section, 1.0)
    # (a base or factor of 0 is worked out afresh: the cache takes 0.0 and -0.0 for one key, and they print apart)
    value, reasons = (_scored if base and factor else _sum_and_reasons)(
        st, base, stance, weights["stance"].get(stance, 0.0), qualifier, weights["qualifier"].get(qualifier, 0.0),
        section, factor)
    return value, list(reasons)


def _sum_and_reasons(st: str, base: float, stance: str, stance_delta: float, qualifier: str,
                     qualifier_delta: float, section: str, factor: float) -> tuple[float, tuple[str, ...]]:
    """The confidence from the source type's base, the stance's and the qualifier's deltas and the section's
    factor, and its reasons (a tuple: _scored shares it between the claims of one combination)."""
    reasons = [f"source type {st}: {base:.2f}"]
    value = base
    if stance_delta:
        value += stance_delta
        reasons.append(f"stance {stance}: {_signed(stance_delta)}")
    if qualifier_delta:
        value += qualifier_delta
        reasons.append(f"{_QUALIFIER_WORDS.get(qualifier, qualifier)}: {_signed(qualifier_delta)}")
    if factor != 1.0:
        value *= factor
        reasons.append(f"section {section}: ×{factor:g}")
    value = min(1.0, max(0.0, value))
    return round(value, 3), tuple(reasons)


# ~1,200 combinations of the vocabularies; typed: a weight of True, 1 or 1.0 is a key of its own
_scored = lru_cache(maxsize=2048, typed=True)(_sum_and_reasons)


def _signed(delta: float) -> str:
    return f"+{delta:.2f}" if delta > 0 else f"−{abs(delta):.2f}"
