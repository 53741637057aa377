"""Places named for an event, resolved through the gazetteer (extract/gazetteer.py).

The place of a claim is the most specific place its sentence names (a camp or
district before a town, a town before a governorate, a governorate before a
country), nearest to the number among equals. When the sentence names none, or
only a country, the nearest sentences of the same section are searched: news
often names the place once ("The attack was on the Kamounia camp") and counts
in the next sentence. The place is returned as written, with the words that
narrow it ("eastern Aleppo city", "outskirts of Mlieha", "near Palmyra") and
with a partner joined by "and" ("Jableh and Tartous").

Not places of the event: the dateline city ("BEIRUT (Cedar Wire) —") and a byline;
a place that speaks or acts ("Moscow denied", "Kyiv says", "launched by Russia",
"Ukraine's General Staff said"). A country with a compass word ("southern
Lebanon") counts as a region. A town the gazetteer lacks is still a place when the
text says so ("the town of Kuriga", "Kayah region"): written, unresolved. A
sentence opening another story ("In a separate incident, ...") lends its place to
no other sentence.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from functools import lru_cache

from extract.context import SentenceContext
from extract.gazetteer import RANK, GazPlace, Mention, country_names, gazetteer, key_of
from extract.records import Quantity


@dataclass(frozen=True, slots=True)
class Place:
    written: str  # as in the text: "Jableh and Tartous", "eastern Aleppo city"
    name: str | None  # canonical gazetteer name of the (first) resolved place
    admin1: str | None  # governorate
    lat: float | None
    lon: float | None
    precision: str | None  # "site", "district", "village", "city", "admin1", "country"; None when unresolved


# Money, percentages and exchange rates describe an economy, not an event at a place.
_PLACELESS_UNITS = frozenset({"ratio", "percent", "usd", "syp", "rub"})
CONTEXT_BEFORE = 5  # sentences searched back within the section when the sentence names no place
CONTEXT_AFTER = 2

_DIR = r"(?:north|south|east|west)(?:ern)?|north-?(?:east|west)(?:ern)?|south-?(?:east|west)(?:ern)?|central"
_HELD = r"(?:opposition|rebel|regime|government|ISIS|IS|insurgent|Kurdish|SDF|pro-Assad|loyalist)-(?:held|controlled)"
_PREFIX = re.compile(
    r"(?:(?:in and )?near|outskirts of|(?:" + _HELD + r")(?: areas of)?|(?:" + _DIR + r")|besieged)\s+$",
    re.IGNORECASE,
)
# How every word _PREFIX can match ends ("near", "outskirts of", "rebel-held", "eastern", "south", "central", ...).
_PREFIX_ENDS = ("near", "of", "held", "controlled", "th", "st", "ern", "central", "besieged")
_SUFFIX = re.compile(r"\s+(?:city|City|district|District|camp|Camp|airbase|Airbase|airport|countryside|storages?"
                     r"|(?P<region>region|Region|province|Province|oblast|Oblast|State|governorate|Governorate))\b")
_JOIN = re.compile(r"\s*(?:,|and|&)\s*")
_COUNTRYWIDE = re.compile(r"\b(?:across|throughout|all over) the (?:country|nation)\b|\bnationwide\b", re.IGNORECASE)
_DESTINATION = re.compile(r"\bto\s+(?:the\s+)?$")
_SOURCE_LINE = re.compile(r"\s*Source:")
_SEE_LINE = re.compile(r"\s*See\b")


# A dateline ("KYIV, Ukraine (Eastbridge Wire) —", "BEIRUT, March 3 (Reuters) -") names where the report was
# filed, and a byline ("By Mara Lindqvist, ...") a person: neither is where the event happened.
_DATELINE = re.compile(r"^[ \t]*[A-Z][A-Z'’.\- ]+(?:,[ \t]*[A-Z0-9][\w'’.\- ]*){0,3}[ \t]*(?:\([^()\n]{1,40}\))?"
                       r"[ \t]*[—–-]", re.MULTILINE)
_BYLINE = re.compile(r"^[ \t]*By[ \t]+[A-Z][^,\n]{0,60}", re.MULTILINE)


# A place that speaks or acts is its government or army ("Moscow gave a different account", "Kyiv says",
# "drones launched by Russia"), not where the event happened.
_ACTOR_AFTER = re.compile(
    r"(?:['’]s)?\s+(?:says|said|say|claims?|claimed|denie[sd]|deny|gave|gives|does|did|has\s+said|insist(?:s|ed)?"
    r"|accuse[sd]?|warn(?:s|ed)?|announced?|rejecte?d?s?|responded|admit(?:s|ted)|confirm(?:s|ed)|reported|estimates?"
    r"|blame[sd]?|retaliated|vowed|countered|(?:has\s+|had\s+)?lost|launched|fired|deployed|pledged)\b")
_ACTOR_BEFORE = re.compile(r"\bby\s+(?:the\s+)?$", re.IGNORECASE)
# A country with a compass word ("southern Lebanon", "northern Israel") names a region of it.
_COMPASS_BEFORE = re.compile(r"\b(?:north|south|east|west|central)(?:ern)?(?:-?(?:east|west)(?:ern)?)?\s+$",
                             re.IGNORECASE)
# A sentence that opens another story ("In a separate incident, ...") lends its place to no other.
_SEPARATE = re.compile(r"\s*(?:In\s+an?\s+(?:separate|unrelated|other)\s+(?:incident|attack|development)|Separately|Elsewhere)\b")


# Places the gazetteer lacks but the sentence says are places: "the town of Kuriga", "the village of Togoga",
# "Kayah region". They keep their written name and have no coordinates.
_NAMED = r"(?P<name>[A-Z][^\W\d_]+(?:[ -](?:(?:de|del|al|el)[ -])?[A-Z][^\W\d_]+){0,2})"
_UNLISTED = re.compile(
    r"\b(?P<kind>town|village|city|hamlet|neighbou?rhood|suburb|district|camp|settlement|locality|commune)\s+of\s+"
    + _NAMED + r"(?![\w-])"
    r"|" + _NAMED.replace("name", "rname") + r"\s+(?:region|province|oblast|governorate|Region|Province|Oblast)\b")
_UNLISTED_RANK = {"district": "district", "camp": "site", "neighbourhood": "district", "neighborhood": "district",
                  "suburb": "district"}


def _unlisted(text: str, found: list[Mention]) -> list[Mention]:
    out = []
    for u in _UNLISTED.finditer(text):
        name = u.group("name") or u.group("rname")
        s = u.start("name") if u.group("name") else u.start("rname")
        e = s + len(name)
        if any(m.start < e and s < m.end for m in found):
            continue
        precision = _UNLISTED_RANK.get(u.group("kind") or "", "village") if u.group("name") else "admin1"
        if precision == "admin1":
            e = u.end()  # "Kayah region"
        out.append(Mention(s, e, GazPlace(text[s:e], None, "", None, None, precision)))
    return out


# A country's institution ("Ukraine's General Staff", "Russia's Defence Ministry") speaks for the country.
_INSTITUTION_AFTER = re.compile(
    r"['’]s\s+(?:[A-Za-z]+\s+){0,2}?(?:[Mm]inistry|[Gg]overnment|[Aa]rmy|[Mm]ilitary|General\s+Staff|[Pp]resident"
    r"|[Aa]ir\s+[Ff]orce|[Nn]avy|[Ff]orces|[Ss]pokesman|[Oo]fficials|[Cc]entral\s+[Bb]ank)\b")


_PREPOSITION_BEFORE = re.compile(r"\b(?:in|at|from|near|of|to|into|outside|around|across|inside)\s+(?:the\s+)?$",
                                 re.IGNORECASE)


def _actor(text: str, m: Mention) -> bool:
    if _ACTOR_BEFORE.search(text, max(0, m.start - 12), m.start):
        return True
    if _PREPOSITION_BEFORE.search(text, max(0, m.start - 16), m.start):
        return False  # "our correspondent in Palmyra reported": the place is not the one speaking
    return bool(_ACTOR_AFTER.match(text, m.end)
                or (m.place.precision == "country" and _INSTITUTION_AFTER.match(text, m.end)))


def _rank(text: str, m: Mention) -> int:
    """How specific a mention is (lower is more): a country with a compass word counts as a region."""
    if m.place.precision == "country" and _COMPASS_BEFORE.search(text, max(0, m.start - 24), m.start):
        return RANK["admin1"]
    return RANK[m.place.precision]


def _not_event_spans(text: str) -> list[tuple[int, int]]:
    return [m.span() for m in _DATELINE.finditer(text)] + [m.span() for m in _BYLINE.finditer(text)]


@lru_cache(maxsize=64)
def _document_mentions(text: str) -> tuple[Mention, ...]:
    """The document's place mentions, one sense per discourse: a short spelling ("al-Sha'ar") takes the
    place of a longer one the same document uses ("al-Sha'ar gas fields"). Datelines and bylines are left out."""
    found = gazetteer().mentions(text)
    skip = _not_event_spans(text)
    found = [m for m in found if not any(a <= m.start < b for a, b in skip) and not _actor(text, m)]
    if _UNLISTED.search(text):
        found = sorted(found + _unlisted(text, found), key=lambda m: m.start)
    longer: dict[str, Mention] = {}
    for m in found:
        k = key_of(text[m.start : m.end])
        longer.setdefault(k, m)
    out = []
    keys = sorted(longer, key=len, reverse=True)
    for m in found:
        k = key_of(text[m.start : m.end])
        for k2 in keys:
            if m.place.precision in ("site", "district") and len(k2) > len(k) and k2.startswith(k + " ") \
                    and longer[k2].place is not m.place:
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
    return max(counts, key=counts.get) if counts else None


def find_place(ctx: SentenceContext, q: Quantity) -> Place | None:
    """The most specific place named for the claim's event, or None."""
    if q.unit in _PLACELESS_UNITS:
        return None
    memo = ctx.memo
    if memo is None:
        return _find_place(ctx, q.char_start)
    # asked twice per claim (here and by extract/dates.py); the number matters only by where it starts
    key = ("find_place", ctx.index, q.char_start)
    try:
        return memo[key]
    except KeyError:
        got = memo[key] = _find_place(ctx, q.char_start)
        return got


