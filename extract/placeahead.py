"""A sentence that opens with its own day or its own place tells of another event: the sentence before it does not
borrow its place (extract/places.py _from_context looks up to two sentences ahead for a sentence that names none).

"Since Thursday our air defence units have shot down two helicopters. On Saturday JNA aircraft carried out 14
strikes on Brnik airport." - the helicopters were not shot down at Brnik: the second sentence begins with the
day of another strike. A sentence that goes on with the same event ("The strike hit the market in Idlib.") has
no day in front and still lends its place. Likewise a sentence that opens with a place and a comma ("In Kashgar,
1,000 km to the south-west, police broke up a protest") moves the story to another scene: "Riot police in at least
30 trucks patrolled the main avenues" before it were not in Kashgar; so does one without the comma when its subject
follows ("In Kafanchan our observers saw ...", "In Gao the police ..."). (Not "In March, ..." nor "In all, ...": a
month or a word, no place.)
A sentence that closes a paragraph of two or more sentences does not borrow from the next paragraph either: the
paragraph told its story ("... spoke of up to two million, most of them civilians." / "A survey of villages around
Okigwe in August 1968 ..."). A paragraph of one sentence (a news lede) still borrows from the next one, which
often names the place its count left out ("More than 30 people were killed." / "The attack hit the Kamounia camp").
"""

from __future__ import annotations

import re

_DAY = (r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
        r"|\d{1,2}\s+(?:January|February|March|April|May|June|July|August|September|October|November|December)"
        r"|(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+\d{1,2}\b")
# "On Saturday", "Early on Sunday,", "On 28 June", "On May 3", "On the night of 4 May", "Late on Friday night"
_FRONTED_DAY = re.compile(r"(?:(?:Early|Late|Later|Earlier)\s+)?[Oo]n\s+(?:the\s+(?:night|morning|evening|afternoon)"
                          r"\s+of\s+)?(?:" + _DAY + r")")


def opens_with_day(text: str, start: int) -> bool:
    """Whether the sentence at `start` opens with a day of its own ("On Saturday ...", "Early on 3 May, ...").
    A cheap test first: its first letters."""
    head = text[start : start + 2]
    if head not in ("On", "on", "Ea", "La"):
        return False
    return _FRONTED_DAY.match(text, start) is not None


# "In Kashgar,", "In Port Moresby itself," (capitalised words, then a comma), not a month or a day ("In March,").
_FRONTED_PLACE = re.compile(r"In\s+(?!(?:January|February|March|April|May|June|July|August|September|October"
                            r"|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|All|Total"
                            r"|Addition|Particular|Short|Fact|Response|Contrast|Turn|Return|Practice|Theory|Sum"
                            r"|General|Brief|Reply)\b)[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}(?:\s+itself)?"
                            r"(?:,|\s+(?=(?:our|the|their|its|his|her|we|they|police|troops|soldiers|residents)\s))")


def opens_with_place(text: str, start: int) -> bool:
    """Whether the sentence at `start` opens with a place of its own and a comma ("In Kashgar, ...") or its subject
    ("In Kafanchan our observers ..."). A cheap test first: its first letters."""
    return text.startswith("In ", start) and _FRONTED_PLACE.match(text, start) is not None


def before_another_day(text: str, sentences: list[tuple[int, int]] | tuple, ahead: list[int]) -> list[int]:
    """The sentences ahead (`ahead`, indices, nearest first) up to the first that opens with its own day or its own
    place, or that opens the next paragraph after a sentence closing a paragraph of its own (module doc)."""
    closing = bool(ahead) and _paragraph_goes_on(text, sentences, ahead[0] - 1)
    for k, i in enumerate(ahead):
        if opens_with_day(text, sentences[i][0]) or opens_with_place(text, sentences[i][0]) \
                or (closing and "\n\n" in text[sentences[i - 1][1] : sentences[i][0]]):
            return ahead[:k]
    return ahead


def _paragraph_goes_on(text: str, sentences: list[tuple[int, int]] | tuple, i: int) -> bool:
    """Whether sentence `i` (the one asking) is not the first of its paragraph: no blank line before it."""
    return i > 0 and "\n\n" not in text[sentences[i - 1][1] : sentences[i][0]]
