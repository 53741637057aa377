"""Ingest: files to documents and claims in the warehouse, in batches of one transaction each.

A bad file or row is rejected with its path (and row number) and the reason;
the ingest goes on with the rest. A crash (even SIGKILL) loses at most the
batch being written: every batch is one transaction, so the warehouse holds
whole documents with all their claims, and running the same command again
stores what is missing and leaves the rest unchanged.

A text the warehouse already holds is not extracted again (re-ingesting a
corpus, or re-running after a crash, only reads and hashes it); so a new
extractor version applies to new texts only: to re-extract everything, ingest
into a new warehouse file. Same text under two paths, the same file twice, and
edited files (new versions; the old version's claims are replaced) are
described in warehouse/store.py.

At the end: incidents are relinked (warehouse.incidents.relink), the
per-source tables `sources` and `source_comparison` are recomputed (the
Sources page reads the latter instead of computing it while a visitor
waits), and a read snapshot is published for the dashboard
(warehouse/reader.py).

All cores: the main process reads, hashes and stores (DuckDB has one
writer); the language and claims of each new text are worked out in
`workers` processes (warehouse/analysis.py), at most a few batches ahead of
the writer, so memory stays bounded however large the corpus. Workers never
touch the warehouse, and die with the ingest process.

Language: see warehouse/analysis.py (py3langid; non-English text is stored
without claims).
"""

from __future__ import annotations

import importlib.util
import os
from collections import deque
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from warehouse.analysis import CLAIM_LANGUAGES, Analysis, Extractor, analyse_text, detect_language
from warehouse.readers import Article, Rejection, clean_field, discover, parse_date, read_file
from warehouse.store import Document, connect, doc_id_for, normalise_text, refresh_sources, store_documents

BATCH_SIZE = int(os.environ.get("COUNTERCLAIM_INGEST_BATCH", "200"))


@dataclass
class IngestReport:
    new: int = 0
    unchanged: int = 0
    claims: int = 0
    superseded: int = 0
    rejected: list[Rejection] = field(default_factory=list)
    warnings: list[Rejection] = field(default_factory=list)  # (path, message) of documents stored with doubts
    snapshot: str | None = None  # the read snapshot published for the dashboard, if any


def describe(article: Article, *, metadata: dict | None = None, outlet: str | None = None,
             published: date | None = None) -> Document:
    """An article as a document with its metadata resolved, not yet analysed (claims None)."""
    meta = (metadata or {}).get(article.name, {})
    text = normalise_text(article.text)
    warnings = list(article.warnings)
    pub = article.published
    if pub is None and meta.get("published"):
        from warehouse.decode import parse_published

        pub, warning = parse_published(meta.get("published"))
        if warning:
            warnings.append(f"metadata {warning}")
    pub = pub or published
    out = article.outlet or clean_field(meta.get("outlet")) or outlet
    return Document(doc_id=doc_id_for(text), path=article.path, text=text, outlet=out,
                    title=article.title or clean_field(meta.get("title")), published=pub, language="",
                    claims=None, warnings=warnings)


def analyse(doc: Document) -> Document:
    """Identify the document's language and extract its claims (English, or too short to tell, only)."""
    if doc.claims is not None:
        return doc
    doc.language, doc.claims, warnings = analyse_text(doc.text, doc.published, doc.outlet)
    doc.warnings += warnings
    return doc


def prepare(article: Article, *, metadata: dict | None = None, outlet: str | None = None,
            published: date | None = None) -> Document:
    """An article with its metadata resolved, language identified and claims extracted (no database)."""
    return analyse(describe(article, metadata=metadata, outlet=outlet, published=published))


