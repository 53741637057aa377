"""Guarded regexes: skip, in C, the positions where a pattern cannot start.

`re` scans fast for a pattern that opens with a literal or a case-sensitive
character class, but a pattern compiled with re.IGNORECASE, or opening with
`\\b` or a lookbehind, runs its whole program at every position of the text.
Most of extraction's patterns are of that kind (word lists matched in any case),
and most positions of a sentence cannot start them. `guarded` works out, from
the parsed pattern, every character a match can begin with (with all its case
variants under IGNORECASE) and puts a lookahead on that set in front. A
lookahead on a superset of the possible first characters never changes what
matches, only how soon a hopeless position is left; tests/test_rx.py checks
every guarded pattern of the package against its plain twin on generated text.
"""

from __future__ import annotations

import functools
import re
# CPython's own regex parser and engine: typeshed has no stubs for these private modules
from re import _constants as C  # type: ignore[attr-defined]  # noqa: N812
from re import _parser  # type: ignore[attr-defined]

import _sre  # type: ignore[import-not-found]

# Every guarded pattern as (plain, guarded), for the equivalence tests.
REGISTRY: list[tuple[re.Pattern, re.Pattern]] = []

_MAX_FIRST = 1000  # a guard over more characters than this would not be selective
# \s as the characters it matches (all in the Basic Multilingual Plane); \d (660 digits, some beyond it)
# and \w are too wide to be worth a guard.
_CATEGORIES = {C.CATEGORY_SPACE: r"\s"}


def guarded(pattern: str, flags: int = 0) -> re.Pattern:
    """`re.compile(pattern, flags)`, with a lookahead on the characters a match can start with.

    Falls back to the plain pattern when the set cannot be worked out (a pattern that can
    match the empty string, or opens with `.`, `\\w`, `\\d`, a negated class...).
    """
    plain = re.compile(pattern, flags)
    parsed = _parser.parse(pattern, flags)  # once, for both questions below
    first = _first_chars_of(parsed)
    if first is None or _leading_flags(pattern) or not _worth_guarding(parsed, pattern, flags, first):
        return plain
    cls = "".join(_escape(c) for c in sorted(first))
    # The set holds every case variant already: under IGNORECASE it is tested as written ("(?-i:"), which spares re
    # lower-casing each character tried (tests/test_cost19_shortcuts.py checks that no variant is missing).
    guard = f"(?-i:[{cls}])" if flags & re.IGNORECASE else f"[{cls}]"
    fast = re.compile(f"(?={guard})(?:{pattern})", flags)
    REGISTRY.append((plain, fast))
    return fast


def _worth_guarding(parsed: _parser.SubPattern, pattern: str, flags: int, first: frozenset[str]) -> bool:
    """Whether re would try the whole pattern at every position: it opens with a zero-width test
    (\\b, a lookbehind) or matches cased characters in any case. A pattern anchored at the start
    ("^…") or opening with a case-sensitive literal or class is already scanned fast by re itself."""
    parsed = list(parsed)
    while parsed and parsed[0][0] is C.SUBPATTERN:
        parsed = list(parsed[0][1][3])
    if not parsed:
        return False
    op, av = parsed[0]
    if op is C.AT and av in (C.AT_BEGINNING, C.AT_BEGINNING_STRING):
        return False
    if op in (C.AT, C.ASSERT, C.ASSERT_NOT):
        return True
    icase = bool(flags & re.IGNORECASE) or "(?i" in pattern
    return icase and any(c.lower() != c.upper() for c in first)


def _leading_flags(pattern: str) -> bool:
    """Whether the pattern opens with global inline flags ("(?i)"), which must stay first."""
    return bool(re.match(r"\s*\(\?[aiLmsux]+\)", pattern))


def _escape(ch: str) -> str:
    return "\\" + ch if ch in "\\]^-[" else ch


