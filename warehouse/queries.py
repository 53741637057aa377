"""Every SQL query the dashboard runs, parameterised, aggregating inside DuckDB.

Each function takes a `WarehouseReader` and plain Python values and returns
rows as dicts. User input only ever reaches SQL as parameters; the few pieces
of SQL chosen by the user (sort column, period) come from whitelists here.
Nothing here loads all claims into Python: results are aggregates or pages.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

from warehouse.grid_filter import CLAIM_COLUMNS, OUTER_COLUMNS, TEXT_COLUMNS, grid_filter_sql, like_pattern
from warehouse.reader import WarehouseReader

__all__ = ["CLAIM_COLUMNS", "OUTER_COLUMNS", "TEXT_COLUMNS"]  # re-exported for callers of this module

# A claim's date: the event date when the text gives one (month or year
# precision pads to the first day), else the publication date of its document.
# Claims without an event date are mostly totals over a period ("killed more than
# 250,000 people since 2011", no event date by the guidelines) or texts that give
# no day: ClaimFilter(undated=False) leaves them out of a time axis.
EVENT_DAY = (
    "CASE length(c.event_date) WHEN 10 THEN try_cast(c.event_date AS DATE) "
    "WHEN 7 THEN try_cast(c.event_date || '-01' AS DATE) WHEN 4 THEN try_cast(c.event_date || '-01-01' AS DATE) END"
)
CLAIM_DAY = f"coalesce({EVENT_DAY}, d.published)"
PERIODS = ("day", "week", "month", "year")
SECTIONS_EXCEPT_COMMENTS = ("headline", "body", "update", "excerpt")

CLAIM_SELECT = (
    "c.claim_id, c.doc_id, " + CLAIM_DAY + " AS day, d.published, d.outlet, c.measure, c.number_text, c.best, "
    "c.low, c.high, c.qualifier, c.unit, c.subject, c.side, c.source, c.source_type, c.stance, c.section, "
    "c.location, c.admin1, c.event_date, c.date_precision, c.confidence, "
    "array_to_string(c.confidence_reasons, '; ') AS reasons, c.sentence, c.incident_id"
)
FROM_CLAIMS = "FROM claims c LEFT JOIN documents d ON d.doc_id = c.doc_id"
# CLAIM_SELECT without the document's columns (published, outlet, day).
CLAIM_FIELDS = (
    "c.claim_id, c.doc_id, c.measure, c.number_text, c.best, c.low, c.high, c.qualifier, c.unit, c.subject, "
    "c.side, c.source, c.source_type, c.stance, c.section, c.location, c.admin1, c.event_date, c.date_precision, "
    "c.confidence, array_to_string(c.confidence_reasons, '; ') AS reasons, c.sentence, c.incident_id, "
    "c.char_start, c.char_end"
)


@dataclass(frozen=True)
class ClaimFilter:
    """The filters shared by the dashboard's pages; empty tuples mean 'any'."""

    date_from: date | None = None
    date_to: date | None = None
    measures: tuple[str, ...] = ()
    sides: tuple[str, ...] = ()
    source_types: tuple[str, ...] = ()
    places: tuple[str, ...] = ()
    sections: tuple[str, ...] = SECTIONS_EXCEPT_COMMENTS
    min_confidence: float = 0.0
    undated: bool = True  # claims without an event date count, dated by publication; False leaves them out
    extra: tuple[tuple[str, Any], ...] = field(default=())  # (sql with one ?, value) from whitelisted builders

    def claim_conditions(self) -> tuple[list[str], list[Any]]:
        """Conditions on claims `c` alone (everything but the date range), and their parameters."""
        parts: list[str] = ["TRUE"]
        params: list[Any] = []
        for column, values in (("c.measure", self.measures), ("c.side", self.sides),
                               ("c.source_type", self.source_types), ("c.admin1", self.places),
                               ("c.section", self.sections)):
            if values:
                parts.append(f"{column} IN ({', '.join('?' for _ in values)})")
                params.extend(values)
        if self.min_confidence:
            parts.append("c.confidence >= ?")
            params.append(float(self.min_confidence))
        if not self.undated:
            parts.append("c.event_date IS NOT NULL")
        for sql, value in self.extra:
            parts.append(sql)
            params.append(value)
        return parts, params

    def day_conditions(self, day: str = "x.day") -> tuple[list[str], list[Any]]:
        """Conditions on a claim's day (the expression `day`), and their parameters."""
        parts, params = [], []
        if self.date_from:
            parts.append(f"{day} >= ?")
            params.append(self.date_from)
        if self.date_to:
            parts.append(f"{day} <= ?")
            params.append(self.date_to)
        return parts, params

    def where(self) -> tuple[str, list[Any]]:
        """The whole filter as one condition on `c` (claims) and `d` (documents)."""
        parts, params = self.claim_conditions()
        day_parts, day_params = self.day_conditions(CLAIM_DAY)
        return " AND ".join(parts + day_parts), params + day_params


