"""The dead counted in the words of memory and mourning, where no verb of the lexicon acts on the number (batch 27):

- names on a memorial: "The memorial carries 165 names", "a plaque that bears 58 names" (a noun of a memorial in the
  sentence, a verb of bearing before the number, "names" after it); "the names of 4,934 Australians" is not this
  form (the number counts the people, not the names); names a list of the dead "has" ("A priest keeps a list. It
  has 1,700 names on it, each with the commune the dead came from": a list or memorial in the sentence or the one
  before, a word of the dead in the sentence);
- kin lost: "Rahmah, 61, lost her husband and two sons" (a possessive after "lost", the number in the list of kin it
  opens, a noun of kin after the number): a bereavement, the kin killed.
Every form is read only in a report that names a war (`names_a_war`): "the memorial to the town's founders carries
12 names", "lost her husband and two sons in a car crash" are no toll.
extract/looseforms.py asks these for a number with no verb.
"""

from __future__ import annotations

import re

from extract.context import SentenceContext
from extract.qualifierwords import qualifier_pattern
from extract.records import Quantity
from extract.triggers import names_a_war
from extract.wordset import words_of

MEMORIAL_WORDS = frozenset({"memorial", "memorials", "monument", "plaque", "cenotaph", "obelisk", "wall", "stone",
                            "stele", "roll"})
GATE = frozenset({"names", "lost"})  # one of which `dead_named` needs among the sentence's words
_KIN = frozenset({"sons", "daughters", "children", "brothers", "sisters", "grandchildren", "grandsons",
                  "granddaughters", "nephews", "nieces", "cousins", "relatives", "husbands", "wives", "uncles"})
# One's kin in the singular and the plural: "lost his wife and three of his five children" (extract/wartimewords.py).
KIN_WORDS = _KIN | frozenset({"wife", "husband", "son", "daughter", "child", "brother", "sister", "father", "mother",
                              "parents", "family", "grandson", "granddaughter", "nephew", "niece", "cousin", "uncle"})
# A list of the dead a sentence or the one before speaks of, with "has N names" ("A priest keeps a list. It has 1,700
# names on it, each with the commune the dead came from."): the dead named on it.
_LIST_WORDS = frozenset({"list", "lists", "register", "registers", "roll", "book"})
_DEAD_WORDS = frozenset({"dead", "killed", "victims", "slain", "fallen", "died"})
_NOT = frozenset({"no", "none", "not", "never", "nor"})  # ("The voters' list has 1,700 names, none of them dead")

_QUAL = r"(?:" + qualifier_pattern() + r"\s+)?"
_HAS = re.compile(r"\b(?:has|have|had)\s+(?:(?:now|so\s+far|already)\s+)?" + _QUAL + r"\Z", re.IGNORECASE)
_BEARS = re.compile(r"\b(?:carries|carried|bears|bore|lists|listed|holds|records|recorded|contains|contained|"
                    r"engraved\s+with|inscribed\s+with)\s+" + _QUAL + r"\Z", re.IGNORECASE)
_NAMES = re.compile(r"\s+names\b")
_LOST_KIN = re.compile(r"\blost\s+(?:her|his|their|my|our|your)\s+(?:[\w'’-]+,?\s+){1,4}?(?:and\s+)?" + _QUAL + r"\Z",
                       re.IGNORECASE)
_WORD_AFTER = re.compile(r"\s+([a-z]+)")


def dead_named(ctx: SentenceContext, q: Quantity, words: frozenset[str]) -> str | None:
    """The subject of the dead counted at `q` in one of the module's forms ("people"), else None."""
    text, k, end = ctx.text, q.char_start, q.char_end
    lo = max(ctx.start, k - 60)
    if "names" in words and not MEMORIAL_WORDS.isdisjoint(words) and _NAMES.match(text, end, ctx.end) and (
            _BEARS.search(text, lo, k)):
        return "people" if names_a_war(text) else None
    if "names" in words and not _DEAD_WORDS.isdisjoint(words) and _NOT.isdisjoint(words) and _NAMES.match(
            text, end, ctx.end) and (
            _HAS.search(text, lo, k)) and not (_LIST_WORDS | MEMORIAL_WORDS).isdisjoint(
            words | words_of(ctx.neighbour(-1))):
        return "people" if names_a_war(text) else None
    if "lost" in words:
        after = _WORD_AFTER.match(text, end, ctx.end)
        if after and after.group(1) in _KIN and _LOST_KIN.search(text, lo, k):
            return "people" if names_a_war(text) else None
    return None
