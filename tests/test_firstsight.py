"""The batch written last and scored once, not yet fitted: tests/data/firstsight.

Each held-out batch is written by someone who has not read extract/ and scored once before any rule is
changed for it; that first score is the honest number for reports nobody has fitted. The batch written at the
end of a session waits here, unfitted, so the next session starts from its first-sight score and its misses
(`counterclaim eval --gold tests/data/firstsight --seeds tests/data/firstsight --format table`). When its rules
are written, its files move to tests/data/heldout and the next batch takes its place.

Batch 34 (h195-h200, written in session 24 by a helper who had not read extract/, from main f5126ff): a tenth
sample of ordinary news in registers none of batches 25-33 used: photo-gallery captions (Tokyo 1995), a human-rights
report chapter (Gujarat 2002), a satellite-imagery brief (Baga 2015), a radio phone-in summary (Los Angeles 1992), a
church appeal letter (Kenya 2008), a sports club statement (Port Said 2012); 69 gold claims. First sight, scored once
at f5126ff: f1 0.913 (precision 1.0, recall 0.841), measure 0.983, subject 0.810, side 0.448, location 0.345,
event_date 0.500, source 0.828, source_type 0.828, stance 0.948; on session 24's final rules (its second round,
written for batch 33, never shown this batch) measure 1.0, every other figure the same. Every miss and mismatch, with the annotator's calls,
is in tests/data/firstsight/README.md. (Batch 33, fitted in session 24 to f1 0.936, is in tests/data/heldout now,
with FIRST_SIGHT_33.md.)

The floors sit under the final tree's score, to catch a rule elsewhere that undoes what it gets right.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from counterclaim.evaluation import evaluate

FIRSTSIGHT = Path(__file__).parent / "data" / "firstsight"
FLOORS = {"f1": 0.91, "precision": 0.99, "recall": 0.84, "measure": 0.98}  # (batch 34's first sight, session 24)


@pytest.fixture(scope="module")
def result() -> dict:
    return evaluate(FIRSTSIGHT, FIRSTSIGHT)


@pytest.mark.parametrize("name", list(FLOORS))
def test_firstsight_floor(result, name):
    value = result[name] if name in ("f1", "precision", "recall") else result["fields"][name]
    assert value >= FLOORS[name], f"{name} {value:.3f} < floor {FLOORS[name]}"


def test_every_gold_claim_is_located(result):
    not_found = [m for d in result["per_document"].values() for m in d["misses"] if not m["located"]]
    assert not_found == []
