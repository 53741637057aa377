"""What the number scanner (extract/numbers.py) looks for, and the record it makes of each number.

Hot spots: every digit and currency sign, and every whole number word (a regex
trie, found in one pass per text). At a hot spot, the candidate forms (a date,
a clock time, a fraction, a ratio, a vague count, number words, a number) are
tried in order, the first match winning; cut by the first character, only the
forms that can start there are tried, and a plain number after a blank is read
by one regex that also rules out the other forms and a URL around it.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, fields
from types import MemberDescriptorType

from extract.currencies import DOLLAR_PREFIXES, SIGN_CHARS
from extract.numcontext import DENOMINATOR_WORDS
from extract.numwords import MULTIPLIER_WORDS, NUMBER_WORDS, VAGUE
from extract.records import Quantity
from extract.rx import guarded
from extract.trie import trie_alternation

_S = r"[^\S\n]"
_WORDS = "|".join(sorted(NUMBER_WORDS, key=len, reverse=True))
_PREFIXES = "|".join(sorted(DOLLAR_PREFIXES, key=len, reverse=True))  # "A$", "NZ$" (extract/currencies.py)
_SIGNS = SIGN_CHARS.replace("$", "")  # the one-character signs but "$" ("€", "₩")
# "scores" alone is a vague count as the subject of what befell people ("and scores were injured", "Scores died"):
# after no word but "and", "but", "while" or "with", not a noun's results ("the test scores were hurt") nor the
# verb ("she scores twice").
_SCORES_FATE = (r"(?:(?:were|are|have{_S}+been|had{_S}+been|remain|remained){_S}+)?(?:injured|hurt|wounded|killed|"
                r"died|dead|arrested|detained|abducted|kidnapped|missing|trapped|rescued|evacuated|displaced|hospitali[sz]ed|drowned|"
                r"stranded|fled|sickened|poisoned|burned|buried)\b").format(_S=_S)
# The candidate forms at a hot spot, in the order they are tried (first match wins).
CAND_FORMS: dict[str, str] = {
    "ndate": r"""(?P<ndate>(?<![\w.,/-])(?:\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|\d{1,2}[-/.]\d{1,2}[-/.](?:\d{4}|\d{2}))
        (?![\w/-]|[.,]\d))""",
    "clock": rf"""(?P<clock>(?<![\w.,:])(?:[01]?\d|2[0-3])[:.][0-5]\d{_S}?(?:[ap]\.m\.|[ap]m\b)
   |(?<![\w.,:])(?:[01]?\d|2[0-3]):[0-5]\d(?::[0-5]\d)?(?![\d:])
   |(?<![\w.,:])(?:1[0-2]|0?\d){_S}?(?:[ap]\.m\.|[ap]m\b)
   |(?<![\w.,:])(?:1[0-2]|0?\d){_S}+o['’]clock\b)""",
    "slash": r"""(?P<slash>(?<![\w.,/])\d{1,4}/\d{1,4}(?![\w/]|[.,]\d))""",
    "ratio": rf"""(?P<ratio>(?<![\w.,:])\d[\d,]*(?:\.\d+)?(?::|{_S}:{_S})\d+(?:\.\d+)?(?![\d:]))""",
    "vague": rf"""(?P<vague>\b(?:(?:tens|hundreds|dozens){_S}+of{_S}+(?:thousands|millions|billions)
   |(?:a{_S}+few|several|a{_S}+couple(?:{_S}+of)?|many){_S}+(?:hundreds?|thousands?|millions?)(?:{_S}+(?:thousand|million|billion)\b)?
   |dozens|hundreds|thousands|millions|billions|tens(?={_S}+of\b)|scores(?={_S}+(?:of|more)\b|(?:(?<!\w\sscores)(?<!\w\s\sscores)|(?<=\band\sscores)|(?<=\bbut\sscores)
   |(?<=\bwhile\sscores)|(?<=\bwith\sscores)){_S}+{_SCORES_FATE}))\b)""",
    "word": rf"""(?P<word>\b(?:an?{_S}+(?=(?:half|quarter|dozen|hundred|thousand|million|billion|trillion)\b)
   |(?:a{_S}+)?(?:half|quarter)[\s\u00a0-]+(?=(?:of{_S}+)?(?:an?|[a-z]){_S}+(?:dozen|thousand|million|billion|trillion)\b)
   |(?:{_WORDS})\b))""",
    "num": rf"""(?P<num>(?P<sign>[-−])?(?P<cur>(?:{_PREFIXES})?\${_S}?|[{_SIGNS}]{_S}?)?
   (?P<dig>(?<![\d,.])\d{{1,3}},\d{{1,2}}(?={_S}+(?:million|billion|trillion|thousand)\b)
   |(?<![\d,.])\d{{1,3}}(?:[,\u066c]\d{{3}})+(?:[.\u066b]\d+)?
   |(?<![\d,.])\d{{1,3}}(?:[\u00a0\u202f\u2009]\d{{3}})+(?:\.\d+)?
   |(?<!\d)\d+(?:[.\u066b]\d+)?
   |(?<![\d.])\.\d+))""",
}


def _cand(*forms: str) -> re.Pattern:
    return re.compile("|".join(CAND_FORMS[f] for f in forms), re.I | re.X)


CAND = _cand(*CAND_FORMS)
# The same alternation cut by the first character (the forms that cannot start there left out, the
# order kept): a digit starts a date, clock time, fraction, ratio or number; a currency sign, minus
# or point only a number; anything else (a letter) a vague count, number words, or "US$".
CAND_DIGIT = _cand("ndate", "clock", "slash", "ratio", "num")
CAND_NUM = _cand("num")
CAND_OTHER = _cand("vague", "word", "num")
# A plain number after a blank (or at the start): no URL or handle around it (as PLAIN_TOKEN), only the
# number form possible (as PLAIN_DIGITS), and that form's match. The general path in _scan gives the same.
PLAIN_NUMBER = re.compile(r"(?=[^\s/.@\#]*+\.?(?!\S))(?=\d[\d,]*+(?![-/.:]\d|[^\S\n]*+(?:[ap]\.?m|o['’]|:)))"
                           + CAND_FORMS["num"], re.I | re.X)
# PLAIN_NUMBER for the commonest case, at a third of its cost: a run of ASCII digits that no digit, thin or
# no-break space, comma and a digit or comma, nor a point, dash, slash or colon and a digit continues (so the
# "num" form's digits are the run), with PLAIN_NUMBER's two lookaheads (the second one after a comma, as
# PLAIN_NUMBER's [\d,]*+ takes it). Where it matches, PLAIN_NUMBER matches the same span with no sign or
# currency sign (tests/test_numbers_properties.py); where it does not, PLAIN_NUMBER is asked.
PLAIN_DIGIT_RUN = re.compile(
    r"(?=[^\s/.@\#]*+\.?(?!\S))[0-9]++"
    r"(?![\d\u00a0\u202f\u2009]|,[\d,]|,?(?:[-/.:]\d|[^\S\n]*+(?:[ap]\.?m|o['’]|:)))",
    re.I,
)
NUM_FIRST = frozenset(SIGN_CHARS + "-−.")
# Digits (and commas) after which no date, clock time, fraction or ratio can follow: no [-/.:] and a
# digit next, nor (after white space) "am"/"a.m."/"pm", "o'clock" or ":" (5 : 1). Then only the number
# form can match. (Inside the run every character is a digit or a comma, which no other form needs there.)
PLAIN_DIGITS = re.compile(r"\d[\d,]*+(?![-/.:]\d|[^\S\n]*+(?:[ap]\.?m|o['’]|:))", re.I)


# URLs, e-mail addresses, @handles and #hashtags: the numbers inside them are kind "url" or "handle".
_MASK = re.compile(
    r"(?P<url>(?:https?://|www\.)[^\s<>\"“”]+|\b[\w.+-]+@[\w-]+\.[\w.]+"
    r"|\b[\w-]+(?:\.[\w-]+)*\.(?:com|org|net|gov|edu|int|info|io|co|uk|sy|ru|tr|de|fr|me|ly|tv|news)\b(?:/[^\s<>\"“”]*)?)"
    r"|(?P<handle>(?<![\w@])@\w+|(?<![\w&])#[^\W\d_]\w*)",
    re.I,
)
_TOKEN_END = re.compile(r"[^\s\u00a0]*")


def masked_token(text: str, p: int) -> tuple[int, int, str] | None:
    """The URL, e-mail address, @handle or #hashtag around position p, as (start, end, kind), or None."""
    lo = max(0, p - 200)
    left = text.rfind(" ", lo, p)
    for sep in ("\n", "\t", "\u00a0"):
        left = max(left, text.rfind(sep, lo, p))
    ts = left + 1 if left >= 0 else lo
    m = _TOKEN_END.match(text, p)
    te = m.end() if m else p
    token = text[ts:te]
    if "/" not in token and "." not in token and "@" not in token and "#" not in token:
        return None  # the usual case: a plain word or number
    u = _MASK.search(token)
    if u is None or not (u.start() <= p - ts < u.end()):
        return None
    return ts + u.start(), ts + u.end(), u.lastgroup or "url"


def cand_match(text: str, i: int) -> re.Match | None:
    """CAND.match(text, i), trying only the forms that can start with text[i]."""
    if i >= len(text):
        return None
    c = text[i]
    if c.isdecimal():
        return (CAND_NUM if PLAIN_DIGITS.match(text, i) else CAND_DIGIT).match(text, i)
    return (CAND_NUM if c in NUM_FIRST else CAND_OTHER).match(text, i)



# Hot spots: digits, currency signs and number words, scanned in the lower-cased text.
HOT_WORDS = sorted(set(NUMBER_WORDS) | set(VAGUE) | DENOMINATOR_WORDS | set(MULTIPLIER_WORDS))
# The hot spots are every digit and currency sign, and every whole number word: the words are found
# in one pass per text (a list), the signs and digits by a one-character search between two words.
HOT_WORD = re.compile(r"\b" + trie_alternation(HOT_WORDS) + r"\b")
HOT_WORD_I = guarded(HOT_WORD.pattern, re.I)
HOT_CHAR = re.compile(r"[\d" + re.escape(SIGN_CHARS) + "]")
# The same two for an ASCII text, where they find the same places: \b and \d are the same on ASCII characters
# whether read as Unicode or as ASCII, and no currency sign but "$" is ASCII. ASCII \b and a digit class are
# tested cheaper than their Unicode forms, at every character of the text.
HOT_WORD_ASCII = re.compile(HOT_WORD.pattern, re.ASCII)
HOT_CHAR_ASCII = re.compile(r"[0-9$]")
# HOT_WORD_ASCII with the character before the word read in place of its \b (every hot word starts with a
# letter, so a match starts where a letter follows a character that is none of [a-z0-9_], or the text's start):
# re then skips from one such character to the next (a class opening the pattern) instead of trying the pattern
# at every character. Over " " + the lower-cased ASCII text (`hot_words_ascii`).
_HOT_WORD_AFTER_BLANK = re.compile(r"[^a-z0-9_](" + trie_alternation(HOT_WORDS) + r")\b", re.ASCII)
# HOT_CHAR_ASCII that also reads, in the same search, a plain number there (the "plain" group, which ends the
# match): a digit after a token separator (or at the start) where PLAIN_DIGIT_RUN matches, as numbers.py asks.
# Searched without an end bound, as its lookaheads read past the digits.
HOT_CHAR_PLAIN_ASCII = re.compile(
    r"[0-9$](?P<plain>(?<=[0-9])(?<![^ \n\t\u00a0][0-9])" + PLAIN_DIGIT_RUN.pattern.replace("[0-9]++", "[0-9]*+", 1)
    + ")?", re.I)


def hot_words_ascii(low: str) -> list[tuple[int, str]]:
    """(start, word) of every match of HOT_WORD_ASCII in `low` (a lower-cased ASCII text), as finditer gives them,
    found by _HOT_WORD_AFTER_BLANK over " " + low: a match from i (the character before) to j is the word from
    i to j - 1 of `low`, and the next word starts after the character at j - 1 of `low`, which the final \\b
    makes none of [a-z0-9_] (tests/test_speed14_shortcuts.py compares the two)."""
    padded = " " + low
    scan = _HOT_WORD_AFTER_BLANK.search
    out = []
    m = scan(padded)
    while m is not None:
        out.append((m.start(), m.group(1)))
        m = scan(padded, m.end())
    return out


HOT_RUN = re.compile(r"\d[\d,.:/-]*")  # the run of a number from a digit hot spot
# A token at a hot spot with no "/", ".", "@" or "#" up to the next white space (but a last full stop, which
# no address or handle ends in: the masks need a letter after a dot) cannot be a URL or handle.
PLAIN_TOKEN = re.compile(r"[^\s/.@#]*+\.?(?!\S)")
TOKEN_SEPARATORS = frozenset(" \n\t\u00a0")

def _quantity_maker() -> Callable[..., Quantity]:
    """Quantity(...) made faster, at one Quantity per number.

    Its frozen dataclass __init__ sets each field through object.__setattr__. Here the fields are set on an
    object of a plain class with the same slots (ordinary attribute stores), which then becomes a Quantity
    (`__class__` assignment, allowed between classes of the same layout): the same object at about a third
    of the cost. Falls back to the class whenever Quantity is not the plain frozen slots record this expects.
    """
    names = ("value", "low", "high", "qualifier", "unit", "surface", "char_start", "char_end", "kind")
    if (tuple(f.name for f in fields(Quantity)) != names or hasattr(Quantity, "__post_init__")
            or getattr(Quantity, "__slots__", None) != names
            or not all(isinstance(Quantity.__dict__.get(n), MemberDescriptorType) for n in names)):
        return Quantity
    mirror = type("_QuantitySlots", (), {"__slots__": names})
    new = object.__new__

    def make(value, low, high, qualifier, unit, surface, char_start, char_end, kind):  # noqa: ANN001, ANN202
        q = new(mirror)
        q.value = value
        q.low = low
        q.high = high
        q.qualifier = qualifier
        q.unit = unit
        q.surface = surface
        q.char_start = char_start
        q.char_end = char_end
        q.kind = kind
        q.__class__ = Quantity
        return q

    try:
        probe = make(1.0, 1.0, 1.0, "exact", "count", "1", 0, 1, "number")
    except TypeError:  # the layouts differ after all
        return Quantity
    if probe != Quantity(1.0, 1.0, 1.0, "exact", "count", "1", 0, 1, "number"):
        return Quantity
    return make


new_quantity = _quantity_maker()


# The number being read: where it is, its value, and what the rules decided so far.
@dataclass(slots=True)
class _Atom:
    start: int
    end: int
    value: float
    kind: str = "number"
    unit: str = "count"
    qual: str | None = None  # set by the number itself: "vague", "approx" (a dozen), "at_least" (30+)
    word: bool = False
    scale: int = 1
    digits: str = ""  # the digits as written, for year and clock checks
    low: float | None = None
    high: float | None = None


def joined_pairs(atoms: list[_Atom], join: Callable[[_Atom, _Atom], bool]) -> list[_Atom]:
    """`atoms` with each atom that `join` folds into the one before it left out. `join(a, b)` extends `a` over its
    successor `b` in place and says whether it did; a folded `b` is not tried against its own successor. (Numbers
    written across a break: "2.4 × 10⁶", "1,\\n200".)"""
    out: list[_Atom] = []
    i, n = 0, len(atoms)
    while i < n:
        a = atoms[i]
        if i + 1 < n and join(a, atoms[i + 1]):
            i += 1
        out.append(a)
        i += 1
    return out
