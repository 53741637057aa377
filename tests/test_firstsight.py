"""The batch written last and scored once, not yet fitted: tests/data/firstsight.

Each held-out batch is written by someone who has not read extract/ and scored once before any rule is
changed for it; that first score is the honest number for reports nobody has fitted. The batch written at the
end of a session waits here, unfitted, so the next session starts from its first-sight score and its misses
(`counterclaim eval --gold tests/data/firstsight --seeds tests/data/firstsight --format table`). When its rules
are written, its files move to tests/data/heldout and the next batch takes its place.

Batch 18 (h99-h104, written in session 7 by a helper who had not read extract/, and kept from every helper
who wrote rules that session): a wire "key developments" summary on Lesotho 1998, a local paper's obituary
column on the Pilkhana mutiny 2009, an army press conference on the Galwan clash 2020, an evacuation report on
Honiara 2000, a rights commission's annual-report chapter on the Conakry stadium 2009, a prosecutor's indictment
on the Vic bombing 1991. First sight, scored once at a914628 (the session's start and general news 12's rules):
f1 0.849 (precision 0.949, recall 0.767), measure 0.821, subject 0.679, side 0.714, location 0.214, event_date
0.482, source 0.786, stance 0.786. On the session's final tree, after every rule written that session for
batches 16 and 17 (which it was not shown), f1 0.857 (precision 0.95, recall 0.781), location 0.298,
event_date 0.491: the rules for other batches reached it only through places and dates. Every miss and
mismatch, by layer, with the annotator's calls, is in tests/data/firstsight/README.md. The gold-format checks
are tests/test_heldout.py's, run over this folder too. (Batches 16 and 17 are in tests/data/heldout now, with
FIRST_SIGHT_16.md and FIRST_SIGHT_17.md.)

The floors sit under the final tree's score, to catch a rule elsewhere that undoes what it gets right.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from counterclaim.evaluation import evaluate

FIRSTSIGHT = Path(__file__).parent / "data" / "firstsight"
FLOORS = {"f1": 0.83, "precision": 0.93, "recall": 0.75, "measure": 0.80}


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
