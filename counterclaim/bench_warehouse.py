"""A large synthetic warehouse for the dashboard benchmark, synthesised in DuckDB SQL.

Extracting a million claims from text would take far longer than the
benchmark itself, so the rows are generated directly (generate_series and
hashing) into a real warehouse file whose schema comes from warehouse code.
The numbers are made up and labelled as such; only their shape matters:
incidents reported by several sources with different values, comments,
claims without an event date (3 in 10, dated by publication on a time axis),
currency rates, updates over publication time, and documents whose text the
claims' character offsets point into. What ingest derives is derived the same
way: claims.day (warehouse.schema.claim_day_sql) and the source comparison
(warehouse/source_comparison.py).
"""

from __future__ import annotations

from pathlib import Path

from warehouse.schema import claim_day_sql
from warehouse.source_comparison import compute_source_comparison
from warehouse.store import connect

GOVERNORATES = ["Aleppo", "Idlib", "Homs", "Hama", "Damascus", "Rif Dimashq", "Daraa", "Deir ez-Zor",
                "Raqqa", "Hasakah", "Latakia", "Tartus", "Quneitra", "As-Suwayda"]
MEASURES = ["killed"] * 5 + ["wounded"] * 3 + ["captured", "displaced", "destroyed", "attacks", "attacks", "rate"]
SOURCE_TYPES = ["monitor", "wire_or_outlet", "state_media", "partisan_media", "activists", "official",
                "publication", "armed_group", "social_media", "reader_comment"]
QUALIFIERS = ["exact", "exact", "approx", "at_least", "at_least", "at_most", "range", "vague"]
CLAIM_COLUMNS = ['claim_id', 'doc_id', 'section', 'sentence', 'char_start', 'char_end', 'number_text', 'low', 'high',
                 'best', 'qualifier', 'unit', 'measure', 'subject', 'side', 'location', 'admin1', 'lat', 'lon',
                 'event_date', 'date_precision', 'source', 'source_type', 'stance', 'confidence',
                 'confidence_reasons', 'incident_id', 'day']
INCIDENT_COLUMNS = ['incident_id', 'measure', 'label', 'location', 'date_start', 'date_end', 'n_claims', 'n_sources', 'low_min', 'best_min', 'best_max', 'high_max', 'spread_ratio']
SECTIONS = ["body"] * 12 + ["headline", "update", "excerpt", "comment"]


def _sql_list(values: list[str]) -> str:
    return "[" + ", ".join("'" + v.replace("'", "''") + "'" for v in values) + "]"


