"""Event dates, resolved against the document's published date.

The date expressions of the claim's sentence are found with one regex
(extract/dateexpr.py, once per sentence); the one nearest to the number governs. A point in time gives a date ("on Wednesday" is
the Wednesday on or before publication; "today", "now" and "so far" the
published date; "last weekend" the month of that weekend); a period ("since
April 21", "after two weeks of", "in the last two months") or a total ("bringing
the total to") gives None, because a count over a period has no event date.
With nothing in the sentence: a live blog's UPDATE stamp means the published
day; otherwise the nearest earlier sentence (up to three back) that has a date
lends it when that date names a day ("on Tuesday", "May 23"); a claim whose
place was dated earlier in the document ("On May 23, ... in Jableh and
Tartous") takes that date; a current exchange rate is the published day.
A date label heading a line ("Levant Roundup, February 4: ...", "June 7: ...")
dates the claims of that line; possessives ("Tuesday's raid", "the May 23
bombings") count as dates; "overnight" is the published day, or the night before
a "said on Sunday"; "this week" and "last week" give the week's month. The day
something was said ("the governor said on Wednesday") is not the event's: it
governs only when nothing else does, and then gives None; likewise a dateline's
date ("KYIV, March 3 (Reuters) -") governs only when the sentence has no other.
"This morning" or "today" in a body sentence dates the rest of its paragraph
unless a later sentence is another account ("X claims ...").
A date that opens a period ("since fighting began on May 23", "the war, which began in April 2023") gives
None; a count since a day ("since Friday") the span to publication; "the number killed in Sunday's raid rose
to 63 yesterday" Sunday; two weekdays ("the night of Monday to Tuesday") and "last year" their month and
year (extract/datespans.py).
A report's own period named by its length ("in the quarter" none, "in the week" and "the week before" their
month: extract/dateterms.py), a table row under a dated heading ("INCIDENTS (this week; previous week in
brackets)": extract/datepoints.py) and an elliptic "Another 250 were wounded" (the count before it goes on:
extract/datefollow.py) are dated as their modules say, and so are a date opening a sentence that dates the rest of
its paragraph (extract/dateopeners.py), a later death of one victim whose date is no other sentence's
(extract/datefates.py), a comparison's date ("against 38 in 2008": extract/datecompare.py), a partitive aside's
("..., 12 of them in Dara on 4 June": the 12's only, extract/partitives.py) and people still missing or held (no
date: extract/datestates.py); a date in another
reported statement ("..., and that 57 were found on Sunday") or in a running total after the number dates the
number no more than an absent one.
A retrospective (an interview, obituary or anniversary piece opening with a harm done a year or more before it was
published) lends that event's date to the counts that have no date of their own, or only a telling's
(extract/dateretro.py); so does an operation of a few days with its first day named ("the four-day operation"
begun "on May 24"), its month (extract/dateoperation.py).
Without a published date only absolute dates with a year resolve.
A sentence's expressions, each with its kind and date, are scanned in extract/datescan.py.
The date an expression names, and its kind, come from extract/dateresolve.py (the standard library's
calendar checks an explicit date). What does not depend on the number (a
sentence's expressions, the date an undated sentence inherits) is worked out once per sentence.
"""

from __future__ import annotations

import re
from datetime import date

from extract.context import SentenceContext, per_sentence
from extract.dateexpr import _EXPR
from extract.dateexpr import _expressions  # noqa: F401  (tests read it here)
from extract.dateanchors import place_anchor
from extract.datealmanac import almanac_date
from extract.entrystamps import stamped_original
from extract.dateasides import in_caption, looked_back, standing_size
from extract.datehits import later_clause
from extract.datepoints import row_date
from extract.datequoted import quoted_day
from extract.datefunds import budget_year
from extract.dateincident import attack_force, early_date
from extract.dateabducted import incident_harm
from extract.datefollow import followed_date, follows_on
from extract.datecompare import outside_comparisons
from extract.datefates import past_later_deaths
from extract.dateopeners import paragraph_opening_date
from extract.dateheadings import heading_day
from extract.datetitle import title_day
from extract.datewhen import _WHEN, when_clause_date
from extract.datewhole import whole_war
from extract.answerturns import question_turn
from extract.dateyearfrom import year_from_text
from extract.dateretro import RETRO_MEASURES, retro_date, undated_telling
from extract.dateoperation import first_day, operation_month, opens_operation
from extract.datewords import TOTAL_WORDS
from extract.dateresolve import EventDate, _day, _kind, _resolve
from extract.dateupdates import told_in_update
from extract.entryscope import entry_day, in_stamped_entry
from extract.datelater import days_later, shifted
from extract.datelends import lent_hits
from extract.datesaid import (_NOT_NEW, INCIDENT_MEASURES, carries_incident, ended_days_later, incident_date,
                              only_arrests, spans_after, told_before, told_or_aside)
