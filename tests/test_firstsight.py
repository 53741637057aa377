"""The batch written last and scored once, not yet fitted: tests/data/firstsight.

Each held-out batch is written by someone who has not read extract/ and scored once before any rule is
changed for it; that first score is the honest number for reports nobody has fitted. The batch written at the
end of a session waits here, unfitted, so the next session starts from its first-sight score and its misses
(`counterclaim eval --gold tests/data/firstsight --seeds tests/data/firstsight --format table`). When its rules
are written, its files move to tests/data/heldout and the next batch takes its place.

Batch 33 (h189-h194, written in session 24 by a helper who had not read extract/, from main 16215e1): a ninth
sample of ordinary news in registers none of batches 25-32 used: a coroner's inquest report (London 2005), a
government travel advisory (Sousse and Bardo 2015), a TV headlines digest (Bologna 1980), a parish newsletter memorial
(Lockerbie 1988), a wiki-style timeline with an infobox (Omagh 1998), a press-conference transcript (Oklahoma City
1995); 66 gold claims. First sight, scored once at 16215e1: f1 0.872 (precision 1.0, recall 0.773), measure 1.0,
subject 0.863, side 0.726, location 0.235, event_date 0.686, source 0.726, source_type 0.784, stance 0.784, section
1.0. Every miss and mismatch, with the annotator's calls, is in tests/data/firstsight/README.md. On session 24's rules
(written for batch 32; never shown this batch): every figure the same. (Batch 32, fitted in session 24 to f1 0.980, is in
tests/data/heldout now, with FIRST_SIGHT_32.md.)

The floors sit under the final tree's score, to catch a rule elsewhere that undoes what it gets right.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from counterclaim.evaluation import evaluate

FIRSTSIGHT = Path(__file__).parent / "data" / "firstsight"
FLOORS = {"f1": 0.87, "precision": 0.99, "recall": 0.77, "measure": 0.99}  # (batch 33's first sight, session 24)


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
