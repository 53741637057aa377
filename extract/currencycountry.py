"""Which country's currency a bare currency word ("rupees", "francs", "dinars") means in a text.

extract/currencies.py `by_country` asks this when a bare word ends the names of several currencies. The text
names countries; the one named most often (the first named, on a tie) among the countries whose currency the word
is, decides: "rupees" in a report from Pakistan that also names "Indian shelling" once are Pakistani rupees.
Names count as whole names only, and the longest name wins where one holds another: "Niger" is not in "Nigeria",
"Guinea" not in "Guinea-Bissau", "Equatorial Guinea" or "Papua New Guinea" (every country's English name is
matched, so that a longer one of another currency hides the shorter). The names are CLDR's (Babel), the adjective
of each currency's own name ("Pakistani", "Swiss"), and the short forms news uses that CLDR lacks (SHORT_NAMES:
"Congo", "DRC", "Ivory Coast", "Burma").
"""

from __future__ import annotations

import re
from functools import lru_cache

from extract.trie import trie_alternation

# Short forms of country names that CLDR writes otherwise ("Congo - Kinshasa", "Côte d’Ivoire"): name -> territory.
SHORT_NAMES = {"Congo": "CD", "DRC": "CD", "DR Congo": "CD", "Democratic Republic of Congo": "CD",
               "Democratic Republic of the Congo": "CD", "Congo-Kinshasa": "CD", "Kinshasa": "CD",
               "Republic of Congo": "CG", "Republic of the Congo": "CG", "Congo-Brazzaville": "CG",
               "Brazzaville": "CG", "Ivory Coast": "CI", "Cote d'Ivoire": "CI", "Côte d'Ivoire": "CI",
               "Burma": "MM", "Myanmar": "MM", "Swiss": "CH"}
_BRACKETS = re.compile(r"\s*\(.*?\)|\s+-\s+.*$")  # "Myanmar (Burma)", "Congo - Kinshasa": the plain name first


@lru_cache(maxsize=1)
def _territory_codes() -> dict[str, frozenset[str]]:
    """Territory -> the lower-case ISO codes of the currencies legal tender there today (CLDR)."""
    from babel.core import get_global

    return {territory: frozenset(code.lower() for code, _start, end, tender in spans if end is None and tender)
            for territory, spans in get_global("territory_currencies").items()}


@lru_cache(maxsize=1)
def _name_places() -> dict[str, frozenset[str]]:
    """Every English country name as written (CLDR's, its plain form, SHORT_NAMES) -> the currencies used there."""
    from babel import Locale

    where = _territory_codes()
    table: dict[str, set[str]] = {}
    for territory, name in Locale("en").territories.items():
        if territory.isalpha() and territory in where:  # countries, not regions ("001", "419")
            for written in {name, _BRACKETS.sub("", name)}:
                table.setdefault(written, set()).update(where[territory])
    for written, territory in SHORT_NAMES.items():  # (over CLDR's plain forms: "Congo" of "Congo - Brazzaville")
        table[written] = set(where.get(territory, ()))
    return {name: frozenset(codes) for name, codes in table.items()}


@lru_cache(maxsize=32)
def _names_re(adjectives: tuple[str, ...]) -> re.Pattern[str]:
    """Any country name or one of `adjectives`, whole, longest first (so "Equatorial Guinea" hides "Guinea")."""
    return re.compile(r"(?<!\w)(?:" + trie_alternation([*_name_places(), *adjectives]) + r")(?!\w)")


def country_choice(text: str, marks: tuple[tuple[str, tuple[str, ...]], ...]) -> str | None:
    """Of the currencies in `marks` ((code, (adjective, country names...)) for each currency a bare word ends),
    the one whose country or adjective the text names most often (the first named on a tie), or None if none is."""
    adjective_of = {words[0]: code for code, words in marks if words}
    mine = {code for code, _words in marks}
    places = _name_places()
    counts: dict[str, int] = {}
    first: dict[str, int] = {}
    for m in _names_re(tuple(sorted(adjective_of))).finditer(text):
        name = m.group()
        hits = {adjective_of[name]} if name in adjective_of else places.get(name, frozenset()) & mine
        for code in hits:
            counts[code] = counts.get(code, 0) + 1
            first.setdefault(code, m.start())
    if not counts:
        return None
    return min(counts, key=lambda code: (-counts[code], first[code], code))


@lru_cache(maxsize=64)
def code_marks(iso: str) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """((iso, (the adjective of its English name, the English names of the countries using it)),) for a lower-case
    ISO code ("all": "Albanian", "Albania"), or () where it has none: the marks for `country_choice` of a currency
    that no bare word shares (extract/currencies.py `_bare_marks` holds only the shared ones)."""
    from babel import Locale
    from babel.numbers import get_currency_name

    places = Locale("en").territories
    where = [places[t] for t, codes in _territory_codes().items() if iso in codes and t in places and t.isalpha()]
    *adjective, _last = get_currency_name(iso.upper(), locale="en").split()
    marks = tuple(w for w in [" ".join(adjective), *where] if w)
    return ((iso, marks),) if marks else ()


def code_country_named(text: str, iso: str) -> bool:
    """Whether the text names the country of the currency `iso` (its adjective, "Cuban", or the country, "Cuba's"):
    then its code is money even where it is an English word too ("5,839 CUP", "ALL 100")."""
    marks = code_marks(iso)
    return bool(marks) and country_choice(text, marks) == iso