from extract.daterelative import dates_an_aside
from extract.datetallies import tally_opening
from extract.datestates import still_state
from extract.datespans import CLAUSE_MARKS, brought_to, possessive_owner, toll_brought_to
from extract.partitives import in_partitive
from extract.placespread import spread_over_places
from extract.storyscope import story_neighbours
# the per-sentence scan (extract/datescan.py); its names are importable from here, as before the split
from extract.datescan import (_DATELINE_AFTER, _DATELINE_HEAD, _LABEL_HEAD, _REPORT_BEFORE,  # noqa: F401
                              _REPORT_BEFORE_LOW, _REPORT_KEYS, _REPORTABLE, _Hit, _hits, _line_start,
                              second_looks)
from extract.records import Quantity
from extract.rx import lowered


_TOTAL_BEFORE = re.compile(r"\b(?:total(?:s|ing|led)?|" + TOTAL_WORDS + r")\b(?:\s+\S+){0,2}\s*$", re.IGNORECASE)
_LAST_RESORT = ("dateline", "report", "plan")  # hits that govern a number only when the sentence has no other
_TOLD_IN = ("body", "update")  # where a day of telling lets the incident's date go on (an update: that day only)

_CLAUSE_BREAK = re.compile(r"[,;:()—–]| - ")
_CLAUSE_BREAK_MARKS = CLAUSE_MARKS  # the characters of _CLAUSE_BREAK; its other match, " - ", has none of them


def _clause_breaks(between: str) -> int:
    """len(_CLAUSE_BREAK.findall(between)), counted with str.count: the one-character matches and " - " share
    no character, so no two of them overlap and each count is of its own matches."""
    return sum(map(between.count, _CLAUSE_BREAK_MARKS)) + between.count(" - ")


LOOK_BACK = 3  # sentences searched for a day-precision date when the claim's has none
_INHERITABLE = ("explicit", "weekday", "wdspan", "span")
_DAYS_NAMED = ("weekday", "wdspan", "span")  # inherited without "on": "on Tuesday", "the night of 23 to 24 May"
_ANOTHER_ACCOUNT = re.compile(r"\b(?:claims?|claimed|says|said|reports?|reported|according\s+to)\b", re.IGNORECASE)
# A speaker's tag closing the count's clause (", the city's prefect said."; ", police said; ..."; ", the health
# office said, and ..."): the story's own report of the count, not another account; left out before _ANOTHER_ACCOUNT.
_CLOSING_TAG = re.compile(r",\s+[^,;]{1,60}?\b(?:said|says)(?=\s*(?:[.;]|,\s+and\b|$))")
_THIS_DAY = re.compile(r"(?:earlier\s+|later\s+)?today|tonight|overnight|this\s+(?:morning|afternoon|evening)",
                       re.IGNORECASE)



def resolve_event_date(ctx: SentenceContext, q: Quantity, measure: str | None = None) -> EventDate | None:
    """The date of the event the claim counts, or None when the text does not tell (`measure`, the claim's, when
    known: only a harm of the incident takes the lead's date, extract/datesaid.py)."""
    told, when = early_date(ctx, q, measure, _incident) if measure == "funding" or measure == "killed" and (
        "toll" in (s := ctx.sentence) or "names" in s or "lost" in s) else (False, None)  # (dateincident.py)
    when = when if told else _event_date(ctx, q, measure)
    if when is None:  # an almanac entry's harm left undated: its entry's day (datealmanac.py)
        return almanac_date(ctx, None, measure, lambda: names_period(ctx.sentence, ctx.published))
    when = year_from_text(ctx.text, ctx.start, ctx.sentence, when, ctx.published)  # (dateyearfrom.py)
    if when.precision == "year":
        when = budget_year(q.unit, when, ctx.sentence, q.char_start - ctx.start)  # a budget's year (datefunds.py)
    return almanac_date(ctx, when)  # an almanac entry's year ("1983: ..."), not the column's (datealmanac.py)


