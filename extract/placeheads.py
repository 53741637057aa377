"""A place heading a bulleted section: a line in capitals naming a place, with the bullets under it.

    MASERU
    * Fire crews said 34 shops had been burned out by midday.
    * Police said at least 17 people had been arrested ...

A summary "by place" (an agency's key developments, a situation report) names the place once, as the heading of
its bullets; a bullet that names no place of its own below the country is about the heading's place. The heading
is a place when the gazetteer knows it as a town, a district or a region ("MASERU"), or when it ends with the noun
of a facility or a site that stands at a place after a proper name ("KATSE DAM", "MAKOANYANE BARRACKS"): written,
unresolved. ("BORDER CROSSING", "JOHN HILL" and "CORRIDOR AND CROSSING" name no site: they need the gazetteer.)
A heading that names a topic ("FORCES", "AID", "BORDER", "CASUALTIES") is no place, and a bullet whose line is
not under such a heading (a list after a sentence) borrows nothing here (extract/places.py goes on as before).
"""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

from extract.entryscope import bullet_line
from extract.placefacility import FACILITY_NOUNS
from extract.tablerows import line_above_run
from extract.triggers import lexicon

if TYPE_CHECKING:
    from extract.places import Place

# The last word of a heading that names a site rather than a topic: the facilities a place is named after
# (placefacility.py) and the works or ground a name is given to ("KATSE DAM", "GALWAN VALLEY", "BAB AL-HAWA CROSSING").
# ("hill" and "pass" are left out: "JOHN HILL" is a name, "PASS" a topic as often as a site.)
_SITE_ENDS = FACILITY_NOUNS | frozenset("dam airport airbase valley crossing ridge".split())
_MAX_WORDS = 4  # a heading of a place is short: "MAKOANYANE BARRACKS", "NORTH KIVU"


def heading_place(text: str, start: int) -> tuple[str, bool] | None:
    """(the heading as written in title case, whether it needs the gazetteer to be a place) for the bullet holding
    the sentence at `start`, or None when the sentence is no bullet, its run of bullets has no heading in capitals,
    or the heading is too long to be a place's. A cheap test first: the sentence's line opens with a bullet."""
    line = bullet_line(text, start)
    if line < 0:
        return None
    head = _heading_above(text, line)
    if head is None:
        return None
    words = head.split()
    if not words or len(words) > _MAX_WORDS or any(c.isdigit() for c in head) or not head.isupper():
        return None
    written = " ".join(w.capitalize() if w.isalpha() else w.title() for w in words)
    return written, words[-1].lower() not in _SITE_ENDS or not _named_site(text, words)


def _named_site(text: str, words: list[str]) -> bool:
    """Whether the words before a heading's site noun are a proper name: one word at least, no "and", and none a
    common word (a word of the lexicon, or one the document writes in lower case): "KATSE DAM", "BAB AL-HAWA
    CROSSING", not "BORDER CROSSING" nor "HUMANITARIAN CORRIDOR AND CROSSING" (those then need the gazetteer)."""
    name = [w.lower() for w in words[:-1]]
    if not name or "and" in name:
        return False
    common = _common_words()
    return not any(w in common or _written_lower(text, w) for w in name)


def _written_lower(text: str, word: str) -> bool:
    """Whether `word` stands in `text` in lower case as a word of its own (an ordinary word of the document)."""
    at = text.find(word)
    while at >= 0:
        end = at + len(word)
        if (at == 0 or not text[at - 1].isalnum()) and (end >= len(text) or not text[end].isalnum()):
            return True
        at = text.find(word, end)
    return False


@lru_cache(maxsize=1)
def _common_words() -> frozenset[str]:
    """Every word of the claim lexicon's nouns, verbs and cue lists (assets/lexicons/claims.toml): common words."""
    lex = lexicon()
    words: set[str] = set()
    for keys in lex.keys.values():
        words |= keys or set()
    for phrase in (*lex.noun_class, *lex.verb_group):
        words.update(phrase.split())
    return frozenset(words)


def _heading_above(text: str, line: int) -> str | None:
    """The line just above the run of bulleted lines that holds the line starting at `line` (the run's heading),
    or None when the run begins the text or a blank line stands between them (extract/tablerows.py's walk)."""
    span = line_above_run(text, line, lambda start, _line: bullet_line(text, start) >= 0)
    return text[span[0] : span[1]].strip() if span else None


def heading_as_place(text: str, start: int) -> Place | None:
    """The Place of the heading above the bullet holding the sentence at `start` (heading_place): a town or region
    the gazetteer resolves, or a site as written, unresolved; None when there is no such heading."""
    from extract.gazetteer import gazetteer
    from extract.places import Place  # (places.py imports this module)

    head = heading_place(text, start)
    if head is None:
        return None
    written, needs_gazetteer = head
    if not needs_gazetteer:
        return Place(written, None, None, None, None, None)
    p = gazetteer().lookup(written)
    if p is None or p.precision == "country":
        return None  # a topic ("FORCES"), or a country, which says no more than the report's
    return Place(written, p.name, p.admin1, p.lat, p.lon, p.precision)
