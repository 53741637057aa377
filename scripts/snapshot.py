"""Same-output check for changes meant to leave extraction alone (speed work, refactors).

    python scripts/snapshot.py write BASE.jsonl.gz     # before the change
    python scripts/snapshot.py check BASE.jsonl.gz     # after: lists the documents whose claims differ

Run from the checkout root. The documents: the benchmark corpus (2,000 generated
articles), the demo corpus, the seeds (../shared/seeds, when present), every report
under tests/data/heldout and tests/data/firstsight, and every general-news sentence
under tests/data/quantities (claims and quantities). Each document's output is its
claims' to_dict() (and, for sentences, find_quantities), compared exactly.
SNAP_SKIP=name,name leaves documents out (by key prefix), e.g. ones added since the base.
"""

from __future__ import annotations

import gzip
import json
import os
import sys
from collections.abc import Iterator
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def _iso(value: str | None) -> date | None:
    try:
        return date.fromisoformat(value) if value else None
    except ValueError:
        return None


def reports(folder: Path, tag: str) -> Iterator[tuple[str, str, date | None, str | None]]:
    """(key, text, published, outlet) of each report in an annotated folder, as the evaluation reads them."""
    from counterclaim.evaluation import load_meta

    meta = load_meta(folder)
    for path in sorted(folder.glob("*.txt")):
        row = meta.get(path.name, {})
        yield f"{tag}:{path.stem}", path.read_text(encoding="utf-8"), _iso(row.get("published")), row.get("outlet")


def documents() -> Iterator[tuple[str, str, date | None, str | None]]:
    """(key, text, published, outlet) for every document of the snapshot, in a fixed order.
    Read eagerly, so moving data files during a run cannot change what is read."""
    from counterclaim.bench import BENCH_SEED
    from counterclaim.corpus import generate_articles

    out = []
    for i, a in enumerate(generate_articles(2000, seed=BENCH_SEED)):
        out.append((f"bench:{i}", a["text"], _iso(str(a.get("published") or "")[:10]), a.get("outlet")))
    demo = ROOT / "assets" / "demo" / "corpus.jsonl"
    for i, line in enumerate(demo.read_text(encoding="utf-8").splitlines()):
        a = json.loads(line)
        out.append((f"demo:{i}", a["text"], _iso(a.get("published")), a.get("outlet")))
    seeds = ROOT.parent / "shared" / "seeds"
    if seeds.is_dir():
        out += list(reports(seeds, "seed"))
    out += list(reports(ROOT / "tests" / "data" / "heldout", "heldout"))
    out += list(reports(ROOT / "tests" / "data" / "firstsight", "firstsight"))
    for path in sorted((ROOT / "tests" / "data" / "quantities").glob("*.jsonl")):
        for i, line in enumerate(path.read_text(encoding="utf-8").splitlines()):
            if line.strip():
                out.append((f"news:{path.stem}:{i}", json.loads(line)["text"], None, None))
    skip = tuple(s for s in os.environ.get("SNAP_SKIP", "").split(",") if s)
    return iter([d for d in out if not any(d[0].split(":", 1)[1].startswith(s) for s in skip)])


def output(key: str, text: str, published: date | None, outlet: str | None) -> dict:
    from extract import extract_claims, find_quantities

    got: dict = {"claims": [c.to_dict() for c in extract_claims(text, published=published, outlet=outlet)]}
    if key.startswith("news:"):
        got["quantities"] = [{k: getattr(q, k) for k in ("value", "low", "high", "qualifier", "unit",
                                                          "surface", "char_start", "char_end")}
                             for q in find_quantities(text)]
    return json.loads(json.dumps(got, default=str))


def write(path: Path) -> int:
    n = 0
    with gzip.open(path, "wt", encoding="utf-8") as fh:
        for key, text, published, outlet in documents():
            fh.write(json.dumps({"key": key, "out": output(key, text, published, outlet)}) + "\n")
            n += 1
    return n


def check(path: Path, show: int = 5) -> int:
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        base = {row["key"]: row["out"] for row in map(json.loads, fh)}
    differ, missing, n = [], 0, 0
    for key, text, published, outlet in documents():
        if key not in base:
            missing += 1
            continue
        n += 1
        got = output(key, text, published, outlet)
        if got != base[key]:
            differ.append((key, base[key], got))
    print(f"{n} documents compared, {len(differ)} differ ({missing} not in the base)")
    for key, old, new in differ[:show]:
        print(f"--- {key}\n  base: {json.dumps(old)[:1500]}\n  now:  {json.dumps(new)[:1500]}")
    return len(differ)


if __name__ == "__main__":
    if len(sys.argv) != 3 or sys.argv[1] not in ("write", "check"):
        sys.exit(__doc__)
    if sys.argv[1] == "write":
        print(f"{write(Path(sys.argv[2]))} documents written")
    else:
        sys.exit(1 if check(Path(sys.argv[2])) else 0)
