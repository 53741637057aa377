"""The batch written last and scored once, not yet fitted: tests/data/firstsight.

Each held-out batch is written by someone who has not read extract/ and scored once before any rule is
changed for it; that first score is the honest number for reports nobody has fitted. The batch written at the
end of a session waits here, unfitted, so the next session starts from its first-sight score and its misses
(`counterclaim eval --gold tests/data/firstsight --seeds tests/data/firstsight --format table`). When its rules
are written, its files move to tests/data/heldout and the next batch takes its place.

Batch 32 (h183-h188, written in session 23 by a helper who had not read extract/, from main 6b8e4e2): an eighth
sample of ordinary news in registers none of batches 25-31 used: a press agency's URGENT/UPDATE series (Bali 2002),
a health cluster update (Misrata 2011), an embassy cable-style brief (Oslo and Utoya 2011), a magazine long-read
excerpt (Wounded Knee 1890), a letters page (Tulsa 1921), podcast show notes (Christchurch 2019); 73 gold claims.
First sight, scored once at 6b8e4e2: f1 0.887 (precision 0.913, recall 0.863), measure 1.0, subject 0.746, side
0.667, location 0.191, event_date 0.381, source 0.587, source_type 0.667, stance 0.794, section 0.889. Every miss,
false alarm and mismatch, with the annotator's calls, is in tests/data/firstsight/README.md. On session 23's rules
for batch 31 (never shown it): side 0.682, the rest unchanged. (Batch 31, fitted in session 23 to f1 0.985, is in
tests/data/heldout now, with FIRST_SIGHT_31.md.)

The floors sit under the final tree's score, to catch a rule elsewhere that undoes what it gets right.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from counterclaim.evaluation import evaluate

FIRSTSIGHT = Path(__file__).parent / "data" / "firstsight"
FLOORS = {"f1": 0.88, "precision": 0.91, "recall": 0.86, "measure": 0.99}  # (batch 32's first sight, session 23)


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
