"""Files to articles: plain text, Markdown, HTML, and tables of articles (JSONL, CSV, Parquet).

Every reader yields `Article`s or `Rejection`s; nothing here raises for bad
input, so one bad file (or one bad row) never stops an ingest. What is read
but doubtful (another encoding, replaced bytes, an unreadable date) travels
with the article as a warning and is stored in documents.warnings.

Limits: one document (a .txt/.md/.html file, or the text of one table row) may
be at most MAX_DOCUMENT_BYTES (10 MB; a long news report is ~100 KB); a larger
file is rejected before it is read. Tables are streamed row by row, so a
table file may be of any size. Rows are numbered from 1: the line for JSONL,
the record after the header for CSV, the row for Parquet ("file.csv#row=12").
"""

from __future__ import annotations

import csv
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from warehouse.decode import decode, parse_published

TEXT_SUFFIXES = {".txt", ".md"}
HTML_SUFFIXES = {".html", ".htm"}
TABLE_SUFFIXES = {".jsonl", ".csv", ".parquet"}
SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | TABLE_SUFFIXES
MAX_DOCUMENT_BYTES = 10 * 1024 * 1024
TABLE_COLUMNS = ("text", "title", "url", "outlet", "published")

__all__ = ["Article", "Rejection", "discover", "read_file", "decode", "parse_date", "load_metadata",
           "MAX_DOCUMENT_BYTES", "SUFFIXES"]


@dataclass
class Article:
    text: str
    path: str  # absolute file path, "file.jsonl#row=12" for a table row, or the row's url
    name: str  # file name used to look up sidecar metadata
    outlet: str | None = None
    title: str | None = None
    published: date | None = None
    warnings: list[str] = field(default_factory=list)


@dataclass
class Rejection:
    path: str
    reason: str


def discover(paths: list[Path]) -> Iterator[Path | Rejection]:
    """The files under each path (folders recursively, known suffixes only), sorted; a rejection for
    what is not there."""
    for p in paths:
        if p.is_dir():
            for f in sorted(p.rglob("*")):
                if f.suffix.lower() not in SUFFIXES:
                    continue
                if f.is_file():
                    yield f
                elif f.is_symlink() and not f.exists():
                    yield Rejection(str(f), "broken symbolic link: it points to nothing")
        elif p.is_file():
            yield p
        else:
            yield Rejection(str(p), "no such file or folder")


def _size(n: int) -> str:
    return f"{n / 1024 / 1024:.1f} MB"


def read_file(path: Path) -> Iterator[Article | Rejection]:
    """The articles of one file (one for a text or HTML file, one per row for a table)."""
    suffix = path.suffix.lower()
    where = str(path.resolve())
    try:
        if suffix in TABLE_SUFFIXES:
            yield from _read_table(path, where)
            return
        if suffix not in TEXT_SUFFIXES | HTML_SUFFIXES:
            yield Rejection(where, f"unsupported file type {suffix or '(none)'!r}; expected one of {sorted(SUFFIXES)}")
            return
        size = path.stat().st_size
        if size > MAX_DOCUMENT_BYTES:
            yield Rejection(where, f"too large: {_size(size)}, the limit for one document is "
                                   f"{_size(MAX_DOCUMENT_BYTES)} (split it, or put one article per row in a "
                                   ".jsonl/.csv table, which is streamed)")
            return
        decoded = decode(path.read_bytes())
        if isinstance(decoded, str):
            yield Rejection(where, decoded)
            return
        text, warnings = decoded
        title = None
        if suffix in HTML_SUFFIXES:
            from warehouse.html import html_to_text

            text, title = html_to_text(text)
            if not text.strip():
                yield Rejection(where, "HTML page with no readable article text (truncated, malformed or empty?)")
                return
        if not text.strip():
            yield Rejection(where, "empty: no text to read")
            return
        yield Article(text=text, path=where, name=path.name, title=title, warnings=warnings)
    except OSError as e:
        yield Rejection(where, f"cannot read: {e.strerror or e}")
    except Exception as e:  # noqa: BLE001 - a reader bug on odd input must not stop the ingest
        yield Rejection(where, f"could not be read ({type(e).__name__}: {e})")


def _read_table(path: Path, where: str) -> Iterator[Article | Rejection]:
    suffix = path.suffix.lower()
    rows = {".jsonl": _jsonl_rows, ".csv": _csv_rows, ".parquet": _parquet_rows}[suffix](path, where)
    for item in rows:
        if isinstance(item, Rejection):
            yield item
            continue
        n, row = item
        yield _row_article(path, f"{where}#row={n}", row)