def _find_place(ctx: SentenceContext, anchor: int) -> Place | None:
    mentions = _document_mentions(ctx.text)
    here = _sentence_mentions(ctx, mentions)
    best = _best(here, anchor, ctx.text)
    # the country the whole report is about says no more than no place at all
    vague = best is None or (best.place.precision == "country" and best.place.name == _main_country(ctx.text))
    if vague and not _COUNTRYWIDE.search(ctx.sentence) and not _SEPARATE.match(ctx.sentence):
        near = _from_context_memo(ctx, mentions)
        if near is not None and (best is None or _rank(ctx.text, near) < _rank(ctx.text, best)):
            best = near
    if best is None:
        return None
    return _as_place(ctx.text, best, mentions)


def canonical_place(text: str | None) -> str | None:
    """The canonical name(s) of the place(s) in a written location, for comparing two spellings.

    "eastern Aleppo city" -> "Aleppo"; "Tartous and Jableh" -> "Jablah + Tartus"; None when nothing resolves.
    """
    if not text:
        return None
    names = sorted(p.canonical for p in resolve_written(text))
    return " + ".join(names) if names else None


def _in_span(mentions: tuple[Mention, ...] | list[Mention], start: int, end: int) -> list[Mention]:
    return [m for m in mentions if m.start >= start and m.end <= end]


