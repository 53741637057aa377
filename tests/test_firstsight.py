"""The batch written last and scored once, not yet fitted: tests/data/firstsight.

Each held-out batch is written by someone who has not read extract/ and scored once before any rule is
changed for it; that first score is the honest number for reports nobody has fitted. The batch written at the
end of a session waits here, unfitted, so the next session starts from its first-sight score and its misses
(`counterclaim eval --gold tests/data/firstsight --seeds tests/data/firstsight --format table`). When its rules
are written, its files move to tests/data/heldout and the next batch takes its place.

Batch 36 (h207-h212, written in session 25 by a helper who had not read extract/, scored at main 170d09d): a twelfth
sample of ordinary news in registers none of batches 25-35 used: a museum exhibition text (Sharpeville 1960), a
maritime security advisory (USS Cole 2000), a medical journal case series (Madrid 2004), a parliamentary debate
extract (Bloody Sunday 1972), a shareholder letter (In Amenas 2013), an election-observer report (Nigeria 2011); 66
gold claims. First sight, scored once at 170d09d: f1 0.891 (precision 0.919, recall 0.864), measure 0.965, subject
0.825, side 0.702, location 0.316, event_date 0.509, source 0.789, source_type 0.807, stance 0.754; on session 25's
final rules (written for batches 34 and 35, never shown this batch) f1 0.899 (precision 0.921, recall 0.879). Every
miss and mismatch, with the annotator's calls, is in tests/data/firstsight/README.md. (Batches 34 and 35, fitted in
session 25 to f1 0.985 and 0.965, are in tests/data/heldout now, with FIRST_SIGHT_34.md and FIRST_SIGHT_35.md.)

The floors sit under the final tree's score, to catch a rule elsewhere that undoes what it gets right.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from counterclaim.evaluation import evaluate

FIRSTSIGHT = Path(__file__).parent / "data" / "firstsight"
FLOORS = {"f1": 0.89, "precision": 0.91, "recall": 0.86, "measure": 0.96}  # (batch 36's first sight, session 25)


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
