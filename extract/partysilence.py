"""Another party not confirming is no doubt of the writer's: "A Thai army spokesman said its guns destroyed two
Cambodian rocket launchers. Cambodia has not confirmed the loss."; "an officer said ten soldiers were being held.
The army has not confirmed this."

"X has not confirmed it" with a party to the events as X (a country, an army, a ministry: typed official or
armed_group by extract/lexicon.py, so never a news outlet or agency such as Reuters or Al Jazeera) reports that party's
silence; the figure stays the claimant's (`claimed`), as "Not confirmed by the ministry yet" is (GUIDELINES.md:
`disputed` is for the writer's doubt). The writer's own doubt keeps its forms: a passive ("this has not been
confirmed", "the figure has not been verified"), "we"/"this newspaper" as subject, "independently", "could not".
extract/stance.py asks it of a sentence holding one of its doubts (_DOUBT), so that a party's silence is none.
"""

from __future__ import annotations

import re

from extract.vocab import PARTY_SOURCE_TYPES

__all__ = ["only_party_silence"]

# "Cambodia has not confirmed", "The army had not confirmed", "Moscow has not verified": the active verb's subject.
_SILENCE = re.compile(r"(?:^|(?<=[;:,.]\s)|(?<=\band\s)|(?<=\bbut\s))\W*(?P<subj>(?:[Tt]he\s+)?(?:[A-Z][\w'’.-]*|[a-z]+)"
                      r"(?:\s+[A-Za-z][\w'’.-]*){0,3})\s+(?:has|have|had)\s+not\s+(?:yet\s+)?(?:confirmed|verified|"
                      r"corroborated)\b(?!\s+(?:that\s+)?(?:the\s+)?(?:figures?|tolls?|claims?|numbers?|counts?)\b)")
# Subjects that make it the writer's doubt, or about the figure itself: not another party.
_NOT_A_PARTY = frozenset(("we", "i", "this", "it", "that", "newspaper", "paper", "reporters", "reporter", "journalists",
                          "correspondent", "figure", "figures", "toll", "claim", "claims", "number", "numbers", "report",
                          "reports", "account", "accounts", "count", "nobody", "none", "neither", "one", "independently",
                          "agency", "outlet", "who", "which", "there"))


def _a_party(subject: str) -> bool:
    """Whether the subject of "has not confirmed" is typed a party to the events (a state, its forces, an official
    body, an armed group), not a news outlet or agency ("Reuters has not verified the deaths": the press's own
    doubt, as "we have not verified" is)."""
    from extract.lexicon import type_of  # (asked only of a sentence holding such a silence)

    return type_of(subject) in PARTY_SOURCE_TYPES


def only_party_silence(sentence: str, doubts: list[re.Match]) -> bool:
    """Whether every doubt found in `sentence` (`doubts`, the matches of stance's _DOUBT) is a party's silence
    ("Cambodia has not confirmed the loss"), so that the sentence casts no doubt of the writer's."""
    if " not " not in sentence:
        return False
    spans = [m.span() for m in _SILENCE.finditer(sentence)
             if _NOT_A_PARTY.isdisjoint(w.casefold().strip(".,") for w in m.group("subj").split())
             and _a_party(m.group("subj"))]
    if not spans:
        return False
    return all(any(a <= d.start() and d.end() <= b for a, b in spans) for d in doubts)
