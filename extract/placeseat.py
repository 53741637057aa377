"""The seat of a speaking institution: "Army headquarters at Lisburn said ...", "the government in Bishkek now
counts ...", "At NATO headquarters in Brussels, a spokesman said ...", "the exile administration in Dharamsala says",
"the republic's representative in Moscow gave us the figures", "the La Paz general staff's figure" (for
extract/placetold.py).

The place names where the speaker sits, not where the killing it reports happened: a headquarters, a
government, a command or a ministry "at" or "in" a place, with a verb of saying or counting after it in the
same sentence; or a town after a body's full name ("The Syrian Observatory for Human Rights in London said": the
test of extract/seatnames.py). Without the verb the place stays an event's ("the army headquarters in Rawalpindi was
attacked").
Organisations, groups, associations, a commission or a committee "in" a town with a verb of saying after it
("Ingush organisations in Nazran say ...") speak from there too; a body something passed through ("exchanged
through the commission in Beslan") sits there, whatever follows. So does a broadcaster or newspaper "in" a town with a
verb of saying after it ("The Front's radio in Aden claimed that ..."): its seat, not the battle it reports.
Diplomats "in" a town speak from it ("according to diplomats in Dakar"): their town is no event's place either; so
does a spokesman "in" a town with a verb of saying after it ("an army spokesman in Tel Aviv says"), and a speaker
who fled "to" a town ("a district head who fled to Maiduguri told reporters").
"""

from __future__ import annotations

import re

from extract.gazetteer import Mention
from extract.seatnames import name_before
from extract.trie import trie_alternation

_SEAT_BEFORE = re.compile(r"\b(?:headquarters|HQ|government|high\s+command|command|ministry|parliament|embassy"
                          r"|secretariat|administration|representatives?|representation|general\s+staff|organi[sz]ations?|groups"
                          r"|associations?|commission|committee|radio|radio\s+station|broadcasters?|newspapers?)\s+(?:at|in)\s+(?:the\s+)?$",
                          re.IGNORECASE)  # ("The Front's radio in Aden claimed": the broadcaster's seat)
# A body through which something passed: "exchanged through the commission in Beslan", "via the committee in Kigali"
# (where the body sits, not where the people were taken): no verb of saying needed.
_THROUGH_BODY = re.compile(r"\b(?:through|via)\s+(?:the|a)\s+(?:[\w-]+\s+)?(?:commission|committee|office|mission"
                           r"|intermediary|mediators?)\s+(?:at|in)\s+(?:the\s+)?$", re.IGNORECASE)
_SAYS_AFTER = re.compile(r"[^.;:!?\n]{0,60}?\b(?:said|says|say|counts|counted|announced|reported|reports|claimed"
                         r"|claims|stated|puts|put|estimated|estimates|told|insisted|denied|confirmed|gave|gives)\b")
_AT_IN = (" at ", " in ", " at the ", " in the ")  # the words just before a seat's place
_SEAT_WORDS = ("quarters", "HQ", "overnment", "ommand", "inistry", "arliament", "mbassy", "ecretariat", "dministration",
               "epresentative", "eneral staff", "rganisation", "rganization", "groups", "ssociation", "ommission",
               "ommittee", "epresentation", "radio", "roadcaster", "ewspaper")
_SEAT_WORD = re.compile(trie_alternation(_SEAT_WORDS))  # any of them, as one search (not one `in` per word)


# Speakers far from the event, named with where they sit: "according to diplomats in Dakar", "Western diplomats in
# Nairobi said" (residents, doctors or officials "in" a town may be at the event: not these).
_ABROAD_BEFORE = re.compile(r"\b(?:diplomats|diplomatic\s+sources|embassy\s+officials)\s+in\s+$", re.IGNORECASE)
# A spokesman "in" a town speaks from it ("an army spokesman in Tel Aviv says", "a spokesman in Paris said"): the
# seat of the force he speaks for, not where its losses were (with a verb of saying after the town).
_SPOKESMAN_BEFORE = re.compile(r"\bspokes(?:man|men|woman|women|person|people)\s+in\s+$", re.IGNORECASE)


