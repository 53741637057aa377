"""The data dictionary matches the real schema; the checked-in doc is current; old warehouses migrate."""

from __future__ import annotations

from pathlib import Path

import duckdb
import pytest
from click.testing import CliRunner
from warehouse_factory import articles, write_jsonl

from counterclaim.cli import main
from warehouse import ingest
from warehouse.dictionary import as_dict, render_markdown
from warehouse.migrate import SchemaError
from warehouse.schema import SCHEMA_VERSION
from warehouse.sql import QueryRefused, run_query
from warehouse.store import connect

REPO = Path(__file__).resolve().parent.parent
DOC = REPO / "docs" / "data-dictionary.md"

# The first version's schema, exactly as version 1 of warehouse/schema.py created it.
V1_DDL = """
CREATE TABLE documents (doc_id VARCHAR, path VARCHAR, paths VARCHAR[], outlet VARCHAR, title VARCHAR,
    published DATE, language VARCHAR, chars INTEGER, text VARCHAR, ingested_at TIMESTAMP,
    extractor_version VARCHAR, PRIMARY KEY (doc_id));
CREATE TABLE claims (claim_id VARCHAR, doc_id VARCHAR, section VARCHAR, sentence VARCHAR, char_start INTEGER,
    char_end INTEGER, number_text VARCHAR, low DOUBLE, high DOUBLE, best DOUBLE, qualifier VARCHAR, unit VARCHAR,
    measure VARCHAR, subject VARCHAR, side VARCHAR, location VARCHAR, admin1 VARCHAR, lat DOUBLE, lon DOUBLE,
    event_date VARCHAR, date_precision VARCHAR, source VARCHAR, source_type VARCHAR, stance VARCHAR,
    confidence DOUBLE, confidence_reasons VARCHAR[], incident_id VARCHAR, PRIMARY KEY (claim_id));
CREATE TABLE incidents (incident_id VARCHAR, measure VARCHAR, label VARCHAR, location VARCHAR, date_start DATE,
    date_end DATE, n_claims INTEGER, n_sources INTEGER, low_min DOUBLE, best_min DOUBLE, best_max DOUBLE,
    high_max DOUBLE, spread_ratio DOUBLE, PRIMARY KEY (incident_id, measure));
CREATE TABLE sources (source VARCHAR, source_type VARCHAR, n_claims INTEGER, first_seen DATE, last_seen DATE,
    PRIMARY KEY (source));
CREATE TABLE meta (key VARCHAR, value VARCHAR, PRIMARY KEY (key));
INSERT INTO meta VALUES ('schema_version', '1');
INSERT INTO documents VALUES ('aaaa', '/old/a.txt', ['/old/a.txt', '/old/copy-of-a.txt'], 'Old Outlet', 'Old',
    '2015-03-04', 'en', 40, 'At least 9 people were killed in Azaz, a monitor said.', '2020-01-01 00:00:00', '0.0.1');
INSERT INTO claims (claim_id, doc_id, number_text, best, measure, source)
    VALUES ('c1', 'aaaa', '9', 9, 'killed', 'a monitor');
"""


def described(con: duckdb.DuckDBPyConnection, name: str) -> list[tuple[str, str]]:
    return [(r[0], r[1]) for r in con.execute(f"DESCRIBE {name}").fetchall()]


def documented(name: str) -> list[tuple[str, str]]:
    d = as_dict()
    entry = next(x for x in d["tables"] + d["views"] if x["name"] == name)
    return [(c["name"], c["type"]) for c in entry["columns"]]


@pytest.fixture(scope="module")
def real(tmp_path_factory) -> Path:
    d = tmp_path_factory.mktemp("dict")
    ingest([write_jsonl(d / "a.jsonl", articles(5))], d / "w.duckdb")
    return d / "w.duckdb"


def test_every_table_and_view_matches_the_dictionary(real):
    d = as_dict()
    with duckdb.connect(str(real), read_only=True) as con:
        actual = {r[0] for r in con.execute("SELECT table_name FROM information_schema.tables "
                                            "WHERE table_schema = 'main'").fetchall()}
        assert actual == {x["name"] for x in d["tables"] + d["views"]}
        for name in actual:
            assert described(con, name) == documented(name), name


