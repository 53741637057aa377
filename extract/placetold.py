"""Places where a claim was told, not where its event was (for extract/places.py).

A report is released, a press conference held, a reporter or a guest speaks from a city, and the wounded are flown
to hospitals elsewhere: none of these is where the killing happened. Left out of the mentions a claim's place is
chosen from (here and in the sentences around it):

- the place of telling: "in a report released in London", an imprint ("Released in Harare, 20 June"), "told
  reporters in Nairobi", a speech's ("told a rally in Bucharest", "addressed supporters in Kyiv"),
  "at a news conference in Geneva", "speaking from Kuala Lumpur", "reached by telephone
  from Paris", "With me from Pattani is ...", "refugees interviewed in Hargeisa said", "peace talks resumed in Doha", "our correspondent, from Dakar",
  "our Kabul correspondent", "the Nairobi bureau";
- a country that is a nationality: "the kidnapped New Zealand pilot", "the Kenya embassy";
- a news desk and a time zone: "Nile Daily News, Cairo desk", "times are Cairo time";
- the seat of a speaking institution: "Army headquarters at Lisburn said" (extract/placeseat.py);
- a ship named after a person or a place: "the cruiser General Belgrano", "HMS Sheffield", "aboard the Moskva";
- where the hurt were flown, rushed or ferried for treatment: "were flown to Mombasa and Nairobi", "airlifted to
  Kigali", "ambulances ferried the casualties to hospitals in Ismailia", the hurt put ashore ("two crew wounded;
  both landed at Dubai": _LANDED_HURT);
- the ends of a journey: "a voyage from Shanghai to Rotterdam", "the road from Lima to Ayacucho";
- where people or goods came from: "reinforcements arrived from Austria, Britain and Canada" (placeorigin.py).

Added to them: the dateline's town when the story calls it "this town" ("MPEKETONI — ... the raid on this
farming town"), and a sea, gulf or strait ("the southern Red Sea", "the Gulf of Aden") in the stead of a town its
name holds.

A place that is the event's own stays ("shelling in Donetsk killed 12", "a bomb in Kabul", "fighting in
Nairobi's Eastleigh district"). Each form needs a word of its own before the place; a document without one costs a
few substring tests.
"""

from __future__ import annotations

import re
from functools import lru_cache

from extract.gazetteer import GazPlace, Mention, gazetteer
from extract.placementions import _document_mentions
from extract.placeforms import waters
from extract.placeseat import speaker_seat  # "headquarters at Lisburn said"
from extract.placeorigin import origin  # "reinforcements arrived from Austria, Britain and Canada"
from extract.placeaside import aside  # a letter's signature, "if Jakarta agrees", "Annex 2" (placeaside.py)
from extract.callertags import in_tag  # a phone-in caller's "Gary, Shipley: said" (callertags.py)
from extract.rx import guarded, lower_pattern, lowered
from extract.trie import trie_alternation

# Where a report, statement or figures were made public: "a report released in London on Tuesday".
# A document's noun must come first: "an offensive launched in Kharkiv", "orders issued in Rafah" stay places.
_RELEASED = (r"\b(?:report|statement|study|survey|findings|figures|data|document|book|appeal|communiqu\w*|letter"
             r"|paper|analysis|review|dossier|list)\b[^.;]{0,40}?\b(?:released|published|issued|presented|unveiled"
             r"|made\s+public)\s+(?:\w+\s+)?in")
