"""Incident linking at scale: time and peak memory of relinking a large synthetic warehouse.

The warehouse comes from counterclaim.bench_warehouse (claims synthesised in
SQL: 14 governorates, ~6.5 years, one place and day per claim). Two numbers:
- full: link every claim from scratch (the first ingest of a large corpus);
- incremental: then add `new_docs` documents of fresh claims (copies of
  random claims moved to new documents) and relink, as an ingest does.
Peak memory is the process's maximum resident set size (RUSAGE_SELF), so run
one step per process:

    .venv/bin/python -m counterclaim.bench_ingest build --db /tmp/b.duckdb --claims 200000
    .venv/bin/python -m counterclaim.bench_ingest full --db /tmp/b.duckdb
    .venv/bin/python -m counterclaim.bench_ingest incremental --db /tmp/b.duckdb --new-docs 100

(`settle` instead of `full` marks the synthetic warehouse as linked without linking it, to time an incremental
relink on a warehouse a full relink takes long for.)
"""

from __future__ import annotations

import argparse
import json
import resource
import time
from pathlib import Path


def _rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def build(db: Path, claims: int) -> dict:
    """A synthetic warehouse of `claims` claims at `db`."""
    from counterclaim.bench_warehouse import build_bench_warehouse

    t0 = time.perf_counter()
    build_bench_warehouse(db, claims)
    return {"step": "build", "claims": claims, "seconds": round(time.perf_counter() - t0, 1)}


def relink_full(db: Path) -> dict:
    """Link every claim from scratch: seconds, regions, peak RSS of this process."""
    from warehouse.linking import relink_incremental
    from warehouse.store import connect

    con = connect(db)
    try:
        t0 = time.perf_counter()
        stats = relink_incremental(con, full=True)
        return {"step": "full", **stats, "seconds": round(time.perf_counter() - t0, 1), "peak_rss_mb": round(_rss_mb())}
    finally:
        con.close()


def settle(db: Path) -> dict:
    """Make the synthetic warehouse look linked without linking it (each unlinked claim its own incident, the
    incidents table recomputed in SQL), to time an incremental relink at a size a full one takes long for."""
    from warehouse.store import connect

    con = connect(db)
    try:
        t0 = time.perf_counter()
        con.execute("BEGIN TRANSACTION")
        con.execute("UPDATE claims SET incident_id = 'single_' || claim_id WHERE incident_id IS NULL")
        con.execute("DELETE FROM incidents")
        con.execute("""
            INSERT INTO incidents (incident_id, measure, label, n_claims, n_sources, best_min, best_max)
            SELECT incident_id, measure, 'synthetic', count(*), count(DISTINCT source), min(best), max(best)
            FROM claims GROUP BY ALL
        """)
        con.execute("COMMIT")
        return {"step": "settle", "seconds": round(time.perf_counter() - t0, 1)}
    finally:
        con.close()


def relink_after_new_docs(db: Path, new_docs: int) -> dict:
    """Add `new_docs` documents (copies of random ones, with fresh claim ids and other numbers, so new reports
    rather than quotations) and relink as an
    ingest does: seconds, seeds, region size, peak RSS of this process."""
    from warehouse.linking import relink_incremental
    from warehouse.store import connect

    con = connect(db)
    try:
        tag = f"n{int(time.time()) % 100000:05d}"
        con.execute(f"""
            CREATE TEMP TABLE _new_docs AS
            SELECT doc_id AS old_doc, '{tag}' || lpad(row_number() OVER ()::VARCHAR, 11, '0') AS doc_id
            FROM (SELECT doc_id FROM documents ORDER BY hash(doc_id, '{tag}') LIMIT {int(new_docs)})
        """)
        con.execute("""
            INSERT INTO documents SELECT d.* REPLACE (n.doc_id AS doc_id, 'bench/new/' || n.doc_id AS path,
                                                  ['bench/new/' || n.doc_id] AS paths)
            FROM documents d JOIN _new_docs n ON d.doc_id = n.old_doc
        """)
        con.execute("""
            INSERT INTO claims SELECT c.* REPLACE (n.doc_id || substr(c.claim_id, 5) AS claim_id, n.doc_id AS doc_id,
                                               NULL AS incident_id, c.best + 1 AS best,
                                               replace(c.sentence, c.number_text, (c.best + 1)::BIGINT::VARCHAR)
                                                   AS sentence)
            FROM claims c JOIN _new_docs n ON c.doc_id = n.old_doc
        """)
        t0 = time.perf_counter()
        stats = relink_incremental(con)
        return {"step": "incremental", "new_docs": new_docs, **stats, "seconds": round(time.perf_counter() - t0, 1),
                "peak_rss_mb": round(_rss_mb())}
    finally:
        con.close()


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("step", choices=["build", "full", "settle", "incremental"])
    parser.add_argument("--db", type=Path, required=True)
    parser.add_argument("--claims", type=int, default=200_000)
    parser.add_argument("--new-docs", type=int, default=100)
    args = parser.parse_args()
    result = {"build": lambda: build(args.db, args.claims), "full": lambda: relink_full(args.db),
              "settle": lambda: settle(args.db),
              "incremental": lambda: relink_after_new_docs(args.db, args.new_docs)}[args.step]()
    print(json.dumps(result))
