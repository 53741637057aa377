"""The numbers of a stretch of a sentence, read off the document's own pass instead of scanned again.

extract/partof.py's `numbers_in(text, at)` asks for the numbers of a stretch of one sentence that starts at `at` in the
document (the caller knows where): the sentence before ("the last count of the sentence before") or the sentence's
start up to the number being classified ("the counts before this one"). It used to run find_quantities on that
stretch (about 20% of the number layer's time); but extract/claims.py has just run find_quantities over the whole
document, and the stretch's numbers are, nearly always, the document's numbers inside it. The orchestrator opens a
`DocumentNumbers` for the document (`reading`); `numbers_in` asks it first (`stretch`) and scans the text itself only
when it answers None.

The two readings can differ only at the stretch's edges and in what find_quantities reads off the whole text, so
`stretch` answers only where these are alike, and None (the long way) elsewhere:
- the stretch starts a sentence of the document and ends inside it, and no number of the document crosses
  either end;
- between its last number and its end stands no hot spot of the number scan (digit, sign or number word), and
  the stretch ends with a word that does not join two numbers ("to", "and", "of", "in", "about", ...; `_LINKS`), or
  a clause mark and such a word stand in between ("..., up from"): cut right after a number, or before "to" or
  "and" that lead to the next, a stretch reads that number without what follows ("1990 " is a count where
  "1990 2020" makes it a year; "from 21 to 28 minutes" gives 21 its minutes, "20 pounds to 1 dollar" a rate);
- the text before the stretch ends with a stop or a line break (after ";" or "," a rule may read across), and
  the stretch does not open with a minus sign, which find_quantities reads only after a blank ("- 5C");
- the text holds no "couple" (find_quantities reads "a couple of hours" off the whole text). The dollar or the
  euro named anywhere only opens the rate patterns, which must match that word themselves: it changes nothing
  but across an edge (the rule above).
What is left: a rule of the number layer that reads a window reaching past an edge (words of polls 200
characters away, of blasts, money or ground 80 away, a qualifier before a paragraph break) reads it in the
document and not in the stretch. Word salad built to hit those rules finds such cases (about 1 in 1,000
stretches); reports do not (the document's reading agreed with the scan on all 4,838 stretches asked over the
~4,500 documents of /work/notes/speed/snap.py), and where they differ the document's reading is the truer one:
it is the reading the claims of those numbers carry. tests/test_speed16_shortcuts.py compares `stretch` with
find_quantities on generated reports.
"""

from __future__ import annotations

import bisect
import contextlib
import enum
import functools
import re
from collections.abc import Callable, Iterator, Sequence
from contextvars import ContextVar
from typing import Final

from extract.context import SentenceContext
from extract.numscan import HOT_CHAR, HOT_WORD_I
from extract.records import Quantity

# Words that join a number to the next one ("21 to 28", "7 and 9", "3 of 4", "between 5 and 6"): a stretch
# ending with one of them after its last number is read the long way.
_LINKS = frozenset("to and or by in through till until than of per a an the from between against each every about around "
                   "some roughly nearly almost just over under more less".split())
_WORD = re.compile(r"[A-Za-z]{2,}")
_CLAUSE_MARK = re.compile(r"[,;:()]")
_STOPS = frozenset(".!?")
class _Absent(enum.Enum):
    """What _seen.get gives for a stretch not yet read (a reading may be None)."""

    ABSENT = 0


_ABSENT: Final = _Absent.ABSENT


