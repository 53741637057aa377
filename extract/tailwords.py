"""The words just before a number, read backwards: the verb acting on it and the qualifiers between.

"killing at least 40": walking back from the number over qualifier words ("at least", "some", "the")
reaches the verb phrase "killing". The words are the tokens of text[lo:hi] (at most its last 90
characters), lower-cased; the rules only ever look at the last few of them, so they are first read
from a short stretch at the end (starting after a space, where reading from further back would
cut the same tokens). Only when a rule reaches the first token of that stretch are all the words
read and the rule run again, so the answer is always the one the whole stretch gives. Before any of
that, the last token alone is read without the tokenizer (`last_token`): when no verb phrase and no
qualifier ends with it, the walk stops at once, and a one-word verb that ends no longer phrase is the
answer (tests/test_classify_shortcuts.py checks both against reading all the words).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from extract.rx import ascii_lower as fold

_FILLERS: frozenset[tuple[str, ...]] = frozenset(
    tuple(f.split())
    for f in (
        "at least|more than|less than|fewer than|no less than|no fewer than|no more than|as many as|up to|"
        "nearly|almost|about|around|approximately|roughly|some|an estimated|estimated|over|between|another|"
        "a further|further|a|an|the|a total of|total of|only|just|all|at most|close to|upwards of|"
        "in excess of|its|their|his|her|least|than|of|by|additional|reportedly|\"|“|”|‘|’|'|(|,"
    ).split("|")
)
_TAIL_TOKEN = re.compile(r"[\w’'-]*\w|[^\w\s]")
_PLAIN_TOKEN = re.compile(r"[A-Za-z0-9_]+|[^A-Za-z0-9_\s]")  # _TAIL_TOKEN where no ’, ' or - stands (faster: no
# backtracking), read only in ASCII text: \w written as ASCII ranges, which re tests without Unicode's tables
_WINDOW = 90  # characters before `hi` whose words are read
_REACH = 40  # characters read first (about six words; the rules rarely need more)

Words = tuple[str, ...]


def _read(text: str, a: int, hi: int) -> Words:
    """The tokens of text[a:hi], lower-cased (an ASCII stretch is lower-cased at once: the same tokens)."""
    seg = text[a:hi]
    if seg.isascii():
        if "'" not in seg and "-" not in seg:  # then a token is a run of \w or one other character
            return tuple(_PLAIN_TOKEN.findall(seg.lower()))
        return tuple(_TAIL_TOKEN.findall(seg.lower()))
    return tuple(fold(w) for w in _TAIL_TOKEN.findall(seg))  # fold: "Killed" reads as "killed"


def _start_of(text: str, a: int, hi: int, words: Words, k: int) -> int:
    """Where token `k` of text[a:hi] (`words`: its tokens, lower-cased) starts.

    In an ASCII stretch, from the end: only white space follows the last token and stands between
    two tokens, and no token holds white space, so the last place a token fits before the next one
    (or before the trailing white space) is where it stands."""
    seg = text[a:hi]
    if not seg.isascii():
        return next(m.start() for i, m in enumerate(_TAIL_TOKEN.finditer(text, a, hi)) if i == k)
    low = seg.lower()
    pos = len(seg.rstrip())
    for j in range(len(words) - 1, k - 1, -1):
        pos = low.rfind(words[j], 0, pos)
    return a + pos


@lru_cache(maxsize=64)  # asked up to four times for one number (verb, fillers, shared verb)
def _last_words(text: str, lo: int, hi: int, everything: bool) -> tuple[Words, int, bool]:
    """The words of text[max(lo, hi - 90):hi] (all of them, or the last few unless `everything`),
    where the reading started, and whether they are all the words.

    A token holds no white space, so reading from just after a space gives the same tokens
    as reading from further back gives from there on."""
    start = max(lo, hi - _WINDOW)
    # (a negative end of rfind would count from the end of the text)
    cut = -1 if everything or hi - _REACH <= start else text.rfind(" ", start, hi - _REACH)
    a = start if cut < 0 else cut + 1
    return _read(text, a, hi), a, cut < 0


class _More(Exception):
    """A rule reached the first of the words read: read them all."""


def _drop_filler(words: Words, i: int, complete: bool) -> int:
    """Index of the last word before a qualifier/determiner ending at words[i], or i if none ends there."""
    # the longest filler first: three words, two, one (tuples built directly: this runs for every number)
    if i >= 2:
        if (words[i - 2], words[i - 1], words[i]) in _FILLERS:
            return i - 3
    elif not complete:
        raise _More
    if i >= 1 and (words[i - 1], words[i]) in _FILLERS:
        return i - 2
    if i >= 0 and (words[i],) in _FILLERS:
        return i - 1
    return i


_SHAPE: list = [None, {}]  # the verb table it was computed for (kept alive), and its shape


def _verb_lengths(verb_group: dict[str, str]) -> dict[str, tuple[int, ...]]:
    """For each word a verb phrase of the lexicon ends with, the lengths (in words, at most four, the
    longest first) of the phrases ending with it: no other phrase can match there."""
    if _SHAPE[0] is not verb_group:
        lengths: dict[str, set[int]] = {}
        for phrase in verb_group:
            words = phrase.split(" ")
            if len(words) <= 4:
                lengths.setdefault(words[-1], set()).add(len(words))
        _SHAPE[:] = [verb_group, {w: tuple(sorted(ns, reverse=True)) for w, ns in lengths.items()}]
    return _SHAPE[1]


def _walk_verb(verb_group: dict[str, str], words: Sequence[str], complete: bool) -> tuple[str, int] | None:
    """The verb group and the index of its first word, walking back over qualifiers."""
    lengths = _SHAPE[1] if _SHAPE[0] is verb_group else _verb_lengths(verb_group)
    i = len(words) - 1
    for _ in range(7):
        if i < 0:
            if not complete:
                raise _More
            return None
        w = words[i]
        for n in lengths.get(w, ()):
            if i - n + 1 < 0:
                if not complete:
                    raise _More
                continue
            group = verb_group.get(w if n == 1 else " ".join(words[i - n + 1 : i + 1]))
            if group:
                return group, i - n + 1
        # `_drop_filler`, inline (this runs for most numbers): the longest qualifier ending here first
        if i >= 2:
            if (words[i - 2], words[i - 1], w) in _FILLERS:
                i -= 3
                continue
        elif not complete:
            raise _More
        if i >= 1 and (words[i - 1], w) in _FILLERS:
            i -= 2
        elif (w,) in _FILLERS:
            i -= 1
        else:
            return None
    return None


FILLER_LASTS = _FILLER_LASTS = frozenset(f[-1] for f in _FILLERS)  # the last word of each qualifier


def _plain_last_word(text: str, lo: int, hi: int) -> tuple[str, int] | None:
    """The last token of text[max(lo, hi - 90):hi] lower-cased and where it ends, when it is a plain
    ASCII word (letters and digits) after a space: then it is the whole last chunk of the text."""
    start = max(lo, hi - _WINDOW)
    seg = text[max(start, hi - 32) : hi]
    parts = seg.rsplit(None, 1)
    if not parts:
        return None
    word = parts[-1]
    if (len(parts) < 2 and hi - 32 > start) or not (word.isascii() and word.isalnum()):
        return None  # it may go on before the stretch read, or hold other characters
    return word.lower(), hi - (len(seg) - len(seg.rstrip()))


def last_token(text: str, lo: int, hi: int) -> tuple[str, int] | None:
    """The last token of text[max(lo, hi - 90):hi] lower-cased, and where it ends, when that is cheap to
    tell: ("", start of the stretch) when there is none, the last character when it is no word character
    (a token of its own), the last word when it is plain ASCII after a space or at the start of the
    stretch; None otherwise (then read the words, `_last_words`). re's \\s is str.isspace and its \\w
    str.isalnum or "_" (tests/test_classify_shortcuts.py)."""
    start = max(lo, hi - _WINDOW)
    j = hi
    while j > start and text[j - 1].isspace():
        j -= 1
    if j == start:
        return "", j
    c = text[j - 1]
    if not (c.isalnum() or c == "_" or c in "’'-"):
        return c, j
    word = text[max(text.rfind(" ", start, j) + 1, start) : j]
    if word.isascii() and word.isalnum():
        return word.lower(), j
    return None


_ASK = ("", -1)  # verb_ending's default: find the last token itself


def verb_ending(verb_group: dict[str, str], text: str, lo: int, hi: int,
                last: tuple[str, int] | None = _ASK) -> tuple[str, int] | None:
    """The verb group of a verb phrase ending text[lo:hi] (after qualifier words), and where it starts.
    `last`: what `last_token(text, lo, hi)` gives, when the caller has it already."""
    lengths = _SHAPE[1] if _SHAPE[0] is verb_group else _verb_lengths(verb_group)
    if last is _ASK:
        last = last_token(text, lo, hi)
    if last is not None:
        tok = last[0]
        ns = lengths.get(tok)
        if ns is None:
            if tok not in _FILLER_LASTS:
                return None  # no verb phrase and no qualifier ends with the last token: the walk stops there
        elif ns == (1,):
            return verb_group[tok], last[1] - len(tok)  # a verb of one word, and no longer one ends with it
    # `_last_words`, `_read` and `_start_of` in one go for a plain ASCII stretch (most are): the same words
    start = max(lo, hi - _WINDOW)
    cut = -1 if hi - _REACH <= start else text.rfind(" ", start, hi - _REACH)
    a = start if cut < 0 else cut + 1
    seg = text[a:hi]
    if seg.isascii() and "'" not in seg and "-" not in seg:
        low = seg.lower()
        plain: list[str] = _PLAIN_TOKEN.findall(low)
        try:
            got = _walk_verb(verb_group, plain, cut < 0)
        except _More:
            pass
        else:
            if got is None:
                return None
            pos = len(low.rstrip())
            for j in range(len(plain) - 1, got[1] - 1, -1):
                pos = low.rfind(plain[j], 0, pos)
            return got[0], a + pos
    words, a, complete = _last_words(text, lo, hi, False)
    try:
        got = _walk_verb(verb_group, words, complete)
    except _More:
        words, a, complete = _last_words(text, lo, hi, True)
        got = _walk_verb(verb_group, words, True)
    return (got[0], _start_of(text, a, hi, words, got[1])) if got else None


def _walk_fillers(words: Words, complete: bool) -> int | None:
    """Index of the last word that is no qualifier (-1: none; None: seven qualifiers)."""
    i = len(words) - 1
    for _ in range(7):
        if i < 0:
            if not complete:
                raise _More
            return -1
        j = _drop_filler(words, i, complete)
        if j == i:
            return i
        i = j
    return None


def strip_fillers(text: str, lo: int, hi: int) -> int:
    """Where text[lo:hi] ends once qualifier and determiner words at its end are dropped."""
    plain = _plain_last_word(text, lo, hi)
    if plain is not None and plain[0] not in _FILLER_LASTS:
        return plain[1]  # no qualifier ends the text
    words, a, complete = _last_words(text, lo, hi, False)
    try:
        i = _walk_fillers(words, complete)
    except _More:
        words, a, complete = _last_words(text, lo, hi, True)
        i = _walk_fillers(words, True)
    if i is None:
        return hi
    if i < 0:
        return lo
    at = _start_of(text, a, hi, words, i)
    token = _TAIL_TOKEN.match(text, at, hi)
    assert token is not None  # (read from its start, the token is the same)
    return token.end()


_LAST_WORD = re.compile(r"[\w’'-]+\s*$")


def last_word_start(text: str, lo: int, hi: int) -> int | None:
    """`_LAST_WORD.search(text, lo, hi).start()` (None: no match), read backwards: the run of word characters,
    ’, ' and - that only white space follows, from its start or from `lo` (the regex tries every start
    and takes the first that reaches the end; re's \\s is str.isspace, \\w str.isalnum or "_")."""
    j = hi
    while j > lo and text[j - 1].isspace():
        j -= 1
    i = j
    while i > lo and ((c := text[i - 1]).isalnum() or c in "_’'-"):
        i -= 1
    return i if i < j else None
