"""Number words: the lexicon and the parser for compounds like "two hundred and fifty".

Kept apart from the scanner (extract/numbers.py) so the word tables are one
readable place. Vague counts follow ../shared/gold/GUIDELINES.md: each takes
the smallest value the word allows ("dozens" 24, "hundreds" 200, ...).
"""

from __future__ import annotations

from functools import lru_cache

SMALL: dict[str, int] = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}
TENS: dict[str, int] = {
    "twenty": 20, "thirty": 30, "forty": 40, "fourty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90,
}
SCALES: dict[str, int] = {
    "hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000,
    "trillion": 1_000_000_000_000,
}
# Scale abbreviations fused to digits ("$27m", "1.5bn", "5k").
SCALE_ABBREVIATIONS: dict[str, int] = {
    "k": 1_000, "m": 1_000_000, "mn": 1_000_000, "mln": 1_000_000, "mil": 1_000_000,
    "b": 1_000_000_000, "bn": 1_000_000_000, "bln": 1_000_000_000, "tn": 1_000_000_000_000,
}
FRACTIONS: dict[str, float] = {"half": 0.5, "quarter": 0.25}
# Fraction signs written right after digits ("3½ weeks").
VULGAR_FRACTIONS: dict[str, float] = {"½": 0.5, "¼": 0.25, "¾": 0.75, "⅓": 1 / 3, "⅔": 2 / 3, "⅛": 0.125}

# Vague counts: plural scale words and their smallest value.
VAGUE: dict[str, float] = {
    "dozens": 24, "scores": 40, "tens": 20, "hundreds": 200, "thousands": 2_000,
    "millions": 2_000_000, "billions": 2_000_000_000,
}
# "tens of thousands", "hundreds of millions": the first word times the scale.
VAGUE_MULTIPLIERS: dict[str, float] = {"tens": 20, "hundreds": 200, "dozens": 24}
# "several hundred", "a few thousand": quantifiers that make a scale word vague.
VAGUE_QUANTIFIERS: tuple[str, ...] = ("a few", "a couple of", "a couple", "several", "few", "many", "some")

# Multipliers in one word: "a threefold rise" is a ratio of 3 (extract/numshapes.py).
MULTIPLIER_WORDS: dict[str, float] = {
    "twofold": 2, "threefold": 3, "fourfold": 4, "fivefold": 5, "sixfold": 6, "sevenfold": 7, "eightfold": 8,
    "ninefold": 9, "tenfold": 10, "hundredfold": 100, "thousandfold": 1000,
}
# and every other unit, teen or ten: "a twelvefold rise", "rose thirtyfold", "a fortyfold increase"
MULTIPLIER_WORDS.update({w + "fold": float(v) for w, v in (*SMALL.items(), *TENS.items()) if v > 1})

NUMBER_WORDS: tuple[str, ...] = tuple(SMALL) + tuple(TENS) + tuple(SCALES) + ("dozen",) + tuple(FRACTIONS)


def word_value(word: str) -> int | None:
    """The value of one number word ("seven" 7, "twenty" 20), else None."""
    w = word.lower()
    return SMALL.get(w) if w in SMALL else TENS.get(w)


def small_count(word: str) -> int:
    """The value of a short count as a date phrase writes it ("four days later", "a day later", "lasted 3 days"):
    digits, a small number word, or "a"/"an" for one. A KeyError for any other word (callers' patterns allow only
    these)."""
    w = word.lower()
    return int(w) if w.isdigit() else 1 if w in ("a", "an") else SMALL[w]


def parse_word_tokens(tokens: list[str]) -> list[tuple[int, int, float, bool]]:
    """Split a run of number-word tokens into numbers.

    `tokens` are lower-cased words and connectors ("and", "a", "of"), in order.
    Returns (first token, last token + 1, value, approximate) for each number;
    "seven and nine" gives two numbers, "two hundred and fifty" one, "a dozen"
    one approximate 12, "half a million" 500000.
    """
    out: list[tuple[int, int, float, bool]] = []
    i, n = 0, len(tokens)
    while i < n:
        got = _parse_one(tokens, i)
        if got is None:
            i += 1
            continue
        end, value, approx = got
        if end < n and tokens[end] in SCALES and "and" in tokens[i + 1 : end]:
            # "five hundred and five hundred": the last "and" separates two numbers
            cut = i + 1 + max(k for k, w in enumerate(tokens[i + 1 : end]) if w == "and")
            shorter = _parse_one(tokens[:cut], i)
            if shorter is not None:
                end, value, approx = shorter
        out.append((i, end, value, approx))
        i = end
    return out


