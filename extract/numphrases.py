"""Numbers written in words: runs of number words ("two hundred and fifty", "seven and nine") and vague
counts ("dozens", "tens of thousands"), read where extract/numbers.py's scan found them; and number words that
are no counts ("no one", "Johnny Six", "two-thirds" as a fraction)."""

from __future__ import annotations

import re

from extract import numcontext as C
from extract import numkinds as K
from extract import numsenses as NS
from extract.numkinds import _DENOMINATORS, MONTH_WORDS, before_words
from extract.numscan import _Atom
from extract.numunits import unit_after
from extract.numwords import NUMBER_WORDS, SCALES, VAGUE, VAGUE_MULTIPLIERS, parse_word_run, split_between
from extract.rx import ascii_lower
from extract.spokenlex import SPOKEN

_S = r"[^\S\n]"

# (a line break ends the number, but for a compound broken over two lines at its hyphen: "twenty-\nfive")
_TOKEN = re.compile(r"[^\S\n]*(,[^\S\n]*)?(?:[-\u2010\u2011]\n?[^\S\n]*)?([A-Za-z]+)")
_BIG_SCALES = ("thousand", "million", "billion", "trillion")
_UNDER_100 = frozenset(NUMBER_WORDS) - set(SCALES) - {"dozen", "half", "quarter"}
_TOKEN_OK = frozenset(NUMBER_WORDS) | {"and", "a", "an", "of", "dozen"}
_FRACTION_SCALE = re.compile(r"[^\S\n]+(?:of[^\S\n]+)?(?:an?[^\S\n]+)?(thousand|million|billion|trillion)\b", re.I)


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
    if m.group()[:1].isupper() and _vague_in_name(m.string, m.start()):
        return _Atom(m.start(), m.end(), 0.0, kind="drop", word=True)  # "the Mega Millions jackpot": a name
    return _Atom(m.start(), m.end(), float(value * scale), qual="vague", word=True)


def _vague_in_name(text: str, s: int) -> bool:
    """A capitalised vague word after a capitalised word that follows "the" or a lower-case word: a name ("the Mega
    Millions draw"); not at a sentence start ("Thousands marched") nor in a title ("Rebels Kill Dozens")."""
    line = text[max(text.rfind("\n", 0, s) + 1, s - 60) : s]
    words = line.split()
    if not line.endswith((" ", "\u00a0")) or len(words) < 2 or not _CAP_WORD.fullmatch(words[-1]):
        return False
    before = words[-2]
    return words[-1] not in MONTH_WORDS and (before.islower() or before == "The") and not before.endswith(
        (".", "!", "?", ":"))


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
        if toks and "\n" in text[pos : t.start(2)] and t.start(2) - pos > 2:
            break  # (_TOKEN crosses a line break only right after a hyphen: "twenty-\nfive" is one number)
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
        word_kind(text, atom)
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


# Number words that are no counts (moved from extract/numkinds.py, which keeps the rules of digits).
_FRACTION_AFTER = re.compile(
    rf"{_S}*[-\u2010\u2011]?{_S}*(?P<d>halves|thirds?|quarters?|fifths?|sixths?|sevenths?|eighths?|ninths?|tenths?)\b", re.I
)
# ", one of them seriously": a part of the count before, the manner of its harm after (an adverb in -ly).
_PART_OF_LIST = re.compile(rf"{_S}+of{_S}+(?:them|whom){_S}+(?!only\b|early\b|likely\b)[a-z]+ly\b")
# "one of its peacekeepers was killed", "one of his sons had been abducted": one of a group of the speaker's or a
# side's own people, to whom harm was done, is a count of one (not "one of its kind", "one of the worst").
_ONE_OF_OWN = re.compile(rf"{_S}+of{_S}+(?:its|their|his|her|our|my){_S}+(?:[A-Za-z-]+{_S}+)?[a-z]+s{_S}+"
                         rf"(?:was|had{_S}+been|has{_S}+been){_S}+(?:killed|wounded|injured|shot|hurt|slain|murdered|"
                         rf"abducted|kidnapped|captured|arrested|detained|taken|executed)\b")
# "...: 17 of D Company and one of the carrier crews": the last item of a list after a colon whose items are "N of X",
# a count of one of its own (not a pronoun): a colon, a count and "of", then "and" (or a comma) right before "one".
_GAPPED_ONE = re.compile(rf":{_S}*(?:\d[\d,]*|[A-Za-z]+){_S}+of{_S}+[^:;.]{{1,60}}?(?:,|{_S}and){_S}+\Z")
_ZERO_TERMS = frozenset((w,) for w in SPOKEN["zero_terms"])
_PRONOUN_PREV = frozenset("no any every each this that which another the such someone little last".split())
_PRONOUN_NEXT = frozenset(
    "of another who whom whose can could would should might must may will shall by after side hand way thing "
    "point one's".split()
)
# Verbs (and "and") that make the next "that" a conjunction: "said that one was killed".
_THAT_CLAUSE_BEFORE = frozenset("said says say claimed claims claim reported reports added confirmed confirms "
                                "announced stated states and showed shows show believed believe feared fear insisted "
                                "admitted denied told tells acknowledged alleged estimated noted".split())
