"""Numbers as people say them: informal magnitudes and money in slang, read over the scanned numbers.

extract/numbers.py calls `spoken_atoms` once per text, after the scan; each rule runs only where its word is in the
text (a `str.find` on the lower-cased text), so a text with none of them pays a few finds. The rules:

- "-odd" is a lower bound: "forty-odd years" at least 40 years, "twenty-odd thousand" at least 20,000, "a
  hundred-odd" at least 100 (the odd ones are more, never fewer), in words and in digits alike ("50-odd vessels",
  "2,000-odd men"), "-odd" in the surface; a sign or code before the digits keeps its money ("$50-odd").
- a collective word names a count, approx as "a dozen" is: "a baker's dozen" 13, "a score of" 20, "a gross of" 144
  ([spoken_numbers] collectives); "a couple of hundred" is twice the scale, approx (not vague: "a couple" is two).
- "a million and a half" is the scale times 1.5; "a kilo and a half", "an hour and a half" 1.5 of the unit.
- "umpteen thousand" is vague, as "thousands" (twice the scale); "umpteen" alone no number.
- "fifty-fifty" is 50 percent; "nought point five" (and "zero point two five", "three point five") a decimal.
- money in slang: "a fiver", "a tenner" (a note, [spoken_numbers] notes; "two tenners" is twenty, the notes in the
  surface), "five quid" (the currency word after the number, [spoken_numbers] currency_words), "twenty-five
  grand" (a thousand of the money; "grand" is money only after a number and before no noun, so "23 grand slam
  titles" and "Grand Prix" stay). The currency of a note or
  of "grand" is the one the text names before it (a sign or code: "$", "€", "£", "USD"), else GBP: the files' news
  is British ("quid", "fiver" are British words), as a bare "pounds" reads GBP.
- "at half price" is half, 50 percent.

Clock times, years and decades in words are extract/numspokentimes.py's.
"""

from __future__ import annotations

import re
from functools import lru_cache

from extract import numkinds as K
from extract.numscan import _Atom
from extract.numunits import unit_after
from extract.numwords import SCALES, SMALL
from extract.numspokentimes import spoken_times
from extract.numsport import evens_spans
from extract.rx import ascii_lower
from extract.spokenlex import SPOKEN
from extract.wordset import words_of

_S = r"[^\S\n]"


def lexicon() -> dict:
    """The [spoken_numbers] table of assets/lexicons/claims.toml (extract/spokenlex.py)."""
    return SPOKEN


_PETS = frozenset(SPOKEN["pets"])


def pet_nouns() -> frozenset[str]:
    """[spoken_numbers] pets: animals whose age stands in commas as a person's does (extract/numcontext.py)."""
    return _PETS


def spoken_atoms(text: str, atoms: list[_Atom]) -> list[_Atom]:
    """`atoms` with the spoken forms of this module and of extract/numspokentimes.py read (each rule only where its
    word is in the text); the new atoms replace the scanned ones they cover, in text order."""
    if "(" in text and _DIGIT_IN_BRACKETS.search(text):
        _bracket_ages(text, atoms)
    words = words_of(text)  # (cached: the claim layer asks it of the document too)
    if _TRIGGERS.isdisjoint(words) and not any(a.word for a in atoms):
        return atoms  # the usual case: no word of a rule, no number in words
    low = text.lower()
    if len(low) != len(text):
        low = ascii_lower(text)  # (offsets into `low` are offsets into `text`: "İ" lower-cased is two characters)
    new: list[_Atom] = []
    # the numbers in words beside a word of a rule (most rules start at one; most war reports have none)
    worded = [a for a in atoms if a.word and (_WORD_HIT.match(low, a.end) is not None or a.qual in ("vague", "range")
                                               or low.endswith(_WORD_BEFORE, 0, a.start))]
    if worded:
        _worded(text, low, worded, words, new)
    if "odd" in words:
        _odd(text, low, atoms, new)  # digits too: "50-odd"
    if "baker" in words or "score" in words or "gross" in words:
        _collectives(text, low, new)
    if "point" in words and (worded or "nought" in words):
        _spoken_decimals(text, low, new)
    if "half" in words:
        if "and a half" in low:
            _and_a_half(text, low, worded, new)
        if "price" in words:
            _half_price(low, new)
    spoken_times(text, low, atoms, worded, words, new)
    if "evens" in words:
        new += [_Atom(i, j, 1.0, unit="ratio") for i, j in evens_spans(low)]  # "the evens favourite" (numsport.py)
    if new:
        atoms = _replaced(atoms, new)
    if not _MONEY_WORDS.isdisjoint(words):
        atoms = _slang_money(text, low, atoms)
    return atoms


