"""Places the gazetteer lacks that the text names with their kind (for extract/placenames.py).

A facility ("the South Hospital", "Hotel Sahafi", "the Mubambiro checkpoint"), a district or peninsula ("the
Karrada district", "Nimba county", "the Bohoma peninsula"), a region ("Kayah State", "the province of Cauca") or a
village in apposition ("El Plateado, a village of 3,000"). The scan looks only at windows around the kind words,
so a document without them costs a few substring searches.
"""

from __future__ import annotations

import re

from extract.gazetteer import offsets_of
from extract.placeopeners import OPENERS
from extract.rx import first_chars

# The precision of a place by the kind word the text gives it ("the Kamounia camp": a site).
_UNLISTED_RANK = {"district": "district", "camp": "site", "neighbourhood": "district", "neighborhood": "district",
                  "suburb": "district", "garden": "site", "park": "site", "square": "site"}

# Places the gazetteer lacks that the text names with their kind: a facility ("the South Hospital", "Hotel
# Sahafi", "the Mubambiro checkpoint"), a district or peninsula ("the Karrada district", "the Bohoma peninsula")
# or a region ("Kayah State", "the province of Cauca"). Written as in the text (the kind kept, except after
# "province of"); no coordinates.
_CAPS = r"[A-Z][^\W\d_]+(?:['’][a-z]+)?(?:[ -][A-Z][^\W\d_]+(?:['’][a-z]+)?){0,2}"
_KIND_NAMED = re.compile(
    r"(?<![\w'’-])(?P<fac>" + _CAPS + r")\s+(?P<fkind>(?:(?:Referral|General|Teaching|University)\s+)?Hospital"
    r"|Hotel|peninsula|Peninsula|district|township|checkpoint|county|County|State|state"
    r"|airport|Airport|airfield|border\s+crossing|village|forest|camp|site"
    # a named site of a city or a road: "the Pearl Roundabout", "the King Fahd Causeway", "the Larak shuttle terminal"
    r"|Roundabout|Causeway|Terminal|(?:oil|shuttle|ferry|container|loading)\s+terminal"
    r"|(?:railway|train|bus|metro)\s+station"  # a named station a crowd was bombed at: "outside Ankara railway station"
    r"|Road|Street|Avenue"  # a named street a blast was on: "a snooker club on Alamdar Road"
    r"|Bakery|Cafe|Café|Restaurant"  # a named eatery gunmen stormed: "the siege of the Holey Artisan Bakery"
    r"|Cemetery"  # a named burial ground the dead were buried in: "buried together at London Road Cemetery"
    r"|Stadium|stadium"  # a named ground a crowd was killed in: "at Port Said Stadium", "the Kasarani stadium"
    r"|Arena"  # a named indoor venue, as a stadium: "an explosion at the Leeds Arena"
    # a named mall gunmen stormed: "at the Westgate shopping centre", "the Sarit Mall"
    r"|shopping\s+(?:centre|center|mall)|Shopping\s+(?:Centre|Center|Mall)|Mall"
    r"|(?:University\s+)?College"  # a campus gunmen attacked: "at Garissa University College"
    # a named neighbourhood of a city: "Tivoli Gardens", "Mathare Heights"
    r"|Gardens|Heights|palace|Palace|morgue"  # (and a palace, a morgue: "the Bello Monte morgue")
    r"|Creek|island|Island"  # a stream a camp or a fight was on: "on Wounded Knee Creek", "at Sand Creek"
    r"|mountains|Mountains)(?![\w-])"  # a range troops fight in: "killed 9 rebels in the Kandil mountains"
    r"|\bHotel\s+(?P<hotel>[A-Z][^\W\d_]+)"
    r"|\b(?:province|state|region|department)\s+of\s+(?P<reg>" + _CAPS + r")(?![\w-])"
    r"|(?<![\w'’-])(?P<appo>" + _CAPS + r"),\s+an?\s+(?:[a-z]+\s+)?(?P<akind>village|garden|park|square"
    r"|town|hamlet|settlement|district|neighbou?rhood)\s+(?:of|in|near|on|north|south|east|west|some|about|\d)")
# _KIND_NAMED behind a look-ahead on the characters a match can start with (as _UNLISTED_SCAN)
_KIND_NAMED_FIRST = first_chars(_KIND_NAMED.pattern)
assert _KIND_NAMED_FIRST is not None  # (a capital, or a kind's first letter)
_KIND_NAMED_SCAN = re.compile("(?=[" + "".join(map(re.escape, sorted(_KIND_NAMED_FIRST))) + "])(?:"
                              + _KIND_NAMED.pattern + ")")
