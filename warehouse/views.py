"""The warehouse's views: the common questions, each with its columns and an example query.

Views are part of the data dictionary (docs/data-dictionary.md is rendered from
VIEWS together with warehouse.schema.TABLES) and are (re)created every time a
writable connection opens, so a changed definition reaches old warehouses on
their next ingest. tests/test_dictionary.py checks the declared columns and
types against DESCRIBE on a real warehouse; tests/test_sql.py runs each example.
"""

from __future__ import annotations

import importlib.util
from dataclasses import dataclass

import duckdb

from warehouse.schema import CLAIMS, SOURCE_COMPARISON, Column


@dataclass(frozen=True)
class View:
    name: str
    description: str
    sql: str
    columns: tuple[Column, ...]
    example: str  # an example query a researcher can paste into `counterclaim sql`

    def ddl(self) -> str:
        return f"CREATE OR REPLACE VIEW {self.name} AS\n{self.sql.strip()}"


V_CLAIMS = View(
    "v_claims",
    "Every claim with its document's outlet, title, publication date, path and language.",
    """
SELECT c.*, d.outlet, d.title, d.published, d.path AS doc_path, d.language
FROM claims c JOIN documents d USING (doc_id)
""",
    CLAIMS.columns + (
        Column("outlet", "VARCHAR", "documents.outlet of the claim's document."),
        Column("title", "VARCHAR", "documents.title."),
        Column("published", "DATE", "documents.published."),
        Column("doc_path", "VARCHAR", "documents.path: where the document was first read from."),
        Column("language", "VARCHAR", "documents.language."),
    ),
    "SELECT outlet, source, number_text, measure, sentence FROM v_claims "
    "WHERE measure = 'killed' ORDER BY published DESC LIMIT 20",
)

V_INCIDENT_SPREAD = View(
    "v_incident_spread",
    "Per incident and measure: the sources that gave a number, the lowest and highest, and their ratio.",
    """
WITH agg AS (
    SELECT incident_id, measure,
           count(*)::INTEGER AS n_claims,
           count(DISTINCT source)::INTEGER AS n_sources,
           list(DISTINCT source ORDER BY source) FILTER (WHERE source IS NOT NULL) AS sources,
           min(low) AS low_min, min(best) AS best_min, max(best) AS best_max, max(high) AS high_max
    FROM claims
    WHERE incident_id IS NOT NULL AND best IS NOT NULL
    GROUP BY incident_id, measure
)
SELECT a.incident_id, a.measure, i.label, i.location, i.date_start, i.date_end,
       a.n_claims, a.n_sources, a.sources, a.low_min, a.best_min, a.best_max, a.high_max,
       CASE WHEN a.best_min > 0 THEN a.best_max / a.best_min END AS spread_ratio
FROM agg a LEFT JOIN incidents i ON i.incident_id = a.incident_id AND i.measure = a.measure
""",
    (
        Column("incident_id", "VARCHAR", "incidents.incident_id."),
        Column("measure", "VARCHAR", "The measure compared.", "measure"),
        Column("label", "VARCHAR", "incidents.label (NULL if the incidents table has no row for it yet)."),
        Column("location", "VARCHAR", "incidents.location."),
        Column("date_start", "DATE", "incidents.date_start."),
        Column("date_end", "DATE", "incidents.date_end."),
        Column("n_claims", "INTEGER", "Claims of this measure in the incident."),
        Column("n_sources", "INTEGER", "Distinct named sources among them."),
        Column("sources", "VARCHAR[]", "Those sources, sorted."),
        Column("low_min", "DOUBLE", "Lowest low bound claimed."),
        Column("best_min", "DOUBLE", "Lowest best value claimed."),
        Column("best_max", "DOUBLE", "Highest best value claimed."),
        Column("high_max", "DOUBLE", "Highest high bound claimed."),
        Column("spread_ratio", "DOUBLE", "best_max / best_min (NULL when best_min is 0): 1 means the sources agree."),
    ),
    "SELECT label, measure, sources, best_min, best_max, spread_ratio FROM v_incident_spread "
    "WHERE n_sources >= 2 ORDER BY spread_ratio DESC LIMIT 10",
)

