"""Names the text sets as places by where or how it writes them, though the gazetteer lacks them (for
extract/placenames.py and extract/placetold.py).

A name fronted by "In" or "At" and a comma at the start of a sentence ("In Rais, on August 28, the toll was 98"),
a name before "area" ("the Mangochar area"), a name joined by an Arabic article after a preposition of place ("in
Bir al-Abd"), and a sea, gulf or strait ("the southern Red Sea", "the Gulf of Aden").
The first two are looked for only at a literal every match holds ("In ", "At ", " area"), the seas only in a text that
holds one of their words: a text without them costs a few substring searches.
"""

from __future__ import annotations

import re

from extract.gazetteer import offsets_of
from extract.placekinds import _CAPS, _NOT_STATE, _capital_word_before, _capitalised_name_before
from extract.placeopeners import OPENERS
from extract.rx import guarded
from extract.cuescan import has_any  # (any(k in text for k in keys) without a generator)


# "In Lucanamarca, in April 1983, ...", "In Rais, on August 28, ...", "At Naroda Patiya, 97 people were killed": a
# name fronted by "In" or "At" and a comma at the start of a sentence sets the scene of what follows; a month, a day,
# a time of day, a language or an institution does not ("At Christmas, ...", "At Dawn, ...").
_FRONTED = re.compile(r"(?:In|(?P<at>At)(?:\s+the(?=\s))?)\s+(?P<name>[A-Z][^\W\d_]+(?:[ -][A-Z][^\W\d_]+){0,2})"
                      r"(?:\s+alone)?,\s")  # ("At the Bataclan alone, 90 people were killed": a venue, a site)
_NOT_FRONTED = frozenset("""January February March April May June July August September October November December
    Monday Tuesday Wednesday Thursday Friday Saturday Sunday Parliament Congress Court Islam Christianity English
    French Arabic Spanish Russian German Total Brief Short Sum Addition Particular General Practice Theory Contrast
    Response Reply Return Turn Fact Truth Summary Conclusion Retaliation God Government Senate Council Private Public
    Person Time Spring Summer Autumn Winter Fall Christmas Easter Ramadan Dawn Noon Midnight Night Daybreak Nightfall
    First Last Least Present Once Times Home Sea Stake Issue Risk Gunpoint""".split())


_SAYING = re.compile(r"\b(?:said|says|say|told|announced|reported|stated|briefed)\b")


def fronted(text: str) -> list[tuple[int, int, str]]:
    """(start, end, "village") of each name "In <Name>, " or "At <Name>, " fronts at the start of a sentence or line
    (_FRONTED)."""
    out = []
    for i in sorted(offsets_of(text, "In ") + offsets_of(text, "At ")):
        if i and not (text[i - 1] == "\n" or (text[i - 1] == " " and i > 1 and text[i - 2] in ".!?\"”")):
            continue  # not a sentence's first word
        u = _FRONTED.match(text, i)
        if u and not any(w in _NOT_FRONTED or w in OPENERS for w in u.group("name").split()):
            site = u.group("at") is not None and text.startswith(" the ", u.end("at"))  # "At the X,": a venue
            if site and _SAYING.search(text, u.end(), u.end() + 80):
                continue  # "At the Pentagon, a spokesman said 40 troops were killed in Helmand": where one speaks
            out.append((u.start("name"), u.end("name"), "site" if site else "village"))
    return out


# "the Mangochar area": a name before "area" (the name alone, as a district)
_AREA_NAME = re.compile(r"(?<![\w'’-])(?P<name>" + _CAPS + r")\s+area$")


def areas(text: str) -> list[tuple[int, int, str]]:
    """(start, end, "district") of each name "<Name> area" names (_AREA_NAME), but a people's or a word's
    ("the Kurdish area"); only the few characters before each " area" after a capitalised word are searched."""
    out = []
    for i in offsets_of(text, " area"):
        e = i + 5
        if (e < len(text) and (text[e].isalnum() or text[e] == "-")) or not _capitalised_name_before(text, i + 1):
            continue
        u = _AREA_NAME.search(text, max(0, i - 60), e)
        if u is None:
            continue
        s, name = u.start("name"), u.group("name")
        first = name.split()[0]
        if first in OPENERS:
            if " " not in name:
                continue
            s, name = s + len(first) + 1, name[len(first) + 1 :]
        if not _not_an_area(name):
            # "Kigoma, a village in the Ruvu area": the area holds the settlement named before it, a broader place
            held = text[s - 1 : s] == " " and _HOLDS_SETTLEMENT.search(text, max(0, s - 50), s) is not None
            out.append((s, s + len(name), "admin1" if held else "district"))
    return out


# The words setting a named settlement inside an area named next ("Kigoma, a village in the Ruvu area").
_HOLDS_SETTLEMENT = re.compile(r",\s+an?\s+(?:(?:small|remote|tiny|farming|fishing|mountain|border)\s+)?"
                               r"(?:hamlet|village|town|settlement|locality|community)\s+in\s+(?:the\s+)?$")


def _not_an_area(name: str) -> bool:
    """Whether "<name> area" names no place: a people's adjective or a word ("the Kurdish area", "Security area")."""
    last = name.split()[-1]
    return last in _NOT_STATE or last in _NOT_AREA or last.endswith(("ian", "ese", "ish", "ic", "i", "ean"))


# Capitalised words before "area" that name no place ("the Schengen Area" aside, written capitalised).
_NOT_AREA = frozenset("""Restricted Security Military Border Buffer Residential Industrial Metro Metropolitan Bay Euro
    Schengen Service Rest Operational Exclusion Safe Protected Green Red Closed American African Mexican Afghan Arab
    Druze Alawite Shia Muslim Christian Jewish Catholic Hindu""".split())


