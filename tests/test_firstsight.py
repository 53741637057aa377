"""The batch written last and scored once, not yet fitted: tests/data/firstsight.

Each held-out batch is written by someone who has not read extract/ and scored once before any rule is
changed for it; that first score is the honest number for reports nobody has fitted. The batch written at the
end of a session waits here, unfitted, so the next session starts from its first-sight score and its misses
(`counterclaim eval --gold tests/data/firstsight --seeds tests/data/firstsight --format table`). When its rules
are written, its files move to tests/data/heldout and the next batch takes its place.

Batch 27 (h153-h158, written in session 15 by a helper who had not read extract/, and kept hidden from every helper
who wrote rules in sessions 15 and 16). A third sample of ordinary news, in six registers not used by batches 25-26: a
radio bulletin's transcript on Nahr al-Bared (2007), a Nigerian Army press release on Imo State (2022), a weekly
round-up of separate incidents in central Mozambique (2016), an anniversary feature on the Walisongo massacre in Poso
(2000), a fact-check of a viral toll for Ben Gardane (2016), a Kenyan regional daily on the Tana Delta clashes (2012).
First sight, scored once at 60c6a41: f1 0.892 (precision 1.0, recall 0.804), measure 0.878, subject 0.851, side
0.824, location 0.230, event_date 0.514, source 0.716, source_type 0.811, stance 0.892. On session 16's final tree,
after the rules written for batches 25 and 26 (none of which it was shown): the same 74 claims found, side 0.811, every
other field the same: those rules did not carry to these registers. Every miss and mismatch at first sight, by layer,
with the annotator's calls, is in tests/data/firstsight/README.md. The gold-format checks are tests/test_heldout.py's,
run over this folder too. (Batch 26 is in tests/data/heldout now, with FIRST_SIGHT_26.md.)

The floors sit under the final tree's score, to catch a rule elsewhere that undoes what it gets right.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from counterclaim.evaluation import evaluate

FIRSTSIGHT = Path(__file__).parent / "data" / "firstsight"
FLOORS = {"f1": 0.88, "precision": 0.98, "recall": 0.79, "measure": 0.865}


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
