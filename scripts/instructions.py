"""The extractor's cost in instructions, which (unlike seconds) repeat run to run on a busy machine.

    PYTHONHASHSEED=0 valgrind --tool=callgrind --toggle-collect=functools_reduce \\
        --callgrind-out-file=X.cg python scripts/instructions.py 300
    callgrind_annotate X.cg | grep "PROGRAM TOTALS"

Counts extract_claims over the first N benchmark articles (default 300) after one
warm-up call (`instructions.py heldout` counts the held-out reports instead: texts
that repeat no sentence of each other, so a cache across documents gains there only
what it would gain on a real corpus); only the loop is collected (it runs inside functools.reduce, which
the toggle names). The garbage collector is off during the loop: a generation-2
collection falling in or out of it moves the count by about 1%.
Without valgrind it prints the loop's wall time, for a quick look.
`instructions.py 300 quantulum3` counts quantulum3's `parser.parse` over the same articles instead, the
baseline `counterclaim bench` times: the ratio of the two totals is the benchmark's speedup in instructions,
which a loaded machine does not move.
"""

from __future__ import annotations

import functools
import gc
import sys
import time
import warnings
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


def _heldout() -> list[tuple]:
    from snapshot import reports  # (scripts/snapshot.py, beside this file)

    folder = Path(__file__).resolve().parent.parent / "tests" / "data" / "heldout"
    return [(text, published, outlet) for _, text, published, outlet in reports(folder, "heldout")]


def main(n: int | None, baseline: bool = False) -> None:
    from counterclaim.bench import BENCH_SEED
    from counterclaim.corpus import generate_articles
    from extract import extract_claims

    docs = []
    for a in generate_articles(n, seed=BENCH_SEED) if n else []:
        published = a.get("published")
        published = date.fromisoformat(str(published)[:10]) if published else None
        docs.append((a["text"], published, a.get("outlet")))
    docs = docs or _heldout()
    extract_claims(docs[0][0], published=docs[0][1], outlet=docs[0][2])
    with warnings.catch_warnings():  # (quantulum3 warns of its optional classifier, as in `counterclaim bench`)
        warnings.simplefilter("ignore")
        from quantulum3 import parser  # loaded lazily where the fast path cannot decide: a one-time load, not counted

        parser.parse("3 km")

    def one(total: int, doc: tuple) -> int:
        return total + len(extract_claims(doc[0], published=doc[1], outlet=doc[2]))

    def one_baseline(total: int, doc: tuple) -> int:
        return total + len(parser.parse(doc[0]))

    gc.collect()
    gc.disable()
    t0 = time.perf_counter()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        claims = functools.reduce(one_baseline if baseline else one, docs, 0)
    seconds = time.perf_counter() - t0
    gc.enable()
    print(f"{len(docs)} documents, {claims} {'quantities (quantulum3)' if baseline else 'claims'}, {seconds:.2f} s")


if __name__ == "__main__":
    args = [a for a in sys.argv[1:] if a != "quantulum3"]
    main(None if args == ["heldout"] else int(args[0]) if args else 300, baseline="quantulum3" in sys.argv[1:])