_NEXT_WORD = re.compile(r"([^\S\n]*)([\w’']+|[^\w\s])?")
# What may stand between the verb and its "that": "said on Sunday that", "told reporters late on Friday that".
_TIME_OR_HEARER = frozenset("on in late early yesterday today tonight last this earlier later monday tuesday wednesday "
                            "thursday friday saturday sunday morning afternoon evening night week reporters journalists "
                            "a statement".split())


def _said_that(text: str, one_start: int) -> bool:
    """Whether the "that" before "one" opens what was said: a verb of saying right before it, or before a time
    phrase or the hearers ("said on Sunday that one soldier had died", "said on 7 February that one")."""
    words = next((w for k in range(6, 1, -1) if (w := before_words(text, one_start, k))), ())
    if not words or words[-1] != "that":
        return False
    for word in reversed(words[:-1]):
        if word in _THAT_CLAUSE_BEFORE:
            return True
        if word not in _TIME_OR_HEARER and not (word.isdigit() and len(word) <= 2 or word.capitalize() in MONTH_WORDS):
            return False  # ("said on 7 February that one ...": a date between)
    return False


# "number" as the verb of a count: "the dead number eight", "casualties so far number nine", "the rebels now number
# five" (not a ranking's "at number one", "the number two").
_COUNTED_NUMBER = re.compile(r"\b(?:dead|killed|wounded|injured|casualties|victims|fatalities|deaths|missing|rebels|"
                             r"fighters|troops|soldiers|men|survivors|displaced|refugees)\s+(?:(?:now|so\s+far|still|only)\s+)?"
                             r"number\s+\Z", re.IGNORECASE)


def word_kind(text: str, a: _Atom) -> None:
    """Number words that are no numbers: "one" as a pronoun, fractions ("two-thirds")."""
    f = _FRACTION_AFTER.match(text, a.end)
    if f and a.scale == 1 and a.value < 100:
        a.kind, a.unit = "fraction", "fraction"  # a share of something is made a percentage by numcontext
        a.value = a.value / _DENOMINATORS.get(f.group("d").lower().rstrip("s"), 1)
        a.end = f.end()
        return
    surface = text[a.start : a.end]
    if a.scale > 1 and text[a.start - 5 : a.start].lower() == " per " and text[a.start - 6 : a.start - 5].isalpha() and (
            surface.lower() in _BIG_SCALES):
        a.kind = "drop"  # "424 parts per million", "5 deaths per million people": a rate's base (not "3 per thousand")
        return
    if surface[:1].isupper() and not surface.isupper() and _in_name(text, a.start):
        a.kind, a.unit = "name", "name"  # "Johnny Six", not a headline's "Kill Six"
        return
    if a.value <= 10 and text[a.start - 7 : a.start - 1].lower() == "number" and before_words(text, a.start, 1) == (
            "number",) and not _COUNTED_NUMBER.search(text, max(0, a.start - 40), a.start):
        a.kind, a.unit = "ordinal", "ordinal"  # "went in at number one", "the number two": a place in a ranking
        return
    if surface.lower() == "zero" and a.start and before_words(text, a.start, 1)[:1] in _ZERO_TERMS:
        a.kind = "drop"  # "Absolute zero is -273.15C", "at ground zero": a term ([spoken_numbers] zero_terms)
        return
    if surface.lower() != "one" or _PROPORTION_AFTER.match(text, a.end):
        return  # "one in five adults" is a number
    prev = before_words(text, a.start, 1)
    if prev and prev[0] in _PRONOUN_PREV and not (prev[0] == "that" and _said_that(text, a.start)):
        a.kind = "drop"  # "no one", "that one"; but "claimed that one had sunk" counts one
        return
    nx = _NEXT_WORD.match(text, a.end)
    word = (nx.group(2) or "").lower() if nx else ""
    if word.startswith(("'", "’")) or word in _PRONOUN_NEXT:
        if not (word == "of" and (_PART_OF_LIST.match(text, a.end) and text[: a.start].rstrip()[-1:] == ","
                                  or _ONE_OF_OWN.match(text, a.end)
                                  or ":" in text[max(0, a.start - 80) : a.start] and _GAPPED_ONE.search(
                                      text, max(0, a.start - 80), a.start))):
            a.kind = "drop"  # (", one of them seriously", in apposition to a count: one of it, a count)
    elif prev and prev[0] in _PLACE_PREPOSITIONS and (not word or word in _CLAUSE_END):
        a.kind = "drop"  # "in 3 of the 27 wells, and a weedkiller in one.": one of them, said before
    elif _one_of_a_kind(text, a.start, word) or (nx and _one_night(text, nx)) or _ordinal_one(text, a.start) or (
            not word[:1].isalnum() and _each_has_one(text, a.start)):
        a.kind = "drop"  # "4,000 in a good one", "one June night"
    elif nx and not nx.group(1) and word == "-":
        if unit_after(text, a.end) is None and not NS.counted_compound(text, a.end):
            a.kind = "drop"  # "one-sided", not "one-year" nor "a one-bed flat"


