"""`counterclaim bench`: extraction throughput against quantulum3 on the same texts.

The corpus comes from the demo generator (counterclaim.corpus). Both sides get
one warm-up call first (lazy loads of quantulum3's units, dateparser, the
gazetteer), then are timed in the same process. quantulum3 reads about 30 KB
a second, so on a large corpus it is timed on the first documents until a
time budget is spent and its rate is taken per character; the table form and
a note on standard error say when that happened.
"""

from __future__ import annotations

import resource
import sys
import time
import warnings
from datetime import date
from pathlib import Path

from warehouse.gcbatch import batch_gc

QUANTULUM_BUDGET_S = 20.0  # seconds of quantulum3 parsing before extrapolating per character
BENCH_SEED = 11


def bench_extract(docs: int, corpus: Path | None = None) -> dict:
    """Time extract_claims and quantulum3's parser.parse over `docs` generated articles,
    or over the articles under `corpus` (files or tables ingest reads) when given.

    Returns {"docs", "chars", "extract_chars_per_s", "quantulum3_chars_per_s", "speedup", "peak_rss_mb"}.
    """
    from extract import extract_claims

    articles = _corpus_articles(corpus) if corpus else _generated_articles(docs)
    if not articles:
        raise ValueError(f"{corpus}: no readable articles to time")
    texts = [a["text"] for a in articles]
    meta = [(_iso(a.get("published")), a.get("outlet")) for a in articles]
    chars = sum(len(t) for t in texts)

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        from quantulum3 import parser

        parser.parse(texts[0][:2000])
        extract_claims(texts[0], published=meta[0][0], outlet=meta[0][1])

        with batch_gc():  # both timed loops under the collector's settings for a batch (warehouse/gcbatch.py)
            t0 = time.perf_counter()
            for text, (published, outlet) in zip(texts, meta, strict=True):
                extract_claims(text, published=published, outlet=outlet)
            extract_s = time.perf_counter() - t0

            q_chars, q_docs = 0, 0
            t0 = time.perf_counter()
            for text in texts:
                parser.parse(text)
                q_chars += len(text)
                q_docs += 1
                if time.perf_counter() - t0 >= QUANTULUM_BUDGET_S:
                    break
            q_s = time.perf_counter() - t0

    extract_rate = chars / extract_s if extract_s > 0 else float("inf")
    q_rate = q_chars / q_s if q_s > 0 else float("inf")
    if q_docs < len(texts):
        print(f"note: quantulum3 timed on {q_docs} of {len(texts)} documents ({q_chars} chars, {q_s:.1f} s); "
              "its rate is extrapolated per character", file=sys.stderr)
    _LAST_SUBSET.update(docs=q_docs, chars=q_chars)
    return {
        "docs": len(texts),
        "chars": chars,
        "extract_chars_per_s": round(extract_rate, 1),
        "quantulum3_chars_per_s": round(q_rate, 1),
        "speedup": round(extract_rate / q_rate, 2) if q_rate else 0.0,
        "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
    }


_LAST_SUBSET: dict[str, int] = {}


def _generated_articles(docs: int) -> list[dict]:
    from counterclaim.corpus import generate_articles

    return list(generate_articles(max(1, int(docs)), seed=BENCH_SEED))


def _corpus_articles(corpus: Path) -> list[dict]:
    """Articles read the way ingest reads them; rejected files are skipped."""
    from warehouse.readers import Article, discover, read_file

    out = []
    for item in discover([corpus]):
        if isinstance(item, Path) and item.name != "metadata.jsonl":
            out += [{"text": a.text, "published": a.published, "outlet": a.outlet}
                    for a in read_file(item) if isinstance(a, Article)]
    return out


def render_table(result: dict) -> str:
    """The benchmark result as a small aligned table."""
    rows = [
        ("documents", f"{result['docs']:,}"),
        ("characters", f"{result['chars']:,}"),
        ("extract_claims", f"{result['extract_chars_per_s']:,.0f} chars/s"),
        ("quantulum3 parse", f"{result['quantulum3_chars_per_s']:,.0f} chars/s"),
        ("speedup", f"{result['speedup']:.1f}x"),
        ("peak RSS", f"{result['peak_rss_mb']:.0f} MB"),
    ]
    width = max(len(k) for k, _ in rows)
    lines = [f"{k.ljust(width)}  {v}" for k, v in rows]
    sub = _LAST_SUBSET
    if sub and sub.get("docs", 0) < result["docs"]:
        lines.append(f"(quantulum3 timed on {sub['docs']:,} documents, {sub['chars']:,} chars; rate per character)")
    return "\n".join(lines)


def _iso(value: object) -> date | None:
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value)[:10]) if value else None
    except ValueError:
        return None