# A speaker who fled to a town speaks from it ("a district head who fled to Maiduguri told reporters that as many as
# 2,000 people may have been killed"): with a verb of saying after the town, it is where the claim was told, not the
# killing's place. Not people counted who fled there ("some 3,000 who fled to Goma said ...": their refuge).
_FLED_SPEAKER_BEFORE = re.compile(r"\bwho\s+(?:had\s+|has\s+|have\s+)?(?:fled|escaped)\s+to\s+(?:the\s+)?$")


# A site's own people speaking from it: "Officials at the Civil Hospital said 86 had died", "the directors of the Central
# Morgue say": the place where the dead were counted, not where they were killed (with a verb of saying after it; a
# site only: "officials in Quetta said" may be at the scene).
_SITE_STAFF_BEFORE = re.compile(r"\b(?:officials|directors?|administrators?"
                                r"|managers?|sources)\s+(?:at|of)\s+(?:the\s+)?$", re.IGNORECASE)
# A speaking body's meeting place or office in a relative clause: "the memorial committee, which meets in a kitchen on
# Mill Street, says the toll was 50", "a charity that works from an office in Elm Road says ...".
_MEETS_BEFORE = re.compile(r"\b(?:which|that|who)\s+(?:meets|met|works|worked|sits|is\s+based|has\s+its\s+offices?)"
                           r"\s+(?:[^.,;:]{0,30}?\s)?(?:at|in|on|from)\s+(?:the\s+)?$")


def _site_speaker(text: str, m: Mention) -> bool:
    """Whether a named site (a hospital, a street) is where a speaker works or meets, with a verb of saying after it
    (_SITE_STAFF_BEFORE, _MEETS_BEFORE). Cheap tests first: a site, then a word of the forms in the window before."""
    if m.place.precision != "site":
        return False
    a = m.start - 60 if m.start > 60 else 0
    window = text[a : m.start]
    if not ((" at " in window or " of " in window) and _SITE_STAFF_BEFORE.search(window)) \
            and not (("which" in window or "that" in window or "who" in window) and _MEETS_BEFORE.search(window)):
        return False
    return _SAYS_AFTER.match(text, m.end) is not None


def _fled_speaker(text: str, m: Mention) -> bool:
    """Whether a mention is the town a speaker fled to, with a verb of saying after it (_FLED_SPEAKER_BEFORE, no
    number just before the "who"); a cheap test first: " to " just before it and "who" in the 30 characters before."""
    a = m.start - 30 if m.start > 30 else 0
    if not text.endswith((" to ", " to the "), a, m.start) or text.find("who", a, m.start) < 0:
        return False
    hit = _FLED_SPEAKER_BEFORE.search(text, a, m.start)
    if hit is None or any(c.isdigit() for c in text[max(0, hit.start() - 30) : hit.start()]):
        return False
    return _SAYS_AFTER.match(text, m.end) is not None


# A town naming the institution or the broadcaster seated in it: "the La Paz general staff's figure", "the Kabul
# government says", "Baghdad radio said", "Moscow press: Izvestiya carried ...".
_SEAT_AFTER = re.compile(r" (?:general\s+staff|high\s+command|government|regime|radio|television|TV|press)\b",
                         re.IGNORECASE)
_SEAT_AFTER_FIRST = frozenset("gGhHrRtTpP")  # the first letters of _SEAT_AFTER's words: a cheap test first
_ITS_FIGURE = ("'s", "’s", ":")  # after the institution: its figure ("'s own figure"), or a label of what it said