# A line or sentence of the document's own imprint: "Released in Harare, Friday 20 June 2008.", "Published in Nairobi".
_IMPRINT = r"(?:(?<=\n)|(?<=[.:]\s)|\A)[ \t]*(?:released|published|issued|printed)\s+in"
# Where a speaker was when speaking: "told reporters in Nairobi", "at a press conference in Geneva", "speaking
# from Kuala Lumpur", "reached by telephone from Paris", "With me from Pattani", "peace talks resumed in Doha".
_SPOKEN = (r"\b(?:told|briefed)\s+(?:reporters|journalists|the\s+press|a\s+(?:news|press)\s+conference|a\s+briefing"
           r"|parliament|lawmakers|diplomats|the\s+(?:UN\s+)?Security\s+Council)\s+in"
           # "told a rally in Bucharest", "addressed a crowd of supporters in Kyiv" (not "told mourners in Gaza": a
           # funeral is where its dead were)
           r"|\b(?:told|address(?:ed|es|ing)?|(?:speaking|spoke|speaks)\s+(?:to|at|before))\s+(?:an?\s+|the\s+"
           r"|his\s+|her\s+|their\s+)?(?:[\w-]+\s+){0,3}?(?:crowds?|rall(?:y|ies)|supporters|followers|audiences?"
           r"|gatherings?|congress|convention)\s+in"
           r"|\b(?:news|press)\s+(?:conference|briefing)\s+in|\bbriefing\s+(?:reporters\s+)?in"
           r"|\b(?:speaking|spoke|reporting)\s+(?:to\s+\w+\s+)?(?:from|in)"
           r"|\b(?:reported|reports|wrote|writes|writing|filed|files)\s+from"
           r"|\bcorrespondents?,?\s+(?:\w+\s+)?from"  # "[CUE: our correspondent, from Dakar]"
           r"|\b(?:to|told)\s+(?:our|this|a|the)\s+correspondents?\s+in"  # "made available to our correspondent in Gusau"
           r"|\b(?:by\s+(?:tele|satellite\s+)?phone|by\s+video\s+link)\s+(?:from|in)"
           r"|\b(?:with\s+me|joining\s+us|joins\s+us|joined\s+us|live)\s+from"
           r"|\b(?:talks|negotiations|summit)\s+(?:\w+\s+){0,2}?(?:in|at)"
           r"|\b(?:statement|message|broadcast|address|speech|interview)\s+(?:\w+\s+){0,2}?from"
           r"|\b(?:interviewed|interviews|questioned)\s+(?:\w+\s+){0,5}?(?:in|at)")  # "refugees interviewed in Hargeisa",
           # "interviewed 38 survivors and witnesses in Agok"
# A ship's name: "the cruiser General Belgrano", "HMS Sheffield", "aboard the Moskva".
_SHIP = (r"\b(?:HMS|USS|HMAS|HMCS|HMNZS|INS|ARA|RFA|MV|RV)|\baboard(?:\s+the)?"
         r"|\b(?:cruiser|destroyer|frigate|warship|ship|vessel|carrier|submarine|tanker|freighter|ferry|liner"
         r"|corvette|patrol\s+boat|trawler|flagship)")
# Where the hurt were taken for treatment, far from the event: "were flown to Mombasa", "airlifted to Kigali",
# "flown to the Combined Military Hospital in Quetta" (the hospital and its town), "taken to hospitals in Ouallam".
_HOSPITAL_IN = r"\s+(?:the\s+)?(?:[\w'’-]+\s+){0,4}?(?:hospitals?|clinics?|medical\s+cent(?:re|er)s?)\s+in"
_TREATED = (r"\b(?:flown|airlifted|rushed)\s+(?:\w+\s+){0,2}?(?:to|in|into)(?:" + _HOSPITAL_IN + ")?"
            # ("treated for gunshot wounds at the regional hospital in Dori", "treated 27 wounded people at its clinic in")
            r"|\b(?:taken|brought|transferred|shifted|admitted|evacuated|treated)\s+(?:\w+\s+){0,5}?(?:to|in|at)"
            + _HOSPITAL_IN
            # "ambulances ferried the casualties 120 km west to hospitals in Ismailia"
            + r"|\b(?:ferr(?:y|ies|ying|ied)|carr(?:y|ies|ying|ied)|driv(?:e|es|ing|en)|transport(?:s|ing|ed)?)"
              r"\s+(?:[\w,-]+\s+){0,6}?(?:to|into)" + _HOSPITAL_IN)

# The ends of a journey: "a voyage from Shanghai to Rotterdam", "the road from Lima to Ayacucho climbs".
_ROUTE = (r"\b(?:voyage|journey|trip|flight|flights|drive|bus|ride|route|road|train|crossing)\s+(?:\w+\s+){0,2}?from"
          r"(?:\s+(?:the\s+)?(?:[A-Z][\w'’.-]*\s+){1,3}?to)?")

# (the place may be the second of a pair whose first the gazetteer lacks: "hospitals in Ouallam and Niamey")
_TOLD_BEFORE = guarded(r"(?:" + _RELEASED + "|" + _SPOKEN + "|" + _TREATED + "|" + _ROUTE + r")\s+(?:the\s+)?"
                       r"(?:[A-Z][\w'’-]*(?:,\s+|\s+(?:and|or)\s+))?$"
                       r"|(?:" + _SHIP + r")\s+$", re.IGNORECASE)
