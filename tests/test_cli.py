"""Every `counterclaim` command through click's runner, on real files and real warehouse files."""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from counterclaim.cli import main
from warehouse.reader import WarehouseReader

REPORT = (
    "Air strikes killed at least 12 people in Douma on Tuesday, local activists said.\n\n"
    "State media reported that nearly 20 militants were killed in the same area.\n"
)


def run(*args: str, env: dict | None = None):
    return CliRunner().invoke(main, [str(a) for a in args], env=env, catch_exceptions=False)


def count(db: Path, sql: str, params: list | None = None) -> int:
    return WarehouseReader(db).query(sql, params)[0]["n"]


# ------------------------------------------------------------------ the group


def test_help_lists_every_command():
    result = run("--help")
    assert result.exit_code == 0
    for name in ("ingest", "extract", "serve", "demo", "eval", "bench", "sql", "export", "dictionary"):
        assert name in result.output


def test_version():
    result = run("--version")
    assert result.exit_code == 0 and "0." in result.output


# ------------------------------------------------------------------ ingest


def test_ingest_stores_good_files_and_rejects_empty_and_binary(tmp_path):
    src = tmp_path / "in"
    (src / "sub").mkdir(parents=True)
    (src / "good.txt").write_text(REPORT, encoding="utf-8")
    (src / "sub" / "other.md").write_text("Shelling wounded 35 civilians in Homs yesterday, the governor said.\n")
    (src / "empty.txt").write_text("")
    (src / "binary.txt").write_bytes(b"\x00\x01\x02PNG\x00" * 50)
    db = tmp_path / "w.duckdb"

    result = run("ingest", src, "--db", db, "--published", "2016-05-03")
    assert result.exit_code == 1
    assert "empty.txt" in result.stderr and "binary.txt" in result.stderr
    assert "good.txt" not in result.stderr
    assert "2 new" in result.stdout and "2 rejected" in result.stdout
    assert count(db, "SELECT count(*) AS n FROM documents") == 2
    assert count(db, "SELECT count(*) AS n FROM documents WHERE published = DATE '2016-05-03'") == 2
    assert count(db, "SELECT count(*) AS n FROM claims") >= 2


def test_ingest_all_good_exits_0_and_reingest_changes_nothing(tmp_path):
    f = tmp_path / "a.txt"
    f.write_text(REPORT, encoding="utf-8")
    db = tmp_path / "w.duckdb"
    first = run("ingest", f, "--db", db, "--outlet", "Test Outlet")
    assert first.exit_code == 0, first.output
    assert "1 new" in first.stdout
    claims = WarehouseReader(db).query("SELECT claim_id FROM claims ORDER BY claim_id")
    again = run("ingest", f, "--db", db, "--outlet", "Test Outlet")
    assert again.exit_code == 0
    assert "0 new, 1 unchanged" in again.stdout
    assert WarehouseReader(db).query("SELECT claim_id FROM claims ORDER BY claim_id") == claims
    assert count(db, "SELECT count(*) AS n FROM documents WHERE outlet = ?", ["Test Outlet"]) == 1


def test_ingest_uses_the_database_from_the_environment(tmp_path):
    f = tmp_path / "a.txt"
    f.write_text(REPORT, encoding="utf-8")
    db = tmp_path / "env.duckdb"
    result = run("ingest", f, env={"COUNTERCLAIM_DB": str(db)})
    assert result.exit_code == 0
    assert count(db, "SELECT count(*) AS n FROM documents") == 1


def test_ingest_missing_path_is_rejected(tmp_path):
    result = run("ingest", tmp_path / "nope.txt", "--db", tmp_path / "w.duckdb")
    assert result.exit_code == 1
    assert "nope.txt" in result.stderr


def test_ingest_bad_date_is_a_usage_error(tmp_path):
    f = tmp_path / "a.txt"
    f.write_text(REPORT)
    result = CliRunner().invoke(main, ["ingest", str(f), "--published", "03/05/2016"])
    assert result.exit_code == 2
    assert "YYYY-MM-DD" in result.output


