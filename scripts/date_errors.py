"""List every matched claim whose event_date differs from the gold, grouped by a rough cause.

Usage (from the clone root):
    .venv/bin/python scripts/date_errors.py tests/data/heldout [tests/data/firstsight ...] [--json]

For each gold/seeds folder (gold and seeds in the same folder, as the held-out set and batch 27 are), the
documents are extracted and matched as `counterclaim eval` does; each date mismatch is printed with its document,
number, gold vs got, the published day and the claim's sentence, under a group named for its likely cause. The
groups are only a first sort for a developer (a heuristic over the sentence's words), not a diagnosis.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from counterclaim.evaluation import _published, load_gold, load_meta, locate, match_spans  # noqa: E402
from extract import extract_claims  # noqa: E402
from errorgroups import print_rows  # noqa: E402  (scripts/errorgroups.py, beside this file)

_TOTAL = re.compile(r"\b(?:in all|in total|total|overall|so far|to date|cumulative|altogether|since"
                    r"|bring(?:s|ing)? to)\b", re.I)
_TELL = re.compile(r"\b(?:said|says|told|announced|reported|stated|confirmed|according to|put the|gave)\b", re.I)


def cause(gold: str | None, got: str | None, published: str | None, sentence: str) -> str:
    """A rough group for one date mismatch (first matching test wins)."""
    if gold is None:
        if _TOTAL.search(sentence):
            return "dated, gold None: a total or running count"
        return "dated, gold None: other"
    if got is None:
        if len(gold) == 4:
            return "None, gold a year"
        if _TELL.search(sentence):
            return "None, gold a date: a told figure (lead's date not carried?)"
        return "None, gold a date: other"
    if got.startswith(gold) and len(got) > len(gold):
        return "a day (or month) where the gold has the month (or year)"
    if gold.startswith(got) and len(gold) > len(got):
        return "a month (or year) where the gold has the day (or month)"
    if got == published:
        return "the published day for another day"
    if len(got) == 10 and len(gold) == 10 and got > gold and _TELL.search(sentence):
        return "a later day in a told sentence (day of telling?)"
    return "another date"


def mismatches(folder: Path) -> list[dict]:
    """Every matched claim of `folder` whose event_date is not the gold's."""
    meta, gold = load_meta(folder), load_gold(folder)
    out: list[dict] = []
    for doc in sorted(gold):
        path = folder / doc
        text = path.read_text(encoding="utf-8") if path.exists() else ""
        row = meta.get(doc)
        pub = _published(row)
        claims = extract_claims(text, published=pub, outlet=(row or {}).get("outlet"))
        golds = gold[doc]
        pairs = match_spans([locate(text, g) for g in golds], [(c.char_start, c.char_end) for c in claims])
        for gi, pi in pairs:
            g, c = golds[gi], claims[pi]
            if (g.get("event_date") or None) == (c.event_date or None):
                continue
            sentence = " ".join(c.sentence.split())
            out.append({
                "doc": doc, "number": g["number_text"], "measure": g.get("measure"), "gold": g.get("event_date"),
                "got": c.event_date, "published": pub.isoformat() if pub else None, "sentence": sentence,
                "cause": cause(g.get("event_date"), c.event_date, pub.isoformat() if pub else None, sentence),
            })
    return out


def main(argv: list[str]) -> int:
    as_json = "--json" in argv
    rows = [r for a in argv if a != "--json" for r in mismatches(Path(a))]
    print_rows(rows, as_json, lambda r: (
        f"{r['doc'][:40]:40} {r['number']!r:>10} [{r['measure']}] gold {r['gold']} got {r['got']} (pub {r['published']})",
        r["sentence"][:260]))
    if as_json:
        return 0
    print(f"total {len(rows)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