def dated(cond: list[str], params: list[Any], columns: str = "c.rowid AS rid, c.*",
          f: ClaimFilter | None = None) -> tuple[str, list[Any]]:
    """A relation (alias it) of the claims matching `cond`, with `columns` and their `day`.

    Claims with an event date get it without touching documents; only the
    others are joined with their document for its publication date. Joining
    every claim costs more than the rest of a typical query. With `f`, its date
    range is also tested early on the raw columns (ISO strings compare like
    dates; a month prefix keeps 'YYYY-MM' dates in), so fewer days are computed;
    the caller still applies f.day_conditions() for the exact range. With
    `f.undated` False the claims without an event date are not even looked at.
    """
    where = " AND ".join(cond)
    ev, ev_params, pub, pub_params = [], [], [], []
    if f is not None and f.date_from:
        ev.append("c.event_date >= ?")
        ev_params.append(f.date_from.isoformat()[:7])
        pub.append("d.published >= ?")
        pub_params.append(f.date_from)
    if f is not None and f.date_to:
        ev.append("c.event_date <= ?")
        ev_params.append(f.date_to.isoformat())
        pub.append("d.published <= ?")
        pub_params.append(f.date_to)
    dated_sql = (f"SELECT {columns}, {EVENT_DAY} AS day FROM claims c "
                 f"WHERE {' AND '.join(['c.event_date IS NOT NULL', where, *ev])}")
    if f is not None and not f.undated:
        return f"({dated_sql})", params + ev_params
    sql = (f"({dated_sql} "
           f"UNION ALL SELECT {columns}, d.published AS day FROM claims c JOIN documents d ON d.doc_id = c.doc_id "
           f"WHERE {' AND '.join(['c.event_date IS NULL', where, *pub])})")
    return sql, params + ev_params + params + pub_params


INDEX_LOOKUP_MAX = 2000  # DuckDB answers `claim_id IN (...)` from the primary-key index up to ~2048 keys


def rows_by_id(r: WarehouseReader, ids: list[str] | tuple[str, ...]) -> list[dict[str, Any]]:
    """Full claim rows (the CLAIM_SELECT columns) for at most INDEX_LOOKUP_MAX claim ids, in the
    order given. Claims and then their documents are looked up by primary key (index scans):
    joining the two tables would scan both whole."""
    if not ids:
        return []
    marks = ", ".join("?" for _ in ids)
    rows = _with_documents(r, r.query(
        f"SELECT {CLAIM_FIELDS}, {EVENT_DAY} AS event_day FROM claims c WHERE c.claim_id IN ({marks})", list(ids)))
    by_id = {row["claim_id"]: row for row in rows}
    return [by_id[i] for i in ids if i in by_id]


def rows_by_id_scan(r: WarehouseReader, ids: list[str]) -> list[dict[str, Any]]:
    """Like rows_by_id for any number of ids, in one scan (for downloads)."""
    if not ids:
        return []
    rows = r.query(f"SELECT {CLAIM_SELECT}, c.char_start, c.char_end, d.title {FROM_CLAIMS} "
                   "WHERE c.claim_id IN (SELECT unnest(?::VARCHAR[]))",
                   [list(ids)])
    by_id = {row["claim_id"]: row for row in rows}
    return [by_id[i] for i in ids if i in by_id]


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


