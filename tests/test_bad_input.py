"""Every kind of bad input gets a clear error naming the file (and row) and the ingest goes on."""

from __future__ import annotations

import json
from pathlib import Path

import duckdb
import pyarrow as pa
import pyarrow.parquet as pq
import pytest
from click.testing import CliRunner

from counterclaim.cli import main
from warehouse import ingest
from warehouse.readers import MAX_DOCUMENT_BYTES

GOOD = ("At least 14 civilians were killed in an air strike on Saraqib on Monday, the monitoring group said.\n"
        "Rescue workers said 6 more people were wounded.\n")


def rows(db: Path, sql: str, params: list | None = None) -> list[tuple]:
    with duckdb.connect(str(db), read_only=True) as con:
        return con.execute(sql, params or []).fetchall()


def run(tmp_path: Path, files: dict[str, bytes | str]):
    src = tmp_path / "in"
    src.mkdir()
    for name, content in files.items():
        (src / name).write_bytes(content if isinstance(content, bytes) else content.encode("utf-8"))
    (src / "good.txt").write_text(GOOD, encoding="utf-8")
    db = tmp_path / "w.duckdb"
    report = ingest([src], db)
    reasons = {Path(r.path).name: r.reason for r in report.rejected}
    warnings: dict[str, str] = {}
    for w in report.warnings:
        warnings[Path(w.path).name] = (warnings.get(Path(w.path).name, "") + " / " + w.reason).strip(" /")
    # whatever else happened, the good file is stored with its claims
    assert rows(db, "SELECT count(*) FROM documents d JOIN claims c USING (doc_id) "
                    "WHERE d.path LIKE '%good.txt'")[0][0] > 0
    return db, report, reasons, warnings


