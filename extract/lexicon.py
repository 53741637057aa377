"""The source lexicon: canonical names, aliases and the type of each claimant.

The facts live in assets/lexicons/sources.json (one file): known sources with
their aliases and `source_type`, ordered regular-expression rules for names
it does not list ("activists", "pro-regime accounts", "a rebel spokesman",
"@handle"), and words that make a name look like a news outlet.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache

from extract.resources import ASSETS
from extract.rx import guarded
from extract.vocab import BODY_SOURCE_TYPES, MEDIA_SOURCE_TYPES, PARTY_SOURCE_TYPES, PRESS_SOURCE_TYPES

LEXICON_PATH = ASSETS / "lexicons" / "sources.json"

# Words before a name that are no part of it: articles, quantifiers, and the writer's distancing "so-called" ("the
# so-called Islamic State" is the Islamic State).
_LEADING = guarded(r"^(?:(?:the|a|an|one|some|several|two|three|other|another|both|all|so[-‐ ]called)\s+)+", re.I)
_QUOTES = "“”\"‘’'«»()[]"
_ROLE_SUFFIX = guarded(
    r"\s+(?:sources?|spokesm[ae]n|spokeswoman|spokesperson|officials?|commanders?|fighters?|members?|"
    r"leaders?|statement|media office|accounts?|channel|outlets?)$",
    re.I,
)


_POSSESSIVE_S = re.compile(r"['’]s$")
_OUTLET_WORD_TAIL = re.compile(r"(?:\s+(?:news|agency|tv|television|channel|radio|network|outlet|website))+$")


@dataclass(frozen=True, slots=True)
class Lexicon:
    by_alias: dict[str, tuple[str, str]]  # casefolded alias -> (canonical name, source_type)
    rules: tuple[tuple[re.Pattern[str], str], ...]
    outlet_words: frozenset[str]


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    """The lexicon, read once from assets/lexicons/sources.json."""
    data = json.loads(LEXICON_PATH.read_text(encoding="utf-8"))
    by_alias: dict[str, tuple[str, str]] = {}
    for entry in data["sources"]:
        value = (entry["name"], entry["type"])
        for alias in [entry["name"], *entry.get("aliases", [])]:
            by_alias.setdefault(_key(alias), value)
    rules = tuple((guarded(r["pattern"], re.I), r["type"]) for r in data.get("rules", []))
    return Lexicon(by_alias, rules, frozenset(w.casefold() for w in data.get("outlet_words", [])))


@lru_cache(maxsize=16384)  # pure on the string; names repeat within and across documents
def clean_name(name: str) -> str:
    """A claimant as written, without articles, quotes, possessive or trailing punctuation."""
    s = " ".join(name.split()).strip(_QUOTES + " .,;:–—-*•")  # (a bullet's marker too: "* Honduras")
    s = _LEADING.sub("", s).strip(_QUOTES + " ")
    s = _POSSESSIVE_S.sub("", s)
    return s.strip(_QUOTES + " .,;:")


def _key(name: str) -> str:
    return clean_name(name).casefold()


@lru_cache(maxsize=16384)  # pure on the string; names repeat within and across documents
def lookup(name: str) -> tuple[str, str] | None:
    """(canonical name, source_type) of a listed source or alias, else None."""
    lex = lexicon()
    key = _key(name)
    if key in lex.by_alias:
        return lex.by_alias[key]
    # "Hezbollah's Al-Manar TV", "UK-based Syrian Observatory": try dropping a leading qualifier.
    candidates = [key]
    for sep in ("'s ", "’s ", "-based ", "-run ", "-linked ", "-affiliated "):
        if sep in key:
            candidates.append(key.rsplit(sep, 1)[1])
    # "the UN humanitarian agency OCHA": a description closed by a listed acronym names that source.
    tail = clean_name(name).rsplit(" ", 1)
    if len(tail) == 2 and len(tail[1]) >= 3 and tail[1].isupper() and tail[1].casefold() in lex.by_alias:
        return lex.by_alias[tail[1].casefold()]
    for cand in candidates:
        if cand in lex.by_alias:
            return lex.by_alias[cand]
        # "Amaq agency", "Orient channel": a listed name with a generic outlet word after it.
        short = _OUTLET_WORD_TAIL.sub("", cand)
        if short != cand and short in lex.by_alias:
            return lex.by_alias[short]
    return None


@lru_cache(maxsize=16384)  # pure on the string; names repeat within and across documents
def canonical_source(name: str) -> str:
    """One name for every alias of a source (SOHR -> Syrian Observatory for Human Rights), and for every
    way a text introduces it: "Yazidi lawmaker Vian Dakhil", "a spokesman for Lady Reading Hospital",
    "residents of two villages near X", "the Kyiv-based Center for …" name Vian Dakhil, Lady Reading
    Hospital, residents and the Center. Narrowed one step at a time (`_narrower`) until a listed name or
    a fixed point: the answer is stable (canonical_source of it is itself)."""
    if name is None:
        return name
    current = name
    for _ in range(12):  # every step shortens the name; the bound only guards the loop
        hit = lookup(current)
        if hit:
            return hit[0]
        nxt = _narrower(current)
        if nxt == current or not nxt.strip():
            return current
        current = nxt
    return current


# "Kyiv-based", "Diaspora-run", "Houthi-linked", "state-appointed": where or whose the source is, not its name.
_PLACED_PREFIX = guarded(r"^[\w'’.-]+-(?:based|run|linked|affiliated|backed|funded|member|strong|appointed)\s+(?=\S)", re.I)
# "a panel of experts appointed by the Secretary-General": who set the body up is not its name.
_APPOINTED_BY = guarded(r"^(?P<head>\S.*?)\s+(?:appointed|commissioned|set\s+up|established|created|named|hired|led)\s+by\s+\S.*$")
# "a spokesman for Lady Reading Hospital": the spokesman speaks for the organisation.
_SPOKESMAN_FOR = guarded(r"^(?:[\w'’-]+\s+){0,2}?(?:spokesm[ae]n|spokeswoman|spokesperson|representatives?)\s+"
                         r"(?:for|of)\s+(?:the\s+)?(?P<org>[A-Z].*)$", re.I)
# "Residents of two villages near Mangochar", "a security source in Bol": the place is not the claimant.
_PEOPLE_IN_PLACE = guarded(r"^(?P<head>(?:[\w'’-]+\s+){0,2}?(?:residents|villagers|witnesses|parents|survivors|"
                           r"relatives|families|locals|elders|activists|doctors|medics|farmers|traders|eyewitnesses|reporters|journalists|"
                           r"correspondents))"
                           r"\s+(?:of|from|in|near|at)\s+\S.*$", re.I)
_SOURCE_IN_PLACE = guarded(r"^(?P<head>(?:[\w'’-]+\s+){0,2}?sources?)\s+(?:in|at)\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,4}$")
# ("Hospital sources at the District Headquarters Hospital Parachinar": the sources, wherever they work)
# "Account @GondarFront", "the blogger @x": the handle is the name.
_HANDLE_LAST = guarded(r"^(?:[\w'’-]+\s+){1,3}(?P<h>@\w+)$")
# A title before a person's name: "Brigadier General Restituto Padilla", "Cardinal Dieudonné Nzapalainga".
_TITLE_WORDS = (r"(?:Brigadier|General|Colonel|Major|Captain|Lieutenant|Sergeant|Cardinal|Archbishop|Bishop|Imam|"
                r"(?:Rear\s+|Vice\s+)?Admiral|(?:Air\s+(?:Chief\s+)?|Field\s+)?Marshal|Commodore|Commandant|Corporal|"
                r"(?:Gen|Col|Lt|Maj|Capt|Brig|Sgt|Adm|Cpl|Cmdr)\.|"
                r"Sheikh|Maulana|Mawlana|Mullah|Mufti|Alhaji|Alhaja|Hon\.|Dr\.?|Mr\.?|Mrs\.?|Ms\.?|Senator|Judge|Justice|Father|Pastor|Rev\.?|Reverend)")
_TITLE_THEN_PERSON = guarded(rf"^{_TITLE_WORDS}\s+(?P<person>[A-Z][\w'’.-]*(?:\s+(?:[A-Z][\w'’.-]*|al-\w+|el-\w+|bin|de|van|der)){{1,3}})$")
# A description in lower case between an optional proper lead and a proper name: "Yazidi lawmaker Vian Dakhil",
# "Local news site Noticias Irapuato", "Spokesman using the name Azad Baloch", "Armed Forces spokesman Brig. …".
_DESCRIBED_NAME = guarded(r"^(?:[A-Z][\w'’.-]*\s+){0,3}(?P<desc>(?:[a-z][\w'’.-]*\s+){1,5})"
                          r"(?P<name>[A-Z][\w'’.&-]*(?:\s+(?:[A-Z][\w'’.&-]*|al-\w+|el-\w+|bin|de|van|der)){0,4})$")
_FUNCTION_WORDS = frozenset("of for the and in on at de del la le du des en y al el from near by with to".split())
# "Deputy Chief of the General Staff Anatoly Nogovitsyn": a person named after the body he speaks for.
_BODY_THEN_PERSON = guarded(r"\b(?:Staff|Ministry|Command|Council|Office|Committee|Department|Army|Forces|Police|"
                            r"Service|Agency|Mission)\s+(?P<person>[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){1,2})$")
# "UN country team working document", "Human Rights Watch report": the document is its author's.
_DOCUMENT_TAIL = guarded(r"^(?P<head>\S.*?)\s+(?:working\s+)?(?:document|report|paper|statement|survey|assessment|"
                         r"census|study)$")  # (in lower case: "Syria Report" is an outlet's name)

# A British seat named in full: "Secretary of State for the Home Department", "Secretary of State for Defence" are
# the Home Secretary and the Defence Secretary (as the House and the press call them).
_SEAT_IN_FULL = guarded(r"^(?:[Tt]he\s+)?Secretary\s+of\s+State\s+for\s+(?:the\s+)?(?P<dept>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)??)"
                        r"(?:\s+Department)?$")


def _narrower(name: str) -> str:
    """One step from a claimant as written towards its name (see `canonical_source`); the name itself
    when no step applies. Every step returns a shorter string."""
    clean = clean_name(name)
    if clean != name:
        return clean
    seat = _SEAT_IN_FULL.match(clean)
    if seat:
        return seat.group("dept") + " Secretary"
    for pattern in (_PLACED_PREFIX,):
        stripped = pattern.sub("", clean)
        if stripped != clean:
            return stripped
    for pattern, group in ((_APPOINTED_BY, "head"), (_SPOKESMAN_FOR, "org"), (_PEOPLE_IN_PLACE, "head"), (_SOURCE_IN_PLACE, "head"),
                           (_HANDLE_LAST, "h"), (_TITLED_PERSON, "person"), (_TITLE_THEN_PERSON, "person"),
                           (_BODY_THEN_PERSON, "person"), (_DOCUMENT_TAIL, "head")):
        m = pattern.search(clean) if pattern is _BODY_THEN_PERSON else pattern.match(clean)
        if m and m.group(group) and len(m.group(group)) < len(clean):
            return m.group(group)
    m = _DESCRIBED_NAME.match(clean[:1].upper() + clean[1:])  # (as the source is shown: "local MP" is "Local MP")
    if m and (" " in m.group("name") or not m.group("name").isupper()):  # a name, not a bare "MP"
        desc = m.group("desc").split()
        if desc[-1].casefold() not in _FUNCTION_WORDS and not all(w.casefold() in _FUNCTION_WORDS for w in desc):
            return m.group("name")
    return clean


_MEDIA = guarded(r"\b(?:radio|tv|television|channel|news\s+agency|outlet|media|website|newspaper|station|"
                    r"magazine|broadcaster|media\s+wing|media\s+office)\b", re.I)


# A person named after a title: "Taliban spokesman Zabihullah Noori", "Governor Oleh Marchuk".
_TITLED_PERSON = guarded(
    r"^(?:[\w'’.-]+\s+){0,5}?(?:spokesman|spokeswoman|spokesperson|officer|minister|governor|commander|general|"
    r"colonel|major|captain|lieutenant|president|secretary|envoy|ambassador|chief|director|official|leader|mayor|"
    r"sergeant|colonel-general|brigadier|commissioner|superintendent|administrator|chairman|chairwoman)\s+(?P<person>[A-Z][\w'’.-]+(?:\s+(?:al-|el-|bin\s+|de\s+|van\s+)?[A-Z][\w'’.-]+){1,3})$",
    re.I,
)


@lru_cache(maxsize=16384)  # pure on the string; names repeat within and across documents
def is_outlet_name(name: str) -> bool:
    """Whether a name looks like a news organisation: listed as one, or made of outlet words."""
    hit = lookup(name)
    if hit:
        return hit[1] in MEDIA_SOURCE_TYPES
    words = re.findall(r"[A-Za-z][\w'’.-]*", clean_name(name))
    if not words or len(words) > 6:
        return False
    if any(w.casefold().strip(".") in lexicon().outlet_words for w in words):
        return words[0][0].isupper()
    return False


# Words of an armed force's staff after an acronym a wire shares with one ("AFP" is also the Armed Forces of the
# Philippines): a military rank, unit or command, or the force's spokesperson. (A wire's own people are its
# reporters, correspondents, editors: none of these.)
_FORCES_ROLE = re.compile(r"^[A-Z]{2,5}\s+(?:spokes(?:man|woman|person)|troops|soldiers|commanders?|chief\s+of\s+staff|"
                          r"(?:Lt|Col|Gen|Maj|Capt|Brig)\b\.?|(?:[\w-]+\s+){0,3}(?:Command|Brigade|Division|Battalion))\b")


def _leading_source(clean: str) -> tuple[str, str] | None:
    """The longest listed name that opens `clean` and is followed by more words.

    Short all-capital aliases ("UN", "IS", "AP") must match in capitals, so "is" is no alias.
    """
    words = clean.split()
    for n in range(min(len(words) - 1, 5), 0, -1):
        head = " ".join(words[:n])
        hit = lexicon().by_alias.get(head.casefold())
        if hit and (len(head) > 3 or head.isupper()):
            return hit
    return None


@lru_cache(maxsize=4096)  # pure on the string
def body_of(name: str) -> str | None:
    """The canonical name of the body a claimant speaks for when the name says so: "UNHCR spokesman Kris
    Janowski" -> United Nations, "a spokesman for the Health Ministry" -> Health Ministry; else None."""
    clean = clean_name(name)
    hit = _leading_source(clean)
    if hit:
        return hit[0]
    m = _SPOKESMAN_FOR.match(clean)
    return canonical_source(m.group("org")) if m else None


