"""Event dates, resolved against the document's published date.

FIRST VERSION: none resolved. The dates-and-places issue fills this in.
"""

from __future__ import annotations

from dataclasses import dataclass

from extract.context import SentenceContext
from extract.records import Quantity


@dataclass(frozen=True, slots=True)
class EventDate:
    value: str  # ISO prefix: "2016-05-23", "2016-05" or "2016"
    precision: str  # one of vocab.DATE_PRECISIONS


def resolve_event_date(ctx: SentenceContext, q: Quantity) -> EventDate | None:
    """The date of the event the claim counts, or None when the text does not tell."""
    return None
