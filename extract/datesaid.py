"""A date that governs a verb of saying dates the statement, not the event it counts; the incident's date goes on.

"On 9 March the ministry said 40 people had died", "On 2 May, the commission, led by a retired judge, published its
findings", "Three days later the governor put the toll at 12": the opening date (or "N days later") is the day the
figure was given, its subject and a verb of saying or publishing follow it. The claims of such a sentence take the
date of the event they count, from where the event was dated, not the statement's (GUIDELINES: the event date is
the date of the event counted): the hit becomes kind "said", which extract/dates.py sets aside as if the sentence
named no date.

A news story dates its incident once, in its lead ("Gunmen attacked a mosque in the town on Friday evening, ...";
"On the night of 3 May, militiamen entered the village ..."); later sentences about it ("The ministry later gave
the figure as 9", "Two of the gunmen were shot dead") name no date of their own. incident_date gives, once per
document, the first anchored or weekday date of an event among the document's first sentences, which
extract/dates.py lends to a later body sentence that nothing else dates.
"""

from __future__ import annotations

import re
from datetime import date
from functools import lru_cache

from extract.dateopeners import a_total
from extract.dateresolve import EventDate
from extract.datewords import REPORT_VERB_ALTERNATION

# After the opening date: an optional comma, the subject (at most eight words, appositive commas allowed, no verb of
# its own: no "that", "who", "which", "had", "was", "were"), then a verb of saying or publishing.
_SAY_VERBS = REPORT_VERB_ALTERNATION + r"|issued|told|put\s+(?:the|its|their|a)\s+(?:toll|figure|number)|gave"
_SUBJECT_WORD = r"(?!(?:that|who|which|had|has|have|was|were|is|are|and)\b)[\w'’.-]+,?\s+"
# (not "On Monday, the army said, 40 rebels were killed": an attribution set off by commas; the date dates the rest)
_SAID_AFTER = re.compile(r",?\s+(?:" + _SUBJECT_WORD + r"){1,8}?(?:" + _SAY_VERBS + r")\b(?!\s*,)", re.IGNORECASE)
# What may stand before the opening date: nothing, or a paragraph's label ending in a full stop ("The army. ").
_OPENING = 30
# "Three days later", "A day later", "The next day" opening a sentence (extract/datelater.py counts the days)
_LATER_OPENS = re.compile(r"\s*(?:(?:a|one|two|three|four|five|six|seven|[1-7])\s+days?\s+later"
                          r"|the\s+(?:next|following)\s+(?:day|morning|afternoon|evening))", re.IGNORECASE)
_SAID_KINDS = frozenset(("explicit", "weekday", "yesterday", "today"))


# A paragraph's label before the opening date: a few words and a full stop ("The army. ", "UN agencies. ").
_LABEL = re.compile(r"[A-Z][\w'’-]*(?:[ \t][\w'’-]+){0,3}\.[ \t]+")


def _opens(sentence: str, start: int) -> bool:
    """Whether `start` is the sentence's opening, or follows only a short label ending in a full stop."""
    return start == 0 or (start <= _OPENING and _LABEL.fullmatch(sentence, 0, start) is not None)


def _says(sentence: str, at: int) -> bool:
    """Whether the words from `at` are a subject and a verb of saying (_SAID_AFTER) that govern the sentence; not
    when a count stands before the verb ("On May 8 gunmen killed 12 villagers in the district, police said": the
    attribution trails the sentence, and the date dates the killing)."""
    m = _SAID_AFTER.match(sentence, at)
    return m is not None and not any(c.isdigit() for c in sentence[at : m.end()])


def said_dates(sentence: str, out: list) -> list:
    """The hits with an opening date that governs a verb of saying made kind "said", no date (the module's doc).
    A cheap test first: only a hit at the opening can govern the sentence's main verb."""
    if not out or out[0].start > _OPENING or out[0].kind not in _SAID_KINDS:
        return out
    first = out[0]
    if not _opens(sentence, first.start) or not _says(sentence, first.end):
        return out
    return [first._replace(kind="said", date=None, anchored=False)] + list(out[1:])


def later_said(sentence: str) -> bool:
    """Whether the sentence opens "Three days later the spokesman said ...": the offset dates the statement, not
    the event (extract/datelater.py then counts no days on)."""
    if "later" not in sentence and "next" not in sentence and "following" not in sentence:
        return False
    label = _LABEL.match(sentence)
    m = _LATER_OPENS.match(sentence, label.end() if label is not None and label.end() <= _OPENING else 0)
    return m is not None and _says(sentence, m.end())


_INCIDENT_KINDS = frozenset(("explicit", "weekday"))
_NOT_NEW = frozenset(("report", "said", "dateline"))  # hits that tell of no other event
LEAD_SENTENCES = 8  # the document's first sentences searched for its incident's date


@lru_cache(maxsize=32)
def incident_date(text: str, sentences: tuple[tuple[int, int], ...], pub: date | None
                  ) -> tuple[int, int, EventDate | None]:
    """(index of the sentence that dates the incident, index of the first sentence after it that ends the story of
    it, the incident's day): the first of the document's first LEAD_SENTENCES sentences (not in a photo caption)
    that dates an event to the day with "on <date>" or a weekday, or to the month of a run of days
    (extract/dateruns.py). The story stays on that incident until a sentence names another date (not a statement's
    day nor a dateline) or is a heading (extract/dateasides.py: a line of capitals, a short question alone).
    (0, 0, None) when no lead sentence dates an event."""
    from extract.dates import _hits  # (dates.py imports this module)
    from extract.dateasides import _HEADING, in_caption, question_heading

    for i, (s, e) in enumerate(sentences[:LEAD_SENTENCES]):
        for h in _hits(text[s:e], pub):
            if h.date is not None and (h.kind == "wdspan" and h.anchored or h.kind in _INCIDENT_KINDS
                                       and h.date.precision == "day" and (h.anchored or h.kind != "explicit")) \
                    and not in_caption(text, s):
                for j in range(i + 1, len(sentences)):
                    a, b = sentences[j]
                    if any(k.kind not in _NOT_NEW for k in _hits(text[a:b], pub)) or question_heading(text, a, b) \
                            or (text.startswith("\n\n", a - 2) and _HEADING.match(text, a - 2)):
                        return i, j, h.date
                return i, len(sentences), h.date
    return 0, 0, None



# The harms of the incident, which take its date: a force's strength, the displaced, people captured or arrested,
# money are counts of other things (a deployment, a flight, a stock) that the lead's day does not date.
INCIDENT_MEASURES = frozenset(("killed", "wounded", "destroyed", "damaged"))
# A later event of its own: people detained or arrested after the incident are not counted on its day.
_LATER_EVENT = ("detain", "arrest")
_ROW_OPENERS = frozenset("-*•|–")


def carries_incident(text: str, sentence: str, at: int) -> bool:
    """Whether the number at `at` may take the incident's date: not in a row of a list or table (its line opens with
    a bullet or a bar, or a label and a colon stand before the number: "Houses destroyed: 41", key figures are
    totals), nor in a sentence telling of arrests (a later event of their own), nor in a total ("Overall the
    conflict killed 40,000": extract/dateopeners.py a_total)."""
    line = text.rfind("\n", 0, at) + 1
    head = text[line:at].lstrip()
    if head[:1] in _ROW_OPENERS or ":" in head:
        return False
    low = sentence.lower()
    return not any(w in low for w in _LATER_EVENT) and not a_total(sentence)
