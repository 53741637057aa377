"""The gazetteer's records (a place, a place named in a text, how specific a place is) and its rows.

Read from the TSV files of assets/gazetteer by extract/gazetteer.py and extract/worldtowns.py.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from pathlib import Path

# How specific a place is; lower is more specific.
RANK: dict[str, int] = {"site": 0, "district": 0, "village": 1, "city": 1, "admin1": 2, "country": 3}


@dataclass(frozen=True, slots=True)
class GazPlace:
    name: str
    admin1: str | None
    country: str
    lat: float | None
    lon: float | None
    precision: str  # a key of RANK
    population: int = 0

    @property
    def canonical(self) -> str:
        return f"{self.name} Governorate" if self.precision == "admin1" else self.name


@dataclass(frozen=True, slots=True)
class Mention:
    start: int  # offsets in the original text
    end: int
    place: GazPlace


def read_rows(path: Path) -> list[dict[str, str]]:
    """The rows of a TAB-separated file with a header line (none if the file is missing)."""
    if not path.exists():
        return []
    with path.open(encoding="utf-8") as fh:
        return list(csv.DictReader(fh, delimiter="\t"))


def place_of_row(row: dict[str, str]) -> GazPlace:
    """The place a gazetteer row describes (empty fields are None, or 0 people)."""
    return GazPlace(
        name=row["name"],
        admin1=row["admin1"] or None,
        country=row["country"],
        lat=float(row["lat"]) if row["lat"] else None,
        lon=float(row["lon"]) if row["lon"] else None,
        precision=row["precision"],
        population=int(row["population"] or 0),
    )

