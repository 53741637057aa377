"""The place mentions of a document that can be where its events happened (for extract/places.py).

The gazetteer's mentions (extract/gazetteer.py), less the dateline city and a byline (where the
report was filed, and a person), a place that speaks or acts ("Moscow denied", "Kyiv says",
"launched by Russia", "Ukraine's General Staff said", "Hanoi's figure for"), a place inside an organisation's name
("the UN Assistance Mission in Afghanistan", "the Arakan Army", "Kyiv-based", "Agence
France-Presse") and a region's name ending a longer one ("Tal Afar"), plus the places the
gazetteer lacks that the text calls places (extract/placenames.py), one sense per discourse.
Computed once per document.
"""

from __future__ import annotations

import re
from functools import lru_cache

from extract.bodywords import body_words
from extract.gazetteer import Mention, country_names, gazetteer, key_of
from extract.placenames import unlisted
from extract.placeopeners import OPENERS
from extract.placeimprint import imprint_spans
from extract.placesignoff import signoff_spans
from extract.placeseat import foe_country
from extract.placeshort import short_forms
from extract.notplaces import not_places, station_lists
from extract.rx import guarded
from extract.trie import trie_alternation

# A dateline ("KYIV, Ukraine (Eastbridge Wire) —", "BEIRUT, March 3 (Reuters) -", "SRINAGAR:") names where the
# report was filed, and a byline ("By Mara Lindqvist, ...") a person: neither is where the event happened.
_DATELINE = re.compile(r"^[ \t]*[A-Z][A-Z'’.\- ]+(?:,[ \t]*[A-Z0-9][\w'’.\- ]*){0,3}[ \t]*(?:\([^()\n]{1,40}\))?"
                       r"[ \t]*(?:[—–-]|:(?=[ \t]))", re.MULTILINE)
_BYLINE = re.compile(r"^[ \t]*By[ \t]+[A-Z][^,\n]{0,60}", re.MULTILINE)


# A place that speaks or acts is its government or army ("Moscow gave a different account", "Kyiv says",
# "drones launched by Russia"), not where the event happened.
_ACTOR_AFTER = re.compile(
    r"(?:,\s+(?:which|who)\s+(?:[^,.;:\n]|(?<=\d)[,.](?=\d)){1,60},)?"  # ("Iran, which sent some 4,000 troops in 1973, lost more than 200")
    r"(?:['’]s)?(?:,\s+for\s+(?:its|their|his|her)\s+part,)?"  # ("Dushanbe, for its part, says")
    r"(?:\s+(?:later|also|then|earlier|first|now|initially|officially|publicly|previously))?"  # ("Moscow later said")
    r"\s+(?:says|said|say|claims?|claimed|denie[sd]|deny|gave|gives|does|did|has\s+said|insist(?:s|ed)?"
    r"|accuse[sd]?|warn(?:s|ed)?|announced?|rejecte?d?s?|responded|admit(?:s|ted)|confirm(?:s|ed)|reported|estimates?"
    r"|blame[sd]?|retaliated|vowed|countered|(?:has\s+|had\s+)?lost|launched|fired|deployed|pledged|mourns?|mourned"
    r"|(?:has\s+|had\s+|have\s+)?(?:sent|dispatched|moved)|sends|dispatches|moves"  # ("Senegal has sent 1,300 troops", "Peru has moved")
    # a government's reply or policy: "Asmara has never acknowledged", "Seoul has suspended", "Djibouti welcomed"
    r"|(?:(?:has|have|had)\s+(?:never\s+|not\s+|also\s+|already\s+|repeatedly\s+)?)?(?:acknowledged|suspended"
    r"|welcomed|condemned|demanded|refused|protested|recalled|expelled|threatened)"
    r"|acknowledges|suspends|welcomes|condemns|demands|refuses|protests|recalls|expels|threatens"
    # its own toll or its captives: "Armenia raises its toll to 105", "Azerbaijan puts its losses at 71", "Eritrea
    # frees four prisoners", "Djibouti handed over two"
    r"|raises|raised|puts|(?:has\s+|had\s+)?(?:freed|released|handed\s+over)|frees|releases|hands\s+over"
    # "Tigray officials say": the place is the speakers' side
    r"|(?:officials?|authorities|leaders?|police|media|government|administration|army|military)\s+(?:says?|said|claim(?:s|ed)?"
    r"|report(?:s|ed)?|told|confirm(?:s|ed)?|den(?:y|ies|ied)))\b")
