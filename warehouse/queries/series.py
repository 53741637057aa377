"""Time series: the Timeline page (claims per period with their band, the incidents to mark) and the
Exchange rate page. Aggregation runs in DuckDB over claims alone: a claim's day is stored."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from warehouse.queries.core import PERIODS, ClaimFilter, dated
from warehouse.reader import WarehouseReader


def timeline(r: WarehouseReader, f: ClaimFilter, period: str = "week") -> list[dict[str, Any]]:
    """Per period and measure: number of claims, lowest, median and highest best value, with the
    source and sentence of the lowest and highest claim (for hover)."""
    if period not in PERIODS:
        raise ValueError(f"period must be one of {PERIODS}")
    cond, params = f.claim_conditions()
    rel, params = dated([*cond, "c.best IS NOT NULL", "c.day IS NOT NULL"], params,
                        "c.rowid AS rid, c.measure, c.best", f)
    rows = r.query(
        f"""SELECT date_trunc(?, x.day)::DATE AS period, x.measure, count(*) AS n, min(x.best) AS low,
                   median(x.best) AS median, max(x.best) AS high,
                   arg_min(x.rid, x.best) AS low_rid, arg_max(x.rid, x.best) AS high_rid
            FROM {rel} x GROUP BY ALL ORDER BY period, x.measure""",
        [period, *params],
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
    cond, params = replace(f, undated=True).claim_conditions()
    cond.append("c.event_date IS NULL")
    if plotted:
        cond += ["c.best IS NOT NULL", "c.day IS NOT NULL"]  # without an event date, day = publication date
    day_cond, day_params = f.day_conditions()
    return int(r.query(f"SELECT count(*) AS n FROM claims c WHERE {' AND '.join(cond + day_cond)}",
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


def exchange_series(r: WarehouseReader, f: ClaimFilter, period: str = "month") -> list[dict[str, Any]]:
    """Currency claims per period and subject (currency pair): count, low, median, high."""
    if period not in PERIODS:
        raise ValueError(f"period must be one of {PERIODS}")
    cond, params = f.claim_conditions()
    rel, params = dated([*cond, "c.measure = 'rate'", "c.day IS NOT NULL"], params, "c.subject, c.unit, c.best", f)
    return r.query(
        f"""SELECT date_trunc(?, x.day)::DATE AS period, coalesce(x.subject, x.unit) AS pair,
                   count(*) AS n, min(x.best) AS low, median(x.best) AS median, max(x.best) AS high
            FROM {rel} x GROUP BY ALL ORDER BY period, pair""",
        [period, *params],
    )


def exchange_claims(r: WarehouseReader, f: ClaimFilter, limit: int = 1000) -> list[dict[str, Any]]:
    """Individual currency claims (most confident first, at most `limit`) with what a chart point
    needs: day, value, pair, source, sentence."""
    cond, params = f.claim_conditions()
    cols = ("c.claim_id, c.doc_id, c.best, c.number_text, coalesce(c.subject, c.unit) AS pair, c.source, "
            "c.source_type, c.confidence, c.sentence")
    rel, params = dated([*cond, "c.measure = 'rate'", "c.day IS NOT NULL"], params, f"c.rowid AS rid, {cols}", f)
    return r.query(
        f"""SELECT * EXCLUDE (rid) FROM {rel} x ORDER BY x.confidence DESC, x.rid LIMIT ?""",
        [*params, int(limit)],
    )
