"""Every matched claim whose location differs from the gold, with a first guess at the cause.

    .venv/bin/python scripts/location_misses.py tests/data/heldout tests/data/firstsight > /tmp/misses.tsv
    .venv/bin/python scripts/location_misses.py tests/data/heldout --json /tmp/misses.json

One line per miss: the document, the number, the gold and the extracted location, a tag for the cause, and the
claim's sentence. The tag is a guess from cheap facts (is the gold in the sentence, does the gazetteer know it,
which is the more specific), to sort the misses into groups before reading them; it is not a verdict.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from counterclaim.evaluation import _published, load_gold, load_meta, locate, match_spans, same_value  # noqa: E402
from counterclaim.evaluation import _canonicalisers  # noqa: E402
from extract import extract_claims  # noqa: E402
from extract.gazetteer import RANK  # noqa: E402
from extract.writtenplaces import resolve_written  # noqa: E402


def _rank(written: str | None) -> int | None:
    """The rank of the most specific place a written location names (0 finest), or None if none resolves."""
    found = resolve_written(written)
    return min(RANK[p.precision] for p in found) if found else None


def cause(gold: str | None, got: str | None, sentence: str) -> str:
    """A first guess at why a location differs (see the module's docstring)."""
    low = sentence.casefold()
    if gold is None:
        return "extra:" + ("own-sentence" if got and got.casefold() in low else "borrowed")
    g_in = gold.casefold() in low or any(w.casefold() in low for w in gold.split() if len(w) > 4 and w[0].isupper())
    if got is None:
        return "missing:" + ("in-sentence" if g_in else "elsewhere") + (":unknown" if _rank(gold) is None else "")
    rg, rp = _rank(gold), _rank(got)
    where = "in-sentence" if g_in else "elsewhere"
    if rg is None:
        return f"other:{where}:gold-unknown"
    if rp is None:
        return f"other:{where}:got-unknown"
    if rp > rg:
        return f"coarser:{where}"
    if rp < rg:
        return f"finer:{where}"
    return f"other:{where}:same-rank"


def misses(folder: Path) -> list[dict]:
    """The location misses of one folder of documents and gold claims."""
    meta, gold, canon = load_meta(folder), load_gold(folder), _canonicalisers()
    out = []
    for doc in sorted(gold):
        text = (folder / doc).read_text(encoding="utf-8")
        row = meta.get(doc)
        predicted = extract_claims(text, published=_published(row), outlet=(row or {}).get("outlet"))
        golds = gold[doc]
        spans = [locate(text, g) for g in golds]
        for gi, pi in match_spans(spans, [(c.char_start, c.char_end) for c in predicted]):
            g, c = golds[gi], predicted[pi]
            if same_value("location", g.get("location"), c.location, canon):
                continue
            sentence = " ".join(c.sentence.split())
            out.append({"doc": doc, "number": g["number_text"], "measure": g.get("measure"),
                        "gold": g.get("location"), "got": c.location,
                        "cause": cause(g.get("location"), c.location, sentence), "sentence": sentence})
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("folders", type=Path, nargs="+")
    ap.add_argument("--json", type=Path, help="also write the misses here as JSON")
    args = ap.parse_args()
    rows = [r for f in args.folders for r in misses(f)]
    for r in sorted(rows, key=lambda r: (r["cause"], r["doc"])):
        print("\t".join([r["cause"], r["doc"], r["number"], str(r["gold"]), str(r["got"]), r["sentence"][:260]]))
    print(Counter(r["cause"] for r in rows).most_common(), file=sys.stderr)
    if args.json:
        args.json.write_text(json.dumps(rows, indent=1), encoding="utf-8")


if __name__ == "__main__":
    main()
