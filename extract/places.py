"""Places named for an event, resolved through the gazetteer.

FIRST VERSION: none resolved. The dates-and-places issue fills this in.
"""

from __future__ import annotations

from dataclasses import dataclass

from extract.context import SentenceContext
from extract.records import Quantity


@dataclass(frozen=True, slots=True)
class Place:
    written: str  # as in the text: "Jableh and Tartous", "eastern Aleppo city"
    name: str | None  # canonical gazetteer name of the (first) resolved place
    admin1: str | None  # governorate
    lat: float | None
    lon: float | None
    precision: str | None  # "city", "admin1", "country", ... or None when unresolved


def find_place(ctx: SentenceContext, q: Quantity) -> Place | None:
    """The most specific place named for the claim's event, or None."""
    return None
