"""Words of war in idioms of peace that no fixed phrase of [cues] peace_uses can list ([peace_idioms] of
assets/lexicons/claims.toml); extract/peacetolls.py blanks them with [cues] peace_uses before it asks whether a
report names a war:

- a campaign's or a club's "war chest" is its money: "The mayoral candidate's war chest passed $2.4 million";
- a sport's "massacre", "rout" or "slaughter", in a report that states a sport's result ("lost by an innings and
  212 runs", "bowled out for 61", "a 6-0 win"): "It was a massacre at Lord's". A report with no result stated keeps
  its massacre ("a massacre at the stadium: 30 fans were killed");
- a strike of workers ("a baggage handlers' strike", "a strike by pilots", "the rail strike") and people "held
  hostage" by one or by the weather: "Holidaymakers held hostage by a baggage handlers' strike". An air strike or a
  strike on a town has no workers before or after it and stays;
- the place a story is set in, beside a word of a story: "The war novel, set in Burma in 1944" (Burma is the
  novel's setting, not a war reported).

Each rule runs only where its words are in the text (a `str.find` first): most reports have none.
"""

from __future__ import annotations

import re
import tomllib
from functools import lru_cache

from extract.resources import ASSETS
from extract.rx import blank
from extract.wordset import words_of

_S = r"[^\S\n]"


@lru_cache(maxsize=1)
def _table() -> dict:
    """The [peace_idioms] table of assets/lexicons/claims.toml."""
    text = (ASSETS / "lexicons" / "claims.toml").read_text(encoding="utf-8")
    at = text.find("\n[peace_idioms]")
    return tomllib.loads(text[at:])["peace_idioms"]


def _alt(words: list[str]) -> str:
    """A regex alternation of `words` (longest first), blanks as any run of blanks."""
    return "|".join(re.escape(w).replace(r"\ ", rf"{_S}+") for w in sorted(words, key=len, reverse=True))


@lru_cache(maxsize=1)
def _patterns() -> dict[str, re.Pattern]:
    """The compiled rules of the module, from [peace_idioms]."""
    t = _table()
    units = _alt(t["result_units"])
    return {
        "funds": re.compile(rf"\b(?:{_alt(t['funds'])})\b", re.I),
        "result": re.compile(
            rf"\b(?:(?:won|lost|win|lose|wins|loses|beat|beaten|beats)\b[^.;\n]{{0,40}}?\bby{_S}+(?:an{_S}+innings"
            rf"{_S}+and{_S}+)?[\d,]+{_S}+(?:{units})\b|(?:bowled{_S}+out|all{_S}+out){_S}+for{_S}+\d"
            rf"|\d{{1,2}}[-–]\d{{1,2}}{_S}+(?:(?:home|away){_S}+)?(?:win|defeat|victory|loss|thrashing|drubbing)\b)",
            re.I),
        "metaphors": re.compile(rf"\b(?:{_alt(t['sport_metaphors'])})\b", re.I),
        "strike_by": re.compile(rf"strikes?{_S}+by{_S}+(?:[\w'’-]+{_S}+){{0,2}}?(?:{_alt(t['strikers'])})\b", re.I),
        "held": re.compile(rf"\bheld{_S}+hostage{_S}+by{_S}+(?:(?:an?|the){_S}+)?(?:[\w'’-]+{_S}+){{0,3}}?"
                           rf"(?:{_alt(t['held_by'])})\b", re.I),
        "setting": re.compile(rf"\bset{_S}+in{_S}+(?:[A-Z][\w'’-]*{_S}+){{0,2}}?[A-Z][\w'’-]*"
                              rf"(?:{_S}+(?:in|during){_S}+(?:the{_S}+)?\d{{4}}s?)?"),
        "story": re.compile(rf"\b(?:{_alt(t['stories'])})\b", re.I),
    }


@lru_cache(maxsize=1)
def _strikers() -> frozenset[str]:
    """Who strikes ([peace_idioms] strikers) and the strikes named by their place or length ("rail", "one-day")."""
    return frozenset(_table()["strikers"]) | frozenset("rail tube bus postal airport general one-day two-day".split())


@lru_cache(maxsize=1)
def _striker_keys() -> frozenset[str]:
    """Words (as extract/wordset.py `words_of` gives them) of which one is in every text `_strikes_blanked` blanks
    anything in: every rule of it names a striker ("handlers' strike", "a strike by pilots", "the rail strike"), so
    all the striker's words are words of the text; one word of each striker (its longest, the last of equals: "day"
    of "one-day") and "hour" ("a 24-hour strike") is enough."""
    return frozenset(max(reversed(re.findall(r"\w+", s.lower())), key=len) for s in _strikers()) | {"hour"}


_patterns()  # (compiled at import, as the module's other patterns would be)
_strikers()
_striker_keys()




def _strikes_blanked(text: str, p: dict[str, re.Pattern]) -> str:
    """`text` with each strike of workers blanked: the words before "strike" ("handlers' strike", "the rail strike")
    or after it ("a strike by pilots") name the strikers."""
    out = text
    low = text.lower()
    at = low.find("strike")
    strikers = _strikers()
    while at >= 0:
        before = low[max(0, at - 24) : at].rsplit(None, 2) if at and low[at - 1] == " " else []
        end = at + (7 if low.startswith("strikes", at) else 6)
        last = before[-1].rstrip("'’") if before else ""
        if (last in strikers or " ".join(before[-2:]).rstrip("'’") in strikers or last.endswith("-hour")) and (
                end >= len(text) or not text[end].isalnum()):
            one_word = last in strikers or last.endswith("-hour")  # (else two: "cabin crew")
            lo = at - 1 - len(before[-1]) if one_word else low.rfind(before[-2], 0, at)
            out = out[:lo] + " " * (end - lo) + out[end:]
        else:
            b = p["strike_by"].match(text, at)
            if b is not None:
                out = out[:at] + " " * (b.end() - at) + out[b.end():]
        at = low.find("strike", at + 6)
    return out


# The words one of the rules needs (as extract/wordset.py `words_of` gives them): most reports have none.
_KEYS = frozenset("chest warchest strike strikes hostage set runs win defeat bowled".split())


@lru_cache(maxsize=16)  # pure on the document; asked for each claim of harm or money in it
def idioms_blanked(text: str) -> str:
    """`text` with its idioms of peace (see the module) blanked, offsets kept; a string equal to `text` when it has
    none (compare with ==: the cache may hand back an equal text read before, not the same object)."""
    words = words_of(text)  # (cached: the claim layer asks it of the document too)
    if _KEYS.isdisjoint(words):
        return text
    p = _patterns()
    out = text
    if "chest" in words or "warchest" in words:
        out = p["funds"].sub(blank, out)
    if "strike" in words or "strikes" in words:
        if "hostage" in words:
            out = p["held"].sub(blank, out)
        if not _striker_keys().isdisjoint(words):
            out = _strikes_blanked(out, p)  # (an air strike with no strikers named skips the walk)
    if "set" in words and "set in " in text and p["story"].search(text):
        out = p["setting"].sub(blank, out)
    if ("runs" in words or "win" in words or "defeat" in words or "bowled" in words) and p["result"].search(text):
        out = p["metaphors"].sub(blank, out)
    return text if out == text else out
