"""A year before the one thing it dates: "the 1987 crash", "the 2026 tour", "its 2019 report".

extract/numdigits.py reads a four-digit number as a year after words of time ("in 2019"), before words a year
names ("the 2014 election", "its 2025 target"), and after "a" ("a 1962 Ferrari"). After "the", "this", "that"
or a possessive, a number from 1900 to 2099 before a singular noun is a year too: a count takes the plural
("the 2000 fans", "the 1500 displaced families", "the 2000 men"). The noun after it must be a lower-case word
that is no plural, no unit and no word a count stands before (an adjective such as "new", "extra", "dead",
"wounded"), and the word after that no plural either ("the 2000 new homes"). "for 2026 rises": after "for", a
verb of change after the year (extract/numsenses.py `year_after_for` reads "for 2026 are").
A plural possessive before the noun ("the 1984 miners' strike", "the 2011 students' protest") is a year too when the
noun it owns is singular: the plural belongs to the owners, and the year dates the one thing they own; a count
takes the owners with a plural noun ("the 2000 miners' families", "the 1500 soldiers' graves").
"""

from __future__ import annotations

import re

from extract.numunits import quantulum_unit, unit_after

_DETERMINERS = frozenset({("the",), ("this",), ("that",), ("its",), ("their",), ("his",), ("her",), ("our",),
                          ("whose",)})
# A lower-case word after the number, and the word after it (if a word follows).
_NEXT_WORDS = re.compile(r"[\s\u00a0]+([a-z]+)\b(?:[\s\u00a0]+([a-z]+)\b)?")
# Plurals not written with "s", and words a count stands before that are no noun a year dates (adjectives,
# participles and words of people: "the 2000 dead", "the 1500 wounded", "the 2000 or so", "the 2000 new").
_COUNT_NEXT = frozenset(
    "people men women children police staff personnel cattle sheep fish deer crew infantry militia youth folk "
    "livestock poultry clergy feet teeth mice geese data media dead injured wounded missing homeless elderly poor "
    "sick faithful young old rich displaced remaining other more extra additional new odd or and to of at in on "
    "from with strong plus per each who that which were are was had have will would could may might still now "
    "civilian civilians armed local foreign troop soldier man member person".split())
# After a plural owner's apostrophe, the noun it owns: "miners' strike" -> "strike".
_OWNED_AFTER = re.compile(r"['\u2019][\s\u00a0]+([a-z]+)\b")
_NOT_PLURAL_ENDINGS = ("ss", "us", "is")  # "the 2008 crisis", "the 2021 census", "the 1996 bus"
_SECOND_NOT_PLURAL = frozenset("was is has as its his this thus plus across unless less always perhaps".split())


def _plural(word: str, second: bool = False) -> bool:
    """A word written as a plural (an "s" ending, not "-ss", "-us", "-is"; after the noun, not a verb "was")."""
    if second and word in _SECOND_NOT_PLURAL:
        return False
    return word.endswith("s") and not word.endswith(_NOT_PLURAL_ENDINGS)


def year_before_noun(text: str, end: int, before: tuple[str, ...], value: float) -> bool:
    """Whether the four-digit number ending at `end` after `before` (the word before it) is a year before the
    singular noun it dates (see the module)."""
    if before not in _DETERMINERS or not 1900 <= value <= 2099:
        return False
    m = _NEXT_WORDS.match(text, end)
    if m is None:
        return False
    first, second = m.group(1), m.group(2)
    if second is None and _plural(first) and (o := _OWNED_AFTER.match(text, m.end(1))):
        owned = o.group(1)  # "the 1984 miners' strike": the owners' singular thing
        return owned not in _COUNT_NEXT and not _plural(owned) and not owned.endswith(("ed", "ing"))
    if first in _COUNT_NEXT or first.endswith(("ed", "ing")) or _plural(first):
        return False
    if second is not None and (second in ("people", "men", "women", "children") or _plural(second, True)):
        return False
    return unit_after(text, end) is None and quantulum_unit(text, end) is None


# After "for" and the year, a verb of change or of what it holds: "the budget for 2026 rises 7%", "plans for
# 2030 show" (a count takes its noun: "tickets for 2000 fans").
_CHANGE_VERB_AFTER = re.compile(r"[\s\u00a0]+(?:rises|rose|falls|fell|grows|grew|climbs|climbed|jumps|jumped|"
                                r"increases|increased|doubles|doubled|drops|dropped|stands|stood|totals|totalled|"
                                r"comes|came|goes|went|starts|started|begins|began|ends|ended)\b")


def year_for_change(text: str, end: int) -> bool:
    """After "for", a four-digit year a verb of change follows: "the budget for 2026 rises 7% to £62.2bn"."""
    return bool(_CHANGE_VERB_AFTER.match(text, end))
