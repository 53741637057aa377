"""Digit groupings other than English 3-by-3 commas, read as one number.

The scan (extract/numscan.py) reads "1,000", "3\u00a0500" and "12\u202f500" whole; other presses group digits in
ways it reads as several numbers, or as a decimal:
- Indian grouping: "1,16,145", "1,32,000" (the last three digits, then pairs): one number. No English list of
  counts is written with no blank after its commas and pairs of digits before three, so the shape alone decides.
- Swiss apostrophes: "25'380", "1'250'000", "CHF 1'250.50": one number (three digits after each apostrophe).
- A plain space, as French, Scandinavian and much European copy writes thousands: "2 500 mm", "1 050 €": one number
  only where every group after the first has exactly three digits, the first is a plain count (not an age, a
  name, a date, a bounded or ranged number), and the document writes no thousands with commas (its own habit:
  where it writes "1,500", "2 500" is two numbers, as in "aged 2 500 sheep" or "in 2 500 metres" they could be).
- A decimal comma before a unit: "9,5 %", "3,2 km", "1.250,50 €": 9.5, 3.2 and 1,250.5 ("13,5 million" is read by
  the scan already).
- European thousands points: "1.500 people", "12.000": 1,500 and 12,000 where what is counted cannot be a
  fraction (a count, no scale word, no currency) and the document agrees: it writes no decimal with a point
  itself, and the groups end in "00" or it writes a decimal comma elsewhere. A measure keeps its point
  ("1.500 kg" is 1.5 kg: a weight may be a fraction and scientific copy writes its precision).
- Thousands points in two or more groups: "2.500.000 people", "€1.200.000" (no decimal has two points):
  figures_atom reads them as thousands (`dotted_thousands`) unless a word of software or an address is before them
  ("Version 1.200.300", "IP 10.100.100.1"), nor in four groups unless they end in "000"; a document that writes
  a decimal with a point has them as a version-like name, as before (its points may be a version's).
- A euro sign spaced after the amount, as French and German copy writes it ("1 050 €"): euros.
A wrong number with a confident face does more harm than a missing one: each rule asks the document's own habit
where a reading is ambiguous, and leaves the numbers as the scan read them otherwise.
"""

from __future__ import annotations

import re

from extract.currencies import codes
from extract.numscan import _Atom

_INDIAN_PAIR = re.compile(r"\d\d")
_THREE = re.compile(r"\d{3}")
_LAST_THREE = re.compile(r"\d{3}(?:\.\d{1,2})?")  # the last Swiss group may carry the cents: "CHF 1'250.50"
_POINT_GROUPS = re.compile(r"\d{1,3}(?:\.\d{3})+")
_COMMA_THOUSANDS = re.compile(r"\d,\d{3}(?!\d)")
_DECIMAL_COMMA = re.compile(r"(?<![\d,.])\d{1,3},\d{1,2}(?![\d,])")
_POINT_DECIMAL = re.compile(r"(?<![\d.])\d+\.(?:\d{1,2}|\d{4,})(?![\d.])")
# Kinds a plain number keeps after joining the group after it (that group's unit decides: "2 500 mm").
_JOINABLE = frozenset({"number", "distance", "measurement", "duration"})
_EURO_AFTER = re.compile(r"[^\S\n]?€")


def may_regroup(text: str, atoms: list[_Atom]) -> bool:
    """The cheap test before `regrouped`: two numbers one character apart, a point in a number's digits, or a
    euro sign in the text."""
    prev = -2
    for a in atoms:
        if a.start == prev + 1 or "." in a.digits:
            return True
        prev = a.end
    return "€" in text


