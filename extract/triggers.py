"""The trigger words of assets/lexicons/claims.toml, compiled once for extract/classify.py.

The TOML file is the one place a researcher reads or edits the words; this
module only turns its lists into regular expressions (extract/wordpatterns.py says how) and lookup tables.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import lru_cache

from extract.context import memo_list
from extract.gazetteer import gazetteer
from extract.resources import ASSETS
from extract.rx import blank
from extract.trie import trie_alternation
from extract.wordpatterns import _guarded, _speaker_re, whole_words
from extract.wordset import fold, fold_pattern, folded, key_words, may_occur, words_of

LEXICON_PATH = ASSETS / "lexicons" / "claims.toml"

# Noun classes of the lexicon, as read from [nouns.*].
HUMAN = frozenset({"civilian", "people", "third_party", "peacekeeper", "displaced", "population", "fighter", "medical",
                   "captive", "toll", "injury", "demonym"})
# Named subsets of HUMAN: people named by who they are (not a count of the dead or wounded: "toll", "injury"); the
# armed among them; and the unarmed who are not already told displaced or held (whom a verb may move or hold).
PERSONS = HUMAN - {"toll", "injury"}
ARMED = frozenset({"fighter", "peacekeeper"})
UNARMED = PERSONS - ARMED - {"displaced", "captive"}
# The stems of the words of arrest and detention ("arrested", "detainees", "detention"), the state's taking of people
# among the [verbs] capture group's takings: a substring test for a later event of its own (extract/datesaid.py,
# extract/dateabducted.py), and the filter of the group's arrest verbs (extract/peacetolls.py).
ARREST_STEMS = ("arrest", "detain", "detention")


@dataclass(frozen=True)
class Lexicon:
    noun_class: dict[str, tuple[str, str]]  # written noun (lower) -> (class, subject)
    noun_re: re.Pattern[str]  # any noun of the lexicon, anchored where used
    out_of_scope: frozenset[str]
    measure_by_verb: dict[str, dict[str, str]]  # noun class -> verb group -> measure
    people_only: frozenset[str]  # verbs that count people even with no noun
    verb_group: dict[str, str]  # written verb phrase (lower, single-spaced) -> group
    verb_re: re.Pattern[str]
    cues_remain: re.Pattern[str]
    cues: dict[str, re.Pattern[str]]
    currencies: dict[str, tuple[str, str]]  # written name -> (subject name, ISO code)
    currency_re: re.Pattern[str]
    side_of: dict[str, str]  # written side name (lower) -> side
    side_re: re.Pattern[str]
    side_cs: dict[str, str]  # case-sensitive names -> side
    side_cs_re: re.Pattern[str]
    side_cs_heads: tuple[str, ...]  # a word every case-sensitive name's match holds, as written (`_cs_keys`)
    opponent: dict[str, str]
    media_re: re.Pattern[str]
    speaker_re: re.Pattern[str]  # a side that speaks: the claim's source ([sides.speaker])
    munition_user: dict[str, str]
    loss_re: re.Pattern[str]
    event_words: dict[str, str]  # written phrase (lower) -> event word
    event_re: re.Pattern[str]
    theatre_sides: frozenset[str]  # sides named by their words only in a report about Syria
    theatre_words: frozenset[str]  # names of other sides that name them only in a report about Syria ("pkk")
    theatre_re: re.Pattern[str]  # words that make a report one about Syria
    elsewhere_re: re.Pattern[str]  # words that name another conflict
    # key words of each word list (extract/wordset.py): "cue:NAME" for each cue, "event", "side"
    keys: dict[str, frozenset[str] | None]
    # the same lists' patterns for folded text (extract/wordset.py `fold_pattern`), or None
    folded_re: dict[str, re.Pattern[str] | None]
    anaphora: dict[str, list[str]]  # words of a number restating a count told before ([anaphora])
    count_before: dict[str, re.Pattern[str]]  # measure -> nouns naming a count of it ([count_before])
    count_links: frozenset[str]  # verbs of level joining such a noun to its number
    count_keys: frozenset[str] | None  # key words of all those nouns (extract/wordset.py)


def _norm(phrase: str) -> str:
    return " ".join(fold(phrase).split())  # "ſhelling", matched as "shelling", is looked up as it


def closing_table(name: str) -> dict:
    """The table [NAME] of claims.toml, one of the tables that close the file after those `lexicon` reads: only it
    (and its sub-tables [NAME.x] right after it) is parsed, up to the next table's header: cheaper than the whole
    file, and the tables appended later do not make it dearer (its readers cache what they build)."""
    text = LEXICON_PATH.read_text(encoding="utf-8")
    at = text.find(f"\n[{name}]")
    if at < 0:
        return tomllib.loads(text)[name]
    end = re.compile(rf"\n\[(?!{re.escape(name)}[.\]])").search(text, at + 1)
    return tomllib.loads(text[at : end.start() if end else len(text)])[name]


def _cs_keys(names: dict[str, str]) -> tuple[str, ...]:
    """Words to look for before the case-sensitive names' regex runs: the last word of each name ("Airborne" of
    "82nd Airborne": rarer in news than "7th" or "Seventh", which dates and ordinals use), less any word that holds
    another ("USS" holds "US"). A stretch that holds none of them holds no match of any name."""
    last = {n.split()[-1] for n in names if n.split()}
    return tuple(sorted(w for w in last if not any(o != w and o in w for o in last)))


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    """The compiled lexicon (read once per process)."""
    data = tomllib.loads(LEXICON_PATH.read_text(encoding="utf-8"))
    nouns = data["nouns"]
    out = frozenset(_norm(w) for w in nouns["out_of_scope"]["items"])
    noun_class: dict[str, tuple[str, str]] = {}
    for cls, table in nouns.items():
        if cls == "out_of_scope":
            continue
        for written, subject in table.items():
            noun_class[_norm(written)] = (cls, subject)
    verb_group = {_norm(v): group for group, verbs in data["verbs"].items() for v in verbs}
    sides = data["sides"]
    side_of: dict[str, str] = {}
    for side, names in sides.items():
        if isinstance(names, list):
            for n in names:
                side_of[_norm(n)] = side
    side_cs = {n: side for side, names in sides["case_sensitive"].items() for n in names}
    currencies = {_norm(k): (v[0], v[1]) for k, v in data["currencies"].items()}
    events = {_norm(w): ev for ev, words in data["event_words"].items() for w in words}
    keys = {f"cue:{name}": key_words(words) for name, words in data["cues"].items()}
    keys["event"] = key_words(events)
    keys["side"] = key_words(side_of)
    lex = Lexicon(
        noun_class=noun_class,
        noun_re=_guarded(whole_words(list(noun_class) + list(out))),
        out_of_scope=out,
        measure_by_verb={cls: dict(table) for cls, table in data["measure_by_verb"].items()},
        people_only=frozenset(_norm(v) for v in data["verbs_people_only"]["items"]),
        verb_group=verb_group,
        verb_re=_guarded(whole_words(list(verb_group))),
        cues_remain=whole_words(data["verbs"]["remain"]),
        cues={name: whole_words(words) for name, words in data["cues"].items()},
        currencies=currencies,
        currency_re=whole_words(list(currencies)),
        side_of=side_of,
        side_re=whole_words(list(side_of)),
        side_cs=side_cs,
        side_cs_re=whole_words(list(side_cs), flags=0),
        side_cs_heads=_cs_keys(side_cs),
        opponent=dict(sides["opponent"]),
        media_re=re.compile(r"\s*(?:-\s*)?(?:" + trie_alternation(sides["media_words"]["items"], fold=True, flexible_space=True) + r")\b",
                            re.IGNORECASE),
        speaker_re=_speaker_re(sides["speaker"]),
        munition_user=dict(sides["munition_user"]),
        loss_re=whole_words(sides["loss_verbs"]["items"]),
        event_words=events,
        event_re=whole_words(list(events)),
        theatre_sides=frozenset(sides["theatre"]["sides"]),
        theatre_words=frozenset(_norm(w) for w in sides["theatre"].get("words", [])),
        theatre_re=whole_words(sides["theatre"]["anchors"]),
        elsewhere_re=whole_words(sides["theatre"]["elsewhere"]),
        keys=keys,
        folded_re={},
        anaphora={name: [w.lower() for w in words] for name, words in data["anaphora"].items()},
        count_before={m: whole_words(words) for m, words in data["count_before"].items() if m != "links"},
        count_links=frozenset(data["count_before"]["links"]),
        count_keys=key_words(w for m, words in data["count_before"].items() if m != "links" for w in words),
    )
    lex.folded_re.update({f"cue:{name}": fold_pattern(p) for name, p in lex.cues.items()})
    lex.folded_re.update(event=fold_pattern(lex.event_re), side=fold_pattern(lex.side_re),
                         theatre=fold_pattern(lex.theatre_re), elsewhere=fold_pattern(lex.elsewhere_re))
    return lex


def cue_in(name: str, text: str) -> bool:
    """Whether a cue of [cues.NAME] stands in `text` (a sentence or sentences, as a string of its own):
    `lexicon().cues[name].search(text)`, skipped when none of the cue's key words is in the text."""
    lex = lexicon()
    if not may_occur(lex.keys["cue:" + name], text):
        return False
    fast = lex.folded_re["cue:" + name]
    return (fast.search(folded(text)) if fast else lex.cues[name].search(text)) is not None


