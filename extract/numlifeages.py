"""An age after "at" told of a step in a life (a rule learnt from general news 22).

"She reached her first final at 19.", "He died at 85.", "retired at 35,", "made his debut at 17 against Leeds": a
small whole number after "at" is the age at which a person did something once in a life, when the clause before it
tells such a step (died, retired, debut, married, a possessive's first or last) and the clause ends after the
number (a stop, a comma, or a preposition going on: "at 17 against", "at 85 in hospital"). "The index closed at 19."
and "her first goal at 19 minutes" (a unit) stay what they were: nothing of a life stands before the one, a unit
follows the other. extract/numkinds.py `number_kind` asks this after "at".

Two more ages in commas (general news 27): after "at", the youngest or oldest of something told after the comma
("and, at 19, is the youngest champion"); and a possessive's "age" before the number ("citing his age, 71, and").
"""

from __future__ import annotations

import re

# A step in a life in the clause before "at N" (no stop or semicolon between).
_LIFE_BEFORE = re.compile(
    r"\b(?:died|dies|retired|retires|retiring|debut(?:ed|s)?|married|marries|(?:his|her|their)[\s\u00a0]+"
    r"(?:first|last|maiden|debut|only)|became[\s\u00a0]+the[\s\u00a0]+(?:youngest|oldest))\b[^.;!?\n]{0,70}"
    r"\bat[\s\u00a0]+\Z", re.I)
# The clause ends after the age, or a preposition of place, time or rival goes on.
_LIFE_AFTER = re.compile(r"[\s\u00a0]*(?:[,.;:)!?—]|$)|[\s\u00a0]+(?:against|in|on|after|when|while|for|with|from)\b")


def age_at_life_step(text: str, start: int, end: int, value: float, digits: str) -> bool:
    """Whether the whole number at text[start:end] after "at" is a person's age at a step in a life (see the
    module): "reached her first final at 19."."""
    if not (digits.isdigit() and len(digits) <= 3 and 1 <= value <= 115):
        return False
    return _LIFE_AFTER.match(text, end) is not None and _LIFE_BEFORE.search(text, max(0, start - 110), start) is not None


# After "at N,": the person is the youngest or oldest of something ("and, at 19, is the youngest champion",
# "At 82, she remains the oldest serving judge").
_RECORD_AGE_AFTER = re.compile(
    r",[\s\u00a0]+(?:(?:he|she|they|who)[\s\u00a0]+)?(?:is|was|becomes|became|remains|remained|will[\s\u00a0]+be)"
    r"[\s\u00a0]+(?:now[\s\u00a0]+)?the[\s\u00a0]+(?:youngest|oldest)\b", re.I)


def age_at_record(text: str, end: int, value: float, digits: str) -> bool:
    """Whether the whole number ending at `end` after "at" is the age of someone the youngest or oldest of something,
    told after it in commas: "and, at 19, is the youngest champion since 1983" ("the index, at 19, is the lowest"
    names no age)."""
    return text[end : end + 1] == "," and digits.isdigit() and 1 <= value <= 115 and bool(
        _RECORD_AGE_AFTER.match(text, end))


# "his age, 71,": a person's age named by a possessive, its value in commas after it.
_OWNERS = frozenset("his her their my your our".split())


def owned_age(words: list[str], text: str, end: int, digits: str) -> bool:
    """Whether the number ending at `end` after `words` ("citing his age, 71, and") is the age a possessive names
    before it in commas ("the Stone Age, 71 sites" has no possessive, and no comma after the number)."""
    return (len(words) > 1 and words[-1].lower() == "age," and words[-2].lower() in _OWNERS and digits.isdigit()
            and text[end : end + 1] in (",", ".", ";", ")"))


def life_expectancy(words: list[str]) -> bool:
    """Whether the number after `words` (the last words before it, extract/numkinds.py `tail`) is a life expectancy's
    level: "Life expectancy for women rose to 83.1 years", "a life expectancy of 71", "life expectancy is 79.5".

    The age people live to on average is an age, as "the median age rose to 40" is (general news 7; news 2's "66 million
    years old", news 23's "a truce that is now 18 months old"): how old people are at a point, not a span something
    lasts. So the level after "to", "at", "of", "is", "was", "reached" or "hit" is an age; a change of it ("rose by 2
    years", "fell 1.3 years") stays a span, and so does what is left of it after an age ("life expectancy at 65 is
    20 years": a number between them). Asked only where "expectancy" is among the words."""
    low = [w.lower().strip(",") for w in words]
    if "expectancy" not in low or low[-1] not in _LEVEL_LAST:
        return False
    after = low[len(low) - low[::-1].index("expectancy") :]
    return not any(ch.isdigit() for w in after for ch in w)


# The last word before a life expectancy's level ("rose to", "of", "is", "reached").
_LEVEL_LAST = frozenset({"to", "at", "of", "is", "was", "reached", "hit", "stands", "stood", "be"})
