"""The batch written last and scored once, not yet fitted: tests/data/firstsight.

Each held-out batch is written by someone who has not read extract/ and scored once before any rule is
changed for it; that first score is the honest number for reports nobody has fitted. The batch written at the
end of a session waits here, unfitted, so the next session starts from its first-sight score and its misses
(`counterclaim eval --gold tests/data/firstsight --seeds tests/data/firstsight --format table`). When its rules
are written, its files move to tests/data/heldout and the next batch takes its place.

Batch 39 (h225-h230, written in session 27 by a helper who had not read extract/, scored at main 73f08ef): a
fifteenth sample, half of it in the plainest register of the hidden data: a wire agency update (the Ankara peace-rally
bombing 2015), a regional daily's report (the Alamdar Road bombings in Quetta 2013), a broadcaster's website story
(the Dhaka cafe siege 2016), and three registers none of batches 25-38 used: an editorial (the Jolo cathedral
bombing 2019), an "On this day" column (the Beirut barracks bombing 1983, the Moscow theatre siege 2002), a State
Department official's prepared statement to a Senate subcommittee (the 1998 embassy bombings); 73 gold claims. First
sight, scored once at 73f08ef: f1 0.972 (precision 0.986, recall 0.959), measure 1.0, subject 0.714, side 0.771,
location 0.443, event_date 0.557, source 0.914, source_type 0.914, stance 0.943, section 0.829; session 27's first
round of rules (written for batch 38, never shown this batch) moved none of its figures. Every miss and mismatch,
with the annotator's calls, is in tests/data/firstsight/README.md. (Batch 38, fitted in session 27's first round from
f1 0.899 to 0.974, is in tests/data/heldout now, with FIRST_SIGHT_38.md.)

The floors sit under the final tree's score, to catch a rule elsewhere that undoes what it gets right.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from counterclaim.evaluation import evaluate

FIRSTSIGHT = Path(__file__).parent / "data" / "firstsight"
FLOORS = {"f1": 0.96, "precision": 0.98, "recall": 0.95, "measure": 0.99}  # (batch 39's first sight, session 27)


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
