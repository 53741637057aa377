"""A count continued from the sentence before takes that sentence's claimant.

"The dead numbered 41, according to the county commissioner. Another 40 were hurt, nine of them seriously."
"Gunmen killed 12 people, police said. Three more were wounded." A sentence that names no one and opens by
going on with the count before it ("Another 40 …", "Three more …", "A further 12 …", or a bare number as its
subject: "Fifteen were found along the road", or a part of those counted: "The bodies of three of them were found")
is part of the same account: its claimant is the one who gave
the count it continues (GUIDELINES.md: "who makes the claim, as named"), when a closing "…, X said." or
"according to X" gave it, or an opening "X says …" / "X tells me …" whose speech runs to the end of its sentence
("The Red Cross says at least 60 people have been killed. Another 250 have been treated for wounds."; an opening
"He said …" / "She said …" gives the speaker named before it in the paragraph), unless the
sentence tells what is still to happen or dates its own event ("Nine more victims will be buried on Sunday", "Three
more were buried today": the writer's news). A sentence after one in which the writer doubts the count ("…, a
figure our teams consider too low.") does not go on with the claimant's speech: the writer has taken the floor.
A sentence with a subject of its own
("MINUSCA has about 12,000 peacekeepers", "The currency has lost 40% of its value") is the writer's again.
extract/attribution.py asks only for a number without a claimant in its own sentence.
"""

from __future__ import annotations

import re

from extract.context import SentenceContext, per_sentence
from extract.cues import NOT_NAMES, sentence_cues
from extract.cuescope import applicable
from extract.cuetails import FIGURE_WORD
from extract.dateexpr import _expressions
from extract.stance import _has_doubt
from extract.datefollow import ANOTHER_N

__all__ = ["carried_claimant"]

_NUM = (r"(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|"
        r"sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|a\s+hundred|"
        r"dozens|scores|hundreds|thousands)")
_QUALIFIER = r"(?:(?:about|around|some|nearly|almost|at\s+least|more\s+than|over|up\s+to|only|just)\s+)*"
_CONTINUES = re.compile(
    rf"\W*(?:{ANOTHER_N}"  # "Another 40 were hurt" (extract/datefollow.py: the same opening dates the sentence)
    rf"|{_QUALIFIER}{_NUM}\s+(?:more|others?)\b"  # "Three more people were wounded"
    rf"|{_QUALIFIER}{_NUM}\s+(?:(?:of\s+them|of\s+those|of\s+these)\s+)?(?:were|was|are|had|have|died|remain(?:ed)?)\b"  # "Fifteen were found"
    rf"|(?:the\s+)?(?:bodies|remains|graves|names|families)\s+of\s+{_QUALIFIER}{_NUM}\s+of\s+(?:them|those|these)\b)",  # "The bodies of three of them …"
    re.I)
# "Nine more victims will be buried on Sunday", "Three more were buried today": what is still to happen, or an
# event dated on its own (a day or a week the date layer reads, extract/dateexpr.py: "today", "yesterday", "last
# night", "this week", "on Sunday"), is the writer's news, not a count going on with the speech of an opening
# "X says …". ("Now", "so far" and "overnight" date no event of its own: "Another 40 are now in hospital".)
_FUTURE = re.compile(r"\b(?:will|shall|(?:is|are)\s+(?:due|expected|set|scheduled)\s+to|(?:is|are)\s+to\s+be"
                     r"|tomorrow)\b", re.I)
_OWN_DAY_KINDS = frozenset(("today", "yesterday", "thisweek", "lastweek", "weekday"))
_NOT_OWN_DAY = frozenset(("now", "so far", "overnight"))
_BACK = 3  # sentences of continued count back to the one that gave it
_DATA_NOUN_LAST = re.compile(r"\b(?:tally|tallies|count|counts|estimates?|figures?|data|statistics|numbers|records)$", re.I)


# Any count at all: a digit or a number word of _NUM (a sentence without one gives no count to continue).
_ANY_NUMBER = re.compile(rf"\d|\b{_NUM}\b", re.I)
# A bullet opening a line: "* ", "- ", "• ", "– ".
_BULLET_LINE = re.compile(r"\n[ \t]*[*•–-][ \t]+")


def line_ends(text: str, a: int, b: int) -> bool:
    """Whether a line ends between two sentences (text[a:b] holds a line break), unless the second opens the next
    bullet of the same list, no blank line between ("* He said 40 died.\n* Another 13 were hurt.")."""
    if "\n" not in text[a:b]:
        return False
    return text.count("\n", a, b) > 1 or not _BULLET_LINE.match(text, text.find("\n", a, b))


def paragraph_ends_back(ctx: SentenceContext, k: int) -> bool:
    """Whether the sentence `k` back from ctx's is outside the walk back through its paragraph: before the text or
    the section, or a line ends after it (`line_ends`; the bullets of one list go on)."""
    i = ctx.index - k
    sentences = ctx.sentences
    return i < 0 or sentences[i][0] < ctx.section.start or line_ends(ctx.text, sentences[i][1], sentences[i + 1][0])


