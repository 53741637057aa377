"""The demo warehouse: the bundled synthetic corpus, ingested once and reused.

`counterclaim demo` (and so `make run`) calls `ensure_demo_warehouse`, which
builds the warehouse only when it is missing or was built by another
extractor version. A build writes a temporary file and renames it into place,
so an interrupted build never leaves a half demo behind.
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable
from pathlib import Path

from counterclaim.corpus import DEMO_CORPUS


def build_demo_warehouse(db: Path, corpus: Path = DEMO_CORPUS) -> None:
    """Ingest the demo corpus into a fresh warehouse at `db` (replacing any file there, atomically)."""
    from warehouse import ingest

    db = Path(db)
    db.parent.mkdir(parents=True, exist_ok=True)
    _remove_leftovers(db)
    tmp = db.with_name(f".{db.stem}.building-{os.getpid()}{db.suffix}")  # ends in .duckdb: git ignores it
    try:
        report = ingest([corpus], tmp, publish=False)  # the snapshot is published for `db`, after the rename
        if report.rejected or not report.new:
            first = "; ".join(f"{r.path}: {r.reason}" for r in report.rejected[:3])
            raise RuntimeError(f"demo corpus {corpus} did not ingest cleanly: {report.new} documents stored, "
                               f"{len(report.rejected)} rejected (first: {first or 'none'})")
        os.replace(tmp, db)
    finally:
        _remove(tmp)
    _publish(db)


def _publish(db: Path) -> None:
    """Refresh the dashboard's read snapshot of `db` (when the warehouse keeps one), so no older demo is served."""
    try:
        from warehouse.reader import publish_snapshot
    except ImportError:
        return
    publish_snapshot(db, wait=5.0)


def _remove_leftovers(db: Path) -> None:
    """Delete temporary files of builds whose process is gone (killed before it could clean up)."""
    for p in db.parent.glob(f".{db.stem}.building-*{db.suffix}*"):
        pid = p.name[len(f".{db.stem}.building-"):].split(".")[0]
        if pid.isdigit() and not _alive(int(pid)):
            p.unlink(missing_ok=True)


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def _remove(path: Path) -> None:
    for p in (path, path.with_name(path.name + ".wal")):
        p.unlink(missing_ok=True)


def stale_reason(db: Path) -> str | None:
    """Why the warehouse at `db` cannot be reused as the demo, or None when it can."""
    from extract import EXTRACTOR_VERSION
    from warehouse.reader import WarehouseReader

    if not Path(db).exists():
        return "missing"
    try:
        rows = WarehouseReader(db).query(
            "SELECT count(*) AS n, count(DISTINCT extractor_version) AS versions, "
            "min(extractor_version) AS version FROM documents"
        )
    except Exception as e:  # noqa: BLE001 - any unreadable file is rebuilt, never served
        return f"unreadable ({type(e).__name__}: {e})"
    row = rows[0]
    if not row["n"]:
        return "empty"
    if row["versions"] != 1 or row["version"] != EXTRACTOR_VERSION:
        return f"built by extractor {row['version']}, this is {EXTRACTOR_VERSION}"
    return None


def ensure_demo_warehouse(db: Path, echo: Callable[[str], None] = print) -> None:
    """Build the demo warehouse at `db` unless a current one is already there."""
    reason = stale_reason(db)
    if reason is None:
        echo(f"Reusing demo warehouse {db}")
        return
    echo(f"Building demo warehouse {db} from {DEMO_CORPUS.name} ({reason}) ...")
    t = time.perf_counter()
    build_demo_warehouse(Path(db))
    echo(f"Built {db} in {time.perf_counter() - t:.1f} s")
