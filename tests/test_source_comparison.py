"""The source comparison is computed at ingest (table source_comparison) and equals a direct computation.

The reference below is plain Python over the claims (median of the other sources, one incident at a
time), written independently of the SQL in warehouse/source_comparison.py. The demo corpus (our own
synthetic reports, several outlets per incident) is ingested in two halves, so the test also shows the
table is recomputed by the second ingest.
"""

from __future__ import annotations

import math
import statistics
from collections import Counter, defaultdict
from pathlib import Path

import duckdb
import pytest

from extract.resources import ASSETS
from warehouse import ingest
from warehouse import queries as q
from warehouse.reader import WarehouseReader
from warehouse.source_comparison import COLUMNS

CORPUS = ASSETS / "demo" / "corpus.jsonl"
KEY = ("measure", "include_comments", "source")


def reference(claims: list[dict]) -> dict[tuple, dict]:
    """(measure or None, include_comments, source) -> the comparison's numbers, computed claim by claim."""
    out: dict[tuple, dict] = {}
    for include in (True, False):
        values: dict[tuple, dict[str, list[float]]] = defaultdict(lambda: defaultdict(list))
        for c in claims:
            if not (c["incident_id"] and c["measure"] and c["source"] and c["best"] is not None and c["best"] > 0):
                continue
            if not include and (c["section"] is None or c["section"] == "comment"):
                continue
            values[(c["incident_id"], c["measure"])][c["source"]].append(c["best"])
        per: dict[tuple, list[tuple]] = defaultdict(list)
        for (_, measure), by_source in values.items():
            if len(by_source) < 2:
                continue
            v = {s: statistics.median(b) for s, b in by_source.items()}
            for s, x in v.items():
                others = [y for t, y in v.items() if t != s]
                m = statistics.median(others)
                row = (x / m, x > m, x < m, x > max(others), x < min(others))
                per[(measure, s)].append(row)
                per[(None, s)].append(row)
        for (measure, s), rows in per.items():
            ratios = [r[0] for r in rows]
            out[(measure, include, s)] = {
                "n_incidents": len(rows), "geo_mean_ratio": math.exp(statistics.fmean(map(math.log, ratios))),
                "median_ratio": statistics.median(ratios), "n_higher": sum(r[1] for r in rows),
                "n_lower": sum(r[2] for r in rows), "n_highest": sum(r[3] for r in rows),
                "n_lowest": sum(r[4] for r in rows), "types": most_frequent_types(claims, s)}
    return out


def most_frequent_types(claims: list[dict], source: str) -> set[str]:
    """The source type(s) a source's claims have most often (all its claims, compared or not)."""
    counts = Counter(c["source_type"] for c in claims if c["source"] == source)
    return {t for t, n in counts.items() if n == max(counts.values())}


def stored(db: Path) -> dict[tuple, dict]:
    with duckdb.connect(str(db), read_only=True) as con:
        cur = con.execute(f"SELECT {', '.join(COLUMNS)} FROM source_comparison")
        names = [d[0] for d in cur.description]
        rows = [dict(zip(names, r)) for r in cur.fetchall()]
    table = {tuple(r[k] for k in KEY): r for r in rows}
    assert len(table) == len(rows), "one row per measure (or all), comments setting and source"
    return table


def claims(db: Path) -> list[dict]:
    with duckdb.connect(str(db), read_only=True) as con:
        cur = con.execute("SELECT incident_id, measure, source, source_type, best, section FROM claims")
        names = [d[0] for d in cur.description]
        return [dict(zip(names, r)) for r in cur.fetchall()]


def assert_matches_reference(db: Path) -> dict[tuple, dict]:
    expected, got = reference(claims(db)), stored(db)
    assert set(got) == set(expected)
    for key, e in expected.items():
        g = got[key]
        for col in ("n_incidents", "n_higher", "n_lower", "n_highest", "n_lowest"):
            assert g[col] == e[col], (key, col)
        assert g["geo_mean_ratio"] == pytest.approx(e["geo_mean_ratio"], rel=1e-9), key
        assert g["median_ratio"] == pytest.approx(e["median_ratio"], rel=1e-9), key
        assert g["source_type"] in e["types"], key
    return got


@pytest.fixture(scope="module")
def halves(tmp_path_factory) -> tuple[Path, Path, Path]:
    d = tmp_path_factory.mktemp("comparison")
    lines = CORPUS.read_text(encoding="utf-8").splitlines(keepends=True)
    first, second = d / "first.jsonl", d / "second.jsonl"
    first.write_text("".join(lines[::2]), encoding="utf-8")
    second.write_text("".join(lines[1::2]), encoding="utf-8")
    return d / "w.duckdb", first, second


@pytest.fixture(scope="module")
def two_ingests(halves) -> tuple[Path, dict, dict]:
    """The table after ingesting the first half, then after ingesting the second half too."""
    db, first, second = halves
    ingest([first], db, workers=1)
    after_first = assert_matches_reference(db)
    ingest([second], db, workers=1)
    return db, after_first, stored(db)


def test_the_table_equals_a_direct_computation_after_each_ingest(two_ingests):
    db, after_first, after_second = two_ingests
    assert after_first, "the demo corpus's first half has incidents reported by several sources"
    assert assert_matches_reference(db) == after_second
    # Every slice is there: all measures and each measure, with and without comments.
    assert {k[1] for k in after_second} == {True, False}
    assert None in {k[0] for k in after_second} and len({k[0] for k in after_second}) > 2


def test_the_second_ingest_recomputes_the_table(two_ingests):
    _, after_first, after_second = two_ingests
    assert after_second != after_first
    n = lambda t: sum(r["n_incidents"] for k, r in t.items() if k[0] is None and not k[1])  # noqa: E731
    assert n(after_second) > n(after_first)


def test_the_dashboard_and_the_view_read_the_table(two_ingests):
    db, _, table = two_ingests
    r = WarehouseReader(db)
    for measure in (None, "killed"):
        for include in (False, True):
            rows = q.source_bias(r, measure=measure, include_comments=include, min_incidents=2)
            expected = {k[2]: v for k, v in table.items() if k[0] == measure and k[1] == include
                        and v["n_incidents"] >= 2}
            assert {x["source"] for x in rows} == set(expected) and rows
            for x in rows:
                assert x["ratio"] == expected[x["source"]]["geo_mean_ratio"]
            assert [x["ratio"] for x in rows] == sorted((x["ratio"] for x in rows), reverse=True)
    view = {x["source"]: x for x in r.query("SELECT * FROM v_source_bias")}
    default = {k[2]: v for k, v in table.items() if k[0] is None and not k[1]}
    assert set(view) == set(default)
    assert all(view[s]["median_ratio"] == default[s]["median_ratio"] for s in view)