V_SOURCE_BIAS = View(
    "v_source_bias",
    "Per source: how its numbers compare with the median of the other sources on the incidents they share "
    "(ratio > 1: it counts higher), over all measures, without reader comments: the Sources page's default "
    "view. A source's value in an incident is the median of its best values there. The rows of table "
    "source_comparison with measure NULL and include_comments false; that table has every measure, and the "
    "comparison with reader comments.",
    """
SELECT * EXCLUDE (measure, include_comments)
FROM source_comparison
WHERE measure IS NULL AND NOT include_comments
""",
    tuple(c for c in SOURCE_COMPARISON.columns if c.name not in ("measure", "include_comments")),
    "SELECT source, n_incidents, round(median_ratio, 2) AS median_ratio FROM v_source_bias "
    "WHERE n_incidents >= 3 ORDER BY median_ratio DESC",
)

V_DAILY = View(
    "v_daily",
    "Per day and measure: how many claims and their lowest, median and highest best value. The day is "
    "claims.day (the first day of the claim's event date, else its document's publication date), as on "
    "the dashboard's timeline.",
    """
SELECT c.day, c.measure,
       count(*)::INTEGER AS n_claims,
       count(DISTINCT c.source)::INTEGER AS n_sources,
       min(c.best) AS min_best, median(c.best) AS median_best, max(c.best) AS max_best
FROM claims c
WHERE c.best IS NOT NULL AND c.day IS NOT NULL
GROUP BY ALL
""",
    (
        Column("day", "DATE", "claims.day: the event's first day, else the publication date."),
        Column("measure", "VARCHAR", "What is counted.", "measure"),
        Column("n_claims", "INTEGER", "Claims that day."),
        Column("n_sources", "INTEGER", "Distinct named sources among them."),
        Column("min_best", "DOUBLE", "Lowest best value."),
        Column("median_best", "DOUBLE", "Median best value."),
        Column("max_best", "DOUBLE", "Highest best value."),
    ),
    "SELECT day, n_claims, min_best, median_best, max_best FROM v_daily WHERE measure = 'killed' ORDER BY day",
)

V_EXCHANGE_RATE = View(
    "v_exchange_rate",
    "Exchange-rate claims (measure 'rate'), one row each, dated by claims.day (event's first day, else "
    "publication date).",
    """
SELECT c.day,
       c.best AS rate, c.low, c.high, c.subject, c.unit, c.number_text,
       c.source, c.source_type, d.outlet, c.location, c.sentence, c.claim_id
FROM claims c JOIN documents d USING (doc_id)
WHERE c.measure = 'rate'
""",
    (
        Column("day", "DATE", "claims.day: the event's first day, else the publication date."),
        Column("rate", "DOUBLE", "The rate (claims.best), e.g. Syrian pounds per US dollar."),
        Column("low", "DOUBLE", "claims.low."),
        Column("high", "DOUBLE", "claims.high."),
        Column("subject", "VARCHAR", "What is exchanged ('SYP per USD')."),
        Column("unit", "VARCHAR", "claims.unit.", "unit"),
        Column("number_text", "VARCHAR", "The rate as written ('580:1')."),
        Column("source", "VARCHAR", "Who states it."),
        Column("source_type", "VARCHAR", "What kind of source.", "source_type"),
        Column("outlet", "VARCHAR", "documents.outlet."),
        Column("location", "VARCHAR", "Where the rate applies, if said."),
        Column("sentence", "VARCHAR", "The sentence it came from."),
        Column("claim_id", "VARCHAR", "claims.claim_id."),
    ),
    "SELECT day, rate, subject, source FROM v_exchange_rate ORDER BY day",
)

VIEWS: tuple[View, ...] = (V_CLAIMS, V_INCIDENT_SPREAD, V_SOURCE_BIAS, V_DAILY, V_EXCHANGE_RATE)


def incident_views() -> dict[str, str]:
    """Extra views from incident linking (warehouse.incidents.INCIDENT_VIEWS: name -> SELECT), if present."""
    if importlib.util.find_spec("warehouse.incidents") is None:
        return {}
    from warehouse import incidents

    return dict(getattr(incidents, "INCIDENT_VIEWS", {}) or {})


def create_views(con: duckdb.DuckDBPyConnection) -> None:
    """(Re)create every view in a writable connection."""
    for view in VIEWS:
        con.execute(view.ddl())
    for name, select in incident_views().items():
        if select.lstrip().upper().startswith("CREATE"):
            con.execute(select)
        else:
            con.execute(f"CREATE OR REPLACE VIEW {name} AS\n{select}")
