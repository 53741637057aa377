"""A place the gazetteer lacks that the text sets inside a known one: "near Kandari in Upper Swat", "outside Mabanga
in North Kivu" (for extract/placenames.py, which keeps it as written, a village without coordinates).

"near"/"outside"/"around" and a capitalised name, then "in" and a place the document names (the gazetteer's or
the text's own): the name is a place inside it (a village of the district), and the more specific of the two. So is
a name the text then places by a compass point from a known place: "at a hotel in Port Vasco, north of Sousse" (the
resort is the scene; "north of Sousse" only tells the reader where it lies). Not a
month, a weekday or a feast ("around Christmas in Goma"), and not a span another mention already holds. A cheap
substring test first: most documents hold no "near ", "outside " or "around ".
"""

from __future__ import annotations

import re

from extract.storyyear import MONTH_NAMES

# After "near "/"outside "/"around " (found by substring search): a capitalised name, "in" and the holding place.
_WITHIN = re.compile(r"(?P<name>[A-Z][a-z]+(?:[ -][A-Z][a-z]+)?)\s+in\s+"
                     r"(?:the\s+)?(?P<at>(?:Lower|Upper|North|South|East|West|Northern|Southern|Eastern|Western"
                     r"|Central)\s+)?")
_NOT_NAMES = frozenset(MONTH_NAMES) | frozenset(("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday",
                                                  "Sunday", "Christmas", "Easter", "Ramadan"))


# ", north of " (and "south-east", "some 20 km west"): where the name before the comma lies from a known place.
_COMPASS_OF = re.compile(r", (?:(?:about |some )?\d+(?:\.\d+)?\s*(?:km|kilometres|kilometers|miles) )?"
                         r"(?:north|south|east|west)(?:-?(?:east|west))? of ")
_COMPASS_OF_WORDS = ("north of ", "south of ", "east of ", "west of ")  # (every match of _COMPASS_OF ends with one)
# The name before it, after "in"/"at"/"near": up to four capitalised words ("in Port El Kantaoui").
_PLACED_NAME = re.compile(r"\b(?:in|at|near)\s+(?P<name>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3})$")


def placed_names(text: str, starts: set[int]) -> list[tuple[int, int, str]]:
    """The (start, end, "village") of each name after "in"/"at"/"near" that the text places by a compass point from
    a place starting at one of `starts` ("in Port Vasco, north of Sousse"; module doc)."""
    if not any(w in text for w in _COMPASS_OF_WORDS):
        return []  # (a cheap test first: most documents place nothing by a compass point)
    out = []
    for m in _COMPASS_OF.finditer(text):
        if m.end() not in starts:
            continue
        w = _PLACED_NAME.search(text, max(0, m.start() - 60), m.start())
        if w is not None and w.group("name") not in _NOT_NAMES:
            out.append((w.start("name"), w.end("name"), "village"))
    return out


def within_names(text: str, starts: set[int]) -> list[tuple[int, int, str]]:
    """The (start, end, "village") of each name set "near"/"outside"/"around" inside a place starting at one of
    `starts` (the document's other mentions) (module doc)."""
    out = []
    for word in ("near ", "outside ", "around "):
        i = text.find(word)
        while i >= 0:
            j = i + len(word)
            if (i == 0 or not text[i - 1].isalnum()) and text[j : j + 1].isupper():
                w = _WITHIN.match(text, j)
                if w is not None and (w.end() in starts or (w.group("at") and w.start("at") in starts)) \
                        and w.group("name") not in _NOT_NAMES:
                    out.append((w.start("name"), w.end("name"), "village"))
            i = text.find(word, j)
    return out + placed_names(text, starts)
