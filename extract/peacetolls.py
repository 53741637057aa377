"""Deaths, losses and works in a report naming no war: a jail's deaths in custody, a firm's losses, a club's injuries.

The claim layer reads a toll word ([cues] toll: "deaths", "losses", "casualties") before a number as a death count,
and general news escapes it only by naming a disaster, an accident or a disease ([cues] non_conflict, `named_near`).
A report of peace is one naming no war, no party to one and no unrest ([cues] unrest: riots, a coup, a junta, a
crackdown, political prisoners) — `no_war_nor_unrest`, the one test of this module:
- Deaths in a jail, a prison or police custody: "The inquiry into the jail's 17 deaths in custody made 3
  demands". In a report of peace they are deaths of prisoners, and no number of the sentence is a claim (the
  deaths would otherwise spread to its other counts: "3 demands", "420 officers"). In a report of a war or of
  a junta's crackdown the same words are a toll ("17 political prisoners died in custody").
- "losses" as the only toll word: "The firm's losses rose to 1,900". Losses are of money, stock or hives there;
  "Russian losses rose to 1,900" names a party and stays a toll, and so do losses of armed people ("Losses
  included 4 border guards": a [nouns] fighter or peacekeeper word in the sentence).
- Buildings pulled down ([cues] demolition): "The city demolished 40 old buildings to make way for a park".
- Words of war put to a use of peace name no war (`war_words_of_peace`: "police forces", "the battle of the bands",
  "the war memorial", a union's "strikes"); police forces counted are never troops, "hostages to fortune" never
  captives (`harm_of_no_war`, asked by extract/classify.py).
- Sport ([cues] sport, and a club's, squad's or team's casualty or injury list): "The club's casualties list
  grew to nine". Only where no war is named at all: "Rebels shelled the stadium. The dead included 12 first-team
  players" is a toll.
"""

from __future__ import annotations

import re
from functools import lru_cache

from extract.context import SentenceContext
from extract.crashes import _KEYS as _CRASH_KEYS, crash_harm
from extract.cuenear import cue_near
from extract.gazetteer import gazetteer
from extract.mishaps import _CAUSE_KEYS, disease_harm, mishap_harm, weather_or_crime_harm
from extract.peacefigures import harm_of_a_figure
from extract.peaceuses import idioms_blanked
from extract.phrase import Phrase
from extract.records import Quantity
from extract.riotharm import riot_police_hurt
from extract.rx import blank
from extract.sides import sides_named
from extract.triggers import ARMED, ARREST_STEMS, cue_in, lexicon, names_a_war, norm
from extract.wordset import folded, may_occur, words_of
from extract.wrecks import _table as _wreck_table, wreck_harm

_CUSTODY_WORDS = frozenset({"custody", "jail", "jails", "prison", "prisons", "detention"})
_DIED_IN_CUSTODY = re.compile(r"\b(?:deaths?|died|dies|dying|dead)\s+(?:\w+\s+){0,2}?in\s+(?:\w+\s+){0,2}?"
                              r"(?:custody|jails?|prisons?|detention)\b", re.IGNORECASE)
# A sports side's injured: the casualty or injury list of a side ("the club's casualties list", "the squad's
# casualty list", "the team's injury list", "the visitors' casualty list", "the hosts' injury list") or one told in
# players ("the casualty list grew to six injured players"): an army's list is of soldiers, not players.
_SIDE_LIST = re.compile(r"\b(?:(?:club|squad|team|side|visitor|host)(?:s?['’]s?|s)?\s+(?:casualt|injur)\w*\s+list\b"
                        r"|(?:casualt|injur)\w*\s+list\b[^.;:]{0,80}?\bplayers\b)", re.IGNORECASE)
# Fans' clashes at a match: "clashes between rival fans", "fans clashed with police" are a crowd's fight, not a war's
# (the "clashes" of [cues] conflict): blanked before asking whether a sport report names a war.
_FAN_CLASH = re.compile(r"\bclash(?:es|ed)?\s+(?:between|with|involving)\s+(?:rival\s+|opposing\s+)?(?:sets\s+of\s+)?"
                        r"(?:fans|supporters|hooligans|ultras)\b|\b(?:fans|supporters|hooligans|ultras)\s+clash(?:ed)?\b",
                        re.IGNORECASE)