_ACTOR_BEFORE = guarded(r"\bby\s+(?:the\s+)?$", re.IGNORECASE)
# A place's estimate or claim is its government's, a speaker's ("according to Moscow's estimate", "Kyiv's version"),
# and so is its figure for another side's dead ("Hanoi's figure for Chinese dead"); not its toll or its own count,
# which are where the deaths were ("Gaza's toll", "Timisoara's count stands at 93", "Gaza's figures").
_SPEAKERS_NOUN_AFTER = re.compile(r"['’]s\s+(?:own\s+|official\s+|latest\s+|new\s+|earlier\s+|first\s+)?"
                                  r"(?:estimates?|claims?|account|version"
                                  r"|(?<=official\s)histor(?:y|ies)|(?<=official\s)records?"  # ("Hanoi's official history puts")
                                  r"|(?:figures?|counts?|tall(?:y|ies))\s+(?:for|of)\s+(?:the\s+)?[A-Z])")


# A town's or a region's office holder's office or spokesman, the name of a source: "the Istanbul governor's
# office", "the Lagos mayor's spokesman", "the Basra police chief's office" (the office's town, not the scene).
_OFFICE_HOLDERS = (" governor", " mayor", " prosecutor", " police chief", " state governor")
_OFFICE_AFTER = re.compile(r" (?:state\s+)?(?:governor|mayor|prosecutor|police\s+chief)['’]s\s+"
                           r"(?:office|spokes(?:man|woman|person)|press\s+office)\b")


# A country's institution ("Ukraine's General Staff", "Russia's Defence Ministry") speaks for the country.
_INSTITUTION_AFTER = re.compile(
    r"['’]s\s+(?:[A-Za-z]+\s+){0,2}?(?:[Mm]inistry|[Mm]inister|[Gg]overnment|[Aa]rmy|[Mm]ilitary|General\s+Staff|[Pp]resident"
    r"|[Aa]ir\s+[Ff]orce|[Nn]avy|[Ff]orces|[Ss]pokesman|[Oo]fficials|[Cc]entral\s+[Bb]ank"
    r"|Bureau|Office|Agency|Authority|Department)\b")  # ("Liberia's Bureau of Maritime Affairs confirms")


# A place inside the name of an organisation is not where anything happened: "the United Nations Assistance Mission
# in Afghanistan", "the Research and Documentation Center in Sarajevo", "the Kyiv-based Center", "Agence
# France-Presse" (a place joined by a hyphen to a capitalised word that is no place).
_ORG_BEFORE = guarded(r"\b(?:Mission|Office|Organi[sz]ation|Council|Committee|Cent(?:er|re)|Agency|Institute|Commission"
                      r"|Programme|Program|Fund|Observatory|Network|Forum|Court|University|Embassy|Consulate|Ministry"
                      r"|Bank|Foundation|Society|Project|Association|Tribunal|Command|Service)\s+(?:in|for|of|on)"
                      r"\s+(?:the\s+)?$")
_MODIFIER_AFTER = re.compile(r"-(?:based|backed|led|funded|allied|aligned|linked|sponsored|supported|born|made|affiliated)\b")


