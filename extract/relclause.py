"""The main verb of people counted before a relative clause whose own verb is no harm.

"Two porters who had been sleeping in the depot were killed", "40 villagers who stayed behind were
wounded": the clause "who ..." only describes the people, and the verb the count needs comes after it.
extract/phrase.py looks for a verb of the lexicon right after "who" first ("800 people who fled"); this is
asked only when none is there. The clause is short (at most eight words), holds no comma, semicolon,
number or speech verb ("Two men who saw the raid said five were killed": the five, not the two, were
killed), and the main verb follows an auxiliary ("were", "had been"). Where the clause has a verb of the lexicon
of its own ("four gunmen who had fired on the post were killed"), a main verb of killing or wounding after it is
the count's: the clause's verb only describes the people.
"""

from __future__ import annotations

import re

from extract.triggers import lexicon, norm

# A people noun not in the lexicon may stand between the number and "who" when it names people by a
# trade ending in "-men" ("groundsmen", "linesmen") or any plural ("porters").
_RELATIVE = re.compile(
    r"\s+(?:[a-z][a-z-]*(?:men|s)\s+)?who\s+"
    r"(?:(?!(?:said|says|say|told|reported|claimed|added)\b)[A-Za-z][\w'’-]*\s+){1,8}?"
    r"(?:were|was|are|is|have\s+been|has\s+been|had\s+been)\s+",
)


def verb_after_relative(text: str, np_end: int, end: int) -> int | None:
    """Where the main verb starts after a relative clause that follows the counted noun at `np_end`
    (None: no such clause). The caller still asks the lexicon whether a verb of harm starts there."""
    m = _RELATIVE.match(text, np_end, end)
    return m.end() if m else None


_HARM_GROUPS = frozenset({"kill", "wound"})  # the main verbs read past a relative clause with a verb of its own


def main_verb_after(text: str, np_end: int, end: int, verb_re: re.Pattern, own: re.Match | None
                    ) -> tuple[re.Match, int] | None:
    """(the verb's match, where it starts) of the main verb after a relative clause following the counted noun at
    `np_end`; `own` is the verb of the lexicon right after "who" (None: none), which gives way only to a verb of
    killing or wounding ("four gunmen who had fired on the post were killed"). None: keep `own`."""
    if own is not None and lexicon().verb_group.get(norm(own.group(0))) == "spare":
        return None  # "The 30 people who survived the attack were treated": spared, no harm
    at = verb_after_relative(text, np_end, end)
    if at is None:
        return None
    m = verb_re.match(text, at, end)
    if m is None or own is not None and lexicon().verb_group.get(norm(m.group(0))) not in _HARM_GROUPS:
        return None
    return m, at
