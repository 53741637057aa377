"""`counterclaim sql` and the views: read-only, no file or network access, limits, clear refusals."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from counterclaim.cli import main
from warehouse_factory import known_warehouse
from warehouse.sql import QueryRefused, format_result, run_query
from warehouse.views import VIEWS


@pytest.fixture(scope="module")
def db(tmp_path_factory) -> Path:
    return known_warehouse(tmp_path_factory.mktemp("sql") / "known.duckdb")


def rows(db: Path, query: str) -> list[dict]:
    r = run_query(db, query)
    return [dict(zip(r.columns, row)) for row in r.rows]


def test_select_returns_rows(db):
    r = run_query(db, "SELECT doc_id, outlet FROM documents ORDER BY doc_id")
    assert r.columns == ["doc_id", "outlet"]
    assert [row[0] for row in r.rows] == ["d1", "d2", "d3"]


@pytest.mark.parametrize("query, words", [
    ("COPY claims TO '{tmp}/stolen.csv'", "COPY"),
    ("COPY (SELECT 1) TO '{tmp}/stolen.parquet' (FORMAT parquet)", "COPY"),
    ("SELECT * FROM read_csv('/etc/passwd')", "files, the network"),
    ("SELECT * FROM read_text('/etc/hostname')", "files, the network"),
    ("SELECT * FROM glob('/etc/*')", "files, the network"),
    ("ATTACH '{tmp}/other.duckdb' AS other", "ATTACH"),
    ("INSTALL httpfs", "INSTALL and LOAD"),
    ("LOAD httpfs", "INSTALL and LOAD"),
    ("INSERT INTO documents (doc_id) VALUES ('x')", "INSERT"),
    ("UPDATE claims SET best = 0", "UPDATE"),
    ("DELETE FROM claims", "DELETE"),
    ("DROP TABLE claims", "DROP"),
    ("CREATE TABLE t AS SELECT 1", "CREATE"),
    ("SET enable_external_access = true", "SET"),
    ("EXPORT DATABASE '{tmp}/dump'", "EXPORT"),
    ("SELECT 1; DELETE FROM claims", "one statement"),
])
def test_refused_with_a_clear_message(db, tmp_path, query, words):
    before = rows(db, "SELECT count(*) AS n FROM claims")[0]["n"]
    with pytest.raises(QueryRefused) as e:
        run_query(db, query.format(tmp=tmp_path))
    assert words in str(e.value)
    assert list(tmp_path.iterdir()) == []  # nothing written
    assert rows(db, "SELECT count(*) AS n FROM claims")[0]["n"] == before


def test_duckdb_itself_refuses_files_even_past_the_statement_check(db):
    """A SELECT passes the statement check; DuckDB's own lock (enable_external_access=false) stops it."""
    with pytest.raises(QueryRefused, match="Permission Error"):
        run_query(db, "SELECT * FROM read_csv_auto('/etc/passwd')")


def test_row_limit(db):
    r = run_query(db, "SELECT * FROM range(50)", limit=7)
    assert len(r.rows) == 7 and r.truncated
    assert "only the first 7 rows" in format_result(r)
    assert not run_query(db, "SELECT * FROM range(7)", limit=7).truncated


def test_time_limit_stops_a_long_query(db):
    with pytest.raises(QueryRefused, match="stopped after 0.5 s"):
        run_query(db, "SELECT sum(hash(a.range * b.range)) FROM range(200000) a, range(200000) b", timeout=0.5)


def test_bad_sql_and_missing_warehouse(db, tmp_path):
    with pytest.raises(QueryRefused, match="not valid SQL"):
        run_query(db, "SELEKT 1")
    with pytest.raises(QueryRefused, match="no warehouse here"):
        run_query(tmp_path / "none.duckdb", "SELECT 1")


def test_formats(db):
    r = run_query(db, "SELECT doc_id, paths, published FROM documents ORDER BY doc_id LIMIT 2")
    as_json = json.loads(format_result(r, "json"))
    assert as_json[0] == {"doc_id": "d1", "paths": ["/x/one.txt"], "published": "2016-05-01"}
    csv_lines = format_result(r, "csv").splitlines()
    assert csv_lines[0] == "doc_id,paths,published" and csv_lines[1].startswith("d1,")
    table = format_result(r, "table").splitlines()
    assert table[0].split(" | ")[0].strip() == "doc_id" and table[-1] == "(2 rows)"