def last_cue_before(name: str, words: frozenset[str], text: str, start: int, end: int) -> re.Match[str] | None:
    """The last cue of [cues.NAME] in text[start:end] (a window before a number), or None; skipped when none of the
    cue's key words is among `words` (the sentence's words, extract/wordset.py)."""
    lex = lexicon()
    keys = lex.keys["cue:" + name]
    if keys is not None and keys.isdisjoint(words):
        return None
    last = None
    for last in lex.cues[name].finditer(text, start, end):
        pass
    return last


def cue_search(name: str, text: str) -> bool:
    """`lexicon().cues[name].search(text)` for a stretch asked for once: no word-set test, which would
    cost as much as the search (its folded pattern runs on the folded stretch, extract/wordset.py)."""
    lex = lexicon()
    fast = lex.folded_re["cue:" + name]
    return (fast.search(fold(text)) if fast else lex.cues[name].search(text)) is not None


@lru_cache(maxsize=64)
def in_theatre(text: str) -> bool:
    """Whether a document reports on Syria, where the words of the Syrian sides mean those sides.

    A report naming Syria's places or parties is; one naming only another conflict's is not, nor one
    whose towns (found by the gazetteer) all lie outside Syria; one naming neither is taken as Syria's
    (the sides' vocabulary is Syria's).
    """
    if _theatre_named(text, "theatre"):
        return True
    if _theatre_named(text, "elsewhere"):
        return False
    # the towns the gazetteer finds: one in Syria makes it Syria's, only others' another conflict ("Grozny")
    countries = {m.place.country for m in gazetteer().mentions(text) if m.place.precision != "country"}
    return not countries or "SY" in countries


