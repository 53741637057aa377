"""Sentence segmentation within a section.

Rules, in order:
- a line break ends a sentence (headlines, list items and bullets carry no final
  punctuation), except a hard-wrapped line: one that ends without sentence
  punctuation and is followed by a line starting in lower case, or that the
  number layer reads as a soft wrap ("at least\n30 people", "2.5\nmillion":
  extract/numwraps.py);
- inside a line, ".", "!", "?" or "…" (with any closing quotes or brackets)
  followed by space and a capital, digit, opening quote or bullet ends a sentence,
  (and any footnote markers glued after them: ".[3] Many") unless the word before the period is an abbreviation ("Mr.", "Gen.", "U.S.",
  "a.m.", "No.", an initial "J.") that normally runs on;
- a period glued to the next sentence in careless writing ("the base.2nd video",
  "in denial.I just") also ends a sentence when a lower-case word precedes it.
Spans are trimmed of whitespace and of leading bullet marks.
"""

from __future__ import annotations

import re

from extract.numwraps import soft_wraps
from extract.rx import guarded

# Words that end in a period without ending the sentence (compared lower-cased, without the period).
ABBREVIATIONS: frozenset[str] = frozenset(
    """
    mr mrs ms dr prof gen lt col maj capt cpt sgt cpl pvt adm brig cmdr cdr gov sen rep rev fr st sr jr
    pres amb atty supt insp hon messrs mme mlle sheikh
    no nos vol vols fig figs p pp art para sec ch ed eds est approx appx dept div bn bde regt co corp inc ltd
    vs v etc al cf viz ca
    jan feb mar apr jun jul aug sep sept oct nov dec
    mon tue tues wed thu thur thurs fri sat sun
    mt ft ave blvd rd hwy km mi sta sto brgy
    """.split()
)
# Dotted initialisms ("u.s", "a.m", "e.g") are recognised by shape; these may still end a sentence
# when the next word is an ordinary capitalised word.
_RUN_ON_INITIALISMS = frozenset({"u.s", "u.n", "u.k", "e.g", "i.e", "u.s.a", "d.c"})
_TIME_INITIALISMS = frozenset({"a.m", "p.m"})
_AFTER_TIME = frozenset(
    """gmt utc local on in monday tuesday wednesday thursday friday saturday sunday et est edt cet bst""".split()
)

_CLOSERS = "\"'”’)]»"
_OPENERS = "\"'“‘([«"
_BULLETS = "•*·‣▪◦-–—"
# A sentence mark followed by white space other than a line break (one closing a line cuts nothing: the
# line ends its block). Written before a (possibly) cutting character, not after one, so re can skip to it.
_FOOTNOTES = r"(?:\[\d{1,3}\])*"  # footnote markers glued after the mark: "... a million.[2] Soviet troops ..."
_TERMINAL = re.compile(r"[.!?…]+[" + re.escape(_CLOSERS) + r"]*" + _FOOTNOTES + r"(?=[^\S\n])")
# A mark glued to the next sentence after two lower-case letters (the look-behind follows the mark, so re
# skips to a mark first instead of trying the look-behind at every position).
_GLUED = re.compile(r"[.!?](?<=[a-z]{2}[.!?])(?=[A-Z][a-z]|I\s|\d+(?:st|nd|rd|th)?\b)")
# Both in one scan: a match is glued when its (empty) group 1 took part, else it is a _TERMINAL match. It
# opens with the marks' character class itself (not a repeat, as _TERMINAL does), so re skips in C to the
# next mark instead of trying the pattern at every position. No position starts both kinds (a glued mark
# is followed by a letter or digit, a terminal run by closers and a space), and neither kind of match holds
# the other: one scan finds what the two find (tests/test_sentences.py checks it).
_MARK = re.compile(
    r"[.!?…](?:(?<=[a-z]{2}[.!?])(?=[A-Z][a-z]|I\s|\d+(?:st|nd|rd|th)?\b)()"
    r"|[.!?…]*[" + re.escape(_CLOSERS) + r"]*" + _FOOTNOTES + r"(?=[^\S\n]))"
)
_WORD_BEFORE = guarded(r"([A-Za-z][A-Za-z.]*)$")
_WORD_CHARS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz."  # what _WORD_BEFORE's run is made of
_LINE_END_PUNCT = ".!?:;…" + _CLOSERS
_NEXT_WORD = re.compile(r"[\w']+")