@lru_cache(maxsize=16384)  # pure on the string; names repeat within and across documents
def type_of(name: str, *, in_comment: bool = False) -> str:
    """The source_type of a named claimant: the lexicon, then the rules, then the shape of the name."""
    hit = lookup(name)
    if hit:
        return _own_outlet(name, hit[1])
    clean = clean_name(name)
    # "JN source", "Hezbollah commander": a listed group or government speaking through someone.
    stripped = _ROLE_SUFFIX.sub("", clean)
    if stripped != clean:
        hit = lookup(stripped)
        if hit and hit[1] in BODY_SOURCE_TYPES:
            return hit[1]
    # "Al Jazeera's correspondent", "the Observatory's director": the organisation behind the person.
    owner = re.split(r"['’]s\s+", clean, maxsplit=1)
    if len(owner) == 2:
        hit = lookup(owner[0])
        if hit:
            if _MEDIA.search(owner[1]) and hit[1] in PARTY_SOURCE_TYPES:
                # "Al-Shabaab's radio station": a party's own outlet
                return "partisan_media" if hit[1] == "armed_group" else "state_media"
            return hit[1]
    # "Taliban spokesman Zabihullah Mujahid", "UN envoy Jane Roe": a listed name leading the phrase.
    hit = _leading_source(clean)
    if hit and hit[1] == "wire_or_outlet" and clean[:1].isupper() and _FORCES_ROLE.search(clean):
        return "official"  # "AFP spokesperson Lt. Col. X", "AFP troops": in Philippine news the AFP is the armed forces
    if hit and not (hit[1] in PRESS_SOURCE_TYPES and re.search(r"\bsources?$", clean, re.I)):
        return hit[1]
    if _national_force(clean):
        return "official"  # "Uganda People's Defence Force", "the Kenyan army": a state's own forces
    for pattern, kind in lexicon().rules:
        if pattern.search(clean):
            if kind == "armed_group" and len(owner) == 2 and _MEDIA.search(owner[1]):
                return "partisan_media"  # "the Front's radio": an (unlisted) movement's own outlet
            return kind
    if clean.startswith("@"):
        return "social_media"
    if is_outlet_name(clean):
        return "wire_or_outlet"
    return "social_media" if in_comment else "official"


