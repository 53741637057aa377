"""A claim named as a noun with its claimant: "the claim by the Interim Government that as many as 10,000 people
have died", "the rebels' claim that 40 soldiers were killed", "reports from aid workers that 300 …".

The count in the that-clause is the claimant's, as after "X claims that": the noun and its "by/from X" or "X's"
say who makes it. extract/cues.py adds these cues to the sentence's verbs of saying.
"""

from __future__ import annotations

import re

from extract.names import first_named
from extract.wordset import words_of

__all__ = ["claim_nouns", "spread_online"]

_NOUNS = r"(?:claims?|assertions?|allegations?|reports?|statements?)"
_BY = re.compile(rf"\b{_NOUNS}\s+(?:by|from)\s+(?P<np>(?:the\s+)?[A-Z][^,;:()\n]{{1,70}}?)\s+that\b")
_OWNED = re.compile(rf"(?P<np>\b[Tt]he\s+(?:[\w.-]+\s+){{0,3}}?[\w.-]+?|(?:[A-Z][\w.'’-]*\s+){{0,3}}[\w.-]+?)['’]s?\s+"
                    rf"{_NOUNS}\s+that\b")

# "reports circulating on social media that 30 soldiers were killed": the posts are the claimant, named by where they
# run ("social media reports", "Facebook posts"), whoever then rebuts them.
_ONLINE = re.compile(r"\b(?P<noun>(?i:reports?|posts?|claims?|rumou?rs?|messages?))\s+(?:(?:circulating|shared|spreading|"
                     r"widely\s+shared|going\s+round)\s+)?(?:on|in|across)\s+(?P<where>social\s+media|Facebook|"
                     r"Twitter|TikTok|WhatsApp|Telegram|Instagram|YouTube)\s+that\b")

_PLATFORMS = ("social", "facebook", "twitter", "tiktok", "whatsapp", "telegram", "instagram", "youtube")  # (_ONLINE's)
# 'a figure of "200 dead" spread on social media', "a toll of 500 circulated on Telegram": the figure before the verb
# is the platform's, whoever then rebuts it.
_SPREAD = re.compile(r"\b(?:spread|circulated|(?:was|were)\s+(?:widely\s+)?(?:shared|circulated)|went\s+viral|did\s+the"
                     r"\s+rounds)\s+(?:widely\s+)?(?:on|across|over)\s+(?P<where>social\s+media|Facebook|Twitter|TikTok|"
                     r"WhatsApp|Telegram|Instagram|YouTube)\b")


_SPREAD_WORDS = frozenset(("spread", "circulated", "shared", "viral", "rounds"))  # (one of _SPREAD's verbs)


def spread_online(sentence: str, low: str) -> list[tuple[str, int, int]]:
    """(platform, start, end) of each "spread on <platform>" after a figure (a cue that looks back to it); `low` is
    the sentence folded (one without a platform's name has none)."""
    if _SPREAD_WORDS.isdisjoint(words_of(sentence)) or not any(w in low for w in _PLATFORMS):
        return []
    return [(" ".join(m.group("where").split()), m.start(), m.end()) for m in _SPREAD.finditer(sentence)]


def claim_nouns(sentence: str, low: str) -> list[tuple[str, int, int]]:
    """(claimant, start, end of the cue) of each claim named as a noun before its that-clause; `low` is the
    sentence folded (a sentence without "that" and one of the nouns has none)."""
    if " that" not in low:
        return []
    out = []
    if any(w in low for w in _PLATFORMS) and (m := _ONLINE.search(sentence)):
        out.append((f"{' '.join(m.group('where').split())} {m.group('noun').lower()}", m.start(), m.end()))
    if not any(w in low for w in ("claim", "assertion", "allegation", "report", "statement")):
        return out
    for m in _BY.finditer(sentence):
        np = first_named(m.group("np"))
        if np:
            out.append((np, m.start("np"), m.end()))
    if "'s" in sentence or "’s" in sentence or "s'" in sentence or "s’" in sentence:
        for m in _OWNED.finditer(sentence):
            np = first_named(m.group("np"))
            if np:
                out.append((np, m.start("np"), m.end()))
    return out
