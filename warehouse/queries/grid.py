"""The Claims page (server-side filtered and sorted grid, downloads), the Document page, and the
counts and filter options every page's header and filter bar show."""

from __future__ import annotations

from typing import Any

from warehouse.grid_filter import CLAIM_COLUMNS, OUTER_COLUMNS, grid_filter_sql
from warehouse.queries.core import (
    CLAIM_FIELDS,
    INDEX_LOOKUP_MAX,
    ClaimFilter,
    dated,
    rows_by_id,
    rows_by_id_scan,
    with_documents,
)
from warehouse.reader import WarehouseReader

EXPORT_LIMIT = 200_000


def summary(r: WarehouseReader) -> dict[str, Any]:
    """Counts for the header and the empty state."""
    return r.query(
        "SELECT (SELECT count(*) FROM documents) AS documents, (SELECT count(*) FROM claims) AS claims, "
        "(SELECT count(*) FROM incidents) AS incidents"
    )[0]


def filter_options(r: WarehouseReader) -> dict[str, list[dict[str, Any]]]:
    """Distinct values (with claim counts) of each filterable column, most frequent first."""
    out: dict[str, list[dict[str, Any]]] = {}
    for key in ("measure", "side", "source_type", "admin1", "section"):
        out[key] = r.query(
            f"SELECT {key} AS value, count(*) AS n FROM claims WHERE {key} IS NOT NULL GROUP BY 1 ORDER BY 2 DESC, 1"
        )
    return out


def _sort_keys(sort_model: list[dict[str, Any]] | None) -> list[tuple[str, str]]:
    keys = []
    for s in sort_model or []:
        col, direction = s.get("colId"), str(s.get("sort", "asc")).lower()
        if col in CLAIM_COLUMNS and direction in ("asc", "desc"):
            keys.append((col, direction.upper()))
    return keys


def _selection(f: ClaimFilter, grid_filter: dict[str, Any] | None, sort_keys: list[tuple[str, str]]
               ) -> tuple[str, list[Any]]:
    """FROM ... WHERE ... of the claims in the filter bar and the grid's column filters, as `x` (with
    `rid`, `doc_id`, `day` and the sort keys only: narrow rows sort fast), joined with documents `d`
    only when a document column is filtered or sorted on."""
    columns = ", ".join(["c.rowid AS rid", "c.claim_id", "c.doc_id"] + [
        f"c.{c}" for c, _ in sort_keys if c not in OUTER_COLUMNS and c not in ("doc_id", "claim_id")])
    cond, params = f.claim_conditions()
    inner, inner_params = grid_filter_sql(grid_filter, outer=False)
    rel, params = dated([*cond, *inner], [*params, *inner_params], columns, f)
    outer, outer_params = grid_filter_sql(grid_filter, outer=True)
    needs_doc = any(c in ("published", "outlet") for c in grid_filter or {}) or any(
        c in ("published", "outlet") for c, _ in sort_keys)
    join = " JOIN documents d ON d.doc_id = x.doc_id" if needs_doc else ""
    where = " AND ".join(["TRUE", *outer])
    return f"FROM {rel} x{join} WHERE {where}", [*params, *outer_params]


def _outer_order(sort_keys: list[tuple[str, str]]) -> str:
    cols = [(OUTER_COLUMNS.get(c) or "x." + c) for c, _ in sort_keys]
    return ", ".join([f"{col} {d} NULLS LAST" for col, (_, d) in zip(cols, sort_keys)] + ["x.rid"])


def claims_count(r: WarehouseReader, f: ClaimFilter, grid_filter: dict[str, Any] | None = None) -> int:
    """How many claims the filter bar and the grid's column filters select."""
    if not any(c in OUTER_COLUMNS for c in grid_filter or {}):
        where, params = f.where()  # claims alone: the day is stored
        inner, inner_params = grid_filter_sql(grid_filter, outer=False)
        return int(r.query(f"SELECT count(*) AS n FROM claims c WHERE {' AND '.join([where, *inner])}",
                           params + inner_params)[0]["n"])
    sel, params = _selection(f, grid_filter, [])
    return int(r.query(f"SELECT count(*) AS n {sel}", params)[0]["n"])


def claims_page(r: WarehouseReader, f: ClaimFilter, *, grid_filter: dict[str, Any] | None = None,
                sort_model: list[dict[str, Any]] | None = None, start: int = 0, end: int = 100
                ) -> list[dict[str, Any]]:
    """One block of filtered, sorted claims for the grid's infinite row model (rows start..end-1).

    Sorting runs on the row ids and sort keys only; the full rows of the block are fetched after."""
    start = max(0, int(start))
    size = max(0, min(int(end) - start, EXPORT_LIMIT))
    keys = _sort_keys(sort_model)
    sel, params = _selection(f, grid_filter, keys)
    ids = [row["claim_id"] for row in r.query(
        f"SELECT x.claim_id {sel} ORDER BY {_outer_order(keys)} LIMIT ? OFFSET ?", [*params, size, start])]
    return rows_by_id(r, ids) if size <= INDEX_LOOKUP_MAX else rows_by_id_scan(r, ids)


def latest_claims(r: WarehouseReader, f: ClaimFilter, limit: int = 200) -> list[dict[str, Any]]:
    """The most recent claims in the filter, for the table under the timeline."""
    return claims_page(r, f, sort_model=[{"colId": "day", "sort": "desc"}], start=0, end=limit)


def claims_export(r: WarehouseReader, f: ClaimFilter, grid_filter: dict[str, Any] | None = None,
                  sort_model: list[dict[str, Any]] | None = None, limit: int = EXPORT_LIMIT) -> list[dict[str, Any]]:
    """The filtered claims for download, capped at `limit` rows (use `counterclaim export` for more)."""
    return claims_page(r, f, grid_filter=grid_filter, sort_model=sort_model, start=0, end=limit)


def document(r: WarehouseReader, doc_id: str) -> dict[str, Any] | None:
    rows = r.query(
        "SELECT doc_id, path, outlet, title, published, language, chars, text, extractor_version "
        "FROM documents WHERE doc_id = ?", [doc_id])
    return rows[0] if rows else None


def document_claims(r: WarehouseReader, doc_id: str) -> list[dict[str, Any]]:
    """The claims of one document in text order, with its published date and outlet."""
    rows = r.query(f"SELECT {CLAIM_FIELDS} FROM claims c WHERE c.doc_id = ?", [doc_id])
    return sorted(with_documents(r, rows), key=lambda x: (x["char_start"], x["char_end"]))
