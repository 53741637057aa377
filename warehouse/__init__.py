"""The DuckDB warehouse: schema, ingest, incidents, read queries and exports. Owns all database I/O."""

from warehouse.ingest import IngestReport, ingest
from warehouse.store import connect, default_db_path

__all__ = ["IngestReport", "connect", "default_db_path", "ingest"]
