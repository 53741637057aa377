"""The comparison of each source with the other sources on the incidents they share: its one definition.

Who counts high and who counts low is a few aggregates over every linked
claim: on a million claims, about a second for one measure, too slow to run
while a researcher waits. So it is computed when the warehouse is written, at
the end of every ingest (warehouse.store.refresh_sources, after incidents are
relinked), into the table `source_comparison` (warehouse/schema.py describes
its columns): one row per source for every measure and for all measures
together, with and without reader comments. The dashboard's Sources page
(warehouse.queries.source_bias) and the view v_source_bias only filter it.

The comparison: a source's value in an incident (per measure) is the median of
its positive best values there. Its ratio in that incident is its value
divided by the median of the *other* sources' values; over the incidents it
shares with at least one other source we keep the geometric mean and the
median of those ratios, and count how often it was above or below the others'
median, and above or below every other source.

"Median of the others" without a self-join or a window: with an incident's
values sorted (vals, m+1 of them) and this source's value at position i (its
first occurrence: removing any copy of a value leaves the same others), the
others are vals without position i, so their median, lowest and highest are
read off vals by index.

A source's type is its most frequent type over all its claims, as in the
`sources` table (computed first, in the same transaction).
"""

from __future__ import annotations

import duckdb


def _other(j: str) -> str:
    """The j-th (1-based) of the other sources' sorted values: vals without position i."""
    return f"(CASE WHEN {j} < i THEN vals[{j}] ELSE vals[{j} + 1] END)"


COMPARISON_SQL = f"""
WITH sv AS (
    SELECT k.include_comments, c.incident_id, c.measure, c.source, median(c.best) AS v
    FROM claims c, (VALUES (TRUE), (FALSE)) k(include_comments)
    WHERE c.incident_id IS NOT NULL AND c.measure IS NOT NULL AND c.source IS NOT NULL AND c.best > 0
      AND (k.include_comments OR c.section <> 'comment')
    GROUP BY ALL),
inc AS (SELECT include_comments, incident_id, measure, list_sort(list(v)) AS vals
        FROM sv GROUP BY ALL HAVING count(*) >= 2),
s AS (SELECT sv.include_comments, sv.measure, sv.source, sv.v, inc.vals, len(inc.vals) - 1 AS m,
             list_position(inc.vals, sv.v) AS i
      FROM sv JOIN inc USING (include_comments, incident_id, measure)),
o AS (SELECT include_comments, measure, source, v,
             CASE WHEN m % 2 = 1 THEN {_other('(m + 1) // 2')}
                  ELSE ({_other('m // 2')} + {_other('(m // 2 + 1)')}) / 2 END AS others,
             CASE WHEN i = m + 1 THEN vals[m] ELSE vals[m + 1] END AS others_max,
             CASE WHEN i = 1 THEN vals[2] ELSE vals[1] END AS others_min
      FROM s),
agg AS (
    SELECT CASE WHEN grouping(measure) = 0 THEN measure END AS measure, include_comments, source,
           count(*)::INTEGER AS n_incidents,
           exp(avg(ln(v / others))) AS geo_mean_ratio, median(v / others) AS median_ratio,
           count(*) FILTER (WHERE v > others)::INTEGER AS n_higher,
           count(*) FILTER (WHERE v < others)::INTEGER AS n_lower,
           count(*) FILTER (WHERE v > others_max)::INTEGER AS n_highest,
           count(*) FILTER (WHERE v < others_min)::INTEGER AS n_lowest
    FROM o
    GROUP BY GROUPING SETS ((include_comments, source), (include_comments, measure, source)))
SELECT agg.*, src.source_type FROM agg LEFT JOIN sources src ON src.source = agg.source
"""

COLUMNS = ("measure", "include_comments", "source", "source_type", "n_incidents", "geo_mean_ratio", "median_ratio",
           "n_higher", "n_lower", "n_highest", "n_lowest")


def compute_source_comparison(con: duckdb.DuckDBPyConnection) -> int:
    """Replace the rows of `source_comparison` with the comparison of the claims as they are now.

    Reads the `sources` table for each source's type, so refresh that first. Runs in the caller's
    transaction (warehouse.store.refresh_sources and the migration to schema version 3 each wrap it in
    theirs); returns the number of rows."""
    con.execute("DELETE FROM source_comparison")
    cols = ", ".join(COLUMNS)
    con.execute(f"INSERT INTO source_comparison ({cols}) SELECT {cols} FROM ({COMPARISON_SQL})")
    return con.execute("SELECT count(*) FROM source_comparison").fetchall()[0][0]
