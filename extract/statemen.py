"""The side of the state's armed men when the passage gives it, not the counted noun.

"Fighting between the army and the rebels went on all week. Three soldiers were wounded": the rebels are the side
the passage names, but soldiers, police and officers are a state's men, not a rebellion's. A side that cannot own
them ([state_men] not_owners in assets/lexicons/claims.toml) gives them its opponent's side (extract/sides.py's
`_opponent`, unknown outside Syria unless that opponent is named). Asked only where the side came from the sentence
or the passage: a side named on the noun ("12 rebel soldiers", "FSA troops") is taken before. An owner named by a
possessive on the noun that is no side ("2,000 of Noriega's soldiers were taken prisoner") leaves the side unknown:
it is neither the doer's nor the passage's (`named_owner`); "12 of their men" after a side's speaker are that
side's (`speakers_own`).
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TypeGuard

from extract.context import SentenceContext
from extract.records import Quantity
from extract.triggers import closing_table, lexicon, norm, side_mentions
from extract.wordset import words_of


@lru_cache(maxsize=1)
def _table() -> tuple[frozenset[str], frozenset[str], list[str]]:
    """The state's men, the sides that cannot own them, and the words of their units ([state_men])."""
    table = closing_table("state_men")
    return frozenset(table["subjects"]), frozenset(table["not_owners"]), table["units"]


@lru_cache(maxsize=1)
def unit_words() -> frozenset[str]:
    """The last word of every unit of the state's men ([state_men] units: "convoy", "patrol", "observation post")."""
    return frozenset(u.split()[-1].lower() for u in _table()[2])


def cannot_own(side: str | None, subject: str | None) -> TypeGuard[str]:
    """Whether `side`, given by the passage, cannot be the side of the state's men counted as `subject` (then
    `side` is a side, not None)."""
    if side is None or subject is None:
        return False
    subjects, not_owners, _ = _table()
    return side in not_owners and subject in subjects


_OWNER = re.compile(r"\b[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,2}['’]s\s")


def named_owner(text: str, lo: int, hi: int) -> bool:
    """Whether the counted noun phrase text[lo:hi] names its owner by a possessive name ("2,000 of Noriega's
    soldiers", "40 of Kabila's men"): the owner is told, and it is no side of the lexicon (a side's name is read
    before), so neither the doer's nor the passage's side is theirs."""
    return _OWNER.search(text, lo, hi) is not None


def armed_movements() -> frozenset[str]:
    """The sides that cannot own the state's men: the armed movements ([state_men] not_owners)."""
    return _table()[1]


_THEIR = re.compile(r"\s+of\s+(?:their|its|our)\s", re.IGNORECASE)


def speakers_own(ctx: SentenceContext, q: Quantity) -> str | None:
    """The side of "N of their men" when a side speaks before it ("A rebel spokesman said 12 of their men were
    killed"): "their" is the speaker's, whose side the lexicon names although it is the claim's source, not a side
    acting in the sentence (extract/triggers.py leaves speakers out of `side_mentions`). The last side word before
    the number in the sentence; None when there is none or the number is not followed by "of their/its/our"."""
    if _THEIR.match(ctx.text, q.char_end, ctx.end) is None:
        return None
    lex = lexicon()
    last = None
    for last in lex.side_re.finditer(ctx.text, ctx.start, q.char_start):
        pass
    return lex.side_of.get(norm(last.group(0))) if last is not None else None


_OF_SIDE = re.compile(r"\s+of\s+(?:the\s+)?")
# A demonym that may name a state: "Turkish", "Kenyan", "Ukrainian", "Chinese", "Israeli" (also read by extract/sides.py),
# and the common ones of no regular ending ("58 French soldiers", "Dutch paratroopers", "Greek sailors").
NATIONALITY = re.compile(r"\b(?:[A-Z][a-z]+(?:ian|ean|an|ese|i|ish)|French|Dutch|Swiss|Greek|Thai|Czech|Welsh|Uzbek|"
                         r"Kazakh|Tajik|Kyrgyz|Turkmen|Filipino|Malagasy)\b")


