"""Numbers written in words: runs of number words ("two hundred and fifty", "seven and nine") and vague
counts ("dozens", "tens of thousands"), read where extract/numbers.py's scan found them."""

from __future__ import annotations

import re

from extract import numcontext as C
from extract import numkinds as K
from extract.numscan import _Atom
from extract.numwords import NUMBER_WORDS, SCALES, VAGUE, VAGUE_MULTIPLIERS, parse_word_run, split_between
from extract.rx import ascii_lower

_TOKEN = re.compile(r"[\s\u00a0]*(,[\s\u00a0]*)?(?:[-\u2010\u2011][\s\u00a0]*)?([A-Za-z]+)")
_BIG_SCALES = ("thousand", "million", "billion", "trillion")
_UNDER_100 = frozenset(NUMBER_WORDS) - set(SCALES) - {"dozen", "half", "quarter"}
_TOKEN_OK = frozenset(NUMBER_WORDS) | {"and", "a", "an", "of", "dozen"}
_FRACTION_SCALE = re.compile(r"[\s\u00a0]+(?:of[\s\u00a0]+)?(?:an?[\s\u00a0]+)?(thousand|million|billion|trillion)\b", re.I)


def read_vague(m: re.Match) -> _Atom:
    """A vague count ("dozens", "tens of thousands", "a few hundred") at its guidelines' value."""
    words = ascii_lower(m.group()).split()  # "thousandſ" is "thousands"
    scale = 1
    if len(words) > 2 and words[-1] in SCALES and words[-2].rstrip("s") in SCALES:  # a few hundred thousand
        scale = SCALES[words.pop()]
    if len(words) >= 3 and words[1] == "of":  # tens of thousands
        value = VAGUE_MULTIPLIERS[words[0]] * SCALES[words[2].rstrip("s")]
    elif words[-1].rstrip("s") in SCALES and len(words) > 1:  # several hundred, a few thousand
        value = 2 * SCALES[words[-1].rstrip("s")]
    else:
        value = VAGUE[words[-1]]
    return _Atom(m.start(), m.end(), float(value * scale), qual="vague", word=True)


def read_words(text: str, m: re.Match, dollar: bool) -> list[_Atom]:
    """A run of number words ("two hundred and fifty", "seven and nine") as numbers."""
    toks: list[tuple[str, int, int]] = []
    pos = m.start()
    while len(toks) < 40:
        t = _TOKEN.match(text, pos)
        if not t:
            break
        word = t.group(2).lower()
        if t.group(1) and not (toks and toks[-1][0] in _BIG_SCALES and word in _UNDER_100):
            break  # a comma joins only "one thousand, two hundred"
        if word not in _TOKEN_OK:
            # "half s million": a one-letter slip for "a" between a fraction and a scale word
            nxt = _TOKEN.match(text, t.end(2))
            if not (len(word) == 1 and toks and toks[-1][0] in ("half", "quarter") and nxt
                    and not nxt.group(1) and nxt.group(2).lower() in SCALES):
                break
            toks.append(("a", t.start(2), t.end(2)))
            pos = t.end(2)
            continue
        if toks and "\n" in text[pos : t.start(2)]:
            break
        toks.append((word, t.start(2), t.end(2)))
        pos = t.end(2)
    out: list[_Atom] = []
    words = [w for w, _, _ in toks]
    parsed = (K.between_before(text, m.start()) and split_between(words)) or parse_word_run(tuple(words))
    for i, j, value, approx in parsed:
        start, end = toks[i][1], toks[j - 1][2]
        atom = _Atom(start, end, value, qual="approx" if approx else None, word=True)
        last = toks[j - 1][0]
        if last in SCALES and last != "hundred" and j - i > 0:
            atom.scale = SCALES[last]
        K.word_kind(text, atom)
        fs = _FRACTION_SCALE.match(text, atom.end) if atom.kind == "fraction" else None
        if fs:  # "three quarters of a million", "two-thirds of a billion": an amount
            atom.kind, atom.unit, atom.end = "number", "count", fs.end()
            atom.value *= SCALES[ascii_lower(fs.group(1))]
            atom.scale = SCALES[ascii_lower(fs.group(1))]
            K.number_kind(text, atom, *K.tail(text, atom.start), dollar)
        elif atom.kind == "fraction" and C.is_share(text, atom.start, atom.end):
            atom.kind, atom.unit, atom.value = "number", "percent", atom.value * 100  # "two-thirds of the seats"
        elif atom.kind != "drop":
            K.number_kind(text, atom, *K.tail(text, atom.start), dollar)
        out.append(atom)
    return out
