"""A date that opens a sentence dates the rest of its paragraph: "On the night of 15 June, a patrol went to ...
They were attacked ... The fighting went on for hours. Twenty soldiers lost their lives. Three were killed on the
spot."

A speaker or a writer who begins with "On <date>," ("On 29 May 1991,", "On Tuesday,", "On the night of 15 June,")
tells one event in the sentences after it; a count further on in the same paragraph than extract/dates.py looks
back (three sentences) is still of that day, when no sentence between names another date. The nearest dated
sentence of the paragraph decides: when its date is not the one it opens with (a date further into it, a date a
statement was made), nothing is lent here. Nothing crosses a line break. A count in the present perfect ("The
shelling has driven 8,000 from their homes") is a total so far, not the opening day's, and so is a total or a count
over a war or a period ("Overall the conflict killed 40,000"), or any count after such a sentence: they borrow
nothing here. An opening that tells a statement ("On 12 March, the UN published its report") dates the statement,
not the events the report counts: it lends nothing.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from extract.datetallies import tally_opening
from extract.datewhole import whole_war
from extract.datewords import REPORT_VERB_ALTERNATION, TOTAL_WORDS

_DAYS = ("explicit", "weekday", "wdspan", "span")
# "has driven", "have fled", "has been displaced": a count so far (a cheap test first: " ha" in the sentence)
_SO_FAR = re.compile(r"\b(?:has|have)\s+(?:been\s+|now\s+)?[a-z]+(?:ed|en|wn|ung|ought|ft|ld)\b")
# "On 29 May," / "On the night of 15 June," at the sentence's start, or after a speaker's name in capitals
# ("COL. RATHORE: On the night of 15 June, ...")
_OPENS_ON = re.compile(r"\s*(?:[A-Z][A-Z.'’ -]{1,40}:\s+)?(?P<on>On)\s+(?:the\s+(?:night|morning|evening|afternoon)"
                       r"\s+of\s+)?\S")


def so_far(sentence: str) -> bool:
    """Whether a sentence counts in the present perfect ("has driven", "have been taken"): a total so far, which a
    day opening its paragraph or its entry does not date (_SO_FAR; a cheap test first)."""
    return " ha" in sentence and _SO_FAR.search(sentence) is not None


def paragraph_opening_date(text: str, start: int, sentences: Sequence[tuple[int, int]], index: int,
                           hits_of: Callable[[str], Sequence]):
    """The date of the nearest sentence of the paragraph before the one at `index` (which starts at `start`) that
    has a date expression, when that sentence opens with it ("On 15 June, ..."); else None. `hits_of(sentence)`
    gives a sentence's date expressions (extract/dates.py _hits with the published date)."""
    line = text.rfind("\n", 0, start) + 1
    if text.find("On ", line, start) < 0:
        return None  # no sentence of the paragraph before this one can open with "On " (a cheap test first)
    own = text[start : sentences[index][1]]
    if so_far(own):
        return None  # a count so far (_SO_FAR)
    i = index - 1
    while i >= 0 and sentences[i][0] >= line:
        s, e = sentences[i]
        sentence = text[s:e]
        hits = hits_of(sentence)
        if hits:
            first = hits[0]
            opens = _OPENS_ON.match(text, s)
            if opens is None or first.start != opens.start("on") - s or first.date is None or first.kind not in _DAYS:
                return None  # (the date must be the one "On" opens the sentence with, not one further into it)
            if _REPORTED.match(sentence, first.end):
                return None  # "On 12 March, the UN published its annual report": the day of a statement
            if any(a_total(text[a:b]) for a, b in sentences[i + 1 : index]) or a_total(own):
                return None  # a total ("Overall the conflict killed 40,000"), or one between: not the day's story
            return first.date
        i -= 1
    return None


# A total: "overall", "in total", "in all", "all told", "a total of", "cumulatively" anywhere in the sentence.
_TOTAL = re.compile(r"\b(?:" + TOTAL_WORDS + r"|in\s+total|all\s+told|a\s+total\s+of|totall?ing)\b", re.IGNORECASE)
# After the opening date, its subject (at most six words) and a reporting verb (extract/datewords.py, and "issued",
# "told": "On 12 March, the UN issued its report").
_REPORTED = re.compile(r"[^.;:]{0,12}?,\s+(?:[\w'’.-]+\s+){0,6}?(?:" + REPORT_VERB_ALTERNATION + r"|issued|told)\b",
                       re.IGNORECASE)


def a_total(sentence: str) -> bool:
    """Whether the sentence counts a total or over a whole war or period, undated (GUIDELINES): the total words
    (_TOTAL), a tally's opening (extract/datetallies.py), a whole war (extract/datewhole.py), or a period named
    ("since the war began": extract/dates.py names_period)."""
    from extract.dates import names_period  # (dates.py imports this module)

    return bool(_TOTAL.search(sentence)) or tally_opening(sentence) or whole_war(sentence) or names_period(sentence)
