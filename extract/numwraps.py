"""Soft wraps: a line break inside a paragraph of prose is a blank to the number layer.

A line break ends a number phrase (extract/numbers.py: a table's rows, a list of figures one per line, a heading
above a number). But text that was hard-wrapped at a fixed width (e-mail, plain-text reports, PDF extracts) breaks
its lines wherever a line is full, also inside a phrase: "at least\\n30 people were killed", "Some 2.5\\nmillion
people have fled". Such a break is a soft wrap, and `soft_wraps_blanked` turns it into a space (offsets kept) before
the numbers are read. A break is soft when both lines hold text (no blank line: a paragraph's end is hard), the next
line opens no list item (a bullet, a dash, "1." or "(a)"), the line before is no lone number (a table cell) and does
not end in ":" (a label), and one of:

- the next line opens with a scale word or "%" right after a number that ends the line before ("2.5\\nmillion",
  "45\\n%" in prose): the number was cut from its scale; a scale word never opens a line as a number of its own then;
- the line before is a line of prose (at least four words and 20 characters; a row, a label or a heading is shorter)
  that ends in a word needing what follows (a qualifier such as "least", "than", "about", a preposition, "and",
  "the", a number word: `_NEEDY`), or with no end stop and the next line goes on in lower case ("killed 30\\npeople").

Nothing else is joined: "Killed at least\\n40" (a three-word label), "between 7\\nand 9" (a short line), rows that
start with a capital or a digit after a line that needs nothing more.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from extract.numscan import joined_pairs
from extract.numwords import NUMBER_WORDS

if TYPE_CHECKING:
    from extract.numscan import _Atom

# Words after which a phrase must go on: qualifiers, prepositions, conjunctions, articles and number words.
_NEEDY = frozenset(
    "least most than about around round some nearly almost over under up to approximately roughly estimated "
    "upwards fewer more less only just and or of the a an by in on at for with from between among including "
    "another additional further".split()) | frozenset(NUMBER_WORDS)
_SCALES_NEXT = re.compile(r"[ \t\u00a0]*(?:(?:hundred|thousand|million|billion|trillion)\b|%)", re.I)
_LIST_ITEM = re.compile(r"[ \t\u00a0]*(?:[-\u2010\u2011\u2013\u2014•·*▪►>]|\(?(?:\d{1,2}|[a-z])[.)][ \t])", re.I)
_LONE_NUMBER = re.compile(r"[ \t\u00a0]*[-−+$€£]?\d[\d,.\u00a0 ]*%?[ \t\u00a0]*")
_LAST_WORD = re.compile(r"([A-Za-z]+)[ \t\u00a0]*\Z")
_ENDS_IN_NUMBER = re.compile(r"\d[ \t\u00a0]*\Z")
_END_STOPS = frozenset(".!?:;")


@lru_cache(maxsize=8)  # pure on the text: the number layer and the sentence splitter both ask for the document
def soft_wraps(text: str) -> frozenset[int]:
    """The offsets of the text's line breaks that are soft wraps (`is_soft_wrap`)."""
    soft: list[int] = []
    i = text.find("\n")
    while i >= 0:
        if is_soft_wrap(text, i):
            soft.append(i)
        i = text.find("\n", i + 1)
    return frozenset(soft)


def soft_wraps_blanked(text: str) -> str:
    """`text` with every soft wrap (a line break inside a paragraph of prose, see the module) made a space."""
    if "\n" not in text:
        return text
    soft = soft_wraps(text)
    if not soft:
        return text
    chars = list(text)
    for i in soft:
        chars[i] = " "
    return "".join(chars)


def is_soft_wrap(text: str, i: int) -> bool:
    """Whether the line break at `i` is a soft wrap (read through `soft_wraps`, which the sentence splitter,
    extract/sentences.py, asks too: a soft wrap ends no sentence)."""
    if not i or text[i - 1] == "\n" or text[i + 1 : i + 2] in ("\n", ""):
        return False  # a blank line, or the text's edge
    start = text.rfind("\n", 0, i) + 1
    end = text.find("\n", i + 1)
    before = text[start:i].rstrip()
    after = text[i + 1 : end if end >= 0 else len(text)]
    if not before or not after.strip() or before[-1] in _END_STOPS or _LIST_ITEM.match(after):
        return False
    if _LONE_NUMBER.fullmatch(before):
        return False  # a table cell or a figure on its own line
    if _cut_from_scale(before, after):
        return True  # "Some 2.5\nmillion people": the number cut from its scale (`cuts_number`)
    if len(before) < 20 or len(before.split()) < 4:
        return False  # a row, a label or a heading
    last = _LAST_WORD.search(before)
    if last is not None and last.group(1).lower() in _NEEDY:
        return True  # "and at least\n30 people"
    first = after.lstrip()[:1]
    return first.islower()  # "were killed by\n" / "killed 30\npeople": the sentence goes on


def cuts_number(text: str, i: int) -> bool:
    """Whether the line break at `i` (after a line ending in a digit) cuts a number from its scale word: "Some
    2.5\nmillion people". A soft wrap (`is_soft_wrap`) that also keeps the line before from being read as a title
    (extract/sections.py): a title never ends in a number whose scale opens the next line."""
    if text[i : i + 1] != "\n" or not _SCALES_NEXT.match(text, i + 1):
        return False
    before = text[text.rfind("\n", 0, i) + 1 : i].rstrip()
    end = text.find("\n", i + 1)
    return bool(before) and not _LONE_NUMBER.fullmatch(before) and _cut_from_scale(
        before, text[i + 1 : end if end >= 0 else len(text)])


def _cut_from_scale(before: str, after: str) -> bool:
    """Whether the line `before` (stripped at its end, not a number on its own) ends in a number whose scale word
    opens `after`, the next line: the one statement of the rule for `is_soft_wrap` and `cuts_number`."""
    return _ENDS_IN_NUMBER.search(before) is not None and _SCALES_NEXT.match(after) is not None


_GROUP = re.compile(r"\d{3}(?![\d.,]\d|\d)")
_HEAD = re.compile(r"(?<![\d.])\d{1,3}(?:,\d{3})*\Z")


def thousands_rejoined(text: str, atoms: list[_Atom]) -> list[_Atom]:
    """A number wrapped at its thousands separator is one number: "1,\\n200 homes" is 1,200 and "About 300\\n000
    people" 300,000. The line break must stand right after the comma, or the next line open with "0" (no count is
    written with a leading zero), and the group be three digits; "Killed\\n12\\n15" and "300\\n150" stay rows."""

    def join(a: _Atom, b: _Atom) -> bool:
        if a.kind == "number" == b.kind and a.unit == "count" and not a.word and not b.word:
            gap = text[a.end : b.start]
            if (gap == ",\n" or (gap == "\n" and text[b.start] == "0")) and _GROUP.match(text, b.start) \
                    and b.end == b.start + 3 and _HEAD.search(text, max(0, a.start - 1), a.end):
                a.end, a.value, a.unit, a.digits = b.end, a.value * 1000 + b.value, b.unit, ""
                return True
        return False

    return joined_pairs(atoms, join)