@pytest.mark.parametrize("name, content, reason", [
    ("empty.txt", b"", "empty"),
    ("blank.md", b"  \n\n\t \n", "empty"),
    ("image.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4, "binary"),
    ("controls.txt", bytes([1, 2, 3, 4, 5, 6, 7, 8, 14, 15, 16]) * 200, "binary"),
    ("noise.txt", bytes((i * 7919 + 13) % 255 + 1 for i in range(6000)), "not a text document|undecodable"),
    ("page.html", b"<html><head><script>var a = 1;</script></head><body></body></html>", "no readable article text"),
])
def test_rejected_files_are_named_with_reason(tmp_path, name, content, reason):
    import re

    db, report, reasons, _ = run(tmp_path, {name: content})
    assert re.search(reason, reasons[name]), reasons
    assert report.new == 1


def test_missing_path_and_unsupported_type_are_rejected(tmp_path):
    (tmp_path / "good.txt").write_text(GOOD)
    (tmp_path / "report.pdf").write_bytes(b"%PDF-1.4 whatever")
    report = ingest([tmp_path / "good.txt", tmp_path / "nowhere", tmp_path / "report.pdf"], tmp_path / "w.duckdb")
    assert report.new == 1 and report.rejected[0].reason == "no such file or folder"
    assert report.rejected[1].reason.startswith("unsupported file type '.pdf'")


def test_other_encodings_are_decoded_with_a_warning(tmp_path):
    text = "Le café de Saraqib a été détruit; «au moins 14 morts», selon l'observatoire régional. " * 3
    db, report, reasons, warnings = run(tmp_path, {
        "cp1252.txt": text.encode("cp1252"),
        "utf16.txt": text.encode("utf-16"),
    })
    assert not reasons and report.new == 3
    stored = dict((Path(p).name, t) for p, t in rows(db, "SELECT path, text FROM documents"))
    assert stored["cp1252.txt"].startswith("Le café de Saraqib a été détruit")
    assert stored["utf16.txt"].startswith("Le café")
    assert "decoded as" in warnings["cp1252.txt"] and "utf-16" in warnings["utf16.txt"]


def test_invalid_utf8_keeps_the_text_and_says_what_was_replaced(tmp_path):
    broken = ("Über 14 Zivilisten — so the monitor — were killed in Saraqib, the café owner said. " * 3).encode()
    at = broken.index(b"Saraqib")
    broken = broken[:at] + b"\xff\xfe" + broken[at:]
    db, _, reasons, warnings = run(tmp_path, {"broken.txt": broken})
    assert "broken.txt" not in reasons
    assert f"invalid UTF-8: 2 byte sequence(s) replaced by U+FFFD (first at byte {at})" in warnings["broken.txt"]
    text = rows(db, "SELECT text FROM documents WHERE path LIKE '%broken.txt'")[0][0]
    assert "\ufffd" in text and "café owner" in text


def test_truncated_and_malformed_html(tmp_path):
    page = ("<html><head><title>Strike on Saraqib</title></head><body><article><p>" + GOOD.replace("\n", " ") +
            "</p><p>The council said 30 homes were damaged.</p></article><div class='comments'>")
    db, _, reasons, _ = run(tmp_path, {
        "truncated.html": page[: len(page) - 30],  # cut in the middle of the second paragraph
        "malformed.htm": "<body><p>Monitors counted 12 dead in Azaz <b><i>after shelling</b></i><<p>on Friday, "
                         "the local council said, while 40 families fled.<div></span></body></table>",
    })
    assert "truncated.html" not in reasons and "malformed.htm" not in reasons
    texts = dict((Path(p).name, t) for p, t in rows(db, "SELECT path, text FROM documents"))
    assert "Saraqib" in texts["truncated.html"] and "12 dead in Azaz" in texts["malformed.htm"]


def test_a_200_mb_file_is_rejected_by_the_documented_limit_without_reading_it(tmp_path):
    big = tmp_path / "in" / "huge.txt"
    big.parent.mkdir()
    with big.open("wb") as f:
        f.truncate(200 * 1024 * 1024)  # sparse: 200 MB on paper, nothing to read
    (tmp_path / "in" / "good.txt").write_text(GOOD)
    report = ingest([tmp_path / "in"], tmp_path / "w.duckdb")
    assert report.new == 1
    [r] = report.rejected
    assert r.path.endswith("huge.txt") and "too large: 200.0 MB" in r.reason and "10.0 MB" in r.reason
    assert MAX_DOCUMENT_BYTES == 10 * 1024 * 1024


def test_jsonl_bad_rows_are_reported_by_row_number(tmp_path):
    lines = [
        json.dumps({"text": GOOD, "url": "u1"}),
        "{not json",
        json.dumps({"body": "no text column here"}),
        "",
        json.dumps({"text": 42}),
        json.dumps(["a", "list"]),
        json.dumps({"text": "   "}),
        "[" * 100000,
        json.dumps({"text": "Lone \ud800 surrogate: 5 killed."}),
        json.dumps({"text": GOOD + " Another 3 people were wounded.", "url": "u2", "published": "yesterday",
                    "title": "bad \udcff title"}),
    ]
    src = tmp_path / "a.jsonl"
    src.write_bytes("\n".join(lines).encode("utf-8", "surrogatepass") + b"\n" + b'{"text": "caf\xe9 12 dead"}\n')
    report = ingest([src], tmp_path / "w.duckdb")
    got = {r.path.rsplit("#row=", 1)[1]: r.reason for r in report.rejected}
    assert got.keys() == {"2", "3", "5", "6", "7", "8", "9", "11"}
    assert got["2"].startswith("not JSON") and "no 'text' column (has: body)" in got["3"]
    assert "'text' is int" in got["5"] and "JSON list" in got["6"] and got["7"] == "empty text"
    assert "surrogate" in got["9"] and "invalid UTF-8" in got["11"]
    assert report.new == 2
    db = tmp_path / "w.duckdb"
    assert rows(db, "SELECT path, published, title, warnings FROM documents WHERE path = 'u2'") == [
        ("u2", None, "bad \ufffd title", ["published 'yesterday' is not a date (expected YYYY-MM-DD): stored NULL"])]


def test_csv_missing_text_column_and_bad_rows(tmp_path):
    (tmp_path / "notext.csv").write_text("title,body\nA,B\n")
    (tmp_path / "rows.csv").write_text(
        "text,title,published\n"
        f'"{GOOD}",ok,2016-05-02\n'
        "only one field\n"
        ",empty text,2016-05-02\n"
        f'"{GOOD} And 2 more.",bad date,2016-02-30\n'
        f'"{GOOD} Also 9.",odd date,05/06/2016\n'
    )
    report = ingest([tmp_path / "notext.csv", tmp_path / "rows.csv"], tmp_path / "w.duckdb")
    reasons = {Path(r.path).name: r.reason for r in report.rejected}
    assert "no 'text' column in the header (columns: title, body)" in reasons["notext.csv"]
    assert "1 fields, the header has 3" in reasons["rows.csv#row=2"] and reasons["rows.csv#row=3"] == "empty text"
    assert report.new == 3
    dates = rows(tmp_path / "w.duckdb", "SELECT title, published::VARCHAR, warnings FROM documents ORDER BY title")
    assert dates[0][:2] == ("bad date", None) and "'2016-02-30' is not a date" in dates[0][2][0]
    assert dates[1][:2] == ("odd date", None) and dates[2][:2] == ("ok", "2016-05-02")


def test_parquet_without_text_and_corrupt_parquet(tmp_path):
    pq.write_table(pa.table({"body": ["x"]}), tmp_path / "notext.parquet")
    (tmp_path / "corrupt.parquet").write_bytes(b"PAR1 this is not really parquet PAR1")
    pq.write_table(pa.table({"text": [GOOD, None], "published": ["2016-05-01", "1066-10-14"]}), tmp_path / "ok.parquet")
    report = ingest([tmp_path], tmp_path / "w.duckdb")
    reasons = {Path(r.path).name: r.reason for r in report.rejected}
    assert "no 'text' column" in reasons["notext.parquet"] and "unreadable Parquet" in reasons["corrupt.parquet"]
    assert "'text' is NoneType" in reasons["ok.parquet#row=2"]
    assert report.new == 1


def test_metadata_with_bad_dates_and_bad_lines(tmp_path):
    (tmp_path / "a.txt").write_text(GOOD)
    (tmp_path / "meta.jsonl").write_text(
        json.dumps({"doc": "a.txt", "outlet": "Valley Monitor", "published": "Tuesday"}) + "\n{broken\n")
    report = ingest([tmp_path], tmp_path / "w.duckdb", metadata=tmp_path / "meta.jsonl")
    assert report.new == 1 and [r.reason for r in report.rejected] == ["metadata: not JSON: Expecting property name "
                                                                       "enclosed in double quotes"]
    assert rows(tmp_path / "w.duckdb", "SELECT outlet, published, warnings[1] FROM documents") == [
        ("Valley Monitor", None, "metadata published 'Tuesday' is not a date (expected YYYY-MM-DD): stored NULL")]


def test_cli_exit_code_and_messages(tmp_path):
    (tmp_path / "good.txt").write_text(GOOD)
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "latin.txt").write_bytes(("Le café était fermé; 14 morts selon l'observatoire local. " * 4)
                                         .encode("latin-1"))
    result = CliRunner().invoke(main, ["ingest", str(tmp_path), "--db", str(tmp_path / "w.duckdb")])
    assert result.exit_code == 1
    assert f"rejected: {(tmp_path / 'empty.txt').resolve()}: empty: no text to read" in result.output
    assert "warning:" in result.output and "decoded as" in result.output
    assert "documents: 2 new, 0 unchanged, 1 rejected" in result.output


