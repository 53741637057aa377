"""Every SQL query the dashboard runs, parameterised, aggregating inside DuckDB.

Each function takes a `WarehouseReader` and plain Python values and returns
rows as dicts. User input only ever reaches SQL as parameters; the few pieces
of SQL chosen by the user (sort column, period) come from whitelists here.
Nothing here loads all claims into Python: results are aggregates or pages.
Call sites use `from warehouse import queries as q; q.timeline(...)`; the
functions live in one module per page or topic:

- core: the claim filter, a claim's day, full claim rows by id;
- series: Timeline and Exchange rate;
- grid: Claims (grid, downloads), Document, the header counts and filter options;
- contested: Incidents;
- comparison: Sources (reads the table computed at ingest, warehouse/source_comparison.py).
"""

from __future__ import annotations

from warehouse.grid_filter import CLAIM_COLUMNS, OUTER_COLUMNS, TEXT_COLUMNS
from warehouse.queries.comparison import source_bias
from warehouse.queries.contested import INCIDENT_ORDER, incident, incident_claims, incidents
from warehouse.queries.core import (
    CLAIM_DAY,
    CLAIM_FIELDS,
    CLAIM_SELECT,
    EVENT_DAY,
    FROM_CLAIMS,
    INDEX_LOOKUP_MAX,
    PERIODS,
    SECTIONS_EXCEPT_COMMENTS,
    ClaimFilter,
    dated,
    rows_by_id,
    rows_by_id_scan,
)
from warehouse.queries.grid import (
    EXPORT_LIMIT,
    claims_count,
    claims_export,
    claims_page,
    document,
    document_claims,
    filter_options,
    latest_claims,
    summary,
)
from warehouse.queries.series import exchange_claims, exchange_series, incident_markers, timeline, undated_count

__all__ = [
    "CLAIM_COLUMNS", "CLAIM_DAY", "CLAIM_FIELDS", "CLAIM_SELECT", "EVENT_DAY", "EXPORT_LIMIT", "FROM_CLAIMS",
    "INCIDENT_ORDER", "INDEX_LOOKUP_MAX", "OUTER_COLUMNS", "PERIODS", "SECTIONS_EXCEPT_COMMENTS", "TEXT_COLUMNS",
    "ClaimFilter", "claims_count", "claims_export", "claims_page", "dated", "document", "document_claims",
    "exchange_claims", "exchange_series", "filter_options", "incident", "incident_claims", "incident_markers",
    "incidents", "latest_claims", "rows_by_id", "rows_by_id_scan", "source_bias", "summary", "timeline",
    "undated_count",
]
