"""The Incidents page: incidents ranked by how far their sources disagree, and one incident's claims."""

from __future__ import annotations

from typing import Any

from warehouse.grid_filter import like_pattern
from warehouse.queries.core import CLAIM_FIELDS, with_documents
from warehouse.reader import WarehouseReader

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
    rows = with_documents(r, r.query(
        f"SELECT {CLAIM_FIELDS} FROM claims c WHERE c.incident_id = ? AND c.measure = ?",
        [incident_id, measure]), text=True)
    for row in rows:
        text = row.pop("text") or ""
        at = text.find(row["sentence"], max(0, row["char_start"] - len(row["sentence"]) + 1))
        row["number_offset"] = row["char_start"] - at if at >= 0 else None
        row["number_length"] = row["char_end"] - row["char_start"]
    rows.sort(key=lambda x: (x["published"] is None, str(x["published"]), x["source"] or "", x["char_start"]))
    return rows
