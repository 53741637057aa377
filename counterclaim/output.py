"""Printing claims on the terminal: JSON lines or a rich table."""

from __future__ import annotations

import json

import click

from extract import Claim

TABLE_FIELDS = ("number_text", "best", "qualifier", "measure", "subject", "side", "source", "stance", "event_date",
                "location", "confidence")


def print_claims(claims: list[Claim], fmt: str) -> None:
    if fmt == "jsonl":
        for c in claims:
            click.echo(json.dumps(c.to_dict(), ensure_ascii=False))
        return
    from rich.console import Console
    from rich.table import Table

    table = Table(*TABLE_FIELDS, "sentence")
    for c in claims:
        d = c.to_dict()
        table.add_row(*(("" if d[f] is None else str(d[f])) for f in TABLE_FIELDS), c.sentence[:80])
    Console(width=200).print(table)
