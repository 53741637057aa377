"""The place of the incident a report's headline names, for a count of its story that names no place (for
extract/places.py).

A headline that names its incident by its place ("Kasese clashes: toll rises to 40", "LIVE: Goma siege, day 2",
"Correction: Tirana riot toll", "Bunia's dead - who counted them?") says where the whole story happened: an entry of
a live page, a key figure of a situation report or a later paragraph that names no place and finds none in the
sentences around it ("The toll has risen to 19, the mayor said") is of that place. Only a town, a village, a district
or a region followed by the incident's noun (or its possessive "dead"/"toll"), at the headline's start or after a
label ("LIVE UPDATES:", "Analysis:"): a town merely named in a headline is often only where the story starts
(extract/placetitle.py), and "Violence in X" or "attacks near X" place the incident less firmly; anywhere in the
headline, the incident named with "the" ("How many have died in the Bawku conflict?") is as firm as at its start. A country says no
more than nothing does (extract/places.py's main country). Not a headline naming two such places. A headline that
returns to the place after the event ("Kibeho, a month on: ...") names the incident's place as firmly, and so do one
naming the incident's people by it ("the wounded of Gwangju", "the dead of Halabja") and one naming the place with
its event's day or month and year, as an exhibition or an anniversary piece is titled ("Exhibition text:
Sharpeville, 21 March 1960", "Remembering: Halabja, March 1988"), and a parliamentary record's subject heading, the
place and the incident's kind in brackets after the sitting's label ("House of Commons, Monday 31 January 1972:
Londonderry (Shooting Incident)").
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from extract.dateexpr import _MONTH_WORDS
from extract.datewords import span_after
from extract.gazetteer import Mention
from extract.placespread import spread_over_places
from extract.placetold import event_mentions

if TYPE_CHECKING:
    from extract.context import SentenceContext

# The nouns of an incident named by its place ("the Marawi siege"), right after the place (after a possessive:
# "Bunia's dead", "Bunia's toll").
_INCIDENT = re.compile(
    r"(?:'s|\u2019s)?\s+(?:attacks?|standoff|stand-off|siege|conflict|fighting|clashes|killings|massacre|bombings?"
    r"|sieges|blasts?|raids?|ambush|violence|riots?|shelling|offensive|crisis|unrest|uprising|(?:death\s+)?toll)\b"
    r"|(?:'s|\u2019s)\s+(?:dead|victims|missing)\b"
    # a return to the place after the event: "Kibeho, a month on", "Gori, one year later"
    r"|,\s+(?:a|an|one|two|three|four|five|six|ten|twenty|fifty|\d+)\s+(?:days?|weeks?|months?|years?)"
    r"\s+(?:on|later|after)\b"
    # the place with the day (or month) of its event, as a title names a past event: "Sharpeville, 21 March 1960"
    r"|,\s+(?:[0-3]?\d\s+)?" + _MONTH_WORDS + r"(?:\s+[0-3]?\d)?,?\s+(?:1[89]|20)\d\d\b",
    re.IGNORECASE)
# What may stand before the place on the headline: nothing, or a label ending in a colon ("LIVE UPDATES:",
# "Analysis:", "Radio bulletin:"), and "the".
_LABEL = re.compile(r"\s*(?:[A-Za-z][\w ]{0,30}:\s*)?(?:the\s+)?$", re.IGNORECASE)
_TOWNS = frozenset(("site", "district", "village", "city", "admin1"))
# Anywhere in the headline, the incident named with "the" before its place is as firm: "How many people have died in
# the Bawku conflict?", "Survivors of the Acteal massacre speak".
_NAMED_BEFORE = re.compile(r"\bthe\s+\Z", re.IGNORECASE)
# The incident's people named by their place, before it: "the wounded of Gwangju", "the dead of Srebrenica", "the
# victims of Halabja" (as "Bunia's dead" after it).
_PEOPLE_OF_BEFORE = re.compile(r"\bthe\s+(?:dead|wounded|victims|missing|martyrs|fallen)\s+of\s+\Z", re.IGNORECASE)

# The harm the headline reports, then its place: "34 miners killed at Marikana", "Police say 12 shot dead in Kasese".
_HARMED_AT = re.compile(r"\b(?:killed|dead|slain|massacred|died|die)\s+(?:at|in|near)\s+\Z", re.IGNORECASE)


# The incident named with "the", then its place: "Statement No. 3 on the attack at Atatürk Airport", "Briefing on the
# bombing in Kasese" (as "the Kasese bombing"; not "attacks near X", less firm).
_INCIDENT_AT = re.compile(r"\bthe\s+(?:attack|bombing|shooting|massacre|siege|explosion|blast|ambush)\s+(?:at|in)\s+\Z",
                          re.IGNORECASE)


# A parliamentary record's subject heading after its sitting's label: "House of Commons, Monday 31 January 1972:
# Londonderry (Shooting Incident)", "Belfast (Explosion)": the place, then the incident's kind in brackets, ending the
# line.
_RECORD_KIND = re.compile(r"\s*\((?:[A-Z][\w-]*\s+)?(?:Incidents?|Shootings?|Attacks?|Bombings?|Explosions?|Riots?"
                          r"|Disturbances?|Killings?|Violence)\)[ \t]*$", re.IGNORECASE | re.MULTILINE)


@lru_cache(maxsize=32)
def incident_place(text: str) -> Mention | None:
    """The one place the first line of `text` names as its incident's (module doc), else None."""
    stripped = len(text) - len(text.lstrip())
    end = text.find("\n", stripped)
    end = len(text) if end < 0 else end
    if end - stripped > 200:
        return None  # not a headline but a paragraph
    found = [m for m in event_mentions(text) if m.start < end and m.place.precision in _TOWNS]
    if len({m.place.name for m in found}) != 1:
        return None
    m = found[0]
    if _PEOPLE_OF_BEFORE.search(text, m.start - 30 if m.start - 30 > stripped else stripped, m.start) is not None:
        return m
    if _HARMED_AT.search(text, m.start - 24 if m.start - 24 > stripped else stripped, m.start) is not None:
        return m
    if _INCIDENT_AT.search(text, m.start - 24 if m.start - 24 > stripped else stripped, m.start) is not None:
        return m  # "Statement No. 3 on the attack at Atatürk Airport"
    if text[m.end : m.end + 2] in (" (", "(") and _RECORD_KIND.match(text, m.end, end) is not None \
            and text[stripped : m.start].rstrip().endswith(":"):
        return m  # a record's subject heading after its sitting's label (_RECORD_KIND)
    if _INCIDENT.match(text, m.end, end) is None or _LABEL.match(text[stripped : m.start]) is None and not (
            _NAMED_BEFORE.search(text, stripped, m.start)):
        return None
    return m


