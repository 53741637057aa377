"""A claimant's name from the noun phrase a cue gives ("figures compiled by Airwars" -> "Airwars").

Used by the cues of a sentence (extract/cues.py) and by attribution's passive cue.
"""

from __future__ import annotations

import re
from functools import lru_cache

from extract.lexicon import clean_name, lookup
from extract.postedpeople import posted_people
from extract.rx import ascii_lower, guarded
from extract.sourcenames import body_on, placed_body


class Named(str):
    """A claimant's name with the role an apposition gives it ("Hassan Omar, a village elder")."""

    role: str = ""


# Written to open with a character class, not with \b or a repeat, so re skips in C to where a match can
# start: \b[A-Z], \s+(?:said|…)\b.*$ (tests/test_attribution.py checks each against its plain form).
_CAPITAL = re.compile(r"[A-Z](?<!\w.)")
_SAID_TAIL = re.compile(r"\s\s*(?:said|says|reported|reports)\b.*$")


# ("Hanoi's estimate", "the ministry's figure": the singular names its owner as the plural does)
_DATA_AFTER = re.compile(r"\s\s*(?:figures?|data|statistics|estimates?|tallies|tally|counts?|records|numbers)\s*$", re.I)
_DATA_BY = guarded(
    r"^(?:[\w'’-]+\s+){0,3}?(?:figures|data|tally|tallies|counts?|records|reports?|estimates?|statements?|numbers|"
    r"lists?|toll|posts?|tweets?|messages?)\s+(?:(?:of|from|in|dated)\s+(?:[A-Za-z]+\.?\s+)?(?:1[89]|20)\d\d,?\s+)?"
    r"(?:[\w'’-]+\s+)?(?:by|from|of)\s+(?P<np>.+)$",  # ("a report of 2004 by the Kilo Institute": its year, its maker)
    re.I,
)


_PROPER_IN = guarded(r"(?:[A-Z][\w'’-]*\s+){2,6}(?:in|for|of)\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*(?=\s*$|\s*[,;(])")
_DESCRIBED = guarded(
    r"^(?:the\s+)?(?P<role>(?:[a-z][\w-]*\s+){0,3}(?:consultancy|agency|group|organi[sz]ation|monitor|network|office|"
    r"ministry|channel|newspaper|website|broadcaster|project|firm|company|think\s+tank|charity|station|outlet|"
    r"tracker|watchdog|body))\s+(?P<name>[A-Z][\w'’&.-]*(?:\s+(?:(?:de|del|de\s+la|en|la|las|los|da|do|dos|das|du|des|von|van|der|y|e)\s+)?"
    r"[A-Z][\w'’&.-]*){0,5})\s*$")  # ("the civic group Causa en Comun": a particle inside the name)


_UNAUTHORED_SEEN = re.compile(r"(?:satellite\s+)?(?:imagery|images|photos|photographs|pictures|footage|videos?)\s+"
                              r"(?:seen|obtained|reviewed|analy[sz]ed|examined|studied)\s+by\s+(?P<np>.+)$", re.I)
_RECEIVED_BY = re.compile(r"\s+(?:seen|obtained|reviewed|read|received)\s+by\s+.*$", re.S)
# Words (folded, whole between white space) each pattern's match holds; the phrase is cut only at white
# space below, so the words of the first phrase hold those of every later one. tests/test_attribution.py
# checks each against its pattern.
# A day written as a date ("4 June", "June 4, 2003", "Monday"): what "a report of" is dated, not who made it.
_DATE_ONLY = re.compile(r"(?:\d{1,2}\s+[A-Z][a-z]+|[A-Z][a-z]+\s+\d{1,2}|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)"
                        r"(?:,?\s+\d{4})?")
_PREP_LAST = re.compile(r"\s*\b(?:of|from|by)\s*$")
_DATA_BY_NOUNS = frozenset("figures data tally tallies count counts records report reports estimate estimates "
                           "statement statements numbers list lists toll post posts tweet tweets message messages".split())
_DATA_BY_PREPS = frozenset(("by", "from", "of"))
_PROPER_IN_WORDS = frozenset(("in", "for", "of"))
_DESCRIBED_NOUNS = frozenset("consultancy agency group organisation organization monitor network office ministry "
                             "channel newspaper website broadcaster project firm company tank charity station outlet "
                             "tracker watchdog body".split())
_SOURCE_WORDS = frozenset(("source", "sources"))


