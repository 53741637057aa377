"""The place mentions of a document that can be where its events happened (for extract/places.py).

The gazetteer's mentions (extract/gazetteer.py), less the dateline city and a byline (where the
report was filed, and a person) and a place that speaks or acts ("Moscow denied", "Kyiv says",
"launched by Russia", "Ukraine's General Staff said"), plus the towns the gazetteer lacks that
the text calls places ("the town of Kuriga", "Kayah region"), one sense per discourse.
Computed once per document.
"""

from __future__ import annotations

import re
from functools import lru_cache

from extract.gazetteer import GazPlace, Mention, country_names, gazetteer, key_of
from extract.rx import first_chars, lowered

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


# Places the gazetteer lacks but the sentence says are places: "the town of Kuriga", "the village of Togoga",
# "Kayah region". They keep their written name and have no coordinates.
_NAMED = r"(?P<name>[A-Z][^\W\d_]+(?:[ -](?:(?:de|del|al|el)[ -])?[A-Z][^\W\d_]+){0,2})"
_UNLISTED = re.compile(
    r"\b(?P<kind>town|village|city|hamlet|neighbou?rhood|suburb|district|camp|settlement|locality|commune)\s+of\s+"
    + _NAMED + r"(?![\w-])"
    r"|" + _NAMED.replace("name", "rname") + r"\s+(?:region|province|oblast|governorate|Region|Province|Oblast)\b")
# _UNLISTED behind a look-ahead on the characters a match can start with (rx.first_chars: a capital, or the first
# letter of a kind): re leaves every other place at once instead of testing "\b" and both alternatives there.
_UNLISTED_SCAN = re.compile("(?=[" + "".join(map(re.escape, sorted(first_chars(_UNLISTED.pattern)))) + "])(?:"
                            + _UNLISTED.pattern + ")")
_UNLISTED_RANK = {"district": "district", "camp": "site", "neighbourhood": "district", "neighborhood": "district",
                  "suburb": "district"}


def _unlisted(text: str, found: list[Mention]) -> list[Mention]:
    out = []
    for u in _UNLISTED_SCAN.finditer(text):
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
    """Whether the mention speaks or acts: "by <place>", or a verb or an institution after it that no
    preposition before it overrules ("our correspondent in Palmyra reported": not the one speaking).

    The test after the mention (one match at a known place, which mostly fails at once) comes first:
    without it only "by <place>" is left to ask, and the prepositions need no search.
    """
    if not (_ACTOR_AFTER.match(text, m.end)
            or (m.place.precision == "country" and _INSTITUTION_AFTER.match(text, m.end))):
        return _by_before(text, m.start)
    return _by_before(text, m.start) or not _PREPOSITION_BEFORE.search(text, max(0, m.start - 16), m.start)


def _by_before(text: str, start: int) -> bool:
    """"by (the) " just before `start` (_ACTOR_BEFORE); a window without "by" in it is not searched."""
    a = start - 12 if start > 12 else 0
    low = lowered(text[a:start])
    if low is not None and "by" not in low:
        return False
    return bool(_ACTOR_BEFORE.search(text, a, start))


# _DATELINE and _BYLINE for the text with a newline put before it, each match taking the newline before its line
# in place of "^": re then finds the line starts as fast as it finds a character, instead of trying the pattern at
# every character (neither pattern matches a newline, so no match takes the one the next needs).
_DATELINE_NL = re.compile("\n" + _DATELINE.pattern.removeprefix("^"))
_BYLINE_NL = re.compile("\n" + _BYLINE.pattern.removeprefix("^"))


def _not_event_spans(text: str) -> list[tuple[int, int]]:
    """The spans of the datelines and bylines of `text` (those of _DATELINE and _BYLINE, found faster)."""
    padded = "\n" + text  # a match from index i (its newline) to j is the span (i, j - 1) of `text`
    spans = [(m.start(), m.end() - 1) for m in _DATELINE_NL.finditer(padded)]
    if "By" in text:  # every byline has it
        spans += [(m.start(), m.end() - 1) for m in _BYLINE_NL.finditer(padded)]
    return spans


@lru_cache(maxsize=64)
def _document_mentions(text: str) -> tuple[Mention, ...]:
    """The document's place mentions, one sense per discourse: a short spelling ("al-Sha'ar") takes the
    place of a longer one the same document uses ("al-Sha'ar gas fields"). Datelines and bylines are left out."""
    found = gazetteer().mentions(text)
    skip = _not_event_spans(text)
    if skip:
        found = [m for m in found if not any(a <= m.start < b for a, b in skip) and not _actor(text, m)]
    else:
        found = [m for m in found if not _actor(text, m)]
    if _may_name_unlisted(text):
        found = sorted(found + _unlisted(text, found), key=lambda m: m.start)
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


# What every match of _UNLISTED contains: "<kind> of <Capital>", or a region word. Looked for first, because
# they are found much faster than _UNLISTED (which is tried at every character): "of <Capital>" has a literal
# start re finds quickly, and the kind word is then looked for just before it.
_OF_CAPITAL = re.compile(r"of\s+[A-Z]")
_KINDS = ("town", "village", "city", "hamlet", "neighbourhood", "neighborhood", "suburb", "district", "camp",
          "settlement", "locality", "commune")  # the kinds of _UNLISTED
_REGION_WORDS = ("region", "province", "oblast", "governorate", "Region", "Province", "Oblast")


def _may_name_unlisted(text: str) -> bool:
    """False when `text` has no match of _UNLISTED (True does not promise one)."""
    for w in _REGION_WORDS:
        if w in text:
            return True
    for m in _OF_CAPITAL.finditer(text):
        j = p = m.start()
        while j > 0 and text[j - 1].isspace():  # \s is str.isspace
            j -= 1
        if j < p and text.endswith(_KINDS, 0, j):
            return True
    return False


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