def test_table_row_over_the_document_limit_is_rejected_and_the_rest_stored(tmp_path):
    huge = "x" * (MAX_DOCUMENT_BYTES + 1)
    src = tmp_path / "big.jsonl"
    src.write_text(json.dumps({"text": GOOD, "url": "u1"}) + "\n" + json.dumps({"text": huge}) + "\n" +
                   json.dumps({"text": GOOD + " Later 4 more died.", "url": "u3"}) + "\n")
    long_text = GOOD + "The night was calm. " * 8000  # a 160 KB field: more than the csv module's default limit
    (tmp_path / "long-field.csv").write_text(f'text,title\n"{long_text}",long\n')
    (tmp_path / "huge-field.csv").write_text(f'text\n"{GOOD} One."\n"{huge}"\n"{GOOD} Two."\n')
    report = ingest([tmp_path], tmp_path / "w.duckdb")
    assert [(Path(r.path).name, r.reason) for r in report.rejected] == [
        ("big.jsonl#row=2", "text too large: the limit for one document is 10.0 MB"),
        ("huge-field.csv#row=2", "text too large: the limit for one document is 10.0 MB")]
    assert report.new == 5  # the rows after the bad one are read too


def test_spreadsheet_csv_in_utf16_bom_jsonl_latin1_row_and_broken_link(tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    (src / "excel.csv").write_bytes(f"text,title\n\"{GOOD.strip()} 3 more were hurt.\",from a spreadsheet\n"
                                    .encode("utf-16"))
    (src / "bom.jsonl").write_bytes(b"\xef\xbb\xbf" + json.dumps({"text": GOOD, "url": "u-bom"}).encode() + b"\n")
    (src / "latin1.jsonl").write_bytes(b'{"text": "Caf\xe9: 12 killed in Idlib"}\n')
    (src / "gone.txt").symlink_to(tmp_path / "nowhere.txt")
    report = ingest([src], tmp_path / "w.duckdb")
    reasons = {Path(r.path).name: r.reason for r in report.rejected}
    assert reasons == {"gone.txt": "broken symbolic link: it points to nothing",
                       "latin1.jsonl#row=1": "invalid UTF-8 at byte 13 of the line"}
    titles = {r[0] for r in rows(tmp_path / "w.duckdb", "SELECT coalesce(title, path) FROM documents")}
    assert titles == {"from a spreadsheet", "u-bom"}
