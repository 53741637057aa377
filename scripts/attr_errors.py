"""List every matched claim whose source, source_type or stance differs from the gold, grouped by a rough cause.

Usage (from the clone root):
    .venv/bin/python scripts/attr_errors.py tests/data/heldout [tests/data/firstsight ...] [--json] [--field F]

For each gold/seeds folder, the documents are extracted and matched as `counterclaim eval` does (sources compared
through `canonical_source`); each mismatch is printed with its document, number, field, gold vs got (all three
attribution fields shown) and the claim's sentence, under a group named for the field and its likely cause. The
groups are a first sort for a developer, not a diagnosis.
"""

from __future__ import annotations

import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from counterclaim.evaluation import (  # noqa: E402
    _canonicalisers, _published, load_gold, load_meta, locate, match_spans, same_value)
from extract import extract_claims  # noqa: E402
from errorgroups import print_rows  # noqa: E402  (scripts/errorgroups.py, beside this file)

FIELDS = ("source", "source_type", "stance")


def cause(field: str, gold: dict, got: dict, outlet: str | None) -> str:
    """A rough group for one attribution mismatch."""
    g, p = gold.get(field), got.get(field)
    if field == "source":
        if p is None:
            return "source: None, gold named"
        if g is None:
            return "source: named, gold None"
        if outlet and (p or "").casefold() == outlet.casefold():
            return "source: the outlet for a named speaker"
        if outlet and (g or "").casefold() == outlet.casefold():
            return "source: a name for the outlet's own voice"
        gl, pl = g.casefold(), p.casefold()
        if gl in pl or pl in gl:
            return "source: longer/shorter form of the gold name"
        return "source: another name"
    return f"{field}: {g} -> {p}"


def mismatches(folder: Path) -> list[dict]:
    """Every matched claim of `folder` whose source, source_type or stance is not the gold's."""
    meta, gold, canon = load_meta(folder), load_gold(folder), _canonicalisers()
    out: list[dict] = []
    for doc in sorted(gold):
        path = folder / doc
        text = path.read_text(encoding="utf-8") if path.exists() else ""
        row = meta.get(doc) or {}
        outlet = row.get("outlet")
        claims = extract_claims(text, published=_published(row or None), outlet=outlet)
        golds = gold[doc]
        pairs = match_spans([locate(text, g) for g in golds], [(c.char_start, c.char_end) for c in claims])
        for gi, pi in pairs:
            g, c = golds[gi], claims[pi]
            got = {f: getattr(c, f) for f in FIELDS}
            for f in FIELDS:
                if same_value(f, g.get(f), got[f], canon):
                    continue
                out.append({
                    "doc": doc, "number": g["number_text"], "field": f, "gold": {k: g.get(k) for k in FIELDS},
                    "got": got, "outlet": outlet, "sentence": " ".join(c.sentence.split()),
                    "cause": cause(f, g, got, outlet),
                })
    return out


def main(argv: list[str]) -> int:
    as_json = "--json" in argv
    only = argv[argv.index("--field") + 1] if "--field" in argv else None
    folders = [a for i, a in enumerate(argv) if not a.startswith("--") and (i == 0 or argv[i - 1] != "--field")]
    rows = [r for a in folders for r in mismatches(Path(a)) if only in (None, r["field"])]
    print_rows(rows, as_json, lambda r: (
        f"{r['doc'][:34]:34} {r['number']!r:>12} gold {r['gold']['source']!r}/{r['gold']['source_type']}/"
        f"{r['gold']['stance']}  got {r['got']['source']!r}/{r['got']['source_type']}/{r['got']['stance']}",
        r["sentence"][:300]))
    if as_json:
        return 0
    counts = defaultdict(int)
    for r in rows:
        counts[r["field"]] += 1
    print("total", len(rows), dict(counts))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
