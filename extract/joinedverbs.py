"""A second verb joined by "and" after a verb of the people's own doing tells what befell them: "All 41 persons
disembarked and detained by the authorities", "30 passengers landed and were arrested".

The phrase reader takes the verb right after the noun; a verb it does not know ("disembarked", "landed") stops it.
When that word is a single past-tense verb, and "and" follows with a verb of the lexicon in the passive (after
"were/was/had been" or followed by "by"), the second verb is the people's: "200 soldiers arrived and captured 40
rebels" (active, acting on others) is not read.
"""

from __future__ import annotations

import re

from extract.triggers import lexicon, norm

_JOINED = re.compile(r"\s+(?:(?:then|later|all|both)\s+)?([a-z]+ed)\s+and\s+(?:(were|was|had\s+been|have\s+been)\s+)?",
                     re.IGNORECASE)


def joined_passive(text: str, np_end: int, end: int) -> tuple[str, int] | None:
    """(verb group, where the verb starts) of a passive verb joined by "and" after a past-tense verb the lexicon does
    not know, right after the noun phrase ending at `np_end`; None otherwise."""
    m = _JOINED.match(text, np_end, end)
    if m is None:
        return None
    lex = lexicon()
    if lex.verb_re.fullmatch(m.group(1)):
        return None  # (a verb the phrase reader knows: read there)
    verb = lex.verb_re.match(text, m.end(), end)
    if verb is None or not (m.group(2) or text.startswith(" by ", verb.end())):
        return None
    group = lex.verb_group.get(norm(verb.group(0)))
    return (group, m.end()) if group else None
