"""Headlines speak in the outlet's voice (GUIDELINES.md): how far one is hedged, clause by clause.

"Claims: …", "X Says …", "reportedly" hedge a headline (stance claimed, else asserted); a headline led by a
listed or typed source's name ("UN: more than 2,500 killed") speaks in its voice; a headline of ";" clauses
is judged clause by clause, a clause naming who says it ("Moscow puts toll at 1,500") being hedged, and so is a
count left without its verb after such a clause ("X says toll rises to 156; over 1,400 held"); a quoted
article's title in a "Source: … – Outlet" line is judged as a headline. Also `typed_by_role`: whether the
lexicon lists or types a name or description (attribution types appositions by it).
"""

from __future__ import annotations

import re
from functools import lru_cache

from extract.cues import PRONOUNS, sentence_cues
from extract.lexicon import clean_name, lexicon, lookup
from extract.rx import guarded
from extract.wordset import words_of
from extract.vocab import MEDIA_SOURCE_TYPES

__all__ = ["HEADLINE_SPEAKER", "SOURCE_LINE", "SOURCE_OUTLET_TAIL", "bare_group", "clause_stances", "hedged_headline",
           "lead_is_source", "typed_by_role"]

_HEADLINE_HEDGE = guarded(
    r"^\s*(?:claims?|claimed|reports?|reported|reportedly|allegedly|unconfirmed|rumou?rs?)\b"
    r"|\b(?:reportedly|allegedly|unconfirmed|claims?|claimed|says?|alleges?|accuses?)\b"
    r"(?!\s+(?:responsibility|credit|(?:the\s+)?lives?\b|(?:\S+\s+){1,3}lives\b))",
    re.I,
)
# Every word _HEADLINE_HEDGE can match stands whole: a headline without any of them is not hedged.
_HEADLINE_HEDGE_WORDS = frozenset(
    "claim claims claimed report reports reported reportedly allegedly unconfirmed rumor rumour rumors rumours "
    "say says allege alleges accuse accuses".split()
)
HEADLINE_SPEAKER = guarded(r"^\s*([A-Z][\w.'’ -]{0,30}?)\s*:\s+\S")
SOURCE_LINE = guarded(r"^\s*Source\s*:")
SOURCE_OUTLET_TAIL = re.compile(r"\s+[–—-]\s+[^–—]*$")


# A headline's parts: "Fact check: Did …?", "20 missiles seen — more to come?"; a question covers its own part.
_QUESTION_PART = re.compile(r":\s|\s[–—-]\s|\|")
# A yes/no question opens with an auxiliary: "Did troops kill 300 rebels?" asks whether the figure is true; "Why
# did 300 civilians die?" takes the deaths as given and asks about them.
_YES_NO = re.compile(r"\W*(?:did|do|does|is|are|was|were|has|have|had|could|can|will)\b", re.I)
_ASKED_COUNT = re.compile(r"\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens?|scores|"
                          r"hundreds?|thousands?|millions?)\b", re.I)


def hedged_headline(text: str) -> bool:
    """A hedge word in a headline ("Claims:", "X Says", "reportedly"), or a headline asking a yes/no question
    ("Did troops kill 300 rebels?": it asks whether the figure is true, and asserts nothing; "Why did 300
    civilians die …?" asserts the 300)."""
    if text.rstrip(" \t\n\"”’'").endswith("?"):
        # only the question's own part: "See 20 missiles in rebel hands — More to Come?" asserts the 20
        asked = _QUESTION_PART.split(text)[-1]
        if _YES_NO.match(asked) and _ASKED_COUNT.search(asked):
            return True
        if " or " in asked and _ASKED_COUNT.search(asked.rsplit(" or ", 1)[-1]) and _ASKED_COUNT.search(
                asked.split(" or ", 1)[0]):
            return True  # "Ngarbuh's dead - five, 13, 21, 23 or 32?": figures offered as alternatives, none asserted
    if (" - " in text or " – " in text or " — " in text) and (tail := _SPEAKER_TAIL.search(text)) is not None:
        who = tail.group("who")
        hit = lookup(who)
        if (hit[1] not in MEDIA_SOURCE_TYPES if hit
                else any(p.search(who) for p, _ in lexicon().rules)):
            return True  # "Death toll … hits 58 - Police": who says it, after a dash closing the headline
    return not _HEADLINE_HEDGE_WORDS.isdisjoint(words_of(text)) and bool(_HEADLINE_HEDGE.search(text))


