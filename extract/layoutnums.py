"""Numbers as web pages and PDFs lay them out, and a few written forms of measure (rules learnt from general news 17).

- A footnote marker in square brackets right after a word, a number or a stop is no quantity: "rentals in
  2025[3]", "the survey[12] found" (`footnotes_blanked`; the number before it is read as if it were not there, so
  "on 2024[2]," is a year). "see [2]" and a list's "[2] Tank" (a space before) are left as they are.
- A number after a word that heads numbered things of a page or a building is a name: "round 9 standings", "Lift
  3 in Tower B", "US Patent 11,842,317" (`_NAMED`; a lower-case "round" only after "in", "of", "the" or with a word
  of a contest after its number, "round 9 standings", so "drew round 500 people" and "and round 200 were wounded"
  stay counts). The word lists are [layout_numbers] of assets/lexicons/claims.toml.
- A year heads a table row when the row above or below starts with another year, at most 30 apart ("2022
  £3.1m\\n2023 £3.4m"), and ends a heading: the first line of a block, with no stop, whose last word before the year
  names a document, a season or a contest ("GCSE results 2025 (England)\\n"; "Homes rebuilt 2031" labels a count).
- Sides joined by "×" share the last side's unit of length: "39 × 28 × 62 cm" is three lengths in centimetres
  ("2 × 400 g tins" stays two tins of 400 grams: only lengths are sides).
- "2.4 × 10⁶" (or "10^6") is one number, 2,400,000.
- "625 Wh" is watt hours; "6-monthly", "3-yearly", "2-weekly" a duration of 6 months, 3 years, 2 weeks.
- "At 97, the retired midwife, ...", "At 54, she ..." at a sentence's start: an age, past 12 ("At 5, the gunmen,"
  and "At 7, they" are times) and not where the apposition names a figure ("At 64, the official toll, ...").
- A bare Unicode fraction ("¾ tsp") is a number, as "1½" is; "2 ½" is 2.5; "¾ of the vote" a share (75%), as
  "2/3 of the wells".
extract/numbers.py calls `footnotes_blanked` and `layout_atoms` from two small hooks; each rule is gated by a test
of the text's characters or of the characters next to each number first, so a text with none of these marks pays
only the tests.
"""

from __future__ import annotations

import re
import tomllib
import unicodedata
from typing import TYPE_CHECKING

from extract.numscan import joined_pairs
from extract.resources import ASSETS
from extract.rx import blank

if TYPE_CHECKING:
    from extract.numscan import _Atom

_S = r"[ \t\u00a0\u202f]"
# "[2]", "[12]", "[2,3]", "[4–6]" right after a letter, digit or closing mark
_FOOTNOTE = re.compile(r"(?<=[\w.,;:)\"'’”])\[\d{1,3}(?:[,–-]\d{1,3})*\]")


def footnotes_blanked(text: str) -> str:
    """`text` with its footnote markers ("2024[2]", "found[12]") blanked by spaces (offsets kept)."""
    if "]" not in text:
        return text
    return _FOOTNOTE.sub(blank, text)


def layout_atoms(text: str, atoms: list[_Atom]) -> list[_Atom]:
    """The scanned numbers with the rules of this module applied (names, table years, "×" sides and powers of ten,
    watt hours, "-monthly", "At 97,", bare fractions): each rule only where its mark is in the text."""
    if not atoms and not _has_fraction(text):
        return atoms
    if "×" in text or "^" in text:
        atoms = _powers_of_ten(text, atoms)
        _sides(text, atoms)
    if " round " in text or "Round " in text or "Lift" in text or "Patent" in text or "levator" in text:
        _names(text, atoms)
    if "\n" in text:
        _table_years(text, atoms)
    _units(text, atoms)
    if "At " in text:
        _ages(text, atoms)
    if _has_fraction(text):
        atoms = _fractions(text, atoms)
    return atoms


def _plain_count(a: _Atom) -> bool:
    """Whether the number is a bare count (nothing has read it as anything else)."""
    return a.kind == "number" and a.unit == "count" and not a.qual and not a.word