def test_ingest_seeds_with_metadata(tmp_path, seeds):
    db = tmp_path / "seeds.duckdb"
    result = run("ingest", seeds, "--db", db, "--metadata", seeds / "metadata.jsonl")
    assert result.exit_code == 0, result.output
    assert "5 new" in result.stdout
    rows = WarehouseReader(db).query(
        "SELECT d.path, d.outlet, d.published, count(c.claim_id) AS n FROM documents d "
        "LEFT JOIN claims c USING (doc_id) GROUP BY ALL ORDER BY d.path")
    assert len(rows) == 5
    meta = {json.loads(line)["doc"]: json.loads(line) for line in (seeds / "metadata.jsonl").read_text().splitlines()}
    for row in rows:
        m = meta[Path(row["path"]).name]
        assert row["outlet"] == m["outlet"] and row["published"].isoformat() == m["published"]
        assert row["n"] > 0, f"no claims in {row['path']}"
    claims = WarehouseReader(db).query("SELECT claim_id FROM claims ORDER BY claim_id")

    again = run("ingest", seeds, "--db", db, "--metadata", seeds / "metadata.jsonl")
    assert again.exit_code == 0
    assert "0 new, 5 unchanged" in again.stdout
    assert count(db, "SELECT count(*) AS n FROM documents") == 5
    assert WarehouseReader(db).query("SELECT claim_id FROM claims ORDER BY claim_id") == claims


def test_ingest_a_table_of_articles(tmp_path):
    table = tmp_path / "articles.jsonl"
    rows = [{"text": REPORT, "title": "Douma", "outlet": "Wire A", "published": "2016-05-03", "url": "https://a.example/1"},
            {"text": "Rebels said they destroyed three tanks near Hama on Monday.", "outlet": "Wire B"},
            {"title": "no text here"}]
    table.write_text("\n".join(json.dumps(r) for r in rows) + "\n")
    db = tmp_path / "w.duckdb"
    result = run("ingest", table, "--db", db)
    assert result.exit_code == 1  # the row without text
    assert "row=3" in result.stderr
    got = WarehouseReader(db).query("SELECT outlet, published FROM documents ORDER BY outlet")
    assert [r["outlet"] for r in got] == ["Wire A", "Wire B"]
    assert got[0]["published"].isoformat() == "2016-05-03"


# ------------------------------------------------------------------ extract


def test_extract_jsonl(tmp_path):
    f = tmp_path / "report.txt"
    f.write_text(REPORT, encoding="utf-8")
    result = run("extract", f, "--published", "2016-05-04", "--outlet", "Test Outlet")
    assert result.exit_code == 0
    claims = [json.loads(line) for line in result.stdout.splitlines()]
    twelve = [c for c in claims if c["best"] == 12]
    assert twelve and twelve[0]["measure"] == "killed"
    assert twelve[0]["number_text"] in REPORT
    assert all(REPORT[c["char_start"]:c["char_end"]] == c["number_text"] for c in claims)


def test_extract_table(tmp_path):
    f = tmp_path / "report.txt"
    f.write_text(REPORT, encoding="utf-8")
    result = run("extract", f, "--format", "table")
    assert result.exit_code == 0
    assert "12" in result.stdout and "killed" in result.stdout