# The imprint's form apart: it opens with look-behinds and blanks, so joined to the others it would make every blank
# a place where re tries them all (rx.guarded's first characters would hold " " and "\t"). told() asks both and
# takes the earlier match, as one search over both forms would find it.
_IMPRINT_BEFORE = re.compile(r"(?:" + _IMPRINT + r")\s+(?:the\s+)?(?:[A-Z][\w'’-]*(?:,\s+|\s+(?:and|or)\s+))?$",
                             re.IGNORECASE)
# The two patterns above as case-sensitive ones for the document lower-cased by rx.lowered (extract/rx.py): every
# letter of them is matched in any case, so over the lower-cased text (same length, the same word characters, no
# letter that IGNORECASE takes for an ASCII one) they find the same matches at the same places, and re skips at once
# each alternative whose first letter is not the character's, instead of trying every one under IGNORECASE. The
# document is lowered once, for all its mentions; lowered() refuses a text where the two could differ, and then the
# patterns themselves are used (tests/test_speed19_shortcuts.py compares the two ways).
_TOLD_BEFORE_LOW = lower_pattern(_TOLD_BEFORE)
_IMPRINT_BEFORE_LOW = lower_pattern(_IMPRINT_BEFORE)


@lru_cache(maxsize=64)
def _lowered_text(text: str) -> str | None:
    """rx.lowered(text), once per document (told() is asked for each of its mentions)."""
    return lowered(text)


_SHIP_CASE = guarded(r"\b(?:HMS|USS|HMAS|HMCS|HMNZS|INS|ARA|RFA|MV|RV)\s+$")  # upper case only: not "ms", "in"
# "our Kabul correspondent", "the Nairobi bureau": a reporter's post, not an event's place.
# ("the Cairo desk"; "times are Cairo time", "at 6 a.m. Kyiv time": a time zone, not a place)
_POST_AFTER = re.compile(r"\s+(?:[Cc]orrespondents?|[Bb]ureau|[Ss]tringer|[Dd]esk|time\b(?!\s+and\s+again))\b")
# A country before a person's noun is a nationality ("the kidnapped New Zealand pilot", "two Kenya nationals").
_NATIONALITY_AFTER = re.compile(r"\s+(?:pilots?|citizens?|nationals?|journalists?|reporters?|tourists?|hostages?"
                                r"|sailors?|diplomats?|ambassadors?|envoys?|engineers?|aid\s+workers?|missionar(?:y|ies)"
                                r"|passport|embassy|consulate)\b")
_REACH = 90  # characters before a mention searched for the words of telling
_ANCHOR_REACH = 64  # of which the last ones hold a word of _ANCHORS (a document's noun may be further back)


# Where the hurt were put ashore: "two crew wounded, one of them seriously; both landed at Dubai" (not "paratroops
# landed at the airfield": a hurt word must come before, in the same sentence).
_LANDED_HURT = re.compile(r"\b(?:wounded|injured|hurt|casualties|survivors)\b[^.\n]{0,48}?\b(?:landed|put\s+ashore)"
                          r"\s+(?:at|in)\s+$")
_LANDED = ("landed at ", "landed in ", "ashore at ", "ashore in ")


# A town named as a hospital's, where the hurt were taken or treated: "taken to Bule general referral hospital",
# "being treated at Lira regional hospital", "in critical condition at Bwera hospital". The hospital's town is where
# the hurt lie, not where they were hurt. Not a hospital that speaks ("Staff at Muxungue rural hospital said"): a
# word of taking or treating must come just before, and the hospital's word at most three words after the town.
_HOSPITAL_AFTER = re.compile(r"(?:\s+[\w'’-]+){0,3}?\s+(?:[Hh]ospitals?|[Cc]linics?)\b")
_CARED_BEFORE = guarded(r"\b(?:flown|airlifted|rushed|taken|brought|transferred|shifted|admitted|evacuated|treated"
                        r"|treatment|condition)\s+(?:[\w-]+\s+){0,5}?(?:to|in|at)\s+(?:the\s+)?$")


def hospital_town(text: str, m: Mention) -> bool:
    """Whether a mention names the town of a hospital the hurt were taken to or treated at (_HOSPITAL_AFTER after
    it, _CARED_BEFORE before it); a substring test for the hospital's word first."""
    if text.find("ospital", m.end, m.end + 48) < 0 and text.find("linic", m.end, m.end + 48) < 0:
        return False
    return _HOSPITAL_AFTER.match(text, m.end) is not None \
        and _CARED_BEFORE.search(text, m.start - 70 if m.start > 70 else 0, m.start) is not None