@lru_cache(maxsize=16)  # pure on the document; asked for many of its numbers
def names_a_war(text: str) -> bool:
    """Whether a document speaks of armed conflict: a conflict word ([cues] conflict) or a place or party of a
    war ([sides.theatre] anchors and elsewhere: "the Syrian pound", "Ukraine's hryvnia")."""
    return (cue_in("conflict", text) and not _commerce_wars_only(text)  # "price war"
            ) or _theatre_named(text, "theatre") or _theatre_named(text, "elsewhere")


def _commerce_wars_only(text: str) -> bool:
    """Whether `text` holds a war of commerce ([cues] commerce_war: "the supermarkets' price war", "a trade war",
    "a bidding war") and every word of armed conflict in it stands inside one: with those blanked out, no [cues]
    conflict word is left, and `text` names no war (the money beside a price war is a price, not a war's funding).
    One that names a war besides ("the trade war ... as the shelling went on") still does. (`names_a_war`, the
    only caller, is cached per document.)"""
    if not cue_in("commerce_war", text):
        return False  # the usual case: no war of commerce (a test of the text's words, then one search)
    blanked = lexicon().cues["commerce_war"].sub(blank, text)
    return not cue_in("conflict", blanked)


def _theatre_named(text: str, which: str) -> bool:
    """Whether `text` names Syria's places or parties ("theatre") or another conflict's ("elsewhere"): the
    [sides.theatre] word list, searched on the folded text when it has a folded twin (extract/wordset.py)."""
    lex = lexicon()
    fast = lex.folded_re[which]
    if fast is not None:
        return fast.search(folded(text)) is not None
    return (lex.theatre_re if which == "theatre" else lex.elsewhere_re).search(text) is not None


def theatre_side(text: str, side: str) -> str:
    """`side`, or unknown when it is one of Syria's sides and the document is about another conflict."""
    lex = lexicon()
    return "unknown" if side in lex.theatre_sides and not in_theatre(text) else side


@dataclass(frozen=True, slots=True)
class Mention:
    start: int
    end: int
    side: str


_PREPOSITIONS = frozenset(
    """after before against at on with by to from of for in into near than between both and toward
    towards over under despite like including about via among within""".split()
)


@memo_list(256)  # the whole sentence is asked for once per number in it (keys hold the document)
def side_mentions(text: str, start: int, end: int) -> list[Mention]:
    """Names of sides in text[start:end], in order; names that introduce a source are left out."""
    return find_sides(text, start, end)


def _by_place(mention: Mention) -> tuple[int, int]:
    return mention.start, -mention.end  # in order; of two starting together, the longer first


