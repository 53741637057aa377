"""Places that belong to their own clause only (for extract/places.py): they lend themselves to no count of another
clause or another sentence.

- Where bodies or the wounded were carried: "volunteers carried 68 bodies to the St Luke hospital morgue" is the
  place of the 68 (its own clause names it), but "residents say scores were killed in the shelling; volunteers
  carried 68 bodies to the X morgue" did not kill the scores at the morgue, and the next sentence's "I counted
  eleven dead on my street" is not at the morgue either.
- A part set against a whole: "in Jinotega alone they found 17 deaths missing" is the 17's place; the national
  count the clause before it corrects ("the ministry has registered 214 deaths, a figure the teams consider too
  low: in Jinotega alone ...") and the sentences around it are not in Jinotega.
- The town of the hospital the wounded are in: "9 of them remain at X Hospital in Nairobi", "12 are in hospital in
  Luxor and Cairo" is no place of the attack the sentences around it count (the attack's town is named there); a
  hospital that is its sentence's subject ("X Hospital in Sampit is treating 73") is not read here.
- Where the unrest was set off: "a doubling of bus fares in X, a commuter town, set off the looting" is where the
  riots began, not the place of the tolls of the riots across the country told in the sentences around it; the
  mention lies before a verb of setting off in its own sentence ("that set off", "sparked", "triggered").
People who fled "to" a place are there (extract/placescope.py refuge): only verbs of carrying are read here.
"""

from __future__ import annotations

import re
from functools import lru_cache

from extract.gazetteer import Mention
from extract.rx import guarded

# A verb of carrying, its object (up to four words) and "to" just before the place ("carried 68 bodies to the"), or
# "to" a hospital or morgue "in" or "at" the place ("taken to the morgue in Azaz", "rushed to hospital in Kirkuk").
_CARRIED_BEFORE = guarded(r"\b(?:carried|taken|brought|rushed|transported|transferred|evacuated|delivered|ferried)"
                             r"\s+(?:[\w'’,-]+\s+){0,4}?to\s+(?:the\s+)?(?:(?:[\w'’-]+\s+){0,3}?(?:in|at)\s+)?$",
                             re.IGNORECASE)
_BEFORE_ENDS = (" to ", " to the ", " in ", " at ")
# The town of the hospital people are in: "are in hospital in Luxor", "remain ... at Kenyatta National Hospital in
# Nairobi" (not a hospital that is the sentence's subject, "Dr. X Hospital in Sampit is treating 73", nor "the
# hospital in Izium" an air strike hit: often the scene's own town).
# A town after others of a list is the hospitals' too ("in hospital in Luxor and Cairo").
_HOSPITAL_BEFORE = guarded(r"\b(?:in|at)\s+(?:[A-Z][\w'’.-]*\s+){0,4}?[Hh]ospitals?\s+(?:in|at)\s+"
                           r"(?:[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)?(?:,\s+|,?\s+and\s+))*$")
_HOSPITAL_ENDS = (" in ", " at ", " and ", ", ")


# A verb of setting off unrest after the place, in its sentence: where the unrest began (module doc).
_SET_OFF_AFTER = re.compile(r"[^.;!?\n]{0,120}?\b(?:(?:that|which|and)\s+)?(?:set|touched)\s+off\b|[^.;!?\n]{0,120}?"
                            r"\b(?:sparked|triggered)\s+(?:the\s+|a\s+)?(?:riots?|looting|unrest|protests?|uprising"
                            r"|violence|disturbances)\b")


@lru_cache(maxsize=64)
def _sets_off(text: str) -> bool:
    """Whether the document holds a verb of setting off at all (asked once per document, before _SET_OFF_AFTER)."""
    return " off" in text and ("et off" in text or "ed off" in text) or "triggered" in text or "sparked" in text


def kept_to_clause(text: str, m: Mention) -> bool:
    """Whether a mention is the place of its own clause only (module doc): a place bodies or wounded were carried
    to, a part set against a whole ("in X alone"), or where the unrest was set off. Cheap tests first: " alone" just
    after it, a verb of setting off in the document, or "to", "in" or "at" just before it with "to" in the words
    before."""
    if text.startswith(" alone", m.end):
        return True
    if _sets_off(text) and _SET_OFF_AFTER.match(text, m.end) is not None:
        return True
    a = m.start - 70 if m.start > 70 else 0
    if text.endswith(_HOSPITAL_ENDS, a, m.start) and text.find("ospital", a, m.start) >= 0 \
            and _HOSPITAL_BEFORE.search(text, a, m.start) is not None:
        return True  # the town of the hospital the wounded are in ("in hospital in Luxor")
    if not text.endswith(_BEFORE_ENDS, a, m.start) or text.find(" to ", a, m.start) < 0:
        return False
    return _CARRIED_BEFORE.search(text, a, m.start) is not None


def all_kept(text: str, cands: list) -> bool:
    """Whether a sentence's place candidates ((rank, destination, mention) tuples of extract/places.py) are all kept
    to their own statements (kept_to_clause). Asked once per sentence."""
    for c in cands:
        if not kept_to_clause(text, c[2]):
            return False
    return bool(cands)


def in_own_statement(text: str, cands: list, start: int, end: int, at: int) -> bool:
    """Whether one of the candidates lies in the statement of the number at `at`: the stretch of the sentence
    [start, end) between the semicolons or colons around it ("residents say scores were killed; volunteers carried
    68 bodies to the X morgue" are two). Commas do not part statements: "35 wounded, most of them hit by shrapnel,
    were brought to X's hospital" is one. When none does, the sentence lends the number no place."""
    lo = max(text.rfind(";", start, at), text.rfind(":", start, at)) + 1 or start
    hi = min((k for k in (text.find(";", at, end), text.find(":", at, end)) if k >= 0), default=end)
    return any(lo <= c[2].start < hi for c in cands)


def other_conjunct(text: str, start: int, end: int, m: Mention) -> bool:
    """Whether ", and " or "; " stands between the number at [start, end) and the mention: the place of another
    conjunct ("75 missiles at camps near Khost, in Afghanistan, and 13 at a plant in Khartoum": Khost is not the
    13's), which yields to one of the number's own conjunct among places as specific as each other."""
    lo, hi = (end, m.start) if m.start > start else (m.end, start)
    return text.find(", and ", lo, hi) >= 0 or text.find("; ", lo, hi) >= 0