def first_chars(pattern: str, flags: int = 0) -> frozenset[str] | None:
    """The characters a match of `pattern` can start with, or None when that is not a small known set."""
    try:
        return _first_chars_of(_parser.parse(pattern, flags))
    except re.error:
        return None


def _first_chars_of(parsed: _parser.SubPattern) -> frozenset[str] | None:
    """first_chars of a parsed pattern."""
    icase = bool(parsed.state.flags & re.IGNORECASE)
    got = _first(list(parsed), icase)
    if got is None:
        return None
    chars, nullable = got
    if nullable or not chars or len(chars) > _MAX_FIRST:
        return None
    return frozenset(chars)


def _first(seq: list, icase: bool) -> tuple[set[str], bool] | None:
    """(first characters, can match empty) of a parsed sequence; None if unknown."""
    out: set[str] = set()
    for op, av in seq:
        got = _first_item(op, av, icase)
        if got is None:
            return None
        chars, nullable = got
        out |= chars
        if not nullable:
            return out, False
    return out, True


def _first_item(op, av, icase: bool) -> tuple[set[str], bool] | None:  # noqa: ANN001  (re's parse tree)
    if op is C.LITERAL:
        return _fold(av, icase), False
    if op is C.IN:
        chars: set[str] = set()
        for iop, iav in av:
            if iop is C.LITERAL:
                chars |= _fold(iav, icase)
            elif iop is C.RANGE and iav[1] - iav[0] <= _MAX_FIRST:
                for code in range(iav[0], iav[1] + 1):
                    chars |= _fold(code, icase)
            elif iop is C.CATEGORY and iav in _CATEGORIES:
                chars |= _category(iav)
            else:
                return None  # a negated class, \w or \W, or a wide range
        return chars, False
    if op in (C.AT, C.ASSERT, C.ASSERT_NOT):
        return set(), True  # zero-width: the first character is that of what follows
    if op is C.BRANCH:
        chars, nullable = set(), False
        for alt in av[1]:
            got = _first(list(alt), icase)
            if got is None:
                return None
            chars |= got[0]
            nullable = nullable or got[1]
        return chars, nullable
    if op is C.SUBPATTERN:
        _group, add, delete, sub = av
        inner = (icase or bool(add & re.IGNORECASE)) and not delete & re.IGNORECASE
        return _first(list(sub), inner)
    if op is C.ATOMIC_GROUP:
        return _first(list(av), icase)
    if op in (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT):
        low, _high, sub = av
        got = _first(list(sub), icase)
        if got is None:
            return None
        return got[0], got[1] or low == 0
    return None  # ANY, NOT_LITERAL, CATEGORY, GROUPREF...: not a small known set


@functools.lru_cache(maxsize=None)
def _category(category: object) -> frozenset[str]:
    """Every character the category's escape matches."""
    return frozenset(re.findall(_CATEGORIES[category], "".join(map(chr, range(0x10000)))))


def _fold(code: int, icase: bool) -> set[str]:
    """The character, with every character IGNORECASE matches with it when `icase`."""
    ch = chr(code)
    if not icase:
        return {ch}
    if ch.isascii():  # its two cases, and the non-ASCII letters IGNORECASE takes for it (ſ for s)
        return {ch, ch.lower(), ch.upper()} | {k for k, v in ASCII_ALIKE.items() if v == ch.lower()}
    if ch.lower() == ch == ch.upper():
        return {ch}  # uncased ("’", "–"): no character lower-cases to it (checked over all of Unicode)
    if code > 0xFFFF:
        return {ch} | {chr(c) for c in _casefold_map().get(_sre.unicode_tolower(code), ())}
    return {chr(c) for c in _casefold_map().get(_sre.unicode_tolower(code), (code,))} | {ch}