def _event_date(ctx: SentenceContext, q: Quantity, measure: str | None = None) -> EventDate | None:
    pub = ctx.published
    start = ctx.start
    caption, may_total, may_bring, may_state = _sentence_gates(ctx)
    if caption:  # GUIDELINES: photo captions are not used (extract/dateasides.py)
        return None
    if may_state and still_state(ctx.text, q.char_end) \
            and not follows_on(ctx.sentence):  # ("A further 89 remain missing" goes on the count before it)
        return None  # "dozens are still missing": a state, undated (extract/datestates.py)
    if may_total and _total_before(ctx.text[max(start, q.char_start - 40) : q.char_start]):
        return None
    if may_bring and brought_to(before := ctx.text[max(start, q.char_start - 120) : q.char_start]):
        return _grown_toll(ctx, q, measure) if toll_brought_to(before) else None
    sentence = ctx.sentence
    hits = _hits(sentence, pub)
    if hits and hits[0].kind == "said":
        hits = hits[1:]  # "On 9 March the ministry said ...": the statement's day, not the event's (datesaid.py)
    if hits and (hits[0].kind == "report" or hits[0].kind == "dateline" and hits[-1].kind == "report") and measure \
            in INCIDENT_MEASURES and ctx.section.kind in _TOLD_IN and all(h.kind in _NOT_NEW for h in hits):
        # ("gave a toll of 46 on Tuesday", "ANKARA, Oct 11 - ... rose to 95 on Sunday": the incident goes on)
        lead, end, told = _incident(ctx)
        if told is not None and (ctx.section.kind == "update" and told_in_update(ctx, hits, q.char_start, told) or (
                lead < ctx.index < end or told_before(ctx.text, ctx.sentences, pub, ctx.index, lead))
                and ctx.section.kind == "body" and carries_incident(ctx.text, sentence, q.char_start, start)):
            return told  # (an update's telling on the incident's own day: dateupdates.py)
    if hits and measure in RETRO_MEASURES and (retro := _retro(ctx)) is not None \
            and undated_telling(hits, sentence, lambda at: _operation_opens(ctx, at)):  # (the memo's answer first)
        return retro  # "given by the committee in 1920": a retrospective's event goes on (dateretro.py)
    if hits and _WHEN in sentence and (day := when_clause_date(sentence, hits, q.char_start - start, pub)) is not None:
        return day  # "since August 22, when 52 people were killed": the clause's own day (datewhen.py)
    if len(hits) == 1 and not later_clause(sentence, hits[0].start, q.char_end - start, hits[0].date is not None) \
            and not dates_an_aside(sentence, hits[0].start, hits[0].end, q.char_start - start):  # (daterelative.py)
        if hits[0].kind == "today" and (day := quoted_day(ctx.text, start, pub, _hits)) is not None:
            return day  # "this morning" in a quoted broadcast headed by its date (datequoted.py)
        return hits[0].date
    if len(hits) > 1:  # (one date only in a later clause after "; " dates the number as none would: datehits.py)
        rel_s, rel_e = q.char_start - start, q.char_end - start
        hits = outside_comparisons(sentence, hits, rel_s)  # "against 38 in 2008" dates the 38 only (datecompare.py)
        owner = possessive_owner(sentence, hits, rel_s, rel_e)
        if owner is not None:
            return owner.date

        def cost(h: _Hit) -> tuple[bool, bool, bool, int, int, bool]:
            # the expression in the number's own clause first, then the nearest; a dateline last
            between = sentence[h.end : rel_s] if h.end <= rel_s else sentence[rel_e : h.start]
            later = later_clause(sentence, h.start, rel_e, h.date is not None)  # another statement's (datehits.py)
            aside = dates_an_aside(sentence, h.start, h.end, rel_s)  # ("Iran, which sent 4,000 in 1973, lost 200")
            return (h.kind in _LAST_RESORT, aside, later, _clause_breaks(between),
                    max(h.start - rel_e, rel_s - h.end, 0), h.start > rel_e)

        return min(hits, key=cost).date
    if standing_size(ctx.text, q.char_start, q.char_end) or tally_opening(sentence):
        return None  # "thought to number 2,000": a state (dateasides.py); "In all, 31 ...": totals (datetallies.py)
    in_row, when = row_date(ctx.text, start, ctx.end, q.char_start, pub, _hits)  # a table's row (datepoints.py)
    if in_row:
        return when
    if spread_over_places(sentence):
        return None  # "on the two battlefields": a sum of battles, which no one date holds (placespread.py)
    undated, when = _undated_sentence(ctx)
    if undated:
        if when is None and measure in RETRO_MEASURES and not whole_war(sentence):
            return _retro(ctx)  # an undated count of a retrospective is of its event (dateretro.py)
        return when
    anchored = place_anchor(ctx, q)  # the day given earlier to an event at the claim's place (dateanchors.py)
    if anchored is not None:
        return anchored
    if q.unit == "ratio" and pub is not None:
        return _day(pub)
    when = title_day(ctx.text, pub)  # a report titled with the day before it was filed (datetitle.py)
    if when is None and ctx.section.kind == "body" and (measure is None or incident_harm(measure, ctx.sentence)
                                                         or measure == "forces" and attack_force(ctx.sentence)):
        lead, end, when = _incident(ctx)  # the lead's date goes on (datesaid.py; once per document)
        if not lead < ctx.index < end or not carries_incident(ctx.text, ctx.sentence, q.char_start, ctx.start):
            return _retro(ctx) if measure in RETRO_MEASURES else None
    if when is None and measure in RETRO_MEASURES:
        return _retro(ctx)  # (a retrospective's event: dateretro.py)
    return when