def owner_told(ctx: SentenceContext, np_end: int) -> str | None:
    """The owner of the state's men counted by the noun ending at `np_end`, when the passage names one other than
    the side it is about: a side right after the noun ("30 police officers of the rebel-run administration"), else
    a state named before a unit word ([state_men] units) in the sentence or the ones before it back to the one
    naming a side ("attacked a Turkish convoy", "ambushed a US patrol"): a side of the lexicon that can own them
    (us, russia, regime), or "unknown" for a state that is no side of ours. None when no owner is told."""
    text = ctx.text
    of = _OF_SIDE.match(text, np_end, ctx.end)
    if of is not None:
        after = side_mentions(text, of.end(), min(ctx.end, of.end() + 40))
        if after and after[0].start == of.end():
            return after[0].side
    for off in range(0, 4):
        i = ctx.index - off
        if i < 0:
            break
        s, e = ctx.sentences[i]
        owner = _state_before_unit(text, s, e)
        if owner is not None:
            return owner
        if off and side_mentions(text, s, e):
            break  # the sentence the passage's side came from: no further back
    return None


def _state_before_unit(text: str, start: int, end: int) -> str | None:
    """The owner named before a unit word in text[start:end], one word between at most ("a Turkish convoy" ->
    "unknown", "a US patrol" -> "us", "a Russian military column" -> "russia"), skipping the sides that cannot own
    the state's men ("an FSA convoy" is the rebels' own) and capitalised words that name no state. None when there
    is none."""
    not_owners, units = _table()[1], unit_words()
    lex = lexicon()
    tokens = list(_TOKEN.finditer(text, start, end))
    for i, m in enumerate(tokens):
        word = m.group(0)
        if not word[:1].isupper() or not any(t.group(0).lower() in units for t in tokens[i + 1 : i + 3]):
            continue
        named = side_mentions(text, m.start(), tokens[min(i + 2, len(tokens) - 1)].end())  # ("a Syrian army convoy")
        if named and named[0].start == m.start():
            if named[0].side not in not_owners:
                return named[0].side
        elif NATIONALITY.fullmatch(word) and not lex.theatre_re.fullmatch(word.lower()):
            return "unknown"  # a state that is no side of ours
    return None


_TOKEN = re.compile(r"U\.S\.|[\w'’-]+")


_BY = re.compile(r"[^.;]{0,60}?\bby\s+")


def agent_of(ctx: SentenceContext, np_end: int) -> str | None:
    """The side of a state named as the doer after the counted noun ("... were killed in an air strike by the
    army": [cues] state_owner, the government's side), else None. The state's men are not that doer's opponent's
    when the doer is the state itself."""
    by = _BY.match(ctx.text, np_end, ctx.end)
    if by is None:
        return None
    return "regime" if lexicon().cues["state_owner"].match(ctx.text, by.end(), ctx.end) else None


# What stands before a state's name used as a place: "in Russia's southern republic", "across the United States", or a
# dateline's town ("MAKHACHKALA, Russia, June 24").
_PLACE_BEFORE = re.compile(r"(?:\b(?:in|inside|within|across|throughout)\s+(?:the\s+)?|^[A-Z][A-Z .'’-]+,\s*)\Z",
                           re.MULTILINE)


_HOME_STATES = frozenset(closing_table("state_men")["home_states"])  # the sides that are states (read at import)


def home_state(text: str, mentions: list, subject: str | None) -> str | None:
    """The state whose own men are counted in its own land: the state's men ([state_men] subjects) where every side
    named before the verb is one state ([state_men] home_states) named only as the place ("... in Russia's republic
    of Dagestan, killing 15 police officers" -> russia), not as a doer. None otherwise."""
    if subject not in _table()[0] or not mentions:
        return None
    side = mentions[0].side
    if side not in _HOME_STATES:
        return None
    for m in mentions:
        if m.side != side or not named_as_place(text, m):
            return None
    return side


def named_as_place(text: str, m) -> bool:
    """Whether the side mention `m` names a state as a place, not a doer ("in Russia's republic of Dagestan",
    "MAKHACHKALA, Russia, June 24")."""
    return _PLACE_BEFORE.search(text, max(0, m.start - 40), m.start) is not None