_KIND_PRECISION = {"district": "district", "township": "district", "county": "district", "peninsula": "village",
                   "village": "village",
                   "state": "admin1", "gardens": "district", "heights": "district", "creek": "village", "island": "village",
                   "mountains": "admin1"}
# Capitalised words that open a sentence or a phrase, not a name ("The South Hospital", "In Kayah State").
# "<word> State" that names no region: "Islamic State", "the State Department".
_NOT_STATE = frozenset("""Islamic Free Member Nation Police Welfare Union United Independent Jewish Sovereign Deep
    Failed Secretary Head Church Arab Caliphate Home Rogue Client Puppet Frontline Buffer Successor Garrison""".split())
_STATE_INSTITUTION = re.compile(r"\s+(?:Department|Media|Television|TV|University|Security|Radio|News|Agency|Council"
                                r"|media|television|TV|news|agency|run|owned|broadcaster|department|security)\b")


# Words one of which every match of _KIND_NAMED holds: the kind after a name, or words of the other forms.
_KIND_AFTER_NAME = ("Hospital", "Hotel", "peninsula", "Peninsula", "district", "township", "checkpoint", "county",
                    "County", "State", "state", "airport", "Airport", "airfield", "border crossing", "Roundabout",
                    "Causeway", "Terminal", "terminal", "station", "Road", "Street", "Avenue", "Bakery", "Cafe", "Café",
                    "Restaurant", "Cemetery", "Stadium", "stadium", "Arena", "shopping", "Shopping", "Mall", "College", "village", "forest", "camp", "site",
                    "Gardens", "Heights", "palace", "Palace", "morgue", "Creek", "island", "Island", "mountains",
                    "Mountains")
_KIND_OTHER = ("Hotel",)
_STREETS = frozenset(("Road", "Street", "Avenue"))  # a street's kind words (a name may go on after them)
# The kinds written after a word of their own, with those words (as in _KIND_NAMED): "the Larak shuttle terminal",
# "Ankara railway station"; the name is before that word.
_MODIFIED = {"terminal": ("oil ", "shuttle ", "ferry ", "container ", "loading "),
             "station": ("railway ", "train ", "bus ", "metro ")}
# An organisation named after a site: "Atatürk Airport Terminal Operations", "Kandahar Airport Authority".
_ORG_AFTER = re.compile(r" (?:Operations|Authority|Company|Corporation|Management|Services|Ltd|Inc)\b")
_KIND_BEFORE_OF = ("province", "state", "region", "department")  # "the province of Cauca"
_APPOSITION_ANCHORS = (" village", " town", " hamlet", " settlement", " district", " neighbo", " garden", " park",
                       " square")  # after ", a" ("the X Bagh, a walled garden in Amritsar": a site)
_KIND_REACH = 100  # characters of a window before an anchor (a name of three words, the kind's own words)


def _capitalised_name_before(text: str, i: int) -> bool:
    """Whether the word before the kind word starting at `i` is capitalised and may end a name (not "Islamic" in
    "Islamic State", not "the" in "the district"): a cheap test before a window is scanned."""
    j = i
    while j > 0 and text[j - 1].isspace():
        j -= 1
    if j == i:
        return False
    k = j
    while k > 0 and (text[k - 1].isalpha() or text[k - 1] in "'’"):
        k -= 1
    word = text[k:j]
    return bool(word) and word[0].isupper() and word not in _NOT_STATE


# Every anchor word above, lower-cased: one test of the lower-cased text for each tells which anchors can be there
# (a word in a text is in it lower-cased too), so "State" and "state" cost one search, and an absent anchor none.
_ANCHORS_LOW = tuple(sorted({w.lower() for w in _KIND_AFTER_NAME + _KIND_OTHER + _KIND_BEFORE_OF
                             + _APPOSITION_ANCHORS}))
# The anchors that hold no other, and each other anchor with one of those it holds (" district" holds "district"):
# it is looked for only when that one is there, as a text without "district" has no " district" (exact).
_ANCHORS_ALONE = tuple(w for w in _ANCHORS_LOW if not any(v != w and v in w for v in _ANCHORS_LOW))
_ANCHORS_HOLDING = tuple((w, next(v for v in _ANCHORS_ALONE if v in w)) for w in _ANCHORS_LOW
                         if w not in _ANCHORS_ALONE)