# A state's armed forces named after the state, or someone speaking for them: "Uganda People's Defence Force",
# "Kenyan army", "Ethiopian National Defense Force", "Kenya Defence Forces spokesman X". (Not "Sudan Liberation Army": a word between the state and the force makes a movement.)
_NATIONAL_FORCE = guarded(r"^(?P<state>[A-Z][\w'’-]*(?:\s+(?!(?:people|national)\b)[A-Z][\w'’-]*)?)\s+(?:(?:people's|people’s|national)\s+)?"
                          r"(?:defen[cs]e\s+forces?|armed\s+forces|army|military|navy|air\s+force)"
                          r"(?:$|\s+(?:spokesm[ae]n|spokeswoman|spokesperson|commanders?|chief|officers?|officials?|sources?)\b)",
                          re.I)


def _national_force(name: str) -> bool:
    """Whether `name` is a state's own forces, named by the state or its people (see _NATIONAL_FORCE)."""
    m = _NATIONAL_FORCE.match(name)
    return m is not None and _is_state(m.group("state").casefold())


@lru_cache(maxsize=1024)
def _is_state(word: str) -> bool:
    """A country's name ("uganda") or the adjective of its people ("ugandan", "ethiopian", "sudanese")."""
    from extract.gazetteer import country_names  # (loaded once, only when a force's name is asked about)

    for country in country_names().values():
        key = country.casefold()
        if word == key or (len(key) >= 4 and word.startswith(key[:-1]) and len(word) <= len(key) + 4):
            return True
    return False