def _continues(sentence: str) -> bool:
    return bool(_CONTINUES.match(sentence))


def _own_time(sentence: str) -> bool:
    """Whether the sentence tells what is still to happen (_FUTURE) or dates its own event by a day or a week of
    the date layer (_OWN_DAY_KINDS): then it carries no claimant over (the comment above _FUTURE)."""
    if _FUTURE.search(sentence):
        return True
    return any(m.lastgroup in _OWN_DAY_KINDS and " ".join(m.group().lower().split()) not in _NOT_OWN_DAY
               for m in _expressions(sentence))


@per_sentence  # depends on the sentence only; asked for a number without a claimant in its sentence
def carried_claimant(ctx: SentenceContext) -> tuple[str, str] | None:
    """(name, verb) of who gave the count this sentence continues, in its paragraph; None if it does not
    continue one, or nobody named gave it."""
    if ctx.section.kind not in ("body", "update") or not _continues(ctx.sentence):
        return None
    for k in range(1, _BACK + 1):
        if paragraph_ends_back(ctx, k):
            return None  # (the paragraph, in fact the line, ends; the bullets of one list go on)
        prev = ctx.neighbour(-k)
        if _continues(prev):
            continue  # "Fifteen were found … . Another 40 were hurt": back to who gave the count
        if FIGURE_WORD.search(prev) and not _ANY_NUMBER.search(prev):  # a remark on the figures given
            continue  # "X said 40 died. Y gave no figure of its own. Another 13 were hurt": a remark on the figures,
            # no count to go on with ("Rain fell again overnight." between is the writer's own news: it breaks)
        if _has_doubt(prev):
            return None  # "X registered 214, a figure the teams consider too low. A further 2 …": the writer
            # has taken the floor to doubt X's count; what goes on is the writer's again
        cues = sentence_cues(prev)
        closing = [c for c in cues if c.name and c.after and c.name.casefold() not in NOT_NAMES]
        if not closing and not _own_time(ctx.sentence):
            closing = _speech_to_the_end(prev, cues)  # "The Red Cross says 60 … . Another 250 …"
            if not closing and _speech_to_the_end(prev, cues, persons=True):
                closing = _named_before(ctx, k)  # "He said two were killed. Another six …": whom "he" names
        if not closing or _DATA_NOUN_LAST.search(closing[-1].name):
            return None  # ("the most cited tally" names nobody)
        if " other " in ctx.sentence and _others_of_its_kind(ctx.sentence, closing[-1].name):
            return None  # "Hikma hospital reported 57 deaths. Three other hospitals have closed": not its count
        return closing[-1].name, closing[-1].verb
    return None


# "Three other hospitals …", "Two other clinics …": a count of others of a kind, opening the sentence.
_OTHERS = re.compile(r"\W*(?:\w+\s+){1,2}?other\s+(?P<kind>[a-z]{3,}?)(?:e?s)?\b")


def _others_of_its_kind(sentence: str, name: str) -> bool:
    """Whether the sentence opens by counting others of the kind the claimant is ("Three other hospitals" after
    "Hikma hospital reported …"): the claimant does not speak of others of its own kind; the writer does."""
    m = _OTHERS.match(sentence)
    return m is not None and m.group("kind") in name.lower()


def _named_before(ctx: SentenceContext, k: int) -> list:
    """The cue naming a speaker nearest before the sentence `k` back, in its paragraph ("Its spokesman, Colonel
    X, said … . He said …"): whom an opening "he"/"she" stands for. [] if none within _BACK sentences."""
    for j in range(k + 1, k + _BACK + 1):
        if paragraph_ends_back(ctx, j):
            return []
        named = [c for c in sentence_cues(ctx.neighbour(-j)) if c.name and c.name.casefold() not in NOT_NAMES]
        if named:
            return named[:1]
    return []


def _speech_to_the_end(sentence: str, cues: list, persons: bool = False) -> list:
    """The opening cues ("X says …", "X tells me …", "X confirms …") whose speech runs to the end of the
    sentence, no scope break (";", ", after", …) cutting it off: what follows elliptically ("Another 250 have
    been treated") goes on with that speech. [] when a pronoun or a word naming nobody opens it."""
    end = len(sentence.rstrip(" .!?\"”"))
    if persons:  # (only the opening "He says …" / "She said …" of a person named before)
        return [c for c in applicable(list(cues), sentence, end, end)
                if not c.after and c.end <= end and c.name.casefold() in _PERSONS]
    return [c for c in applicable(list(cues), sentence, end, end)
            if c.name and not c.after and c.end <= end and c.name.casefold() not in NOT_NAMES]


_PERSONS = frozenset(("he", "she"))
