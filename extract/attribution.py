"""Who makes a claim, what kind of source that is, and with what stance.

FIRST VERSION: every claim in the voice of its section (the outlet, an
excerpt's outlet, or a reader comment). The attribution issue adds cues.
"""

from __future__ import annotations

from dataclasses import dataclass

from extract.context import SentenceContext
from extract.records import Quantity


@dataclass(frozen=True, slots=True)
class Attribution:
    source: str | None
    source_type: str
    stance: str


def attribute(ctx: SentenceContext, q: Quantity) -> Attribution:
    """Source, source type and stance of the claim made by `q` in its sentence."""
    if ctx.section.kind == "comment":
        return Attribution("reader comment", "reader_comment", "asserted")
    voice = ctx.section.voice or ctx.outlet
    return Attribution(voice, "publication", "asserted")