# A person's name before an age in brackets: initials and a surname ("J. Hale (88)"), a title and a name ("Mrs Okafor
# (71)"), or a first name and a surname when a town or the end follows ("John Smith (34), of Leeds", a letter's
# "Ann Lee (88), Norwich").
_INITIALS_NAME = re.compile(r"(?:\b[A-Z]\.[^\S\n]?)+[A-Z][a-z'’-]+[^\S\n]\Z|\b(?:Mr|Mrs|Ms|Miss|Dr|Sir|Dame)\.?"
                            r"[^\S\n]+[A-Z][a-z'’-]+(?:[^\S\n]+[A-Z][a-z'’-]+)?[^\S\n]\Z")
_FULL_NAME = re.compile(r"(?<![\w,])(?:^|(?<=[\s.,;:]))[A-Z][a-z]+[^\S\n][A-Z][a-z'’-]+[^\S\n]\Z", re.M)
_DIGIT_IN_BRACKETS = re.compile(r"\(\d{1,3}\)")
_TOWN_AFTER = re.compile(r"\),[^\S\n]+(?:of[^\S\n]+)?[A-Z][a-z]+(?:[^\S\n]+[A-Z][a-z]+)?(?:[,.;\n]|\Z)"
                         r"|\)[^\S\n]*(?:\n|\Z)")


def _bracket_ages(text: str, atoms: list[_Atom]) -> None:
    """ "J. Hale (88), Norwich": a small whole number in brackets right after a person's name is an age."""
    for a in atoms:
        if (a.kind != "number" or a.unit != "count" or a.start == 0 or text[a.start - 1] != "("
                or text[a.end : a.end + 1] != ")" or not a.digits.isdigit() or not 1 <= a.value <= 115):
            continue
        lo = max(0, a.start - 41)
        if _INITIALS_NAME.search(text, lo, a.start - 1) or (
                _FULL_NAME.search(text, lo, a.start - 1) and _TOWN_AFTER.match(text, a.end)):
            a.kind, a.unit = "age", "year"


# After a number in words, the words that may make it spoken ("forty-odd", "ten past", "nineteen fifty", "five
# quid", "a million and a half", "twenty-five grand", "nought point five"), and before it ("half six", "umpteen
# thousand", "point five"): a cheap test at each number in words before the rules.
_WORD_HIT = re.compile(rf"(?:[-\u2010\u2011]|{_S}+)(?:odd|fifty|past|to|point|and|k|grand|quid|o['’]|[a-z]*teen|"
                       r"eleven|twelve|ten|twenty|thirty|forty|sixty|seventy|eighty|ninety)\b|[^\S\n]*o['’]", re.I)
# Words of the rules that need no number in words before them ("a baker's dozen", "a fiver", "the nineties",
# "31 to nil", "80 grand"), as words_of gives them.
_TRIGGERS = frozenset("baker score gross couple umpteen nought naught point half price nil grand quid fiver tenner odd "
                      "fivers tenners evens "
                      "twenties thirties forties fifties sixties seventies eighties nineties noughties".split())
_MONEY_WORDS = frozenset("grand quid fiver tenner fivers tenners".split())
_WORD_BEFORE = ("half ", "umpteen ", "point ", "nought ", "zero ", "to ", "past ")


def _worded(text: str, low: str, worded: list[_Atom], words: frozenset[str], new: list[_Atom]) -> None:
    """The rules that start at a number in words (`worded`, the ones beside a word of a rule; `words` the text's)."""
    if "couple" in words:
        _couple_of_scale(low, worded)
    if "umpteen" in words:
        _umpteen(low, new)
    if "fifty" in words and "fifty-fifty" in low:
        _fifty_fifty(text, low, new)


def _replaced(atoms: list[_Atom], new: list[_Atom]) -> list[_Atom]:
    """`atoms` less those any new atom overlaps, with the new ones, in text order (a new atom inside another new one
    is left out)."""
    new.sort(key=lambda a: (a.start, -a.end))
    kept_new: list[_Atom] = []
    for a in new:
        if not kept_new or a.start >= kept_new[-1].end:
            kept_new.append(a)
    out = [a for a in atoms if not any(n.start < a.end and a.start < n.end for n in kept_new)]
    return sorted(out + kept_new, key=lambda a: a.start)


def _rekind(text: str, a: _Atom) -> None:
    """The kind and unit of a count after its span changed ("forty-odd years": a duration)."""
    a.kind, a.unit = "number", "count"
    K.number_kind(text, a, *K.tail(text, a.start), False)


_ODD = re.compile(rf"(?:[-\u2010\u2011]|{_S}+)odd\b(?!{_S}*[-\u2010\u2011])")
_SCALE_AFTER = re.compile(rf"{_S}+(thousand|million|billion)\b", re.I)


