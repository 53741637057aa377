"""South Asian scale words stacked or written in words: "lakh crore", "25 lakh 40 thousand", "one crore", "half a
lakh", "Lakhs of" (and "lac", "lacs": the older spelling of lakh).

extract/currencies.py reads one scale word after digits ("Rs 50 crore", "5 lakh people"; lakh = 1e5, crore = 1e7).
Indian and Pakistani papers also stack them, as English stacks "thousand million":
- "lakh crore" is a lakh of crores, 1e12 ("₹9.5 lakh crore" = 9.5e12): the second word multiplies the first
  (`more_scale`);
- a smaller amount may follow a larger scale, as "two million three hundred thousand": "25 lakh 40 thousand" is
  2,540,000 and "1 crore 20 lakh" 12,000,000 (`more_scale`, the smaller scale only);
- number words take the scale as digits do: "one crore" is 10,000,000, "half a lakh" 50,000, "a lakh" 100,000;
- "lakhs of" and "crores of" are vague counts as "hundreds of" and "thousands of" are: twice the unit (200,000 and
  20,000,000) with no upper bound, as ../shared/gold/GUIDELINES.md values "hundreds" at 200.
"""

from __future__ import annotations

import re

from extract.currencies import INDIAN_SCALES
from extract.numscan import _Atom
from extract.rx import guarded
from extract.wordset import words_of

_LAKH, _CRORE = INDIAN_SCALES["lakh"], INDIAN_SCALES["crore"]
# A second scale word right after the first: "lakh crore".
_STACKED = re.compile(r"[^\S\n]+(crores?)\b", re.I)
# A smaller amount after a scale word: "25 lakh 40 thousand", "1 crore 20 lakh", "3 lakh 50,000".
_SMALLER = re.compile(r"[^\S\n]+(\d{1,3}(?:,\d{3})+|\d{1,5}(?:\.\d+)?)(?!\d|[,.]\d)"
                      r"(?:[^\S\n]+(thousand|hundred|lakhs?|(?-i:[Ll]acs?))\b)?", re.I)
_SMALL_SCALES = {"thousand": 1_000, "hundred": 100, "lakh": _LAKH, "lakhs": _LAKH, "lac": _LAKH, "lacs": _LAKH}


def more_scale(text: str, end: int, scale: int, value: float) -> tuple[int, int, float]:
    """(scale, end, value) of a number in digits whose South Asian scale word ends at `end`, with what stacks on
    it: "crore" after "lakh" multiplies ("9.5 lakh crore": scale 1e12), and a smaller amount after the scale word
    adds ("25 lakh 40 thousand": value 25.4, scale 1e5). Unchanged where nothing stacks."""
    if scale == _LAKH:
        m = _STACKED.match(text, end)
        if m is not None:
            return _LAKH * _CRORE, m.end(), value
    m = _SMALLER.match(text, end)
    if m is None or scale > _CRORE:
        return scale, end, value
    word = m.group(2)
    small = float(m.group(1).replace(",", "")) * (_SMALL_SCALES[word.lower()] if word else 1)
    if word is None and (scale != _LAKH or small < 1_000 or "," not in m.group(1) and 1900 <= small <= 2100):
        return scale, end, value  # "5 lakh 20 people", "2 crore 30 seats", "5 lakh 2024": no amount after the scale
    if not 0 < small < scale:
        return scale, end, value
    return scale, m.end(), value + small / scale


# "one crore", "two lakh": a number word right before a scale word.
_SCALE_AFTER_WORD = re.compile(r"[^\S\n]+(lakhs?|crores?|(?-i:[Ll]acs?))\b", re.I)
# "half a lakh", "a lakh", "a crore", "lakhs of", "crores of" (the scan has no hot word in them).
_WORD_FORMS = re.compile(
    r"\b(?:(?P<half>half)[^\S\n]+an?|(?P<a>an?))[^\S\n]+(?P<unit>lakh|crore|(?-i:[Ll]ac))\b(?![^\S\n]*[-\u2010\u2011])"
    r"|\b(?P<vague>lakhs|crores|(?-i:[Ll]acs))(?=[^\S\n]+of\b)",
    re.I,
)


_LAC = guarded(r"\b[Ll]acs?\b")  # "lac", "lacs": lakh spelt as older papers do (extract/currencies.py)
_LAC_WORDS = frozenset({"lac", "lacs"})  # a match is one of them, a whole word (folded)


def has_scale_word(text: str) -> bool:
    """The cheap test before `word_scales`: a South Asian scale word may be in the text."""
    return "akh" in text or "rore" in text or "AKH" in text or "RORE" in text or (
        ("lac" in text or "Lac" in text) and not _LAC_WORDS.isdisjoint(words_of(text))
        and _LAC.search(text) is not None)


def word_scales(text: str, atoms: list[_Atom]) -> list[_Atom]:
    """`atoms` with number words before "lakh"/"crore" scaled ("one crore"), and "half a lakh", "a lakh" and the
    vague "lakhs of"/"crores of" added where no number covers them. Ask only where `has_scale_word(text)`."""
    for a in atoms:
        if a.word and a.kind == "number" and a.unit == "count" and a.scale == 1:
            m = _SCALE_AFTER_WORD.match(text, a.end)
            if m is not None:
                a.scale = INDIAN_SCALES[m.group(1).lower()]
                a.value = round(a.value * a.scale, 6)
                a.end = m.end()
    new = []
    for m in _WORD_FORMS.finditer(text):
        s, e = m.span()
        if any(a.start < e and s < a.end for a in atoms):
            continue
        unit = INDIAN_SCALES[(m.group("unit") or m.group("vague")).lower()]
        if m.group("vague"):
            new.append(_Atom(s, e, 2.0 * unit, qual="vague", word=True))
        else:
            new.append(_Atom(s, e, unit / 2 if m.group("half") else float(unit), word=True))
    if not new:
        return atoms
    return sorted(atoms + new, key=lambda a: a.start)
