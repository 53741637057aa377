"""Opening the warehouse file, and writing documents with their claims.

DuckDB lets one process write a file and no other process open it meanwhile
(not even to read). So every open retries for a bounded time when another
process holds the file, then fails with WarehouseBusy naming the holder; the
dashboard never opens this file while serving (it reads a published copy, see
warehouse/reader.py).

Documents and paths (what happens on re-ingest):
- the same text under two paths is one document; both are in documents.paths;
- the same file ingested twice stores nothing new (only paths.last_seen moves);
- an edited file is a new document (new text, new doc_id). The path moves to it;
  an old document left with no path is *superseded*: documents.superseded_by
  names the new one, its row and text stay (for the record), its claims are
  deleted so that counts, incidents and views hold only current text. If the
  old text comes back (the edit is undone), its document is current again and
  its claims are restored.
"""

from __future__ import annotations

import hashlib
import os
import re
import time
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date, datetime, timezone
from pathlib import Path

import duckdb

from extract import EXTRACTOR_VERSION, Claim
from warehouse.schema import CLAIMS, DOCUMENTS, PATHS, Table, claim_day_sql

DEFAULT_DB = "counterclaim.duckdb"
LOCK_WAIT_SECONDS = float(os.environ.get("COUNTERCLAIM_LOCK_WAIT", "30"))


class WarehouseBusy(RuntimeError):
    """Another process holds the warehouse file (an ingest is writing it) and it cannot be opened now."""


def default_db_path() -> Path:
    """`$COUNTERCLAIM_DB`, else counterclaim.duckdb in the working directory."""
    return Path(os.environ.get("COUNTERCLAIM_DB") or DEFAULT_DB)


def _is_lock_error(e: Exception) -> bool:
    return "lock" in str(e).lower()


def connect_raw(path: str | os.PathLike, *, read_only: bool = False, wait: float | None = None,
                config: dict | None = None) -> duckdb.DuckDBPyConnection:
    """duckdb.connect with bounded retries while another process holds the file."""
    wait = LOCK_WAIT_SECONDS if wait is None else wait
    deadline = time.monotonic() + wait
    delay = 0.05
    while True:
        try:
            return duckdb.connect(str(path), read_only=read_only, config=config or {})
        except duckdb.Error as e:
            if not (isinstance(e, duckdb.IOException) and _is_lock_error(e)):
                from warehouse.migrate import SchemaError

                first = str(e).strip().splitlines()[0] if str(e).strip() else type(e).__name__
                raise SchemaError(f"{path} cannot be opened as a warehouse: {first}") from e
            if time.monotonic() + delay > deadline:
                pid = re.search(r"PID (\d+)", str(e))
                who = f"process {pid.group(1)}" if pid else "another process"
                raise WarehouseBusy(
                    f"{path} is held by {who} (an ingest writing it, or a program with it open); waited "
                    f"{wait:.0f} s. Try again when it has finished."
                ) from e
            time.sleep(delay)
            delay = min(delay * 2, 1.0)


def connect(path: str | os.PathLike, *, read_only: bool = False,
            wait: float | None = None) -> duckdb.DuckDBPyConnection:
    """A connection to the warehouse file. A writable one creates or upgrades the schema; a read-only one
    checks the schema version (warehouse.migrate.SchemaError says what to do)."""
    from warehouse.migrate import check_current, upgrade

    path = Path(path)
    if read_only and not path.exists():
        raise FileNotFoundError(f"{path}: no warehouse here; build one with `counterclaim ingest PATH --db {path}`")
    if not read_only:
        path.parent.mkdir(parents=True, exist_ok=True)
    con = connect_raw(path, read_only=read_only, wait=wait)
    try:
        (check_current if read_only else upgrade)(con, str(path))
    except BaseException:
        con.close()
        raise
    return con


def normalise_text(text: str) -> str:
    """The text whose hash identifies a document: NFC, unified newlines, trimmed lines."""
    text = unicodedata.normalize("NFC", text.replace("\r\n", "\n").replace("\r", "\n"))
    text = "\n".join(line.rstrip() for line in text.split("\n"))
    return text.strip("\n")


