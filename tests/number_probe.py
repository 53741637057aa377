"""Small readers of find_quantities' and extract_claims' output for the number-layer and general-news tests."""

from __future__ import annotations

from extract import extract_claims, find_quantities
from extract.records import Quantity


def only(text: str, surface: str) -> Quantity:
    """The one quantity written as `surface` in `text` (its span checked against the text)."""
    found = [q for q in find_quantities(text) if q.surface == surface]
    assert len(found) == 1, (surface, [q.surface for q in find_quantities(text)])
    q = found[0]
    assert text[q.char_start : q.char_end] == surface
    return q


def kinds(text: str) -> list[tuple[str, str]]:
    """(surface, kind) of every quantity in `text`, in order."""
    return [(q.surface, q.kind) for q in find_quantities(text)]


def counts(text: str) -> list[str]:
    """The surfaces of the quantities of kind "number" (counts and amounts) in `text`."""
    return [q.surface for q in find_quantities(text) if q.kind == "number"]


def measured(text: str) -> list[tuple[str, str]]:
    """(number_text, measure) of every claim `extract_claims` finds in `text`, in order."""
    return [(c.number_text, c.measure) for c in extract_claims(text)]
