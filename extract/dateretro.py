"""A retrospective's event: an interview, obituary or anniversary piece about an event years before publication.

"On 13 April 1919, troops opened fire on a crowd in the garden ..." opening a piece published in 2019, or "who drove
the wounded through the gunfire of May 1980 ... died on Sunday" opening an obituary: the story's event is named with
its date in the first paragraph, and the counts told later of it ("The committee put the wounded at about 1,200",
"The ministry, in records released in 2017, put the force sent at 3,000") name no date of their own. They are counts of
that event (GUIDELINES: the event date is the date of the event counted), not of the day the piece was written, nor of
the year a committee or a list gave them ("given by the committee in 1920", "its list, published last year"), nor of
the "now" of the one telling ("my register now holds 492 names"). retro_date finds that event's date once per
document: the first date of the first body paragraph when it names a day or a month with its year (not "in 1919"
alone, which is background more often than an event), lies a year or more before publication and opens a
paragraph telling a harm done ("On the morning of 29 December 1890, soldiers surrounded the camp. ... the soldiers
opened fire") (a shooting, a killing, an attack: "opened fire", "the gunfire of May 1980"). A news
report of a recent incident opens with a recent date, and an analysis that opens with a ceasefire's signing or "the
war of July 1969" names no harmful act of one day or month, so the rule stays out of them.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date
from functools import lru_cache

from extract.dateincident import _HARM
from extract.dateresolve import EventDate

_OPENING_KINDS = frozenset(("explicit", "monthyear", "yearsago"))  # a day or a month written with its year, or
# a day counted back in years ("a year ago tomorrow")
# the event's counts (people arrested and arms seized in it too)
RETRO_MEASURES = frozenset(("killed", "wounded", "destroyed", "damaged", "forces", "attacks", "captured", "seized"))
_AGO_DAYS = 365  # how long before publication the opening date must lie ("a year ago tomorrow" says it does)
_UNDATED_KINDS = frozenset(("report", "said"))  # hits that date a telling, not an event
# Firing and shelling, beside extract/dateincident.py's words of harm: "opened fire on a crowd", "the gunfire of May 1980"
# (a whole word: a "ceasefire" is not one).
_FIRING = re.compile(r"\b(?:opened\s+fire|fired|gunfire|firing|shelling|shooting|uprising|massacre)\b", re.IGNORECASE)


@lru_cache(maxsize=32)
def retro_date(text: str, sentences: tuple[tuple[int, int], ...], pub: date | None) -> EventDate | None:
    """The date of the event a retrospective is about (the module's doc), or None when the document's first body
    paragraph does not open with a date a year or more before `pub`."""
    from extract.dates import _hits  # (dates.py imports this module)

    if pub is None:
        return None
    para_end = None
    for s, e in sentences:
        if para_end is None:
            if text.rfind("\n\n", 0, s) < 0:
                continue  # the title and what stands with it before the first blank line
            para_end = text.find("\n\n", s)
            para_end = len(text) if para_end < 0 else para_end
        if s >= para_end:
            return None
        for h in _hits(text[s:e], pub):
            if h.date is None or h.kind in _UNDATED_KINDS:
                continue
            if h.kind not in _OPENING_KINDS or h.date.precision == "year":
                return None
            opening = text[s:e]
            harmful = _harmful(opening) or _told_after(text, sentences, e, para_end, pub)
            return h.date if harmful and (h.kind == "yearsago" or _long_before(h.date, pub)) else None
    return None


def _harmful(told: str) -> bool:
    """Whether the words tell a harm done (firing, a killing, an attack)."""
    return _FIRING.search(told) is not None or _HARM.search(told) is not None


# A harm told as of another time than the opening's: "had been killed six weeks earlier".
_ELSEWHEN = re.compile(r"\b(?:earlier|later|before|ago|previously|afterwards)\b", re.IGNORECASE)


def _told_after(text: str, sentences: tuple[tuple[int, int], ...], start: int, end: int, pub: date) -> bool:
    """Whether a later sentence of the opening paragraph (from `start` to `end`) tells a harm with no date or
    time of its own: the opening's event goes on ("... surrounded the camp. ... the soldiers opened fire"), where
    "Savimbi had been killed six weeks earlier" after a ceasefire's signing is another time's harm."""
    from extract.dates import _hits  # (dates.py imports this module)

    if not _harmful(text[start:end]):
        return False
    return any(start <= s and e <= end and _harmful(text[s:e]) and not _ELSEWHEN.search(text, s, e)
               and not _hits(text[s:e], pub) for s, e in sentences)


def _long_before(when: EventDate, pub: date) -> bool:
    """Whether a day or month lies _AGO_DAYS or more before the published day."""
    year, month, *day = (int(p) for p in when.value.split("-"))
    return (pub - date(year, month, day[0] if day else 1)).days >= _AGO_DAYS


def undated_telling(hits: tuple, sentence: str, story: Callable[[int], bool] | None = None) -> bool:
    """Whether a sentence's hits date only tellings: none, a statement's or a report's day ("in records released in
    2017"), or a "now" (the time of the telling: "my register now holds 492 names"); with `story`, also a period
    hit (no date) at an offset `story` accepts (extract/dateoperation.py: one the operation's first day opens)."""
    return all(h.kind in _UNDATED_KINDS or h.kind == "today" and sentence[h.start:h.end].lower() == "now"
               or story is not None and h.kind == "period" and h.date is None and story(h.start) for h in hits)