def told(text: str, m: Mention) -> bool:
    """Whether a mention is where a claim was told, a ship's name or where the hurt were flown (module doc).

    Every form ends, just before the place (and a "the"), with a preposition or a ship's word, and holds one of
    _ANCHORS: two cheap tests before the window is searched."""
    if _POST_AFTER.match(text, m.end) or (m.place.precision == "country" and _NATIONALITY_AFTER.match(text, m.end)):
        return True
    if hospital_town(text, m):
        return True
    if text.endswith(_LANDED, m.start - 11 if m.start > 11 else 0, m.start) \
            and _LANDED_HURT.search(text, m.start - 80 if m.start > 80 else 0, m.start) is not None:
        return True
    word = _word_before(text, m.start)
    if word in _PREPOSITIONS:
        if not has_anchor(text[m.start - _ANCHOR_REACH if m.start > _ANCHOR_REACH else 0 : m.start]):
            return False
    elif word not in _SHIP_WORDS:
        return False
    a = m.start - _REACH if m.start > _REACH else 0
    low = _lowered_text(text)
    if low is not None:  # (the same matches at the same places: see _TOLD_BEFORE_LOW)
        hit = _TOLD_BEFORE_LOW.search(low, a, m.start)
        imprint = _IMPRINT_BEFORE_LOW.search(low, a, m.start)
    else:
        hit = _TOLD_BEFORE.search(text, a, m.start)
        imprint = _IMPRINT_BEFORE.search(text, a, m.start)
    if imprint is not None and (hit is None or imprint.start() < hit.start()):
        return True  # "Released in Harare": (its first word is no ship's prefix)
    if hit is None:
        return False
    if _short_prefix(hit.group()):  # "INS", "MV": a ship's prefix only when written in capitals
        return bool(_SHIP_CASE.search(text, a, m.start))
    return True


# The word just before the place in every form but a ship's: a preposition; the words one of which every such
# form holds (lower-cased); the words just before a ship's name.
_PREPOSITIONS = frozenset(("in", "from", "at", "to", "into", "and", "or"))  # (a pair's second: "in Ouallam and")
_ANCHORS = ("releas", "publish", "issued", "presented", "unveil", "public", "told", "brief", "conference", "speak",
            "spoke", "report", "phone", "video", "me from", "us from", "live", "talks", "negotiations", "summit",
            "statement", "message", "broadcast", "address", "speech", "interview", "flown", "airlift", "rushed",
            "hospital", "clinic", "medical", "wrote", "writ", "filed", "files", "voyage", "journey", "trip", "flight",
            "drive", "bus", "ride", "route", "road", "train", "crossing", "correspondent")
# All of _ANCHORS as one trie-shaped pattern (each a plain substring, as `w in low` finds it): told's cheap test.
_ANCHOR_RX = re.compile(trie_alternation(_ANCHORS))
_SHIP_WORDS = frozenset("""hms uss hmas hmcs hmnzs ins ara rfa mv rv aboard cruiser destroyer frigate warship ship vessel
    carrier submarine tanker freighter ferry liner corvette boat trawler flagship""".split())


def has_anchor(window: str) -> bool:
    """Whether the lower-cased `window` holds one of _ANCHORS anywhere: one search of a trie-shaped pattern, a
    quarter cheaper than one `in` per word (tests/test_places_shortcuts.py compares the two)."""
    return _ANCHOR_RX.search(window.lower()) is not None


def _short_prefix(matched: str) -> bool:
    """Whether a match of _TOLD_BEFORE is a ship's prefix of two or three letters ("INS ", "mv ")."""
    word = matched.split()[0] if matched.split() else ""
    return len(word) <= 5 and word.upper() in ("HMS", "USS", "HMAS", "HMCS", "HMNZS", "INS", "ARA", "RFA", "MV", "RV")


# The dateline's place ("MPEKETONI —", "KABUL, Afghanistan (Wire) —") and a sentence pointing at it as the
# place of the story ("the raid on this farming town", "in this city"): then the dateline is where it happened.
_DATELINE_PLACE = re.compile(r"^[ \t]*(?P<place>[A-Z][A-Z'’.\-]+(?: [A-Z][A-Z'’.\-]+){0,2})(?:,[^\n—–(]{0,40})?"
                             r"[ \t]*(?:\([^()\n]{1,40}\))?[ \t]*[—–-][ \t]", re.MULTILINE)