@lru_cache(maxsize=1024)
def parse_word_run(tokens: tuple[str, ...]) -> tuple[tuple[int, int, float, bool], ...]:
    """parse_word_tokens for a tuple of tokens, cached: the answer depends only on these few words, and the same
    short runs ("one", "two of", "a dozen") come back in text after text."""
    return tuple(parse_word_tokens(list(tokens)))


def split_between(tokens: list[str]) -> list[tuple[int, int, float, bool]] | None:
    """After "between": the split of a run at an "and" into two whole numbers A < B, if any.

    "five hundred and one thousand" alone reads 501000; after "between" it is 500 and 1000.
    """
    for k, w in enumerate(tokens):
        if w != "and" or k == 0:
            continue
        left, right = parse_word_tokens(tokens[:k]), parse_word_tokens(tokens[k + 1 :])
        if len(left) == 1 and len(right) == 1 and left[0][:2] == (0, k) and right[0][:2] == (0, len(tokens) - k - 1):
            a, b = left[0], right[0]
            if a[2] < b[2]:
                return [a, (b[0] + k + 1, b[1] + k + 1, b[2], b[3])]
    return None


def _parse_one(t: list[str], i: int) -> tuple[int, float, bool] | None:
    """Longest number starting at token i: (end, value, approximate) or None."""
    n = len(t)
    # "half a million", "a quarter of a million", "half a dozen"
    j = i
    if t[j] in ("a", "an") and j + 1 < n and t[j + 1] in FRACTIONS:
        j += 1
    if t[j] in FRACTIONS:
        k = j + 1
        if k < n and t[k] == "of":
            k += 1
        if k < n and t[k] in ("a", "an"):
            k += 1
        if k < n and (t[k] in SCALES and t[k] != "hundred" or t[k] == "dozen"):
            scale = 12 if t[k] == "dozen" else SCALES[t[k]]
            return k + 1, FRACTIONS[t[j]] * scale, t[k] == "dozen"
        return None
    if t[i] in ("a", "an"):
        if i + 1 < n and t[i + 1] == "dozen":
            return i + 2, 12.0, True
        if i + 1 < n and t[i + 1] in SCALES:
            total, current, end = _compound(t, i + 1, 1)
            return end, float(total + current), False
        return None
    if t[i] == "dozen":
        return None
    if t[i] in SCALES:  # a bare "million" ("killed another million")
        if t[i] == "hundred":
            return None
        total, current, end = _compound(t, i, 1)
        return end, float(total + current), False
    if t[i] not in SMALL and t[i] not in TENS:
        return None
    total, current, end = _compound(t, i, 0)
    # "two dozen"
    if end < n and t[end] == "dozen" and total == 0 and 0 < current < 100:
        return end + 1, float(current * 12), True
    # "one and a half million"
    if (end + 3 < n and t[end] == "and" and t[end + 1] == "a" and t[end + 2] == "half"
            and t[end + 3] in SCALES and total == 0 and 0 < current < 1000):
        return end + 4, (current + 0.5) * SCALES[t[end + 3]], False
    # "six and a half years", "two and a half hours"
    if (end + 2 < n and t[end] == "and" and t[end + 1] == "a" and t[end + 2] == "half" and total == 0
            and 0 < current < 100):
        return end + 3, current + 0.5, False
    return end, float(total + current), False


def _compound(t: list[str], i: int, current: int) -> tuple[int, int, int]:
    """Read a cardinal from token i: (total, current, end) with the standard grammar.

    `current` starts at 1 for an implied "a" before a scale word.
    """
    total = 0
    last_scale = 10**15
    n = len(t)
    j = i
    started = current > 0
    while j < n:
        w = t[j]
        if w in SMALL:
            v = SMALL[w]
            ok = (not started) or (current % 100 == 0 and (current > 0 or total > 0)) or (
                current % 10 == 0 and current % 100 >= 20 and v < 10
            )
            if not ok or (started and current == 0 and total == 0):
                break
            current += v
        elif w in TENS:
            if started and not (current % 100 == 0 and (current > 0 or total > 0)):
                break
            current += TENS[w]
        elif w == "hundred":
            if current == 0 and started:
                current = 1
            if not 0 < current < 100:
                break
            current *= 100
        elif w in SCALES:
            s = SCALES[w]
            if s >= last_scale:
                break
            if current == 0:
                current = 1
            total += current * s
            current = 0
            last_scale = s
        elif w == "and" and started and j + 1 < n and (t[j + 1] in SMALL or t[j + 1] in TENS):
            # "and" only joins after a scale word: "two hundred and fifty", not "seven and nine"
            if not ((current > 0 and current % 100 == 0) or (current == 0 and total > 0)):
                break
            j += 1
            continue
        else:
            break
        started = True
        j += 1
    if j > i and t[j - 1] == "and":  # a dangling "and" belongs to the next number
        j -= 1
    return total, current, j
