"""The warehouse schema and its data dictionary: the one place that defines
every table and column, their types and meanings.

The DDL is generated from TABLES (and the views from warehouse/views.py), and
docs/data-dictionary.md is rendered from both (`counterclaim dictionary`), so
the documentation cannot drift from the database; tests/test_dictionary.py
compares them with a real warehouse.

SCHEMA_VERSION is stored in `meta`; warehouse/migrate.py upgrades older files.
Version history:
  1  first version (documents, claims, incidents, sources, meta).
  2  documents.superseded_by and documents.warnings; table `paths`; views.
  3  claims.day (stored, so a time axis needs no join); table `source_comparison`
     (computed at the end of every ingest; v_source_bias reads it).
"""

from __future__ import annotations

from dataclasses import dataclass

from extract.vocab import VOCABULARIES

SCHEMA_VERSION = 3


def event_day_sql(event_date: str = "event_date") -> str:
    """SQL for the first day an ISO-prefix event date covers ('2016-05' -> 2016-05-01, '2016' -> 2016-01-01);
    NULL when there is none or it does not parse."""
    e = event_date
    return (f"CASE length({e}) WHEN 10 THEN try_cast({e} AS DATE) WHEN 7 THEN try_cast({e} || '-01' AS DATE) "
            f"WHEN 4 THEN try_cast({e} || '-01-01' AS DATE) END")


def claim_day_sql(event_date: str = "event_date", published: str = "published") -> str:
    """SQL for a claim's day (claims.day): its event's first day, else its document's publication date.

    The one definition: ingest stores it (warehouse/store.py), the migration to version 3 fills it,
    and the dashboard's time axes, date filters and the claims grid read the stored column."""
    return f"coalesce({event_day_sql(event_date)}, {published})"


@dataclass(frozen=True)
class Column:
    name: str
    type: str
    description: str
    vocabulary: str | None = None  # key of extract.vocab.VOCABULARIES

    @property
    def allowed(self) -> list[str] | None:
        return sorted(VOCABULARIES[self.vocabulary]) if self.vocabulary else None


@dataclass(frozen=True)
class Table:
    name: str
    description: str
    columns: tuple[Column, ...]
    primary_key: str | None = None

    def ddl(self) -> str:
        cols = [f"    {c.name} {c.type}" for c in self.columns]
        if self.primary_key:
            cols.append(f"    PRIMARY KEY ({self.primary_key})")
        return f"CREATE TABLE IF NOT EXISTS {self.name} (\n" + ",\n".join(cols) + "\n)"


DOCUMENTS = Table(
    "documents",
    "One row per distinct document text. Ingesting the same text again changes nothing.",
    (
        Column("doc_id", "VARCHAR", "Content hash of the normalised text (sha256, first 16 hex digits)."),
        Column("path", "VARCHAR", "Path or URL the text was first read from (absolute path; 'file.jsonl#row=12' "
               "for a table row without url)."),
        Column("paths", "VARCHAR[]", "Every path or URL this same text is currently read from (a path whose file "
               "was edited moves to the new version)."),
        Column("outlet", "VARCHAR", "The outlet that published it, from metadata or --outlet; NULL if unknown."),
        Column("title", "VARCHAR", "Title, from metadata, the table's title column or the HTML page."),
        Column("published", "DATE", "Publication date; NULL when unknown (relative event dates then stay NULL)."),
        Column("language", "VARCHAR", "Detected language (ISO 639-1: 'en', 'fr', 'ar', ...; 'und' when too short "
               "to tell). Claims are extracted only from 'en' and 'und' documents."),
        Column("chars", "INTEGER", "Length of the normalised text in characters."),
        Column("text", "VARCHAR", "The normalised text the claims' character offsets point into."),
        Column("ingested_at", "TIMESTAMP", "When it was first stored (UTC)."),
        Column("extractor_version", "VARCHAR", "Version of the extractor that produced its claims."),
        Column("superseded_by", "VARCHAR", "doc_id of the newer text read from the same path(s) (the file was "
               "edited); its claims are then deleted, the row and text kept. NULL for current documents."),
        Column("warnings", "VARCHAR[]", "What ingest noticed but did not reject: another encoding, replaced bytes, "
               "an unreadable published date (stored NULL), a language without claim extraction."),
    ),
    primary_key="doc_id",
)

CLAIMS = Table(
    "claims",
    "One row per numeric claim: a number in a document, what it counts, who says it and how far to trust it.",
    (
        Column("claim_id", "VARCHAR", "Stable hash of doc_id, character span and measure."),
        Column("doc_id", "VARCHAR", "The document it came from (documents.doc_id)."),
        Column("section", "VARCHAR", "Where in the report it sits.", "section"),
        Column("sentence", "VARCHAR", "The sentence it came from, verbatim."),
        Column("char_start", "INTEGER", "Start of the number in the document text (0-based, characters)."),
        Column("char_end", "INTEGER", "End of the number in the document text (exclusive)."),
        Column("number_text", "VARCHAR", "The number as written ('seven and nine', '580:1', '30+')."),
        Column("low", "DOUBLE", "Lowest value the wording allows; NULL when open below ('nearly 150')."),
        Column("high", "DOUBLE", "Highest value the wording allows; NULL when open above ('at least 40')."),
        Column("best", "DOUBLE", "Best single value (midpoint of a range, the bound of a bound)."),
        Column("qualifier", "VARCHAR", "How the number is qualified.", "qualifier"),
        Column("unit", "VARCHAR", "What the number is measured in.", "unit"),
        Column("measure", "VARCHAR", "What kind of thing is counted.", "measure"),
        Column("subject", "VARCHAR", "What is counted, in a word or two ('civilians', 'tank', 'SYP per USD')."),
        Column("side", "VARCHAR", "Whose people, equipment or resources are counted.", "side"),
        Column("location", "VARCHAR", "The most specific place named for the event, as written."),
        Column("admin1", "VARCHAR", "Governorate of the resolved place."),
        Column("lat", "DOUBLE", "Latitude of the resolved place."),
        Column("lon", "DOUBLE", "Longitude of the resolved place."),
        Column("event_date", "VARCHAR", "Date of the event as an ISO prefix ('2016-05-23', '2016-05', '2016'); NULL if unknown."),
        Column("date_precision", "VARCHAR", "Precision of event_date.", "date_precision"),
        Column("source", "VARCHAR", "Who makes the claim, as named (canonical name for known aliases)."),
        Column("source_type", "VARCHAR", "What kind of source that is.", "source_type"),
        Column("stance", "VARCHAR", "How the claim is made.", "stance"),
        Column("confidence", "DOUBLE", "How far to trust it, in [0, 1]; see confidence_reasons and the README."),
        Column("confidence_reasons", "VARCHAR[]", "The steps that gave the confidence ('source type monitor: 0.80', ...)."),
        Column("incident_id", "VARCHAR", "The incident it belongs to (incidents.incident_id); NULL if unlinked."),
        Column("day", "DATE", "The claim's day on a time axis: the first day of event_date ('2016-05' gives "
               "2016-05-01), else its document's publication date; NULL with neither. Stored at ingest."),
    ),
    primary_key="claim_id",
)

