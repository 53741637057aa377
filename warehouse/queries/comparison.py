"""The Sources page: who counts high and who counts low, read from the table computed at ingest."""

from __future__ import annotations

from typing import Any

from warehouse.reader import WarehouseReader


def source_bias(r: WarehouseReader, *, measure: str | None = None, include_comments: bool = False,
                min_incidents: int = 1) -> list[dict[str, Any]]:
    """Per source: the geometric mean (`ratio`) and median of the ratios of its value to the median of the
    other sources' values, over the incidents it shares with others (`n_incidents`), and how often it was
    above or below the others' median (n_higher, n_lower) or every other source (n_highest, n_lowest);
    for one measure or all (None), with or without reader comments. Highest ratio first.

    The comparison is defined once, in warehouse/source_comparison.py, and stored at the end of every
    ingest in the table source_comparison: this only filters it."""
    return r.query(
        """SELECT source, source_type, n_incidents, geo_mean_ratio AS ratio, median_ratio, n_higher, n_lower,
                  n_highest, n_lowest
           FROM source_comparison
           WHERE measure IS NOT DISTINCT FROM ? AND include_comments = ? AND n_incidents >= ?
           ORDER BY ratio DESC, source""",
        [measure, bool(include_comments), int(min_incidents)],
    )
