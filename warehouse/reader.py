"""Read access for the dashboard (and other long-running readers) that never blocks an ingest.

The problem: DuckDB lets one process write a file, and while it does no other
process may open it, not even read-only; and while any process has it open,
no writer can. A dashboard holding the warehouse would stop every ingest; an
ingest would break every page.

The design: a *read snapshot*. After each ingest the writer publishes a copy
of the warehouse beside it, `<db>.read` (CHECKPOINT, copy to a temporary file,
os.replace: readers see the old copy or the new one, never half of one). The
WarehouseReader reads only that copy, and reopens it when its inode or mtime
changes. So the dashboard never holds the main file and an ingest never
waits for it; the dashboard shows the data of the last finished ingest.

When there is no snapshot (a warehouse built before this design, or by other
means), or the main file changed since the snapshot was copied from it (an
ingest that crashed before publishing; the snapshot records the main file's
inode, mtime and size, and its log's, in meta 'snapshot_of'), the reader
publishes one itself: it opens the main file
read-only, which succeeds only when no writer holds it, copies it with its
write-ahead log, and applies the log and any schema upgrade to the copy.
A snapshot published by an older counterclaim (an older schema version than
this code reads) is published again the same way, upgraded.
It retries for a bounded time when it needs a first snapshot, then raises
WarehouseBusy; a refresh of an existing one is tried once every few seconds
and otherwise skipped (status()["writing"] then says an ingest is writing).
"""

from __future__ import annotations

import os
import shutil
import threading
import time
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

import duckdb

from warehouse.schema import SCHEMA_VERSION
from warehouse.store import WarehouseBusy, connect_raw

__all__ = ["WarehouseBusy", "WarehouseReader", "publish_snapshot", "snapshot_path"]


def snapshot_path(db: str | os.PathLike) -> Path:
    """Where the read snapshot of `db` lives: `<db>.read` beside it."""
    return Path(f"{db}.read")


def _remove(path: Path) -> None:
    for p in (path, Path(f"{path}.wal")):
        try:
            p.unlink()
        except FileNotFoundError:
            pass


def publish_snapshot(db: str | os.PathLike, *, wait: float | None = None) -> Path:
    """Copy `db` to its read snapshot, atomically. Raises WarehouseBusy if a writer holds `db` past `wait`
    seconds, and warehouse.migrate.SchemaError for a file of a newer counterclaim."""
    from warehouse.migrate import upgrade

    db = Path(db)
    snap = snapshot_path(db)
    tmp = snap.with_name(f".{snap.name}.tmp-{os.getpid()}-{threading.get_ident()}")
    _remove(tmp)
    try:
        con = connect_raw(db, read_only=True, wait=wait)  # holding it read-only keeps writers out while we copy
        try:
            source = _identity(db)
            shutil.copyfile(db, tmp)
            wal = Path(f"{db}.wal")
            if wal.exists():
                shutil.copyfile(wal, f"{tmp}.wal")
        finally:
            con.close()
        copy = duckdb.connect(str(tmp))  # replays the copied write-ahead log into the copy
        try:
            upgrade(copy, str(db))
            copy.execute("INSERT OR REPLACE INTO meta VALUES ('snapshot_of', ?)", [source])
            copy.execute("CHECKPOINT")
        finally:
            copy.close()
        os.replace(tmp, snap)
    finally:
        _remove(tmp)
    return snap


ALIAS = "warehouse"


def _literal(path: Path) -> str:
    return "'" + str(path).replace("'", "''") + "'"


def _version(meta: dict[str, str]) -> int:
    """The schema version a snapshot's meta table records (0 when it records none)."""
    try:
        return int(meta.get("schema_version", 0))
    except ValueError:
        return 0


def _identity(db: Path) -> str:
    """Which state of the main file a snapshot was copied from: inode, mtime and size of it and its log."""
    parts = []
    for p in (db, Path(f"{db}.wal")):
        try:
            st = p.stat()
            parts += [st.st_ino, st.st_mtime_ns, st.st_size]
        except FileNotFoundError:
            parts += [0, 0, 0]
    return ":".join(map(str, parts))


