"""Exports read back with polars and with DuckDB's read_parquet(hive_partitioning=true), row for row."""

from __future__ import annotations

import json
from pathlib import Path

import duckdb
import polars as pl
import pytest
from click.testing import CliRunner
from warehouse_factory import articles, known_warehouse, write_jsonl

from counterclaim.cli import main
from warehouse import ingest
from warehouse.export import ExportError, export
from warehouse.schema import TABLES_BY_NAME


@pytest.fixture(scope="module")
def db(tmp_path_factory) -> Path:
    """Ingested articles (extractor claims) plus a document without any date."""
    d = tmp_path_factory.mktemp("export")
    rows = articles(30)
    rows[0]["published"] = None  # claims with no year at all: the NULL partition
    ingest([write_jsonl(d / "a.jsonl", rows)], d / "w.duckdb")
    return d / "w.duckdb"


def warehouse_rows(db: Path, table: str) -> list[tuple]:
    cols = ", ".join(c.name for c in TABLES_BY_NAME[table].columns)
    with duckdb.connect(str(db), read_only=True) as con:
        return sorted(con.execute(f"SELECT {cols} FROM {table}").fetchall(), key=repr)


def test_parquet_round_trip_duckdb_and_polars(db, tmp_path):
    out = tmp_path / "export"
    counts = export(db, out)
    assert counts["documents"] == 30 and counts["claims"] > 30
    with duckdb.connect() as con:
        for table in ("documents", "incidents", "sources"):
            cols = ", ".join(c.name for c in TABLES_BY_NAME[table].columns)
            got = sorted(con.execute(f"SELECT {cols} FROM read_parquet('{out / table}.parquet')").fetchall(), key=repr)
            assert got == warehouse_rows(db, table), table
        cols = ", ".join(c.name for c in TABLES_BY_NAME["claims"].columns)
        got = sorted(con.execute(f"SELECT {cols} FROM read_parquet('{out}/claims/*/*.parquet', "
                                 "hive_partitioning=true)").fetchall(), key=repr)
        assert got == warehouse_rows(db, "claims")
        years = con.execute(f"SELECT DISTINCT year FROM read_parquet('{out}/claims/*/*.parquet', "
                            "hive_partitioning=true)").fetchall()
        assert (None,) in years and len(years) >= 2  # a NULL partition, and real years
    claims = pl.read_parquet(out / "claims", hive_partitioning=True)
    assert claims.height == counts["claims"]
    assert claims.filter(pl.col("year").is_null()).height > 0
    assert sorted(claims.drop("year").rows(), key=repr) == warehouse_rows(db, "claims")  # row for row
    docs = pl.read_parquet(out / "documents.parquet")
    assert sorted(docs.rows(), key=repr) == warehouse_rows(db, "documents")
    dictionary = json.loads((out / "data-dictionary.json").read_text())
    assert dictionary["rows"] == counts
    assert {t["name"] for t in dictionary["tables"]} >= {"documents", "claims", "incidents", "sources"}


def test_partition_year_is_event_year_else_published(tmp_path):
    db = known_warehouse(tmp_path / "k.duckdb")
    out = tmp_path / "e"
    export(db, out)
    with duckdb.connect() as con:
        got = dict(con.execute(f"SELECT year, count(*) FROM read_parquet('{out}/claims/*/*.parquet', "
                               "hive_partitioning=true) GROUP BY year").fetchall())
    assert got == {2016: 5, 2017: 2, None: 1}  # d1 events 2016; d2 rate 2017; d3 no date at all


def test_reexport_replaces_cleanly_without_stale_partitions(tmp_path):
    db = known_warehouse(tmp_path / "k.duckdb")
    out = tmp_path / "e"
    export(db, out)
    assert (out / "claims" / "year=2017").is_dir()
    with duckdb.connect(str(db)) as con:
        con.execute("DELETE FROM claims WHERE doc_id = 'd2'")  # the only 2017 claims
    (out / "mine.txt").write_text("left by the user")
    export(db, out)
    assert not (out / "claims" / "year=2017").exists()
    assert not (out / "mine.txt").exists()
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".e.")]  # no temporary folders left


def test_csv_export(tmp_path):
    db = known_warehouse(tmp_path / "k.duckdb")
    out = tmp_path / "csv"
    counts = export(db, out, fmt="csv")
    docs = pl.read_csv(out / "documents.csv")
    assert docs.height == counts["documents"] == 3
    assert json.loads(docs.filter(pl.col("doc_id") == "d1")["paths"][0]) == ["/x/one.txt"]
    with duckdb.connect() as con:
        n, years = con.execute(f"SELECT count(*), count(DISTINCT year) FROM read_csv('{out}/claims/*/*.csv', "
                               "hive_partitioning=true)").fetchall()[0]
    assert n == counts["claims"] == 8 and years == 2  # 2016, 2017 (and NULL, not counted by DISTINCT)


def test_never_replaces_a_folder_that_is_not_an_export(tmp_path):
    db = known_warehouse(tmp_path / "k.duckdb")
    precious = tmp_path / "thesis"
    precious.mkdir()
    (precious / "chapter1.tex").write_text("do not lose me")
    with pytest.raises(ExportError, match="not an earlier counterclaim export"):
        export(db, precious)
    assert (precious / "chapter1.tex").read_text() == "do not lose me"


def test_empty_warehouse_exports_schema(tmp_path):
    from warehouse.store import connect

    connect(tmp_path / "empty.duckdb").close()
    out = tmp_path / "e"
    assert export(tmp_path / "empty.duckdb", out)["claims"] == 0
    with duckdb.connect() as con:
        cols = [r[0] for r in con.execute(f"DESCRIBE SELECT * FROM read_parquet('{out}/claims/*/*.parquet', "
                                          "hive_partitioning=true)").fetchall()]
    assert "claim_id" in cols and "confidence_reasons" in cols


def test_cli_export(tmp_path):
    db = known_warehouse(tmp_path / "k.duckdb")
    result = CliRunner().invoke(main, ["export", "--out", str(tmp_path / "x"), "--db", str(db)])
    assert result.exit_code == 0, result.output
    assert "claims: 8 rows" in result.output and (tmp_path / "x" / "documents.parquet").exists()
