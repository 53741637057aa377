"""Who published the document that a next sentence's "It says" speaks from.

"Last week the prosecutor-general's office published what it calls the first full account. It says 24 people were
shot dead …": "it" is the account, and its figures are its publisher's (GUIDELINES.md: the source as named). A
sentence that names nobody as a speaker but has a body publish, release or issue an account, report, list or
findings gives that body as the antecedent extract/nearby.py `antecedent` looks for. Only a body in the usual
claimant's place (the subject before the verb); "a report was published" names nobody, and "the presidency published
the findings of a commission of inquiry. It found …" is the commission's (the document's author named after it).
"""

from __future__ import annotations

import re
from functools import lru_cache

from extract.claimanttrim import _trim_head

__all__ = ["publisher"]

_DOC = r"(?:[\w-]+\s+){0,3}?(?:account|report|findings|list|figures|count|tally|study|review|register|record|dossier)s?\b"
# The verb and its document ("… published what it calls the first full account"), found first; then the body named
# right before it: up to eight words (and "the") with only blanks between them.
_VERB = re.compile(
    r"\s+(?:has\s+|have\s+|had\s+)?(?:published|released|issued|made\s+public)\s+(?:(?:what\s+(?:it|they)\s+calls?|its|"
    r"their)\s+" + _DOC + r"|(?:an?|the)\s+" + _DOC +
    r"(?!\s+(?:of|by|from)\s))")  # ("published the findings of a commission": the commission's, not the publisher's)
_NP_BEFORE = re.compile(r"(?:[Tt]he\s+)?[\w'’-]+(?:\s+[\w'’-]+){0,7}?\Z")
_REACH = 160  # characters before the verb the body's words may take (nine words)
_NOT_BODY = frozenset(("it", "they", "he", "she", "we", "i", "you", "this", "that", "which", "who"))


@lru_cache(maxsize=4096)  # asked of each sentence before an "It says" by every number after it
def publisher(sentence: str) -> str | None:
    """The body the sentence says published an account, report or list ("the prosecutor-general's office"), else
    None."""
    if "ublish" not in sentence and "ssued" not in sentence and "eleased" not in sentence and "public" not in sentence:
        return None
    for verb in _VERB.finditer(sentence):
        np = _NP_BEFORE.search(sentence, max(0, verb.start() - _REACH), verb.start())
        if np is not None:
            name = re.sub(r"^(?:the|an?)\s+", "", _trim_head(np.group()), flags=re.I)
            return None if not name or name.casefold() in _NOT_BODY else name
    return None