def _layout_table() -> dict:
    """The [layout_numbers] table of assets/lexicons/claims.toml (the last tables of the file: only they are parsed)."""
    text = (ASSETS / "lexicons" / "claims.toml").read_text(encoding="utf-8")
    at = text.find("\n[layout_numbers]")
    return tomllib.loads(text[at:] if at >= 0 else text)["layout_numbers"]


_TABLE = _layout_table()


def _alternation(words: list[str]) -> str:
    """Whole phrases, longest first, blanks within one line between their words."""
    return "|".join(_S.join(map(re.escape, w.split())) for w in sorted(words, key=len, reverse=True))


# Words heading numbered things ("Lift 3", "Patent 11,842,317", "Round 2"); "round" in lower case only after a word
# that stands before a name ("in round 3", "the round 2 draw") or with a word of a contest after its number
# ("Superleague, round 9 standings"): "and round 200 were wounded" is "around" (`_ROUND_AFTER`).
_NAMED = re.compile(r"(?:\b(?:" + _alternation(_TABLE["name_heads"]) + r")|(?:\b(?:"
                    + _alternation(_TABLE["round_before"]) + r"))" + _S + r"*round)" + _S + r"+\Z")
_LOWER_ROUND = re.compile(r"\bround" + _S + r"+\Z")
_ROUND_AFTER = re.compile(_S + r"+(?:" + _alternation(_TABLE["round_after"]) + r")\b", re.I)


def _names(text: str, atoms: list[_Atom]) -> None:
    """Numbers after a word heading numbered things become names."""
    for a in atoms:
        if a.start and text[a.start - 1] in " \u00a0" and _plain_count(a) and (
                _NAMED.search(text, max(0, a.start - 24), a.start) or (
                _LOWER_ROUND.search(text, max(0, a.start - 8), a.start) and _ROUND_AFTER.match(text, a.end))):
            a.kind = a.unit = "name"


_YEAR = re.compile(r"(?:1[89]|20|21)\d\d")
_ROW_YEAR = re.compile(r"(?:1[89]|20|21)\d\d[ \t\u00a0]+\S")
# Nouns of a document, a season or a contest that a year ends in a heading ("GCSE results 2025"): [layout_numbers]
# year_heads; any other word before it may label a count ("Civilians killed 2034", "Homes rebuilt 2031").
_YEAR_HEADS = frozenset(_TABLE["year_heads"])
_HEAD_END = re.compile(r"(?:" + _S + r"*\([^()\n]{1,40}\))?" + _S + r"*(?:\n|\Z)")


def _table_years(text: str, atoms: list[_Atom]) -> None:
    """Years heading a table row (the next or last row starts with a year too) or ending a heading line."""
    for a in atoms:
        if a.end - a.start != 4 or not _plain_count(a) or not _YEAR.fullmatch(text, a.start, a.end):
            continue
        line_start = text.rfind("\n", 0, a.start) + 1
        if line_start == a.start and _ROW_YEAR.match(text, a.start) and _year_row_beside(text, a.start):
            a.kind = a.unit = "year"  # "2022 £3.1m" above "2023 £3.4m"
        elif line_start < a.start and _HEAD_END.match(text, a.end) and _heading_line(text, line_start, a.start):
            a.kind = a.unit = "year"  # "GCSE results 2025 (England)" over the figures


def _year_row_beside(text: str, start: int) -> bool:
    """Whether the line before or after the one starting at `start` starts with another year, at most 30 from
    this one, and more."""
    year = int(text[start : start + 4])
    end = text.find("\n", start)
    if end >= 0 and _near_year(text, end + 1, year):
        return True
    return start >= 2 and _near_year(text, text.rfind("\n", 0, start - 1) + 1, year)


def _near_year(text: str, at: int, year: int) -> bool:
    """Whether the line at `at` starts with a year other than `year` and at most 30 from it, and more."""
    return _ROW_YEAR.match(text, at) is not None and 0 < abs(int(text[at : at + 4]) - year) <= 30


