"""Whether a report is about an attack on a civilian target, so that the unidentified dead and wounded it counts are
civilians (extract/sides.py, rule 3), even in sentences that name no attack: "Hospital sources said 38 bodies were
received", "The deputy commissioner confirmed 42 deaths".

The headline or the lead (the first paragraph of some length after it that holds a sentence: not a line of
metadata fragments nor an introduction ending with a colon) tells of an attack on people or places of civilian
life: an attack word, then within four words a target ([civilian_targets] of assets/lexicons/claims.toml):
"gunmen opened fire on a convoy of passenger vehicles", "raids on Nigerian villages", "an attack on a market". Not
when armed men or a post stand among the targets after the attack word ("attacks on synagogue, churches and police",
"attacked a village, killing 12 villagers and two soldiers"): that toll is mixed. Armed attackers before it do not
matter ("soldiers attacked a hamlet"). The count's own sentence telling of such an attack does the same, when no
armed man, post or battle stands in it ("An explosion at the courthouse killed 14 people"). A count put down to the
war at large, a period's total or the count's own battle or accident ("79 people in sectarian clashes since July",
"exchanged fire") stays as the other rules say.

Told anywhere before the count, armed men firing on a crowd ("troops opened fire on the marchers") or a mob
attacking a civilian target ("a mob set fire to the church", "mobs attacked Muslim neighbourhoods") make the dead and
wounded counted from then on civilians, with the same exceptions.
"""

from __future__ import annotations

import re
from functools import lru_cache

from extract.context import SentenceContext, per_sentence
from extract.massacretold import own_cause
from extract.triggers import closing_table, cue_in
from extract.trie import trie_alternation
from extract.wordset import folded, key_words, may_occur

_LEAD_CAP = 900  # characters of the headline and lead at most
_LEAD_WORDS = 15  # a paragraph of at least this many words is the lead (a byline or a dateline line is not)
_LINES = 6  # non-empty lines read at most looking for the lead


# A relative clause of the event between the attack and its place, with its day: "the attack that took place
# yesterday at the shopping centre", "the explosion which occurred on Friday at the airport" (the four words' window
# then runs after it).
_RELATIVE = (r"(?:[^\S\n]+(?:that|which)[^\S\n]+(?:took[^\S\n]+place|happened|occurred)(?:[^\S\n]+(?:on[^\S\n]+\w+|"
             r"yesterday|today|overnight|last[^\S\n]+night|this[^\S\n]+morning))?)?")


def _patterns() -> tuple[re.Pattern[str], re.Pattern[str], frozenset[str] | None, frozenset[str] | None]:
    """The attack-then-target pattern or the target-attack compound ("the federal building bombing", one word of
    the weapon allowed between: "the subway gas attack"), the armed
    words, and the attack's and the targets' key words (folded text; built at import)."""
    table = closing_table("civilian_targets")
    attack = trie_alternation(table["attack"], fold=True, flexible_space=True)
    target = trie_alternation(table["targets"], fold=True, flexible_space=True)
    compound = trie_alternation(table["compound"], fold=True)
    armed = trie_alternation(table["armed"], fold=True, flexible_space=True)
    hit = re.compile(rf"(?<!\w)(?:(?:{attack}){_RELATIVE}(?:[^\S\n]+[^\s.;:!?]+){{0,4}}?[^\S\n]+(?:{target})"
                     rf"|(?P<compound>(?:{target})(?:[^\S\n]+[\w-]+)?[^\S\n]+(?:{compound})))(?!\w)")
    return hit, re.compile(rf"(?<!\w)(?:{armed})(?!\w)"), key_words(table["attack"]), key_words(table["targets"])


_HIT, _ARMED, _ATTACK_KEYS, _TARGET_KEYS = _patterns()


def _battle() -> tuple[re.Pattern[str], frozenset[str] | None]:
    """A battle told in the headline or lead ([civilian_targets] battle: "Commandos fought gunmen in two hotels"), a
    siege fought out, whose toll is mixed, not a strike on people alone; and its key words (folded text; at import)."""
    words = closing_table("civilian_targets")["battle"]
    return re.compile(rf"(?<!\w)(?:{trie_alternation(words, fold=True, flexible_space=True)})(?!\w)"), key_words(words)


_BATTLE, _BATTLE_KEYS = _battle()
_ARMED_BEFORE = 20  # characters before a compound read for an armed word ("the army bus attack": a mixed toll)