def _scale_after(low: str, b: _Atom) -> None:
    """A scale word right after the atom multiplies it and joins its surface ("twenty-odd thousand")."""
    s = _SCALE_AFTER.match(low, b.end)
    if s:
        b.scale = SCALES[s.group(1)]
        b.value *= b.scale
        b.end = s.end()


def _odd(text: str, low: str, atoms: list[_Atom], new: list[_Atom]) -> None:
    """ "forty-odd", "a hundred-odd", "twenty-odd thousand", "50-odd": at least the number. A count takes its unit
    from the words after "-odd" ("30-odd years"); money in digits keeps its currency ("$50-odd")."""
    for a in atoms:
        if a.kind not in ("number", "duration", "distance", "measurement") or a.qual in ("vague", "range"):
            continue
        m = _ODD.match(low, a.end)
        if m is None:
            continue
        b = _Atom(a.start, m.end(), a.value, qual="at_least", word=a.word, scale=a.scale, digits=a.digits)
        if a.word or a.scale == 1:
            _scale_after(low, b)  # "twenty-odd thousand", "50-odd thousand"
        if a.word or a.unit == "count":
            _rekind(text, b)
        else:
            b.kind, b.unit = a.kind, a.unit
        new.append(b)


def _couple_of_scale(low: str, atoms: list[_Atom]) -> None:
    """ "a couple of hundred", "a couple thousand": twice the scale, approx (read vague by the scan)."""
    for a in atoms:
        if a.qual == "vague" and low.startswith("a couple", a.start):
            words = low[a.start : a.end].split()
            if words[-1] in SCALES:
                a.qual = "approx"


_COLLECTIVE = re.compile(rf"\ba{_S}+(baker['’]s{_S}+dozen|score{_S}+of|gross{_S}+of)\b")
# after "a score of", a word that is no number: "a score of councils", not "a score of 3-1" or "of ninety"
_NOT_NUMBER_AFTER = re.compile(rf"{_S}+(?![\d$£€]|(?:{'|'.join(SMALL)}|twenty|thirty|forty|fifty|sixty|seventy|"
                               rf"eighty|ninety|a|an|the|his|her|their|its|just|only|about)\b)[a-z]")


def _collectives(text: str, low: str, new: list[_Atom]) -> None:
    """ "a baker's dozen" 13, "a score of councils" 20, "a gross of glow-worms" 144: approx counts."""
    table = lexicon()["collectives"]
    for m in _COLLECTIVE.finditer(low):
        word = m.group(1)
        if word.endswith("of"):
            if not _NOT_NUMBER_AFTER.match(low, m.end()):
                continue
            word, end = word.split()[0], m.end() - 3
        else:
            word, end = word.replace("  ", " "), m.end()
        value = table.get(re.sub(r"\s+", " ", word))
        if value is not None:
            b = _Atom(m.start(), end, float(value), qual="approx", word=True)
            _rekind(text, b)
            new.append(b)


_HALF_AFTER = re.compile(rf"{_S}+and{_S}+a{_S}+half\b")
_UNIT_AND_HALF = re.compile(rf"\b(an?){_S}+[a-z]+{_S}+\Z")


def _and_a_half(text: str, low: str, atoms: list[_Atom], new: list[_Atom]) -> None:
    """ "a million and a half" 1.5 million; "a kilo and a half", "an hour and a half" 1.5 of the unit."""
    for a in atoms:
        if a.word and a.kind == "number" and a.scale > 1 and a.qual != "vague":
            m = _HALF_AFTER.match(low, a.end)
            if m and low[a.start : a.end].split()[0] in ("a", "one"):
                b = _Atom(a.start, m.end(), a.value * 1.5, word=True, scale=a.scale)
                _rekind(text, b)
                new.append(b)
    at = low.find("and a half")
    while at >= 0:
        m = _UNIT_AND_HALF.search(low, max(0, at - 24), at)
        got = unit_after(text, m.start() + len(m.group(1))) if m else None
        h = _HALF_AFTER.match(low, got[2]) if got and got[0] != "number" else None
        if h is not None and m is not None and got is not None and h.end() == at + 10:  # the unit word is all that stands between "a" and "and a half"
            new.append(_Atom(m.start(), h.end(), 1.5, kind=got[0], unit=got[1], word=True))
        at = low.find("and a half", at + 10)


_UMPTEEN = re.compile(rf"\bumpteen{_S}+(hundred|thousand|million|billion)s?\b")


def _umpteen(low: str, new: list[_Atom]) -> None:
    """ "umpteen thousand": vague, twice the scale (as "thousands"); "umpteen" alone is no number."""
    for m in _UMPTEEN.finditer(low):
        new.append(_Atom(m.start(), m.end(), 2.0 * SCALES[m.group(1)], qual="vague", word=True))