def _heading_line(text: str, line_start: int, at: int) -> bool:
    """Whether the line is a heading of a year: the first of its block (the text's start or after a blank line), words
    of letters before the year and no stop, colon or other number among them, the last a noun of a document, a season
    or a contest (`_YEAR_HEADS`), and a line after it."""
    if line_start and not (line_start >= 2 and text[line_start - 2] == "\n"):
        return False
    head = text[line_start:at]
    if not any(c.isalpha() for c in head) or any(c.isdigit() or c in ".:;!?" for c in head):
        return False
    words = head.lower().split()
    return bool(words) and words[-1] in _YEAR_HEADS and text.find("\n", at) >= 0


_TIMES = re.compile(r"(?:[\s\u00a0]*[×x][\s\u00a0]*)")
_POWER = re.compile(r"10(?:\^([-−]?\d{1,2})(?!\d|\.\d)|([⁰¹²³⁴⁵⁶⁷⁸⁹]{1,2}))")
_SUPERSCRIPT = str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹", "0123456789")


def _powers_of_ten(text: str, atoms: list[_Atom]) -> list[_Atom]:
    """"2.4 × 10⁶": the number times the power of ten, one quantity whose surface runs to the power's end."""

    def join(a: _Atom, b: _Atom) -> bool:
        if a.kind == "number" and b.value == 10 and b.start > a.end:
            t = _TIMES.fullmatch(text, a.end, b.start)
            p = _POWER.match(text, b.start) if t else None
            if p is not None:
                power = int((p.group(1) or p.group(2)).translate(_SUPERSCRIPT).replace("−", "-"))
                a.end, a.value = p.end(), a.value * 10**power
                a.kind, a.unit = "number", "count"
                return True
        if b.start > a.end and a.value == 10 and a.kind == "number" and text[a.end : a.end + 1] == "^":
            p = _POWER.match(text, a.start)  # a power standing alone: "kept below 10^-3", "10^6 cells"
            if p is not None and p.group(1) and b.end == p.end():
                a.end, a.value = p.end(), 10.0 ** int(p.group(1).replace("−", "-"))
                a.kind, a.unit = b.kind if b.unit != "count" else "number", b.unit  # the exponent read the unit
                return True
        return False

    out = joined_pairs(atoms, join)
    # a caret's exponent read as a number of its own is inside the power ("2.4 × 10^6": no count 6), with the unit it
    # read ("2.4 × 10^-3 m")
    kept: list[_Atom] = []
    for x in out:
        if kept and x.end <= kept[-1].end:
            if x.end == kept[-1].end and x.unit != "count" and kept[-1].unit == "count":
                kept[-1].kind, kept[-1].unit = x.kind, x.unit
            continue
        kept.append(x)
    return kept


def _sides(text: str, atoms: list[_Atom]) -> None:
    """"39 × 28 × 62 cm", "40 × 60 cm": counts joined by "×" to a length take its unit. Two numbers whose first is a
    small whole number are so many of the length: "the 4 × 100 m relay", "8 × 10 m" (three are always sides)."""
    i = len(atoms) - 1
    while i > 0:
        j = i  # atoms[j:i + 1]: a run joined by "×", ending at atoms[i]
        while j > 0 and _plain_count(atoms[j - 1]) and _times(text, atoms[j - 1], atoms[j]):
            j -= 1
        last, first = atoms[i], atoms[j]
        if last.kind == "distance" and j < i and (i - j >= 2 or first.value != int(first.value) or first.value > 12):
            for a in atoms[j:i]:
                a.kind, a.unit = last.kind, last.unit
        i = j - 1 if j < i else i - 1


def _times(text: str, a: _Atom, b: _Atom) -> bool:
    """Whether only "×" (or a spaced "x") stands between the two numbers."""
    return _TIMES.fullmatch(text, a.end, b.start) is not None and (
        "×" in text[a.end : b.start] or " x " in text[a.end - 1 : b.start + 1])


_WATT_HOURS = re.compile(_S + r"?Wh\b")
_EVERY = re.compile(r"[-\u2010\u2011](hour|dai|week|month|year)ly\b")
_HYPHENS = frozenset("-\u2010\u2011")
_EVERY_UNIT = {"hour": "hour", "dai": "day", "week": "week", "month": "month", "year": "year"}


