"""Two pieces of the writer's doubt that extract/stance.py composes into its own patterns.

- Doubt by missing evidence: "Neither side offers evidence", "no one has produced any proof", "without proof".
  The writer says the claimants gave nothing to back their figures: their figures are `disputed` (GUIDELINES.md,
  "the writer casts doubt"), as "no evidence" and "without evidence" already are.
- Where the doubt stops in its own sentence: "Neither side offers evidence, and our own count for that ambush is 23
  dead": the writer turning to its own count ("…, and our …", "…, but we counted …") after the doubt leaves that
  count undoubted, as a clause after ";" is.
"""

from __future__ import annotations

import re

__all__ = ["EVIDENCE_DOUBT", "EVIDENCE_KEYS", "own_clause_after"]

# An alternative of stance._DOUBT (compiled there with re.I): nobody offers evidence or proof; no proof, without proof.
EVIDENCE_DOUBT = (r"|\b(?:neither|none|no\s+one|nobody|no-one)\b[^.;]{0,40}?\b(?:offers?|offered|gives?|gave|provides?|"
                  r"provided|produces?|produced|presents?|presented|shows?|showed|shown|has\s+given|have\s+given)\s+"
                  r"(?:any\s+)?(?:evidence|proof)\b"
                  r"|\bwithout\s+(?:any\s+)?proof\b|\bno\s+proof\b")
# Every match of EVIDENCE_DOUBT holds one of these (stance.DOUBT_KEYS: the cheap test before the search).
EVIDENCE_KEYS = ("proof",)  # ("evidence" is a key of stance.DOUBT_KEYS already)
# ", and our own coded count …", ", but we counted …", ", while my colleagues saw …": the writer's own clause.
_OWN_CLAUSE = re.compile(r",\s*(?:and|but|while|whereas)\s+(?:our|we|my|I)\b")


def own_clause_after(sentence: str, at: int) -> int:
    """Where a clause of the writer's own opens after sentence[at] (the end of the last doubt), else -1."""
    if "," not in sentence[at:]:
        return -1
    m = _OWN_CLAUSE.search(sentence, at)
    return m.start() if m else -1

