"""An age after a one-word name that opens its sentence: "Rahmah, 61, lost her husband and two sons."

extract/numcontext.py `appositive_age` reads a name of two capitalised words ("Ana Lima, 34,") or a title and a name
("Mr Okafor, 34,"); features and follow-ups also open a sentence or paragraph with a survivor's single name, the age
set off by commas, and the clause going on in lower case. A list of places and tolls goes on with a conjunction or
another name ("Homs, 30, and Aleppo, 12"; "Deir Ezzor, 30, Homs, 12"), which this does not take.
"""

from __future__ import annotations

import re

_NAME = re.compile(r"[A-Z][a-z]{2,}")
# After the age: a comma and a lower-case word that is no conjunction nor a word of comparing.
_CLAUSE_GOES_ON = re.compile(r",[\s\u00a0]+(?!(?:and|or|but|while|with|including|against|compared|versus|vs|up|down|"
                             r"from|to|in|on|at|of)\b)[a-z]")
_SENTENCE_END = ('.', '!', '?', '"', '”', ':')
# Capitalised words that open sentences but name no one ("Today, 12, ..." is no age).
_NO_NAMES = frozenset("In At On The From Of And For By With Near To As Since After Before During Today Yesterday "
                      "Overall Altogether Meanwhile However Also Then Now Here There Elsewhere Earlier Later".split())


def opening_name_age(text: str, end: int, words: list[str], head: str) -> bool:
    """Whether the number ending at `end`, after `words` (the last words before it, the last being `head` and a
    comma), is the age of a person named by the one word opening the sentence or the line ("Rahmah, 61, lost")."""
    opens = len(words) == 1 or words[-2].endswith(_SENTENCE_END)
    return (opens and _NAME.fullmatch(head) is not None and head not in _NO_NAMES
            and _CLAUSE_GOES_ON.match(text, end) is not None)
