"""The batch written last and scored once, not yet fitted: tests/data/firstsight.

Each held-out batch is written by someone who has not read extract/ and scored once before any rule is
changed for it; that first score is the honest number for reports nobody has fitted. The batch written at the
end of a session waits here, unfitted, so the next session starts from its first-sight score and its misses
(`counterclaim eval --gold tests/data/firstsight --seeds tests/data/firstsight --format table`). When its rules
are written, its files move to tests/data/heldout and the next batch takes its place.

Batch 38 (h219-h224, written in session 26 by a helper who had not read extract/, scored at main e14d422): a
fourteenth sample of ordinary news in registers none of batches 25-37 used: a school history textbook extract (Entebbe
1976), a summary of a court's sentencing remarks (Paris, 13 November 2015), a veterans' association newsletter (Long
Tan 1966), a UN Security Council press statement (Westgate 2013), a newspaper's corrections column (Air India Flight
182, 1985), a think-tank conflict tracker entry (Sri Lanka's Easter bombings 2019); 78 gold claims. First sight,
scored once at e14d422: f1 0.899 (precision 0.944, recall 0.859), measure 0.955, subject 0.702, side 0.627, location
0.358, event_date 0.567, source 0.702, source_type 0.687, stance 0.731, section 0.970; on session 26's final rules
(written for batches 36 and 37, never shown this batch) every figure the same but subject (0.716). Every miss and
mismatch, with the annotator's calls, is in tests/data/firstsight/README.md. (Batches 36 and 37, fitted in session 26
to f1 0.977 each, are in tests/data/heldout now, with FIRST_SIGHT_36.md and FIRST_SIGHT_37.md.)

The floors sit under the final tree's score, to catch a rule elsewhere that undoes what it gets right.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from counterclaim.evaluation import evaluate

FIRSTSIGHT = Path(__file__).parent / "data" / "firstsight"
FLOORS = {"f1": 0.89, "precision": 0.94, "recall": 0.85, "measure": 0.95}  # (batch 38's first sight, session 26)


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