def split_sentences(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """(start, end) spans of the sentences of text[start:end], trimmed, in order."""
    end = len(text) if end is None else min(end, len(text))
    start = max(0, start)
    spans: list[tuple[int, int]] = []
    # Cuts happen inside blocks only. The scan runs once over the whole stretch, not once per block
    # (most blocks are one line with no cut): see `_marks` for why that finds what per-block scans find.
    marks, glued = _marks(text, start, end)
    if not marks and not glued:
        for b_start, b_end in _blocks(text, start, end):
            _add(text, b_start, b_end, spans)
        return spans
    ti = gi = 0
    n_marks, n_glued = len(marks), len(glued)
    for b_start, b_end in _blocks(text, start, end):
        if (ti >= n_marks or marks[ti][0] >= b_end) and (gi >= n_glued or glued[gi] > b_end):
            _add(text, b_start, b_end, spans)  # no mark in the block (most lines of a list or a comment)
            continue
        pos = b_start
        cuts: set[int] = set()
        while ti < n_marks and marks[ti][0] < b_end:
            dot, nxt = marks[ti]
            ti += 1
            while nxt < b_end and text[nxt].isspace():
                nxt += 1
            if nxt < b_end and _ends_sentence(text, b_start, dot, text[dot], nxt):
                cuts.add(nxt)
        while gi < n_glued and glued[gi] <= b_end:
            cut = glued[gi]
            gi += 1
            if not (cut + 1 == b_end < end and text[cut] == "I"):
                cuts.add(cut)
        for cut in sorted(cuts):
            _add(text, pos, cut, spans)
            pos = cut
        _add(text, pos, b_end, spans)
    return spans


def _marks(text: str, start: int, end: int) -> tuple[list[tuple[int, int]], list[int]]:
    """The sentence marks of text[start:end] that can cut a block: (start, end) of each _TERMINAL match
    and the end of each _GLUED match (one _MARK scan finds both).

    Scanning the whole stretch finds what scanning each block finds (no match spans a line break),
    except at a block's end, where the line break is now visible: _GLUED's "I\\s" can match an "I"
    closing the block (`split_sentences` drops that cut), and _TERMINAL could end at the break, which
    it does not accept. tests/test_sentences.py compares this with the first per-block scans."""
    marks: list[tuple[int, int]] = []
    glued: list[int] = []
    for m in _MARK.finditer(text, start, end):
        if m.lastindex:
            glued.append(m.end())
        else:
            marks.append(m.span())
    return marks, glued


def _blocks(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Runs of lines that belong together (a line plus its hard-wrapped continuations).

    A blank line is left out: it holds no sentence and no mark, and no line continues into it or from it
    (the stretch's last block is kept even when blank; `_add` drops it)."""
    blocks: list[tuple[int, int]] = []
    pos = start
    b_start = start
    find = text.find
    while pos < end:  # (not True: a negative `end` would count from the text's end in find)
        nl = find("\n", pos, end)
        if nl < 0:
            break
        line = text[pos:nl].rstrip()
        if not line:  # a blank line (then the block starts at it: no line continues into a blank one)
            b_start = pos = nl + 1
            continue
        if line[-1] not in _LINE_END_PUNCT:
            j = nl + 1  # the first character of the next line that is not a space (no copy of the rest)
            while j < end and text[j] in " \t\r\u00a0":
                j += 1
            if j < end and text[j] != "\n" and (text[j].islower() or nl in soft_wraps(text)):
                pos = nl + 1  # the next line goes on in lower case, or after a word that needs it ("at least\n30
                continue  # people", extract/numwraps.py)
        blocks.append((b_start, nl))
        b_start = pos = nl + 1
    blocks.append((b_start, end))
    return blocks


def _ends_sentence(text: str, block_start: int, dot: int, mark: str, nxt: int) -> bool:
    """Whether the punctuation at `dot`, followed by the word at `nxt`, ends a sentence."""
    first = text[nxt]
    if not (first.isupper() or first.isdigit() or first in _OPENERS or first in _BULLETS or first == "#"):
        return False
    if mark != ".":
        return True
    word = _word_before(text, max(block_start, dot - 20), dot)
    if not word:
        return True
    word = word.lower().rstrip(".")
    if word in _TIME_INITIALISMS:
        next_word = _NEXT_WORD.match(text, nxt, nxt + 30)
        return (next_word.group(0).lower() if next_word else "") not in _AFTER_TIME
    if word in _RUN_ON_INITIALISMS or word in ABBREVIATIONS:
        return False
    if word == "c" and text[dot - 1] == "c" and first.isdigit():
        return False  # "c. 220": circa before a figure (an infobox's "Injured: c. 220"), not "vitamin C. 220 ..."
    if "." in word:  # another dotted initialism ("U.A.E.", "S.Aleppo" is handled as a word below)
        return not all(len(part) <= 2 for part in word.split("."))
    if len(word) == 1 and word.isalpha() and text[dot - 1].isupper():
        return False  # an initial: "J. Smith"
    return True


def _word_before(text: str, lo: int, dot: int) -> str:
    """_WORD_BEFORE.search(text, lo, dot).group(1), or "" when it finds nothing: the run of letters and
    dots that ends at `dot`, from its first letter (rstrip finds the run without trying every start)."""
    window = text[lo:dot]
    if window[-1:] == "\n":  # ("$" also matches before a closing line break: leave that to the regex)
        m = _WORD_BEFORE.search(text, lo, dot)
        return m.group(1) if m else ""
    return window[len(window.rstrip(_WORD_CHARS)) :].lstrip(".")


def _add(text: str, s: int, e: int, spans: list[tuple[int, int]]) -> None:
    while s < e and (text[s].isspace() or (text[s] in _BULLETS and s + 1 < e and text[s + 1].isspace())):
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    if e > s:
        spans.append((s, e))
