"""Properties: arbitrary bytes never crash ingest nor corrupt the warehouse; arbitrary article tables
round-trip through ingest and export."""

from __future__ import annotations

import json
import shutil
import tempfile
from datetime import date
from pathlib import Path

import duckdb
import polars as pl
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from warehouse import ingest
from warehouse.decode import parse_published
from warehouse.export import export
from warehouse.store import doc_id_for, normalise_text

pytestmark = pytest.mark.slow
SETTINGS = settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.too_slow])
GOOD = "At least 14 civilians were killed in an air strike on Saraqib on Monday, the monitoring group said.\n"

SENTENCES = [
    "Nearly 30 fighters were captured near Azaz, a commander said.",
    "State media said 5 tanks were destroyed on Friday.",
    "The pound fell to 580 per dollar in Damascus, traders said.",
    "Some 2,000 families fled the shelling, the UN said.",
]


def invariants(db: Path) -> int:
    """The warehouse opens and is consistent; returns the number of documents."""
    with duckdb.connect(str(db), read_only=True) as con:
        q = lambda sql: con.execute(sql).fetchall()[0][0]  # noqa: E731
        assert q("SELECT count(*) FROM claims WHERE doc_id NOT IN (SELECT doc_id FROM documents)") == 0
        assert q("SELECT count(*) FROM documents WHERE chars <> length(text) OR text = ''") == 0
        assert q("SELECT count(*) FROM paths WHERE doc_id NOT IN (SELECT doc_id FROM documents)") == 0
        assert q("SELECT count(*) FROM claims c JOIN documents d USING (doc_id) "
                 "WHERE c.char_end > d.chars OR c.char_start < 0") == 0
        assert q("SELECT count(*) FROM documents WHERE path LIKE '%good.txt' AND superseded_by IS NULL") == 1
        return q("SELECT count(*) FROM documents")


@pytest.fixture(scope="module")
def shared(tmp_path_factory):
    """One warehouse for all examples, so a bad file that corrupted it would break every later example."""
    d = tmp_path_factory.mktemp("bytes")
    (d / "good.txt").write_text(GOOD)
    ingest([d / "good.txt"], d / "w.duckdb", publish=False)
    return d


@SETTINGS
@given(data=st.binary(max_size=3000) | st.text(max_size=500).map(lambda s: s.encode("utf-8", "surrogatepass")),
       suffix=st.sampled_from([".txt", ".md", ".html", ".jsonl", ".csv", ".parquet"]))
def test_arbitrary_bytes_never_crash_nor_corrupt(shared, data, suffix):
    with tempfile.TemporaryDirectory(dir=shared) as tmp:
        f = Path(tmp) / f"input{suffix}"
        f.write_bytes(data)
        before = invariants(shared / "w.duckdb")
        report = ingest([f], shared / "w.duckdb", publish=False)
        after = invariants(shared / "w.duckdb")
        assert after == before + report.new
        for r in report.rejected:
            assert r.path.startswith(str(f.resolve())) and r.reason.strip()
        if suffix in (".txt", ".md", ".html"):
            assert report.new + report.unchanged + len(report.rejected) == 1  # every file is accounted for


text_st = st.one_of(
    st.text(st.characters(blacklist_categories=("Cs",)), min_size=1, max_size=200),
    st.lists(st.sampled_from(SENTENCES), min_size=1, max_size=4).map(" ".join),
)
row_st = st.fixed_dictionaries({
    "text": text_st,
    "title": st.none() | st.text(st.characters(blacklist_categories=("Cs",)), max_size=30),
    "outlet": st.none() | st.sampled_from(["Valley Monitor", "Northern Wire", "Ünïcode Ñews"]),
    "published": st.none() | st.dates(min_value=date(1990, 1, 1), max_value=date(2030, 12, 31)).map(str),
})


@SETTINGS
@given(rows=st.lists(row_st, min_size=1, max_size=12), fmt=st.sampled_from(["jsonl", "parquet", "csv"]))
def test_article_tables_round_trip_through_ingest_and_export(tmp_path_factory, rows, fmt):
    d = Path(tempfile.mkdtemp(dir=tmp_path_factory.getbasetemp()))
    try:
        src = d / f"articles.{fmt}"
        if fmt == "jsonl":
            src.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
        elif fmt == "csv":
            import csv

            with src.open("w", encoding="utf-8", newline="") as f:
                w = csv.DictWriter(f, fieldnames=["text", "title", "outlet", "published"])
                w.writeheader()
                w.writerows(rows)
            rows = [{k: (v if v != "" else None) if k != "text" else v for k, v in r.items()} for r in rows]
        else:
            pl.DataFrame(rows, schema={"text": pl.String, "title": pl.String, "outlet": pl.String,
                                       "published": pl.String}).write_parquet(src)
        report = ingest([src], d / "w.duckdb", publish=False)
        assert {r.reason for r in report.rejected} <= {"empty text"}, report.rejected
        expected: dict[str, tuple] = {}
        for r in rows:
            if not r["text"].strip():
                continue
            text = normalise_text(r["text"])
            title = (r["title"] or "").strip() or None
            published = parse_published(r["published"])[0]  # out-of-range dates are stored NULL
            expected.setdefault(doc_id_for(text), (text, title, r["outlet"], published and published.isoformat()))
        assert report.new == len(expected)
        export(d / "w.duckdb", d / "out")
        docs = pl.read_parquet(d / "out" / "documents.parquet")
        got = {row["doc_id"]: (row["text"], row["title"], row["outlet"],
                               row["published"].isoformat() if row["published"] else None)
               for row in docs.iter_rows(named=True)}
        assert got == expected
        with duckdb.connect() as con:
            exported = sorted(con.execute(f"SELECT * EXCLUDE (year) FROM read_parquet('{d}/out/claims/*/*.parquet', "
                                          "hive_partitioning=true)").fetchall(), key=repr)
        with duckdb.connect(str(d / "w.duckdb"), read_only=True) as con:
            stored = sorted(con.execute("SELECT * FROM claims").fetchall(), key=repr)
        assert exported == stored
    finally:
        shutil.rmtree(d, ignore_errors=True)


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=2000))
def test_decode_never_raises_and_keeps_utf8_text(data):
    from warehouse.decode import decode

    result = decode(data)
    if isinstance(result, str):
        assert result  # a reason
        return
    text, warnings = result
    assert text.strip() and all(isinstance(w, str) for w in warnings)
    try:
        exact = data.decode("utf-8")
    except UnicodeDecodeError:
        return
    if not data.startswith(b"\xef\xbb\xbf"):
        assert text == exact and warnings == []  # valid UTF-8 is never re-guessed


@settings(max_examples=200, deadline=None)
@given(st.one_of(st.text(max_size=40), st.integers(), st.floats(), st.none(),
                 st.dates(min_value=date(1900, 1, 1), max_value=date(2026, 12, 31))))
def test_parse_published_never_raises_and_round_trips_iso_dates(value):
    got, warning = parse_published(value)
    assert got is None or 1900 <= got.year <= date.today().year + 1
    assert (warning is None) or (got is None and "stored NULL" in warning)
    if isinstance(value, date):
        assert parse_published(value.isoformat()) == (value, None) == (got, warning)