def _grown_toll(ctx: SentenceContext, q: Quantity, measure: str | None) -> EventDate | None:
    """"A police conscript also died, bringing the toll to 74" in the story of the document's incident: that
    incident's day (the toll of one incident grown by a later death); else None (a running total)."""
    if measure not in INCIDENT_MEASURES or ctx.section.kind != "body" or not _in_incident_story(ctx, ctx.index) \
            or not carries_incident(ctx.text, ctx.sentence, q.char_start, ctx.start):
        return None
    return _incident(ctx)[2]


def _retro(ctx: SentenceContext) -> EventDate | None:
    """The date of the document's story for a body sentence's undated count: a retrospective's event
    (dateretro.retro_date) or an operation's month (dateoperation.operation_month), once per document (memo)."""
    if ctx.section.kind != "body":
        return None
    told = _story(ctx)
    if told is None:
        return None
    if told[0] is not None and (day := first_day(ctx.sentence, told[0])) is not None:
        return day  # "fired 37 rounds on the first day" of the operation (dateoperation.py)
    return told[1]


def _story(ctx: SentenceContext) -> tuple[date | None, EventDate] | None:
    """(the operation's first day or None, the story's date) of the context's document, or None (_retro)."""
    memo = ctx.memo
    if memo is not None and _RETRO in memo:
        return memo[_RETRO]
    found: tuple[date | None, EventDate] | None = None
    retro = retro_date(ctx.text, ctx.sentences, ctx.published)
    if retro is not None:
        found = (None, retro)
    else:
        found = operation_month(ctx.text, ctx.sentences, ctx.published)
    if memo is not None:
        memo[_RETRO] = found
    return found


def _operation_opens(ctx: SentenceContext, at: int) -> bool:
    """For undated_telling: whether the period hit at offset `at` of the sentence is opened by the operation's first
    day (a count over the operation: dateoperation.py); False when the document tells no operation of a few days.
    Asked only of a period hit, after the cheaper kinds."""
    told = _story(ctx) if ctx.section.kind == "body" and "-day " in ctx.text else None
    return told is not None and told[0] is not None and opens_operation(ctx.sentence, at, told[0], ctx.published)


