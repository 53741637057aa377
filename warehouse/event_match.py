"""When two claims describe one event: their facts, and whether places, dates and wording agree.

The rules behind warehouse.incidents.link_claims (its docstring states them), kept
apart from the union-find that applies them and from the incidents table. Pure:
records in, booleans and facts out.
"""

from __future__ import annotations

import math
import re
from datetime import date, timedelta
from functools import lru_cache
from typing import Any

from extract.dates import names_period
from extract.rx import guarded
from extract.vocab import MEASURE_FAMILIES
from extract.writtenplaces import resolve_written

# Families of measures whose claims can describe one violent event.
LINKABLE_FAMILIES = frozenset({"casualties", "attacks", "materiel", "displacement"})
MAX_EVENT_DAYS = 2  # one incident's reports span at most this many days (day-precise dates)
DAY_SLACK = 1  # reports of one event differ by a day ("Monday night" / "Tuesday")
UNDATED_REACH = timedelta(days=7)  # an undated report is about something up to a week before it
NEAR_KM = 15.0  # a district or site this close to a town is in it
QUOTE_MIN_CHARS = 50  # a shorter sentence found in two reports may be a coincidence, not a quotation
NEAR_CHARS = 1500  # an undated claim this close to another in its document is about the same story

# Event wording: how (method) and what was hit (target); generic words only say "an event".
_METHODS: dict[str, str] = {
    "car bomb": r"car(?:\s+and\s+suicide)?\s+bomb(?:s|ings?)?|vbied|svbied|truck\s+bomb",
    "suicide bomb": r"suicide\s+(?:bomb(?:s|ers?|ings?)?|attacks?)|(?:car\s+and\s+)?suicide\s+bombs",
    "airstrike": r"air\s*-?\s*strikes?|air\s+raids?|warplanes?|jets?\s+(?:struck|bombed)"
                 r"|bombing\s+by\s+(?:russian|regime)",
    "barrel bomb": r"barrel\s+bombs?",
    "shelling": r"shell(?:s|ing|ed)|mortars?|rockets?|artillery",
    "chemical": r"chemical|chlorine|sarin|gas\s+attack",
    "capture": r"captur(?:e|ed|ing)|seiz(?:e|ed|ing)|took\s+(?:over|control)|taken\s+by|overr(?:an|un)",
}
_METHOD_GROUPS = {"car bomb": "bombing", "suicide bomb": "bombing", "airstrike": "air", "barrel bomb": "air",
                  "shelling": "shelling", "chemical": "chemical", "capture": "ground"}
_TARGETS: dict[str, str] = {
    "hospital": r"hospitals?|medical\s+facilit(?:y|ies)|clinics?",
    "camp": r"camps?\b",
    "bakery": r"baker(?:y|ies)|bread\s+queue",
    "market": r"markets?",
    "school": r"schools?",
    "mosque": r"mosques?",
    "convoy": r"convoys?",
    "gas field": r"gas\s+fields?|oil\s+fields?|wells",
}
_GENERIC = (r"attack(?:s|ed|ers?)?|bomb(?:s|ed|ings?)?|explosions?|explosives?|blasts?|assault|offensive|strikes?"
            r"|clashes|fighting|ambush")
_KINDS: list[tuple[str, str, str]] = (  # (group name, kind, word)
    [(f"m{i}", "method", k) for i, k in enumerate(_METHODS)] + [(f"t{i}", "target", k) for i, k in enumerate(_TARGETS)]
)
_WORDING_RE = guarded("|".join(  # (a lookahead on its first letters: 2.7x on a full relink's sentences)
    [rf"(?P<{g}>\b(?:{(_METHODS if kind == 'method' else _TARGETS)[w]}))" for g, kind, w in _KINDS]
    + [r"(?P<generic>\b(?:" + _GENERIC + r")\b)"]), re.IGNORECASE)
_GROUP_WORD = {g: (kind, w) for g, kind, w in _KINDS}
LABEL_WORDS = {"car bomb": "Car bombs", "suicide bomb": "Suicide bombings", "airstrike": "Airstrikes",
                "barrel bomb": "Barrel bombs", "shelling": "Shelling", "chemical": "Chemical attack",
                "capture": "Capture", "hospital": "Attack on hospitals", "camp": "Attack on a camp"}


def facts(i: int, r: dict[str, Any]) -> dict[str, Any]:
    family = MEASURE_FAMILIES.get(r.get("measure") or "")
    pub = as_date(r.get("published"))
    places = resolve_written(r.get("location"))
    lo, hi = interval(r.get("event_date"), r.get("date_precision"))
    sentence = " ".join((r.get("sentence") or "").split())
    methods, targets, generic = wording(sentence, r.get("event_words"))
    key = r.get("claim_id") or f"{r.get('doc_id')}:{r.get('char_start')}:{r.get('measure')}"
    pub_ord = pub.toordinal() if pub else 10**7
    blocks = set()
    for p in places:
        if p.precision == "country":
            blocks.add(f"country:{p.name}:{r.get('doc_id')}")
        else:
            blocks.add(f"admin1:{p.admin1 or p.name}:{p.country}")
    if lo is not None:
        sort_lo, sort_hi = lo, hi
    elif pub is not None:
        sort_lo, sort_hi = pub.toordinal() - UNDATED_REACH.days, pub.toordinal()
    else:
        sort_lo, sort_hi = -(10**7), 10**7
    return {
        "i": i,
        "key": str(key),
        "doc": r.get("doc_id"),
        # an undated count over a period ("has killed 220,000 since 2011") is background, not an event
        "linkable": family in LINKABLE_FAMILIES and not (lo is None and names_period(sentence)),
        "family": family,
        "places": places,
        "blocks": blocks,
        "lo": lo if lo is not None else sort_lo,
        "hi": hi if hi is not None else sort_hi,
        "dated": lo is not None,
        "pub": pub_ord if pub else None,
        "sort": (sort_lo, i),
        "order": (pub_ord, str(r.get("doc_id")), r.get("char_start") or 0, str(key)),
        "methods": methods,
        "targets": targets,
        "worded": bool(methods or targets or generic),
        "words": methods | targets | generic,
        "pos": r.get("char_start"),
        "fine": bool(places) and all(p.precision not in ("admin1", "country") for p in places)
        and lo is not None and hi - lo <= 8,
        "sentence_key": (sentence, r.get("number_text")) if sentence else None,
    }