# The nouns of a lasting conflict named by its place ("the Bawku conflict", "Kasai crisis"): its totals over a period are
# of that place too.
_LASTING = re.compile(r"\s+(?:conflict|violence|unrest|crisis|insurgency)\b", re.IGNORECASE)


def lasting_incident(text: str) -> bool:
    """Whether the headline's incident (incident_place) is a lasting conflict named by its place ("How many people have
    died in the Bawku conflict?"): a count over a period in its story ("146 killed between November 2021 and December
    2024") is of that place, where another story's period is not."""
    m = incident_place(text)
    return m is not None and _LASTING.match(text, m.end) is not None


def spread_around(ctx: SentenceContext, reach: int = 2) -> bool:
    """Whether the claim's sentence, or one of the `reach` sentences before it in its paragraph, counts over two or
    more battlefields or fronts (placespread.spread_over_places: "counted 22,000 Soviet dead on the two
    battlefields. ... Finnish losses were 900 killed"): the count sums the same places, and the headline's
    incident's one place is not lent to it. Asked only when a headline's incident place would be lent
    (extract/places.py)."""
    from extract.carry import paragraph_ends_back  # (carry.py reaches the place modules: imported when asked)

    if spread_over_places(ctx.sentence):
        return True
    for k in range(1, reach + 1):
        if paragraph_ends_back(ctx, k):
            return False
        s, e = ctx.sentences[ctx.index - k]
        if spread_over_places(ctx.text[s:e]):
            return True
    return False



# Months or years after the event: "in the following months", "in the months that followed", "over the next years"
# (datelater.py's span less weeks: "arrested in the weeks that followed" is still often the scene's).
_MONTHS_AFTER = span_after("months|years")


def months_after(sentence: str) -> bool:
    """Whether the sentence counts over the months or years after the event ("Police detained more than 18,000
    people in the following months", "in the months that followed"): a count of the aftermath, over a wider land
    than the scene, lent neither the place of the sentences around it nor the headline's incident's
    (extract/places.py). A substring test first."""
    return ("months" in sentence or "years" in sentence) and _MONTHS_AFTER.search(sentence) is not None