# "… hits 58 - Police", "… – Governor": a speaker closing a headline after a dash (a source the lexicon knows or types,
# not an outlet's credit "- Reuters").
_SPEAKER_TAIL = re.compile(r"\s[–—-]\s+(?P<who>[A-Z][\w'’.]*(?:\s+[A-Z][\w'’.]*){0,2})\s*$")


def lead_is_source(lead: str) -> bool:
    """"UN: …", "Pentagon: …": a headline led by a listed or typed source's name speaks in its voice."""
    return bool(lookup(lead) or typed_by_role(lead))


def clause_stances(headline: str, led: bool) -> tuple[tuple[int, int, str], ...]:
    """(start, end, stance) of each ";" clause of a headline: claimed when that clause is hedged or names who
    says it ("Moscow puts toll at 1,500"), else asserted; a lead speaker ("UN: …") speaks in the first."""
    out, start = [], 0
    said_before = False  # the clause before names who says it or says "says"
    for i, part in enumerate(headline.split(";")):
        named = any(c.name and c.name.casefold() not in PRONOUNS for c in sentence_cues(part))
        hedged = hedged_headline(part) or named or (led and i == 0)
        if not hedged and said_before and _ELLIPTIC_COUNT.fullmatch(part):
            hedged = True  # "China says riot toll rises to 156; over 1,400 held": the speech goes on, its verb left out
        said_before = named or (hedged and not _SAYS.isdisjoint(words_of(part)))
        out.append((start, start + len(part) + 1, "claimed" if hedged else "asserted"))
        start += len(part) + 1
    return tuple(out)


# A clause of a count and a participle, with no verb or speaker of its own: "over 1,400 held", "12 more hurt in Gori".
_ELLIPTIC_COUNT = re.compile(r"\s*(?:(?:over|more\s+than|at\s+least|about|some|nearly|up\s+to|another|almost|around)\s+)*"
                             r"(?:\d[\d,.]*|dozens|scores|hundreds|thousands)\s+(?:(?:more|others?|people|[a-z]+s)\s+)?"
                             r"(?:held|hurt|dead|missing|[a-z]+ed)(?:\s+(?:in|at|on|near|after|since)\s+[^;:]{1,40})?\s*",
                             re.I)
_SAYS = frozenset(("says", "say", "said", "claims", "claim", "claimed", "puts", "put"))


@lru_cache(maxsize=4096)  # pure on the string; a headline's lead or an apposition, asked per sentence
def typed_by_role(role: str) -> bool:
    """Whether the lexicon lists or types a name or description ("a village elder", "Al-Shabaab's radio station")."""
    clean = clean_name(role)
    owner = _OWNER.split(clean, maxsplit=1)  # "Al-Shabaab's radio station": typed by its listed owner
    return bool(lookup(clean)) or (len(owner) == 2 and bool(lookup(owner[0]))) or any(
        p.search(clean) for p, _ in lexicon().rules)


_OWNER = re.compile(r"['’]s\s+")


def bare_group(role: str) -> bool:
    """Whether an apposition calls its body no more than a group ("a Nigerian group", "a local group"): that says
    nothing of arms, so a name typed by its own words ("The Civil Rights Monitor, a Nigerian group") keeps its type."""
    return bool(_BARE_GROUP.match(role))


# "a group", "a Nigerian group", "a small Kenyan group", "an organisation": no word of arms, aims or trade.
_BARE_GROUP = re.compile(r"(?:an?|the)\s+(?:(?:small|local|new|little-known|[A-Z][\w'’-]*)\s+){0,2}"
                         r"(?:group|organi[sz]ation)\Z")