# A place that opens the name of an armed group or body ("Arakan Army", "Karenni Nationalities Defence Force",
# "Tigray People's Liberation Front", "Jammu and Kashmir Police"): the capitalised words after it end in a word of
# sources.json "body_words" (as written: case counts). The words as one trie-shaped alternation (extract/trie.py):
# tried after each capitalised word of the run, its cost does not grow with the list; it matches where the flat
# alternation of bodywords.body_word_alternation does (tests/test_speed11_shortcuts.py).
_ORG_RUN_AFTER = re.compile(r"(?:\s+(?:[A-Z][\w'’]*|of|for))*?\s+(?:" + trie_alternation(body_words()) + r")\b")


# After a town, the words naming its council area ("Bukkuyum Local Government Area", "Anka LGA"): a place's words.
_COUNCIL_AREA = (" Local Government Area", " local government area", " LGA")

# The capitalised words after a place, the last of them captured (_in_a_name: an outlet's word ends a paper's name).
_CAPITAL_RUN = re.compile(r"(?: [A-Z][\w'’]*){0,2} ([A-Z][a-z]+)(?![\w'’-])")
# The words that end a newspaper's name ("The Toronto Evening Ledger", "the Kabul Times", "the Jerusalem Post"); not a
# monitor's or a network's ("Oromia Conflict Monitor" watches its region: the region stays a place).
_PAPER_WORDS = frozenset("""Times Post Herald Tribune Gazette Chronicle Journal Ledger Courier Telegraph Express Mail
    Mirror Observer Guardian Examiner Sentinel Dispatch Inquirer""".split())
# After a country's or a town's name, an airline's word: "Kenya Airways", "Malaysia Airlines" (the company, no place).
_AIRLINE_AFTER = (" Airways", " Airlines", " Air Lines", " Airline")

_COMPASS_WORDS = frozenset("North South East West Northern Southern Eastern Western Central Upper Lower".split())


def _tail_of_a_name(text: str, m: Mention) -> bool:
    """Whether a region's mention ends a longer name the gazetteer lacks ("Tal Afar" is a town, not the Afar
    region): a capitalised word, not a compass word nor one that opens a phrase, just before it."""
    if m.place.precision != "admin1" or m.start < 2 or text[m.start - 1] != " ":
        return False
    k = m.start - 1
    while k > 0 and text[k - 1].isalpha():
        k -= 1
    word = text[k : m.start - 1]
    return bool(word) and word[0].isupper() and word not in OPENERS and word not in _COMPASS_WORDS \
        and (k == 0 or text[k - 1] in " -")


def _in_a_name(text: str, m: Mention, starts: frozenset[int]) -> bool:
    """Whether a mention is part of an organisation's name or a modifier of one (_ORG_BEFORE, _MODIFIER_AFTER,
    _ORG_RUN_AFTER), or joined by a hyphen to a capitalised word that starts no other place (`starts`). A Nigerian
    council area is a place, not a body ("Anka and Bukkuyum Local Government Areas": _COUNCIL_AREA)."""
    if text.startswith(_COUNCIL_AREA, m.end):
        return False
    if text.endswith("Air ", 0, m.start) or text.startswith(_AIRLINE_AFTER, m.end):
        return True  # an airline named for its country or town: "Air India", "Air France", "Kenya Airways"
    if text.startswith(" ", m.end) and m.end + 1 < len(text) and text[m.end + 1].isupper():
        if _ORG_RUN_AFTER.match(text, m.end, m.end + 80):
            return True
        run = _CAPITAL_RUN.match(text, m.end)  # "The Toronto Evening Ledger", "the Kabul Times": a paper's name
        if run is not None and run.group(1) in _PAPER_WORDS:
            return True
    if text.startswith("-", m.end):
        if _MODIFIER_AFTER.match(text, m.end):
            return True
        if m.end + 1 < len(text) and text[m.end + 1].isupper() and m.end + 1 not in starts:
            return True
    if not text.endswith((" in ", " of ", " on ", " for ", " the "), m.start - 9 if m.start > 9 else 0, m.start):
        return False  # every match of _ORG_BEFORE ends with one of these
    a = m.start - 40 if m.start > 40 else 0
    return bool(_ORG_BEFORE.search(text, a, m.start))


