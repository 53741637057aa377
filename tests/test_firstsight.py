"""The batch written last and scored once, not yet fitted: tests/data/firstsight.

Each held-out batch is written by someone who has not read extract/ and scored once before any rule is
changed for it; that first score is the honest number for reports nobody has fitted. The batch written at the
end of a session waits here, unfitted, so the next session starts from its first-sight score and its misses
(`counterclaim eval --gold tests/data/firstsight --seeds tests/data/firstsight --format table`). When its rules
are written, its files move to tests/data/heldout and the next batch takes its place.

Batch 40 (h231-h236, written in session 27 by a helper who had not read extract/, scored at main dccce0a): a
sixteenth sample, half of it plain news: a wire story with UPDATE lines (the Sharm el-Sheikh bombings 2005), a
national daily's bylined report (the Casablanca bombings 2003), a local TV station's website article (the Fort Hood
shooting 2009), and three registers none of batches 25-39 used: a humanitarian flash appeal with a money table
(Jonglei, Pibor 2012), an African Union panel's peace-talks communique (Heglig 2012), the printed programme of a
commemoration (Kent State 1970); 80 gold claims. First sight, scored once at dccce0a: f1 0.871 (precision 0.955,
recall 0.800), measure 1.0, subject 0.719, side 0.641, location 0.547, event_date 0.703, source 0.859, source_type
0.875, stance 0.844, section 1.0. On session 27's final rules (written for batches 38 and 39) every figure is the
same. In between, a rule of the first round (the day a figure was given is no event's day, extract/dateends.py) had
undated two tolls of an UPDATE entry given on the attack's own day (event_date 0.672); the lead saw it at the
rotation and a third-round helper, told the shape of the case but not shown the batch, made an update telling the
toll on the attack's own day keep that day (extract/dateupdates.py), which gave them back. Every miss and mismatch, with the annotator's calls, is in
tests/data/firstsight/README.md. (Batches 38 and 39, fitted in session 27 to f1 0.974 and 0.993, are in
tests/data/heldout now, with FIRST_SIGHT_38.md and FIRST_SIGHT_39.md.)

The floors sit under the final tree's score, to catch a rule elsewhere that undoes what it gets right.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from counterclaim.evaluation import evaluate

FIRSTSIGHT = Path(__file__).parent / "data" / "firstsight"
FLOORS = {"f1": 0.86, "precision": 0.95, "recall": 0.79, "measure": 0.99}  # (batch 40's first sight, session 27)


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