_SIDE_LIST_WORDS = frozenset({"club", "squad", "team", "clubs", "squads", "teams", "side", "sides", "visitors",
                              "hosts", "players"})  # _SIDE_LIST
# Measures of harm or force (not captured, funding or rate: see harm_of_no_war).
_HARM_MEASURES = frozenset({"killed", "wounded", "displaced", "destroyed", "damaged", "seized", "attacks", "forces",
                            "capacity"})
# "strike(s)" of workers, in a document of a labour dispute ("backed strikes", "the strike ballot")
_STRIKES = re.compile(r"\bstrikes?\b", re.IGNORECASE)
# "two hostages to fortune": an idiom (a risk one takes on), no people held
_FORTUNE = re.compile(r"\s+(?:[\w-]+\s+)?hostages?\s+to\s+fortune\b", re.IGNORECASE)
# Police forces counted ("43 police forces", "17 of the 43 regional police forces"): institutions, not troops
_POLICE_FORCES = re.compile(r"(?:\s+of\s+(?:the\s+|its\s+|their\s+)?[\d,]+)?(?:\s+[\w-]+)?\s+police\s+"
                            r"(?:forces|services)\b", re.IGNORECASE)
# Words of closing ([verbs] damage's "closed", "shut down", "forced to close"): facilities closed in a report of peace
# are a business's or a council's, no harm of war.
_CLOSING = frozenset({"closed", "close", "shut"})
# Where a [cues] word's clause ends after the number (extract/cuenear.py's, with a colon as well).
_CLAUSE_END = re.compile(r"[;:—–]|,\s+(?:and|but|while|whereas)\b|,\s+(?:and\s+)?that\b")


@lru_cache(maxsize=16)  # pure on the document; asked for many of its numbers
def no_war_nor_unrest(text: str) -> bool:
    """Whether the document names no war, no party to one and no unrest ([cues] conflict, unrest; sides): a report
    of peacetime. Words of war put to a use of peace ("police forces", "a battle of the bands", a union's
    "strikes") name no war (`war_words_of_peace`)."""
    return ((not names_a_war(text) or war_words_of_peace(text)) and not (
        cue_in("unrest", text) and cue_in("unrest", idioms_blanked(text)))  # (not a sport's "massacre")
            and not sides_named(text))


@lru_cache(maxsize=16)  # pure on the document; asked for many of its numbers
def war_words_of_peace(text: str) -> bool:
    """Whether every word of war in the document ([cues] conflict) stands in a use of peace: [cues] peace_uses
    ("17 of the 43 police forces", "the battle of the bands", "the 1921 war memorial", "a war novel") or, in a
    document of a labour dispute ([cues] labour_dispute: a union's members, a ballot, walkouts), "strike(s)"."""
    labour = cue_in("labour_dispute", text)
    idioms = idioms_blanked(text)  # "war chest", a sport's "massacre", a workers' strike (extract/peaceuses.py)
    if not labour and idioms == text and not cue_in("peace_uses", text):
        return False  # (the usual case: a test of the document's words first)
    blanked = lexicon().cues["peace_uses"].sub(blank, idioms)
    if labour:
        blanked = _STRIKES.sub(blank, blanked)
    return not names_a_war(blanked)


def peace_words_in(ctx: SentenceContext) -> bool:
    """Whether a key word of [cues] peace_uses or labour_dispute is a word of the document, or the document holds an
    idiom of peace (extract/peaceuses.py, cached per document): without either, `war_words_of_peace` is False.
    Once per document (in its memo). The document's word set is read whole: idioms_blanked and the number scan
    (extract/numspoken.py) make it anyway, so reading it from the sentences' sets (wordset.may_occur_in_parts)
    saved nothing and cost a set for every sentence."""
    memo = ctx.memo
    if memo is None:
        return may_occur(_PEACE_KEYS, ctx.text) or idioms_blanked(ctx.text) != ctx.text
    got = memo.get(_PEACE_WORDS)
    if got is None:
        got = memo[_PEACE_WORDS] = may_occur(_PEACE_KEYS, ctx.text) or idioms_blanked(ctx.text) != ctx.text
    return got


