"""`counterclaim export`: the warehouse as Parquet (or CSV) files for R, pandas, polars or Stata.

Layout of DIR:
    documents.parquet, incidents.parquet, sources.parquet
    claims/year=2016/data_0.parquet ...   claims partitioned (Hive style) by the year of the event, else of
                                          the document's publication; neither known: year=__HIVE_DEFAULT_PARTITION__
                                          (read back as NULL by DuckDB, polars, pyarrow and arrow for R)
    data-dictionary.json                  every table, view and column with type, meaning and allowed values
With --format csv the same names end in .csv, and list columns (documents.paths, claims.confidence_reasons,
...) are JSON arrays in text.

Everything is written into a temporary folder beside DIR and renamed into place, so a crash never leaves
a half export and a re-export replaces the old one whole (no stale partitions). A DIR that exists and is
not an earlier export is never replaced.
"""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import duckdb

from warehouse.schema import TABLES_BY_NAME

FLAT_TABLES = ("documents", "incidents", "sources")
MARKER = "data-dictionary.json"
YEAR = ("coalesce(TRY_CAST(substr(c.event_date, 1, 4) AS INTEGER), year(d.published))")


class ExportError(RuntimeError):
    """The export could not be written; nothing at DIR was changed."""


def _select(table: str, fmt: str, prefix: str = "") -> str:
    """The table's columns; for CSV, lists as JSON text."""
    cols = []
    for c in TABLES_BY_NAME[table].columns:
        if fmt == "csv" and c.type.endswith("[]"):
            cols.append(f"to_json({prefix}{c.name})::VARCHAR AS {c.name}")
        else:
            cols.append(f"{prefix}{c.name}")
    return ", ".join(cols)


def _lit(path: Path) -> str:
    return "'" + str(path).replace("'", "''") + "'"


def _order(table: str) -> str:
    return TABLES_BY_NAME[table].primary_key or "1"


def _copy_options(fmt: str) -> str:
    return "FORMAT parquet, COMPRESSION zstd" if fmt == "parquet" else "FORMAT csv, HEADER true"


def _write(con: duckdb.DuckDBPyConnection, tmp: Path, fmt: str) -> dict[str, int]:
    counts: dict[str, int] = {}
    for table in FLAT_TABLES:
        target = tmp / f"{table}.{fmt}"
        con.execute(f"COPY (SELECT {_select(table, fmt)} FROM {table} ORDER BY {_order(table)}) "
                    f"TO {_lit(target)} ({_copy_options(fmt)})")
        counts[table] = con.execute(f"SELECT count(*) FROM {table}").fetchall()[0][0]
    query = (f"SELECT {_select('claims', fmt, 'c.')}, {YEAR} AS year FROM claims c JOIN documents d USING (doc_id) "
             f"ORDER BY year, c.claim_id")
    counts["claims"] = con.execute("SELECT count(*) FROM claims").fetchall()[0][0]
    (tmp / "claims").mkdir()
    if counts["claims"]:
        con.execute(f"COPY ({query}) TO {_lit(tmp / 'claims')} ({_copy_options(fmt)}, PARTITION_BY (year))")
    else:  # an empty table still has its columns, so readers get the schema
        empty = tmp / "claims" / "year=__HIVE_DEFAULT_PARTITION__"
        empty.mkdir()
        no_year = f"SELECT {_select('claims', fmt, 'c.')} FROM claims c"
        con.execute(f"COPY ({no_year} LIMIT 0) TO {_lit(empty / f'data_0.{fmt}')} ({_copy_options(fmt)})")
    return counts


def _is_export(path: Path) -> bool:
    try:
        return json.loads((path / MARKER).read_text(encoding="utf-8")).get("generator") == "counterclaim"
    except (OSError, ValueError, AttributeError):
        return False


def _rmtree(path: Path) -> None:
    shutil.rmtree(path, ignore_errors=True)


def export(db: str | Path, out: str | Path, fmt: str = "parquet", *, wait: float = 10.0) -> dict[str, int]:
    """Write the warehouse's tables and data dictionary to `out` (see the module doc); rows per table."""
    from warehouse.dictionary import as_dict
    from warehouse.store import connect

    if fmt not in ("parquet", "csv"):
        raise ValueError(f"unknown format {fmt!r}: parquet or csv")
    db, out = Path(db), Path(out)
    if out.exists() and (not out.is_dir() or (any(out.iterdir()) and not _is_export(out))):
        raise ExportError(f"{out} exists and is not an earlier counterclaim export (no {MARKER}); "
                          "choose a new or empty folder, so nothing of yours is replaced")
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = out.parent / f".{out.name}.tmp-{os.getpid()}"
    _rmtree(tmp)
    tmp.mkdir()
    try:
        con = connect(db, read_only=True, wait=wait)
        try:
            counts = _write(con, tmp, fmt)
        finally:
            con.close()
        meta = as_dict()
        meta.update(generator="counterclaim", format=fmt, rows=counts,
                    layout={"claims": "Hive partitions claims/year=YYYY (year of event, else of publication; "
                                      "__HIVE_DEFAULT_PARTITION__ = unknown)"})
        (tmp / MARKER).write_text(json.dumps(meta, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
        old = out.parent / f".{out.name}.old-{os.getpid()}"
        if out.exists():
            os.rename(out, old)
        os.rename(tmp, out)
        _rmtree(old)
    except BaseException:
        _rmtree(tmp)
        raise
    return counts
