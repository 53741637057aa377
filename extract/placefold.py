"""Names and texts folded so that spellings meet: "Deir ez-Zor", "Deir Ezzor" and "deir ezzor" share one key.

normalise(text) is the text lower-cased, without diacritics or apostrophes, hyphens and dashes as spaces, with
each folded character's offset in the text; key_of(name) is a spelling's lookup key in the gazetteer (also
without a leading Arabic article). Used by extract/gazetteer.py, worldtowns.py and the place modules.
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from functools import lru_cache

_ARTICLES = ("al ", "el ", "ad ", "ar ", "az ", "ash ", "adh ", "ath ", "as ", "at ", "an ")
_APOSTROPHES = "'’‘`ʿʾ"

_POSSESSIVE = re.compile(r"['’‘`ʿʾ](?=[sS](?![^\W\d_]))")
# _POSSESSIVE for a text with one kind of apostrophe, the key: a literal first, which re finds fast (it tests a
# class at every character)
_POSSESSIVE_OF = {c: re.compile(re.escape(c) + _POSSESSIVE.pattern[len("['’‘`ʿʾ]"):]) for c in "'’‘`ʿʾ"}
_DASHES = "-‐‑‒–—"


@lru_cache(maxsize=8192)
def _fold(ch: str) -> str:
    """What one character becomes in the normalised text: lower case, no diacritics, no apostrophes."""
    if ch in _APOSTROPHES:
        return ""
    if ch.isspace() or ch in _DASHES:
        return " "
    if ch.isascii():
        return ch.lower()
    return "".join(d for d in unicodedata.normalize("NFKD", ch) if not unicodedata.combining(d)).lower()


class _Offsets:
    """Source offset of each normalised character, computed from the few characters that changed length."""

    __slots__ = ("n", "orig", "norm", "width")

    def __init__(self, n: int, orig: list[int], norm: list[int], width: list[int]) -> None:
        self.n, self.orig, self.norm, self.width = n, orig, norm, width

    def __len__(self) -> int:
        return self.n

    def __getitem__(self, p: int) -> int:
        if not 0 <= p < self.n:
            raise IndexError(p)
        k = bisect.bisect_right(self.norm, p) - 1
        if k < 0:
            return p
        if p < self.norm[k] + self.width[k]:
            return self.orig[k]
        return self.orig[k] + 1 + (p - self.norm[k] - self.width[k])


_TABLE: dict[int, str] = {}  # every character met so far -> what it becomes (see _fold)
_SEEN: set[str] = set()
_ODD: set[str] = set()  # the characters met that become more or fewer than one character


def _learn(chars: set[str] | str) -> None:
    """Add characters to the translation table (it grows with the characters met, once each)."""
    for c in chars:
        f = _fold(c)
        _TABLE[ord(c)] = f
        if len(f) != 1:
            _ODD.add(c)
        _SEEN.add(c)


_learn("".join(map(chr, range(128))))
_ASCII_ODD = tuple(sorted(c for c in _ODD if c.isascii()))  # the apostrophes, which vanish
# The ASCII characters whose fold is not their lower case (the apostrophes, whitespace, the hyphen), and it.
_ASCII_UNLIKE_LOWER = tuple((c, _TABLE[ord(c)]) for c in map(chr, range(128)) if _TABLE[ord(c)] != c.lower())


def _fold_ascii(text: str) -> str:
    """text.translate(_TABLE) for an ASCII text, in a few passes of C over it instead of a table look-up per
    character (translate does one for a character mapped to "", as the apostrophes are): lower-cased, then
    each character whose fold is not its lower case replaced, where the text has it (no fold makes another)."""
    out = text.lower()
    for c, f in _ASCII_UNLIKE_LOWER:
        if c in out:
            out = out.replace(c, f)
    return out


def normalise(text: str) -> tuple[str, _Offsets]:
    """Lower-case, diacritic-free, apostrophe-free copy of `text` and each of its characters' source offset.

    A possessive 's stays a word of its own ("Aleppo's" -> "aleppo s"); hyphens and dashes are spaces.
    An ASCII text without an apostrophe (the most) needs no possessive replaced (`_ASCII_ODD` are its
    apostrophes) and is folded by _fold_ascii.
    """
    if text.isascii():  # every ASCII character is in the table already (see _learn)
        odd_here = {c for c in _ASCII_ODD if c in text}
        if not odd_here:
            text1 = text
        elif len(odd_here) == 1:
            text1 = _POSSESSIVE_OF[next(iter(odd_here))].sub(" ", text)
        else:
            text1 = _POSSESSIVE.sub(" ", text)
        folded = _fold_ascii(text1)
        odd_here = {c for c in odd_here if c in text1}
        return _with_offsets(text1, folded, odd_here)
    text1 = _POSSESSIVE.sub(" ", text)
    if text1.isascii():  # (a possessive's non-ASCII apostrophe was the only one)
        odd_here = {c for c in _ASCII_ODD if c in text1}
    else:
        chars = set(text1)
        _learn(chars - _SEEN)
        odd_here = chars & _ODD
    folded = text1.translate(_TABLE)
    return _with_offsets(text1, folded, odd_here)


def _with_offsets(text1: str, folded: str, odd_here: set[str]) -> tuple[str, _Offsets]:
    """`folded` (text1 folded) and each of its characters' offset in text1, from `odd_here`, the characters of
    text1 that fold to more or fewer than one character."""
    orig: list[int] = []
    norm: list[int] = []
    width: list[int] = []
    if len(folded) != len(text1) or odd_here:
        shift = 0
        for i in sorted(i for c in odd_here for i in offsets_of(text1, c)):
            w = len(_TABLE[ord(text1[i])])
            orig.append(i)
            norm.append(i + shift)
            width.append(w)
            shift += w - 1
    return folded, _Offsets(len(folded), orig, norm, width)


def offsets_of(text: str, sub: str) -> list[int]:
    """Every offset where `sub` occurs in `text` (overlapping occurrences too), in order."""
    out = []
    i = text.find(sub)
    while i >= 0:
        out.append(i)
        i = text.find(sub, i + 1)
    return out


@lru_cache(maxsize=16384)  # pure on the string; asked twice per mention of a document
def key_of(name: str) -> str:
    """The lookup key of a spelling: normalised, single-spaced, without a leading Arabic article."""
    return uncached_key(name)


_PLAIN = re.compile(r"[A-Za-z \-]*")


def uncached_key(name: str) -> str:
    """key_of without its cache (for loading many spellings once); plain ASCII names take a short cut."""
    if _PLAIN.fullmatch(name):
        k = " ".join(name.lower().replace("-", " ").split())
    else:
        k = " ".join(normalise(name)[0].split())
    for art in _ARTICLES:
        if k.startswith(art) and len(k) - len(art) >= 5:
            return k[len(art):]
    return k
