"""Dead or wounded of a group the vocabulary does not know, which the report shows fighting (extract/classify.py).

A toll with no known noun in a passage about an attack on a town, or near a massacre, is read as civilians
(extract/sides.py). That is right for "the raid on the town left 30 dead", and confidently wrong where the dead
belong to a group whose word the vocabulary lacks but the report shows in arms: "some 250 adoo, guerrillas of
the Front, ... attacked the town" and then "the adoo left 38 dead"; "'some 1,000 Mau Mau' attacked" and then
"430 Mau Mau killed"; "about 30 askars of the Gendarmerie" and then "Of the askars, one was killed". The group is
read where the toll names it:
- the noun after the number ("430 Mau Mau killed");
- a partitive opening the clause ("Of the askars, one was killed and one wounded");
- the actor of "left N dead" ("the adoo left 38 dead": its own dead, left on the field).
It fights when the report puts it (anywhere) in apposition with a fighter noun of the vocabulary ("adoo,
guerrillas of ..."), before a verb of fighting ("the adoo fired", "'some 1,000 Mau Mau' attacked"), or as members
of an armed body ("askars of the Dhofar Gendarmerie"). Such dead are no side's civilians: side `unknown` (the
vocabulary names no side for the word), subject the fighter noun it was apposed with, "fighters" for a group told
attacking, else the word as written (the h-set writes a people's plural as written: "Yazidis", "rangers").
A word the vocabulary knows keeps its own reading ("Of the villagers, three were killed": civilians).
A people's name the vocabulary reads as civilians ("620 Australians killed", "hundreds of Zulu wounded") is no
civilian either where the report puts that name on an armed noun ("Australian and New Zealand troops came ashore",
"a Zulu army", "the Allied fleet") and the toll's sentence tells of no town or civilians: troops or fighters, side
`unknown` (`_armed_people`).
"""

from __future__ import annotations

import re
from functools import lru_cache

from extract.context import SentenceContext
from extract.phrase import Phrase
from extract.records import Quantity
from extract.statemen import NATIONALITY, unit_words
from extract.triggers import closing_table, lexicon, norm
from extract.wordset import words_of

_GROUP_MEASURES = frozenset({"killed", "wounded"})
_NAME = r"(?:[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}|[a-z][\w'’-]{2,})"
# the group after the number, up to the toll word: "430 Mau Mau killed", "38 adoo dead"
_AFTER = re.compile(r"\s+(" + _NAME + r")[\"”’']?\s+(?:were\s+|had\s+been\s+|have\s+been\s+)?"
                    r"(?:killed|dead|wounded|slain|died|injured)\b")
# a partitive opening the clause: "Of the askars, one was killed"
_PARTITIVE = re.compile(r"(?:^|[;:]\s*)(?:Of|Among)\s+(?:the|these|those)\s+(" + _NAME + r")\s*,\s*\Z")
# the actor of "left N dead": "the adoo left 38 dead", "and the guerrillas left 12 dead"
_LEFT_BY = re.compile(r"\b[Tt]he\s+(" + _NAME + r")\s+(?:had\s+|have\s+|has\s+)?left\s+(?:behind\s+)?(?:"
                      r"(?:some|about|around|nearly|over|more\s+than|at\s+least)\s+)?\Z")
_DEAD_AFTER = re.compile(r"[^.;]{0,12}?\b(?:dead|bodies|killed)\b")
# what follows the group where the report shows it fighting (matched right after the word)
_FIGHTS = re.compile(
    r"[\"”’']?(?:\s*,\s*(?:the\s+|some\s+)?(?P<appo>[a-z][\w-]*)"
    r"|\s+(?:[a-z]+ly\s+|then\s+|had\s+|have\s+|also\s+)?(?P<verb>attacked|attack|fired|fought|ambushed|raided|stormed|"
    r"overran|shelled|opened\s+fire|launched\s+an?\s+attack|mounted\s+an?\s+attack)\b"
    r"|\s+of\s+the\s+(?:[A-Z][\w'’-]*\s+){0,3}(?P<body>Gendarmerie|Army|Police|Guard|Regiment|Legion|Corps|Militia|"
    r"Front|Brigade|Battalion|Forces?|Constabulary|Rifles|Scouts|Levies)\b)")
_NOT_GROUP = frozenset("more others other were was had have has been and the all are is".split())  # words, not groups
# collective nouns of an army or a state: "the army left 40 dead" tells whom it killed, not its own dead (with the
# units of [state_men] and the force nouns of [rows.force_nouns])
_COLLECTIVE = frozenset("enemy government regime regiment squadron navy legion company state".split())