def may_attach(vague: dict, other: dict) -> bool:
    """Whether a vague claim may join the event of `other` at all (before comparing place, date, wording)."""
    if vague["dated"] and vague["hi"] - vague["lo"] > 8:
        # a month or a year: only with claims as vague, in the same document
        return other["doc"] == vague["doc"] and other["dated"] and other["hi"] - other["lo"] > 8
    if not vague["dated"] or not other["dated"]:
        # undated: the story it sits in, or the same event wording, in its own document
        return other["doc"] == vague["doc"] and (
            abs((vague["pos"] or 0) - (other["pos"] or 0)) <= NEAR_CHARS or bool(vague["words"] & other["words"]))
    return True


def same_event(a: dict, b: dict) -> bool:
    return places_agree(a, b) and dates_agree(a, b) and words_agree(a, b)


def places_agree(a: dict, b: dict) -> bool:
    for p in a["places"]:
        for q in b["places"]:
            if p.precision == "country" or q.precision == "country":
                # within one report a country holds its own places ("eastern Ukraine" and Kostiantynivka)
                if a["doc"] == b["doc"] and p.country == q.country:
                    return True
                continue
            if p.canonical == q.canonical:
                return True
            if p.precision == "admin1" and q.admin1 == p.name or q.precision == "admin1" and p.admin1 == q.name:
                return True
            if (p.precision in ("site", "district") or q.precision in ("site", "district")) and p.admin1 == q.admin1 \
                    and km(p, q) <= NEAR_KM:
                return True
    return False


def dates_agree(a: dict, b: dict) -> bool:
    if a["dated"] and b["dated"]:
        slack = 0 if a["doc"] == b["doc"] else DAY_SLACK  # one report dates all its events from one day
        return a["lo"] <= b["hi"] + slack and b["lo"] <= a["hi"] + slack
    if a["doc"] == b["doc"]:
        return True
    for x, y in ((a, b), (b, a)):  # x undated: its event lies in the week before its publication
        if not x["dated"]:
            if x["pub"] is None:
                return False
            lo, hi = x["pub"] - UNDATED_REACH.days, x["pub"]
            if y["dated"]:
                return y["lo"] <= hi and lo <= y["hi"]
            return y["pub"] is not None and abs(x["pub"] - y["pub"]) <= 3
    return False


def words_agree(a: dict, b: dict) -> bool:
    ga = {_METHOD_GROUPS[m] for m in a["methods"]}
    gb = {_METHOD_GROUPS[m] for m in b["methods"]}
    if ga and gb and not ga & gb:
        return False
    if a["targets"] and b["targets"] and not a["targets"] & b["targets"]:
        return False
    if a["family"] != b["family"] and not (a["worded"] and b["worded"]):
        return False
    return True


@lru_cache(maxsize=16384)
def _wording_cached(sentence: str) -> tuple[frozenset, frozenset, frozenset]:
    methods, targets, generic = set(), set(), set()
    for m in _WORDING_RE.finditer(sentence):
        g = m.lastgroup
        if g == "generic":
            generic.add(m.group(0).lower()[:5])  # "explosion" ~ "explosives"
        else:
            kind, word = _GROUP_WORD[g]
            (methods if kind == "method" else targets).add(word)
    return frozenset(methods), frozenset(targets), frozenset(generic)


def wording(sentence: str, event_words) -> tuple[frozenset, frozenset, frozenset]:
    """(methods, targets, generic word stems) of the event a sentence describes."""
    methods, targets, generic = _wording_cached(sentence)
    if event_words:
        extra = " ; ".join(event_words) if not isinstance(event_words, str) else event_words
        m2, t2, g2 = _wording_cached(extra)
        methods, targets, generic = methods | m2, targets | t2, generic | g2 | {"event"}
    return methods, targets, generic


def interval(value: str | None, precision: str | None) -> tuple[int | None, int | None]:
    """An event date as a closed interval of day ordinals."""
    if not value:
        return None, None
    try:
        parts = [int(x) for x in str(value)[:10].split("-")]
        if len(parts) == 3:
            d = date(*parts)
            return d.toordinal(), d.toordinal()
        if len(parts) == 2:
            start = date(parts[0], parts[1], 1)
            end = (start.replace(day=28) + timedelta(days=4)).replace(day=1) - timedelta(days=1)
            return start.toordinal(), end.toordinal()
        return date(parts[0], 1, 1).toordinal(), date(parts[0], 12, 31).toordinal()
    except (ValueError, TypeError):
        return None, None


def as_date(v) -> date | None:
    if v is None or isinstance(v, date):
        return v
    try:
        return date.fromisoformat(str(v)[:10])
    except ValueError:
        return None


def km(p, q) -> float:
    if None in (p.lat, p.lon, q.lat, q.lon):
        return math.inf
    la1, lo1, la2, lo2 = map(math.radians, (p.lat, p.lon, q.lat, q.lon))
    h = math.sin((la2 - la1) / 2) ** 2 + math.cos(la1) * math.cos(la2) * math.sin((lo2 - lo1) / 2) ** 2
    return 2 * 6371.0 * math.asin(math.sqrt(h))
