"""Opening the warehouse file, creating its schema, and writing documents with their claims."""

from __future__ import annotations

import hashlib
import os
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, timezone
from pathlib import Path

import duckdb

from extract import EXTRACTOR_VERSION, Claim
from warehouse.schema import CLAIMS, SCHEMA_VERSION, TABLES

DEFAULT_DB = "counterclaim.duckdb"


def default_db_path() -> Path:
    """`$COUNTERCLAIM_DB`, else counterclaim.duckdb in the working directory."""
    return Path(os.environ.get("COUNTERCLAIM_DB") or DEFAULT_DB)


def connect(path: str | os.PathLike, *, read_only: bool = False) -> duckdb.DuckDBPyConnection:
    """A connection to the warehouse file; a writable one creates the schema."""
    path = Path(path)
    if read_only and not path.exists():
        raise FileNotFoundError(f"{path}: no warehouse here; build one with `counterclaim ingest PATH --db {path}`")
    con = duckdb.connect(str(path), read_only=read_only)
    if not read_only:
        ensure_schema(con)
    return con


def ensure_schema(con: duckdb.DuckDBPyConnection) -> None:
    for table in TABLES:
        con.execute(table.ddl())
    con.execute(
        "INSERT INTO meta VALUES ('schema_version', ?) ON CONFLICT (key) DO NOTHING", [str(SCHEMA_VERSION)]
    )


def normalise_text(text: str) -> str:
    """The text whose hash identifies a document: NFC, unified newlines, trimmed lines."""
    import unicodedata

    text = unicodedata.normalize("NFC", text.replace("\r\n", "\n").replace("\r", "\n"))
    text = "\n".join(line.rstrip() for line in text.split("\n"))
    return text.strip("\n")


def doc_id_for(normalised_text: str) -> str:
    return hashlib.sha256(normalised_text.encode("utf-8")).hexdigest()[:16]


def claim_id_for(doc_id: str, claim: Claim) -> str:
    key = f"{doc_id}:{claim.char_start}:{claim.char_end}:{claim.measure}"
    return hashlib.sha256(key.encode("utf-8")).hexdigest()[:16]


@dataclass
class Document:
    """A document ready to store: normalised text, its metadata and its claims."""

    doc_id: str
    path: str
    text: str
    outlet: str | None
    title: str | None
    published: date | None
    language: str
    claims: list[Claim]


_CLAIM_COLUMNS = [c.name for c in CLAIMS.columns]


def store_documents(con: duckdb.DuckDBPyConnection, docs: Iterable[Document]) -> tuple[int, int, int]:
    """Store a batch in one transaction: (new documents, unchanged documents, claims stored).

    A document whose doc_id is already stored only gains its path; nothing
    else changes.
    """
    new = unchanged = n_claims = 0
    now = datetime.now(timezone.utc).replace(tzinfo=None)
    con.execute("BEGIN TRANSACTION")
    try:
        for d in docs:
            row = con.execute("SELECT paths FROM documents WHERE doc_id = ?", [d.doc_id]).fetchone()
            if row is not None:
                unchanged += 1
                if d.path not in (row[0] or []):
                    con.execute(
                        "UPDATE documents SET paths = list_append(paths, ?) WHERE doc_id = ?", [d.path, d.doc_id]
                    )
                continue
            new += 1
            con.execute(
                "INSERT INTO documents VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [d.doc_id, d.path, [d.path], d.outlet, d.title, d.published, d.language, len(d.text), d.text,
                 now, EXTRACTOR_VERSION],
            )
            rows = []
            for c in d.claims:
                values = c.to_dict()
                values.update(claim_id=claim_id_for(d.doc_id, c), doc_id=d.doc_id, incident_id=None)
                rows.append([values[name] for name in _CLAIM_COLUMNS])
            if rows:
                placeholders = ", ".join("?" for _ in _CLAIM_COLUMNS)
                con.executemany(
                    f"INSERT INTO claims ({', '.join(_CLAIM_COLUMNS)}) VALUES ({placeholders}) "
                    "ON CONFLICT DO NOTHING",
                    rows,
                )
                n_claims += len(rows)
        con.execute("COMMIT")
    except BaseException:
        con.execute("ROLLBACK")
        raise
    return new, unchanged, n_claims