# Each lower-cased anchor with what to do where it is (the list it is in, its written form), so the scan below
# visits the anchors a text holds, not all of them.
_ANCHOR_USES: dict[str, list[tuple[str, str]]] = {}
for _w in _KIND_AFTER_NAME:
    _ANCHOR_USES.setdefault(_w.lower(), []).append(("terminal" if _w in _MODIFIED else "after", _w))
for _w in _KIND_OTHER:
    _ANCHOR_USES.setdefault(_w.lower(), []).append(("other", _w))
for _w in _KIND_BEFORE_OF:
    _ANCHOR_USES.setdefault(_w, []).append(("of", _w))
for _w in _APPOSITION_ANCHORS:
    _ANCHOR_USES.setdefault(_w, []).append(("appo", _w))
del _w


def _anchors_in(low: str) -> set[str]:
    """The anchors the lower-cased text holds: one substring test for each anchor alone, and one for each other
    anchor whose inner anchor is there."""
    present = {w for w in _ANCHORS_ALONE if w in low}
    if present:
        present.update([w for w, inner in _ANCHORS_HOLDING if inner in present and w in low])
    return present


def kind_named_matches(text: str) -> list[re.Match]:
    """The matches of _KIND_NAMED over `text` but those of a kind after a word of _NOT_STATE, found faster: only
    windows around the anchor words are scanned, so a document without them costs a few substring searches."""
    present = _anchors_in(text.lower())
    if not present:
        return []  # no anchor, no hit (below)
    hits: list[int] = []  # (sorted below: the order the anchors are visited in does not matter)
    for w_low in present:
        for use, w in _ANCHOR_USES[w_low]:
            if use == "after":
                hits += [i for i in offsets_of(text, w) if _capitalised_name_before(text, i)]
            elif use == "terminal":  # "the Larak shuttle terminal": the name before the terminal's own word
                hits += [j for j in (_past_modifier(text, i) for i in offsets_of(text, w))
                         if j >= 0 and _capitalised_name_before(text, j)]
            elif use == "other":
                hits += offsets_of(text, w)
            elif use == "of":
                for i in offsets_of(text, w):
                    j = i + len(w)
                    while j < len(text) and text[j].isspace():
                        j += 1
                    if j > i + len(w) and text.startswith("of", j):
                        hits.append(i)
            else:  # (an apposition's kind after ", a")
                hits += [i for i in offsets_of(text, w) if text.find(",", max(0, i - 24), i) >= 0]
    if not hits:
        return []
    hits.sort()
    windows: list[list[int]] = []
    for h in hits:
        a, b = _window(text, h)
        if windows and a <= windows[-1][1]:
            windows[-1][1] = b
        else:
            windows.append([a, b])
    out: list[re.Match] = []
    for a, b in windows:
        for u in _KIND_NAMED_SCAN.finditer(text, a, min(b, len(text))):
            if u.group("fac") in OPENERS and u.group("fkind") == "Hotel":
                # "The Hotel Libertas": the opener is no name; the hotel's is after the kind word
                u = _KIND_NAMED_SCAN.match(text, u.start("fkind"), min(b, len(text))) or u
            if (not out or u.start() >= out[-1].end()) and not _after_not_a_name(text, u):
                out.append(u)
    return out


def _past_modifier(text: str, i: int) -> int:
    """The start of the kind's own word before "terminal" or "station" at `i` ("shuttle terminal" -> "shuttle"),
    or -1."""
    kind = "terminal" if text.startswith("terminal", i) else "station"
    for word in _MODIFIED[kind]:
        if text.endswith(word, 0, i):
            return i - len(word)
    return -1


def _window(text: str, h: int) -> tuple[int, int]:
    """The span around an anchor at `h` that holds every match of _KIND_NAMED through it: _KIND_REACH characters
    before it (past the spaces just before it), and after the anchor's words (two, and the spaces after each)."""
    n = len(text)
    a = h
    while a > 0 and text[a - 1].isspace():
        a -= 1
    b = h
    for _ in range(2):
        while b < n and not text[b].isspace():
            b += 1
        while b < n and text[b].isspace():
            b += 1
    return max(0, a - _KIND_REACH), min(n, b + _KIND_REACH)


def _after_not_a_name(text: str, u: re.Match) -> bool:
    """Whether a match of _KIND_NAMED has its kind after a word of _NOT_STATE ("Islamic State")."""
    if not u.group("fkind"):
        return False
    return not _capitalised_name_before(text, u.start("fkind"))


