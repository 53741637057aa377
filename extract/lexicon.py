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

LEXICON_PATH = ASSETS / "lexicons" / "sources.json"

_LEADING = guarded(r"^(?:(?:the|a|an|one|some|several|two|three|other|another|both|all)\s+)+", re.I)
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
    s = " ".join(name.split()).strip(_QUOTES + " .,;:–—-")
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
    """One name for every alias of a source (SOHR -> Syrian Observatory for Human Rights)."""
    if name is None:
        return name
    hit = lookup(name)
    if hit:
        return hit[0]
    clean = re.sub(r"^[\w'’.-]+-based\s+", "", clean_name(name))  # "Kyiv-based Center for …"
    titled = _TITLED_PERSON.match(clean)  # "Police officer Abdi Hassan" is Abdi Hassan
    return titled.group("person") if titled else clean


_MEDIA = guarded(r"\b(?:radio|tv|television|channel|news\s+agency|outlet|media|website|newspaper|station|"
                    r"magazine|broadcaster|media\s+wing|media\s+office)\b", re.I)


# A person named after a title: "Taliban spokesman Zabihullah Noori", "Governor Oleh Marchuk".
_TITLED_PERSON = guarded(
    r"^(?:[\w'’.-]+\s+){0,3}?(?:spokesman|spokeswoman|spokesperson|officer|minister|governor|commander|general|"
    r"colonel|major|captain|lieutenant|president|secretary|envoy|ambassador|chief|director|official|leader|mayor|"
    r"sergeant|colonel-general|brigadier)\s+(?P<person>[A-Z][\w'’.-]+(?:\s+(?:al-|el-|bin\s+|de\s+|van\s+)?[A-Z][\w'’.-]+){1,3})$",
    re.I,
)


@lru_cache(maxsize=16384)  # pure on the string; names repeat within and across documents
def is_outlet_name(name: str) -> bool:
    """Whether a name looks like a news organisation: listed as one, or made of outlet words."""
    hit = lookup(name)
    if hit:
        return hit[1] in ("wire_or_outlet", "state_media", "partisan_media")
    words = re.findall(r"[A-Za-z][\w'’.-]*", clean_name(name))
    if not words or len(words) > 6:
        return False
    if any(w.casefold().strip(".") in lexicon().outlet_words for w in words):
        return words[0][0].isupper()
    return False


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


@lru_cache(maxsize=16384)  # pure on the string; names repeat within and across documents
def type_of(name: str, *, in_comment: bool = False) -> str:
    """The source_type of a named claimant: the lexicon, then the rules, then the shape of the name."""
    hit = lookup(name)
    if hit:
        return hit[1]
    clean = clean_name(name)
    # "JN source", "Hezbollah commander": a listed group or government speaking through someone.
    stripped = _ROLE_SUFFIX.sub("", clean)
    if stripped != clean:
        hit = lookup(stripped)
        if hit and hit[1] in ("armed_group", "official", "state_media", "monitor"):
            return hit[1]
    # "Al Jazeera's correspondent", "the Observatory's director": the organisation behind the person.
    owner = re.split(r"['’]s\s+", clean, maxsplit=1)
    if len(owner) == 2:
        hit = lookup(owner[0])
        if hit:
            if _MEDIA.search(owner[1]) and hit[1] in ("armed_group", "official"):
                # "Al-Shabaab's radio station": a party's own outlet
                return "partisan_media" if hit[1] == "armed_group" else "state_media"
            return hit[1]
    # "Taliban spokesman Zabihullah Mujahid", "UN envoy Jane Roe": a listed name leading the phrase.
    hit = _leading_source(clean)
    if hit and not (hit[1] in ("wire_or_outlet", "publication") and re.search(r"\bsources?$", clean, re.I)):
        return hit[1]
    for pattern, kind in lexicon().rules:
        if pattern.search(clean):
            return kind
    if clean.startswith("@"):
        return "social_media"
    if is_outlet_name(clean):
        return "wire_or_outlet"
    return "social_media" if in_comment else "official"


def expand_acronym(text: str, name: str) -> str:
    """The full name a document gives an acronym: "Karenni Nationalities Defence Force (KNDF)" for "KNDF"."""
    if not (2 <= len(name) <= 8 and name.isupper() and name.isalpha()) or lookup(name):
        return name
    m = re.search(r"((?:[A-Z][\w'’-]*\s+(?:(?:of|for|the|and|al|de)\s+)*){1,7})\(\s*" + re.escape(name) + r"\s*\)", text)
    return clean_name(m.group(1)) if m else name
