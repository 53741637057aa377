"""The batch written last and scored once, not yet fitted: tests/data/firstsight.

Each held-out batch is written by someone who has not read extract/ and scored once before any rule is
changed for it; that first score is the honest number for reports nobody has fitted. The batch written at the
end of a session waits here, unfitted, so the next session starts from its first-sight score and its misses
(`counterclaim eval --gold tests/data/firstsight --seeds tests/data/firstsight --format table`). When its rules
are written, its files move to tests/data/heldout and the next batch takes its place.

Batch 28 (h159-h164, written in session 16 by a helper who had not read extract/, and kept hidden from every helper
who wrote rules in sessions 16 to 18). A fourth sample of ordinary news, in six registers: a wire story's update on
Metekel (Ethiopia, 2020), a Nigerian daily on Zamfara (2022), a broadcaster's follow-up on a Bajaur bombing (2023), a
rights group's press release on Abyei (2022), a short brief on an ambush in Samar (2021), a long feature on Kibeho
(1995) a month on.
First sight, scored once at 4f73928: f1 0.932 (precision 0.976, recall 0.891), measure 0.976, subject 0.781, side
0.915, location 0.329, event_date 0.537, source 0.683, source_type 0.805, stance 0.805. On session 18's final tree,
after the rules written for batches 26 and 27 and general news 24 (none of which it was shown): f1 0.937 (precision
0.988: the false alarm of an age after a surname spelt like a month is gone), the same 82 claims found, location
0.341, event_date 0.524, source 0.671, stance 0.793, every other field the same. Every miss and mismatch at first
sight, by layer, with the annotator's calls, is in tests/data/firstsight/README.md. The gold-format checks are
tests/test_heldout.py's, run over this folder too. (Batch 27 is in tests/data/heldout now, with FIRST_SIGHT_27.md.)

The floors sit under the final tree's score, to catch a rule elsewhere that undoes what it gets right.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from counterclaim.evaluation import evaluate

FIRSTSIGHT = Path(__file__).parent / "data" / "firstsight"
FLOORS = {"f1": 0.93, "precision": 0.98, "recall": 0.885, "measure": 0.97}


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