def own_group(ctx: SentenceContext, q: Quantity, ph: Phrase, measure: str, subject: str, side: str
              ) -> tuple[str, str]:
    """(subject, side) of a toll whose dead belong to a group the report shows fighting; else as given."""
    if measure not in _GROUP_MEASURES:
        return subject, side
    if ph.cls == "demonym":  # "620 Australians killed" after "Australian troops came ashore", not in a town's toll
        if side != "civilian" or not _TOWN_WORDS.isdisjoint(words_of(ctx.sentence)):
            return subject, side
        return _armed_people(ctx.text, subject) or (subject, side)
    if ph.cls not in (None, "people", "toll", "injury"):
        return subject, side
    word = _group_word(ctx, q, ph)
    if word is None or word.lower() in _NOT_GROUP:
        return subject, side
    lex = lexicon()
    key = norm(word)
    if key in lex.noun_class or key in lex.side_of or _collective(key):
        return subject, side  # a word of the vocabulary keeps its reading ("Of the villagers, ...")
    said = _fights_as(ctx.text, word)
    if said is None:
        return subject, side
    return said, ("unknown" if side == "civilian" else side)


# a people's name on an armed noun: "a Zulu army", "some 4,000 Zulu reserves", "Australian and New Zealand troops"
_ARMED_NOUN = (r"(?:\s+and\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)?\s+(?P<noun>army|armies|troops|soldiers|forces|"
               r"reserves|regiments?|warriors|impis?|divisions?|battalions?|infantry|cavalry|fleets?|navy)\b")

# words of a toll among civilians: a people's dead there are read as before ("12 Ukrainians killed in their homes")
_TOWN_WORDS = frozenset("civilian civilians residents villagers women children homes houses village villages town city "
                        "market school hospital".split())
_IRREGULAR_NOUNS = frozenset({"army", "armies", "reserves", "warriors", "impi", "impis"})  # a people's, not a state's


@lru_cache(maxsize=64)
def _armed_people(text: str, subject: str) -> tuple[str, str] | None:
    """(subject, "unknown") for the dead of a people whose name the report puts on an armed noun ("a Zulu army",
    "Australian and New Zealand troops", "the Allied fleet"): troops for a nationality or a state's arm (troops, a
    fleet, a division), fighters for a people's host ("a Zulu army", "Zulu reserves"); not civilians. None when the
    report shows no such army."""
    stem = subject[:-1] if subject.endswith("s") and not subject.endswith("ss") else subject
    m = re.compile(r"(?<![\w-])" + re.escape(stem) + _ARMED_NOUN).search(text)
    if m is None:
        return None
    state = NATIONALITY.fullmatch(stem.split()[-1]) or m.group("noun").lower() not in _IRREGULAR_NOUNS
    return ("troops" if state else "fighters"), "unknown"


def _group_word(ctx: SentenceContext, q: Quantity, ph: Phrase) -> str | None:
    """The word of the group the toll counts, where the toll names one (the module's three places)."""
    text, k = ctx.text, q.char_start
    m = _AFTER.match(text, q.char_end, ctx.end)
    if m and m.group(1).lower() not in _NOT_GROUP:
        return m.group(1)
    if text.find(",", max(ctx.start, k - 4), k) >= 0:
        m = _PARTITIVE.search(text[ctx.start : k])
        if m:
            return m.group(1)
    if "left" in text[max(ctx.start, k - 24) : k] and _DEAD_AFTER.match(text, q.char_end, ctx.end):
        m = _LEFT_BY.search(text[max(ctx.start, k - 60) : k])
        if m:
            return m.group(1)
    return None


def _collective(key: str) -> bool:
    """Whether the word names an army, a state or one of their units rather than a group of people."""
    last = key.split()[-1]
    return last in _COLLECTIVE or last in unit_words() or last in _force_nouns()


@lru_cache(maxsize=1)
def _force_nouns() -> frozenset[str]:
    """The last words of the force nouns of [rows.force_nouns] ("garrison", "army", "contingent")."""
    return frozenset(n.split()[-1].lower() for n in closing_table("rows")["force_nouns"]["items"])


@lru_cache(maxsize=256)
def _fights_as(text: str, word: str) -> str | None:
    """The subject of `word` where the document shows that group fighting (see the module), else None."""
    lex = lexicon()
    pat = re.compile(r"(?<![\w-])" + re.escape(word) + r"(?![\w'’-])")
    for m in pat.finditer(text):
        f = _FIGHTS.match(text, m.end())
        if f is None:
            continue
        if f.group("appo"):
            got = lex.noun_class.get(f.group("appo").lower())
            if got and got[0] == "fighter":
                return got[1]  # "some 250 adoo, guerrillas of the Front"
        elif f.group("verb"):
            return "fighters"  # "'some 1,000 Mau Mau' attacked Lari"
        elif word[:1].islower() and word.endswith("s"):
            return word  # "about 30 askars of the Dhofar Gendarmerie": members of an armed body
    return None