def _row_article(path: Path, where: str, row: object) -> Article | Rejection:
    if not isinstance(row, dict):
        return Rejection(where, f"not an object with a 'text' field (a JSON {type(row).__name__})")
    if "text" not in row:
        return Rejection(where, f"no 'text' column (has: {', '.join(map(str, list(row)[:10])) or 'nothing'})")
    text = row.get("text")
    if not isinstance(text, str):
        return Rejection(where, f"'text' is {type(text).__name__}, not a string")
    if not text.strip():
        return Rejection(where, "empty text")
    if len(text.encode("utf-8", "surrogatepass")) > MAX_DOCUMENT_BYTES:
        return Rejection(where, f"text too large: the limit for one document is {_size(MAX_DOCUMENT_BYTES)}")
    if _SURROGATE.search(text):
        return Rejection(where, "invalid UTF-8 or a lone surrogate (\\ud800-\\udfff) in the text; tables must be UTF-8")
    published, warning = parse_published(row.get("published"))
    warnings = [warning] if warning else []
    url = clean_field(row.get("url"))
    return Article(
        text=text,
        path=url or where,
        name=where,
        outlet=clean_field(row.get("outlet")),
        title=clean_field(row.get("title")),
        published=published,
        warnings=warnings,
    )


_SURROGATE = re.compile("[\ud800-\udfff]")


def clean_field(value: object) -> str | None:
    """A metadata field as clean text (lone surrogates replaced), or None."""
    if value is None:
        return None
    text = _SURROGATE.sub("\ufffd", value if isinstance(value, str) else str(value)).strip()
    return text or None


def _jsonl_rows(path: Path, where: str) -> Iterator[tuple[int, object] | Rejection]:
    with path.open("rb") as f:
        for lineno, raw in enumerate(f, 1):
            if not raw.strip():
                continue
            try:
                line = raw.decode("utf-8-sig" if lineno == 1 else "utf-8")
            except UnicodeDecodeError as e:
                yield Rejection(f"{where}#row={lineno}", f"invalid UTF-8 at byte {e.start} of the line")
                continue
            try:
                yield lineno, json.loads(line)
            except (json.JSONDecodeError, RecursionError) as e:
                msg = e.msg if isinstance(e, json.JSONDecodeError) else "nested too deeply"
                yield Rejection(f"{where}#row={lineno}", f"not JSON: {msg}")


def _csv_rows(path: Path, where: str) -> Iterator[tuple[int, object] | Rejection]:
    csv.field_size_limit(MAX_DOCUMENT_BYTES + 1)
    with path.open("rb") as f:
        head = f.read(4)
    encoding = "utf-16" if head[:2] in (b"\xff\xfe", b"\xfe\xff") else "utf-8-sig"  # spreadsheets save UTF-16
    with path.open("r", encoding=encoding, errors="surrogateescape", newline="") as f:
        reader = csv.reader(f)
        try:
            header = next(reader, None)
        except csv.Error as e:
            yield Rejection(where, f"unreadable CSV header: {e}")
            return
        if not header:
            yield Rejection(where, "empty table: no header row")
            return
        header = [h.strip().lower() for h in header]
        if "text" not in header:
            shown = ", ".join(clean_field(h) or "''" for h in header[:10])
            yield Rejection(where, f"no 'text' column in the header (columns: {shown}); "
                                   f"expected text and optionally {', '.join(TABLE_COLUMNS[1:])}")
            return
        n = 0
        while True:
            n += 1
            try:
                values = next(reader)
            except StopIteration:
                return
            except csv.Error as e:
                yield Rejection(f"{where}#row={n}", f"malformed CSV: {e}")
                continue
            if not any(v.strip() for v in values):
                continue
            if len(values) != len(header):
                yield Rejection(f"{where}#row={n}", f"{len(values)} fields, the header has {len(header)}")
                continue
            yield n, dict(zip(header, values))


def _parquet_rows(path: Path, where: str) -> Iterator[tuple[int, object] | Rejection]:
    import pyarrow.parquet as pq

    try:
        pf = pq.ParquetFile(path)
    except Exception as e:  # noqa: BLE001 - pyarrow raises several kinds for a bad file
        yield Rejection(where, f"unreadable Parquet file: {e}")
        return
    names = pf.schema_arrow.names
    if "text" not in names:
        yield Rejection(where, f"no 'text' column (columns: {', '.join(names[:10])})")
        return
    cols = [c for c in TABLE_COLUMNS if c in names]
    n = 0
    for batch in pf.iter_batches(batch_size=1000, columns=cols):
        for row in batch.to_pylist():
            n += 1
            yield n, row


def parse_date(value: object) -> date | None:
    """A published date from metadata: ISO text or a date; anything else is unknown (None)."""
    return parse_published(value)[0]


def load_metadata(path: Path) -> dict[str, dict]:
    """A JSONL sidecar (keys doc, outlet, title, published) keyed by document file name."""
    out: dict[str, dict] = {}
    for lineno, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
        except json.JSONDecodeError as e:
            raise ValueError(f"{path}:{lineno}: not JSON: {e.msg}") from None
        if not isinstance(row, dict) or "doc" not in row:
            raise ValueError(f"{path}:{lineno}: no 'doc' key naming the document file")
        out[row["doc"]] = row
    return out

