"""Ingest: files to documents and claims in the warehouse, in batches of one transaction each."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from extract import extract_claims
from warehouse.readers import Article, Rejection, discover, load_metadata, read_file
from warehouse.store import Document, connect, doc_id_for, normalise_text, store_documents

BATCH_SIZE = 200


@dataclass
class IngestReport:
    new: int = 0
    unchanged: int = 0
    claims: int = 0
    rejected: list[Rejection] = field(default_factory=list)


def prepare(article: Article, *, metadata: dict | None = None, outlet: str | None = None,
            published: date | None = None) -> Document:
    """An article with its metadata resolved and its claims extracted (pure: no database)."""
    from warehouse.readers import parse_date

    meta = (metadata or {}).get(article.name, {})
    text = normalise_text(article.text)
    pub = article.published or parse_date(meta.get("published")) or published
    out = article.outlet or meta.get("outlet") or outlet
    return Document(
        doc_id=doc_id_for(text),
        path=article.path,
        text=text,
        outlet=out,
        title=article.title or meta.get("title"),
        published=pub,
        language="en",
        claims=extract_claims(text, published=pub, outlet=out),
    )


def ingest(
    paths: Iterable[str | Path],
    db: str | Path,
    *,
    metadata: str | Path | None = None,
    outlet: str | None = None,
    published: date | None = None,
    on_file: Callable[[str], None] | None = None,
) -> IngestReport:
    """Read every file under `paths` and store its documents and claims in `db`."""
    meta = load_metadata(Path(metadata)) if metadata else {}
    report = IngestReport()
    con = connect(db)
    try:
        batch: list[Document] = []
        skip = Path(metadata).resolve() if metadata else None
        for item in discover([Path(p) for p in paths]):
            if isinstance(item, Rejection):
                report.rejected.append(item)
                continue
            if item.resolve() == skip:
                continue  # the sidecar describes the documents; it is not one
            for art in read_file(item):
                if isinstance(art, Rejection):
                    report.rejected.append(Rejection(art.path or str(item), art.reason))
                    continue
                batch.append(prepare(art, metadata=meta, outlet=outlet, published=published))
                if len(batch) >= BATCH_SIZE:
                    _flush(con, batch, report)
            if on_file:
                on_file(str(item))
        _flush(con, batch, report)
    finally:
        con.close()
    return report


def _flush(con, batch: list[Document], report: IngestReport) -> None:
    if not batch:
        return
    new, unchanged, n = store_documents(con, batch)
    report.new += new
    report.unchanged += unchanged
    report.claims += n
    batch.clear()
