"""What every page's queries share: the claim filter, a claim's day, and full claim rows by id.

User input only ever reaches SQL as parameters; the few pieces of SQL chosen
by the user (sort column, period) come from whitelists in this package.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

from warehouse.reader import WarehouseReader
from warehouse.schema import claim_day_sql, event_day_sql

# A claim's date is the stored column claims.day: the event date when the text gives one (month or year
# precision pads to the first day), else the publication date of its document (warehouse.schema.claim_day_sql).
# Claims without an event date are mostly totals over a period ("killed more than 250,000 people since 2011",
# no event date by the guidelines) or texts that give no day: ClaimFilter(undated=False) leaves them out of a
# time axis. EVENT_DAY and CLAIM_DAY compute the same from the raw columns (CLAIM_DAY needs FROM_CLAIMS).
EVENT_DAY = event_day_sql("c.event_date")
CLAIM_DAY = claim_day_sql("c.event_date", "d.published")
PERIODS = ("day", "week", "month", "year")
SECTIONS_EXCEPT_COMMENTS = ("headline", "body", "update", "excerpt")

CLAIM_SELECT = (
    "c.claim_id, c.doc_id, c.day, d.published, d.outlet, c.measure, c.number_text, c.best, "
    "c.low, c.high, c.qualifier, c.unit, c.subject, c.side, c.source, c.source_type, c.stance, c.section, "
    "c.location, c.admin1, c.event_date, c.date_precision, c.confidence, "
    "array_to_string(c.confidence_reasons, '; ') AS reasons, c.sentence, c.incident_id"
)
FROM_CLAIMS = "FROM claims c LEFT JOIN documents d ON d.doc_id = c.doc_id"
# CLAIM_SELECT without the document's columns (published, outlet).
CLAIM_FIELDS = (
    "c.claim_id, c.doc_id, c.day, c.measure, c.number_text, c.best, c.low, c.high, c.qualifier, c.unit, "
    "c.subject, c.side, c.source, c.source_type, c.stance, c.section, c.location, c.admin1, c.event_date, "
    "c.date_precision, c.confidence, array_to_string(c.confidence_reasons, '; ') AS reasons, c.sentence, "
    "c.incident_id, c.char_start, c.char_end"
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
            if len(values) == 1:
                parts.append(f"{column} = ?")
                params.append(values[0])
            elif values:  # a semi-join on the list: DuckDB tests a long IN (...) value by value, ~3x slower
                parts.append(f"{column} IN (SELECT unnest(?::VARCHAR[]))")
                params.append(list(values))
        if self.min_confidence:
            parts.append("c.confidence >= ?")
            params.append(float(self.min_confidence))
        if not self.undated:
            parts.append("c.event_date IS NOT NULL")
        for sql, value in self.extra:
            parts.append(sql)
            params.append(value)
        return parts, params

    def day_conditions(self, day: str = "c.day") -> tuple[list[str], list[Any]]:
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
        """The whole filter as one condition on claims `c`."""
        parts, params = self.claim_conditions()
        day_parts, day_params = self.day_conditions()
        return " AND ".join(parts + day_parts), params + day_params


def dated(cond: list[str], params: list[Any], columns: str = "c.rowid AS rid, c.claim_id",
          f: ClaimFilter | None = None) -> tuple[str, list[Any]]:
    """A relation (alias it) of the claims matching `cond` (and the date range of `f`), with `columns`
    and their `day`. A plain scan of claims: the day is stored (claims.day), no document is joined."""
    day_cond, day_params = f.day_conditions() if f is not None else ([], [])
    return (f"(SELECT {columns}, c.day AS day FROM claims c WHERE {' AND '.join([*cond, *day_cond])})",
            [*params, *day_params])


INDEX_LOOKUP_MAX = 2000  # DuckDB answers `claim_id IN (...)` from the primary-key index up to ~2048 keys


def rows_by_id(r: WarehouseReader, ids: list[str] | tuple[str, ...]) -> list[dict[str, Any]]:
    """Full claim rows (the CLAIM_SELECT columns) for at most INDEX_LOOKUP_MAX claim ids, in the
    order given. Claims and then their documents are looked up by primary key (index scans):
    joining the two tables would scan both whole."""
    if not ids:
        return []
    marks = ", ".join("?" for _ in ids)
    rows = with_documents(r, r.query(f"SELECT {CLAIM_FIELDS} FROM claims c WHERE c.claim_id IN ({marks})", list(ids)))
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


def with_documents(r: WarehouseReader, rows: list[dict[str, Any]], text: bool = False) -> list[dict[str, Any]]:
    """Claim rows (CLAIM_FIELDS) completed with their document's published date, outlet and title (and
    text), looked up by primary key."""
    doc_ids = sorted({row["doc_id"] for row in rows})
    cols = "doc_id, published, outlet, title" + (", text" if text else "")
    docs = {d["doc_id"]: d for d in r.query(
        f"SELECT {cols} FROM documents WHERE doc_id IN ({', '.join('?' for _ in doc_ids)})", doc_ids)} \
        if doc_ids else {}
    for row in rows:
        doc = docs.get(row["doc_id"], {})
        row.update(published=doc.get("published"), outlet=doc.get("outlet"), title=doc.get("title"))
        if text:
            row["text"] = doc.get("text")
    return rows