def timeline(r: WarehouseReader, f: ClaimFilter, period: str = "week") -> list[dict[str, Any]]:
    """Per period and measure: number of claims, lowest, median and highest best value, with the
    source and sentence of the lowest and highest claim (for hover)."""
    if period not in PERIODS:
        raise ValueError(f"period must be one of {PERIODS}")
    cond, params = f.claim_conditions()
    rel, params = dated([*cond, "c.best IS NOT NULL"], params, "c.rowid AS rid, c.measure, c.best", f)
    day_cond, day_params = f.day_conditions()
    rows = r.query(
        f"""SELECT date_trunc(?, x.day)::DATE AS period, x.measure, count(*) AS n, min(x.best) AS low,
                   median(x.best) AS median, max(x.best) AS high,
                   arg_min(x.rid, x.best) AS low_rid, arg_max(x.rid, x.best) AS high_rid
            FROM {rel} x WHERE {' AND '.join(['x.day IS NOT NULL', *day_cond])}
            GROUP BY ALL ORDER BY period, x.measure""",
        [period, *params, *day_params],
    )
    # The sentences of the extreme claims only: carrying every sentence through the aggregate costs more.
    rids = sorted({row[k] for row in rows for k in ("low_rid", "high_rid")})
    text = {}
    if rids:
        text = {t["rid"]: t for t in r.query(
            "SELECT c.rowid AS rid, c.source, c.sentence FROM claims c WHERE c.rowid IN (SELECT unnest(?::BIGINT[]))",
            [rids])}
    for row in rows:
        for side in ("low", "high"):
            t = text.get(row.pop(f"{side}_rid"), {})
            row[f"{side}_source"], row[f"{side}_sentence"] = t.get("source"), t.get("sentence")
    return rows


def undated_count(r: WarehouseReader, f: ClaimFilter, plotted: bool = False) -> int:
    """How many claims match `f` but for their event date: the claims without one that dating by
    publication date adds (whatever f.undated says), so a page can say how many it leaves out.
    `plotted`: only those a time axis can show (a value and a publication date), as timeline() counts."""
    from dataclasses import replace

    cond, params = replace(f, undated=True).claim_conditions()
    cond.append("c.event_date IS NULL")
    if plotted:
        cond += ["c.best IS NOT NULL", "d.published IS NOT NULL"]
    day_cond, day_params = f.day_conditions("d.published")
    join = " JOIN documents d ON d.doc_id = c.doc_id" if plotted or day_cond else ""
    return int(r.query(f"SELECT count(*) AS n FROM claims c{join} WHERE {' AND '.join(cond + day_cond)}",
                       params + day_params)[0]["n"])


def incident_markers(r: WarehouseReader, f: ClaimFilter, limit: int = 40) -> list[dict[str, Any]]:
    """The most contested incidents in the filtered range, to mark on the timeline."""
    parts, params = ["n_sources >= 2"], []
    if f.measures:
        parts.append(f"measure IN ({', '.join('?' for _ in f.measures)})")
        params.extend(f.measures)
    if f.date_from:
        parts.append("date_start >= ?")
        params.append(f.date_from)
    if f.date_to:
        parts.append("date_start <= ?")
        params.append(f.date_to)
    return r.query(
        f"""SELECT incident_id, measure, label, date_start, best_min, best_max, spread_ratio, n_sources
            FROM incidents WHERE {' AND '.join(parts)} AND date_start IS NOT NULL
            ORDER BY spread_ratio DESC NULLS LAST, n_sources DESC LIMIT ?""",
        [*params, int(limit)],
    )


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
    day_cond, day_params = f.day_conditions()
    outer, outer_params = grid_filter_sql(grid_filter, outer=True)
    needs_doc = any(c in ("published", "outlet") for c in grid_filter or {}) or any(
        c in ("published", "outlet") for c, _ in sort_keys)
    join = " JOIN documents d ON d.doc_id = x.doc_id" if needs_doc else ""
    where = " AND ".join(["TRUE", *day_cond, *outer])
    return f"FROM {rel} x{join} WHERE {where}", [*params, *day_params, *outer_params]


def _outer_order(sort_keys: list[tuple[str, str]]) -> str:
    cols = [(OUTER_COLUMNS.get(c) or "x." + c) for c, _ in sort_keys]
    return ", ".join([f"{col} {d} NULLS LAST" for col, (_, d) in zip(cols, sort_keys)] + ["x.rid"])


