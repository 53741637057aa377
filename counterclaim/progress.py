"""Ingest with a rich progress bar when standard error is a terminal."""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

from warehouse import IngestReport, ingest


def ingest_with_progress(paths: list[Path], db: Path, *, metadata: Path | None, outlet: str | None,
                         published: date | None, workers: int | None = None) -> IngestReport:
    if not sys.stderr.isatty():
        return ingest(paths, db, metadata=metadata, outlet=outlet, published=published, workers=workers)
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    from warehouse.readers import discover

    total = sum(1 for _ in discover(paths))
    with Progress(TextColumn("ingest"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                  transient=True) as bar:
        task = bar.add_task("ingest", total=total)
        return ingest(paths, db, metadata=metadata, outlet=outlet, published=published, workers=workers,
                      on_file=lambda _: bar.advance(task))