_THIS_PLACE = re.compile(r"\bthis\s+(?:[a-z-]+\s+){0,2}?(?:town|city|village|port|camp|settlement|market\s+town)\b")


def dateline_place(text: str) -> re.Match[str] | None:
    """`_DATELINE_PLACE.search(text)`, tried only at the starts of lines (the text's start and after each "\\n"),
    the one place its "^" (re.MULTILINE) matches: a few anchored matches, not a try at every character."""
    i = 0
    while True:
        m = _DATELINE_PLACE.match(text, i)
        if m is not None:
            return m
        i = text.find("\n", i) + 1
        if i == 0:
            return None


def dateline_mention(text: str) -> Mention | None:
    """The dateline's place as a mention, when the story calls it "this town" (_THIS_PLACE); else None.

    A dateline says where a report was filed, so it is no event's place by itself ("PARIS (Wire) —" over a
    massacre near Algiers); "this town" in the story makes it the scene. A name the gazetteer lacks is kept as
    written, unresolved."""
    if "this " not in text:
        return None
    d = dateline_place(text)
    if d is None or not _THIS_PLACE.search(text, d.end()):
        return None
    s, e = d.span("place")
    name = text[s:e]
    if len(name) < 3:
        return None
    known = [m for m in gazetteer().mentions(name.title()) if m.start == 0 and m.end == len(name)]
    place = known[0].place if known else GazPlace(name.title(), None, "", None, None, "village")
    return Mention(s, e, place)


def _water_mentions(text: str) -> list[Mention]:
    """The seas, gulfs and straits of the text (waters()) as places of a region's rank, unresolved."""
    return [Mention(s, e, GazPlace(text[s:e], None, "", None, None, "admin1")) for s, e in waters(text)]


def _word_before(text: str, start: int) -> str:
    """The word just before `start`, lower-cased, past a "the" ("into the " -> "into"); "" when none."""
    last = text[start - 20 if start > 20 else 0 : start].rsplit(None, 2)
    if not last:
        return ""
    word = last[-1].lower()
    if word == "the" and len(last) > 1:
        word = last[-2].lower()
    return word


def _is_ship(text: str, m: Mention) -> bool:
    """Whether told() leaves a mention out as a ship's name (a ship's word or prefix just before it)."""
    return _word_before(text, m.start) in _SHIP_WORDS and told(text, m)


@lru_cache(maxsize=64)
def _ship_starts(text: str) -> tuple[int, ...]:
    """The starts of the ships' names among the document's mentions, in order."""
    return tuple(m.start for m in _document_mentions(text) if _is_ship(text, m))


def names_a_ship(text: str, start: int, end: int) -> bool:
    """Whether the span [start, end) (a sentence) names a ship: the place of what happened aboard it is the ship's,
    not one another sentence names ("323 of them in the sinking of the cruiser General Belgrano")."""
    ships = _ship_starts(text)
    return bool(ships) and any(start <= s < end for s in ships)


@lru_cache(maxsize=64)
def event_mentions(text: str) -> tuple[Mention, ...]:
    """The document's place mentions (extract/placementions.py) less those where a claim was told (told()), with
    the dateline's place when the story says it is there (dateline_mention()) and the seas (_water_mentions()) in
    the stead of any mention they overlap."""
    found = _document_mentions(text)
    added = [w for w in (dateline_mention(text),) if w is not None] + _water_mentions(text)
    if added:
        found = tuple(sorted([m for m in found if not any(a.start < m.end and m.start < a.end for a in added)]
                             + added, key=lambda m: m.start))
    out: list[Mention] = []
    after_told = -1  # the end of the last mention left out: a partner joined to it goes too ("Mombasa and Nairobi")
    for m in found:
        if told(text, m) or speaker_seat(text, m) or aside(text, m) or origin(text, m) or in_tag(text, m.start) \
                or (after_told >= 0 and _partner_gap(text[after_told : m.start])):
            after_told = m.end
        else:
            after_told = -1
            out.append(m)
    return tuple(out)


_PARTNER_GAP = re.compile(r"(?:,\s*|\s+)(?:and|or)\s+|,\s*")


def _partner_gap(gap: str) -> bool:
    """Whether the text between two mentions joins them as one list ("Mombasa and Nairobi", "Lyon, Paris")."""
    return 0 < len(gap) <= 7 and bool(_PARTNER_GAP.fullmatch(gap))
