"""Read-only access to the warehouse for the dashboard and other readers.

FIRST VERSION: a read-only connection opened per query, so the reader never
holds the file between requests. The warehouse issue decides the final
concurrency design (snapshot, retries) behind this same interface.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import duckdb


class WarehouseBusy(RuntimeError):
    """The warehouse is being written and cannot be read right now."""


class WarehouseReader:
    """Parameterised read-only queries on a warehouse file."""

    def __init__(self, db: str | Path):
        self.db = Path(db)
        if not self.db.exists():
            raise FileNotFoundError(f"{self.db}: no warehouse here; build one with `counterclaim ingest`")

    def query(self, sql: str, params: list[Any] | dict[str, Any] | None = None) -> list[dict[str, Any]]:
        """Rows as dicts. User input must come in `params`, never in `sql`."""
        try:
            con = duckdb.connect(str(self.db), read_only=True)
        except duckdb.IOException as e:
            raise WarehouseBusy(f"{self.db} is being written by another process; try again shortly") from e
        try:
            cur = con.execute(sql, params or [])
            cols = [d[0] for d in cur.description]
            return [dict(zip(cols, row)) for row in cur.fetchall()]
        finally:
            con.close()