class WarehouseReader:
    """Parameterised read-only queries on the warehouse's read snapshot (see the module doc)."""

    def __init__(self, db: str | Path, *, wait: float = 10.0, refresh_every: float = 2.0):
        self.db = Path(db)
        if not self.db.exists():
            raise FileNotFoundError(f"{self.db}: no warehouse here; build one with `counterclaim ingest`")
        self.snapshot = snapshot_path(self.db)
        self.wait = wait
        self.refresh_every = refresh_every
        self._lock = threading.Lock()
        self._con: duckdb.DuckDBPyConnection | None = None
        self._ident: tuple[int, int] | None = None
        self._source: str | None = None  # identity of the main file the open snapshot was copied from
        self._checked = 0.0
        self._writing = False
        self._outdated = False  # the open snapshot has an older schema version than this code reads

    def _stale(self) -> bool:
        """The main file changed since the snapshot was copied from it (a crashed or unpublished write)."""
        return _identity(self.db) != self._source

    def _open(self) -> None:
        """(Re)open the snapshot if it is not the file we have open."""
        st = self.snapshot.stat()
        ident = (st.st_ino, st.st_mtime_ns)
        if self._con is not None and ident == self._ident:
            return
        # A fresh in-memory instance that attaches the snapshot: duckdb.connect(path) would hand back the
        # cached instance of the replaced file while anything still uses it. The old connection is dropped,
        # not closed, so queries running on it finish on the old copy.
        con = duckdb.connect(":memory:")
        con.execute(f"ATTACH {_literal(self.snapshot)} AS {ALIAS} (READ_ONLY)")
        meta = dict(con.execute(f"SELECT key, value FROM {ALIAS}.meta").fetchall())
        self._con, self._ident, self._source = con, ident, meta.get("snapshot_of")
        self._outdated = _version(meta) < SCHEMA_VERSION

    def _refresh(self) -> None:
        """Make sure a snapshot exists and is open; every `refresh_every` seconds, republish a stale one."""
        if not self.snapshot.exists():
            self._publish(f"{self.db} is being written by an ingest and has no read snapshot yet "
                          f"({self.snapshot}); it appears when the ingest finishes.")
        self._open()
        if self._outdated:
            self._upgrade()
        now = time.monotonic()
        if now - self._checked < self.refresh_every:
            return
        self._checked = now
        if not self._stale():
            self._writing = False
            return
        try:
            publish_snapshot(self.db, wait=0)
            self._writing = False
        except WarehouseBusy:
            self._writing = True  # keep serving the last snapshot
            return
        self._open()

    def _upgrade(self) -> None:
        """The snapshot is of an older schema (published by an older counterclaim; the main file has not
        changed since): publish one again, which upgrades the copy (the main file is left as it is)."""
        self._publish(f"{self.snapshot} is from an older counterclaim and {self.db} is being written by "
                      f"an ingest; an up-to-date snapshot appears when the ingest finishes.")
        self._open()

    def _publish(self, busy: str) -> None:
        """Publish a snapshot, waiting up to `wait` seconds for an ingest; if it is still writing, say `busy`."""
        try:
            publish_snapshot(self.db, wait=self.wait)
        except WarehouseBusy as e:
            raise WarehouseBusy(f"{busy} ({e})") from e
        self._checked, self._writing = time.monotonic(), False

    def _cursor(self) -> duckdb.DuckDBPyConnection:
        with self._lock:
            self._refresh()
            cur = self._con.cursor()  # type: ignore[union-attr]
        cur.execute(f"USE {ALIAS}")
        return cur

    def query(self, sql: str, params: list[Any] | dict[str, Any] | None = None) -> list[dict[str, Any]]:
        """Rows as dicts. User input must come in `params`, never in `sql`."""
        cur = self._cursor()
        try:
            result = cur.execute(sql, params or [])
            cols = [d[0] for d in result.description]
            return [dict(zip(cols, row)) for row in result.fetchall()]
        finally:
            cur.close()

    def status(self) -> dict[str, Any]:
        """What the reader serves: the snapshot file, when it was published (UTC), its identity (changes on
        every publish; use it as a cache key), and whether an ingest was writing at the last check."""
        with self._lock:
            self._refresh()
            st = self.snapshot.stat()
            return {
                "db": str(self.db),
                "snapshot": str(self.snapshot),
                "snapshot_time": datetime.fromtimestamp(st.st_mtime, timezone.utc),
                "version": (st.st_ino, st.st_mtime_ns),
                "writing": self._writing,
            }