def test_extract_rejects_an_empty_file_and_bad_options(tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_text("   \n")
    result = run("extract", empty)
    assert result.exit_code == 1 and "empty" in result.stderr
    bad = CliRunner().invoke(main, ["extract", str(empty), "--format", "xml"])
    assert bad.exit_code == 2
    missing = CliRunner().invoke(main, ["extract", str(tmp_path / "missing.txt")])
    assert missing.exit_code == 2


# ------------------------------------------------------------------ serve and demo (the browser tests run the real server)


@pytest.fixture
def served(monkeypatch):
    """What `dashboard.serve` was called with (the server itself is tested in a real browser elsewhere)."""
    import dashboard

    calls = []
    monkeypatch.setattr(dashboard, "serve", lambda db, **kw: calls.append((Path(db), kw)))
    return calls


def test_serve_help_and_options(served, tmp_path):
    help_ = run("serve", "--help")
    assert help_.exit_code == 0
    for opt in ("--db", "--host", "--port", "127.0.0.1", "8050"):
        assert opt in help_.output
    assert run("serve", "--db", tmp_path / "w.duckdb", "--port", "9123").exit_code == 0
    assert served[-1] == (tmp_path / "w.duckdb", {"host": "127.0.0.1", "port": 9123})
    assert run("serve", "--host", "0.0.0.0", env={"COUNTERCLAIM_DB": str(tmp_path / "e.duckdb")}).exit_code == 0
    assert served[-1] == (tmp_path / "e.duckdb", {"host": "0.0.0.0", "port": 8050})
    assert CliRunner().invoke(main, ["serve", "--port", "eighty"]).exit_code == 2


def test_demo_reuses_a_current_warehouse(served, demo_warehouse, tmp_path):
    db = tmp_path / "demo.duckdb"
    shutil.copy(demo_warehouse, db)
    result = run("demo", "--db", db, "--port", "9124")
    assert result.exit_code == 0
    assert "Reusing" in result.stderr
    assert served == [(db, {"host": "127.0.0.1", "port": 9124, "demo": True})]


def test_demo_help():
    result = run("demo", "--help")
    assert result.exit_code == 0
    assert "--port" in result.output and "demo.duckdb" in result.output


def test_demo_rebuilds_a_broken_warehouse(served, tmp_path):
    db = tmp_path / "demo.duckdb"
    db.write_bytes(b"half a warehouse")
    result = run("demo", "--db", db)
    assert result.exit_code == 0
    assert "Building" in result.stderr
    assert count(db, "SELECT count(*) AS n FROM documents") >= 200
    assert served and served[0][1]["demo"] is True


def test_a_failed_demo_build_leaves_the_old_file_and_no_half_file(tmp_path):
    from counterclaim.demo import build_demo_warehouse

    db = tmp_path / "demo.duckdb"
    db.write_bytes(b"the previous demo")
    bad = tmp_path / "corpus.jsonl"
    bad.write_text(json.dumps({"text": REPORT, "outlet": "A"}) + "\n" + json.dumps({"title": "no text"}) + "\n")
    with pytest.raises(RuntimeError, match="did not ingest cleanly"):
        build_demo_warehouse(db, corpus=bad)
    assert db.read_bytes() == b"the previous demo"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["corpus.jsonl", "demo.duckdb"]


def test_a_killed_build_leaves_nothing_git_would_see_and_is_cleaned_up(tmp_path):
    import subprocess
    import sys

    from counterclaim.demo import _remove_leftovers

    gone = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True)
    leftover = tmp_path / f".demo.building-{gone.stdout.strip()}.duckdb"
    leftover.write_bytes(b"half")
    mine = tmp_path / f".demo.building-{os.getpid()}.duckdb"
    mine.write_bytes(b"in progress")
    _remove_leftovers(tmp_path / "demo.duckdb")
    assert not leftover.exists() and mine.exists()


def test_the_demo_warehouse_holds_the_whole_corpus(demo_warehouse):
    from counterclaim.corpus import DEMO_CORPUS

    n = len(DEMO_CORPUS.read_text(encoding="utf-8").splitlines())
    assert count(demo_warehouse, "SELECT count(*) AS n FROM documents") == n
    assert count(demo_warehouse, "SELECT count(DISTINCT outlet) AS n FROM documents") >= 6
    assert count(demo_warehouse, "SELECT count(*) AS n FROM documents WHERE published IS NULL") == 0
    assert count(demo_warehouse, "SELECT count(DISTINCT measure) AS n FROM claims") >= 4


# ------------------------------------------------------------------ eval and bench


def test_eval_json_and_table(seeds, gold):
    result = run("eval", "--gold", gold, "--seeds", seeds, "--format", "json")
    assert result.exit_code == 0
    scores = json.loads(result.stdout)
    assert scores["documents"] == 5 and scores["gold"] > 0
    assert 0 < scores["f1"] <= 1
    table = run("eval", "--gold", gold, "--seeds", seeds)
    assert table.exit_code == 0 and "precision" in table.stdout