def claims_count(r: WarehouseReader, f: ClaimFilter, grid_filter: dict[str, Any] | None = None) -> int:
    if not (f.date_from or f.date_to) and not any(c in OUTER_COLUMNS for c in grid_filter or {}):
        cond, params = f.claim_conditions()  # no date: claims alone, no day to compute
        inner, inner_params = grid_filter_sql(grid_filter, outer=False)
        return int(r.query(f"SELECT count(*) AS n FROM claims c WHERE {' AND '.join(cond + inner)}",
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


INCIDENT_ORDER = {"ratio": "spread_ratio DESC NULLS LAST", "absolute": "(best_max - best_min) DESC NULLS LAST",
                  "sources": "n_sources DESC", "date": "date_start DESC NULLS LAST"}


def incidents(r: WarehouseReader, *, search: str = "", measure: str | None = None, min_sources: int = 2,
              order: str = "ratio", limit: int = 300) -> list[dict[str, Any]]:
    """Incidents ranked by spread (ratio or absolute), optionally searched by label or place."""
    parts, params = ["n_sources >= ?"], [int(min_sources)]
    if search:
        parts.append("(label ILIKE ? ESCAPE '\\' OR location ILIKE ? ESCAPE '\\' OR incident_id = ?)")
        pat = f"%{like_pattern(search.strip())}%"
        params += [pat, pat, search.strip()]
    if measure:
        parts.append("measure = ?")
        params.append(measure)
    return r.query(
        f"""SELECT incident_id, measure, label, location, date_start, date_end, n_claims, n_sources,
                   low_min, best_min, best_max, high_max, spread_ratio, best_max - best_min AS spread_abs
            FROM incidents WHERE {' AND '.join(parts)}
            ORDER BY {INCIDENT_ORDER.get(order, INCIDENT_ORDER['ratio'])}, incident_id LIMIT ?""",
        [*params, int(limit)],
    )


def incident(r: WarehouseReader, incident_id: str, measure: str) -> dict[str, Any] | None:
    rows = r.query("SELECT * FROM incidents WHERE incident_id = ? AND measure = ?", [incident_id, measure])
    return rows[0] if rows else None


def incident_claims(r: WarehouseReader, incident_id: str, measure: str) -> list[dict[str, Any]]:
    """Every claim of one incident and measure, with where the number sits in its sentence
    (number_offset, number_length), its document's title, oldest publication first."""
    rows = _with_documents(r, r.query(
        f"SELECT {CLAIM_FIELDS}, {EVENT_DAY} AS event_day FROM claims c WHERE c.incident_id = ? AND c.measure = ?",
        [incident_id, measure]), text=True)
    for row in rows:
        text = row.pop("text") or ""
        at = text.find(row["sentence"], max(0, row["char_start"] - len(row["sentence"]) + 1))
        row["number_offset"] = row["char_start"] - at if at >= 0 else None
        row["number_length"] = row["char_end"] - row["char_start"]
    rows.sort(key=lambda x: (x["published"] is None, str(x["published"]), x["source"] or "", x["char_start"]))
    return rows


def _with_documents(r: WarehouseReader, rows: list[dict[str, Any]], text: bool = False) -> list[dict[str, Any]]:
    """Claim rows (CLAIM_FIELDS + event_day) completed with their document's published date, outlet
    and title (and text), looked up by primary key, and their `day`."""
    doc_ids = sorted({row["doc_id"] for row in rows})
    cols = "doc_id, published, outlet, title" + (", text" if text else "")
    docs = {d["doc_id"]: d for d in r.query(
        f"SELECT {cols} FROM documents WHERE doc_id IN ({', '.join('?' for _ in doc_ids)})", doc_ids)} \
        if doc_ids else {}
    for row in rows:
        doc = docs.get(row["doc_id"], {})
        event_day = row.pop("event_day")
        row.update(published=doc.get("published"), outlet=doc.get("outlet"), title=doc.get("title"),
                   day=event_day if event_day is not None else doc.get("published"))
        if text:
            row["text"] = doc.get("text")
    return rows


def source_bias(r: WarehouseReader, *, measure: str | None = None, include_comments: bool = False,
                min_incidents: int = 1) -> list[dict[str, Any]]:
    """Per source: the geometric mean, over the incidents it shares with other sources, of the ratio
    of its value (median of its claims) to the median of the other sources' values; with the count
    of incidents behind it and how often it was the highest or lowest.

    "Median of the others" without a self-join: with the incident's values sorted (vals, m+1 of
    them) and this source's value at position i, the others are vals without position i.
    """
    parts, params = ["c.incident_id IS NOT NULL", "c.best > 0", "c.source IS NOT NULL"], []
    if measure:
        parts.append("c.measure = ?")
        params.append(measure)
    if not include_comments:
        parts.append("c.section <> 'comment'")

    def other(j: str) -> str:  # the j-th (1-based) of the other values
        return f"(CASE WHEN {j} < i THEN vals[{j}] ELSE vals[{j} + 1] END)"

    return r.query(
        f"""WITH sv AS (
                SELECT c.incident_id, c.measure, c.source, any_value(c.source_type) AS source_type,
                       median(c.best) AS v
                FROM claims c WHERE {' AND '.join(parts)} GROUP BY 1, 2, 3),
            w AS (SELECT *, list(v) OVER p AS vals, row_number() OVER (p ORDER BY v, source) AS i
                  FROM sv WINDOW p AS (PARTITION BY incident_id, measure)),
            s AS (SELECT source, source_type, v, i, len(vals) - 1 AS m, list_sort(vals) AS vals
                  FROM w WHERE len(vals) >= 2),
            o AS (SELECT source, source_type, v,
                         CASE WHEN m % 2 = 1 THEN {other('(m + 1) // 2')}
                              ELSE ({other('m // 2')} + {other('(m // 2 + 1)')}) / 2 END AS others,
                         CASE WHEN i = m + 1 THEN vals[m] ELSE vals[m + 1] END AS others_max,
                         CASE WHEN i = 1 THEN vals[2] ELSE vals[1] END AS others_min
                  FROM s)
            SELECT source, mode(source_type) AS source_type, count(*) AS n_incidents,
                   exp(avg(ln(v / others))) AS ratio, median(v / others) AS median_ratio,
                   count(*) FILTER (WHERE v > others_max) AS n_highest,
                   count(*) FILTER (WHERE v < others_min) AS n_lowest
            FROM o WHERE others > 0 GROUP BY source HAVING count(*) >= ?
            ORDER BY ratio DESC, source""",
        [*params, int(min_incidents)],
    )


def exchange_series(r: WarehouseReader, f: ClaimFilter, period: str = "month") -> list[dict[str, Any]]:
    """Currency claims per period and subject (currency pair): count, low, median, high."""
    if period not in PERIODS:
        raise ValueError(f"period must be one of {PERIODS}")
    cond, params = f.claim_conditions()
    rel, params = dated([*cond, "c.measure = 'rate'"], params, "c.subject, c.unit, c.best", f)
    day_cond, day_params = f.day_conditions()
    return r.query(
        f"""SELECT date_trunc(?, x.day)::DATE AS period, coalesce(x.subject, x.unit) AS pair,
                   count(*) AS n, min(x.best) AS low, median(x.best) AS median, max(x.best) AS high
            FROM {rel} x WHERE {' AND '.join(['x.day IS NOT NULL', *day_cond])}
            GROUP BY ALL ORDER BY period, pair""",
        [period, *params, *day_params],
    )


def exchange_claims(r: WarehouseReader, f: ClaimFilter, limit: int = 1000) -> list[dict[str, Any]]:
    """Individual currency claims (most confident first, at most `limit`) with what a chart point
    needs: day, value, pair, source, sentence."""
    cond, params = f.claim_conditions()
    cols = ("c.claim_id, c.doc_id, c.best, c.number_text, coalesce(c.subject, c.unit) AS pair, c.source, "
            "c.source_type, c.confidence, c.sentence")
    rel, params = dated([*cond, "c.measure = 'rate'"], params, f"c.rowid AS rid, {cols}", f)
    day_cond, day_params = f.day_conditions()
    return r.query(
        f"""SELECT * EXCLUDE (rid) FROM {rel} x WHERE {' AND '.join(['x.day IS NOT NULL', *day_cond])}
            ORDER BY x.confidence DESC, x.rid LIMIT ?""",
        [*params, *day_params, int(limit)],
    )


def document(r: WarehouseReader, doc_id: str) -> dict[str, Any] | None:
    rows = r.query(
        "SELECT doc_id, path, outlet, title, published, language, chars, text, extractor_version "
        "FROM documents WHERE doc_id = ?", [doc_id])
    return rows[0] if rows else None


def document_claims(r: WarehouseReader, doc_id: str) -> list[dict[str, Any]]:
    """The claims of one document in text order, with its published date and outlet."""
    rows = r.query(f"SELECT {CLAIM_FIELDS}, {EVENT_DAY} AS event_day FROM claims c WHERE c.doc_id = ?", [doc_id])
    return sorted(_with_documents(r, rows), key=lambda x: (x["char_start"], x["char_end"]))


EXPORT_LIMIT = 200_000


def claims_export(r: WarehouseReader, f: ClaimFilter, grid_filter: dict[str, Any] | None = None,
                  sort_model: list[dict[str, Any]] | None = None, limit: int = EXPORT_LIMIT) -> list[dict[str, Any]]:
    """The filtered claims for download, capped at `limit` rows (use `counterclaim export` for more)."""
    return claims_page(r, f, grid_filter=grid_filter, sort_model=sort_model, start=0, end=limit)