def find_sides(text: str, start: int, end: int) -> list[Mention]:
    """`side_mentions` without its cache, for a stretch asked for once (the words after one number)."""
    if start >= end:
        return []
    lex = lexicon()
    span = text[start:end]
    # the case-sensitive names only where they stand as written; the others only where a key word does
    named_cs = False
    for head in lex.side_cs_heads:
        if head in span:
            named_cs = True
            break
    keys = lex.keys["side"]
    # (a short stretch is searched at once: the regex costs less than the set of its words)
    named = len(span) <= 40 or keys is None or not keys.isdisjoint(words_of(span))
    if not (named or named_cs):
        return []
    found: list[Mention] = []
    if named:
        fast = lex.folded_re["side"]
        side_of = lex.side_of
        for m in fast.finditer(folded(text), start, end) if fast else lex.side_re.finditer(text, start, end):
            found.append(Mention(m.start(), m.end(), side_of.get(m.group(0)) or side_of[_norm(m.group(0))]))
    if named_cs:
        for m in lex.side_cs_re.finditer(text, start, end):
            found.append(Mention(m.start(), m.end(), lex.side_cs[m.group(0)]))
    if not found:
        return found
    if len(found) > 1:
        found.sort(key=_by_place)
    foreign = not in_theatre(text)  # "rebels" in a report on Congo are not Syria's opposition
    out: list[Mention] = []
    last_end = -1
    for mention in found:
        if mention.start < last_end:
            continue  # inside a longer name already taken
        if lex.media_re.match(text, mention.end, min(len(text), mention.end + 40)) or lex.speaker_re.match(
                text, mention.end, min(len(text), mention.end + 60)):
            last_end = mention.end
            continue
        last_end = mention.end
        if foreign and (mention.side in lex.theatre_sides or (
                lex.theatre_words and _norm(text[mention.start : mention.end]) in lex.theatre_words)):
            continue  # ("PKK" in a report on Turkey names no side of Syria's war)
        out.append(mention)
    return out


_LOWER_WORD = re.compile(r"[a-z]+")


def is_subject_like(text: str, mention: Mention, floor: int) -> bool:
    """Whether a mention is not the object of a preposition ("after Russia", "to the rebels")."""
    before = text[max(floor, mention.start - 30) : mention.start].lower()
    words = _LOWER_WORD.findall(before)[-2:]
    if words and words[-1] in ("the", "a", "an") and len(words) > 1:
        return words[0] not in _PREPOSITIONS
    return not (words and words[-1] in _PREPOSITIONS)


@lru_cache(maxsize=4096)  # pure on the sentence; asked for every number in it
def event_words(text: str) -> tuple[str, ...]:
    """Canonical wordings of the event found in text, in order of appearance, without repeats."""
    lex = lexicon()
    seen: list[str] = []
    if not may_occur(lex.keys["event"], text):
        return ()
    fast = lex.folded_re["event"]
    table = lex.event_words
    for m in fast.finditer(folded(text)) if fast else lex.event_re.finditer(text):
        word = table.get(m.group(0)) or table[_norm(m.group(0))]
        if word not in seen:
            seen.append(word)
    return tuple(seen)


def norm(phrase: str) -> str:
    """Lower-case, single-spaced form used as lexicon key."""
    return _norm(phrase)


def people_noun_at(text: str, pos: int, end: int) -> tuple[str, str, int] | None:
    """(class, subject, where it ends) of a noun of people (a [nouns] word of a PERSONS class) starting at `pos`:
    "soldiers" in "Of the dead, 17 were soldiers"; None for no noun, a noun of things or a count ("deaths")."""
    lex = lexicon()
    said = lex.noun_re.match(text, pos, end)
    if said is None:
        return None
    got = lex.noun_class.get(norm(said.group(0)))
    return (got[0], got[1], said.end()) if got is not None and got[0] in PERSONS else None


_MEASURES: list = [None, {}]  # the measure table it was made for (kept alive), and (verb, cls) -> measure


def measure_for(verb: str | None, cls: str | None) -> str | None:
    """The measure a verb group gives for a class of counted thing ([measure_by_verb]; None: no claim)."""
    table = lexicon().measure_by_verb
    if _MEASURES[0] is not table:
        _MEASURES[:] = [table, {}]
    memo = _MEASURES[1]
    try:
        return memo[verb, cls]
    except KeyError:
        got = memo[verb, cls] = _measure_for(verb, cls)
        return got


def _measure_for(verb: str | None, cls: str | None) -> str | None:
    if cls == "out":
        return None
    table = lexicon().measure_by_verb
    row = table.get(cls or "human") or (table["human"] if cls is None or cls in HUMAN else None)
    if row is None:
        return None
    return row.get(verb or "", row.get("default"))