# "in one." / "from one,": "one" closing its clause after a preposition of place stands for a noun said before.
_PLACE_PREPOSITIONS = frozenset("in into from".split())
_CLAUSE_END = frozenset(".,;:)!?")
# "a good one", "the big one": "one" after an article and an adjective stands for a noun said before, when the
# phrase ends there or a preposition or conjunction follows (not "a further one", which adds one more).
_ARTICLES = frozenset("a an the every each this that".split())
_NOT_PRONOUN_ADJ = frozenset("further additional extra more mere total single only second third fourth fifth".split()
                             ) | frozenset(NUMBER_WORDS)
_PHRASE_GOES_ON = frozenset("in on at for of and or but that this with to is was too".split())
_TIMES_OF_DAY = frozenset("night morning evening afternoon day weekend".split())


def _one_of_a_kind(text: str, start: int, next_word: str) -> bool:
    """ "one" after an article and an adjective, closing its phrase: a pronoun ("against 4,000 in a good one")."""
    if next_word and next_word[0].isalnum() and next_word not in _PHRASE_GOES_ON:
        return False
    prev = before_words(text, start, 2)
    return (len(prev) == 2 and prev[0] in _ARTICLES and prev[1].isalpha() and prev[1].islower()
            and prev[1] not in _NOT_PRONOUN_ADJ)


# "a second one took 600 more", "the third one": "one" after an article and an ordinal stands for a noun said before
# (the ordinal numbers it; the count is the noun's, told elsewhere).
_ORDINAL_WORDS = frozenset("second third fourth fifth sixth seventh eighth ninth tenth".split())


def _ordinal_one(text: str, start: int) -> bool:
    """ "one" after "a"/"the" and an ordinal word: a pronoun ("a second one", "the third one")."""
    prev = before_words(text, start, 2)
    return len(prev) == 2 and prev[1] in _ORDINAL_WORDS and prev[0] in ("a", "the")


# "13 million people hold one", "most households own one": a plural subject, a verb of having in the present and
# "one" closing the clause is "one each" of a thing named before, a pronoun (not "rebels destroyed 3 tanks and
# damaged one", whose "one" is the elided count of a deed).
_HAVE_VERBS = frozenset("have hold own use carry want need get".split())
_PLURAL_PEOPLE = frozenset("people men women children adults voters users drivers residents".split())


def _each_has_one(text: str, start: int) -> bool:
    """ "people hold one": a verb of having, in the present plural, after a plural subject, before "one" closing
    its clause."""
    prev = before_words(text, start, 2)
    if len(prev) != 2 or prev[1] not in _HAVE_VERBS:
        return False
    noun = prev[0]
    return noun in _PLURAL_PEOPLE or len(noun) > 3 and noun.endswith("s") and not noun.endswith("ss")


def _one_night(text: str, nx: re.Match) -> bool:
    """ "one June night", "one May morning": "one" before a month and a time of day is "a certain", no count."""
    if nx.group(2) not in MONTH_WORDS:
        return False
    after = _NEXT_WORD.match(text, nx.end())
    return after is not None and (after.group(2) or "").lower() in _TIMES_OF_DAY


_CAP_WORD = re.compile(r"[A-Z][a-z]+")
_PROPORTION_AFTER = re.compile(
    rf"{_S}+(?:in(?:{_S}+(?:every|each))?|out{_S}+of){_S}+(?:\d|(?:two|three|four|five|six|seven|eight|nine|ten|"
    rf"twenty|hundred|a{_S}+hundred|thousand|a{_S}+thousand)\b)", re.I)
def _in_name(text: str, s: int) -> bool:
    """A capitalised number word right after a capitalised word, neither starting a sentence nor in a title.

    "forces—Johnny Six" and "and Johnny Six" are names; "Attack Kills Six" (title case) is a count.
    """
    line = text[max(text.rfind("\n", 0, s) + 1, s - 60) : s]
    if not line.endswith((" ", "\u00a0")):
        return False
    words = line.replace("—", " ").replace("–", " ").split()  # dashes part words as spaces do
    if len(words) < 2 or not _CAP_WORD.fullmatch(words[-1]) or words[-1] in MONTH_WORDS:
        return False
    before = words[-2]
    return before[:1].islower() and not before.endswith((".", "!", "?", ":"))