def doc_id_for(normalised_text: str) -> str:
    return hashlib.sha256(normalised_text.encode("utf-8", "surrogatepass")).hexdigest()[:16]


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
    claims: list[Claim] | None  # None: not extracted yet (a text the warehouse already holds)
    warnings: list[str] = field(default_factory=list)


@dataclass
class BatchResult:
    new: int = 0
    unchanged: int = 0
    claims: int = 0
    superseded: int = 0


_ARROW_TYPES = {"VARCHAR": "string", "INTEGER": "int32", "DOUBLE": "float64", "DATE": "date32",
                "TIMESTAMP": "timestamp", "VARCHAR[]": "list"}


def _arrow_table(table: Table, rows: list[dict]):
    """Rows (dicts by column name) as an Arrow table with the warehouse table's types, for one bulk insert."""
    import pyarrow as pa

    def arrow_type(sql_type: str):
        kind = _ARROW_TYPES[sql_type]
        if kind == "list":
            return pa.list_(pa.string())
        if kind == "timestamp":
            return pa.timestamp("us")
        return getattr(pa, kind)()

    schema = pa.schema([(c.name, arrow_type(c.type)) for c in table.columns])
    return pa.table({c.name: pa.array([r.get(c.name) for r in rows], type=arrow_type(c.type))
                     for c in table.columns}, schema=schema)


def _bulk_insert(con: duckdb.DuckDBPyConnection, table: Table, rows: list[dict], conflict: str = "") -> None:
    if not rows:
        return
    con.register("_batch_rows", _arrow_table(table, rows))
    try:
        con.execute(f"INSERT INTO {table.name} BY NAME SELECT * FROM _batch_rows {conflict}")
    finally:
        con.unregister("_batch_rows")


def _insert_claims(con: duckdb.DuckDBPyConnection, rows: list[dict]) -> None:
    """Insert claim rows (their documents already stored), with claims.day worked out from the stored
    document's publication date (warehouse.schema.claim_day_sql)."""
    if not rows:
        return
    con.register("_batch_rows", _arrow_table(CLAIMS, rows))
    try:
        day = claim_day_sql("b.event_date", "d.published")
        con.execute(f"INSERT INTO claims BY NAME SELECT b.* REPLACE ({day} AS day) FROM _batch_rows b "
                    "LEFT JOIN documents d ON d.doc_id = b.doc_id ON CONFLICT DO NOTHING")
    finally:
        con.unregister("_batch_rows")


def _claim_rows(d: Document) -> list[dict]:
    rows, seen = [], set()
    for c in d.claims:
        values = c.to_dict()
        values.update(claim_id=claim_id_for(d.doc_id, c), doc_id=d.doc_id, incident_id=None)
        if values["claim_id"] not in seen:
            seen.add(values["claim_id"])
            rows.append(values)
    return rows


def _in(con: duckdb.DuckDBPyConnection, sql: str, keys: list[str]) -> list[tuple]:
    """Run `sql` whose `?` is a list of keys (one query per batch, not per document)."""
    return con.execute(sql, [keys]).fetchall() if keys else []


