"""Second looks at a sentence's date expressions, where the words around two of them change what they say
(for extract/dates.py, whose _hits hands its list here last).

- A weekday in apposition with a date ("on Wednesday morning, September 14") is that date, not the weekday
  counted back from publication (which may be a week off); a weekday opening a period ("since the violence began
  on Sunday 18 February") makes its apposed date that period too.
- "now" before a verb of counting or saying ("the government now counts 59 killed in last week's fighting")
  or of a toll's standing ("the toll since Monday now stands at 17") is when the count was made, not when its
  event happened: another date of the sentence governs (alone, "now" stays the published day, as before).
- "now" before a word of standing deployment ("32,000 troops are now deployed", "now stationed") dates a state,
  not an event: no event date.
- A sentence's only date, in a clause after a semicolon that follows the number ("some 60,000 people fled;
  by December 10, 14,000 were still in shelters"), dates that clause, not the number: the number is dated as
  in a sentence without a date.
- Two dates joined by "between ... and" / "from ... to" ("killed between November 11 and December 10", "between
  19:00 on Friday and 08:00 on Saturday") bound a period: its month when both fall in one month, else no date
  (GUIDELINES: a span of days within one month is YYYY-MM).

The hits are dates._Hit tuples (start, end, kind, date, anchored), changed with _replace; a sentence without a
weekday, a "now" or two explicit dates is handed back at once.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from extract.dateasides import other_events
from extract.datesofar import bodies_found
from extract.partitives import in_partitive

_APPOSED = re.compile(r",?[ \t]+|,")  # "Wednesday, September 14", "Wednesday morning, September 14"
_NOW_COUNTS = re.compile(r"\s+(?:counts|counted|says|puts|estimates|lists|gives|reports|records|tallies|numbers"
                         r"|stands|stood|totals|tops|reaches|exceeds)\b")  # ("the toll since Monday now stands at")
_NOW_SAYS = re.compile(r"\s+(?:says|puts|estimates|reports)\b")  # ("now numbers 4,400" is a state, not a telling)
_NOW_STANDING = re.compile(r"\s+(?:deployed|stationed|based|garrisoned|posted|in\s+the\s+field)\b")
# (a clock time may stand before each day: "between 19:00 on Friday and 08:00 on Saturday")
_CLOCK = r"(?:(?:[01]?\d|2[0-3])[:.h]?[0-5]\d(?:\s*(?:GMT|UTC|local\s+time|[ap]\.?m\.?))?\s+)?"
# (or a part of a day: "from the evening of 16 September until the morning of 18 September 1982")
_DAY_PART = r"(?:the\s+(?:morning|afternoon|evening|night)\s+of\s+)?"
_BOUNDS_BEFORE = re.compile(r"\b(?:between|from)\s+" + _CLOCK + _DAY_PART + "$", re.IGNORECASE)
_YEAR = re.compile(r"(?:1[89]|20)\d\d")
_BOUNDS_GAP = re.compile(r"\s+(?:and|to|until|till|through)\s+" + _CLOCK + _DAY_PART, re.IGNORECASE)


def refine_hits(sentence: str, hits: Sequence[Any]) -> tuple:
    """The sentence's hits after the rules of the module doc (a tuple, as dates._hits returns)."""
    if not hits:
        return ()
    out = other_events(sentence, list(hits))  # "corrected on January 12", "in revenge for" (dateasides.py)
    kinds = {h.kind for h in out}
    if "weekday" in kinds and "explicit" in kinds:
        out = _apposed_weekdays(sentence, out)
    if "period" in kinds and "explicit" in kinds:
        out = _apposed_periods(sentence, out)
    if "period" in kinds and len(out) > 1:
        out = _began_periods(sentence, out)
    if "today" in kinds:
        # "now counts" yields to another date, if any; a week run into the next month is one (no month of its own:
        # dateresolve._week_month) — "now lists 51 deaths linked to last week's riots"
        dated = sum(1 for h in out if h.date is not None or h.kind == "lastweek") > 1
        others = ("so far" in sentence or "to date" in sentence or "So far" in sentence or "To date" in sentence) \
            and any(h.kind != "today" and h.kind != "report" for h in out)  # ("so far ... since January")
        out = [_now(sentence, h, dated, others) if h.kind == "today" else h for h in out]
    if ("explicit" in kinds or "weekday" in kinds) and ("between" in sentence or "from" in sentence
                                                        or "Between" in sentence or "From" in sentence):
        out = _bounds(sentence, out)
    return tuple(out)


