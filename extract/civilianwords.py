"""A count of a people named beside an explicit count of civilians is not itself all civilians (extract/sides.py).

A demonym's dead are read as civilians ("the raid killed 12 Hungarians"). But a list that counts civilians apart
sets the demonym's count against them: "18 Europeans killed, and 177 African civilians killed" — had the 18 been
civilians too, the writer would not have set the civilians apart — so its side is `unknown`. The civilians must be
counted by a number of their own in the same clause (no ";" between), not merely mentioned ("killed 12 Hungarians,
civilians who had fled"). The module also holds the words of a count said to be mostly civilians ("183 people, most
of them civilians"), which sides.py reads, and who the people of a count were by what the sentence tells of them:
crew counted beside passengers and people on board a passenger flight are civilians; a people's dead told as men
of a named unit ("17 of D Company") are soldiers.
"""

from __future__ import annotations

import re

from extract.context import SentenceContext
from extract.records import Quantity
from extract.triggers import ARMED, closing_table, people_noun_at
from extract.wordset import key_words, may_occur

# A count said to be mostly civilians, matched where its noun ends (extract/sides.py): "183 people, most of them
# civilians"; after a time and in quotes: "2,000 dead in four days, \"most of them Honduran civilians\""; or mostly
# women and children, the writer's way of saying the same: "51 wounded, most of them women and children"; a people's
# name may follow a bare "wounded" or "dead" ("40 dead Hmong, most of them women and children").
MOSTLY_CIVILIANS = re.compile(r"(?:\s+(?:in|on|during|over|within)\s+[^,.;:\"“]{1,30}?|\s+[A-Z][a-z]+)?\s*,?\s*[\"“]?(?:(?:most|"
                              r"nearly\s+all|almost\s+all|all|the\s+(?:vast\s+)?majority)\s+of\s+(?:them|whom)"
                              r"(?:\s+were)?|mostly|mainly|largely)\s+(?:(?:[A-Z][a-z]+\s+)?civilians|"
                              r"women\s+and\s+children|children\s+and\s+women)\b", re.IGNORECASE)
# A count said to be in good part people who were no bystanders, matched where its noun ends (extract/sides.py), a
# short clause allowed before the comma: "68 people died in the capital, many of them looters trapped in burning
# shops", "40 dead, most of them rioters", "30 more are killed, most of them mine guards": not all civilians.
NOT_BYSTANDERS = frozenset({"looters", "rioters", "arsonists", "attackers", "assailants", "insurgents", "militants",
                            "gunmen", "guards"})  # (the sentence must hold one: a word-set test before the pattern)
NOT_ALL_BYSTANDERS = re.compile(r"(?:\s[^,.;:\"“]{1,40}?)?\s*,\s*(?:(?:many|most|some|several|a\s+number|dozens|scores)"
                                r"\s+of\s+(?:them|whom)(?:\s+were)?|mostly|mainly|largely)\s+(?:[\w-]+\s+)?(?:"
                                + "|".join(sorted(NOT_BYSTANDERS)) + r")\b", re.IGNORECASE)
# A part of the dead or wounded named as a state's citizens or nationals, matched where the number ends (extract/sides.py):
# "8 of the dead were Turkish citizens and one a US citizen": nationals among the victims, civilians as "10 Japanese
# nationals died" are. The sentence must hold "citizen" or "national" (a substring test before the pattern).
NATIONALS_AMONG = re.compile(r"\s+(?:(?:of\s+(?:the|them|those)\s+(?:dead|killed|wounded|injured|victims)\s+|of\s+whom\s+)?"
                             r"(?:were|was)\s+|an?\s+)(?:[\w.'’-]+\s+){0,2}?(?:citizens?|nationals?)(?=\s*(?:[,.;:)]|and\b|or\b|$))",
                             re.IGNORECASE)  # (the noun ends the phrase: not "national guardsmen")
# a count of civilians: a number, at most two words (an adjective, "more"), then "civilians"
_CIVILIAN_COUNT = re.compile(r"\b\d[\d,]*\s+(?:[\w-]+\s+){0,2}?civilians\b", re.IGNORECASE)


def set_apart_from_civilians(ctx: SentenceContext, q: Quantity, np_end: int) -> bool:
    """Whether the clause of the count at `q` (its noun phrase ending at `np_end`) counts civilians apart."""
    sentence = ctx.sentence
    if "civilians" not in sentence:
        return False  # (a cheap test first)
    text = ctx.text
    lo = max(ctx.start, text.rfind(";", ctx.start, q.char_start) + 1)
    hi = text.find(";", np_end, ctx.end)
    hi = ctx.end if hi < 0 else hi
    return any(not (q.char_start <= m.start() < np_end) for m in _CIVILIAN_COUNT.finditer(text, lo, hi))


# An item of a list set in apposition after a count: a number or an article, an adjective at most, then the noun
_ITEM = re.compile(r"(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d[\d,]*)\s+"
                   r"(?:(?:pregnant|young|elderly|old|small|little|teenage|unborn)\s+)?", re.IGNORECASE)
_ITEM_SEP = re.compile(r"\s*,\s*(?:and\s+)?|\s+and\s+")
_LIST_END = frozenset(".;:\"”)’'!?")  # what may close the apposition (or a comma before the rest of the clause)


