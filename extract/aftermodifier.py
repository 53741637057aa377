"""What befell the people counted, told by a verb after a modifier of the noun or after a noun the lexicon lacks.

"Twelve passengers on the bus died in the blast", "Four soldiers of the battalion died", "Three engineers with the
company were killed", "Nine fishermen from the village drowned", "About 200 residents of the old town fled",
"Four crewmen died", "Two interpreters working for the army were killed": the verb's subject is the counted noun,
a prepositional or participle phrase (up to five words) may stand between, and the noun may be one the lexicon
does not hold (a plural: "-s", "-men", "crew", "staff"). The phrase reader (extract/phrase.py) steps over such a
modifier only before an auxiliary, so "died", "perished", "fled" after one were lost and the bare count read as a
force's size or as nothing.

Only verbs whose subject undergoes them count: intransitive ones ("died", "drowned", "fled", "lost their lives",
"fell in battle") and passives of the lexicon's killing, wounding, capturing and displacing verbs ("were killed",
"had been abducted"). An active verb after the modifier ("20 soldiers of the unit killed three rebels") is what the
counted did, and is left alone; so is a verb after a clause word ("12 soldiers in the unit that ... died").
The words live in assets/lexicons/claims.toml [after_modifier].
"""

from __future__ import annotations

import re
from functools import lru_cache

from extract.context import SentenceContext
from extract.records import Quantity
from extract.triggers import closing_table, lexicon, norm

# The verb groups a passive after the modifier may give, and the ones a noun the lexicon lacks may take.
_PASSIVE_GROUPS = frozenset({"kill", "wound", "capture", "displace"})
_UNKNOWN_NOUN_GROUPS = frozenset({"kill", "wound", "displace"})
_ADVERBS = re.compile(r"(?:(?:all|both|later|also|then|reportedly)\s+)*", re.IGNORECASE)
_PASSIVE = re.compile(r"(?:were|was|have\s+been|has\s+been|had\s+been)\s+(?:all\s+|later\s+)?", re.IGNORECASE)


@lru_cache(maxsize=1)
def _table() -> dict:
    """[after_modifier] of claims.toml (read once)."""
    return closing_table("after_modifier")


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str], frozenset[str], frozenset[str]]:
    """(the modifier, the intransitive verbs, the words that end a modifier, the gate words)."""
    t = _table()
    preps = "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in sorted(t["prepositions"], key=len, reverse=True))
    modifier = re.compile(rf"\s+(?:{preps}|[a-z]{{3,}}ing(?:\s+(?:for|with|in|at|on|near|from))?)\s+", re.IGNORECASE)
    # (or a participle: "Two interpreters working for the army were killed")
    verbs = "|".join(re.escape(v).replace(r"\ ", r"\s+") for v in sorted(t["intransitive"], key=len, reverse=True))
    intransitive = re.compile(rf"(?:{verbs})\b", re.IGNORECASE)
    gate = frozenset(w for v in t["intransitive"] for w in v.split()[:1]) | frozenset(t["passive_gate"])
    return modifier, intransitive, frozenset(t["clause_words"]), gate


def gate_words() -> frozenset[str]:
    """Words one of which the sentence must hold for `harm_after_modifier` to be asked (the verbs' first words and
    the auxiliaries)."""
    return _patterns()[3]


_PARTITIVE = re.compile(r"\s+of\s+(?:the|their|its|our|his|her|those)(?=\s)", re.IGNORECASE)
_HEAD_WORD = re.compile(r"\s+([a-z][a-z'’-]*)", re.IGNORECASE)
_PLURAL_PEOPLE = re.compile(r"(?:[a-z]{2,}s|[a-z]*men|crew|staff|police|folk)\Z")


def _unknown_head(text: str, at: int, end: int) -> int | None:
    """Where a noun phrase the lexicon does not hold ends, after the number ending at `at`: one to three plain
    words (maybe after "of their"), the last a plural of people ("crewmen", "crew members", "lorry drivers");
    None when there is none."""
    lex = lexicon()
    lead = _PARTITIVE.match(text, at, end)  # "14 of their comrades fell in the battle"
    pos, last = (lead.end() if lead else at), None
    for _ in range(3):
        m = _HEAD_WORD.match(text, pos, end)
        if m is None:
            break
        word = m.group(1).lower()
        if word in _CLAUSE_STOP or lex.verb_re.fullmatch(m.group(1)):
            break
        pos = m.end()
        if _PLURAL_PEOPLE.match(word):
            last = pos
    return last


_CLAUSE_STOP = frozenset("""in on at for from to by with who that which were was have has had are is be been of
aboard near inside and or but as while when where after before since said says the a an its their his her our
than more""".split())


def harm_after_modifier(ctx: SentenceContext, q: Quantity, cls: str | None, np_end: int) -> tuple[str, int] | None:
    """(verb group, where the verb starts) of a verb the counted people undergo after a modifier of their noun, or
    after a noun the lexicon lacks (`cls` None); None when no such verb follows."""
    text, end = ctx.text, ctx.end
    if cls is None:
        head = _unknown_head(text, q.char_end, end)
        if head is None:
            return None
        np_end = head
    modifier, _, clause_words, _ = _patterns()
    pp = modifier.match(text, np_end, end)
    if pp is None:
        return _verb_at(text, np_end, end, cls) if cls is None else None  # (after a known noun: extract/phrase.py)
    pos = pp.end()
    for _ in range(5):  # the modifier's words, the shortest first: "on the bus", "of the 5th Battalion"
        w = _MOD_WORD.match(text, pos, end)
        if w is None or w.group(1).lower() in clause_words:
            return None  # "12 soldiers in the unit that the rebels attacked": a clause, not a modifier
        pos = w.end()
        got = _verb_at(text, pos, end, cls)
        if got is not None:
            return got
    return None


_MOD_WORD = re.compile(r"([\w'’.-]+)\s+")


def _verb_at(text: str, at: int, end: int, cls: str | None) -> tuple[str, int] | None:
    """(verb group, start) of a verb the counted people undergo starting at `at` (white space skipped)."""
    while at < end and text[at].isspace():
        at += 1
    adverbs = _ADVERBS.match(text, at, end)
    assert adverbs is not None  # (it matches the empty string)
    at = adverbs.end()
    aux = _PASSIVE.match(text, at, end)
    if aux is None:  # no auxiliary: only a verb its subject undergoes
        m = _patterns()[1].match(text, at, end)
        if m is None:
            return None
        return ("displace" if m.group(0).lower().startswith("fled") else "kill"), at
    verb_at = aux.end()
    m = lexicon().verb_re.match(text, verb_at, end)
    if m is None:
        return None
    group = lexicon().verb_group.get(norm(m.group(0)))
    if group not in (_PASSIVE_GROUPS if cls is not None else _UNKNOWN_NOUN_GROUPS):
        return None
    return group, verb_at
