"""Ages of a part of a group of people: "250,000 visitors, a quarter of them under 16" (an age, not a count).

extract/numcontext.py `group_age_mark` reads "under/over N" after people and a verb "be" ("three of the suspects
were under 18,"). A part of people counted before may take the mark with no verb: "a quarter of them under 16",
"most of whom over 70", "half of those under 5". Where "under/over N" closes the clause after "of them", "of
whom" or "of those", and people are named in the words before, the number is their age ("200 lorries, half of
them under 10 tonnes" has a unit after the number and names no people; it stays a bound).
"""

from __future__ import annotations

from extract.numcontext import AGE_GROUPS, PERSON_NOUNS, group_age_mark_end
from extract.numscan import _Atom

_OF_WHOM = frozenset({"them", "whom", "those"})
_STRIP = "’'\"”,;:"


def part_age_mark(text: str, a: _Atom, words: list[str]) -> bool:
    """ "of them/whom/those under/over N" closing the clause, after a word for people: an age."""
    if len(words) < 4 or words[-2].lower() not in _OF_WHOM or words[-3].lower() != "of":
        return False  # (the caller has seen "under" or "over" as the last word)
    if not any(_people(w.lower().strip(_STRIP)) for w in words[:-3]):
        return False
    return group_age_mark_end(text, a.end)


def _people(word: str) -> bool:
    """Whether a word names people: a person noun, its plural, or a group that takes an age ("children")."""
    return word in PERSON_NOUNS or word in AGE_GROUPS or (word.endswith("s") and word[:-1] in PERSON_NOUNS)
