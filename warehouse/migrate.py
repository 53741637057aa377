"""Schema versions: create a new warehouse, upgrade an older one, refuse a newer one clearly.

The version lives in `meta` (key 'schema_version'). Every writable connection
(ingest) upgrades the file in place, in one transaction; read-only users
(`counterclaim sql`, `export`) cannot write, so they stop with a message that
says exactly what to run. The dashboard reads a published copy, which is
upgraded as it is published (warehouse/reader.py), so it never needs to ask.

Upgrade by hand:  python -m warehouse.migrate WAREHOUSE.duckdb
"""

from __future__ import annotations

import sys
from collections.abc import Callable

import duckdb

from warehouse.schema import PATHS, SCHEMA_VERSION, SOURCE_COMPARISON, TABLES, event_day_sql


class SchemaError(RuntimeError):
    """The warehouse's schema version is not the one this code reads; the message says what to do."""


def _v1_to_v2(con: duckdb.DuckDBPyConnection) -> None:
    """Version 2 adds documents.superseded_by and documents.warnings, and the `paths` table.

    Paths are filled from documents.paths; when two stored texts share a path
    (version 1 kept both versions of an edited file as current), the path
    points at the one ingested last. Both documents stay current until the
    file is ingested again.
    """
    con.execute("ALTER TABLE documents ADD COLUMN superseded_by VARCHAR")
    con.execute("ALTER TABLE documents ADD COLUMN warnings VARCHAR[]")
    con.execute(PATHS.ddl())
    con.execute(
        """
        INSERT INTO paths
        SELECT path, arg_max(doc_id, ingested_at), min(ingested_at), max(ingested_at)
        FROM (SELECT unnest(paths) AS path, doc_id, ingested_at FROM documents)
        GROUP BY path
        """
    )


def _v2_to_v3(con: duckdb.DuckDBPyConnection) -> None:
    """Version 3 adds claims.day (filled from event_date and the document's publication date, as ingest
    fills it) and the `source_comparison` table (computed from the claims, as every ingest does)."""
    from warehouse.source_comparison import compute_source_comparison

    con.execute("ALTER TABLE claims ADD COLUMN day DATE")
    # warehouse.schema.claim_day_sql in two UPDATEs: the event's first day, else the publication date.
    con.execute(f"UPDATE claims SET day = {event_day_sql('event_date')} WHERE event_date IS NOT NULL")
    con.execute("UPDATE claims SET day = d.published FROM documents d "
                "WHERE claims.day IS NULL AND d.doc_id = claims.doc_id AND d.published IS NOT NULL")
    con.execute(SOURCE_COMPARISON.ddl())
    compute_source_comparison(con)


# MIGRATIONS[n] upgrades a version-n warehouse to version n + 1.
MIGRATIONS: dict[int, Callable[[duckdb.DuckDBPyConnection], None]] = {1: _v1_to_v2, 2: _v2_to_v3}


def _tables(con: duckdb.DuckDBPyConnection) -> set[str]:
    return {r[0] for r in con.execute(
        "SELECT table_name FROM information_schema.tables WHERE table_schema = 'main' AND table_type = 'BASE TABLE'"
    ).fetchall()}


def stored_version(con: duckdb.DuckDBPyConnection) -> int | None:
    """The file's schema version; None for an empty file (no tables at all)."""
    tables = _tables(con)
    if not tables:
        return None
    if "meta" not in tables:
        raise SchemaError("this DuckDB file is not a counterclaim warehouse (it has no `meta` table with a "
                          "schema version); give another --db, or a new file name to start a warehouse")
    row = next(iter(con.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchall()), None)
    try:
        return int(row[0])
    except (TypeError, ValueError):
        raise SchemaError(f"the warehouse's meta.schema_version is {row and row[0]!r}, not a version number; "
                          "rebuild it with `counterclaim ingest` into a new file") from None


def _too_new(path: str, version: int) -> SchemaError:
    return SchemaError(f"{path} has schema version {version}, newer than this counterclaim reads "
                       f"({SCHEMA_VERSION}): upgrade counterclaim (pip install -U counterclaim, or git pull and "
                       "`make run`) to use it")


def upgrade(con: duckdb.DuckDBPyConnection, path: str = "the warehouse") -> int:
    """Bring a writable connection's warehouse to SCHEMA_VERSION (creating it if empty); views are
    recreated every time. Returns the version it had (SCHEMA_VERSION for a new or current file)."""
    from warehouse.views import create_views

    version = stored_version(con)
    if version is not None and version > SCHEMA_VERSION:
        raise _too_new(path, version)
    con.execute("BEGIN TRANSACTION")
    try:
        if version is None:
            for table in TABLES:
                con.execute(table.ddl())
            con.execute("INSERT INTO meta VALUES ('schema_version', ?)", [str(SCHEMA_VERSION)])
        else:
            for v in range(version, SCHEMA_VERSION):
                if v not in MIGRATIONS:
                    raise SchemaError(f"{path} has schema version {v}, which this counterclaim cannot upgrade; "
                                      "re-ingest your files into a new warehouse")
                MIGRATIONS[v](con)
            for table in TABLES:  # tables added by a version without data to move
                con.execute(table.ddl())
            con.execute("UPDATE meta SET value = ? WHERE key = 'schema_version'", [str(SCHEMA_VERSION)])
        create_views(con)
        con.execute("COMMIT")
    except BaseException:
        con.execute("ROLLBACK")
        raise
    return SCHEMA_VERSION if version is None else version


def check_current(con: duckdb.DuckDBPyConnection, path: str) -> None:
    """For read-only connections: raise SchemaError saying what to run unless the file is current."""
    version = stored_version(con)
    if version is None:
        raise SchemaError(f"{path} is an empty DuckDB file, not a warehouse yet: "
                          f"build one with `counterclaim ingest PATH --db {path}`")
    if version > SCHEMA_VERSION:
        raise _too_new(path, version)
    if version < SCHEMA_VERSION:
        raise SchemaError(f"{path} has schema version {version}; this counterclaim reads version {SCHEMA_VERSION}. "
                          f"Upgrade it in place (keeps every row) with: python -m warehouse.migrate {path}  "
                          f"(any `counterclaim ingest ... --db {path}` upgrades it too)")


def main(argv: list[str] | None = None) -> int:
    """`python -m warehouse.migrate DB`: upgrade a warehouse file in place."""
    from warehouse.store import connect_raw

    args = sys.argv[1:] if argv is None else argv
    if len(args) != 1:
        print("usage: python -m warehouse.migrate WAREHOUSE.duckdb", file=sys.stderr)
        return 2
    con = connect_raw(args[0], read_only=False)
    try:
        before = upgrade(con, args[0])
    except SchemaError as e:
        print(f"error: {e}", file=sys.stderr)
        return 1
    finally:
        con.close()
    print(f"{args[0]}: schema version {before} -> {SCHEMA_VERSION}" if before != SCHEMA_VERSION
          else f"{args[0]}: already at schema version {SCHEMA_VERSION}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
