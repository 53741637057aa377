"""A figure named by who holds it, in a relative clause on the figure's noun: "The figure most historians accept is
about 200,000", "The estimate aid agencies use is 40,000", "the number that most analysts cite was 5,000".

Those who accept, use or cite the figure are its claimants (as "the 25,000 deaths that rights groups had counted"
names its counters, extract/cueforms.py RELATIVE_BY), not whoever says the sentence: a guest relaying "the figure
most historians accept" relays the historians' figure (GUIDELINES.md: the original claimant). extract/cues.py adds
it as a cue reaching the numbers after it.
"""

from __future__ import annotations

import re

from extract.figurenouns import FIGURE_ALT
from extract.names import first_named

__all__ = ["accepted_figure"]

_HOLDERS = re.compile(rf"\b(?:{FIGURE_ALT})\s+(?:that\s+|which\s+)?(?:most|many|some|all|other|the)?\s*"
                      r"(?P<np>[A-Za-z][\w'’ -]{1,40}?)\s+(?:(?:now|still|generally|usually|widely|also)\s+)?"
                      r"(?P<verb>accept|accepts|accepted|use|uses|used|cite|cites|cited|quote|quotes|quoted|prefer|prefers|"
                      r"favou?r|favou?rs|agree\s+on)\s+(?:is|are|was|were)\b", re.I)
_VERB_WORDS = frozenset(("accept", "accepts", "accepted", "use", "uses", "used", "cite", "cites", "cited", "quote",
                         "quotes", "quoted", "prefer", "prefers", "favor", "favors", "favour", "favours", "agree"))
_NOT_HOLDERS = frozenset(("it", "they", "we", "i", "you", "he", "she", "people", "one"))


def accepted_figure(sentence: str, words: frozenset[str]) -> tuple[str, int, int, str] | None:
    """(holder, where it starts, where the cue ends, verb) of "the figure most X accept is", else None. `words` is
    words_of(sentence) (extract/wordset.py): without a verb of holding and "is"/"was" there is no match."""
    if _VERB_WORDS.isdisjoint(words) or words.isdisjoint(("is", "are", "was", "were")):
        return None
    m = _HOLDERS.search(sentence)
    if m is None:
        return None
    name = first_named(m.group("np"))
    if not name or name.casefold() in _NOT_HOLDERS:
        return None
    return str(name), m.start("np"), m.end(), m.group("verb")
