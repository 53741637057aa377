"""Numbers as technical, scientific and legal writing prints them (rules learnt from general news 20).

- e-notation is one number: "1.2e6 photons" is 1,200,000 and "3E-4" 0.0003 (`e_notation_end`);
- a section of a law with its subsections in brackets is one name: "s. 12(3)", "Article 5(1)(b)"
  (`subsection_end`, only after a word heading a section, so "killed 12(3 of them children)" stays a count);
- a neutral citation's number is a name: "[2024] UKSC 52", "[2019] EWCA Civ 1234" (`citation_number`);
- "move 14" after a preposition is a name, as "round 9" is: "blundered on move 14" (`move_number`);
- a central value and its tolerance ("42 ± 3 months") both take the unit written after the tolerance
  (`tolerance_units`);
- a mixed number is one quantity: "2 1/2 inches" is 2.5 inches (`mixed_number`).
extract/numshapes.shape, numkinds.number_kind and numbers.py call these where their mark is (an "e", a "(",
a "]", the word "move", a "±", a fraction after a whole number), so text without the mark pays nothing.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from extract.numunits import unit_after

if TYPE_CHECKING:
    from extract.numscan import _Atom

# "e6", "E-4", "e+09": two digits of exponent at most, and no letter or digit after (not a code "3e4f").
_E_POWER = re.compile(r"[eE]([-+−]?\d{1,2})(?!\w|\.\d)")


def e_notation_end(text: str, start: int, end: int, dig: str) -> tuple[float, int] | None:
    """(value, end) of a number in e-notation whose mantissa `dig` ends at `end`, else None. The mantissa must be
    plain digits (no grouping commas) and stand alone ("B1e6" is a code)."""
    if "," in dig or (start and (text[start - 1].isalpha() or text[start - 1] in "_-")):
        return None
    m = _E_POWER.match(text, end)
    if m is None:
        return None
    return float(f"{dig}e{m.group(1).replace('−', '-')}"), m.end()


# Words heading a section of a law, lower case (numkinds.before_words): "s. 12(3)", "section 4(2)(a)".
_SECTION_HEADS = frozenset("s. ss. s ss sec. sec section sections subsection sub-section art. art article articles "
                           "reg. reg regulation regulations r. rule rules para. para paragraph cl. clause "
                           "sch. schedule".split())
_SUBSECTIONS = re.compile(r"(?:\((?:\d{1,3}[A-Za-z]?|[a-z]{1,2}|[ivx]{1,5})\))+(?![\w(])")


def subsection_end(text: str, end: int, head: tuple[str, ...]) -> int | None:
    """The end of the bracketed subsections after a section number ("12(3)", "5(1)(b)"), when `head` (the word
    before the number) heads a section of a law; else None."""
    if not head or head[0] not in _SECTION_HEADS:
        return None
    m = _SUBSECTIONS.match(text, end)
    return m.end() if m else None


# A neutral citation: "[2024]" then a court's code ("UKSC", "EWCA Civ", "EWHC", "HCA") before the number.
_CITATION_YEAR = re.compile(r"\[(?:1[89]|20)\d\d\]")


def citation_number(words: list[str]) -> bool:
    """Whether the words before a number end in a neutral citation's year and court: "[2024] UKSC", "[2019] EWCA
    Civ" (one or two words of the court, the first in capitals)."""
    for k in (2, 3):
        if len(words) >= k and _CITATION_YEAR.fullmatch(words[-k]) and words[1 - k].isupper() and (
                words[1 - k].isalpha()):
            return True
    return False


# Before "move N" a word placing the game at that move: "on move 14", "by move 30" (the verb "move 14 tanks" has none).
_MOVE_BEFORE = frozenset("on at by after until till before from since of".split())


def move_number(words: list[str]) -> bool:
    """Whether the number names a move of a game: "move" after a preposition ("gave up a knight on move 14")."""
    return len(words) > 1 and words[-1] == "move" and words[-2].lower() in _MOVE_BEFORE


_PLUS_MINUS = re.compile(r"[^\S\n]*±[^\S\n]*")
_TOLERANCE_KINDS = frozenset({"duration", "distance", "measurement", "age"})


def tolerance_units(text: str, atoms: list[_Atom]) -> None:
    """A bare count right before "± N <unit>" takes that unit: "42 ± 3 months" is 42 months (the tolerance has read
    its unit already). Only where the text has a "±"."""
    for a, b in zip(atoms, atoms[1:]):
        if b.kind in _TOLERANCE_KINDS and a.kind == "number" and a.unit == "count" and not a.word and (
                _PLUS_MINUS.fullmatch(text, a.end, b.start)):
            a.kind, a.unit = b.kind, b.unit
        elif b.kind == "number" and b.unit != "count" and a.kind == "number" and a.unit == "count" and (
                not a.word and _PLUS_MINUS.fullmatch(text, a.end, b.start)):
            a.unit = b.unit  # "12.5 ± 0.4%": both percentages


def mixed_number(text: str, whole: _Atom, frac: _Atom) -> bool:
    """Join a whole number and the fraction one blank after it into one mixed number ("2 1/2 inches" is 2.5, in
    the unit after the fraction): `whole` is extended in place. Only a plain count of whole digits and a proper
    fraction (kind "fraction", as numshapes.slash_atom reads "1/2")."""
    if frac.kind != "fraction" or whole.kind != "number" or whole.unit != "count" or whole.word or whole.qual:
        return False
    if whole.end + 1 != frac.start or text[whole.end] != " " or not whole.digits.isdigit() or whole.scale != 1:
        return False
    whole.end, whole.value = frac.end, whole.value + frac.value
    u = unit_after(text, frac.end)
    if u is not None:
        whole.kind, whole.unit = u[0], u[1]
    return True