def build_bench_warehouse(db: Path, claims: int) -> None:
    """Write a warehouse of `claims` synthetic claims to `db` (replacing an unfinished one)."""
    db = Path(db)
    tmp = db.with_name(db.name + ".building")
    for p in (tmp, Path(str(tmp) + ".wal")):
        p.unlink(missing_ok=True)
    con = connect(tmp)
    try:
        n = int(claims)
        per_incident = 6
        n_incidents = max(1, n // per_incident)
        n_docs = max(1, n // 8)
        con.execute("SET preserve_insertion_order = false; SET enable_progress_bar = false")
        con.execute(f"""
        CREATE TEMP TABLE c0 AS
        SELECT i,
               (hash(i, 'doc') % {n_docs})::BIGINT AS d,
               CASE WHEN hash(i, 'link') % 10 = 0 THEN NULL ELSE i // {per_incident} END AS inc,
               (i // {per_incident}) AS g,
               (hash(i, 'src') % 300)::INTEGER AS s,
               {_sql_list(QUALIFIERS)}[(1 + hash(i, 'q') % {len(QUALIFIERS)})::BIGINT] AS qualifier,
               {_sql_list(SECTIONS)}[(1 + hash(i, 'sec') % {len(SECTIONS)})::BIGINT] AS section,
               (hash(i, 'conf') % 1000) / 1000.0 AS confidence,
               hash(i, 'undated') % 10 < 3 AS undated
        FROM range({n}) t(i)
        """)
        con.execute(f"""
        CREATE TEMP TABLE g AS
        SELECT g,
               {_sql_list(MEASURES)}[(1 + hash(g, 'm') % {len(MEASURES)})::BIGINT] AS measure,
               {_sql_list(GOVERNORATES)}[(1 + hash(g, 'p') % {len(GOVERNORATES)})::BIGINT] AS admin1,
               DATE '2011-03-15' + (hash(g, 'day') % 2400)::INTEGER AS day,
               5 + (hash(g, 'size') % 300)::DOUBLE AS size
        FROM range({n // per_incident + 1}) t(g)
        """)
        con.execute(f"""
        CREATE TEMP TABLE c1 AS
        SELECT c0.*, g.measure, g.admin1, g.day,
               'Source ' || lpad(s::VARCHAR, 3, '0') AS source,
               {_sql_list(SOURCE_TYPES)}[(1 + s % {len(SOURCE_TYPES)})::BIGINT] AS source_type,
               CASE WHEN g.measure = 'rate' THEN round(50 + (g.day - DATE '2011-03-15') * 0.25
                                                     * (0.9 + (hash(i, 'v') % 200) / 1000.0))
                    ELSE round(g.size * (0.5 + (hash(i, 'v') % 1000) / 1000.0)) END AS best
        FROM c0 JOIN g USING (g)
        """)
        con.execute("""
        CREATE TEMP TABLE c2 AS
        SELECT *,
               CASE WHEN measure = 'rate' THEN best::BIGINT || ':1' ELSE best::BIGINT::VARCHAR END AS number_text,
               source || ' said ' || CASE qualifier WHEN 'at_least' THEN 'at least ' WHEN 'at_most' THEN 'nearly '
                   WHEN 'approx' THEN 'about ' ELSE '' END AS prefix,
               CASE WHEN measure = 'rate' THEN ' Syrian pounds to the dollar in '
                    ELSE ' people were ' || CASE measure WHEN 'attacks' THEN 'hit by attacks' WHEN 'destroyed' THEN 'left homeless' ELSE measure END || ' in ' END || admin1 || ' on ' || strftime(day, '%d %B %Y')
                    || '.' AS suffix
        FROM c1
        """)
        con.execute("""
        CREATE TEMP TABLE c3 AS
        SELECT *, prefix || number_text || suffix AS sentence,
               coalesce(sum(length(prefix || number_text || suffix) + 1)
                   OVER (PARTITION BY d ORDER BY i ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING), 0) AS off
        FROM c2
        """)
        con.execute("BEGIN TRANSACTION")
        con.execute(f"""
        INSERT INTO documents (doc_id, path, paths, outlet, title, published, language, chars, text, ingested_at,
                               extractor_version)
        SELECT lpad(to_hex(d), 16, '0') AS doc_id, 'bench/' || d || '.txt', ['bench/' || d || '.txt'],
               'Outlet ' || (d % 40), 'Synthetic report ' || d,
               min(day) + (hash(d, 'lag') % 5)::INTEGER, 'en', sum(length(sentence) + 1) - 1,
               string_agg(sentence, ' ' ORDER BY i), now()::TIMESTAMP, 'bench'
        FROM c3 GROUP BY d
        """)
        event_date = "CASE WHEN NOT undated THEN strftime(c3.day, '%Y-%m-%d') END"
        con.execute(f"""
        INSERT INTO claims ({", ".join(CLAIM_COLUMNS)})
        SELECT lpad(to_hex(i), 16, '0'), c3.doc_id, section, sentence,
               off + length(prefix), off + length(prefix) + length(number_text), number_text,
               CASE WHEN qualifier IN ('at_most') THEN NULL WHEN qualifier = 'range' THEN best - 2 ELSE best END,
               CASE WHEN qualifier IN ('at_least', 'vague') THEN NULL WHEN qualifier = 'range' THEN best + 2
                    ELSE best END,
               best, qualifier, CASE WHEN measure = 'rate' THEN 'ratio' ELSE 'count' END, measure,
               CASE WHEN measure = 'rate' THEN 'SYP per USD' ELSE 'people' END,
               CASE WHEN measure = 'rate' THEN 'unknown' ELSE 'civilian' END,
               admin1, admin1, 35.0, 37.0,
               {event_date}, CASE WHEN NOT undated THEN 'day' END,
               source, source_type,
               'claimed', confidence, ['source type ' || source_type || ': ' || round(confidence, 2)],
               CASE WHEN inc IS NULL THEN NULL ELSE lpad(to_hex(inc), 16, '0') END,
               {claim_day_sql(event_date, "doc.published")}
        FROM (SELECT *, lpad(to_hex(d), 16, '0') AS doc_id FROM c3) c3 JOIN documents doc ON doc.doc_id = c3.doc_id
        """)
        con.execute(f"""
        INSERT INTO incidents ({", ".join(INCIDENT_COLUMNS)})
        SELECT incident_id, measure, upper(measure[1]) || measure[2:] || ', ' || any_value(location) || ', '
                   || coalesce(min(event_date), 'date unknown'),
               any_value(location), min(event_date::DATE), max(event_date::DATE), count(*),
               count(DISTINCT source), min(low), min(best), max(best), max(high), max(best) / nullif(min(best), 0)
        FROM claims WHERE incident_id IS NOT NULL GROUP BY incident_id, measure
        """)
        con.execute("""
        INSERT INTO sources (source, source_type, n_claims, first_seen, last_seen)
        SELECT source, mode(source_type), count(*), min(d.published), max(d.published)
        FROM claims c JOIN documents d USING (doc_id) GROUP BY source
        """)
        compute_source_comparison(con)  # as every ingest does at its end
        con.execute("COMMIT")
        con.execute("CHECKPOINT")
    finally:
        con.close()
    tmp.replace(db)
