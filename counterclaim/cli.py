"""The `counterclaim` command: a thin layer over importable functions.

Every command parses its options, calls one library function and prints its
result; the work lives in extract/, warehouse/, dashboard/ and the modules
beside this one.
"""

from __future__ import annotations

import json
import sys
from datetime import date
from pathlib import Path

import click

DB_OPTION = click.option(
    "--db",
    type=click.Path(dir_okay=False, path_type=Path),
    default=None,
    help="Warehouse file (default: $COUNTERCLAIM_DB or ./counterclaim.duckdb).",
)


def _db(db: Path | None) -> Path:
    from warehouse import default_db_path

    return db or default_db_path()


def _iso_date(ctx, param, value: str | None) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise click.BadParameter(f"{value!r} is not a date; write it as YYYY-MM-DD") from None


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="counterclaim")
def main() -> None:
    """Numeric claims in reports of armed conflict: who says how many, and how far sources disagree."""


@main.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@DB_OPTION
@click.option("--metadata", type=click.Path(exists=True, dir_okay=False, path_type=Path),
              help="JSONL sidecar with keys doc, outlet, title, published.")
@click.option("--outlet", help="Outlet of documents that name none.")
@click.option("--published", callback=_iso_date, help="Published date (YYYY-MM-DD) of documents that give none.")
@click.option("--workers", type=click.IntRange(min=1), default=None,
              help="Processes extracting claims (default: the number of cores; 1 = no extra process).")
def ingest(paths: tuple[Path, ...], db: Path | None, metadata: Path | None, outlet: str | None,
           published: date | None, workers: int | None) -> None:
    """Read files or folders of articles (.txt .md .html .jsonl .csv .parquet) into the warehouse."""
    from counterclaim.progress import ingest_with_progress

    from warehouse.migrate import SchemaError
    from warehouse.gcbatch import batch_gc
    from warehouse.store import WarehouseBusy

    try:
        with batch_gc():  # the collector's settings for many documents (warehouse/gcbatch.py; workers: analysis.py)
            report = ingest_with_progress(list(paths), _db(db), metadata=metadata, outlet=outlet,
                                          published=published, workers=workers)
    except (WarehouseBusy, SchemaError) as e:
        raise click.ClickException(str(e)) from None
    for r in report.rejected:
        click.echo(f"rejected: {r.path}: {r.reason}", err=True)
    for w in report.warnings:
        click.echo(f"warning: {w.path}: {w.reason}", err=True)
    click.echo(
        f"documents: {report.new} new, {report.unchanged} unchanged, {len(report.rejected)} rejected; "
        f"claims stored: {report.claims}"
    )
    sys.exit(1 if report.rejected else 0)


@main.command()
@click.argument("file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--published", callback=_iso_date, help="Published date (YYYY-MM-DD), to resolve relative dates.")
@click.option("--outlet", help="The outlet, the voice of unattributed claims.")
@click.option("--format", "fmt", type=click.Choice(["jsonl", "table"]), default="jsonl", show_default=True)
def extract(file: Path, published: date | None, outlet: str | None, fmt: str) -> None:
    """Print the claims of one document (no database)."""
    from counterclaim.output import print_claims
    from extract import extract_claims
    from warehouse.readers import Article, Rejection, read_file

    items = list(read_file(file))
    rejected = [i for i in items if isinstance(i, Rejection)]
    for r in rejected:
        click.echo(f"rejected: {r.path or file}: {r.reason}", err=True)
    for art in items:
        if isinstance(art, Article):
            claims = extract_claims(art.text, published=art.published or published, outlet=art.outlet or outlet)
            print_claims(claims, fmt)
    sys.exit(1 if rejected else 0)


@main.command()
@DB_OPTION
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to bind; 0.0.0.0 exposes it.")
@click.option("--port", default=8050, show_default=True, type=int)
def serve(db: Path | None, host: str, port: int) -> None:
    """Serve the dashboard over a warehouse (read-only)."""
    from dashboard import serve as run

    run(_db(db), host=host, port=port)


@main.command()
@click.option("--host", default="127.0.0.1", show_default=True)
@click.option("--port", default=8050, show_default=True, type=int)
@click.option("--db", type=click.Path(dir_okay=False, path_type=Path), default=Path("demo.duckdb"),
              show_default=True, help="Where to build the demo warehouse.")
