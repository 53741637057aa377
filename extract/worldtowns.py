"""The world fallback of the gazetteer: towns of world.tsv named by a whole run of capitalised words.

world.tsv holds towns of 15000+ people in every country; a run of capitalised words that no local spelling
covers names one only when the whole run (less an opener such as "In" or a closer such as "Strip") is its
name ("Goma", "El Fasher", "Port Sudan"; not "Abdi Hassan" nor "Police"). Used by extract/gazetteer.py.
"""

from __future__ import annotations

import bisect
import re
from pathlib import Path
from typing import TYPE_CHECKING

from extract.gazplaces import GazPlace, Mention, place_of_row, read_rows
from extract.placefold import key_of, uncached_key

if TYPE_CHECKING:
    from extract.gazetteer import Gazetteer


def load_world(path: Path, local: dict[str, GazPlace], stop: frozenset[str]) -> dict[str, GazPlace]:
    """world.tsv's spellings -> towns, the most populous per spelling; none that `local` or `stop` holds."""
    places: dict[str, GazPlace] = {}
    for row in read_rows(path):
        p = place_of_row(row)
        for spelling in [row["name"], *row["aliases"].split("|")]:
            k = uncached_key(spelling) if spelling else ""
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


def world_mentions(gaz: Gazetteer, text: str, taken: list[tuple[int, int]]) -> list[Mention]:
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
        offset, length, place = got
        k = bisect.bisect_right(ends, s)  # the first local mention ending after the run starts
        if k < len(taken) and taken[k][0] < e \
                and not covers_locals(taken, k, s + offset, s + offset + length):
            continue  # a local spelling covers part of the run (and is not a shorter part of the town's name)
        out.append(Mention(s + offset, s + offset + length, place))
    return out


def covers_locals(taken: list[tuple[int, int]], k: int, s: int, e: int) -> bool:
    """Whether the world town's name [s, e) holds, longer than each, every local mention from taken[k] on that
    overlaps it: "San Salvador" is the capital, not the country a local spelling "Salvador" names
    (extract/gazetteer.py then drops the local mentions inside it)."""
    inside = False
    for a, b in taken[k:]:
        if a >= e:
            break
        if a < s or b > e or b - a >= e - s:
            return False
        inside = True
    return inside


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