def _kind_named(text: str) -> list[tuple[int, int, str, str]]:
    """(start, end, written, precision) of each place _KIND_NAMED finds; an opening word is not part of it."""
    out = []
    for u in kind_named_matches(text):
        if u.group("reg"):
            out.append((u.start("reg"), u.end("reg"), u.group("reg"), "admin1"))
            continue
        if u.group("hotel"):
            out.append((u.start(), u.end(), u.group(), "site"))
            continue
        if u.group("appo"):
            kind = u.group("akind")
            s, e, name = u.start("appo"), u.end("appo"), u.group("appo")
            precision = _UNLISTED_RANK.get(kind, "village")
        else:
            s, e, name, kind = u.start("fac"), u.end(), u.group("fac"), u.group("fkind")
            precision = _KIND_PRECISION.get(kind.lower(), "site")
        cut = max(name.rfind("'s "), name.rfind("’s "))
        if cut >= 0:  # "Myanmar's Kayah State": the name after the possessive
            s += cut + 3
            name = name[cut + 3 :]
        first = name.split()[0]
        if first in OPENERS:
            if " " not in name:
                continue
            s += len(first) + 1
            name = name[len(first) + 1 :]
        if kind.lower() == "state" and _not_a_state(text, name, s, u.end()):
            continue
        if kind in _STREETS and text[u.end() : u.end() + 1] == " " and text[u.end() + 1 : u.end() + 2].isupper():
            continue  # "the Grenfell Road Terminus", "London Road Cemetery": a street's name inside a longer one
        if text.startswith(" ", u.end()) and _ORG_AFTER.match(text, u.end()):
            continue  # "Atatürk Airport Terminal Operations": a company named after the site, no place of an event
        if kind in ("village", "forest", "camp", "site", "island"):  # "attacked Kilelengwani village": the name alone, as "the village
            # of X"; "raided Abia camp" a site written with its kind
            if _a_people_village(text, name, s, u.end()) or (kind == "camp" and _whose_camp(text, s)) \
                    or (kind == "site" and not _SITE_FOR_DISPLACED.match(text, u.end())):
                continue
            if kind in ("village", "site", "island"):  # ("the Drodro site" as "Drodro", a site for the displaced;
                # "on Utøya island" as "Utøya")
                e = s + len(name)
        out.append((s, e, text[s:e], precision))
    return out


def _a_people_village(text: str, name: str, start: int, end: int) -> bool:
    """Whether "<name> village" (or forest) names whose village, not which: after "a"/"an" ("an Orma village"), a
    people's adjective ("the Christian village"), or before "of" ("the Alawite village of Zara", named after "of")."""
    return (text.endswith(("a ", "an ", "A ", "An "), max(0, start - 3), start) and not text[start - 4 : start - 3].isalpha()) \
        or name.split()[-1].endswith(("ian", "ese", "ish", "ic", "ite")) or text.startswith(" of ", end)


# "the Plaine Savo site for internally displaced people": a site only as a camp's ("the Facebook site", "the BBC News
# site" are a company's web pages)
_SITE_FOR_DISPLACED = re.compile(r"\s+for\s+(?:internally\s+)?displaced\b")


def _whose_camp(text: str, start: int) -> bool:
    """Whether "<name> camp" after an article or a possessive names a side rather than a site ("the Ouattara camp
    said", "the president's Gbagbo camp"): only a camp named bare ("attacked Abia camp") is taken as a place here
    ("the Kamounia camp" is extract/placeunlisted.py's)."""
    before = text[start - 5 if start > 5 else 0 : start]
    return before.endswith(("the ", "The ", "a ", "A ", "an ", "An ", "'s ", "’s "))


def _not_a_state(text: str, name: str, start: int, end: int) -> bool:
    """Whether "<name> State" is no region: a name that is a word ("Islamic State") or a people's adjective
    ("Russian state media"), an institution ("the State Department"), or the tail of a longer name."""
    last = name.split()[-1]
    return (last in _NOT_STATE or last.endswith(("ian", "ese", "ish", "ic")) or bool(_STATE_INSTITUTION.match(text, end))
            or _capital_word_before(text, start))


def _capital_word_before(text: str, start: int) -> bool:
    """Whether a capitalised word ends just before `start` ("Islamic State West Africa Province"): the name is
    then the tail of a longer one."""
    j = start - 1
    if j < 1 or text[j] != " ":
        return False
    k = j
    while k > 0 and text[k - 1].isalpha():
        k -= 1
    return k < j and text[k].isupper() and text[k:j] not in OPENERS