def test_every_column_has_a_meaning_and_vocabularies_list_values():
    from warehouse.views import VIEWS

    d = as_dict()
    ours = {v.name for v in VIEWS} | {t["name"] for t in d["tables"]}
    for entry in d["tables"] + d["views"]:
        for c in entry["columns"]:
            if entry["name"] in ours:  # incident views are described by warehouse/incidents.py
                assert c["description"].strip(), (entry["name"], c["name"])
    claims = {c["name"]: c for c in next(t for t in d["tables"] if t["name"] == "claims")["columns"]}
    assert "killed" in claims["measure"]["allowed"] and "at_least" in claims["qualifier"]["allowed"]


def test_checked_in_doc_is_current():
    assert DOC.read_text(encoding="utf-8") == render_markdown(), (
        "docs/data-dictionary.md is out of date: run `counterclaim dictionary --out docs/data-dictionary.md`")


def test_cli_renders_the_same(tmp_path):
    result = CliRunner().invoke(main, ["dictionary", "--out", str(tmp_path / "d.md")])
    assert result.exit_code == 0
    text = (tmp_path / "d.md").read_text(encoding="utf-8")
    assert text == render_markdown() and "### v_source_bias" in text and "```sql" in text


def old_warehouse(path: Path) -> Path:
    with duckdb.connect(str(path)) as con:
        con.execute(V1_DDL)
    return path


def test_reading_an_old_warehouse_says_exactly_what_to_do(tmp_path):
    db = old_warehouse(tmp_path / "old.duckdb")
    with pytest.raises(QueryRefused) as e:
        run_query(db, "SELECT 1")
    assert "schema version 1" in str(e.value) and f"python -m warehouse.migrate {db}" in str(e.value)
    with pytest.raises(SchemaError, match="python -m warehouse.migrate"):
        connect(db, read_only=True)


def test_old_warehouse_migrates_keeping_every_row(tmp_path):
    db = old_warehouse(tmp_path / "old.duckdb")
    con = connect(db)  # a writable open upgrades
    try:
        assert con.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchall()[0][0] == str(SCHEMA_VERSION)
        for name in ("documents", "claims", "paths", "v_claims", "v_source_bias"):
            assert described(con, name) == documented(name), name
        assert con.execute("SELECT doc_id, superseded_by FROM documents").fetchall() == [("aaaa", None)]
        assert sorted(con.execute("SELECT path, doc_id FROM paths").fetchall()) == [
            ("/old/a.txt", "aaaa"), ("/old/copy-of-a.txt", "aaaa")]
        assert con.execute("SELECT claim_id, outlet FROM v_claims").fetchall() == [("c1", "Old Outlet")]
    finally:
        con.close()
    assert run_query(db, "SELECT count(*) FROM claims").rows == [(1,)]


def test_migrate_command_and_newer_version_refused(tmp_path):
    from warehouse.migrate import main as migrate_main

    db = old_warehouse(tmp_path / "old.duckdb")
    assert migrate_main([str(db)]) == 0
    assert migrate_main([str(db)]) == 0  # idempotent
    with duckdb.connect(str(db)) as con:
        con.execute("UPDATE meta SET value = '99' WHERE key = 'schema_version'")
    with pytest.raises(SchemaError, match="newer than this counterclaim"):
        connect(db)
    with pytest.raises(QueryRefused, match="upgrade counterclaim"):
        run_query(db, "SELECT 1")


def test_a_foreign_duckdb_file_is_not_taken_for_a_warehouse(tmp_path):
    with duckdb.connect(str(tmp_path / "other.duckdb")) as con:
        con.execute("CREATE TABLE mine (x INTEGER)")
    with pytest.raises(SchemaError, match="not a counterclaim warehouse"):
        connect(tmp_path / "other.duckdb")


def test_a_file_that_is_not_duckdb_gets_a_clear_error(tmp_path):
    (tmp_path / "notes.duckdb").write_text("my shopping list")
    with pytest.raises(SchemaError, match="cannot be opened as a warehouse.*not a valid DuckDB database file"):
        connect(tmp_path / "notes.duckdb")
    with pytest.raises(QueryRefused, match="cannot be opened as a warehouse"):
        run_query(tmp_path / "notes.duckdb", "SELECT 1")
    assert (tmp_path / "notes.duckdb").read_text() == "my shopping list"