@lru_cache(maxsize=4096)  # pure on the phrase; the same phrases ("the ministry") come back in sentence after sentence
def first_named(np: str) -> str | None:
    """The first name of a list ("Tazi Morocco and Johnny Six" -> "Tazi Morocco").

    "figures compiled by Airwars" names Airwars, "a report of 2004 by the Kilo Institute" the institute.
    """
    np = np.strip()
    if np[:1] in "sSiIpPfFvV" and (seen := _UNAUTHORED_SEEN.match(np)) is not None:
        np = seen.group("np")  # "satellite imagery reviewed by SRW": imagery has no author; who read it speaks
    np = _RECEIVED_BY.sub("", np)  # "a UN report seen by the Courier": the Courier only read it
    words = frozenset(ascii_lower(np).split())  # (a pattern is tried only when the words it needs are there)
    if not (_DATA_BY_NOUNS.isdisjoint(words) or _DATA_BY_PREPS.isdisjoint(words)):
        m = _DATA_BY.match(np)
        if m and _DATE_ONLY.fullmatch(m.group("np").strip()):
            np = _PREP_LAST.sub("", np[: m.start("np")])  # "Our report of 4 June": a date, not its maker
        elif m:
            np = m.group("np").strip()
    if _CAPITAL.search(np):
        np = _DATA_AFTER.sub("", np)  # "UN refugee agency figures" names the agency
    if lookup(np):
        return np
    proper = None if _PROPER_IN_WORDS.isdisjoint(words) else _PROPER_IN.match(np)
    if proper:  # "United Nations Assistance Mission in Afghanistan"
        return clean_name(proper.group(0)) or None
    described = None if _DESCRIBED_NOUNS.isdisjoint(words) else _DESCRIBED.match(np)
    if described:  # "the security consultancy Beacon Intelligence"
        name = Named(clean_name(described.group("name")))
        name.role = described.group("role")
        return name or None
    joined = None if _AND_WORDS.isdisjoint(words) else _joined_name(np)
    if joined:  # "the Truth and Reconciliation Commission": one body, not a list of two
        return joined
    seated = placed_body(np) or body_on(np) or (" in " in np and posted_people(np))  # ("diplomats in Dakar":
    # extract/postedpeople.py)
    if seated:  # "the government at Stormont": the seat says which body (extract/sourcenames.py)
        return clean_name(seated) or None
    staff = None if "at" not in words or _STAFF_WORDS.isdisjoint(words) else _STAFF_AT.match(np)
    if staff:  # "Staff at the Presevo health centre": the health centre
        return clean_name(staff.group("inst")) or None
    placed = None if _SOURCE_WORDS.isdisjoint(words) else _SOURCE_WITHIN.match(np)
    # "a source at the police command": the place says whose source
    np = _NAME_CUT.split(placed.group("org") if placed else np, maxsplit=1)[0]
    if placed:
        np = f"{placed.group('head')} {placed.group('prep')} {np}"
    np = _SAID_TAIL.sub("", np)
    cleaned = clean_name(np)
    return cleaned or None


# \s+(?:and|&)\s+|,|\s+(?:on|in|…)\s+, opening with the set of its first characters.
# "diplomats rather than either government", "the army instead of the rebels": the contrast is no part of the name.
# "a provincial survey from 1980", "a report of 2004": the year a document is from is no part of its name.
_NAME_CUT = re.compile(r"[,\s](?:(?<=,)|(?<=\s)\s*(?:and|&|on|in|at|that|who|which|after|as|last|this|rather\s+than|"
                       r"instead\s+of)\s+|(?<=\s)\s*(?:from|of|dated)\s+(?=(?:1[89]|20)\d\d\b))")
# "Staff at the Presevo health centre", "officials at Kilo district hospital": the staff of a place of care as a
# whole speak for it (GUIDELINES.md: a named hospital is `official`); its doctors or nurses speak as themselves
# ("Doctors at the hospital told us …": h-set gold, `activists`).
_STAFF_AT = re.compile(r"(?:the\s+)?(?:staff|officials|spokes(?:man|woman|person))\s+at\s+"
                       r"(?P<inst>(?:the\s+)?(?:[\w'’-]+\s+){0,4}?(?:hospital|health\s+cent(?:re|er)|clinic|morgue|"
                       r"infirmary|medical\s+cent(?:re|er)))\s*$", re.I)
_STAFF_WORDS = frozenset(("staff", "officials", "spokesman", "spokeswoman", "spokesperson"))
_SOURCE_WITHIN = re.compile(
    r"(?P<head>(?:(?:a|an|the|one|two|several)\s+)?(?:[\w-]+\s+)?sources?)\s+"
    r"(?P<prep>at|in|within|inside|from|close\s+to|near)\s+(?P<org>(?:the\s+)?\S.*)", re.I)


# An organisation's name with "and" inside it: two capitalised conjuncts closed by an organisation noun
# ("Truth and Reconciliation Commission", "Research and Documentation Center"), or "and" within the
# complement of one ("Pakistan Institute for Conflict and Security Studies", "Ministry of Labour and
# Social Affairs"). Not a list: "Human Rights Watch and Amnesty International", "UNHCR and the WFP".
_ORG_NOUN = (r"(?:Commission|Committee|Cent(?:er|re)|Institute|Council|Studies|Organi[sz]ation|Bureau|Agency|"
             r"Authority|Service|Court|Tribunal|Office|Foundation|Society|Network|Project|Association|Union|Forum|"
             r"Program(?:me)?|Ministry|Department|Fund|Affairs)")
_CAP = r"[A-Z][\w'’-]*"
_NAME_END = r"(?=\s*$|\s*[,;(]|\s+[a-z])"
_AND_JOINED = re.compile(rf"(?:the\s+)?(?P<left>(?:{_CAP}\s+){{1,5}})(?:and|&)\s+(?P<right>(?:{_CAP}\s+){{0,4}}{_ORG_NOUN})"
                         rf"{_NAME_END}")
_AND_IN_COMPLEMENT = re.compile(rf"(?:the\s+)?(?:{_CAP}\s+){{0,5}}{_ORG_NOUN}\s+(?:for|of|on)\s+(?:the\s+)?"
                                rf"(?:{_CAP}\s+){{0,3}}{_CAP}\s+(?:and|&)\s+(?P<right>{_CAP}(?:\s+{_CAP}){{0,3}}){_NAME_END}")
_ORG_NOUN_IN = re.compile(rf"\b{_ORG_NOUN}\b")
_AND_WORDS = frozenset(("and", "&"))


def _joined_name(np: str) -> str | None:
    """The whole name when its "and" is part of it (see _AND_JOINED), else None."""
    m = _AND_JOINED.match(np)
    if m and not _ORG_NOUN_IN.search(m.group("left")) and not lookup(m.group("left")):
        return clean_name(m.group(0)) or None
    m = _AND_IN_COMPLEMENT.match(np)
    if m and not lookup(m.group("right")):
        return clean_name(m.group(0)) or None
    return None
