"""The batch written last and scored once, not yet fitted: tests/data/firstsight.

Each held-out batch is written by someone who has not read extract/ and scored once before any rule is
changed for it; that first score is the honest number for reports nobody has fitted. The batch written at the
end of a session waits here, unfitted, so the next session starts from its first-sight score and its misses
(`counterclaim eval --gold tests/data/firstsight --seeds tests/data/firstsight --format table`). When its rules
are written, its files move to tests/data/heldout and the next batch takes its place.

Batch 29 (h165-h170, written in session 18 by a helper who had not read extract/, and kept hidden from every helper
who wrote rules in sessions 18 and 19). A fifth sample of ordinary news, in six registers none of the earlier batches
used: a state news agency's dispatch in translated English (Zahedan), a court report of a verdict (Acteal), an
explainer of several sources' tolls (Bawku), an opinion column on an anniversary (Rabaa), a live blog of one day's
unrest (Almaty), a television website's story (Enga).
First sight, scored once at 399096f: f1 0.907 (precision 0.975, recall 0.848), location 0.436, event_date 0.667,
source 0.628, side 0.782. On session 19's final tree, after the rules written for batch 28 and general news 25 (none
of which it was shown): f1 0.907 (precision 0.975, recall 0.848) again, measure 0.974, subject 0.885, side 0.782,
location 0.423, event_date 0.705, source 0.641, source_type 0.795, stance 0.846, section 0.962: batch 28's rules did
not carry to it. Every miss and mismatch at first sight, by layer, with the annotator's calls, is in
tests/data/firstsight/README.md. The gold-format checks are tests/test_heldout.py's, run over this folder too. (Batch
28 is in tests/data/heldout now, with FIRST_SIGHT_28.md.)

Session 21 wrote batch 29's rules (the lead alone: the helper sessions meant to write them, and the next blind batch,
never ran), so batch 29 is fitted now and no longer a first-sight score. It stays here until a batch 30 written by
someone who has not read extract/ takes its place; then it moves to tests/data/heldout with this folder's README as
FIRST_SIGHT_29.md. On session 21's final tree: f1 1.0 (92 of 92, no false alarm), measure 0.978, subject 0.870, side
0.804, location 0.576, event_date 0.717, source 0.783, source_type 0.859, stance 0.913, section 0.967. Left as its
annotator's calls where the held-out majority differs: "close to 70" is at_most there (two rows), "now say 64" is
dated the published day, "64 men" keep the subject "men", a hospital's town is the place of those it treats.

The floors sit under the final tree's score, to catch a rule elsewhere that undoes what it gets right.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from counterclaim.evaluation import evaluate

FIRSTSIGHT = Path(__file__).parent / "data" / "firstsight"
FLOORS = {"f1": 0.99, "precision": 0.99, "recall": 0.99, "measure": 0.97, "side": 0.79, "location": 0.55,
          "source": 0.72, "stance": 0.88}  # (raised in session 21, after batch 29's rules)


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
