"""`counterclaim sql`: ad hoc read-only SQL on the warehouse, safe to hand to anyone.

Three locks, each enough on its own for what it guards:
1. the statement is parsed first and only one SELECT / EXPLAIN / PRAGMA / DESCRIBE / SHOW is accepted, so
   writes, COPY, ATTACH, INSTALL/LOAD, SET and EXPORT are refused with a message before anything runs;
2. the connection is read-only (DuckDB itself refuses writes);
3. the connection has enable_external_access=false and lock_configuration=true, so a SELECT that tries to
   read or write files or the network (read_csv('/etc/passwd'), 'x.parquet', glob, httpfs) is refused by
   DuckDB, and no SET can undo that.
A row limit (fetch at most `limit` rows; the result says when more were left) and a time limit (a timer
interrupts the connection) bound what one query can cost.
"""

from __future__ import annotations

import csv
import io
import json
import threading
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

import duckdb

ALLOWED = {"SELECT", "EXPLAIN", "PRAGMA"}
_REFUSED_KIND = {
    "COPY": "COPY reads or writes files",
    "COPY_DATABASE": "COPY DATABASE writes files",
    "EXPORT": "EXPORT DATABASE writes files (use `counterclaim export --out DIR`)",
    "ATTACH": "ATTACH opens other database files",
    "DETACH": "DETACH changes attached databases",
    "LOAD": "INSTALL and LOAD add extensions",
    "SET": "SET changes the configuration",
    "VARIABLE_SET": "SET VARIABLE changes the session",
    "TRANSACTION": "transactions are for writes",
    "CALL": "CALL runs procedures",
}
CONFIG = {
    "enable_external_access": False,
    "autoinstall_known_extensions": False,
    "autoload_known_extensions": False,
    "allow_community_extensions": False,
    "lock_configuration": True,
}


class QueryRefused(Exception):
    """The query was not run, or was stopped; the message says why and what to do instead."""


@dataclass
class QueryResult:
    columns: list[str]
    types: list[str]
    rows: list[tuple]
    truncated: bool = False  # more rows than the limit were available
    limit: int = 0
    notes: list[str] = field(default_factory=list)


def _check_statement(query: str) -> None:
    try:
        statements = duckdb.extract_statements(query)
    except duckdb.Error as e:
        raise QueryRefused(f"not valid SQL: {_first_line(e)}") from None
    if not statements:
        raise QueryRefused("no SQL statement given")
    if len(statements) > 1:
        raise QueryRefused(f"one statement at a time, please (got {len(statements)})")
    kind = statements[0].type.name
    if kind in ALLOWED:
        return
    why = _REFUSED_KIND.get(kind, f"{kind} statements change the warehouse")
    raise QueryRefused(f"refused: {why}; `counterclaim sql` only reads (SELECT, DESCRIBE, SHOW, EXPLAIN)")


def _first_line(e: Exception) -> str:
    return str(e).strip().split("\n")[0]


def _explain(e: duckdb.Error) -> str:
    msg = _first_line(e)
    if isinstance(e, duckdb.PermissionException) or "disabled by configuration" in msg:
        return (f"refused: the query tries to reach files, the network or extensions, which `counterclaim sql` "
                f"does not allow; it reads only the warehouse's tables and views ({msg})")
    if "read-only" in msg or "read only" in msg:
        return f"refused: the warehouse is opened read-only; `counterclaim sql` cannot change it ({msg})"
    if "configuration has been locked" in msg:
        return f"refused: the configuration is locked ({msg})"
    return msg


def run_query(db: str | Path, query: str, *, limit: int = 10_000, timeout: float = 30.0,
              wait: float = 5.0) -> QueryResult:
    """Run one read-only query on the warehouse `db`: at most `limit` rows, stopped after `timeout` seconds.

    Raises QueryRefused with a clear message for anything it will not or cannot run.
    """
    from warehouse.migrate import SchemaError, check_current
    from warehouse.store import WarehouseBusy, connect_raw

    db = Path(db)
    if limit < 0:
        raise QueryRefused("--limit must be 0 or more")
    _check_statement(query)
    if not db.exists():
        raise QueryRefused(f"{db}: no warehouse here; build one with `counterclaim ingest PATH --db {db}`")
    try:
        con = connect_raw(db, read_only=True, wait=wait, config=CONFIG)
    except WarehouseBusy as e:
        raise QueryRefused(f"{e} Meanwhile you can query the last published copy: --db {db}.read") from None
    except SchemaError as e:
        raise QueryRefused(str(e)) from None
    timer = threading.Timer(timeout, con.interrupt)
    try:
        try:
            check_current(con, str(db))
        except SchemaError as e:
            raise QueryRefused(str(e)) from None
        timer.start()
        try:
            cur = con.execute(query)
            if cur.description is None:
                return QueryResult([], [], [], limit=limit)
            columns = [d[0] for d in cur.description]
            types = [str(d[1]) for d in cur.description]
            rows = cur.fetchmany(limit + 1) if limit else []
        except duckdb.InterruptException:
            raise QueryRefused(f"stopped after {timeout:g} s (the time limit; raise it with --timeout)") from None
        except duckdb.Error as e:
            raise QueryRefused(_explain(e)) from None
        truncated = len(rows) > limit
        result = QueryResult(columns, types, rows[:limit], truncated=truncated, limit=limit)
        if truncated:
            result.notes.append(f"only the first {limit} rows are shown (the row limit; raise it with --limit)")
        return result
    finally:
        timer.cancel()
        con.close()


def _plain(value: Any) -> Any:
    """A value as JSON can hold it."""
    if isinstance(value, (datetime, date)):
        return value.isoformat()
    if isinstance(value, Decimal):
        return float(value)
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, bytes):
        return value.hex()
    return value


def _cell(value: Any) -> str:
    if value is None:
        return "NULL"
    if isinstance(value, float):
        return f"{value:g}" if abs(value) < 1e15 else repr(value)
    if isinstance(value, (list, tuple, dict)):
        return json.dumps(_plain(value), ensure_ascii=False)
    return str(_plain(value))


def format_result(result: QueryResult, fmt: str = "table") -> str:
    """The result as an aligned text table, CSV (header first) or JSON (a list of objects)."""
    if fmt == "json":
        rows = [dict(zip(result.columns, (_plain(v) for v in row))) for row in result.rows]
        return json.dumps(rows, ensure_ascii=False, indent=2)
    if fmt == "csv":
        buf = io.StringIO()
        w = csv.writer(buf, lineterminator="\n")
        w.writerow(result.columns)
        for row in result.rows:
            w.writerow(["" if v is None else _cell(v) for v in row])
        return buf.getvalue().rstrip("\n")
    if fmt != "table":
        raise ValueError(f"unknown format {fmt!r}: table, csv or json")
    cells = [[_cell(v).replace("\n", " ") for v in row] for row in result.rows]
    widths = [max([len(c)] + [len(r[i]) for r in cells]) for i, c in enumerate(result.columns)]
    lines = [" | ".join(c.ljust(w) for c, w in zip(result.columns, widths)).rstrip(),
             "-+-".join("-" * w for w in widths)]
    for r in cells:
        lines.append(" | ".join(v.ljust(w) for v, w in zip(r, widths)).rstrip())
    n = len(result.rows)
    lines.append(f"({n} row{'s' if n != 1 else ''}{'; ' + '; '.join(result.notes) if result.notes else ''})")
    return "\n".join(lines)