def _sentence_mentions(ctx: SentenceContext, mentions: tuple[Mention, ...]) -> list[Mention]:
    """The document's mentions inside the context's sentence (once per sentence with a memo)."""
    if ctx.memo is None:
        return _in_span(mentions, ctx.start, ctx.end)
    key = ("place_mentions", ctx.index)
    got = ctx.memo.get(key)
    if got is None:
        got = ctx.memo[key] = _in_span(mentions, ctx.start, ctx.end)
    return got


def _from_context_memo(ctx: SentenceContext, mentions: tuple[Mention, ...]) -> Mention | None:
    """_from_context, once per sentence with a memo (it does not depend on the number)."""
    if ctx.memo is None:
        return _from_context(ctx, mentions)
    key = ("place_context", ctx.index)
    if key in ctx.memo:
        return ctx.memo[key]
    got = ctx.memo[key] = _from_context(ctx, mentions)
    return got


def _best(cands: list[Mention], anchor: int, text: str) -> Mention | None:
    if not cands:
        return None

    def cost(m: Mention) -> tuple[int, int, int]:
        # a destination ("deported to Syria") is where people went, not where the event was
        dest = 1 if _DESTINATION.search(text[max(0, m.start - 8) : m.start]) else 0
        return (_rank(text, m), dest, abs(m.start - anchor))

    return min(cands, key=cost)