def test_eval_needs_existing_folders(tmp_path):
    result = CliRunner().invoke(main, ["eval", "--gold", str(tmp_path / "no"), "--seeds", str(tmp_path)])
    assert result.exit_code == 2


def test_bench_small_corpus():
    result = run("bench", "--docs", "20", "--format", "json")
    assert result.exit_code == 0, result.output
    out = json.loads(result.stdout)
    assert out["docs"] == 20 and out["chars"] > 0
    for key in ("extract_chars_per_s", "quantulum3_chars_per_s", "speedup", "peak_rss_mb"):
        assert out[key] > 0, key


def test_bench_dashboard_small_warehouse(tmp_path):
    result = run("bench", "--dashboard", "--claims", "2000", "--format", "json",
                 env={"COUNTERCLAIM_CACHE": str(tmp_path)})
    assert result.exit_code == 0, result.output
    out = json.loads(result.stdout)
    assert out["claims"] == 2000 and out["interactions"]
    assert all(r["p95_ms"] > 0 for r in out["interactions"].values())
    assert Path(out["warehouse"]).parent == tmp_path


# ------------------------------------------------------------------ sql, export, dictionary (on the demo warehouse)


def test_sql_formats(demo_warehouse):
    n = count(demo_warehouse, "SELECT count(*) AS n FROM documents")
    as_json = run("sql", "SELECT count(*) AS n FROM documents", "--db", demo_warehouse, "--format", "json")
    assert as_json.exit_code == 0
    assert str(n) in as_json.stdout
    assert json.loads(as_json.stdout)
    as_csv = run("sql", "SELECT outlet, count(*) AS n FROM documents GROUP BY 1 ORDER BY 1", "--db", demo_warehouse,
                 "--format", "csv")
    assert as_csv.exit_code == 0
    lines = as_csv.stdout.strip().splitlines()
    assert lines[0].replace('"', "") == "outlet,n" and len(lines) >= 7
    table = run("sql", "SELECT measure, count(*) AS n FROM claims GROUP BY 1", "--db", demo_warehouse)
    assert table.exit_code == 0 and "killed" in table.stdout


@pytest.mark.parametrize("query", ["COPY claims TO '/tmp/x.csv'", "SELECT * FROM read_csv('/etc/passwd')",
                                   "DROP TABLE claims", "ATTACH '/tmp/other.duckdb'"])
def test_sql_refuses_files_and_writes(demo_warehouse, query):
    result = CliRunner().invoke(main, ["sql", query, "--db", str(demo_warehouse)])
    assert result.exit_code == 1
    assert "Error" in result.output
    assert count(demo_warehouse, "SELECT count(*) AS n FROM claims") > 0


def test_export_parquet_reads_back(demo_warehouse, tmp_path):
    import polars as pl

    out = tmp_path / "export"
    result = run("export", "--out", out, "--db", demo_warehouse)
    assert result.exit_code == 0, result.output
    n_docs = count(demo_warehouse, "SELECT count(*) AS n FROM documents")
    n_claims = count(demo_warehouse, "SELECT count(*) AS n FROM claims")
    assert f"documents: {n_docs} rows" in result.stdout
    assert pl.read_parquet(out / "documents.parquet").height == n_docs
    assert pl.read_parquet(out / "claims" / "**" / "*.parquet", hive_partitioning=True).height == n_claims
    assert (out / "data-dictionary.json").exists()


def test_export_csv(demo_warehouse, tmp_path):
    out = tmp_path / "csv"
    result = run("export", "--out", out, "--db", demo_warehouse, "--format", "csv")
    assert result.exit_code == 0, result.output
    assert list(out.rglob("*.csv"))


def test_dictionary(tmp_path):
    result = run("dictionary")
    assert result.exit_code == 0
    for word in ("documents", "claims", "incidents", "sources", "confidence_reasons", "at_least"):
        assert word in result.stdout, word
    out = tmp_path / "dd.md"
    assert run("dictionary", "--out", out).exit_code == 0
    assert out.read_text(encoding="utf-8") == result.stdout