_PREPOSITION_BEFORE = guarded(r"\b(?:in|at|from|near|of|to|into|outside|around|across|inside)\s+(?:the\s+)?"
                              r"(?:[A-Z][\w-]*['’]s\s+)?$", re.IGNORECASE)  # "in Myanmar's Kayah State"


# A country as the subject of a verb left out ("Senegal has sent about 1,300 troops, and Guinea some 400 more"): a
# count right after it, with a word of approximation, and no preposition before it.
_GAPPED_AFTER = re.compile(r"\s+(?:some|about|around|nearly|almost|roughly|another|a\s+further)\s+\d")
# An elliptic list after a verb and its count: "Poland lost 10 men, Hungary four and Bulgaria two" (each country with
# its count, the verb left out: the owner of the losses, not where they were). A list without a verb ("Deaths by
# country: Syria 12, Iraq 4") keeps its countries as places.
_COUNTS = r"(?:\d[\d,]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a\s+dozen|dozens|hundreds)"
_ELLIPTIC_AFTER = re.compile(r"\s+" + _COUNTS + r"(?=\s*(?:,|;|\.|and\b|$))")
_VERB_COUNT_BEFORE = re.compile(r"\b[a-z]{3,}(?:ed|st|t)\s+" + _COUNTS + r"\b[^.;:]{0,40}?(?:,|\band)\s+$")


def _actor(text: str, m: Mention) -> bool:
    """Whether the mention speaks or acts: "by <place>", or a verb or an institution after it that no
    preposition before it overrules ("our correspondent in Palmyra reported": not the one speaking).

    The test after the mention (one match at a known place, which mostly fails at once) comes first:
    without it only "by <place>" is left to ask, and the prepositions need no search.
    """
    if text.startswith(("'s ", "’s "), m.end) and _SPEAKERS_NOUN_AFTER.match(text, m.end):
        return True  # "according to Hanoi's estimate": a speaker's, whatever preposition is before it
    if text.startswith(" to reach ", m.end) and text.endswith("from ", 0, m.start):
        return True  # "six hours by boat up the Atrato from Quibdó to reach Bellavista": a trip's start, not the scene
    if text.startswith(_OFFICE_HOLDERS, m.end) and _OFFICE_AFTER.match(text, m.end):
        return True  # "The Istanbul governor's office now says 45 were killed": a source's name, not the scene
    if not (_ACTOR_AFTER.match(text, m.end)
            or (m.place.precision == "country" and (_INSTITUTION_AFTER.match(text, m.end)
                                                     or _GAPPED_AFTER.match(text, m.end)
                                                     or _elliptic(text, m)))):
        return _by_before(text, m.start) or foe_country(text, m)  # "fighting with Tajikistan" (placeseat.py)
    return _by_before(text, m.start) or not _PREPOSITION_BEFORE.search(text, max(0, m.start - 32), m.start)


def _elliptic(text: str, m: Mention) -> bool:
    """Whether a country stands in an elliptic list after a verb and its count ("lost 10 men, Hungary four"): a bare
    count after it (_ELLIPTIC_AFTER, asked first: mostly no match at once), a verb and a count before it."""
    if _ELLIPTIC_AFTER.match(text, m.end) is None:
        return False
    return _VERB_COUNT_BEFORE.search(text, max(0, m.start - 70), m.start) is not None


def _by_before(text: str, start: int) -> bool:
    """"by (the) " just before `start` (_ACTOR_BEFORE); a window without a "b" or "B" in it (no other character
    matches "b" under re.IGNORECASE) is not searched, and is looked at in place, not sliced and lower-cased."""
    a = start - 12 if start > 12 else 0
    if text.find("b", a, start) < 0 and text.find("B", a, start) < 0:
        return False
    return bool(_ACTOR_BEFORE.search(text, a, start))