def _apposed_weekdays(sentence: str, hits: list) -> list:
    """A weekday followed at once by an explicit date takes that date ("Wednesday morning, September 14")."""
    out = list(hits)
    for i, h in enumerate(out[:-1]):
        nxt = out[i + 1]
        if h.kind == "weekday" and nxt.kind == "explicit" and nxt.date is not None \
                and _APPOSED.fullmatch(sentence, h.end, nxt.start):
            out[i] = h._replace(date=nxt.date)
    return out


def _apposed_periods(sentence: str, hits: list) -> list:
    """A date apposed to a weekday that opens a period ("since the violence began on Sunday 18 February") is that
    period too: the day after the weekday names the same day, not a day of its own (extract/datespans.py)."""
    out = list(hits)
    for i, h in enumerate(out[:-1]):
        nxt = out[i + 1]
        if h.kind == "period" and nxt.kind == "explicit" and _APPOSED.fullmatch(sentence, h.end, nxt.start) \
                and sentence[h.start : h.end].rstrip().lower().endswith(_WEEKDAY_ENDS):
            out[i + 1] = nxt._replace(kind="period", date=h.date, anchored=False)
    return out


# Between "since the offensive" and the weekday it began on: "began on", "started on".
_BEGAN_ON = re.compile(r"\s+(?:began|begun|started|launched|opened|erupted|broke\s+out)\s+(?:on\s+)?$", re.IGNORECASE)


def _began_periods(sentence: str, hits: list) -> list:
    """"since the offensive began on Wednesday": the period "since the offensive" is the span the weekday it began
    on opens (extract/datespans.py), dated as that span is."""
    out = list(hits)
    for i, h in enumerate(out[:-1]):
        nxt = out[i + 1]
        if h.kind == "period" and h.date is None and nxt.kind == "period" and nxt.date is not None \
                and sentence[h.start : h.start + 5].lower() == "since" \
                and _BEGAN_ON.match(sentence[h.end : nxt.start] + " ") is not None:
            out[i] = h._replace(date=nxt.date)
    return out


_WEEKDAY_ENDS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")


def _now(sentence: str, h: Any, dated: bool, others: bool = False) -> Any:
    """A "now" of counting becomes a report's date (None) when another expression dates the sentence (alone, it
    stays the published day: "the ministry now says 40 were killed"); a "now" of standing deployment a period.
    "so far" and "to date" yield to any other expression of the sentence (`others`), a period too: "have so far
    neutralised 47 ... since its start in January" counts over the period (None), "has so far registered 93 dead
    between 16 and 22 December" over those days (their month); alone, they stay the published day, but for bodies
    found ("So far, 58 corpses have been recovered": a day of telling, extract/datesofar.py)."""
    said = sentence[h.start : h.end].lower()
    if (said == "so far" or said == "to date") and (others or bodies_found(sentence)):  # (datesofar.py)
        return h._replace(kind="report", date=None)
    if said != "now":
        return h
    if dated and _NOW_COUNTS.match(sentence, h.end):
        return h._replace(kind="report", date=None)
    if _NOW_SAYS.match(sentence, h.end):
        # alone, a report's day that keeps the published day but lets the story's incident go on ("The
        # organisation now says at least 30 people died": the saying's day, not the deaths', extract/dates.py)
        return h._replace(kind="report")
    if _NOW_STANDING.match(sentence, h.end):
        return h._replace(kind="period", date=None)
    return h