def _fifty_fifty(text: str, low: str, new: list[_Atom]) -> None:
    """ "fifty-fifty": an even chance or split, 50 percent."""
    for m in re.finditer(r"\bfifty[-\u2010\u2011]fifty\b", low):
        new.append(_Atom(m.start(), m.end(), 50.0, unit="percent", word=True))


_DIGIT_WORDS = {"nought": 0, "naught": 0, "zero": 0, "oh": 0, **{w: v for w, v in SMALL.items() if v < 10}}
_DW = "|".join(_DIGIT_WORDS)
_WHOLE = {**SMALL, "nought": 0, "naught": 0}
_DECIMAL = re.compile(rf"\b({'|'.join(_WHOLE)}){_S}+point((?:{_S}+(?:{_DW})\b)+)(?![-\u2010\u2011])")


def _spoken_decimals(text: str, low: str, new: list[_Atom]) -> None:
    """ "nought point five per cent" 0.5 percent, "three point two" 3.2: a decimal said digit by digit."""
    at = low.find(" point ")
    while at >= 0:
        m = _DECIMAL.search(low, max(0, at - 10), at + 60)
        if m and m.start(0) < at < m.end(0):
            digits = "".join(str(_DIGIT_WORDS[w]) for w in m.group(2).split())
            b = _Atom(m.start(), m.end(), float(f"{_WHOLE[m.group(1)]}.{digits}"), word=True)
            _scale_after(low, b)  # "three point two million"
            _rekind(text, b)
            new.append(b)
        at = low.find(" point ", at + 7)


def _half_price(low: str, new: list[_Atom]) -> None:
    """ "at half price", "half-price tickets": half the price, 50 percent."""
    for m in re.finditer(r"\bhalf(?=[-\u2010\u2011 ]price\b)", low):
        new.append(_Atom(m.start(), m.end(), 50.0, unit="percent", word=True))


# "grand" as money: after a number and before the end of the phrase (punctuation, the end, or a word that opens
# another phrase), never before a noun ("23 grand slam titles").
_GRAND = re.compile(rf"{_S}+grand\b(?={_S}*(?:[^\w\s-]|\n|\Z)|{_S}+(?:a|an|for|on|in|to|and|or|but|each|per|"
                    rf"apiece|of|from|at|with|by|last|this|next|plus|more|less|over|under)\b)")
_NOTE = re.compile(r"\ban?[^\S\n]+(fiver|tenner)s?\b")
_NOTES_AFTER = re.compile(rf"{_S}+(fiver|tenner)s\b")  # "two tenners", "3 fivers": the count times the note
_GIVE_OR_TAKE = re.compile(rf",?{_S}+give{_S}+or{_S}+take\b")
_SIGN_CODES = (("$", "usd"), ("€", "eur"), ("£", "gbp"), ("usd", "usd"), ("eur", "eur"), ("gbp", "gbp"),
               ("dollar", "usd"), ("euro", "eur"))


def _currency_before(low: str, at: int) -> str:
    """The currency of slang money at `at`: the last sign, code or name of a currency before it, else GBP."""
    best, code = -1, "gbp"
    for sign, c in _SIGN_CODES:
        i = low.rfind(sign, 0, at)
        if i > best:
            best, code = i, c
    return code


@lru_cache(maxsize=8)
def _currency_word(word: str) -> re.Pattern:
    """The pattern of a slang currency word right after a number (" quid")."""
    return re.compile(rf"{_S}+{re.escape(word)}\b")


def _slang_money(text: str, low: str, atoms: list[_Atom]) -> list[_Atom]:
    """ "twenty-five grand", "five quid", "a fiver": money (see the module)."""
    words = lexicon()["currency_words"]
    for a in atoms:
        if a.kind not in ("number",) or a.unit not in ("count",) or a.qual == "vague":
            continue
        if a.scale == 1 and not a.qual and ("ers" in low[a.end : a.end + 9]) and (
                n := _NOTES_AFTER.match(low, a.end)):
            a.end = n.end()
            a.value *= lexicon()["notes"][n.group(1)]
            a.unit = _currency_before(low, a.start)
            continue
        g = _GRAND.match(low, a.end) if " grand" in low else None
        if g is not None and a.scale == 1:
            a.end = g.end()
            a.value *= 1000
            a.scale = 1000
            a.unit = _currency_before(low, a.start)
            continue
        for word, code in words.items():
            m = _currency_word(word).match(low, a.end) if word in low else None
            if m:
                a.unit = code
                if _GIVE_OR_TAKE.match(low, m.end()):
                    a.qual = "approx"  # "a million and a half quid, give or take"
    notes = lexicon()["notes"]
    new = [_Atom(m.start(), m.end(), float(notes[m.group(1)]), unit=_currency_before(low, m.start()), word=True)
           for m in _NOTE.finditer(low)] if "fiver" in low or "tenner" in low else []
    return _replaced(atoms, new) if new else atoms