INCIDENTS = Table(
    "incidents",
    "Claims from one or more sources that describe the same event, per measure, with the spread between them.",
    (
        Column("incident_id", "VARCHAR", "Stable id: a hash of the incident's earliest claim."),
        Column("measure", "VARCHAR", "The measure whose spread is summarised.", "measure"),
        Column("label", "VARCHAR", "Readable label ('Car bombs, Jableh and Tartous, 2016-05-23')."),
        Column("location", "VARCHAR", "The place of the incident, as most often written."),
        Column("date_start", "DATE", "Earliest event date among its claims."),
        Column("date_end", "DATE", "Latest event date among its claims."),
        Column("n_claims", "INTEGER", "Claims of this measure in the incident."),
        Column("n_sources", "INTEGER", "Distinct sources among them."),
        Column("low_min", "DOUBLE", "Lowest low bound claimed."),
        Column("best_min", "DOUBLE", "Lowest best value claimed."),
        Column("best_max", "DOUBLE", "Highest best value claimed."),
        Column("high_max", "DOUBLE", "Highest high bound claimed."),
        Column("spread_ratio", "DOUBLE", "best_max / best_min: how far the sources disagree (1 = agree)."),
    ),
    primary_key="incident_id, measure",
)

SOURCES = Table(
    "sources",
    "One row per source that made claims.",
    (
        Column("source", "VARCHAR", "Canonical name of the source."),
        Column("source_type", "VARCHAR", "Its most frequent source type.", "source_type"),
        Column("n_claims", "INTEGER", "Claims it made."),
        Column("first_seen", "DATE", "Earliest publication date of a document quoting it."),
        Column("last_seen", "DATE", "Latest publication date of a document quoting it."),
    ),
    primary_key="source",
)

SOURCE_COMPARISON = Table(
    "source_comparison",
    "How each source's numbers compare with the other sources' on the incidents they share, per measure and for "
    "all measures together, with and without reader comments. A source's value in an incident is the median of "
    "its positive best values there; it is compared with the median of the other sources' values. Recomputed from "
    "the claims at the end of every ingest (warehouse/source_comparison.py); the Sources page and v_source_bias "
    "read it.",
    (
        Column("measure", "VARCHAR", "The measure compared; NULL for all measures together (each incident and "
               "measure is one comparison).", "measure"),
        Column("include_comments", "BOOLEAN", "Whether claims from reader comments (section 'comment') took part."),
        Column("source", "VARCHAR", "The source."),
        Column("source_type", "VARCHAR", "Its most frequent source type (sources.source_type).", "source_type"),
        Column("n_incidents", "INTEGER", "Incidents (per measure) it shares with at least one other source."),
        Column("geo_mean_ratio", "DOUBLE", "Geometric mean over those incidents of its value / the median of the "
               "other sources' values (above 1: it counts high)."),
        Column("median_ratio", "DOUBLE", "Median of the same ratios."),
        Column("n_higher", "INTEGER", "Incidents where it counted above the other sources' median."),
        Column("n_lower", "INTEGER", "Incidents where it counted below the other sources' median."),
        Column("n_highest", "INTEGER", "Incidents where it counted above every other source."),
        Column("n_lowest", "INTEGER", "Incidents where it counted below every other source."),
    ),
)

PATHS = Table(
    "paths",
    "Where each document was read from: one row per path or URL, pointing at the text it holds now.",
    (
        Column("path", "VARCHAR", "Absolute file path, 'file.jsonl#row=12' for a table row, or the row's url."),
        Column("doc_id", "VARCHAR", "The document this path holds now (documents.doc_id)."),
        Column("first_seen", "TIMESTAMP", "When this path was first ingested (UTC)."),
        Column("last_seen", "TIMESTAMP", "When this path was last ingested (UTC)."),
    ),
    primary_key="path",
)

META = Table(
    "meta",
    "Warehouse metadata: 'schema_version' (an integer as text) and the like.",
    (
        Column("key", "VARCHAR", "Name of the setting."),
        Column("value", "VARCHAR", "Its value."),
    ),
    primary_key="key",
)

TABLES: tuple[Table, ...] = (DOCUMENTS, CLAIMS, INCIDENTS, SOURCES, SOURCE_COMPARISON, PATHS, META)
TABLES_BY_NAME: dict[str, Table] = {t.name: t for t in TABLES}