def _units(text: str, atoms: list[_Atom]) -> None:
    """"625 Wh" watt hours; "6-monthly" a duration of 6 months (a look at the next characters first)."""
    for a in atoms:
        after = text[a.end : a.end + 3]
        if "W" in after and _plain_count(a) and _WATT_HOURS.match(text, a.end):
            a.kind, a.unit = "measurement", "watt hour"
        elif after[:1] in _HYPHENS and _plain_count(a) and (m := _EVERY.match(text, a.end)) is not None:
            a.kind, a.unit = "duration", _EVERY_UNIT[m.group(1)]


# "At 97, she", "At 54, Mr Cole", "At 97, the retired midwife, who": a person right after the comma
_AT_AGE = re.compile(r"(?:^|(?<=[.!?\n])[ \t\u00a0\"“]*)At" + _S + r"+\Z")
# a person in apposition ("At 97, the retired midwife, who"), or a pronoun or title ("At 54, she", "At 61, Mr Cole"),
# only past 12 ("At 7, they attacked", "At 5, the gunmen, armed ..." are times of day); an apposition headed by a
# figure noun is no person ("At 64, the official toll, which ...": [layout_numbers] figure_nouns)
_APPOSITION_AFTER = re.compile(r"," + _S + r"+(?:the|a|an)(?:" + _S + r"+[a-z][\w-]*){1,3},")
_PERSON_AFTER = re.compile(r"," + _S + r"+(?:he|she|they|I|we|Mr|Mrs|Ms|Miss|Dr|Sir|Dame|Lady|Lord)\b")
_FIGURE_NOUNS = frozenset(_TABLE["figure_nouns"])


def _ages(text: str, atoms: list[_Atom]) -> None:
    """A whole number from 13 to 120 after "At" at a sentence's start, with a person after its comma: an age."""
    for a in atoms:
        if (a.start >= 3 and text.startswith("At ", a.start - 3) and _plain_count(a) and 12 < a.value <= 120
                and a.value == int(a.value)
                and _AT_AGE.search(text, max(0, a.start - 8), a.start) and (_person_apposition(text, a.end) or
                                                                            _PERSON_AFTER.match(text, a.end))):
            a.kind, a.unit = "age", "year"


def _person_apposition(text: str, end: int) -> bool:
    """Whether ", the retired midwife," follows: an apposition whose head (its last word, or last two) names no
    figure."""
    m = _APPOSITION_AFTER.match(text, end)
    if m is None:
        return False
    words = m.group(0).strip(", \t\u00a0").split()
    return words[-1] not in _FIGURE_NOUNS and " ".join(words[-2:]) not in _FIGURE_NOUNS


_OF_AFTER = re.compile(_S + r"+of\b")
_FRACTIONS = "¼½¾⅓⅔⅕⅖⅗⅘⅙⅚⅛⅜⅝⅞"


def _has_fraction(text: str) -> bool:
    """Whether a Unicode fraction is in the text (a test of the text's characters, cheap)."""
    return not text.isascii() and any(c in text for c in _FRACTIONS)


def _fractions(text: str, atoms: list[_Atom]) -> list[_Atom]:
    """A fraction character standing alone ("¾ tsp", not the "½" of "1½") as a number of its own; after a whole
    number and a space, its fraction ("2 ½ cups" is 2.5)."""
    from extract.numscan import _Atom  # (only for a text that has one)

    taken = [(a.start, a.end) for a in atoms]
    new = []
    for i, c in enumerate(text):
        if c in _FRACTIONS and not (i and text[i - 1].isalnum()) and not any(s <= i < e for s, e in taken):
            whole = next((a for a in atoms if a.end == i - 1 and text[i - 1] == " "), None)
            if whole is not None and _plain_count(whole) and whole.value == int(whole.value):
                whole.end, whole.value = i + 1, whole.value + unicodedata.numeric(c)  # "2 ½ cups": 2.5
                continue
            share = _OF_AFTER.match(text, i + 1) is not None  # "¾ of the vote": a share, as "2/3 of the wells"
            value = unicodedata.numeric(c)
            new.append(_Atom(i, i + 1, value * 100, unit="percent") if share else _Atom(i, i + 1, value))
    return sorted(atoms + new, key=lambda a: a.start) if new else atoms