def _peace_keys() -> frozenset[str] | None:
    """The key words of [cues] peace_uses and labour_dispute together (None when either has none)."""
    keys = lexicon().keys
    a, b = keys["cue:peace_uses"], keys["cue:labour_dispute"]
    return None if a is None or b is None else a | b


_PEACE_KEYS = _peace_keys()


def _accident_keys() -> frozenset[str] | None:
    """The key words of mishaps, wrecks, crashes (a vehicle's or a blast's: one half of every phrase), diseases,
    weather and crimes together: each of those tests is False for a sentence with none of its keys, so a sentence
    with none of these is told of none of them (None when a list has no key words: no such shortcut)."""
    keys = lexicon().keys
    parts = [keys["cue:mishaps"], _wreck_table()[1], keys["cue:diseases"], _CAUSE_KEYS]
    if None in parts or _CRASH_KEYS is None:
        return None
    known = [p for p in parts if p is not None]  # (all of them, by the test above)
    return frozenset().union(*known, _CRASH_KEYS[0], _CRASH_KEYS[2])


_ACCIDENT_KEYS = _accident_keys()
_PEACE_WORDS = "peace words"  # peace_words_in's entry in the per-document memo


def harm_of_no_war(ctx: SentenceContext, q: Quantity, measure: str, subject: str) -> bool:
    """Whether a claim of harm or force (`measure`, of `subject`) is none of war in any report: police forces counted
    are institutions, not troops nor their losses ("17 of the 43 police forces"), and "hostages to fortune" is an
    idiom. In a report whose every word of war is put to a use of peace (`war_words_of_peace`), no harm is of war
    but armed men's deaths and wounds. (Harm in a report that names no war at all is not ruled out here: a report
    of a raid or a bombing need not name its war; arrests and hostages are extract/nonclaims.py `peacetime`'s, money
    extract/peacemoney.py's.)"""
    if measure == "captured":  # ("fortune" and "police" are whole words of the sentence where the patterns match)
        return "fortune" in words_of(ctx.sentence) and _FORTUNE.match(ctx.text, q.char_end, ctx.end) is not None
    if measure not in _HARM_MEASURES:
        return False
    if harm_of_a_figure(ctx, q, measure):
        return True  # a drill's evacuation, "'digital refugees'" (extract/peacefigures.py)
    if (_ACCIDENT_KEYS is None or not _ACCIDENT_KEYS.isdisjoint(words_of(ctx.sentence))) and (  # (one test first)
            mishap_harm(ctx, q) or wreck_harm(ctx, q) or crash_harm(ctx, q) or (
            measure == "killed" and disease_harm(ctx, q)) or weather_or_crime_harm(ctx, q)):
        return True  # "a roof fall killed 11 miners", "Ferry sinking: 14 dead", "a coach hit a lorry", "strokes killed
        # 38,000", "Snow closed 230 schools", "A gunman killed four pupils" (mishaps.py, wrecks.py, crashes.py)
    if "police" in words_of(ctx.sentence) and _POLICE_FORCES.match(ctx.text, q.char_end, ctx.end):
        return True  # "17 of the 43 police forces had lost men": the number counts forces, not men
    if measure == "damaged" and not _CLOSING.isdisjoint(words_of(ctx.sentence)) and no_war_nor_unrest(ctx.text):
        return True  # "The retailer closed 120 stores": a business's closures, in a report of peace
    if measure == "wounded" and riot_police_hurt(ctx, q, measure, subject):
        return True  # "Forty police officers were injured during the riot" (extract/riotharm.py)
    if not peace_words_in(ctx) or not war_words_of_peace(ctx.text) or not names_a_war(ctx.text):
        return False
    # every word of war in the report is put to a use of peace: "12 bands were wiped out", "nurses backed strikes"
    return measure not in ("killed", "wounded") or lexicon().noun_class.get(norm(subject), ("",))[0] not in ARMED


@lru_cache(maxsize=16)  # pure on the document; asked for many of its numbers
def report_of_peace(text: str) -> bool:
    """Whether the document names no town of Syria (the gazetteer), the theatre the lexicon's sides are of, no act
    of armed violence ([cues] armed_acts), and no war, party to one or unrest (`no_war_nor_unrest`). Asked of money
    only (extract/peacemoney.py): a report of a war memorial's cost is no report of a war."""
    return not any(m.place.country == "SY" and m.place.precision != "country" for m in gazetteer().mentions(text)) and (
        not cue_in("armed_acts", text)) and no_war_nor_unrest(text)


