"""Ingest: the seeds, duplicates, re-ingest, edited files (versions), languages, sources refresh."""

from __future__ import annotations

import importlib
from pathlib import Path

import duckdb
import pytest
from warehouse_factory import articles, write_jsonl

from warehouse import ingest
from warehouse.reader import WarehouseReader, snapshot_path

REPORT = ("At least 14 civilians were killed in an air strike on Saraqib on Monday, the monitoring group said. "
          "State television said 3 soldiers died in the same attack.\n")
EDITED = REPORT.replace("At least 14", "At least 19")


def q(db: Path, sql: str, params: list | None = None) -> list[tuple]:
    with duckdb.connect(str(db), read_only=True) as con:
        return con.execute(sql, params or []).fetchall()


def one(db: Path, sql: str, params: list | None = None):
    return q(db, sql, params)[0][0]


def test_seeds_ingest_and_reingest_changes_nothing(seeds_warehouse, seeds):
    assert one(seeds_warehouse, "SELECT count(*) FROM documents") == 5
    per_doc = q(seeds_warehouse, "SELECT d.doc_id, count(c.claim_id) FROM documents d "
                                 "LEFT JOIN claims c USING (doc_id) GROUP BY ALL")
    assert all(n > 0 for _, n in per_doc), per_doc
    assert one(seeds_warehouse, "SELECT count(*) FROM documents WHERE published IS NULL") == 0
    assert one(seeds_warehouse, "SELECT count(DISTINCT language) FROM documents") == 1


def test_same_file_twice_stores_nothing_new(tmp_path):
    (tmp_path / "a.txt").write_text(REPORT)
    db = tmp_path / "w.duckdb"
    first = ingest([tmp_path / "a.txt"], db)
    before = q(db, "SELECT * FROM claims ORDER BY claim_id")
    again = ingest([tmp_path / "a.txt"], db)
    assert (first.new, first.unchanged) == (1, 0) and first.claims > 0
    assert (again.new, again.unchanged, again.claims) == (0, 1, 0)
    assert q(db, "SELECT * FROM claims ORDER BY claim_id") == before
    assert one(db, "SELECT paths FROM documents") == [str((tmp_path / "a.txt").resolve())]


def test_same_text_under_two_names_is_one_document(tmp_path):
    (tmp_path / "a.txt").write_text(REPORT)
    (tmp_path / "copy.txt").write_text(REPORT.replace("\n", "\r\n"))  # same text after normalisation
    db = tmp_path / "w.duckdb"
    report = ingest([tmp_path], db)
    assert (report.new, report.unchanged) == (1, 1)
    paths = one(db, "SELECT paths FROM documents")
    assert sorted(paths) == sorted(str((tmp_path / n).resolve()) for n in ("a.txt", "copy.txt"))


def test_edited_file_is_a_new_version_and_old_claims_are_replaced(tmp_path):
    f = tmp_path / "a.txt"
    f.write_text(REPORT)
    db = tmp_path / "w.duckdb"
    ingest([f], db)
    old_id = one(db, "SELECT doc_id FROM documents")
    f.write_text(EDITED)
    report = ingest([f], db)
    assert (report.new, report.superseded) == (1, 1)
    new_id = one(db, "SELECT doc_id FROM documents WHERE superseded_by IS NULL")
    assert new_id != old_id
    # The old version stays, marked, with its text; its claims are gone; the path points at the new one.
    assert q(db, "SELECT superseded_by, paths FROM documents WHERE doc_id = ?", [old_id]) == [(new_id, [])]
    assert one(db, "SELECT count(*) FROM claims WHERE doc_id = ?", [old_id]) == 0
    assert one(db, "SELECT count(*) FROM claims WHERE doc_id = ? AND number_text = '19'", [new_id]) >= 1
    assert one(db, "SELECT count(*) FROM claims WHERE number_text = '14'") == 0
    assert q(db, "SELECT doc_id FROM paths") == [(new_id,)]
    # Undoing the edit makes the old version current again, with its claims back.
    f.write_text(REPORT)
    ingest([f], db)
    assert one(db, "SELECT superseded_by FROM documents WHERE doc_id = ?", [old_id]) is None
    assert one(db, "SELECT superseded_by FROM documents WHERE doc_id = ?", [new_id]) == old_id
    assert one(db, "SELECT count(*) FROM claims WHERE number_text = '14'") >= 1
    assert one(db, "SELECT count(*) FROM claims WHERE doc_id = ?", [new_id]) == 0


def test_edit_of_one_of_two_copies_keeps_the_other_current(tmp_path):
    (tmp_path / "a.txt").write_text(REPORT)
    (tmp_path / "b.txt").write_text(REPORT)
    db = tmp_path / "w.duckdb"
    ingest([tmp_path], db)
    (tmp_path / "a.txt").write_text(EDITED)
    report = ingest([tmp_path], db)
    assert (report.new, report.unchanged, report.superseded) == (1, 1, 0)
    assert one(db, "SELECT count(*) FROM documents WHERE superseded_by IS NULL") == 2