def _load_metadata(path: Path, report: IngestReport) -> dict[str, dict]:
    """The sidecar, keyed by document file name; bad lines are reported and skipped."""
    import json

    from warehouse.decode import decode

    out: dict[str, dict] = {}
    decoded = decode(path.read_bytes())
    if isinstance(decoded, str):
        report.rejected.append(Rejection(str(path), f"metadata file: {decoded}"))
        return out
    for lineno, line in enumerate(decoded[0].splitlines(), 1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
        except json.JSONDecodeError as e:
            report.rejected.append(Rejection(f"{path}#row={lineno}", f"metadata: not JSON: {e.msg}"))
            continue
        if not isinstance(row, dict) or not isinstance(row.get("doc"), str):
            report.rejected.append(Rejection(f"{path}#row={lineno}", "metadata: no 'doc' key naming the file"))
            continue
        out[row["doc"]] = row
    return out


def ingest(
    paths: Iterable[str | Path],
    db: str | Path,
    *,
    metadata: str | Path | None = None,
    outlet: str | None = None,
    published: date | None = None,
    on_file: Callable[[str], None] | None = None,
    publish: bool = True,
    workers: int | None = None,
) -> IngestReport:
    """Read every file under `paths` and store its documents and claims in `db`.

    `workers` processes extract claims (default: os.cpu_count(); 1 extracts in this process). Raises
    warehouse.store.WarehouseBusy when another process holds `db` past the bounded wait, and
    warehouse.migrate.SchemaError when `db` is from a newer counterclaim. `publish=False` skips the read
    snapshot (for a temporary file that is renamed afterwards).
    """
    report = IngestReport()
    meta = _load_metadata(Path(metadata), report) if metadata else {}
    skip = Path(metadata).resolve() if metadata else None
    con = connect(db)
    window: deque[_Batch] = deque()  # batches sent for extraction, stored in order once analysed
    extractor = Extractor(workers or os.cpu_count() or 1, _Batch.receive,
                          max_pending=max(BATCH_SIZE, 4 * 8 * (workers or os.cpu_count() or 1)))

    def dispatch(docs: list[Document]) -> None:
        if docs:
            window.append(_Batch(con, docs, extractor, report))
        while window and window[0].waiting == 0:
            _flush(con, window.popleft(), report)

    try:
        batch: list[Document] = []
        for item in discover([Path(p) for p in paths]):
            if isinstance(item, Rejection):
                report.rejected.append(item)
                continue
            if item.resolve() == skip:
                continue  # the sidecar describes the documents; it is not one
            for art in read_file(item):
                if isinstance(art, Rejection):
                    report.rejected.append(art)
                    continue
                batch.append(describe(art, metadata=meta, outlet=outlet, published=published))
                if len(batch) >= BATCH_SIZE:
                    dispatch(batch)
                    batch = []
            if on_file:
                on_file(str(item))
        dispatch(batch)
        extractor.flush()
        dispatch([])
        if extractor.note:
            report.warnings.append(Rejection(str(db), extractor.note))
        try:
            _relink(con)
        except Exception as e:  # noqa: BLE001 - the documents are stored; say what failed instead of a traceback
            report.warnings.append(Rejection(str(db), f"incident linking failed ({type(e).__name__}: {e}); "
                                                      "documents and claims are stored, incidents are stale"))
        refresh_sources(con)  # after relinking: the source comparison is over incidents
    finally:
        extractor.close()
        con.close()
    if publish:
        _publish(Path(db), report)
    return report


def _relink(con) -> None:
    """Recompute incidents (warehouse.incidents, when that module is present)."""
    if importlib.util.find_spec("warehouse.incidents") is not None:
        incidents = importlib.import_module("warehouse.incidents")
        relink = getattr(incidents, "relink", None)
        if relink is not None:
            relink(con)


def _publish(db: Path, report: IngestReport) -> None:
    from warehouse.reader import publish_snapshot
    from warehouse.store import WarehouseBusy

    try:
        report.snapshot = str(publish_snapshot(db, wait=5.0))
    except (WarehouseBusy, OSError) as e:
        report.warnings.append(Rejection(str(db), f"read snapshot not published ({e}); the dashboard "
                                                  "publishes one when it next finds the file free"))


class _Batch:
    """One batch on its way to the warehouse: the texts it does not hold as current are sent for analysis
    (texts it holds are not extracted again: re-ingesting a corpus, or re-running after a crash, skips
    them); `waiting` counts the analyses still to come."""

    def __init__(self, con, docs: list[Document], extractor: Extractor, report: IngestReport) -> None:
        self.docs = docs
        self.failed: dict[str, str] = {}  # doc_id -> why extraction failed
        current = {r[0] for r in con.execute(
            "SELECT doc_id FROM documents WHERE superseded_by IS NULL AND doc_id IN (SELECT unnest(?))",
            [sorted({d.doc_id for d in docs})]).fetchall()}
        todo: dict[str, Document] = {}
        for d in docs:
            if d.doc_id not in current and d.doc_id not in todo:
                todo[d.doc_id] = d
        self.waiting = len(todo)
        for d in todo.values():
            extractor.submit((self, d), (d.text, d.published, d.outlet))

    @staticmethod
    def receive(key: object, result: Analysis | str) -> None:
        batch, doc = key
        if isinstance(result, str):
            batch.failed[doc.doc_id] = result
        else:
            doc.language, doc.claims, warnings = result
            doc.warnings += warnings
        batch.waiting -= 1


def _ready(batch: _Batch, report: IngestReport) -> list[Document]:
    """The batch's documents that can be stored (a copy of a text in the batch shares its analysis)."""
    analysed = {d.doc_id: d for d in batch.docs if d.claims is not None}
    ready = []
    for doc in batch.docs:
        if doc.doc_id in batch.failed:
            report.rejected.append(Rejection(doc.path, batch.failed[doc.doc_id]))
            continue
        first = analysed.get(doc.doc_id)
        if doc.claims is None and first is not None:
            doc.language, doc.claims = first.language, first.claims
        report.warnings += [Rejection(doc.path, w) for w in doc.warnings]
        ready.append(doc)
    return ready


def _flush(con, batch: _Batch, report: IngestReport) -> None:
    """Store the batch in one transaction; if that fails, store its documents one by one and reject the
    ones that fail (the failed transaction was rolled back, so nothing is stored twice)."""
    import duckdb

    ready = _ready(batch, report)
    if not ready:
        return
    try:
        results = [store_documents(con, ready, analyse=analyse)]
    except (duckdb.Error, ValueError):
        results = []
        for doc in ready:
            try:
                results.append(store_documents(con, [doc], analyse=analyse))
            except Exception as e:  # noqa: BLE001 - one document that cannot be stored must not stop the rest
                report.rejected.append(Rejection(doc.path, f"could not be stored ({str(e).splitlines()[0]})"))
    for result in results:
        report.new += result.new
        report.unchanged += result.unchanged
        report.claims += result.claims
        report.superseded += result.superseded


__all__ = ["CLAIM_LANGUAGES", "IngestReport", "analyse", "describe", "detect_language", "ingest", "parse_date", "prepare"]
