"""Schema version 2 -> 3: claims.day is filled, source_comparison computed, every row kept; an old read
snapshot is replaced by an upgraded one. (Version 1 -> current is in tests/test_dictionary.py.)"""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

import duckdb
import pytest

from warehouse import queries as q
from warehouse.dictionary import as_dict
from warehouse.reader import WarehouseReader, _identity, snapshot_path
from warehouse.schema import SCHEMA_VERSION
from warehouse.store import connect

# The second version's schema, exactly as version 2 of warehouse/schema.py created it, with rows:
# incident I1 (killed) where A says 10, B 20, C 40 (and a reader comment says 400); claims dated to the
# day, month and year, and undated ones in a document with and without a publication date.
V2_DDL = """
CREATE TABLE documents (doc_id VARCHAR, path VARCHAR, paths VARCHAR[], outlet VARCHAR, title VARCHAR,
    published DATE, language VARCHAR, chars INTEGER, text VARCHAR, ingested_at TIMESTAMP,
    extractor_version VARCHAR, superseded_by VARCHAR, warnings VARCHAR[], PRIMARY KEY (doc_id));
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
CREATE TABLE paths (path VARCHAR, doc_id VARCHAR, first_seen TIMESTAMP, last_seen TIMESTAMP, PRIMARY KEY (path));
CREATE TABLE meta (key VARCHAR, value VARCHAR, PRIMARY KEY (key));
INSERT INTO meta VALUES ('schema_version', '2');
INSERT INTO documents (doc_id, path, paths, outlet, published, language, chars, text) VALUES
    ('d1', '/old/one.txt', ['/old/one.txt'], 'Outlet One', '2016-05-01', 'en', 20, 'text one'),
    ('d2', '/old/two.txt', ['/old/two.txt'], NULL, NULL, 'en', 20, 'text two');
INSERT INTO paths VALUES ('/old/one.txt', 'd1', '2020-01-01', '2020-01-01'),
    ('/old/two.txt', 'd2', '2020-01-01', '2020-01-01');
INSERT INTO claims (claim_id, doc_id, section, best, measure, source, source_type, event_date, incident_id) VALUES
    ('a', 'd1', 'body', 10, 'killed', 'A', 'monitor', '2016-04-30', 'I1'),
    ('b', 'd1', 'body', 20, 'killed', 'B', 'monitor', '2016-04', 'I1'),
    ('c', 'd1', 'body', 40, 'killed', 'C', 'state_media', '2016', 'I1'),
    ('r', 'd1', 'comment', 400, 'killed', 'Reader', 'reader_comment', NULL, 'I1'),
    ('u', 'd2', 'body', 7, 'killed', 'A', 'monitor', NULL, NULL);
INSERT INTO incidents VALUES ('I1', 'killed', 'Strike, Douma', 'Douma', '2016-04-30', '2016-04-30', 4, 4,
    10, 10, 400, 400, 40.0);
"""

DAYS = {"a": date(2016, 4, 30), "b": date(2016, 4, 1), "c": date(2016, 1, 1), "r": date(2016, 5, 1), "u": None}


def v2_warehouse(path: Path) -> Path:
    with duckdb.connect(str(path)) as con:
        con.execute(V2_DDL)
    return path


def documented(name: str) -> list[tuple[str, str]]:
    d = as_dict()
    entry = next(x for x in d["tables"] + d["views"] if x["name"] == name)
    return [(c["name"], c["type"]) for c in entry["columns"]]


def test_v2_migrates_filling_day_and_the_source_comparison(tmp_path):
    db = v2_warehouse(tmp_path / "v2.duckdb")
    con = connect(db)  # a writable open upgrades
    try:
        assert con.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchall() == [(str(SCHEMA_VERSION),)]
        for name in ("claims", "source_comparison", "v_claims", "v_source_bias"):
            assert [(r[0], r[1]) for r in con.execute(f"DESCRIBE {name}").fetchall()] == documented(name), name
        assert dict(con.execute("SELECT claim_id, day FROM claims").fetchall()) == DAYS
        assert con.execute("SELECT count(*) FROM documents").fetchall() == [(2,)]
        assert con.execute("SELECT count(*) FROM incidents").fetchall() == [(1,)]
        # Without comments: A 10 vs median(20, 40) = 30; B 20 vs 25; C 40 vs 15.
        rows = {r[0]: r[1:] for r in con.execute(
            "SELECT source, n_incidents, median_ratio, n_highest, n_lowest FROM source_comparison "
            "WHERE measure IS NULL AND NOT include_comments").fetchall()}
        assert rows.keys() == {"A", "B", "C"}
        assert rows["A"] == (1, pytest.approx(10 / 30), 0, 1) and rows["C"] == (1, pytest.approx(40 / 15), 1, 0)
        assert rows["B"][1] == pytest.approx(20 / 25)
        # With the reader comment: four sources, the comment highest of all.
        with_comments = dict(con.execute("SELECT source, n_highest FROM source_comparison "
                                         "WHERE measure = 'killed' AND include_comments").fetchall())
        assert with_comments == {"A": 0, "B": 0, "C": 0, "Reader": 1}
        assert sorted(r[0] for r in con.execute("SELECT source FROM v_source_bias").fetchall()) == ["A", "B", "C"]
    finally:
        con.close()


def test_the_upgraded_warehouse_takes_an_ingest(tmp_path):
    """New claims get their day from their own document after the upgrade, old ones keep theirs."""
    from warehouse_factory import articles, write_jsonl

    from warehouse import ingest

    db = v2_warehouse(tmp_path / "v2.duckdb")
    ingest([write_jsonl(tmp_path / "a.jsonl", articles(3))], db, workers=1)
    with duckdb.connect(str(db), read_only=True) as con:
        assert dict(con.execute("SELECT claim_id, day FROM claims WHERE doc_id IN ('d1', 'd2')").fetchall()) == DAYS
        mismatched = con.execute(f"SELECT count(*) {q.FROM_CLAIMS} WHERE c.day IS DISTINCT FROM {q.CLAIM_DAY}")
        assert mismatched.fetchall() == [(0,)]
        assert con.execute("SELECT count(*) FROM claims WHERE day IS NULL").fetchall() == [(1,)]  # claim 'u'


def test_a_read_snapshot_of_an_older_schema_is_published_again(tmp_path):
    """A dashboard upgraded over a v2 warehouse whose v2 snapshot is current: it must not query the old copy."""
    db = v2_warehouse(tmp_path / "v2.duckdb")
    snap = snapshot_path(db)
    shutil.copyfile(db, snap)
    with duckdb.connect(str(snap)) as con:
        con.execute("INSERT INTO meta VALUES ('snapshot_of', ?)", [_identity(db)])
    r = WarehouseReader(db)
    assert {x["source"] for x in q.source_bias(r)} == {"A", "B", "C"}
    assert r.query("SELECT value FROM meta WHERE key = 'schema_version'") == [{"value": str(SCHEMA_VERSION)}]
    with duckdb.connect(str(db), read_only=True) as con:  # the main file is upgraded by the next ingest, not here
        assert con.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchall() == [("2",)]
