"""Places the gazetteer lacks that the text itself names as places (for extract/placementions.py).

"the town of Kuriga", "Kayah region" (a kind and "of", or a region word: extract/placeunlisted.py); a facility, district, peninsula or
region written with its kind (extract/placekinds.py: "the South Hospital", "the Karrada district" and then
"Karrada" alone); a place a country's possessive names after a preposition ("in Syria's Handarat"); a name
fronted at a sentence's start ("In Rais, on August 28, ..."), or with "area" ("the Mangochar area"); and, one
sense per discourse, every other mention of a name the text once called a place. They keep their written name
and have no coordinates. Each scan starts from words every match must hold, so a document without them costs a
few substring searches.
"""

from __future__ import annotations

import re

from extract.gazetteer import GazPlace, Mention, offsets_of
from extract.harmscene import harm_scenes
from extract.placeappos import appositive_sites
from extract.placeopeners import OPENERS
from extract.placefacility import facility_places
from extract.placelabels import site_labels
from extract.placepartners import partner_towns
from extract.placelists import kind_list_names
from extract.placewithin import within_names
from extract.placeunlisted import _UNLISTED, _UNLISTED_SCAN, _may_name_unlisted, _unlisted_matches  # noqa: F401
from extract.placeunlisted import leader_named
from extract.numphrases import _ARTICLES  # ("a an the every each this that")
from extract.placekinds import _UNLISTED_RANK, _capital_word_before, _kind_named


def scene_names(text: str) -> list[tuple[int, int, str]]:
    """The places of extract/placeforms.py (a name fronted by "In", "<Name> area", "the A-B road", "Mount Fuji") and
    extract/harmscene.py ("shot dead in Ballymurphy since Monday"), as (start, end, precision)."""
    fronted, areas, article_names, routes, mounts = _SCENE_FINDERS or _scene_finders()
    return fronted(text) + areas(text) + article_names(text) + routes(text) + mounts(text) + harm_scenes(text)


_SCENE_FINDERS: list = []  # placeforms' finders, imported on first use (placeforms reads this module's names)


def _scene_finders() -> list:
    """extract/placeforms.py's fronted, areas and article_names, imported once (not at every call)."""
    from extract.placeforms import areas, article_names, fronted, mounts, routes

    _SCENE_FINDERS[:] = [fronted, areas, article_names, routes, mounts]
    return _SCENE_FINDERS


def unlisted(text: str, found: list[Mention]) -> list[Mention]:
    """The places the gazetteer lacks that the text says are places (_UNLISTED, _KIND_NAMED), and every other
    mention of the same name in the document (one sense per discourse: "the town of Kuriga" ... "Kuriga")."""
    spans: list[tuple[int, int, str]] = []  # start, end, precision
    for u in _unlisted_matches(text):  # (the matches of _UNLISTED_SCAN)
        name = u.group("name") or u.group("rname")
        s = u.start("name") if u.group("name") else u.start("rname")
        e = s + len(name)
        if u.group("name"):
            if leader_named(text, e):
                continue  # "the camp of Spotted Elk's band": a leader's, not a place's name
            precision = _UNLISTED_RANK.get(u.group("kind") or "", "village")
        else:
            if _capital_word_before(text, s) or name.lower() in _ARTICLES:
                continue  # "Islamic State West Africa Province": a name, not a province; "The region lies": none
            precision, e = "admin1", u.end()  # "Kayah region"
        spans.append((s, e, precision))
    spans += [(s, e, precision) for s, e, _, precision in _kind_named(text)]
    spans += scene_names(text)
    spans += kind_list_names(text)  # "the municipalities of Nebaj, Chajul and Cotzal" (placelists.py)
    spans += facility_places(text) + site_labels(text) + appositive_sites(text)  # "the oil field at Obole" (their docs)
    named = len(spans)  # the places the text says are places; a possessive's name lends itself to no other mention
    spans += _possessed(text, found)
    if not spans:
        taken = [(m.start, m.end) for m in found]
        within = _within(text, taken)
        return within + partner_towns(text, found + within, taken)
    out: list[Mention] = []
    taken = [(m.start, m.end) for m in found]
    names: dict[str, str] = {}
    for k, (s, e, precision) in enumerate(spans):
        if not any(a < e and s < b for a, b in taken):
            out.append(Mention(s, e, GazPlace(text[s:e], None, "", None, None, precision)))
            taken.append((s, e))
        if k < named:
            if precision == "admin1":
                names.setdefault(_REGION_WORD_END.sub("", text[s:e]), precision)
            else:  # "Sukma district" ... "in Sukma": the name alone, as a town's (a list of towns may hold it)
                bare = _AREA_WORD_END.sub("", text[s:e])
                names.setdefault(bare, precision if bare == text[s:e] else "village")
    for name, precision in names.items():
        for s, e in _whole_words(text, name):
            if not any(a < e and s < b for a, b in taken):
                out.append(Mention(s, e, GazPlace(name, None, "", None, None, precision)))
                taken.append((s, e))
    out += _within(text, taken)  # "near Kandari in Upper Swat" (placewithin.py)
    return out + partner_towns(text, found + out, taken)  # "in Poka and Rumah Tiga" (placepartners.py)


