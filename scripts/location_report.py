"""Location accuracy per held-out batch, with the three kinds of error counted.

    .venv/bin/python scripts/location_report.py tests/data/heldout            # per batch
    .venv/bin/python scripts/location_report.py tests/data/heldout --list 1-5 # and each error of batches 1-5

Batches by document number: h01-h24 are batches 1-5 (tune on them), h25-h44 batches 6-8 (validate), h45-h50
batch 9. An error names another place than the gold ("other"), a place where the gold has none ("extra"), or
none where the gold has one ("missing"); places are compared as `counterclaim eval` compares them.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from counterclaim.evaluation import evaluate  # noqa: E402

KINDS = ("other", "extra", "missing")


def batch_of(doc: str) -> str:
    """The batch a held-out document belongs to ("1-5", "6-8", "9"), or "other" for a name without a number."""
    try:
        n = int(doc[1:3])
    except ValueError:
        return "other"
    return "1-5" if n <= 24 else "6-8" if n <= 44 else "9"


def kind_of(gold: str | None, predicted: str | None) -> str:
    """Which kind of location error a mismatch is."""
    return "extra" if gold is None else "missing" if predicted is None else "other"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("folder", type=Path, help="a folder of .txt, .claims.jsonl and metadata.jsonl")
    ap.add_argument("--list", metavar="BATCH", help="also list each error of this batch")
    args = ap.parse_args()
    result = evaluate(args.folder, args.folder)
    rows: dict[str, dict[str, int]] = {}
    errors = []
    for doc, per in sorted(result["per_document"].items()):
        b = batch_of(doc)
        row = rows.setdefault(b, dict.fromkeys(("matched", "right", *KINDS), 0))
        row["matched"] += per["matched"]
        wrong = [m for m in per["mismatches"] if m["field"] == "location"]
        for m in wrong:
            row[kind_of(m["gold"], m["predicted"])] += 1
            errors.append((b, doc, m))
        row["right"] += per["matched"] - len(wrong)
    for b, row in sorted(rows.items()) + [("all", {k: sum(r[k] for r in rows.values()) for k in
                                                   ("matched", "right", *KINDS)})]:
        acc = row["right"] / row["matched"] if row["matched"] else 0.0
        print(f"batch {b:5} location {acc:.4f}  matched {row['matched']:3}  right {row['right']:3}  "
              + "  ".join(f"{k} {row[k]}" for k in KINDS))
    for b, doc, m in errors:
        if args.list and b == args.list:
            print(f"{doc[:16]:16} {kind_of(m['gold'], m['predicted']):7} gold={m['gold']!r} "
                  f"predicted={m['predicted']!r} [{m['number_text']}] {m['quote']}")


if __name__ == "__main__":
    main()
