"""Plain records passed between the stages of extraction."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any


@dataclass(frozen=True, slots=True)
class Quantity:
    """One number found in text, in scope or not.

    `value` is the best value; `low`/`high` are the bounds the wording allows
    (None when unbounded on that side). Offsets index the text given to
    `find_quantities`; `text[char_start:char_end] == surface`.
    """

    value: float
    low: float | None
    high: float | None
    qualifier: str  # one of vocab.QUALIFIERS
    unit: str  # one of vocab.UNITS, or another unit word ("km", "year", "hour", ...)
    surface: str  # the number as written, without qualifier words ("seven and nine", "580:1")
    char_start: int
    char_end: int
    kind: str = "number"  # "number", or why it is not a count: "date", "year", "time", "duration", "ordinal", "name", ...

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    def shifted(self, by: int) -> Quantity:
        """The same quantity with its offsets moved by `by` (found in a slice starting at `by`)."""
        return Quantity(self.value, self.low, self.high, self.qualifier, self.unit, self.surface,
                        self.char_start + by, self.char_end + by, self.kind)


@dataclass(slots=True)
class Claim:
    """One in-scope numeric claim with its evidence and attribution.

    Field names and values follow ../shared/gold/GUIDELINES.md.
    """

    number_text: str
    low: float | None
    high: float | None
    best: float
    qualifier: str
    unit: str
    measure: str
    subject: str
    side: str
    char_start: int
    char_end: int
    sentence: str
    section: str = "body"
    location: str | None = None
    admin1: str | None = None
    lat: float | None = None
    lon: float | None = None
    place_precision: str | None = None
    event_date: str | None = None  # ISO prefix: "2016-05-23", "2016-05", "2016"
    date_precision: str | None = None  # one of vocab.DATE_PRECISIONS
    source: str | None = None
    source_type: str | None = None
    stance: str | None = None
    confidence: float = 0.0
    confidence_reasons: list[str] = field(default_factory=list)
    event_words: list[str] = field(default_factory=list)  # "car bomb", "airstrike", ... for incident linking

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)