def _crowd_fire() -> re.Pattern[str]:
    """Shooting, then within three words "on", "into" or "at", then a crowd ([civilian_targets] fire and crowds),
    an article and one adjective allowed before it; no word of a weapon that does not kill on the way ("fired tear
    gas at the crowd", "fired rubber bullets into the crowd", "fired warning shots at the marchers"). Built at import; case-insensitive."""
    table = closing_table("civilian_targets")
    fire = trie_alternation(table["fire"], fold=True, flexible_space=True)
    crowd = trie_alternation(table["crowds"], fold=True, flexible_space=True)
    between = r"(?:\s+(?!(?:on|into|at|tear|gas|rubber|plastic|water|warning\s+shots|blanks?)\b)[\w'-]+){0,3}?"
    return re.compile(rf"(?<!\w)(?:{fire}){between}\s+(?:on|into|at)\s+(?:(?:the|a|an)\s+)?(?:[\w-]+\s+)?"
                      rf"(?:{crowd})(?!\w)", re.IGNORECASE)


_CROWD_FIRE = _crowd_fire()


def _march_fire() -> re.Pattern[str]:
    """People marching ([civilian_targets] marchers_of, up to four words, marched), then "opened fire" ([fire]'s
    first three) within the same paragraph, 300 characters at most: "some 20,000 learners from the township's schools
    marched against the decree. Police opened fire near the school". Built at import; case-insensitive."""
    table = closing_table("civilian_targets")
    who = trie_alternation(table["marchers_of"], fold=True)
    verb = trie_alternation(table["marched"], fold=True, flexible_space=True)
    return re.compile(rf"(?<!\w)(?:{who})(?:\s+[\w'’-]+){{0,4}}?\s+(?:{verb})(?!\w)[^\n]{{0,300}}?"
                      r"(?<!\w)(?:opened|open|opens)\s+fire(?!\w)", re.IGNORECASE)


_MARCH_FIRE = _march_fire()


@lru_cache(maxsize=16)  # pure on the document; asked for its unidentified dead and wounded
def crowd_fired_on_at(text: str) -> int:
    """Where the report first tells of armed men firing on a crowd ("troops opened fire on the crowd", "the guard
    fired on unarmed demonstrators", or people who "marched" and, later in the paragraph, "Police opened fire"), or
    -1: the unidentified dead and wounded counted from that sentence on are the crowd's, civilians."""
    if "fire" not in text and "Fire" not in text and "FIRE" not in text:
        return -1  # (every shooting word holds "fire": a cheap test first)
    m = _CROWD_FIRE.search(text)
    if m is None and "march" in text and " fire" in text:  # (every marching word holds "march")
        m = _MARCH_FIRE.search(text)  # "learners marched ... Police opened fire near the school"
    return m.start() if m else -1


def _mob_attack() -> re.Pattern[str]:
    """A mob, up to three words, a deed of attack, up to four words, a civilian target ([civilian_targets] mobs,
    deeds, targets): "a mob set fire to the church", "mobs attacked Muslim neighbourhoods". Built at import; run on
    folded text."""
    table = closing_table("civilian_targets")
    mobs = trie_alternation(table["mobs"], fold=True)
    deeds = trie_alternation(table["deeds"], fold=True, flexible_space=True)
    target = trie_alternation(table["targets"], fold=True, flexible_space=True)
    return re.compile(rf"(?<!\w)(?:{mobs})(?:\s+[\w'-]+){{0,3}}?\s+(?:{deeds})(?:\s+[^\s.;:!?]+){{0,4}}?\s+"
                      rf"(?:{target})(?!\w)")


_MOB_ATTACK = _mob_attack()


@lru_cache(maxsize=16)  # pure on the document; asked for its unidentified dead and wounded
def mob_attacked_at(text: str) -> int:
    """Where the report first tells of a mob attacking a civilian target with no armed man or post in the attack
    ("a mob set fire to the church", "mobs attacked Muslim neighbourhoods"), or -1: the unidentified dead and
    wounded counted from that sentence on are the mob's victims, civilians. Not a mob burning houses, which may
    stand empty ("mobs have burned 1,700 houses": a toll of such violence stays as the other rules say)."""
    if "mob" not in text and "Mob" not in text and "MOB" not in text:
        return -1  # (every mob word holds "mob": a cheap test first)
    ftext = folded(text)
    for m in _MOB_ATTACK.finditer(ftext):
        if _ARMED.search(m.group(0)) is None:
            return m.start()
    return -1


def _lead(text: str) -> str:
    """The headline and the lead: the first non-empty line, and the lines after it up to the first of
    `_LEAD_WORDS` words or more (the lead paragraph), `_LINES` non-empty lines and `_LEAD_CAP` characters at most."""
    out: list[str] = []
    at = 0
    while len(out) < _LINES and at < len(text):
        nl = text.find("\n", at)
        line = text[at : nl if nl >= 0 else len(text)].strip()
        at = len(text) if nl < 0 else nl + 1
        if not line:
            continue
        out.append(line)
        if len(out) > 1 and _lead_paragraph(line):
            break
    return "\n".join(out)[:_LEAD_CAP]