@functools.lru_cache(maxsize=1)
def _casefold_map() -> dict[int, tuple[int, ...]]:
    """lower-case code point -> every character re.IGNORECASE matches with it (Basic Multilingual Plane);
    built on first need (a pattern opening with a non-ASCII letter under IGNORECASE)."""
    groups: dict[int, set[int]] = {}
    for code in range(0x10000):
        groups.setdefault(_sre.unicode_tolower(code), set()).add(code)
    from re._casefix import _EXTRA_CASES  # type: ignore[import-not-found]  # (private: no stub)

    for low in list(groups):
        for extra in _EXTRA_CASES.get(low, ()):
            groups[low] |= groups.get(_sre.unicode_tolower(extra), {extra})
    return {low: tuple(sorted(members)) for low, members in groups.items()}


# The non-ASCII letters IGNORECASE matches with ASCII ones ("ſunday" matches "sunday", "thousandſ"
# "thousands"), and the ASCII letter each stands for.
ASCII_ALIKE: dict[str, str] = {"\u017f": "s", "\u212a": "k", "\u0130": "i", "\u0131": "i"}
_ASCII_FOLD = str.maketrans(ASCII_ALIKE)
_ASCII_ALIKE = frozenset(ASCII_ALIKE)


def ascii_lower(text: str) -> str:
    """`text` lower-cased, with the letters IGNORECASE takes for ASCII ones made ASCII: the key to look a
    case-insensitive match up in a table of lower-case words. Keeps the length and which characters are
    word characters (tests/test_classify_shortcuts.py checks it over all of Unicode)."""
    if not text.isascii():
        text = text.translate(_ASCII_FOLD)
    return text.lower()


# --------------------------------------------------------------------------- lower-cased scans
# Case-insensitive regexes run as case-sensitive ones over a lower-cased copy of the text: the same
# pattern written in lower case and compiled without the flag skips a branch on its first character,
# so over `text.lower()` it finds the same matches about three times faster (extract/dates.py scans
# every sentence for date words this way). The two agree exactly when lower-casing keeps every
# character one character (so offsets are the same) and no character of the text is one of the
# letters IGNORECASE matches with an ASCII one; `lowered` returns None for any other text, and the
# caller falls back to the original pattern. tests/test_dates.py checks both paths agree.



@functools.lru_cache(maxsize=4096)
def _safe(ch: str) -> bool:
    """Whether lower-casing `ch` keeps it one character of the same class and no ASCII look-alike."""
    low = ch.lower()
    return (len(low) == 1 and ch not in _ASCII_ALIKE and low not in _ASCII_ALIKE
            and ch.isalnum() == low.isalnum() and ch.isdecimal() == low.isdecimal()
            and ch.isspace() == low.isspace())


def lowered(text: str) -> str | None:
    """`text.lower()`, or None when a case-sensitive lower-case pattern over it could find other
    matches than the re.IGNORECASE pattern over `text`."""
    if text.isascii():
        return text.lower()
    for ch in set(text):
        if not ch.isascii() and not _safe(ch):
            return None
    return text.lower()


def lower_pattern(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """`pattern` (compiled with re.IGNORECASE) as a case-sensitive pattern for lower-cased text.

    The source is lower-cased outside escapes (\\S, \\W, \\D, \\B keep their meaning) and group
    names, and compiled with the other flags.
    """
    src = pattern.pattern
    out: list[str] = []
    i = 0
    while i < len(src):
        c = src[i]
        if c == "\\":
            out.append(src[i : i + 2])
            i += 2
            continue
        if src.startswith(("(?P<", "(?P="), i):
            j = src.index(">" if src[i + 3] == "<" else ")", i)
            out.append(src[i : j + 1])
            i = j + 1
            continue
        out.append(c.lower())
        i += 1
    return re.compile("".join(out), pattern.flags & ~re.IGNORECASE)


def blank(m: re.Match) -> str:
    """Spaces as long as the match, for `pattern.sub(blank, text)`: words left out, the text around keeps its offsets."""
    return " " * len(m.group(0))
