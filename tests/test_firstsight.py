"""The batch written last and scored once, not yet fitted: tests/data/firstsight.

Each held-out batch is written by someone who has not read extract/ and scored once before any rule is
changed for it; that first score is the honest number for reports nobody has fitted. The batch written at the
end of a session waits here, unfitted, so the next session starts from its first-sight score and its misses
(`counterclaim eval --gold tests/data/firstsight --seeds tests/data/firstsight --format table`). When its rules
are written, its files move to tests/data/heldout and the next batch takes its place.

Batch 35 (h201-h206, written in session 25 by a helper who had not read extract/, from main 7b49d30): an eleventh
sample of ordinary news in registers none of batches 25-34 used: a health workers' union statement (Kunduz 2015), a
university alumni obituary notice (Garissa 2015), an embassy consular notice (Luxor 1997), a district council's minutes
(Enniskillen 1987), a memorial roll's foreword (Sabra and Shatila 1982), a school newsletter (Soweto 1976); 73 gold
claims. First sight, scored once at 7b49d30: f1 0.896 (precision 0.984, recall 0.822), measure 0.983, subject 0.667,
side 0.717, location 0.467, event_date 0.517, source 0.783, source_type 0.767, stance 0.817; on the rules of session
25's first round (written for batch 34, never shown this batch) every figure the same. Every miss and mismatch, with
the annotator's calls, is in tests/data/firstsight/README.md. (Batch 34, fitted in session 25 to f1 0.985, is in
tests/data/heldout now, with FIRST_SIGHT_34.md.)

The floors sit under the final tree's score, to catch a rule elsewhere that undoes what it gets right.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from counterclaim.evaluation import evaluate

FIRSTSIGHT = Path(__file__).parent / "data" / "firstsight"
FLOORS = {"f1": 0.89, "precision": 0.98, "recall": 0.82, "measure": 0.98}  # (batch 35's first sight, session 25)


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
