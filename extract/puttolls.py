"""A toll given by an estimate idiom that names the dead or wounded before the number.

Speakers and writers give a count without a verb acting on it, by putting the dead "at" it or by naming a
side's figure for them:
- "the ministry put its own dead at 412 and its wounded at about 1,900", "I'd put the rebel dead at between
  500 and 700", "historians place the Dutch losses ... " (only the words of death and wounding, not "losses");
- "Kyiv's figure for Russian dead was 3,000", "the army's estimate of its wounded is 800".
The noun ("dead", "wounded", "killed", "injured", "fatalities") says the measure; who they were is told as for
any toll (extract/sides.py). `estimated_noun` reads a force or toll an apposition puts at the number ("its fighters, estimated by the army at
fewer than 3,000"). Not reached: "put the figure at 1,000" (a restatement, extract/anaphora.py), "put
its forces at 40,000" (no word of death), "the dead numbered 129" (extract/numbergiven.py).
"""

from __future__ import annotations

import re

from extract.qualifierwords import qualifier_pattern
from extract.triggers import norm

# The words a toll noun of this idiom is (dead/killed -> a toll; wounded/injured -> an injury count).
_TOLL_NOUNS = {"dead": "toll", "killed": "toll", "fatalities": "toll", "deaths": "toll", "wounded": "injury",
               "injured": "injury"}
TOLL_WORDS = frozenset(_TOLL_NOUNS)  # (the gate: one must be a word of the sentence)
_QUAL = r"(?:" + qualifier_pattern() + r"\s+)?(?:between\s+)?"
_NOUN = r"(?P<noun>dead|killed|fatalities|deaths|wounded|injured)"
_OWNER = r"(?:(?:its|their|his|her|our|the|own|[\w'’-]+)\s+){0,3}?"
# a place adverb between the toll noun and "at": "the railway police put the dead there at 58"
_PLACE_ADVERB = r"(?:\s+(?:there|here))?"
# "put/placed <owner> dead at N", or "and <owner> wounded at N" after such a verb (the second of a pair).
_PUT_AT = re.compile(r"(?:\b(?:put|puts|putting|placed|places|placing)\s+|,?\s+and\s+)" + _OWNER + _NOUN + _PLACE_ADVERB
                     + r"\s+at\s+"
                     + _QUAL + r"\Z", re.IGNORECASE)
_PUT_VERB = re.compile(r"\b(?:put|puts|putting|placed|places|placing)\s", re.IGNORECASE)
# "<X>'s figure (estimate, count, tally) for <owner> dead was N"
_FIGURE_FOR = re.compile(r"\b(?:figure|estimate|count|tally|toll)\s+(?:for|of)\s+" + _OWNER + _NOUN
                         + r"\s+(?:was|is|stood\s+at|stands\s+at|came\s+to|comes\s+to|reached|at)\s+" + _QUAL + r"\Z",
                         re.IGNORECASE)


def put_at(text: str, lo: int, k: int, words: frozenset[str]) -> tuple[str, str] | None:
    """(class, subject) of the dead or wounded an estimate idiom puts the number at `k` on ("put its own dead at
    6,000", "their figure for the dead was 900"); None without one. `words` are the sentence's words (a toll noun
    must be one of them); `lo` is where the sentence starts."""
    if TOLL_WORDS.isdisjoint(words):
        return None
    a = max(lo, k - 70)
    m = _PUT_AT.search(text, a, k)
    if m is not None and not m.group(0).lstrip(", ").lower().startswith("and") or (
            m is not None and _PUT_VERB.search(text, max(lo, m.start() - 60), m.start())):
        return _TOLL_NOUNS[m.group("noun").lower()], "people"
    m = _FIGURE_FOR.search(text, a, k)
    if m is not None:
        return _TOLL_NOUNS[m.group("noun").lower()], "people"
    return None


# (moved from extract/phraseparts.py: a number an apposition puts a force or a toll at)
_ESTIMATED_AT = re.compile(r"([\w'’-]+)\s*,\s*(?:estimated|put|reckoned|thought\s+to\s+number|believed\s+to\s+number|"
                           r"(?:whom|which)\s+[^,.;]{1,40}?\s+(?:put|estimated|reckoned))\s+"  # ("whom she put at")
                           r"(?:by\s+[^,.;]{1,40}?\s+)?at\s+(?:(?:about|around|some|nearly|almost|roughly|fewer\s+than|"
                           r"less\s+than|more\s+than|over|under|up\s+to|at\s+least|at\s+most|between)\s+)?\Z",
                           re.IGNORECASE)


def estimated_noun(lex, text: str, lo: int, k: int) -> tuple[str, str] | None:
    """(class, subject) of the noun an apposition puts a number on: "the front's fighters, estimated by Rabat at
    fewer than 3,000, ...", "the gunmen, whom the judge put at between 60 and 90," count them (a force's size, not a
    toll). None without such a clause."""
    if text.find(" at ", max(lo, k - 16), k) < 0:
        return None  # (the cheap test: the number follows "at")
    m = _ESTIMATED_AT.search(text, max(lo, k - 90), k)
    return lex.noun_class.get(norm(m.group(1))) if m else None