class DocumentNumbers:
    """One document's numbers as find_quantities read them, and its sentences, for `stretch`."""

    __slots__ = ("text", "quantities", "_starts", "_sentence_end", "_couple", "_seen")

    def __init__(self, text: str, quantities: Sequence[Quantity], sentences: Sequence[tuple[int, int]]) -> None:
        self.text = text
        self.quantities = quantities  # in text order, as find_quantities gives them
        self._starts = [q.char_start for q in quantities]
        self._sentence_end = {s: e for s, e in sentences}
        self._couple = "couple" in text
        self._seen: dict[tuple[int, int], tuple[Quantity, ...] | None] = {}

    def stretch(self, part: str, at: int) -> tuple[Quantity, ...] | None:
        """The numbers of `part`, the stretch of one sentence that starts at `at` in the document (callers know
        where their sentence starts), with offsets into `part`, as find_quantities(part) reads them; None where the
        document's reading may differ (see the module) or `part` is not the text at `at`."""
        ends = self._sentence_end
        if not part or at not in ends or not self.text.startswith(part, at):
            return None
        k = at + len(part)
        key = (at, k)
        got = self._seen.get(key, _ABSENT)  # (a first ask is frequent: no try/except KeyError)
        if got is _ABSENT:
            got = self._seen[key] = self._read(part, at, k, ends[at])
        return got

    def _read(self, part: str, s: int, k: int, end: int) -> tuple[Quantity, ...] | None:
        """`stretch` for the stretch text[s:k] of the sentence text[s:end]."""
        text = self.text
        if k > end or self._couple or text[s] in "-\u2212" or not _after_break(text, s):
            return None
        qs, starts = self.quantities, self._starts
        i, j = bisect.bisect_left(starts, s), bisect.bisect_left(starts, k)
        if i and qs[i - 1].char_end > s or i < j and qs[j - 1].char_end > k:
            return None  # a number crosses an end
        last = qs[j - 1].char_end if i < j else s
        gap = text[last:k]
        if HOT_CHAR.search(gap) is not None or HOT_WORD_I.search(gap) is not None:
            return None
        if not _parted(gap):
            return None
        return tuple(q.shifted(-s) for q in qs[i:j])


def _parted(gap: str) -> bool:
    """Whether `gap` (between a stretch's last number and its end) parts that number from what follows the
    stretch: its last word is no joining word, or a clause mark stands before a word that is none ("..., up from")."""
    words = _WORD.findall(gap)
    if not words:
        return False
    if words[-1].lower() not in _LINKS:
        return True
    mark = _CLAUSE_MARK.search(gap)
    return mark is not None and any(w.lower() not in _LINKS for w in _WORD.findall(gap, mark.end()))


def _after_break(text: str, s: int) -> bool:
    """Whether the text before `s` is empty, or ends with a line break or (blanks aside) a full stop, "!" or "?"."""
    j = s - 1
    while j >= 0 and text[j].isspace():
        if text[j] == "\n":
            return True
        j -= 1
    return j < 0 or text[j] in _STOPS


_CURRENT: ContextVar[DocumentNumbers | None] = ContextVar("document_numbers", default=None)


@contextlib.contextmanager
def reading(text: str, quantities: Sequence[Quantity], sentences: Sequence[tuple[int, int]]
            ) -> Iterator[DocumentNumbers]:
    """Within the block, `current()` is this document's numbers (extract/claims.py opens it per document)."""
    doc = DocumentNumbers(text, quantities, sentences)
    token = _CURRENT.set(doc)
    try:
        yield doc
    finally:
        _CURRENT.reset(token)


def current() -> DocumentNumbers | None:
    """The document being read (None outside extract_claims, or in its long way without the memo)."""
    return _CURRENT.get()


def numbers_in(text: str, at: int | None = None) -> tuple[Quantity, ...]:
    """The numbers of a stretch of one sentence from its start (extract/partof.py and the modules of parts ask),
    `at` the start of that sentence in the document: the document's own reading of them where it is the stretch's
    (`DocumentNumbers.stretch`), else scanned (also without `at`: a stretch of no known place)."""
    doc = _CURRENT.get()
    if doc is not None:
        got = doc.stretch(text, at) if at is not None else None
        if got is not None:
            return got
    return scan_numbers(text)


def counts_in(text: str, at: int | None = None) -> tuple[Quantity, ...]:
    """The numbers of `numbers_in` that count something (kind "number": no dates, years, ages, times), the ones a
    count told before or after is looked for among."""
    return tuple(p for p in numbers_in(text, at) if p.kind == "number")


def numbers_before(ctx: SentenceContext) -> Callable[[str], tuple[Quantity, ...]]:
    """numbers_in for stretches of the sentence before ctx's, where it starts (for a reader that takes a function
    of the text alone: extract/anaphora.py's earlier_count)."""
    at = ctx.sentences[ctx.index - 1][0] if ctx.index else 0
    return lambda text: numbers_in(text, at)


@functools.lru_cache(maxsize=512)
def scan_numbers(text: str) -> tuple[Quantity, ...]:
    """The numbers of a stretch, scanned: numbers_in's long way (cached: a breakdown asks for the same stretch
    often)."""
    from extract.numbers import find_quantities  # local: extract/numbers.py is the layer this module serves

    return tuple(find_quantities(text))
