"""A title of a person's part in a case is no part of the name: "The defendant Ali Hassan al-Majid told the Chamber"
names "Ali Hassan al-Majid".

extract/claimantshape.py cuts a lower-case role before a name of capitalised words ("the witness A. Saidov"); a
name with the particles of Arabic, Dutch, German or Romance names ("al-Majid", "bin", "van der", "de") is still a
name, and the title before it goes too. The person keeps the type the lexicon gives the name.
"""

from __future__ import annotations

import re

__all__ = ["TITLE_WORDS", "title_dropped"]

# The titles _TITLED cuts, as written (lower case): the callers' cheap test on a name's first two words.
TITLE_WORDS = frozenset(("defendant", "accused", "witness", "plaintiff", "suspect", "detainee", "convict", "appellant",
                         "claimant"))
_PARTICLE = r"(?:al-|el-|ad-|as-|ash-|bin\b|ibn\b|bint\b|abu\b|de\b|da\b|di\b|du\b|van\b|von\b|der\b|den\b|le\b|la\b)"
_TITLED = re.compile(
    r"(?:[Tt]he\s+)?(?:defendant|accused|witness|plaintiff|suspect|detainee|convict|appellant|claimant)\s+"
    rf"(?P<name>[A-Z][\w'’.-]+(?:\s+(?:[A-Z][\w'’.-]+|{_PARTICLE}\s*[\w'’.-]+)){{1,4}})")


def title_dropped(name: str) -> str:
    """`name` without a case title in lower case before a person's full name ("the defendant Ali Hassan al-Majid"
    -> "Ali Hassan al-Majid"); `name` itself when it holds none ("Accused Persons Group" is a name)."""
    if " " not in name:
        return name
    m = _TITLED.fullmatch(name)
    return m.group("name") if m else name