_SENTENCE_WORDS = 10  # a lead holds a sentence of at least this many words (a metadata line holds only fragments)
_FRAGMENT_END = re.compile(r"[.;](?:\s+|$)")


def _lead_paragraph(line: str) -> bool:
    """Whether a line is the lead paragraph: `_LEAD_WORDS` words or more, not an introduction ending with a colon
    ("The following press statement was issued today by the President of the Council:") and not a line of
    fragments ("Entry SL-2019-014, last updated 3 May 2019, 09:00 UTC. Status: active. Confidence: medium."): one of
    its sentences has `_SENTENCE_WORDS` words or more."""
    if len(line.split()) < _LEAD_WORDS or line.endswith(":"):
        return False
    return any(len(part.split()) >= _SENTENCE_WORDS for part in _FRAGMENT_END.split(line))


@lru_cache(maxsize=16)  # pure on the document; asked for its unidentified dead and wounded
def civilian_target_report(text: str) -> bool:
    """Whether the headline or lead tells of an attack on a civilian target with no armed target beside it."""
    lead = _lead(text)
    if not may_occur(_ATTACK_KEYS, lead) or not may_occur(_TARGET_KEYS, lead):
        return False  # (a hit holds an attack word and a target as whole words: two word-set tests first)
    flead = folded(lead)
    if may_occur(_BATTLE_KEYS, lead) and _BATTLE.search(flead):
        return False  # "Commandos fought the gunmen in the hotel": a siege fought out, a mixed toll
    for m in _HIT.finditer(flead):
        start = max(0, m.start() - _ARMED_BEFORE) if m.group("compound") else m.start()
        if _ARMED.search(flead, start, _clause_end(flead, m.end())) is None:
            return True
    return False


_CLAUSE_END = re.compile(r"\n|[.!?](?:\s|$)")


def _clause_end(flead: str, at: int) -> int:
    """Where the hit's sentence or line ends: armed men named after it in the same sentence make the toll mixed
    ("attacks on synagogue, churches and police"); the next line (the publisher's byline, "Greater Manchester
    Police press office") does not."""
    m = _CLAUSE_END.search(flead, at)
    return m.start() if m else len(flead)


@per_sentence  # depends on the sentence only; asked for every unidentified dead or wounded count in it
def victims_of_civilian_target(ctx: SentenceContext) -> bool:
    """Whether the sentence's unidentified dead and wounded are the victims of the report's attack on a civilian
    target (`civilian_target_report`): not a toll of the war at large, a period's total or the sentence's own
    battle or accident."""
    sentence = ctx.sentence
    if not (civilian_target_report(ctx.text) or _attack_on_target_in(sentence)):
        return False
    return not (cue_in("general_cause", sentence) or cue_in("period_total", sentence) or own_cause(sentence))


def _attack_on_target_in(sentence: str) -> bool:
    """Whether the sentence itself tells of an attack on a civilian target, with no armed man, post or battle in it:
    "An explosion at a religious gathering in the town killed 22 people", "the attack on the court complex that killed
    29 people" (the count's own sentence, as the headline or lead would)."""
    if not may_occur(_ATTACK_KEYS, sentence) or not may_occur(_TARGET_KEYS, sentence):
        return False  # (two word-set tests first)
    fsentence = folded(sentence)
    if _ARMED.search(fsentence) or (may_occur(_BATTLE_KEYS, sentence) and _BATTLE.search(fsentence)):
        return False  # "attacks on a village and an army post", "troops fought the gunmen in the hotel": mixed
    return _HIT.search(fsentence) is not None


@per_sentence  # depends on the sentence only; asked for unidentified dead or wounded counts in it
def victims_of_mob_attack(ctx: SentenceContext) -> bool:
    """Whether the sentence's unidentified dead and wounded are those of a mob's attack on a civilian target, told
    in this sentence or before it (`mob_attacked_at`); with the same exceptions as `victims_of_civilian_target`."""
    if not -1 < mob_attacked_at(ctx.text) < ctx.end:
        return False
    sentence = ctx.sentence
    return not (cue_in("general_cause", sentence) or cue_in("period_total", sentence) or own_cause(sentence))


@per_sentence  # depends on the sentence only; asked for unidentified dead or wounded counts in it
def victims_of_crowd_fire(ctx: SentenceContext) -> bool:
    """Whether the sentence's unidentified dead and wounded are those of armed men firing on a crowd, told in this
    sentence or before it (`crowd_fired_on_at`); with the same exceptions as `victims_of_civilian_target`."""
    if not -1 < crowd_fired_on_at(ctx.text) < ctx.end:
        return False
    sentence = ctx.sentence
    return not (cue_in("general_cause", sentence) or cue_in("period_total", sentence) or own_cause(sentence))