def _from_context(ctx: SentenceContext, mentions) -> Mention | None:
    """The most specific place in the nearest sentence of the same story that names one.

    A heading looks only forward (the item it heads), unless it is the title of a linked post ("See ...");
    the "Source:" line closing an excerpt looks only back, over the excerpt it closes.
    """
    sentence = ctx.sentence
    if _SOURCE_LINE.match(sentence):
        order = [ctx.index - d for d in range(1, 2 * CONTEXT_BEFORE)]
    elif ctx.section.kind == "headline":
        if _SEE_LINE.match(sentence):
            return None
        order = [ctx.index + d for d in range(1, CONTEXT_AFTER + 1)]
    elif ctx.section.kind == "comment":
        # readers change the subject from one line to the next: only the line before speaks of the same thing
        back = story_neighbours(ctx, -1, 1)
        order = back
    else:
        back = story_neighbours(ctx, -1, CONTEXT_BEFORE)
        ahead = story_neighbours(ctx, +1, CONTEXT_AFTER)
        order = [i for pair in zip(back + [None] * 5, ahead + [None] * 5) for i in pair if i is not None]
    region = None
    for i in order:
        if not 0 <= i < len(ctx.sentences):
            continue
        s, e = ctx.sentences[i]
        if _SEPARATE.match(ctx.text, s):
            continue
        cands = [m for m in _in_span(mentions, s, e) if _rank(ctx.text, m) < RANK["country"]]
        if cands:
            got = _best(cands, s, ctx.text)
            if _rank(ctx.text, got) < RANK["admin1"]:
                return got
            region = region or got  # a town further off is still more specific than a region nearer
    return region


def _joined(gap: str) -> bool:
    return 0 < len(gap) <= 7 and "and" in gap and bool(_JOIN.fullmatch(gap))


def _start_of(m: Mention) -> int:
    return m.start


def _as_place(text: str, m: Mention, mentions) -> Place:
    start, end = m.start, m.end
    suf = _SUFFIX.match(text, end)
    precision = m.place.precision
    if suf and precision not in ("site", "district", "admin1", "country"):
        end = suf.end()
        if suf.group("region"):
            precision = "admin1"  # "Odesa region": the region named after the town
    # a partner joined by "and" of the same kind: "Jableh and Tartous"
    k = bisect.bisect_left(mentions, m.start, key=_start_of)
    rank = RANK[m.place.precision]
    for other in mentions[k + 1 : k + 2]:
        if _joined(text[end : other.start]) and RANK[other.place.precision] == rank:
            end = other.end
    for other in mentions[max(0, k - 1) : k]:
        if _joined(text[other.end : start]) and RANK[other.place.precision] == rank:
            start = other.start
    while True:
        window = text[max(0, start - 40) : start]
        if not window.rstrip().casefold().endswith(_PREFIX_ENDS):
            break  # every prefix ends with one of these words and then whitespace: no need to search
        pre = _PREFIX.search(text, max(0, start - 40), start)
        if not pre or pre.start() == start:
            break
        start = pre.start()
    p = m.place
    if not p.country:  # named by the text only ("the town of Kuriga"): unresolved
        return Place(text[start:end], None, None, None, None, None)
    return Place(text[start:end], p.canonical, p.admin1, p.lat, p.lon, precision)


def place_key(text: str) -> frozenset[str]:
    """The canonical names of the towns and finer places named in `text` (for matching an event's place)."""
    return frozenset(m.place.canonical for m in gazetteer().mentions(text) if RANK[m.place.precision] <= 1)


def _is_caption(sentence: str) -> bool:
    """A photo caption or video label: no lower-case letters ("ISIS AL-SHAAR HAUL")."""
    return not any(c.islower() for c in sentence)


def story_neighbours(ctx: SentenceContext, step: int, limit: int) -> list[int]:
    """Indices of up to `limit` sentences before (step -1) or after (step +1) the claim's, in the same story.

    The story is the claim's section, extended across photo captions (which split a section in two but do
    not end the item) into prose; a heading or a section of prose of another kind ends it.
    """
    out: list[int] = []
    sec = ctx.section
    i = ctx.index
    while len(out) < limit:
        i += step
        if not 0 <= i < len(ctx.sentences):
            break
        s, e = ctx.sentences[i]
        sentence = ctx.text[s:e]
        if _is_caption(sentence):
            continue
        if s < sec.start or e > sec.end:
            if not sentence.rstrip().endswith((".", ":", "!", "?", "”", '"')) or _SEE_LINE.match(sentence):
                break  # a heading: another item begins (or ends) here
        out.append(i)
    return out


@lru_cache(maxsize=8192)
def resolve_written(text: str | None) -> tuple[GazPlace, ...]:
    """The most specific places a written location names ("Jableh and Tartous" -> both towns); () if none."""
    if not text:
        return ()
    found = gazetteer().mentions(text)
    if not found:
        return ()
    top = min(RANK[m.place.precision] for m in found)
    seen: dict[str, GazPlace] = {}
    for m in found:
        if RANK[m.place.precision] == top:
            seen.setdefault(m.place.canonical, m.place)
    return tuple(seen.values())
