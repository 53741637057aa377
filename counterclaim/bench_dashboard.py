"""`counterclaim bench --dashboard`: how fast the dashboard answers on a large warehouse.

A synthetic warehouse of N claims is generated once (counterclaim/bench_warehouse.py) and cached in
~/.cache/counterclaim/bench-N.duckdb. Then:
- each page's callbacks are called in this process, many times with varying inputs, with the
  dashboard's result cache emptied before every call (so each call runs its queries: "cold");
  the sources page, whose rows are cached per warehouse version by design, is also timed warm
  (changing the minimum of shared incidents);
- the first page load is timed over HTTP against a real `counterclaim serve` subprocess: GET of the
  page, /_dash-layout and /_dash-dependencies.
Result: per interaction p50/p95/max wall-clock milliseconds, and the CPU time of this process
(all DuckDB threads summed) per call: on a machine shared with other work, wall time grows with
the load while CPU time does not, and on an idle machine the wall time of a call is at most
about its CPU time (DuckDB spreads a query over the cores; nothing waits on disk once cached).
The load average during the run is reported too.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import time
import urllib.request
from collections.abc import Callable
from pathlib import Path
from typing import Any

BENCH_VERSION = "4"  # bump when the synthetic warehouse changes shape


def cache_dir() -> Path:
    return Path(os.environ.get("COUNTERCLAIM_CACHE") or Path.home() / ".cache" / "counterclaim")


def bench_db(claims: int) -> Path:
    """The cached synthetic warehouse of `claims` claims, built on first use."""
    from counterclaim.bench_warehouse import build_bench_warehouse

    db = cache_dir() / f"bench-{claims}-v{BENCH_VERSION}.duckdb"
    if not db.exists():
        db.parent.mkdir(parents=True, exist_ok=True)
        for stale in (Path(f"{db}.read"), Path(f"{db}.read.wal")):
            stale.unlink(missing_ok=True)
        build_bench_warehouse(db, claims)
    return db


def _stats(samples: list[float]) -> dict[str, float]:
    s = sorted(samples)
    p95 = s[min(len(s) - 1, max(0, round(0.95 * len(s)) - 1))]
    return {"p50_ms": round(statistics.median(s), 1), "p95_ms": round(p95, 1), "max_ms": round(s[-1], 1),
            "n": len(s)}


def _time(fn: Callable[[int], Any], iterations: int, *, cold: bool = True) -> dict[str, float]:
    """Call fn(i) and serialise its result to JSON as Dash does, `iterations` times."""
    from dash._utils import to_json

    from dashboard import state

    to_json(fn(0))  # warm the connection and DuckDB's buffers
    samples, cpu = [], []
    for i in range(iterations):
        if cold:
            state.clear_cache()
        t, c = time.perf_counter(), time.process_time()
        to_json(fn(i))
        samples.append((time.perf_counter() - t) * 1000)
        cpu.append((time.process_time() - c) * 1000)
    cpu_stats = _stats(cpu)
    return {**_stats(samples), "cpu_p50_ms": cpu_stats["p50_ms"], "cpu_p95_ms": cpu_stats["p95_ms"]}


def _interactions(db: Path) -> dict[str, tuple[Callable[[int], Any], bool]]:
    """name -> (call i, cold?) for each page interaction."""
    import dashboard
    from dashboard import filters

    dashboard.create_app(db)
    pages = {name: sys.modules[f"dashboard.pages.{name}"]
             for name in ("timeline", "incidents", "sources", "claims", "exchange_rate", "document")}
    from dashboard import state
    from warehouse import queries as q

    r = state.reader()
    incidents = q.incidents(r, limit=200)
    docs = [row["doc_id"] for row in r.query("SELECT doc_id FROM documents USING SAMPLE 200 ROWS")]
    measures = ["killed", "wounded", "attacks", "destroyed"]
    base = filters.parse({})

    def values(i: int, **over: Any) -> dict[str, Any]:
        return {**base, "measure": [measures[i % len(measures)]], **over}

    def claims_request(i: int, sort: str | None, text: str | None = None) -> dict[str, Any]:
        req: dict[str, Any] = {"startRow": (i % 5) * 100, "endRow": (i % 5) * 100 + 100,
                               "sortModel": [{"colId": sort, "sort": "desc" if i % 2 else "asc"}] if sort else [],
                               "filterModel": {}}
        if text:
            req["filterModel"] = {"sentence": {"filterType": "text", "type": "contains", "filter": text}}
        return req

    tl, inc, src, cl, fx, doc = (pages[k] for k in ("timeline", "incidents", "sources", "claims", "exchange_rate",
                                                    "document"))
    return {
        "timeline: change measure (week)": (lambda i: tl.render(values(i)), True),
        "timeline: per day": (lambda i: tl.render(values(i, period="day")), True),
        "timeline: undated by publication": (lambda i: tl.render(values(i, dates="event-or-published")), True),
        "timeline: all filters": (lambda i: tl.render(values(
            i, side=["civilian"], place=["Idlib", "Aleppo"][i % 2:], conf=0.3, source_type=["monitor", "state_media"],
            **{"from": "2012-01-01", "to": "2016-12-31"})), True),
        "incidents: list (rank, search)": (lambda i: inc.render_list(["", "idlib", "Homs, 2014"][i % 3],
                                                                     ["ratio", "absolute"][i % 2], None), True),
        "incidents: select one": (lambda i: inc.render_detail(
            {"id": incidents[i % len(incidents)]["incident_id"], "measure": incidents[i % len(incidents)]["measure"]}),
            True),
        "sources: first time after an ingest": (lambda i: src.render([None, "killed"][i % 2], 3, False), True),
        "sources: change min incidents": (lambda i: src.render([None, "killed"][i % 2], 1 + i % 10, False), False),
        "claims: filter bar (count)": (lambda i: cl.count_text(values(i, conf=(i % 5) / 10), None), True),
        "claims: by event date (count)": (lambda i: cl.count_text(values(i, dates="event"), None), True),
        "claims: column filter (count)": (lambda i: cl.count_text(values(i), {"sentence": {
            "filterType": "text", "type": "contains", "filter": ["Idlib", "Source 01", "homs"][i % 3]}}), True),
        "claims: grid block, no sort": (lambda i: cl.get_rows(claims_request(i, None), values(i)), True),
        "claims: grid block, sort by confidence": (lambda i: cl.get_rows(claims_request(i, "confidence"),
                                                                         values(i)), True),
        "claims: grid block, sort by date": (lambda i: cl.get_rows(claims_request(i, "day"), values(i)), True),
        "claims: grid block, sentence contains": (lambda i: cl.get_rows(
            claims_request(i, None, ["Idlib", "Source 01", "homs"][i % 3]), values(i)), True),
        "exchange rate": (lambda i: fx.render({**base, "conf": (i % 3) / 10}), True),
        "document page": (lambda i: doc.layout(id=docs[i % len(docs)]), True),
        # The pages router renders a page's layout on navigation; the filter options it shows are
        # computed once per warehouse version in the background (dashboard._warm), hence warm.
        "page layout: timeline": (lambda i: tl.layout(), False),
        "page layout: incidents": (lambda i: inc.layout(), False),
        "page layout: claims": (lambda i: cl.layout(), False),
        "page layout: sources": (lambda i: src.layout(), False),
        "filter options (once per ingest, background)": (lambda i: q.filter_options(r), True),
    }


def _first_load(db: Path, rounds: int) -> dict[str, dict[str, float]]:
    """HTTP first load of each page against a real server: the page, its layout and dependencies."""
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    proc = subprocess.Popen([sys.executable, "-m", "counterclaim.cli", "serve", "--db", str(db), "--port", str(port)],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 120
        while True:
            try:
                urllib.request.urlopen(url + "/_dash-layout", timeout=5).read()
                break
            except OSError:
                if time.monotonic() > deadline or proc.poll() is not None:
                    raise RuntimeError("bench server did not start") from None
                time.sleep(0.3)
        out = {}
        for path in ("/", "/incidents", "/sources", "/claims", "/exchange-rate"):
            samples = []
            for _ in range(rounds):
                t = time.perf_counter()
                for p in (path, "/_dash-layout", "/_dash-dependencies"):
                    urllib.request.urlopen(url + p, timeout=30).read()
                samples.append((time.perf_counter() - t) * 1000)
            out[f"first load {path}"] = _stats(samples)
        return out
    finally:
        proc.terminate()
        proc.wait(timeout=20)


def _load() -> list[float] | None:
    """The 1, 5 and 15 minute load averages: how busy the machine was with other work."""
    return [round(x, 2) for x in os.getloadavg()] if hasattr(os, "getloadavg") else None


def bench_dashboard(claims: int, iterations: int = 30) -> dict[str, Any]:
    """Latency of every dashboard interaction on a synthetic warehouse of `claims` claims."""
    load_start = _load()
    t = time.perf_counter()
    db = bench_db(claims)
    build_s = time.perf_counter() - t
    results: dict[str, Any] = {}
    for name, (fn, cold) in _interactions(db).items():
        results[name] = {**_time(fn, iterations, cold=cold), "cache": "cold" if cold else "warm"}
    results.update(_first_load(db, max(5, iterations // 3)))
    worst = max(v["p95_ms"] for v in results.values())
    return {
        "load_average_start": load_start,
        "load_average_end": _load(),
        "benchmark": "dashboard",
        "claims": claims,
        "warehouse": str(db),
        "warehouse_ready_s": round(build_s, 1),
        "cpus": os.cpu_count(),
        "iterations": iterations,
        "target_p95_ms": 200,
        "worst_p95_ms": worst,
        "interactions": results,
    }


def render_table(result: dict[str, Any]) -> str:
    lines = [f"dashboard on {result['claims']:,} claims ({result['warehouse']}), {result['cpus']} CPUs, "
             f"load average {result.get('load_average_start')} -> {result.get('load_average_end')}",
             f"{'interaction':45s} {'p50 ms':>8s} {'p95 ms':>8s} {'max ms':>8s} {'cpu p50':>8s} {'cpu p95':>8s}"]
    for name, r in result["interactions"].items():
        lines.append(f"{name:45s} {r['p50_ms']:8.1f} {r['p95_ms']:8.1f} {r['max_ms']:8.1f} "
                     f"{r.get('cpu_p50_ms', float('nan')):8.1f} {r.get('cpu_p95_ms', float('nan')):8.1f}")
    return "\n".join(lines)
