"""Dates the text gives that are not the date of the counted event (for extract/dates.py and datehits.py).

- A photo caption (GUIDELINES: "photo captions are not used" for event dates): a paragraph that opens with a
  gallery number ("3/6 - The hotel, where ...", "3 of 8 - Police raid the compound ...") or with "Photo:" /
  "Caption:", or that closes with a photo credit ("(Photo: Jane Roe)", "(AP Photo/John Doe)"). A count in it has
  no event date, and it lends its date to no later sentence: the look-back for a date skips it (and goes on to the
  story's sentences before it).
- A heading line in capitals alone in its paragraph ("FUNDING", "KEY FIGURES") ends the story a date is looked
  back for: the section under it is another subject. Not a heading: a label in capitals with digits, or after
  a line that ends with ":" (it names the photo that line introduces). A question alone in its paragraph (an
  explainer's "How many have died?") is such a heading too.
- The day a report was corrected, updated or revised ("corrected on January 12 to give three dead in the
  January 8 ambush") is the report's, not the event's: that date governs only when nothing else does, as the
  day something was said.
- The date of the event a count avenges or answers ("wiped out in a single night in revenge for last month's
  ambush", "in retaliation for Sunday's raid") is that earlier event's, not the count's.
- A force's standing size ("the rebels are thought to number between 2,000 and 3,000", "militias which number
  about 12,000 men", "FLEC has fewer than 100 fighters left") is a state, not an event: it takes no date from the
  sentences before it (its own sentence may still date it: "the army said in 2008 that it kept 30,000 troops").
  So is what a place has to work with ("The hospital has 650 beds, 40 nurses and 212 doctors"), each item of such
  a list: the words of fighters, peacekeepers and medical staff ([nouns] of assets/lexicons/claims.toml) and
  [cues] medical_stock, medical_holder and standing_stock.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from functools import lru_cache
from typing import Any

from extract.qualifierwords import qualifier_pattern
from extract.triggers import lexicon, norm
from extract.trie import trie_alternation

_GALLERY_NUMBER = re.compile(r"[ \t]*(?:\d{1,3}[ \t]*(?:/|of)[ \t]*\d{1,3}[ \t]*[-–—:.][ \t]"  # ("3 of 8 - ")
                             r"|(?:Photo|Picture|Caption|Image)(?:[ \t]+caption)?"  # ("Image caption:")
                             r"[ \t]*:)")
# (the cheap test of caption_spans for a "3 of 8 - " numbering at a paragraph's start: after a line break, so that
# the search runs on the literal "\n" rather than testing every character against a digit class)
_OF_NUMBER = re.compile(r"\n[ \t]*\d{1,3}[ \t]+of[ \t]+\d")
# (a wire's name alone, "(Reuters)", credits a story, not a photo: a credit has "Photo", "Images" or a "/")
_CREDIT_END = re.compile(r"\((?:(?:AP|AFP|Reuters|EPA|Getty)(?:\s+Photo|\s+Images|/)[ \w./-]{0,40}"
                         r"|Photo(?:graph)?(?::|\s+by)[^()\n]{1,50}"
                         r"|[^()\n]{1,40}/(?:AFP|AP|Reuters|EPA|Getty(?: Images)?))\)[ \t]*$")


@lru_cache(maxsize=64)
def caption_spans(text: str) -> tuple[tuple[int, int], ...]:
    """The (start, end) of the document's photo captions (module doc), in order. A cheap test first: a caption
    needs a "/", a "N of M" or a "Photo"/"Caption"-like word, and a paragraph's first character must be a digit for a
    number."""
    if "/" not in text and "Photo" not in text and "Picture" not in text and "Caption" not in text \
            and "Image" not in text and (" of " not in text or _OF_NUMBER.search("\n" + text[:8]) is None
                                         and _OF_NUMBER.search(text) is None):
        return ()
    out = []
    pos = 0
    n = len(text)
    while pos < n:
        end = text.find("\n\n", pos)
        end = n if end < 0 else end
        if end > pos and (_GALLERY_NUMBER.match(text, pos) or _CREDIT_END.search(text, pos, end)):
            out.append((pos, end))
        pos = end + 2
    return tuple(out)


def in_caption(text: str, pos: int) -> bool:
    """Whether offset `pos` lies in a photo caption."""
    spans = caption_spans(text)
    if not spans:
        return False
    k = bisect.bisect_right(spans, (pos, len(text) + 1)) - 1
    return k >= 0 and spans[k][0] <= pos < spans[k][1]


# A heading: a line of capitals (no digits) alone in its paragraph, after a paragraph that does not end with ":"
# (a line of capitals after "A photograph ... shows:" is the photo's label: "ISLAMIC STATE AL SHA'AR 05-05-16").
_HEADING = re.compile(r"(?<![:\n])\n\n[ \t]*(?=[^\n]*[A-Z])[A-Z &,'’()/-]{3,40}[ \t]*\n\n")


def looked_back(text: str, start: int, indices: Sequence[int], sentences: Sequence[tuple[int, int]]) -> list[int]:
    """The sentences a date is looked back for (`indices`, nearest first, before the sentence at `start`) up to the
    first heading in capitals alone in its paragraph between them and `start`, past photo captions (a caption
    lends no date, but the story goes on around it)."""
    spans = caption_spans(text)
    out = []
    after = start
    for i in indices:
        s, e = sentences[i]
        if ("\n\n" in text[e:after] and _HEADING.search(text, e - 1, after + 1)) or question_heading(text, s, e):
            break
        after = s
        if not (spans and in_caption(text, s)):
            out.append(i)
    return out


_HEADING_WORDS = 15  # a heading's question is short; a longer one is somebody's question in a record or letter


def question_heading(text: str, start: int, end: int) -> bool:
    """Whether the sentence [start, end) is a short question alone in its paragraph ("How many have been driven
    out?"): an explainer's heading, whose answer below is another subject than the answer above it. A long one
    ("Senator X—Is the minister aware that the army says it killed 12 soldiers in an ambush on Sunday?") is a
    speaker's question, whose answer goes on with its event."""
    return text[end - 1 : end] == "?" and (start < 2 or text[start - 2 : start] == "\n\n") \
        and (text.startswith("\n\n", end) or end >= len(text)) and text.count(" ", start, end) < _HEADING_WORDS


_REVISED_BEFORE = re.compile(r"\b(?:corrected|updated|revised|amended|changed)\s+(?:on\s+)?$", re.IGNORECASE)
_ANSWERED_BEFORE = re.compile(r"\b(?:in\s+(?:revenge|retaliation|reprisal|response)\s+(?:for|to)|to\s+avenge)\s+"
                              r"(?:the\s+)?$", re.IGNORECASE)
_ASIDE_WORDS = ("correct", "updat", "revise", "amend", "changed", "revenge", "retaliat", "reprisal", "response",
                "avenge")
# Any of _ASIDE_WORDS as one trie-shaped search (each a plain substring, as `w in low` finds it): the cheap test.
_ASIDE_WORD_RX = re.compile(trie_alternation(_ASIDE_WORDS))


def other_events(sentence: str, hits: list[Any]) -> list[Any]:
    """The hits (dates._Hit) with a report's correction date made a report's date (kind "report", no date: it
    governs a number only when nothing else does) and an avenged event's date a date of no count (kind "period",
    no date: the count beside it is undated). A cheap test first."""
    if _ASIDE_WORD_RX.search(sentence.lower()) is None:
        return hits
    out = list(hits)
    for i, h in enumerate(out):
        lo = max(0, h.start - 30)
        if h.date is None:
            continue
        if _REVISED_BEFORE.search(sentence, lo, h.start):
            out[i] = h._replace(kind="report", date=None, anchored=False)  # governs only when nothing else does
        elif _ANSWERED_BEFORE.search(sentence, lo, h.start):
            out[i] = h._replace(kind="period", date=None, anchored=False)  # governs its clause, with no date
    return out


# A standing size just before the number: "to number between", "which number about", "has fewer than ... left".
_QUAL = r"(?:(?:" + qualifier_pattern() + r"|between|at\s+most|no\s+more\s+than)\s+)?"  # (extract/qualifierwords.py)
_SIZE_BEFORE = re.compile(r"(?:\b(?:to|which|that|who|they|forces|fighters|troops|militias|rebels|men)\s+"
                          r"(?:number|numbered|numbers)|\b(?:has|have|had|still\s+has|keeps?|kept))\s+" + _QUAL
                          + "$", re.IGNORECASE)
# A later item of a list of what is had: "has 650 beds, 40 nurses and 212 doctors" (before "40" and before "212").
_ITEM = _QUAL + r"\d[\d,]*\s+[a-z]+(?:\s+[a-z]+)?"
_SIZE_LIST_BEFORE = re.compile(r"\b(?:has|have|had|still\s+has|keeps?|kept)\s+" + _ITEM + r"(?:,\s+" + _ITEM + r")*"
                               r"(?:,?\s+and\s+|,\s+)" + _QUAL + "$", re.IGNORECASE)
_LIST_REACH = 120  # characters before a number searched for the "has" opening its list
_MODIFIER = re.compile(r"\s+(?:(?:armed|active|trained|qualified|full-time)\s+)?")
# Classes of the lexicon's nouns ([nouns.*] of assets/lexicons/claims.toml) whose count after "has" is a standing size.
_STANDING_CLASSES = frozenset(("fighter", "peacekeeper", "medical"))
_STANDING_CUES = ("medical_stock", "medical_holder", "standing_stock")  # [cues] of claims.toml: beds, clinics, men


def standing_size(text: str, start: int, end: int) -> bool:
    """Whether the number at [start, end) is a force's standing size (module doc): "number(s)" as a verb just before
    it, or "has"/"kept" before it (or before the list it is an item of) and a force's or a facility's stock after it
    (_stock_after). A cheap test first: "number", "ha", "kep" before."""
    before = text[max(0, start - 45) : start]
    low = before.lower()
    if "number" in low or "ha" in low or "kep" in low:
        m = _SIZE_BEFORE.search(before)
        if m is not None:
            return "number" in m.group().lower() or _stock_after(text, end)
    if "," not in before and " and " not in before:
        return False  # (no list before the number)
    window = text[max(0, start - _LIST_REACH) : start]
    low = window.lower()
    if "ha" not in low and "kep" not in low:
        return False
    return _SIZE_LIST_BEFORE.search(window) is not None and _stock_after(text, end)


def _stock_after(text: str, end: int) -> bool:
    """Whether what the number counts (the words just after it) is a force's or a facility's stock: a noun of the
    lexicon of fighters, peacekeepers or medical staff, or a word of the [cues] medical_stock, medical_holder or
    standing_stock ("650 beds", "212 doctors", "3 clinics", "300 men")."""
    gap = _MODIFIER.match(text, end)
    if gap is None or gap.end() == end:
        return False
    pos = gap.end()
    lex = lexicon()
    if any(lex.cues[name].match(text, pos) for name in _STANDING_CUES):
        return True
    noun = lex.noun_re.match(text, pos)
    if noun is None:
        return False
    found = lex.noun_class.get(norm(noun.group()))
    return found is not None and found[0] in _STANDING_CLASSES