# A sea, gulf or strait: "the southern Red Sea", "the Gulf of Aden", "the Sea of Azov", "the Strait of Hormuz". A
# region's rank: a town named with it is more specific.
_WATER = re.compile(r"(?<![\w'’-])(?:(?:[A-Z][a-z]+\s+){1,2}(?:Sea|Ocean)|(?:Gulf|Sea|Strait|Straits|Bay)\s+of\s+"
                    r"[A-Z][a-z]+)(?![\w-])")
_WATER_WORDS_NOT_GULF = ("Sea", "Ocean", "Strait", "Bay of")  # (with "Gulf", asked first, every match holds one)
# "the Gulf" alone, after a preposition of place ("ships hit in the Gulf", "in and near the Gulf"): the water, not a
# word of a name or an adjective ("the Gulf War", "the Gulf Cooperation Council", "the Gulf states").
_THE_GULF = re.compile(r"\b(?:in|into|near|across|through|off|from|to|of)\s+the\s+(Gulf)(?![\w-]|\s+of\b|\s+[A-Z]"
                       r"|\s+(?:states?|countries|monarchies|region|war|crisis|nations|rulers|sheikhdoms|allies|coast"
                       r"|emirates|arabs?)\b)")


def waters(text: str) -> list[tuple[int, int]]:
    """(start, end) of each sea, gulf or strait named (_WATER, and "the Gulf" alone: _THE_GULF); a few substring
    tests when none is. (A town in its name, "Aden" in "the Gulf of Aden", is no place of its own: _water_mentions
    puts the water in its stead.)"""
    gulf = "Gulf" in text
    out = [u.span(1) for u in _THE_GULF.finditer(text)] if gulf and "the Gulf" in text else []
    if not gulf and not has_any(text, _WATER_WORDS_NOT_GULF):
        return out
    for u in _WATER.finditer(text):
        s, first = u.start(), u.group().split()[0]
        if first in OPENERS:  # "The Red Sea", "On Red Sea shipping": the name after the opening word
            s = text.index(" ", s) + 1
        if " " not in text[s : u.end()]:
            continue  # "The Sea": a bare word left after the opener ("the Sea of Azov" is kept)
        out.append((s, u.end()))
    return sorted(out)


# "in Bir al-Abd", "near Deir al-Balah", "from Ras al-Ain": a name of two words joined by an Arabic article, after a
# preposition of place, is a town's (a person's such name follows no "in"); the gazetteer lacks many of them.
_ARTICLE_NAME = guarded(r"\b(?:in|near|at|from|outside|around)\s+(?P<name>[A-Z][^\W\d_]+[ ](?:al|el|as|ash|ad|ar|az"
                           r"|an)-[A-Z][^\W\d_]+)(?![\w'’-])")


def article_names(text: str) -> list[tuple[int, int, str]]:
    """(start, end, "village") of each "<Name> al-<Name>" after a preposition of place (_ARTICLE_NAME); a document
    without " al-" or " el-" (and the like) costs two substring tests."""
    if "l-" not in text and "-" not in text:
        return []
    if not any(a in text for a in (" al-", " el-", " as-", " ash-", " ad-", " ar-", " az-", " an-")):
        return []
    return [(u.start("name"), u.end("name"), "village") for u in _ARTICLE_NAME.finditer(text)]


# "the Addis Ababa-Nekemte road", "the Kabul–Jalalabad highway": a route named by the two towns it joins is the place
# of what happens along it, as written, of a town's rank (a town named beside it is as specific, and a route "near
# Surab" is placed by its town: not taken); "the Paris-based group" or "a Franco-German road plan" is none.
_ROUTE_WORDS = (" road", " highway", " motorway", " railway", " corridor")
_ROUTE_NAME = re.compile(r"(?<![\w'’-])(?P<name>[A-Z][^\W\d_]+(?:[ ][A-Z][^\W\d_]+)?[-–][A-Z][^\W\d_]+"
                         r"(?:[ ][A-Z][^\W\d_]+)?[ ](?:road|highway|motorway|railway|corridor))(?![\w-])"
                         r"(?!\s+(?:near|outside|at|in)\s+[A-Z])")


def routes(text: str) -> list[tuple[int, int, str]]:
    """(start, end, "village") of each route named by two towns and a hyphen (_ROUTE_NAME); a text without a route's
    word costs a few substring tests."""
    for w in _ROUTE_WORDS:  # (a plain loop: no generator to start for the text that has none)
        if w in text:
            return [(u.start("name"), u.end("name"), "village") for u in _ROUTE_NAME.finditer(text)]
    return []


# "at the foot of Mount Fuji", "on Mt. Sinjar": a mountain named with "Mount" before it is a place (the gazetteer
# lacks most), kept as written, of a town's rank. "Mount" opening a longer name of a town the gazetteer has ("Mount
# Pleasant") is that town: a mention the gazetteer found wins any overlap (extract/placenames.py).
_MOUNT = re.compile(r"(?<![\w'’-])(?:Mount|Mt\.?)[ ](?P<name>[A-Z][^\W\d_]+(?:[ -][A-Z][^\W\d_]+)?)(?![\w'’-])")


def mounts(text: str) -> list[tuple[int, int, str]]:
    """(start, end, "village") of each "Mount <Name>" (_MOUNT) after no capitalised word and holding no opening word
    ("Tensions Mount Over Border", "Fears Mount In ...": a headline's verb); a text without "Mount " or "Mt" costs
    two substring tests."""
    if "Mount " not in text and "Mt" not in text:
        return []
    return [(u.start(), u.end(), "village") for u in _MOUNT.finditer(text)
            if not _capital_word_before(text, u.start()) and not any(w in OPENERS for w in u.group("name").split())]
