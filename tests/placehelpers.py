"""What the place tests ask of a text: the place names the document's mentions cover, and the place of a claim."""

from __future__ import annotations

from extract import extract_claims
from extract.placementions import _document_mentions


def names(text: str) -> list[str]:
    """The text of every place mention the document finds, in order."""
    return [text[m.start : m.end] for m in _document_mentions(text)]


def location(text: str, number: str) -> str | None:
    """The location of the first body claim whose number is written `number` (it must exist)."""
    claims = [c for c in extract_claims(text) if c.number_text == number and c.section != "headline"]
    assert claims, number
    return claims[0].location