def regrouped(text: str, atoms: list[_Atom]) -> list[_Atom]:
    """`atoms` with each number the scan split at a grouping of another press joined into one, European
    thousands points read as thousands and a euro sign after an amount read (see the module docstring). Ask only
    where `may_regroup`."""
    if "€" in text:
        for a in atoms:
            if a.unit == "count" and a.kind == "number" and _EURO_AFTER.match(text, a.end):
                a.unit = "eur"  # "1 050 € a month", "2,50 €": the sign after the amount (before the joins)
    if any(atoms[k + 1].start == atoms[k].end + 1 for k in range(len(atoms) - 1)):
        atoms = _joins(text, atoms)
    if any("." in a.digits for a in atoms):
        _thousands_points(text, atoms)
    return atoms


def _joins(text: str, atoms: list[_Atom]) -> list[_Atom]:
    """`atoms` with the groups of one number, written one character apart, joined."""
    comma_habit = any(_COMMA_THOUSANDS.search(a.digits) for a in atoms)
    out: list[_Atom] = []
    i, n = 0, len(atoms)
    while i < n:
        a = atoms[i]
        if i + 1 < n and atoms[i + 1].start == a.end + 1:
            j = _indian_end(text, atoms, i) or _swiss_end(text, atoms, i) or (
                0 if comma_habit else _spaced_end(text, atoms, i))
            if j:
                out.append(_joined(text, atoms[i : j + 1]))
                i = j + 1
                continue
            b = atoms[i + 1]
            if _decimal_comma(text, a, b):
                b.value = float(a.digits.replace(".", "") + "." + b.digits)
                b.start, b.digits = a.start, text[a.start : b.start] + b.digits
                out.append(b)
                i += 2
                continue
        out.append(a)
        i += 1
    return out


def _chain(text: str, atoms: list[_Atom], i: int, sep: str) -> int:
    """The index of the last number of the run from atoms[i] in which each is one `sep` character after the one
    before (i itself where none follows)."""
    j = i
    while j + 1 < len(atoms) and atoms[j + 1].start == atoms[j].end + 1 and text[atoms[j].end] in sep:
        j += 1
    return j


def _head_ok(text: str, a: _Atom, size: int) -> bool:
    """The first group: 1 to `size` digits, no leading zero, no digit, point or comma right before it."""
    s = a.start
    return (1 <= len(a.digits) <= size and a.digits.isdigit() and a.digits[0] != "0"
            and (s == 0 or text[s - 1] not in "0123456789.,'’"))


def _indian_end(text: str, atoms: list[_Atom], i: int) -> int:
    """"1,16,145": a head of one or two digits, pairs, then three digits; the index of its last group, or 0."""
    a = atoms[i]
    if a.end >= len(text) or text[a.end] != "," or not _head_ok(text, a, 2):
        return 0
    j = _chain(text, atoms, i, ",")
    if j - i < 2 or not _THREE.fullmatch(atoms[j].digits):
        return 0
    if not all(_INDIAN_PAIR.fullmatch(b.digits) for b in atoms[i + 1 : j]):
        return 0
    return j if _tail_ok(text, atoms[j]) else 0


def _swiss_end(text: str, atoms: list[_Atom], i: int) -> int:
    """"25'380", "1'250.50": a head of one to three digits and groups of three after apostrophes (the last may
    carry cents); the last group's index, or 0."""
    a = atoms[i]
    if a.end >= len(text) or text[a.end] not in "'’" or not _head_ok(text, a, 3):
        return 0
    j = _chain(text, atoms, i, "'’")
    if j == i or not all(_THREE.fullmatch(b.digits) for b in atoms[i + 1 : j]) or not _LAST_THREE.fullmatch(
            atoms[j].digits):
        return 0
    return j if _tail_ok(text, atoms[j]) else 0


def _spaced_end(text: str, atoms: list[_Atom], i: int) -> int:
    """"2 500", "€1 050": a plain count or sum of one to three digits and groups of exactly three after single
    spaces; the last group's index, or 0. An age, a name, a date are no heads ("aged 2 500 sheep")."""
    a = atoms[i]
    if a.end >= len(text) or text[a.end] != " " or a.kind != "number" or a.qual or a.word:
        return 0
    if not (a.unit == "count" or a.unit in codes()) or not _head_ok(text, a, 3):
        return 0
    j = _chain(text, atoms, i, " ")
    while j > i and not all(_THREE.fullmatch(b.digits) and b.kind in _JOINABLE and not b.word
                            for b in atoms[i + 1 : j + 1]):
        j -= 1
    return j if j > i and _tail_ok(text, atoms[j]) else 0