def _own_outlet(name: str, kind: str) -> str:
    """A listed party with an outlet word after its name speaks through its own media: "Houthi TV",
    "Taliban radio" are partisan media, "Kremlin TV" state media (as "Al-Shabaab's radio station")."""
    if kind not in PARTY_SOURCE_TYPES or _key(name) in lexicon().by_alias:
        return kind
    words = clean_name(name).split()
    if len(words) > 1 and _MEDIA.search(" ".join(words[1:])):
        return "partisan_media" if kind == "armed_group" else "state_media"
    return kind


def expand_acronym(text: str, name: str) -> str:
    """The full name a document gives an acronym: "Karenni Nationalities Defence Force (KNDF)" for "KNDF"."""
    if not (2 <= len(name) <= 8 and name.isupper() and name.isalpha()) or lookup(name) or not _in_brackets(text, name):
        return name  # (a cheap test first: re compiles the pattern below for each new acronym)
    for m in re.finditer(r"((?:[A-Z][\w'’-]*(?:[ \t]+|[ \t]*\n[ \t]*)(?:(?:of|for|the|and|al|de)\s+)*){1,7})\(\s*"
                         + re.escape(name) + r"\s*\)", text):  # (a name within one paragraph: not a title line above it)
        if name[0] in {w[0] for w in m.group(1).split() if w[:1].isupper()}:
            return clean_name(m.group(1))  # (not "250 Hondurans (OAS)": a source cited after a figure, no expansion)
    return name


def _in_brackets(text: str, name: str) -> bool:
    """Whether `text` holds `name` in brackets, perhaps with blanks inside them ("( KNDF)"): expand_acronym's
    pattern needs it (str.isspace is re's \\s)."""
    i = text.find(name)
    while i >= 0:
        j = i - 1
        while j >= 0 and text[j].isspace():
            j -= 1
        if j >= 0 and text[j] == "(":
            k = i + len(name)
            while k < len(text) and text[k].isspace():
                k += 1
            if text.startswith(")", k):
                return True
        i = text.find(name, i + 1)
    return False