_RETRO = "story date"  # the memo's key of the document's story date (_story)


def _in_incident_story(ctx: SentenceContext, i: int) -> bool:
    """Whether sentence `i` and this one lie in the story of the document's incident (datesaid.incident_date)."""
    lead, end, told = _incident(ctx)
    return told is not None and lead < i and ctx.index < end


def _incident(ctx: SentenceContext) -> tuple[int, int, EventDate | None]:
    """datesaid.incident_date of the context's document, once per document (in its memo)."""
    memo = ctx.memo
    if memo is None:
        return incident_date(ctx.text, ctx.sentences, ctx.published)
    found = memo.get(_INCIDENT)
    if found is None:
        found = memo[_INCIDENT] = incident_date(ctx.text, ctx.sentences, ctx.published)
    return found


_INCIDENT = "incident date"  # the memo's key of the document's incident date


@per_sentence
def _sentence_gates(ctx: SentenceContext) -> tuple[bool, bool, bool, bool]:
    """(the sentence is in a photo caption, it may hold a total's words, it may hold "bringing", it may hold a state
    after a number: "still" or "remain", extract/datestates.py's words): the same for
    every number of the sentence, asked once. The words before a number lie inside its sentence, and a sentence
    lowered() lowers (extract/rx.py) has every part of it lowered the same way: when its lower-cased text has none
    of "total", "cumulative", "all" (which _total_before asks of the words first) or no "bringing" (brought_to's
    first test), neither finds anything before any of its numbers (tests/test_dates_gates.py). A sentence lowered()
    refuses keeps both open."""
    sentence = ctx.sentence
    low = lowered(sentence)
    caption = in_caption(ctx.text, ctx.start)
    state = "still" in sentence or "remain" in sentence
    if low is None:
        return caption, True, True, state
    return caption, "total" in low or "cumulative" in low or "all" in low, "bringing" in low, state


def _total_before(before: str) -> bool:
    """Whether the words just before a number make it a total ("bringing the total to").

    Every match of _TOTAL_BEFORE has "total", "cumulative" or "all" in it (lower-cased): a cheap test first.
    """
    low = lowered(before)
    if low is not None and "total" not in low and "cumulative" not in low and "all" not in low:
        return False
    return bool(_TOTAL_BEFORE.search(before))