def _within(text: str, taken: list[tuple[int, int]]) -> list[Mention]:
    """The places set inside another mention ("near Kandari in Upper Swat": placewithin.py) that overlap none of
    `taken`, as village mentions; their spans are added to `taken`."""
    out = []
    for s, e, precision in within_names(text, {a for a, _ in taken}):
        if not any(a < e and s < b for a, b in taken):
            out.append(Mention(s, e, GazPlace(text[s:e], None, "", None, None, precision)))
            taken.append((s, e))
    return out


def _whole_words(text: str, name: str) -> list[tuple[int, int]]:
    """The spans where `name` stands as a whole word (no letter, digit, "_", hyphen or apostrophe before it; no
    letter, digit, "_" or hyphen after it)."""
    out = []
    for i in offsets_of(text, name):
        e = i + len(name)
        before = text[i - 1] if i else " "
        after = text[e] if e < len(text) else " "
        if not (before.isalnum() or before in "_-'’") and not (after.isalnum() or after in "_-"):
            out.append((i, e))
    return out


# "in Syria's Handarat", "near Nigeria's Gwoza": a place of the country the gazetteer lacks, named after it.
_PREPOSITION_END = ("in", "near", "at", "from", "into", "across", "around", "outside")
# The lower-case words that may follow such a name ("in Syria's Salma on Monday"); any other makes the name a
# people's or a group's ("in Iraq's Yazidi community").
_AFTER_POSSESSED = frozenset("""on in and near this last today yesterday earlier overnight late district town city
    village region province state area countryside""".split())
_POSSESSED_NAME = re.compile(r"(?:(?:al|el|as|ash|ad|ar|at|az)-)?[A-Z][^\W\d_]+(?:[ -](?:(?:al|el|as|ash|ad|ar|at|az)-)?"
                             r"[A-Z][^\W\d_]+){0,2}(?![\w'’-])")


def _possessed(text: str, found: list[Mention]) -> list[tuple[int, int, str]]:
    """(start, end, "village") of each unlisted place a country's possessive names after a preposition."""
    out: list[tuple[int, int, str]] = []
    countries = {m.end: m for m in found if m.place.precision == "country"}
    if not countries:
        return out  # no country's possessive to look after
    for apostrophe in ("'s ", "’s "):
        for i in offsets_of(text, apostrophe) if apostrophe in text else ():
            m = countries.get(i)
            if m is not None and _word_before(text, m.start) in _PREPOSITION_END:
                name = _POSSESSED_NAME.match(text, i + 3)
                nxt = _NEXT_WORD.match(text, name.end()) if name else None
                if name and name.group().split()[0] not in OPENERS and (
                        nxt is None or nxt.group(1) in _AFTER_POSSESSED):
                    out.append((name.start(), name.end(), "village"))
    return out


_NEXT_WORD = re.compile(r" ([a-z]+)\b")


def _word_before(text: str, start: int) -> str:
    """The word just before `start` (past one space), lower-cased; "" when none."""
    j = start - 1
    if j < 1 or text[j] != " ":
        return ""
    k = j
    while k > 0 and text[k - 1].isalpha():
        k -= 1
    return text[k:j].lower()


# The kind word after a region's name ("Kayah State" -> "Kayah", the name the text may use alone elsewhere).
_REGION_WORD_END = re.compile(r"\s+(?:region|province|oblast|governorate|Region|Province|Oblast|State|state)$")
# The kind word after a district's or county's name ("Sukma district" -> "Sukma", named alone elsewhere).
# Likewise the town an airport or a border crossing is named for ("Brnik airport" ... "at Brnik").
_AREA_WORD_END = re.compile(r"\s+(?:district|District|county|County|township|Township|airport|airfield"
                            r"|border\s+crossing)$")