def store_documents(con: duckdb.DuckDBPyConnection, docs: Iterable[Document],
                    analyse: Callable[[Document], Document] | None = None) -> BatchResult:
    """Store a batch in one transaction (a crash keeps all of it or none of it); see the module doc for
    what happens to a known text, a known path and an edited file. Reads and writes are set-based: a
    handful of statements per batch, whatever its size. A document stored or revived whose claims are
    None gets them from `analyse` (ValueError without it)."""
    docs = list(docs)

    def claims_of(d: Document) -> list[dict]:
        if d.claims is None:
            if analyse is None:
                raise ValueError(f"{d.path}: document without extracted claims")
            analyse(d)
        return _claim_rows(d)

    result = BatchResult()
    now = datetime.now(timezone.utc).replace(tzinfo=None)
    con.execute("BEGIN TRANSACTION")
    try:
        known = {r[0]: [list(r[1] or []), r[2]] for r in _in(
            con, "SELECT doc_id, paths, superseded_by FROM documents WHERE doc_id IN (SELECT unnest(?))",
            sorted({d.doc_id for d in docs}))}
        owner = dict(_in(con, "SELECT path, doc_id FROM paths WHERE path IN (SELECT unnest(?))",
                         sorted({d.path for d in docs})))
        new: dict[str, tuple[Document, list[str]]] = {}
        revived: dict[str, Document] = {}
        touched: set[str] = set()  # known documents whose paths changed
        replaced_by: dict[str, str] = {}  # document that lost a path -> the one that took it
        for d in docs:
            if d.doc_id in new:
                result.unchanged += 1
                if d.path not in new[d.doc_id][1]:
                    new[d.doc_id][1].append(d.path)
            elif d.doc_id in known:
                result.unchanged += 1
                entry = known[d.doc_id]
                if d.path not in entry[0]:
                    entry[0].append(d.path)
                    touched.add(d.doc_id)
                if entry[1] is not None:  # an old text is back: current again, with its claims
                    entry[1] = None
                    revived[d.doc_id] = d
                    touched.add(d.doc_id)
            else:
                result.new += 1
                new[d.doc_id] = (d, [d.path])
            old = owner.get(d.path)
            owner[d.path] = d.doc_id
            if old is None or old == d.doc_id:
                continue
            replaced_by[old] = d.doc_id
            if old in new:
                new[old][1].remove(d.path)
                continue
            if old not in known:
                row = next(iter(con.execute("SELECT paths, superseded_by FROM documents WHERE doc_id = ?",
                                            [old]).fetchall()), None)
                known[old] = [list(row[0] or []), row[1]] if row else [[], None]
            if d.path in known[old][0]:
                known[old][0].remove(d.path)
            touched.add(old)
        claims = [row for d, _ in new.values() for row in claims_of(d)]
        claims += [row for d in revived.values() for row in claims_of(d)]
        _bulk_insert(con, DOCUMENTS, [
            dict(doc_id=d.doc_id, path=d.path, paths=paths, outlet=d.outlet, title=d.title, published=d.published,
                 language=d.language, chars=len(d.text), text=d.text, ingested_at=now,
                 extractor_version=EXTRACTOR_VERSION, superseded_by=None, warnings=d.warnings or None)
            for d, paths in new.values()])
        for doc_id in sorted(touched):
            paths, superseded_by = known[doc_id]
            con.execute("UPDATE documents SET paths = ?, superseded_by = ? WHERE doc_id = ?",
                        [paths, superseded_by, doc_id])
        _insert_claims(con, claims)
        result.claims = len(claims)
        batch_paths = sorted({d.path for d in docs})
        _bulk_insert(con, PATHS, [dict(path=p, doc_id=owner[p], first_seen=now, last_seen=now) for p in batch_paths],
                     "ON CONFLICT (path) DO UPDATE SET doc_id = excluded.doc_id, last_seen = excluded.last_seen")
        for old, by in replaced_by.items():
            if con.execute("SELECT count(*) FROM paths WHERE doc_id = ?", [old]).fetchall()[0][0] == 0:
                con.execute("UPDATE documents SET superseded_by = ? WHERE doc_id = ?", [by, old])
                con.execute("DELETE FROM claims WHERE doc_id = ?", [old])
                result.superseded += 1
        con.execute("COMMIT")
    except BaseException:
        con.execute("ROLLBACK")
        raise
    return result


def refresh_sources(con: duckdb.DuckDBPyConnection) -> int:
    """Recompute the per-source tables from the claims, in one transaction: `sources`, and
    `source_comparison` (warehouse/source_comparison.py), which depends on the claims' incidents, so
    call this after relinking them. Returns the row count of `sources`."""
    from warehouse.source_comparison import compute_source_comparison

    con.execute("BEGIN TRANSACTION")
    try:
        con.execute("DELETE FROM sources")
        con.execute(
            """
            INSERT INTO sources
            SELECT c.source, mode(c.source_type), count(*)::INTEGER, min(d.published), max(d.published)
            FROM claims c JOIN documents d USING (doc_id)
            WHERE c.source IS NOT NULL
            GROUP BY c.source
            """
        )
        compute_source_comparison(con)  # reads the source types just computed
        con.execute("COMMIT")
    except BaseException:
        con.execute("ROLLBACK")
        raise
    return con.execute("SELECT count(*) FROM sources").fetchall()[0][0]