_POLICE = frozenset({"police", "policemen", "policeman", "policewomen", "constables", "constable"})
_MILITARY = frozenset({"army", "soldiers", "soldier", "troops", "military", "navy", "air", "forces", "regiment",
                       "battalion", "brigade", "division", "generals", "general", "majors", "captains", "colonel",
                       "mutineers", "rebel", "rebels", "marines", "marine", "sailors", "paratroopers", "commandos",
                       "airmen", "servicemen", "infantry", "infantrymen"})  # (a service's men: "1,800 Marines ashore")


def _titled_general(sentence: str, words: frozenset[str]) -> bool:
    """Whether the only army word of a sentence is the "general" of a civil title: "the inspector-general said"."""
    if not (words & _MILITARY) <= _GENERALS:
        return False
    low = sentence.lower()
    return low.count("general") == low.count("-general")


_GENERALS = frozenset({"general", "generals"})


def police_officers(ctx: SentenceContext) -> bool:
    """Whether "officers" counted in the sentence are police officers: the sentence or the two before it name the
    police ("killing 15 police officers ... more than 15 officers had been killed") and no army, soldiers or other
    armed body whose officers they could be ("57 army officers", "1,236 officers and soldiers"). "Armed" alone names no
    such body: "raiders armed with machetes" (the "armed forces" have "forces")."""
    seen = False
    for off in (0, -1, -2):
        sentence = ctx.neighbour(off)
        words = words_of(sentence)
        if not _MILITARY.isdisjoint(words) and not _titled_general(sentence, words):
            return False
        seen = seen or not _POLICE.isdisjoint(words)
    return seen


@lru_cache(maxsize=1)
def _property_words() -> frozenset[str]:
    return frozenset(closing_table("state_men")["property"])


def state_property(text: str, start: int, end: int) -> bool:
    """Whether the counted noun phrase text[start:end] names a facility as the state's ([state_men] property: "four
    ministry buildings", "28 village council buildings"): government property, not a facility of civilian life."""
    return not _property_words().isdisjoint(words_of(text[start:end]))


@lru_cache(maxsize=1)
def _posts() -> tuple[frozenset[str], re.Pattern[str]]:
    """The words of [state_men] posts, and a post named as a place: "at", "in", "inside" or "within", a determiner,
    up to three words, the post; not "the base of the hill" (a lower-case word after "of")."""
    posts = closing_table("state_men")["posts"]
    words = "|".join(r"\s+".join(map(re.escape, p.split())) for p in sorted(posts, key=len, reverse=True))
    return frozenset(w for p in posts for w in p.split()), re.compile(
        rf"\b(?:at|in|inside|within)\s+(?:the|a|an|its|their)\s+(?:[\w-]+\s+){{0,3}}?(?:{words})\b"
        r"(?!\s+of\s+(?:the\s+|a\s+)?+(?-i:[a-z]))", re.IGNORECASE)


def at_military_post(ctx: SentenceContext) -> bool:
    """Whether the sentence names a military post as the place of what it counts ([state_men] posts: "At the army
    base east of the town, 14 buildings were damaged", "inside the barracks"): its buildings are a force's, not
    facilities of civilian life."""
    keys, pattern = _posts()
    return not keys.isdisjoint(words_of(ctx.sentence)) and pattern.search(ctx.sentence) is not None


_UNIT_NOUNS = frozenset({"regiment", "battalion", "brigade", "division", "squadron", "garrison"})
_THE_UNIT = re.compile(r"\bthe\s+(?:" + "|".join(sorted(_UNIT_NOUNS)) + r")\b", re.IGNORECASE)


def unit_told_before(ctx: SentenceContext, subject: str | None) -> str | None:
    """The side of the state's men counted in a sentence that names their unit only as "the regiment", "the
    battalion" ("The regiment's own returns list 25 soldiers dead"): the side last named in the report before it
    ("500 soldiers of the Seventh Cavalry surrounded the camp"), when it can own them (not the rebels'). None when
    the sentence names no unit so, or nothing before names a side."""
    if subject not in _table()[0] or _UNIT_NOUNS.isdisjoint(words_of(ctx.sentence)):
        return None
    if _THE_UNIT.search(ctx.sentence) is None:
        return None
    before = side_mentions(ctx.text, 0, ctx.start)
    side = before[-1].side if before else None
    return None if side is None or side in _table()[1] else side