def test_table_rows_with_urls_and_metadata(tmp_path):
    rows = articles(12)
    db = tmp_path / "w.duckdb"
    report = ingest([write_jsonl(tmp_path / "a.jsonl", rows)], db)
    assert report.new == 12 and not report.rejected
    got = q(db, "SELECT path, outlet, title, published::VARCHAR FROM documents ORDER BY path")
    want = sorted((r["url"], r["outlet"], r["title"], r["published"]) for r in rows)
    assert got == want


def test_non_english_is_stored_flagged_without_claims(tmp_path):
    (tmp_path / "fr.txt").write_text("Au moins 14 civils ont été tués lundi dans une frappe aérienne sur Saraqib, "
                                     "selon l'observatoire. La télévision d'État a fait état de 3 soldats tués.")
    (tmp_path / "ar.txt").write_text("قتل 14 مدنيا على الأقل في غارة جوية على سراقب يوم الاثنين وفق المرصد السوري")
    (tmp_path / "en.txt").write_text(REPORT)
    db = tmp_path / "w.duckdb"
    report = ingest([tmp_path], db)
    assert report.new == 3 and not report.rejected
    langs = dict(q(db, "SELECT path, language FROM documents"))
    assert langs[str((tmp_path / "fr.txt").resolve())] == "fr"
    assert langs[str((tmp_path / "ar.txt").resolve())] == "ar"
    assert langs[str((tmp_path / "en.txt").resolve())] == "en"
    assert one(db, "SELECT count(*) FROM claims JOIN documents USING (doc_id) WHERE language <> 'en'") == 0
    assert one(db, "SELECT warnings FROM documents WHERE language = 'fr'")[0].startswith("language 'fr'")
    assert any("language 'ar'" in w.reason for w in report.warnings)


def test_sources_table_is_refreshed_after_each_ingest(tmp_path):
    db = tmp_path / "w.duckdb"
    ingest([write_jsonl(tmp_path / "a.jsonl", articles(10))], db)
    want = q(db, "SELECT source, count(*) FROM claims WHERE source IS NOT NULL GROUP BY ALL ORDER BY 1")
    assert q(db, "SELECT source, n_claims FROM sources ORDER BY 1") == want
    assert want  # the articles name their sources


def test_ingest_publishes_a_read_snapshot_that_readers_use(tmp_path):
    db = tmp_path / "w.duckdb"
    report = ingest([write_jsonl(tmp_path / "a.jsonl", articles(3))], db)
    assert report.snapshot == str(snapshot_path(db)) and snapshot_path(db).exists()
    reader = WarehouseReader(db, refresh_every=0)
    assert reader.query("SELECT count(*) AS n FROM documents") == [{"n": 3}]
    inode = snapshot_path(db).stat().st_ino
    reader.query("SELECT 1")
    assert snapshot_path(db).stat().st_ino == inode  # the published snapshot is current: no needless copy
    ingest([write_jsonl(tmp_path / "b.jsonl", articles(5, seed=9))], db)
    assert reader.query("SELECT count(*) AS n FROM documents") == [{"n": 8}]  # reopened the new snapshot
    assert reader.status()["writing"] is False


@pytest.mark.parametrize("batch", [1, 3])
def test_batches_hold_whole_documents(tmp_path, monkeypatch, batch):
    wi = importlib.import_module("warehouse.ingest")

    monkeypatch.setattr(wi, "BATCH_SIZE", batch)
    db = tmp_path / "w.duckdb"
    report = ingest([write_jsonl(tmp_path / "a.jsonl", articles(7))], db)
    assert report.new == 7
    assert one(db, "SELECT count(*) FROM claims WHERE doc_id NOT IN (SELECT doc_id FROM documents)") == 0


def test_worker_processes_store_the_same_as_one_process(tmp_path):
    """Extraction on all cores (a process pool: more documents than POOL_MIN_DOCS) stores exactly what one
    process stores, in the same documents, claims and incidents."""
    from warehouse.analysis import POOL_MIN_DOCS

    src = write_jsonl(tmp_path / "a.jsonl", articles(POOL_MIN_DOCS + 30, seed=5))
    one_db, pool_db = tmp_path / "one.duckdb", tmp_path / "pool.duckdb"
    one_report = ingest([src], one_db, workers=1, publish=False)
    pool_report = ingest([src], pool_db, workers=2, publish=False)
    assert (pool_report.new, pool_report.claims, pool_report.rejected) == \
        (one_report.new, one_report.claims, one_report.rejected) == (POOL_MIN_DOCS + 30, one_report.claims, [])
    for sql in ("SELECT * EXCLUDE (ingested_at) FROM documents ORDER BY doc_id",
                "SELECT * FROM claims ORDER BY claim_id", "SELECT * FROM incidents ORDER BY incident_id, measure"):
        assert q(pool_db, sql) == q(one_db, sql), sql