@pytest.mark.parametrize("view", VIEWS, ids=lambda v: v.name)
def test_every_view_example_runs(db, view):
    r = run_query(db, view.example)
    assert r.columns  # the documented example is valid SQL on a real warehouse


def test_v_source_bias_is_ratio_to_median_of_others(db):
    got = {r["source"]: r for r in rows(db, "SELECT * FROM v_source_bias")}
    # I1: A 10 vs median(20, 40) = 30; B 20 vs median(10, 40) = 25; C 40 vs median(10, 20) = 15. I2: A 12 vs 12.
    assert got["A"]["n_incidents"] == 2 and got["A"]["median_ratio"] == pytest.approx((10 / 30 + 1) / 2)
    assert got["B"]["median_ratio"] == pytest.approx((20 / 25 + 1) / 2)
    assert got["C"]["n_incidents"] == 1 and got["C"]["median_ratio"] == pytest.approx(40 / 15)
    assert (got["C"]["n_higher"], got["A"]["n_lower"]) == (1, 1)
    assert got["C"]["source_type"] == "state_media"


def test_v_incident_spread(db):
    got = {r["incident_id"]: r for r in rows(db, "SELECT * FROM v_incident_spread")}
    assert got["I1"]["sources"] == ["A", "B", "C"] and got["I1"]["spread_ratio"] == 4.0
    assert (got["I1"]["best_min"], got["I1"]["best_max"], got["I1"]["label"]) == (10, 40, "Strike, Douma")
    assert got["I2"]["spread_ratio"] == 1.0 and got["I2"]["n_claims"] == 2


def test_v_daily_uses_event_day_else_published(db):
    got = rows(db, "SELECT day::VARCHAR AS day, measure, n_claims, min_best, median_best, max_best FROM v_daily "
                   "ORDER BY day, measure")
    assert {"day": "2016-04-30", "measure": "killed", "n_claims": 3, "min_best": 10, "median_best": 20,
            "max_best": 40} in got
    assert {"day": "2016-05-01", "measure": "killed", "n_claims": 2, "min_best": 12, "median_best": 12,
            "max_best": 12} in got
    assert not any(r["day"] is None for r in got)  # d3 has neither date: not in a daily series


def test_v_exchange_rate_and_v_claims(db):
    rates = rows(db, "SELECT day::VARCHAR AS day, rate, source FROM v_exchange_rate ORDER BY day")
    assert rates == [{"day": "2017-02-01", "rate": 600, "source": "B"}, {"day": "2017-02-03", "rate": 580, "source": "C"}]
    joined = rows(db, "SELECT count(*) AS n, count(outlet) AS with_outlet FROM v_claims")[0]
    assert joined == {"n": 8, "with_outlet": 7}


def test_cli_sql(db, tmp_path):
    runner = CliRunner()
    ok = runner.invoke(main, ["sql", "SELECT doc_id FROM documents ORDER BY 1", "--db", str(db), "--format", "csv"])
    assert ok.exit_code == 0 and ok.output.splitlines() == ["doc_id", "d1", "d2", "d3"]
    bad = runner.invoke(main, ["sql", f"COPY claims TO '{tmp_path}/x.csv'", "--db", str(db)])
    assert bad.exit_code != 0 and "refused: COPY" in bad.output
    assert not (tmp_path / "x.csv").exists()


def test_daily_and_exchange_rate_views_date_claims_as_the_dashboard_does(seeds_warehouse):
    """One rule for a claim's day (claims.day: the event's first day, else publication), month and year
    precision included, in v_daily, v_exchange_rate and the dashboard's time axis."""
    by_claims = rows(seeds_warehouse, "SELECT day::VARCHAR AS day, measure, count(*)::INTEGER AS n FROM claims "
                                      "WHERE best IS NOT NULL AND day IS NOT NULL GROUP BY ALL ORDER BY ALL")
    daily = rows(seeds_warehouse, "SELECT day::VARCHAR AS day, measure, n_claims AS n FROM v_daily ORDER BY ALL")
    assert daily == by_claims
    assert rows(seeds_warehouse, "SELECT count(*) AS n FROM claims WHERE date_precision IN ('month', 'year')")[0]["n"]
    rate_days = rows(seeds_warehouse, "SELECT count(*) AS n FROM v_exchange_rate v JOIN claims c USING (claim_id) "
                                      "WHERE v.day IS DISTINCT FROM c.day")
    assert rate_days == [{"n": 0}]
