"""Years that extract/numdigits.py's cues miss: an older year before the thing it dates, and a deadline after "by".

- "The 1898 lighthouse", "the 1666 fire", "its 1851 charter": extract/numyearnouns.py reads a number from 1900 to
  2099 after "the" or a possessive before a singular noun as a year; an older year is read so too, by the same test
  of the noun (no plural, unit or word a count stands before), from 1000 to 1899 and not a round hundred ("the 1500
  word essay", "the 1200 seat hall" are counts of a unit before its noun).
- "must be scrapped by 2050 at a cost of", "net zero by 2050", "by 2030, half the fleet": after "by", a number from
  1900 to 2100 (the century's end of climate outlooks: "could rise 60cm by 2100 if") with no noun after it (the end of the clause or a word that starts a phrase: "at", "in", "and", "the")
  is a deadline; "won by 2000 votes", "outnumbered by 2000 police", a verb of change before "by" ("rose by 2000")
  and "to" after the number ("cut the workforce by 1950 to 8,000") keep their counts; so does a passive's agent or
  amount, a past participle right before "by" with no frame of a plan or target in the clause before it ("the
  garrison was reinforced by 2000", "swollen by 1990"; but "will be withdrawn by 2025", "is to be halved by 2050").
"""

from __future__ import annotations

import re

from extract.numchangeverbs import change_verb_before
from extract.numunits import quantulum_unit, unit_after
from extract.numyearnouns import year_before_noun

# After a deadline year: the end of the clause, or a word that starts a new phrase, not a noun the number counts (nor
# "to": "cut the workforce by 1950 to 8,000" is a change).
_AFTER_DEADLINE = re.compile(
    r"[\s\u00a0]*(?:[.,;:!?)\]\"”’]|$)|[\s\u00a0]+(?:at|in|and|or|but|when|if|as|with|under|through|while|so|"
    r"because|unless|amid|despite|after|before|the|a|an|its|their|his|her|our|latest|earliest|then|now|was|were|"
    r"is|are|will|would|could|should|may|might|must|has|have|had|from|on|for)\b")


def more_year(text: str, start: int, end: int, before: tuple[str, ...], value: float) -> bool:
    """Whether the four-digit whole number at text[start:end] (`before`: the word before it, lower case, as
    extract/numkinds.py `before_words` gives it) is a year by one of the two rules of the module."""
    if before == ("by",):
        return 1900 <= value <= 2100 and _deadline(text, start, end)  # (2100: the century's end, "rise 60cm by 2100")
    return 1000 <= value < 1900 and value % 100 != 0 and year_before_noun(text, end, before, _MODERN)


# year_before_noun tests the noun after the number and asks a year from 1900 to 2099 of the value; the older year
# has passed its own range test above, and the noun test is the same for it.
_MODERN = 1950.0


# A past participle right before "by" ("reinforced", "swollen", "beaten"), and the clause before it back to its start.
_PARTICIPLE_BY = re.compile(r"\b(?:[a-z]{3,}(?:ed|en)|done|made|hit|held|shut|set|cut|led|fed|met)"
                            r"[\s\u00a0]+by[\s\u00a0]+\Z", re.IGNORECASE)
_CLAUSE_START = re.compile(r"[.;:!?]")
# Words of a plan, a target or the future in that clause: "by YEAR" after a participle is a deadline after all.
_PLAN_WORDS = frozenset("""will would shall must should to aim aims aimed target targets targeted plan plans planned
    expected due scheduled set pledged pledge promised promise vowed goal deadline needs need""".split())


def _passive_agent(text: str, start: int) -> bool:
    """Whether "by" before the number at `start` follows a past participle with no plan or target in its clause:
    "the garrison was reinforced by 2000" (the amount), not "must be scrapped by 2050" (a deadline)."""
    lo = max(0, start - 100)
    if not _PARTICIPLE_BY.search(text, lo, start):
        return False
    stop = max((m.end() for m in _CLAUSE_START.finditer(text, lo, start)), default=lo)
    words = set(re.findall(r"[a-z]+", text[stop:start].lower()))
    return words.isdisjoint(_PLAN_WORDS)


def _deadline(text: str, start: int, end: int) -> bool:
    """ "by 2050" and no noun after it, no verb of change before "by", no unit after the number, no passive's
    participle before "by" (`_passive_agent`)."""
    if not _AFTER_DEADLINE.match(text, end) or _passive_agent(text, start):
        return False
    return (not change_verb_before(text, start) and unit_after(text, end) is None
            and quantulum_unit(text, end) is None)
