"""A number whose noun is a weapon designator: "placed 2 AGM-65", "4 AGM-65 Maverick", "six GBU-12" (classify.py).

Military writing names munitions by their type's designator, a prefix of capitals, a hyphen and digits, with no
noun after it ("Lead placed 2 AGM-65 on the lead tanks"; an ordnance list "4 AGM-65 Maverick, 8 Mk-82 bombs").
The prefix says what kind of munition it is ([designators] in assets/lexicons/claims.toml: AGM missiles, Mk and GBU
bombs); the number counts munitions of that kind, which the lexicon's rules then read as any munition (used in
attacks by default, destroyed or seized by their verbs). A designator before a noun of the lexicon ("4 T-72
tanks") is left to that noun, and a designator whose prefix names no munition ("4 T-72", "2 BMP-2") to the other
rules: a name alone is no count of anything. Rounds of a gun's calibre ("1,150 rounds 30mm") are shells, which the
lexicon's "rounds" alone (rounds of talks) is not; called ammunition ("113 rounds of 7.62mm special ammunition"),
they are ammunition, as "rounds of ammunition" are in the lexicon.
"""

from __future__ import annotations

import re
import tomllib
from functools import lru_cache

from extract.phrase import Phrase
from extract.triggers import LEXICON_PATH

_DESIGNATOR = re.compile(r"[ \t]([A-Z][A-Za-z]{0,4}|9M)-(\d{1,4}[A-Z]?)\b")
# Rounds of a gun's calibre: "1,150 rounds 30mm", "400 rounds of 20 mm" (the lexicon's "rounds" alone counts talks).
_CALIBRE_ROUNDS = re.compile(r"[ \t]rounds\s+(?:of\s+)?\d{1,3}(?:\.\d+)?\s?mm\b(\s+(?:[a-z-]+\s+)?ammunition\b)?",
                             re.IGNORECASE)  # (then "ammunition": "113 rounds of 7.62mm special ammunition")


@lru_cache(maxsize=1)
def _prefixes() -> dict[str, str]:
    """Designator prefix as written -> the munition it names ([designators], parsed alone: the table stands before
    the tables that close the file, so that their readers, extract/triggers.py `closing_table`, do not parse it)."""
    text = LEXICON_PATH.read_text(encoding="utf-8")
    at = text.find("\n[designators]")
    table = tomllib.loads(text[at : text.find("\n[", at + 1)])["designators"]
    return {prefix: kind for kind, prefixes in table.items() for prefix in prefixes}


def calibre_rounds(text: str, end_number: int, end: int, ph: Phrase) -> bool:
    """Set the phrase's noun to shells when the number counts rounds of a calibre ("1,150 rounds 30mm"); whether
    it did. The caller asks only where " rounds" follows the number."""
    m = _CALIBRE_ROUNDS.match(text, end_number, end)
    if m is None:
        return False
    ph.cls, ph.subject, ph.np_end = "munition", "ammunition" if m.group(1) else "shell", m.end()
    return True


def designated_munition(text: str, end_number: int, end: int, ph: Phrase) -> bool:
    """Set the phrase's noun to the munition a designator right after the number names; whether it did.

    The caller asks only for a number with no noun read and a capital letter after one space."""
    m = _DESIGNATOR.match(text, end_number, end)
    if m is None:
        return False
    kind = _prefixes().get(m.group(1))
    if kind is None:
        return False
    ph.cls, ph.subject, ph.np_end = "munition", kind, m.end()
    return True
