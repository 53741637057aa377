"""The batch written last and scored once, not yet fitted: tests/data/firstsight.

Each held-out batch is written by someone who has not read extract/ and scored once before any rule is
changed for it; that first score is the honest number for reports nobody has fitted. The batch written at the
end of a session waits here, unfitted, so the next session starts from its first-sight score and its misses
(`counterclaim eval --gold tests/data/firstsight --seeds tests/data/firstsight --format table`). When its rules
are written, its files move to tests/data/heldout and the next batch takes its place.

Batch 30 (h171-h176, written at the end of session 21 by a helper who had not read extract/, from main 0faf54a): a
sixth sample of ordinary news in registers none of batches 25-29 used: a parliamentary report (Tivoli Gardens 2010),
an interview Q&A (Jallianwala Bagh 1919), an obituary (Gwangju 1980), a regional paper's local angle (Lahad Datu 2013),
a UN noon-briefing transcript (Antananarivo 2009), a business wire (the Caracazo 1989); 81 gold claims. First sight,
scored once at 0faf54a: f1 0.914 (precision 0.986, recall 0.852), measure 0.957, subject 0.913, side 0.797, location
0.174, event_date 0.435, source 0.667, source_type 0.638, stance 0.681. Every miss and mismatch by layer, with the
annotator's calls, is in tests/data/firstsight/README.md. (Batch 29, fitted in session 21 to f1 1.0, is in
tests/data/heldout now, with FIRST_SIGHT_29.md.)

The floors sit under the final tree's score, to catch a rule elsewhere that undoes what it gets right.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from counterclaim.evaluation import evaluate

FIRSTSIGHT = Path(__file__).parent / "data" / "firstsight"
FLOORS = {"f1": 0.90, "precision": 0.97, "recall": 0.84, "measure": 0.95}  # (batch 30's first sight, session 21)


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
