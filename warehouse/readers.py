"""Files to articles: plain text, Markdown, HTML, and tables of articles.

Every reader yields `Article`s or `Rejection`s; nothing here raises for bad
input, so one bad file never stops an ingest.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path

TEXT_SUFFIXES = {".txt", ".md"}
HTML_SUFFIXES = {".html", ".htm"}
TABLE_SUFFIXES = {".jsonl", ".csv", ".parquet"}
SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | TABLE_SUFFIXES


@dataclass
class Article:
    text: str
    path: str  # file path, "file.jsonl#row=12" for a table row, or the row's url
    name: str  # file name used to look up sidecar metadata
    outlet: str | None = None
    title: str | None = None
    published: date | None = None


@dataclass
class Rejection:
    path: str
    reason: str


def discover(paths: list[Path]) -> Iterator[Path | Rejection]:
    """The files under each path (folders recursively), sorted, with a rejection for what is not there."""
    for p in paths:
        if p.is_dir():
            for f in sorted(p.rglob("*")):
                if f.is_file() and f.suffix.lower() in SUFFIXES:
                    yield f
        elif p.is_file():
            yield p
        else:
            yield Rejection(str(p), "no such file or folder")


def read_file(path: Path) -> Iterator[Article | Rejection]:
    suffix = path.suffix.lower()
    if suffix in TABLE_SUFFIXES:
        yield from _read_table(path)
        return
    if suffix not in TEXT_SUFFIXES | HTML_SUFFIXES:
        yield Rejection(str(path), f"unsupported file type {suffix!r}; expected one of {sorted(SUFFIXES)}")
        return
    data = path.read_bytes()
    text = decode(data)
    if isinstance(text, Rejection):
        yield Rejection(str(path), text.reason)
        return
    title = None
    if suffix in HTML_SUFFIXES:
        from warehouse.html import html_to_text

        text, title = html_to_text(text)
    if not text.strip():
        yield Rejection(str(path), "empty: no text to read")
        return
    yield Article(text=text, path=str(path), name=path.name, title=title)


def decode(data: bytes) -> str | Rejection:
    """Bytes to text: UTF-8, else a detected encoding; binary data is rejected."""
    if not data.strip():
        return Rejection("", "empty: no text to read")
    if b"\x00" in data[:8192]:
        return Rejection("", "binary file (NUL bytes): not a text document")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None:
        return Rejection("", "undecodable bytes: not UTF-8 and no text encoding detected")
    return str(best)


def _read_table(path: Path) -> Iterator[Article | Rejection]:
    import polars as pl

    suffix = path.suffix.lower()
    try:
        if suffix == ".parquet":
            rows = pl.read_parquet(path).to_dicts()
        elif suffix == ".csv":
            rows = pl.read_csv(path, infer_schema=False).to_dicts()
        else:
            rows = []
            for lineno, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
                if not line.strip():
                    continue
                try:
                    rows.append(json.loads(line))
                except json.JSONDecodeError as e:
                    yield Rejection(f"{path}#row={lineno}", f"not JSON: {e.msg}")
                    rows.append(None)
    except Exception as e:  # noqa: BLE001 - any reader failure is a rejection of this file
        yield Rejection(str(path), f"unreadable {suffix[1:]} table: {e}")
        return
    for i, row in enumerate(rows, 1):
        if row is None:
            continue
        where = f"{path}#row={i}"
        if not isinstance(row, dict) or "text" not in row:
            yield Rejection(where, "no 'text' column")
            continue
        text = row.get("text")
        if not isinstance(text, str) or not text.strip():
            yield Rejection(where, "empty text")
            continue
        yield Article(
            text=text,
            path=str(row.get("url") or where),
            name=where,
            outlet=row.get("outlet") or None,
            title=row.get("title") or None,
            published=parse_date(row.get("published")),
        )


def parse_date(value: object) -> date | None:
    """A published date from metadata: ISO text or a date; anything else is unknown (None)."""
    if value is None or value == "":
        return None
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value).strip()[:10])
    except ValueError:
        return None


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
        if "doc" not in row:
            raise ValueError(f"{path}:{lineno}: no 'doc' key naming the document file")
        out[row["doc"]] = row
    return out
