"""The batch written last and scored once, not yet fitted: tests/data/firstsight.

Each held-out batch is written by someone who has not read extract/ and scored once before any rule is
changed for it; that first score is the honest number for reports nobody has fitted. The batch written at the
end of a session waits here, unfitted, so the next session starts from its first-sight score and its misses
(`counterclaim eval --gold tests/data/firstsight --seeds tests/data/firstsight --format table`). When its rules
are written, its files move to tests/data/heldout and the next batch takes its place.

Batch 37 (h213-h218, written in session 26 by a helper who had not read extract/, scored at main f1ba304): a
thirteenth sample of ordinary news in registers none of batches 25-36 used: an airport operator's statement (Istanbul
Atatürk 2016), a ship's log extract (the Gaza flotilla 2010), a police press office log (Manchester Arena 2017), a
local history society's talk report (Coventry 1940), a book's back-cover blurb (My Lai 1968), an NGO's field-trip
blog (Bojayá 2002); 66 gold claims. First sight, scored once at f1ba304: f1 0.889 (precision 0.870, recall 0.909),
measure 0.983, subject 0.600, side 0.767, location 0.283, event_date 0.450, source 0.767, source_type 0.833, stance
0.833; on the rules of session 26's first round (written for batch 36, never shown this batch) every figure the same.
Every miss and mismatch, with the annotator's calls, is in tests/data/firstsight/README.md. (Batch 36, fitted in
session 26, is in tests/data/heldout now, with FIRST_SIGHT_36.md.)

The floors sit under the final tree's score, to catch a rule elsewhere that undoes what it gets right.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from counterclaim.evaluation import evaluate

FIRSTSIGHT = Path(__file__).parent / "data" / "firstsight"
FLOORS = {"f1": 0.88, "precision": 0.86, "recall": 0.90, "measure": 0.98}  # (batch 37's first sight, session 26)


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