def _bounds(sentence: str, hits: list) -> list:
    """Two dates bounding a period ("between November 11 and December 10", "between 19:00 on Friday and 08:00 on
    Saturday"): both become the period, dated by its month when both days fall in it, else None. Two weekdays
    make a span of named days (kind "wdspan", as "the night of Monday to Tuesday"), which lends its month to the
    sentences after it as a named day does."""
    out = list(hits)
    for i in range(len(out) - 1):
        a, b = out[i], out[i + 1]
        if a.kind != b.kind or a.kind not in ("explicit", "weekday") or a.date is None or b.date is None:
            continue
        if not _BOUNDS_GAP.fullmatch(sentence, a.end, b.start) \
                or not _BOUNDS_BEFORE.search(sentence, max(0, a.start - 24), a.start):
            continue
        first = a.date.value
        if a.kind == "explicit" and b.date.value[:4] != first[:4] and not _YEAR.search(sentence, a.start, a.end):
            first = b.date.value[:4] + first[4:]  # "from 16 September until 18 September 1982": one year
        same = first[:7] == b.date.value[:7] and first <= b.date.value
        when = type(a.date)(first[:7], "month") if same else None
        kind = "period" if a.kind == "explicit" else "wdspan"
        anchored = False
        if same and a.kind == "explicit" and int(b.date.value[8:10]) - int(first[8:10]) <= 7:
            # a run of a few days of one month ("from the evening of 16 September until the morning of 18
            # September 1982"): its month, lent on as a named day is and dating a story's incident, as a run
            # that "began on 16 September and lasted until 18 September" (extract/dateruns.py)
            kind, anchored = "wdspan", True
        out[i] = a._replace(kind=kind, date=when, anchored=anchored)
        out[i + 1] = b._replace(kind=kind, date=when, anchored=False)
    return out


# A clause after the number that is another statement or another count: "..., and that 57 were found dead on
# Sunday" (a second thing reported), "..., which brings the total since March to 86" (a running total's period).
_LATER_TOTAL = re.compile(r",\s+(?:which\s+(?:brings|brought|takes|took|puts|put)|bringing)\s")
_LATER_STATEMENT = re.compile(r",?\s+and\s+that\s")
# A later victim's death in a clause of its own: "Two patients died on arrival, and a third died in intensive care on
# 20 March" (the third's day, not the two's).
_LATER_DEATH = re.compile(r",\s+and\s+(?:a\s+(?:second|third|fourth|fifth|sixth)|another|one\s+more)\b[^,;]{0,40}?"
                          r"\b(?:died|was\s+killed|succumbed)\b")


def later_clause(sentence: str, hit_start: int, number_end: int, dated: bool = True) -> bool:
    """Whether a date expression starting at `hit_start` stands in a clause after the number (ending at
    `number_end`, both offsets in the sentence) that is not the number's: after a semicolon, in a running total
    (", which brings the total since March to 86") or, when it names a date (`dated`), in another reported
    statement ("..., and that 57 were found dead on Sunday") or a later victim's death (", and a third died ... on
    20 March"), or in a partitive aside after it ("..., 12 of them in
    Dara on 4 June": extract/partitives.py). Substring tests first."""
    if hit_start <= number_end:
        return False
    if sentence.find(";", number_end, hit_start) >= 0 \
            or (sentence.find(" of ", number_end, hit_start) >= 0 and in_partitive(sentence, number_end, hit_start)):
        return True  # (", 33 of them at Chong Kneas on 10 March": the part's date, extract/partitives.py)
    between = sentence[number_end:hit_start]
    if dated and "and that" in between and _LATER_STATEMENT.search(between):
        return True
    if dated and ", and " in between and _LATER_DEATH.search(between):
        return True  # ", and a third died in intensive care on 20 March": the later victim's day
    return "," in between and _LATER_TOTAL.search(between) is not None