def apposed_civilians(text: str, np_end: int, end: int) -> bool:
    """Whether the count whose noun ends at `np_end` is spelt out, in apposition, as civilians only: "killed five
    people, a woman and four children", "12 dead, eight farmers and four children". Not "42 people, including seven
    women" (a part: extract/sides.py reads it), nor a list with any other noun ("five people, a woman and two
    soldiers") or one that goes on past its items ("five people, a woman and four children among them")."""
    at = np_end
    if not text.startswith(",", at) and not text.startswith(", ", at):
        return False
    at = np_end + 1
    items = 0
    while True:
        at = len(text[at:end]) - len(text[at:end].lstrip()) + at
        item = _ITEM.match(text, at, end)
        got = people_noun_at(text, item.end(), end) if item else None
        if got is None or got[0] != "civilian":
            return False
        items += 1
        at = got[2]
        sep = _ITEM_SEP.match(text, at, end)
        if sep is None:
            break
        if text[sep.end() : sep.end() + 1].isalpha() and _ITEM.match(text, sep.end(), end) is None:
            at = sep.start()  # ", who were ...": the list has ended
            break
        at = sep.end()
    return items >= 2 and (at >= end or text[at] in _LIST_END or text[at] == ",")


_ITEM_ANYWHERE = re.compile(r"(?<![\w-])" + _ITEM.pattern, re.IGNORECASE)
_SPELT_GAP = 90  # characters at most between a count's noun and the colon that spells it out


def armed_in_spelt_list(text: str, np_end: int, end: int) -> bool:
    """Whether the count whose noun ends at `np_end` is spelt out after a colon in its clause as a list with armed
    men among its items: "Ten people died here last week: two police officers hacked to death, two guards burned
    and six others", "the correct figure is 19: 17 civilians and two police officers" — a mixed toll, not all
    civilians. The list must start at the colon with a count of people, and no other number stand between the count
    and the colon."""
    colon = text.find(":", np_end, min(end, np_end + _SPELT_GAP))
    if colon < 0 or any(ch.isdigit() or ch in ";." for ch in text[np_end:colon]):
        return False
    first = True
    for m in _ITEM_ANYWHERE.finditer(text, colon + 1, end):
        got = people_noun_at(text, m.end(), end)
        if first and (got is None or text[colon + 1 : m.start()].strip()):
            return False  # the colon opens no list of people counted ("killed, he said: a figure two men saw")
        first = False
        if got is not None and got[0] in ARMED:
            return True
    return False


# Crew counted beside passengers, matched where the crew's number starts (before) or its noun ends (after): "243
# passengers and 16 crew", "12 crew and 230 passengers" — the crew of a passenger flight, ship or train, civilians as
# the passengers are (a warship's or a tanker's crew counted alone keeps its side).
_PASSENGERS_BEFORE = re.compile(r"\bpassengers\s*,?\s+and\s+(?:(?:the|its|their|all|about|some|at\s+least)\s+)?\Z",
                                re.IGNORECASE)
_PASSENGERS_AFTER = re.compile(r"\s+crew(?:\s+members)?\s*,?\s+and\s+(?:[\w,]+\s+){1,3}?passengers\b",
                               re.IGNORECASE)


def crew_of_passengers(text: str, start: int, number_end: int, end: int) -> bool:
    """Whether the crew counted by the number at `start`..`number_end` is counted beside passengers, in the clause
    up to `end`: a passenger craft's crew, civilians."""
    return (_PASSENGERS_BEFORE.search(text, max(0, start - 40), start) is not None
            or _PASSENGERS_AFTER.match(text, number_end, end) is not None)


def _unit_part() -> tuple[re.Pattern[str], frozenset[str] | None]:
    """A part of the count told as men of a named unit ([force_frames] units after a name or a number): "Eighteen
    Australians died: 17 of D Company and one of the carrier crews", "two Canadians of the 1st Battalion". Matched
    where the count's noun ends; and the units' key words. Built at import."""
    words = closing_table("force_frames")["units"]
    units = "|".join(re.escape(u) for u in sorted(words, key=len, reverse=True))
    number = r"(?:\d[\d,]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[a-z]+teen|[a-z]+ty)"
    return re.compile(rf"(?:[^.;]{{0,40}}?\b{number}|\s*,?)\s+(?:of|from)\s+(?:the\s+)?(?:[A-Z0-9][\w.'’-]*\s+){{1,3}}"
                      rf"(?i:{units})\b"), key_words(words)


_UNIT_PART, _UNIT_KEYS = _unit_part()


def of_a_named_unit(ctx: SentenceContext, np_end: int) -> bool:
    """Whether a people's count (its noun ending at `np_end`) is told, in its sentence, as men of a named military
    unit ("Eighteen Australians died: 17 of D Company", "40 Britons from the 2nd Battalion"): soldiers, whose side the
    lexicon does not know, not civilians (a word-set test of the sentence before the pattern)."""
    return may_occur(_UNIT_KEYS, ctx.sentence) and _UNIT_PART.match(ctx.text, np_end, ctx.end) is not None


# People on board a passenger flight, matched where the count's noun ends: "all 329 people on board Flight 182",
# "the 298 people aboard the airliner", "176 people on the passenger jet" — a scheduled flight's passengers and crew,
# civilians whatever brought the plane down (a military plane's dead are not: "aboard the transport plane").
_ON_A_FLIGHT = re.compile(r"\s+(?:(?:who|that)\s+(?:were|was)\s+)?(?:on\s+board|aboard|on)\s+(?:the\s+|an?\s+)?"
                          r"(?:[A-Z][\w-]*\s+){0,3}?(?:Flight\s+[A-Z]{0,3}\s?\d+|(?:jet)?airliner|jetliner|"
                          r"passenger\s+(?:jet|plane|flight|aircraft))\b")


def on_a_passenger_flight(text: str, np_end: int, end: int) -> bool:
    """Whether the people counted (their noun ending at `np_end`) are told as on board a passenger flight (a
    numbered flight, an airliner, a passenger jet), up to `end`: civilians."""
    return _ON_A_FLIGHT.match(text, np_end, end) is not None
