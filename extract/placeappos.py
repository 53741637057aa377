"""A site the gazetteer lacks that an apposition says is a site: "At the Carrow Terminus, the city's main railway
station, ...", "At Lindqvist House, a Jewish centre in a side street, ...", "the Selim Pavilion, the town's
largest hospital, ...".

The writer names the site and then tells the reader what it is: a building or a station of the city, or a
building "a/an <kind>" followed by where it stands or by the rest of the sentence. The name (less an opening
word such as "At") is a site for extract/placenames.py, kept as written, without coordinates. Only a site noun
ending the apposition counts, so "Smith, a hospital worker" or "Kane, the town's mayor" names no site.
"""

from __future__ import annotations

import re

from extract.placeopeners import OPENERS

# The nouns of a building or a site a city has, which the apposition ends with.
_SITE_NOUNS = ("station|terminus|terminal|centre|center|hotel|mosque|church|cathedral|synagogue|temple|shrine"
               "|hospital|clinic|school|college|university|market|bazaar|stadium|mall|embassy|cafe|café"
               "|restaurant|theatre|theater|cinema|prison|jail|barracks|compound|hostel|seminary|monastery")
# ", the city's main railway station" / ", a Jewish centre": the apposition, up to three words before the noun, and
# what may follow it (a comma, a full stop, a semicolon, a dash, or a preposition saying where it stands).
_APPOSITION = re.compile(
    r", (?:the (?:city|town|capital|village|district|area|country|region)['’]s|an?) "
    r"(?:[A-Za-z][\w-]* ){0,3}?(?:" + _SITE_NOUNS + r")(?=[,.;]| [-–—] | (?:in|on|near|at|off|by|where|which)\b)")
# The capitalised words just before the comma (one to four: "Chhatrapati Shivaji Terminus", "Lindqvist House").
_NAME_BEFORE = re.compile(r"(?:(?<=[\s(])|^)(?:[A-Z][\w’'-]*\s){0,3}[A-Z][\w’'-]*$")
# Words that open a sentence or a phrase, not part of a name ("At Lindqvist House"; "Behind" too before a site).
_OPENERS = OPENERS | {"Behind"}
_REACH = 80  # characters before the comma the name is looked for in


def appositive_sites(text: str) -> list[tuple[int, int, str]]:
    """(start, end, "site") of each name an apposition says is a site ("X Terminus, the city's main railway
    station"). Each comma before an apposition of a site is a candidate; the capitalised words before it name it."""
    if ", " not in text:
        return []
    out = []
    for m in _APPOSITION.finditer(text):
        c = m.start()
        left = max(0, c - _REACH)
        name = _NAME_BEFORE.search(text, left, c)
        if name is None:
            continue
        s, words = name.start(), name.group().split()
        while words and words[0] in _OPENERS:
            s = text.index(words[1], s + len(words[0])) if len(words) > 1 else c
            words = words[1:]
        if words and s < c:
            out.append((s, c, "site"))
    return out