def speaker_seat(text: str, m: Mention) -> bool:
    """Whether a mention is where a speaking institution sits (module doc), where diplomats speak from
    (_ABROAD_BEFORE), or a town that names the institution seated there when that one speaks or has a figure
    ("the La Paz general staff's figure", "the Kabul government says", "Baghdad radio said", "Moscow press:" heading
    what its papers carried: _SEAT_AFTER; it sits there, whatever it counts). Cheap tests first: the word just
    before is "at" or "in" (past a "the"), and an institution's word is in the 30 characters before."""
    if text[m.end + 1 : m.end + 2] in _SEAT_AFTER_FIRST and m.place.precision != "country":
        seat = _SEAT_AFTER.match(text, m.end)
        if seat is not None and (text.startswith(_ITS_FIGURE, seat.end()) or _SAYS_AFTER.match(text, seat.end())):
            return True  # its figure or its word, not a building there ("the Kabul government compound was hit")
    if _site_speaker(text, m):
        return True  # "Officials at the Civil Hospital said": where the dead were counted, not the scene
    a = m.start - 36 if m.start > 36 else 0
    if not text.endswith(_AT_IN, a, m.start):  # (as the window's endswith, without copying it)
        return _fled_speaker(text, m)  # "a district head who fled to Maiduguri told reporters"
    window = text[a : m.start]
    if "iplomat" in window or "mbassy officials" in window:
        if _ABROAD_BEFORE.search(window):
            return True
    if "spokes" in window and _SPOKESMAN_BEFORE.search(window):
        return _SAYS_AFTER.match(text, m.end) is not None
    seat_word = _SEAT_WORD.search(window) is not None
    if seat_word and ("through" in window or "via" in window) and _THROUGH_BODY.search(window):
        return True
    if not (seat_word and _SEAT_BEFORE.search(window)) and not _named_body_in(text, m):
        return False
    return _SAYS_AFTER.match(text, m.end) is not None


def _named_body_in(text: str, m: Mention) -> bool:
    """Whether a town or region follows "<a body's full name> in" or "... based in" ("The Syrian Observatory for
    Human Rights in London said", "the Office of the High Commissioner in Geneva said": extract/seatnames.py's test
    of a full name). A country after a body's name is where it works, not its seat ("the Red Cross in Yemen")."""
    if m.place.precision == "country" or not text.endswith(" in ", 0, m.start):
        return False
    end = m.start - 4  # (before " in ")
    if text.endswith(" based", 0, end):
        end -= 6
    if not text[text.rfind(" ", 0, end) + 1 : end][:1].isupper():
        return False  # (a cheap test first: the word before is no capitalised one)
    start = name_before(text, end)
    if start < 0:
        return False
    # "At St Sebastian's Church in Negombo alone, church officials counted ...": a name after a preposition of place
    # is where the count was, a building, not a body speaking from its seat
    return text[start : text.find(" ", start, end)] not in _PLACE_PREPOSITIONS \
        and not text.endswith((" at ", " at the ", " in ", " inside ", " outside "), 0, start)


_PLACE_PREPOSITIONS = frozenset(("At", "Inside", "Outside", "Near"))


# A country a war or a fight is "with" is the other side, not a place: "last week's border fighting with
# Tajikistan", "the war with Russia", "clashes with Eritrea".
_FOE_BEFORE = re.compile(r"\b(?:war|wars|fighting|clashes|conflict|battles?|skirmish(?:es)?|hostilities|dispute|truce"
                         r"|ceasefire|talks)\s+with\s+(?:neighbou?ring\s+)?$", re.IGNORECASE)


def foe_country(text: str, m: Mention) -> bool:
    """Whether a country's mention is the other side of a war or fight ("border fighting with Tajikistan").
    A cheap test first: "with " just before it."""
    if m.place.precision != "country":
        return False
    a = m.start - 40 if m.start > 40 else 0
    window = text[a : m.start]
    if not (window.endswith("with ") or window.endswith("neighbouring ") or window.endswith("neighboring ")):
        return False
    return _FOE_BEFORE.search(window) is not None