# _DATELINE and _BYLINE for the text with a newline put before it, each match taking the newline before its line
# in place of "^": re then finds the line starts as fast as it finds a character, instead of trying the pattern at
# every character (neither pattern matches a newline, so no match takes the one the next needs).
_DATELINE_NL = re.compile("\n" + _DATELINE.pattern.removeprefix("^"))
_BYLINE_NL = re.compile("\n" + _BYLINE.pattern.removeprefix("^"))


def _not_event_spans(text: str) -> list[tuple[int, int]]:
    """The spans of the datelines, bylines, letters' signatures and imprints of `text` (_DATELINE and _BYLINE found
    faster)."""
    padded = "\n" + text  # a match from index i (its newline) to j is the span (i, j - 1) of `text`
    spans = [(m.start(), m.end() - 1) for m in _DATELINE_NL.finditer(padded)]
    if "By" in text:  # every byline has it
        spans += [(m.start(), m.end() - 1) for m in _BYLINE_NL.finditer(padded)]
    spans += signoff_spans(text)  # "Harold Pruitt, retired teacher, Broken Arrow": a letter writer's town (placesignoff.py)
    return spans + imprint_spans(text)  # "Ljubljana, 1 July 1991, 08:00": where the text was issued (placeimprint.py)


@lru_cache(maxsize=64)
def _document_mentions(text: str) -> tuple[Mention, ...]:
    """The document's place mentions, one sense per discourse: a short spelling ("al-Sha'ar") takes the
    place of a longer one the same document uses ("al-Sha'ar gas fields"). Datelines and bylines are left out."""
    found = gazetteer().mentions(text)
    skip = _not_event_spans(text)
    found = [m for m in found if m.place.precision != "admin1" or not _tail_of_a_name(text, m)]  # (only a region's)
    starts = frozenset(m.start for m in found)
    if skip:
        found = [m for m in found if not any(a <= m.start < b for a, b in skip)]
    named = found
    found = [m for m in found if not _actor(text, m) and not _in_a_name(text, m, starts)]
    found = not_places(text, found, named)  # a people counted, an aircraft, a person, a bracketed state (notplaces.py)
    extra = unlisted(text, found)
    if extra:
        found = sorted(found + [m for m in extra if not _actor(text, m) and not _in_a_name(text, m, starts)],
                       key=lambda m: m.start)
        found = short_forms(text, found)  # "the Bagh" after "the Jallianwala Bagh, a walled garden" (placeshort.py)
    found = station_lists(text, found)  # "at A, B and C stations and near D in Madrid": Madrid (notplaces.py)
    if not any(m.place.precision in ("site", "district") for m in found):
        return tuple(found)  # only sites and districts take a longer spelling's place
    spelled = [key_of(text[m.start : m.end]) for m in found]
    longer: dict[str, Mention] = {}
    for k, m in zip(spelled, found):
        longer.setdefault(k, m)
    out = []
    keys = sorted(longer, key=len, reverse=True)
    for k, m in zip(spelled, found):
        if m.place.precision in ("site", "district"):
            for k2 in keys:
                if len(k2) > len(k) and k2.startswith(k + " ") and longer[k2].place is not m.place:
                    m = Mention(m.start, m.end, longer[k2].place)
                    break
        out.append(m)
    return tuple(out)


@lru_cache(maxsize=64)
def _main_country(text: str) -> str | None:
    """The country the document names most, counting its towns as mentions of it."""
    mentions = _document_mentions(text)
    names = country_names()
    counts: dict[str, int] = {}
    for m in mentions:
        c = m.place.name if m.place.precision == "country" else names.get(m.place.country)
        if c:
            counts[c] = counts.get(c, 0) + 1
    return max(counts, key=counts.__getitem__) if counts else None