def named_near(ctx: SentenceContext, q: Quantity, name: str) -> bool:
    """Whether a word of [cues] NAME stands before the number or in its own clause ("The storm killed 12", "12 died
    in the floods"); not one in a later clause ("2.1 million have fled, and 400,000 face famine")."""
    lex = lexicon()
    cue, text = lex.folded_re["cue:" + name], folded(ctx.text)  # (the same matches, faster)
    if cue is None:
        cue, text = lex.cues[name], ctx.text
    return cue_near(cue, ctx, q, _CLAUSE_END, text)  # (extract/cuenear.py; a colon ends the clause here too)


def custody_deaths_in_peace(ctx: SentenceContext) -> bool:
    """Whether the sentence tells of deaths in custody, a jail or a prison, in a report of peacetime: none of its
    numbers is a claim."""
    if _CUSTODY_WORDS.isdisjoint(words_of(ctx.sentence)):
        return False  # (the usual case: a test of the sentence's words first)
    return _DIED_IN_CUSTODY.search(ctx.sentence) is not None and no_war_nor_unrest(ctx.text)


def losses_in_peace(ctx: SentenceContext) -> bool:
    """Whether the sentence's only toll words ([cues] toll) are "losses", in a report of peacetime: losses of
    money, stock or hives, not a death count."""
    if "losses" not in words_of(ctx.sentence):
        return False
    lex = lexicon()
    hits = {m.group(0).lower() for m in lex.cues["toll"].finditer(ctx.sentence)}
    return hits == {"losses"} and not _names_armed_people(lex, ctx.sentence) and no_war_nor_unrest(ctx.text)


@lru_cache(maxsize=1)
def _arrest_words() -> frozenset[str]:
    """The one-word verbs of arrest or detention in the lexicon's [verbs] capture group ("arrested", "detains"; not
    its captures or abductions), and "held" ("police held 23 fans"): what makes a match report's count an arrest."""
    groups = lexicon().verb_group
    return frozenset(v for v, g in groups.items() if g == "capture" and " " not in v
                     and v.startswith(ARREST_STEMS)) | {"held"}


def sport_news(ctx: SentenceContext, q: Quantity, words: frozenset[str]) -> bool:
    """Whether the number is told of sport ([cues] sport before it or in its clause, or a side's casualty list in
    the sentence: `_SIDE_LIST`) in a report naming no war: a club's injured players, a match's arrests. Fans'
    clashes (`_FAN_CLASH`) are a crowd's fight, not a war's: arrests (_arrest_words) after them are sport news too
    (not deaths: fans killed at a stadium stay a toll)."""
    keys = lexicon().keys["cue:sport"]
    near = (keys is None or not keys.isdisjoint(words)) and named_near(ctx, q, "sport")
    if not near and (_SIDE_LIST_WORDS.isdisjoint(words) or not _SIDE_LIST.search(ctx.sentence)):
        return False
    if not names_a_war(ctx.text):
        return True
    if _arrest_words().isdisjoint(words):
        return False  # (fans killed in a stadium stay a toll: only arrests after fans' clashes are sport news)
    blanked = _FAN_CLASH.sub(blank, ctx.text)  # "arrested 23 people after clashes between rival fans before the derby"
    return blanked != ctx.text and not names_a_war(blanked)


def peacetime_works(ctx: SentenceContext, ph: Phrase) -> bool:
    """Whether buildings are pulled down ([cues] demolition: "demolished", "razed", "bulldozed") in a report of
    peacetime: a city's demolitions, a council's road works. (Buildings burned or destroyed stay a claim:
    violence is told by the verb.)"""
    said = ctx.text[ph.verb_start : ph.verb_start + 20] if ph.verb_start else ""
    return lexicon().cues["demolition"].match(said) is not None and no_war_nor_unrest(ctx.text)


def _names_armed_people(lex, sentence: str) -> bool:
    """Whether the sentence names combatants ([nouns] fighter, peacekeeper): their losses are a toll."""
    return any(lex.noun_class.get(m.group(0).lower(), ("",))[0] in ARMED
               for m in lex.noun_re.finditer(sentence))