def _tail_ok(text: str, b: _Atom) -> bool:
    """The last group ends the number: no digit, comma-digit or point-digit after it."""
    e = b.end
    return not (text[e : e + 1].isdigit() or (text[e : e + 1] in ",.'’" and text[e + 1 : e + 2].isdigit()))


def _joined(text: str, run: list[_Atom]) -> _Atom:
    """The groups of one number as one atom: the last group's unit and kind (the unit word is after it)."""
    first, last = run[0], run[-1]
    digits = text[first.start : last.start] + last.digits
    last.value = float("".join(a.digits for a in run)) * last.scale
    last.start, last.digits = first.start, digits
    if last.kind not in _JOINABLE:
        last.kind, last.unit = "number", "count"
    if last.unit == "count" and first.unit != "count":
        last.unit = first.unit  # "Rs 1,16,145": the currency before the first group
    return last


def _decimal_comma(text: str, a: _Atom, b: _Atom) -> bool:
    """"9,5 %", "1.250,50 €": a head of one to three digits (or European thousands points), a comma, one or two
    digits read with a unit (not a count: "9,5" in a list is two counts)."""
    return (b.start == a.end + 1 and text[a.end] == "," and a.kind == "number" and a.unit == "count"
            and not a.qual and (_head_ok(text, a, 3) or _POINT_GROUPS.fullmatch(a.digits) is not None)
            and 1 <= len(b.digits) <= 2 and b.digits.isdigit()
            and b.unit != "count" and b.kind in ("number", "measurement", "distance") and b.scale == 1
            and _tail_ok(text, b))


_NOT_THOUSANDS_BEFORE = frozenset("version versions release patch update firmware build kernel ip address v".split())


def dotted_thousands(text: str, start: int, end: int) -> float | None:
    """The value of digits at text[start:end] in thousands points of two or more groups ("2.500.000"), or None
    where they are no such number or a word of software or an address stands before them ("version 1.200.300")."""
    s = text[start:end]
    dots = s.count(".")
    if dots < 2 or not _POINT_GROUPS.fullmatch(s) or dots > 2 and not s.endswith("000"):
        return None  # (four groups not ending "000" may be an address, "192.168.100.200")
    i = start - 1
    while i >= 0 and text[i] in " \u00a0$€£¥":
        i -= 1
    j = i
    while j >= 0 and text[j].isalpha():
        j -= 1
    if text[j + 1 : i + 1].lower() in _NOT_THOUSANDS_BEFORE:
        return None
    return float(s.replace(".", ""))


def _thousands_points(text: str, atoms: list[_Atom]) -> None:
    """"Some 1.500 people": a count with three digits after each point, in a document that writes no decimal
    with a point and either ends the groups in "00" or writes a decimal comma elsewhere: thousands."""
    if any(_POINT_DECIMAL.fullmatch(a.digits) for a in atoms):
        for a in atoms:  # the document writes "2.5": its points are decimals, and "2.500.000" a dotted name
            if a.digits.count(".") > 1 and _POINT_GROUPS.fullmatch(a.digits):
                a.kind = a.unit = "name"
                a.value = float(a.digits[: a.digits.index(".", a.digits.index(".") + 1)])
                a.qual = None
        return
    comma_decimals = any(_DECIMAL_COMMA.fullmatch(a.digits) for a in atoms) or bool(_DECIMAL_COMMA.search(text))
    for a in atoms:
        if (a.kind == "number" and a.unit == "count" and a.scale == 1 and _POINT_GROUPS.fullmatch(a.digits)
                and (a.digits.endswith("00") or comma_decimals or a.digits.count(".") > 1)):
            a.value = float(a.digits.replace(".", ""))
