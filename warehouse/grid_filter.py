"""AG Grid's column filters (its filterModel) as parameterised SQL conditions on claims.

Only whitelisted columns and operators become SQL; every value is a parameter.
Column expressions use `c` (claims), `x` (a claim's computed day) and `d` (documents).
"""

from __future__ import annotations

from datetime import date
from typing import Any

# Columns a user may sort or filter on (the grid's column ids): most are the claim's own (`c`);
# `day` and the document's columns are known only after `dated` (`x`) and a join with documents (`d`).
OUTER_COLUMNS = {"day": "x.day", "published": "d.published", "outlet": "d.outlet"}
CLAIM_COLUMNS = {
    **OUTER_COLUMNS, "claim_id": "c.claim_id", "doc_id": "c.doc_id", "measure": "c.measure",
    "number_text": "c.number_text", "best": "c.best",
    "low": "c.low", "high": "c.high", "qualifier": "c.qualifier", "unit": "c.unit", "subject": "c.subject",
    "side": "c.side", "source": "c.source", "source_type": "c.source_type", "stance": "c.stance",
    "section": "c.section", "location": "c.location", "admin1": "c.admin1", "event_date": "c.event_date",
    "confidence": "c.confidence", "sentence": "c.sentence", "incident_id": "c.incident_id",
}
TEXT_COLUMNS = {"claim_id", "doc_id", "outlet", "measure", "number_text", "qualifier", "unit", "subject", "side",
                "source", "source_type", "stance", "section", "location", "admin1", "event_date", "sentence",
                "incident_id"}
NUMBER_COLUMNS = {"best", "low", "high", "confidence"}
DATE_COLUMNS = {"day", "published"}


def grid_filter_sql(model: dict[str, Any] | None, outer: bool) -> tuple[list[str], list[Any]]:
    """AG Grid's filterModel as SQL conditions on the claim's own columns (outer=False) or on its day
    and document (outer=True); unknown columns and operators are ignored."""
    parts: list[str] = []
    params: list[Any] = []
    for col, spec in (model or {}).items():
        if col not in CLAIM_COLUMNS or not isinstance(spec, dict) or (col in OUTER_COLUMNS) != outer:
            continue
        conds = spec.get("conditions") if "operator" in spec else [spec]
        sqls: list[str] = []
        for cond in conds or []:
            one = _one_condition(col, cond) if isinstance(cond, dict) else None
            if one:
                sqls.append(one[0])
                params.extend(one[1])
        if sqls:
            joiner = " OR " if str(spec.get("operator", "AND")).upper() == "OR" else " AND "
            parts.append("(" + joiner.join(sqls) + ")")
    return parts, params


def _one_condition(col: str, cond: dict[str, Any]) -> tuple[str, list[Any]] | None:
    expr = CLAIM_COLUMNS[col]
    kind, value = cond.get("type"), cond.get("filter")
    if col in TEXT_COLUMNS and cond.get("filterType", "text") == "text":
        if kind == "blank":
            return f"({expr} IS NULL OR {expr} = '')", []
        if kind == "notBlank":
            return f"({expr} IS NOT NULL AND {expr} <> '')", []
        if value is None:
            return None
        value = str(value)
        patterns = {"contains": ("ILIKE", f"%{like_pattern(value)}%"), "notContains": ("NOT ILIKE", f"%{like_pattern(value)}%"),
                    "startsWith": ("ILIKE", f"{like_pattern(value)}%"), "endsWith": ("ILIKE", f"%{like_pattern(value)}")}
        if kind in patterns:
            op, pat = patterns[kind]
            return f"coalesce({expr}, '') {op} ? ESCAPE '\\'", [pat]
        if kind == "equals":
            return f"lower({expr}) = lower(?)", [value]
        if kind == "notEqual":
            return f"lower({expr}) IS DISTINCT FROM lower(?)", [value]
        return None
    ops = {"equals": "=", "notEqual": "<>", "lessThan": "<", "lessThanOrEqual": "<=", "greaterThan": ">",
           "greaterThanOrEqual": ">="}
    if col in NUMBER_COLUMNS or col in DATE_COLUMNS:
        if kind == "blank":
            return f"{expr} IS NULL", []
        if kind == "notBlank":
            return f"{expr} IS NOT NULL", []
        if col in DATE_COLUMNS:
            value, value_to = _as_date(cond.get("dateFrom")), _as_date(cond.get("dateTo"))
        else:
            value, value_to = _as_float(value), _as_float(cond.get("filterTo"))
        if value is None:
            return None
        if kind == "inRange" and value_to is not None:
            return f"{expr} BETWEEN ? AND ?", [value, value_to]
        if kind in ops:
            return f"{expr} {ops[kind]} ?", [value]
    return None


def like_pattern(value: str) -> str:
    return value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _as_float(v: Any) -> float | None:
    try:
        return float(v) if v is not None and v != "" else None
    except (TypeError, ValueError):
        return None


def _as_date(v: Any) -> date | None:
    try:
        return date.fromisoformat(str(v)[:10]) if v else None
    except ValueError:
        return None
