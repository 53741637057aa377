"""The batch written last and scored once, not yet fitted: tests/data/firstsight.

Each held-out batch is written by someone who has not read extract/ and scored once before any rule is
changed for it; that first score is the honest number for reports nobody has fitted. The batch written at the
end of a session waits here, unfitted, so the next session starts from its first-sight score and its misses
(`counterclaim eval --gold tests/data/firstsight --seeds tests/data/firstsight --format table`). When its rules
are written, its files move to tests/data/heldout and the next batch takes its place.

Batch 31 (h177-h182, written in session 22 by a helper who had not read extract/, from main e01824b): a seventh
sample of ordinary news in registers none of batches 25-30 used: a morning newsletter (Mumbai 2008), an evening-news
TV transcript (Marikana 2012), a book review (Peterloo 1819), a corrections column (Ponce 1937), a reporter's
notebook (Novocherkassk 1962), a wire chronology factbox (Ludlow 1914); 68 gold claims. First sight, scored once at
e01824b: f1 0.929 (precision 1.0, recall 0.868), measure 0.949, subject 0.712, side 0.525, location 0.288,
event_date 0.390, source 0.627, source_type 0.525, stance 0.797. Every miss and mismatch by layer, with the
annotator's calls, is in tests/data/firstsight/README.md. On session 22's rules for batch 30 (never shown it): side
0.661, source 0.644, source_type 0.542, stance 0.814, the rest unchanged. (Batch 30, fitted in session 22 to f1
0.955, is in tests/data/heldout now, with FIRST_SIGHT_30.md.)

The floors sit under the final tree's score, to catch a rule elsewhere that undoes what it gets right.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from counterclaim.evaluation import evaluate

FIRSTSIGHT = Path(__file__).parent / "data" / "firstsight"
FLOORS = {"f1": 0.92, "precision": 0.99, "recall": 0.86, "measure": 0.94}  # (batch 31's first sight, session 22)


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
