"""Ages of a part of a group of people: "250,000 visitors, a quarter of them under 16" (an age, not a count).

extract/numcontext.py `group_age_mark` reads "under/over N" after people and a verb "be" ("three of the suspects
were under 18,"). A part of people counted before may take the mark with no verb: "a quarter of them under 16",
"most of whom over 70", "half of those under 5", or a verb "be" after "of them": "one in eight of them is under 5".
Where "under/over N" closes the clause after "of them", "of whom" or "of those", and people are named before it in
the sentence (a person noun, or the dead or hurt counted: "left 61 dead in a week, most of them over 75"), the
number is their age ("200 lorries, half of them under 10 tonnes" has a unit after the number and names no people;
"the index lost 61 points in a week, most of them over 75" names none: both stay bounds).
"""

from __future__ import annotations

import re

from extract.numcontext import _BE, AGE_GROUPS, PERSON_NOUNS, group_age_mark_end
from extract.numscan import _Atom

_OF_WHOM = frozenset({"them", "whom", "those"})
_STRIP = "’'\"”,;:"
# People named by what befell them ("61 dead, most of them over 75", "the injured, half of them under 10")
_FATES = frozenset("dead injured wounded hurt killed missing sick deaths victims casualties survivors".split())
_SENTENCE_START = re.compile(r"[.!?;\n][\s\u00a0]")
_REACH = 160  # how far back in the sentence people are looked for (characters)


def part_age_mark(text: str, a: _Atom, words: list[str]) -> bool:
    """ "of them/whom/those (is/are) under/over N" closing the clause, after people named in the sentence: an age."""
    at = 3 if len(words) >= 4 and words[-2].lower() not in _BE else 4  # ("one in eight of them is under 5")
    if len(words) < at + 1 or words[-at + 1].lower() not in _OF_WHOM or words[-at].lower() != "of":
        return False  # (the caller has seen "under" or "over" as the last word)
    if not group_age_mark_end(text, a.end):
        return False
    if any(_people(w.lower().strip(_STRIP)) for w in words[:-at]):
        return True
    return _people_before(text, a.start)


def _people_before(text: str, end: int) -> bool:
    """Whether people are named earlier in the sentence, beyond the six words the scan reads ("Between 300 and 400
    people a day are admitted, and one in eight of them is under 5")."""
    lo = max(0, end - _REACH)
    starts = [m.end() for m in _SENTENCE_START.finditer(text, lo, end)]
    return any(_people(w.strip(_STRIP)) for w in text[starts[-1] if starts else lo : end].lower().split())


def _people(word: str) -> bool:
    """Whether a word names people: a person noun, its plural, a group that takes an age ("children"), or those a
    harm befell ("dead", "injured")."""
    return (word in PERSON_NOUNS or word in AGE_GROUPS or word in _FATES
            or (word.endswith("s") and word[:-1] in PERSON_NOUNS))
