"""A live or UPDATE entry telling the incident's toll on the incident's own day (for extract/dates.py).

"UPDATE, 2300 GMT: The health office raised its toll to 41 dead on Saturday night" under a lead dating the bombing
to Saturday: the day of telling (extract/dateends.py, kind "report") is no event's day by itself, but when it IS the
incident's day the entry counts that day's dead, and the incident's date goes on, as it does for such a telling in
the body. An update telling a toll on a later day ("rose to 95 on Sunday") is left to the body's rules: the day of
telling alone does not say whose dead.
"""

from __future__ import annotations

from datetime import date
from typing import Any, Sequence

from extract.context import SentenceContext
from extract.dateexpr import _EXPR
from extract.dateresolve import EventDate, _kind, _resolve
from extract.datesaid import carries_incident
from extract.entrystamps import entry_lead
from extract.sections import _UPDATE

_DAY_KINDS = ("explicit", "weekday", "yesterday")  # the tellings that name a day (dateends._STOOD_KINDS)


def told_on_day(sentence: str, hits: Sequence[Any], pub: date | None, day: EventDate) -> bool:
    """Whether a day of telling among `hits` (dates._Hit of kind "report": "put 52 dead on Saturday night") names
    `day` itself. Re-reads only each report hit's own few characters."""
    if day.precision != "day":
        return False
    for h in hits:
        if h.kind == "report" and (m := _EXPR.search(sentence, h.start, h.end)) is not None \
                and (kind := _kind(m)) in _DAY_KINDS and _resolve(m, kind, pub) == day:
            return True
    return False


def told_in_update(ctx: SentenceContext, hits: Sequence[Any], at: int, day: EventDate) -> bool:
    """Whether the number at `at`, in an update entry whose date hits are all tellings, takes the incident's `day`
    (module doc): a telling names that day and the number may carry an incident's date (datesaid.carries_incident,
    asked past the entry's stamp: "UPDATE, 2200 GMT:" is no row's label)."""
    sentence = ctx.sentence
    if not told_on_day(sentence, hits, ctx.published, day):
        return False
    m = _UPDATE.match(sentence) if sentence.lstrip()[:1] in ("U", "u") else None
    skip = m.end() if m is not None else entry_lead(sentence)
    return carries_incident(ctx.text, sentence[skip:], at, ctx.start + skip)