@per_sentence
def _undated_sentence(ctx: SentenceContext) -> tuple[bool, EventDate | None]:
    """For a sentence without a date expression: (True, the date) when a live blog's update stamp or the
    nearest earlier sentence of the story with a date expression decides it (the date may be None),
    (False, None) when neither does. The same for every number of the sentence."""
    pub = ctx.published
    if ctx.section.kind == "update" or (ctx.section.kind == "body" and stamped_original(ctx.text, ctx.section.start)):
        # the update's own stamp: "UPDATE, May 7, 0900 GMT:" gives its day; a bare time means the published day
        stamp = ctx.text[ctx.section.start : ctx.section.start + 60].split("\n", 1)[0]
        for m in _EXPR.finditer(stamp):
            kind = _kind(m)
            if kind in ("explicit", "weekday", "yesterday", "today"):
                return True, _resolve(m, kind, pub)
        if pub is not None:
            incident = _incident(ctx)[2]
            if incident is not None and incident.precision == "day" and _in_incident_story(ctx, ctx.index) \
                    and carries_incident(ctx.text, ctx.sentence, ctx.start, ctx.start):
                return True, incident  # a wire series' update of the incident its first entry dated
            return True, _day(pub)
    if whole_war(ctx.sentence):
        return True, None  # "killed in the whole war": a total over a period (extract/datewhole.py)
    headed = heading_day(ctx.text, ctx.start, ctx.sentence, lambda t: _hits(t, pub))
    if headed is not None:
        return True, headed  # "30 May\n1630 Sailed ...": a log's day heading dates its entries (dateheadings.py)
    follow = follows_on(ctx.sentence)  # "Another 250 have been treated": the count before it goes on (datefollow.py)
    reach = 2 * LOOK_BACK if follow else LOOK_BACK
    back = past_later_deaths(ctx.text, story_neighbours(ctx, -1, reach + 1), ctx.sentences, reach)  # (datefates.py)
    arrests = only_arrests(ctx.sentence)
    for i in looked_back(ctx.text, ctx.start, back, ctx.sentences):  # (to a caption)
        s, e = ctx.sentences[i]
        if arrests and ctx.text.find("\n\n", e, ctx.start) >= 0:
            return True, None  # arrests take no day from an earlier paragraph (datesaid.only_arrests)
        prev = _hits(ctx.text[s:e], pub)
        if prev and prev[0].kind == "said":
            prev = prev[1:]  # a statement's day lends no date (datesaid.py)
        if prev and (prev[0].kind == "yesterday" or spans_after(ctx.text, ctx.sentences, i)
                     or ended_days_later(ctx.text, ctx.sentences, i)) \
                and i == _incident(ctx)[0] and _in_incident_story(ctx, i + 1):  # (cheap tests first)
            if prev[0].kind == "yesterday":
                break  # the lead's "yesterday" goes on through the story, as its weekday would (datesaid.incident_date)
            incident_day = _incident(ctx)[2]
            assert incident_day is not None  # (_in_incident_story: the incident has its day)
            if incident_day.precision == "month":
                return True, incident_day  # the lead's day, then "Over the next two days, ...": its month
        if prev and told_or_aside(ctx.text[s:e], prev, ctx.sentence) and _in_incident_story(ctx, i):
            continue  # (a toll's day of telling, or an aside's date, in the incident's story: the lead's date goes on)
        if not prev and whole_war(ctx.text[s:e]):
            return True, None  # a total over a whole war lends no date to the sentences after it
        if not prev and question_turn(ctx.text, s, e):
            return True, None  # a new question: an earlier answer's date is not this answer's (answerturns.py)
        if prev and follow and followed_date(prev) is not None:
            return True, followed_date(prev)
        if prev:
            for h in lent_hits(ctx.text[s:e], prev):  # ("began on 3 May and turned on 7 May": datelends.py)
                # (a timeline entry's day dates its entry, with a dash, a colon or a clock time after it: entryscope.py)
                if (h.kind in _INHERITABLE or h.kind == "label") and h.date is not None and (
                        h.anchored or h.kind in _DAYS_NAMED
                        or (h.start == 0 and entry_day(ctx.text, s, s + h.end, ctx.start, ctx.sentence))) \
                        and (ctx.text.find(" of ", s, s + h.start) < 0 or not in_partitive(ctx.text, s, s + h.start)):
                    # (not a part's date: extract/partitives.py)
                    return True, shifted(h.date, days_later(ctx.sentence))  # "two days later" (datelater.py)
                if h.kind == "today" and h.date is not None and _THIS_DAY.match(ctx.text, s + h.start) \
                        and "\n" not in ctx.text[e : ctx.start] and ctx.section.kind == "body" \
                        and not _ANOTHER_ACCOUNT.search(_CLOSING_TAG.sub("", ctx.sentence)):
                    # "this morning", "overnight", "today": the day of the paragraph's story, unless the claim
                    # is another account of it ("Another source claims 35 ...")
                    return True, h.date
            return True, None
    opened = paragraph_opening_date(ctx.text, ctx.start, ctx.sentences, ctx.index, lambda t: _hits(t, pub))
    if opened is not None:
        return True, opened  # "On 15 June, ..." opening the paragraph dates the rest of it (dateopeners.py)
    if pub is not None and in_stamped_entry(ctx.text, ctx.start):
        return True, _day(pub)  # a live blog's entry under a bare time stamp ("19:40 - ..."): the published day
    return False, None


def names_period(sentence: str, pub: date | None = None) -> bool:
    """Whether a sentence counts over a period ("since 2011", "over the past year", "after two weeks of").

    The kinds of a sentence's hits do not depend on the published date (only their dates do), so any `pub`
    gives the same answer: a caller that knows the report's passes it, to reuse the sentence's hits the date
    stage has already found (tests/test_places_shortcuts.py checks the two agree)."""
    return any(h.kind == "period" for h in _hits(sentence, pub))
