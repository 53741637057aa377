"""Scoring incident linking against the gold incidents (../shared/gold/incidents.jsonl).

Over every pair of matched gold claims (those the extractor found): is the pair
in one gold incident, and did the linker put the two predicted claims in one
incident? Pair precision, recall and F1 follow (the usual pairwise clustering
scores: they reward getting the big incidents right and are not fooled by
singletons). Only documents that incidents.jsonl names are scored: a claim of a
document nobody annotated for incidents has no gold incident to agree with, and
counting it as "in none" would charge the linker for the annotator's silence. The linker runs on all predicted claims of all seed documents at
once, each with its document's published date and outlet, as the warehouse does.
"""

from __future__ import annotations

import json
from itertools import combinations
from pathlib import Path
from typing import Any

from extract.records import Claim
from warehouse.incidents import link_claims


def load_gold_incidents(gold_dir: Path) -> dict[tuple[str, str], str]:
    """(doc, whitespace-normalised quote) -> gold incident id."""
    path = Path(gold_dir) / "incidents.jsonl"
    out: dict[tuple[str, str], str] = {}
    if not path.exists():
        return out
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            inc = json.loads(line)
            for c in inc["claims"]:
                out[(c["doc"], _ws(c["quote"]))] = inc["incident"]
    return out


def predicted_incidents(predicted: dict[str, list[Claim]], meta: dict[str, dict]) -> dict[int, str | None]:
    """id(claim) -> incident id, linking all documents' claims together."""
    claims: list[Claim] = []
    records: list[dict[str, Any]] = []
    for doc in sorted(predicted):
        row = meta.get(doc) or {}
        for c in predicted[doc]:
            r = c.to_dict()
            r.update(doc_id=doc, claim_id=f"{doc}:{c.char_start}:{c.char_end}:{c.measure}",
                     published=row.get("published"), outlet=row.get("outlet"))
            records.append(r)
            claims.append(c)
    ids = link_claims(records)
    return {id(c): iid for c, iid in zip(claims, ids)}


def score_incidents(gold_dir: Path, matches: list[tuple[dict, Claim]], predicted: dict[str, list[Claim]],
                    meta: dict[str, dict]) -> dict[str, float]:
    """Pair precision, recall and F1 of incident linking over the matched gold claims."""
    gold_of = load_gold_incidents(gold_dir)
    annotated = {doc for doc, _ in gold_of}
    pred_of = predicted_incidents(predicted, meta)
    items = [(gold_of.get((g["doc"], _ws(g["quote"]))), pred_of.get(id(c)))
             for g, c in matches if g["doc"] in annotated]
    tp = fp = fn = 0
    for (g1, p1), (g2, p2) in combinations(items, 2):
        same_gold = g1 is not None and g1 == g2
        same_pred = p1 is not None and p1 == p2
        tp += same_gold and same_pred
        fp += same_pred and not same_gold
        fn += same_gold and not same_pred
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"pair_precision": round(p, 4), "pair_recall": round(r, 4), "pair_f1": round(f, 4)}


def _ws(s: str) -> str:
    return " ".join(s.split())