def demo(host: str, port: int, db: Path) -> None:
    """Build the demo warehouse from the bundled synthetic corpus if missing, then serve it."""
    from counterclaim.demo import ensure_demo_warehouse
    from dashboard import serve as run

    ensure_demo_warehouse(db, echo=lambda m: click.echo(m, err=True))
    run(db, host=host, port=port, demo=True)


@main.command(name="eval")
@click.option("--gold", type=click.Path(exists=True, file_okay=False, path_type=Path), required=True)
@click.option("--seeds", type=click.Path(exists=True, file_okay=False, path_type=Path), required=True)
@click.option("--format", "fmt", type=click.Choice(["json", "table"]), default="table", show_default=True)
def eval_(gold: Path, seeds: Path, fmt: str) -> None:
    """Score the extractor against hand-annotated gold claims."""
    from counterclaim.evaluation import evaluate, render_table

    result = evaluate(gold, seeds)
    click.echo(json.dumps(result, indent=2) if fmt == "json" else render_table(result))


@main.command()
@click.option("--docs", default=2000, show_default=True, type=int, help="Documents in the generated corpus.")
@click.option("--corpus", type=click.Path(exists=True, path_type=Path), default=None,
              help="Time these articles (a file or folder ingest can read) instead of the generated corpus.")
@click.option("--dashboard", "dash", is_flag=True, help="Time the dashboard's queries on a large warehouse instead.")
@click.option("--claims", default=1_000_000, show_default=True, type=int, help="With --dashboard: claims in it.")
@click.option("--format", "fmt", type=click.Choice(["json", "table"]), default="table", show_default=True)
def bench(docs: int, corpus: Path | None, dash: bool, claims: int, fmt: str) -> None:
    """Measure extraction throughput against quantulum3, or dashboard latency."""
    if dash:
        from counterclaim.bench_dashboard import bench_dashboard, render_table

        result = bench_dashboard(claims)
    else:
        from counterclaim.bench import bench_extract, render_table

        result = bench_extract(docs, corpus)
    click.echo(json.dumps(result, indent=2) if fmt == "json" else render_table(result))


@main.command()
@click.argument("query")
@DB_OPTION
@click.option("--format", "fmt", type=click.Choice(["table", "csv", "json"]), default="table", show_default=True)
@click.option("--limit", default=10_000, show_default=True, type=int, help="Most rows printed.")
@click.option("--timeout", default=30.0, show_default=True, type=float, help="Seconds before the query is stopped.")
def sql(query: str, db: Path | None, fmt: str, limit: int, timeout: float) -> None:
    """Run a read-only SQL query on the warehouse (no file or network access)."""
    from warehouse.sql import QueryRefused, format_result, run_query

    try:
        result = run_query(_db(db), query, limit=limit, timeout=timeout)
    except QueryRefused as e:
        raise click.ClickException(str(e)) from None
    click.echo(format_result(result, fmt))
    if fmt != "table":
        for note in result.notes:
            click.echo(f"note: {note}", err=True)


@main.command()
@click.option("--out", type=click.Path(file_okay=False, path_type=Path), required=True, help="Folder to write.")
@DB_OPTION
@click.option("--format", "fmt", type=click.Choice(["parquet", "csv"]), default="parquet", show_default=True)
def export(out: Path, db: Path | None, fmt: str) -> None:
    """Export documents, claims, incidents and sources with a data dictionary."""
    from warehouse.export import export as run

    from warehouse.export import ExportError
    from warehouse.migrate import SchemaError
    from warehouse.store import WarehouseBusy

    try:
        summary = run(_db(db), out, fmt=fmt)
    except (ExportError, WarehouseBusy, SchemaError, FileNotFoundError) as e:
        raise click.ClickException(str(e)) from None
    for table, n in summary.items():
        click.echo(f"{table}: {n} rows")
    click.echo(f"written to {out}")


@main.command()
@click.option("--out", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="Write to this file instead of standard output.")
def dictionary(out: Path | None) -> None:
    """Render the data dictionary (tables, views, columns, vocabularies) as Markdown."""
    from warehouse.dictionary import render_markdown

    text = render_markdown()
    if out:
        out.write_text(text, encoding="utf-8")
    else:
        click.echo(text, nl=False)


if __name__ == "__main__":
    main()
