"""What a number counts: the noun phrase after it and the verb acting on it.

"killing at least 40 Syrian troops" -> verb group "kill" (left, active), noun "troops" (class fighter);
"two armored vehicles were destroyed" -> noun "armored vehicle" (class equipment), verb "destroy" (right);
"destroying Sunni mosques by the hundreds" -> the noun and verb stand before the number.
The words are those of assets/lexicons/claims.toml (extract/triggers.py); `measure_for` states which
measure a verb group gives for each class of counted thing. The verb before the number is read
backwards by extract/tailwords.py. This runs for every number, so a pattern that cannot match is
skipped after a cheaper test of the same condition (each checked against the pattern in
tests/test_classify_shortcuts.py).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from extract.context import SentenceContext
from extract.records import Quantity
from extract.tailwords import strip_fillers as _strip_fillers, verb_ending
from extract.triggers import HUMAN, lexicon, norm
from extract.trie import trie_alternation
from extract.wordset import cuts_word, fold, words_of


@dataclass(slots=True)
class Phrase:
    """What the number counts: the noun phrase after it and the verb acting on it."""

    cls: str | None = None  # noun class from the lexicon, "demonym", or None
    subject: str | None = None
    np_end: int = 0  # document offset where the noun phrase ends
    verb: str | None = None  # verb group
    verb_side: str = ""  # "left" (active: "killed 40") or "right" (passive: "40 were killed")
    verb_start: int = 0
    only: bool = False  # "only 35 doctors"
    owner_cls: str | None = None  # class of a noun modifying the head: "civilian" in "19 civilian deaths"


# --------------------------------------------------------------------------- words around the number

_NP_LEAD = re.compile(
    r"\s*(?:\+\s*)?(?:(?:more|other|additional|further|extra|or\s+so|or\s+more|odd|of\s+the|of\s+their|"
    r"of\s+its|of\s+them|of\s+whom|of\s+those|of)\s+)*",
    re.IGNORECASE,
)
_TOKEN = re.compile(r"[\w'’.#@-]*\w[’']?s?|[&]")
_STOP = frozenset(
    """in on at for from to by with who that which were was have has had are is be being been will would could
    should may might said say says but while after before since as when where during across near around inside
    outside per each a an the than into over under through including among between like via not also reportedly
    allegedly so today yesterday tonight this these those there here it its their his her our your my we they
    he she you i them him me what how why if or nor then now already still only just more most less""".split()
)
_AUX_WORDS = (r"were|was|have\s+been|has\s+been|had\s+been|are|is|being|been|got|get|have|has|had|"
              r"reportedly|allegedly|also|all|later|so\s+far|today|yesterday|now|remain|remained|still|currently|"
              r"lightly|slightly|seriously|critically|badly|severely|moderately|fatally|mortally|gravely")
# (shaped as a trie, extract/trie.py: the same matches, each word needing \b after it, found faster)
_AUX = re.compile(r"(?:\s*(?:[,)”\"’]|(?:" + trie_alternation(
    [w.replace(r"\s+", " ") for w in _AUX_WORDS.split("|")], fold=True, flexible_space=True) + r")\b))*\s*",
    re.IGNORECASE)
_ASIDE = re.compile(r"\s*(?:,\s*(?:including|among\s+them|most\s+of\s+them|many\s+of\s+them|mostly|mainly|"
                    r"all|both|some\s+of\s+them)\b[^,;.]{0,60},|\([^()]{0,60}\))", re.IGNORECASE)
_PP = re.compile(r"\s+(?:from|of|in|on|at|near|inside|around|across|within)\s+(?:[\w’'-]+\s+){0,3}?"
                 r"(?=(?:were|was|have|has|had|are|is|to\s+(?:flee|leave))\b)", re.IGNORECASE)
_ARMED_MEMBERS = re.compile(r"members\s+of\s+(?:the\s+|a\s+|an\s+|their\s+|its\s+)?(?:[\w'’-]+\s+){0,3}?"
                            r"(?:armed\s+group|group|militia|faction|gang|brigade|battalion|movement|forces?|army|"
                            r"cell|network|organi[sz]ation)s?\b", re.IGNORECASE)
_AUX_START = re.compile(r"(?:were|was|have|has|had|are|is|been|being)\b", re.IGNORECASE)
_AND_END = re.compile(r"(?<=\w)\s+(?:and|&)\s*$", re.IGNORECASE)
_NOT = re.compile(r"(?:not|never|n[’']t)\b", re.IGNORECASE)
_COORD = re.compile(r"\s*(?:and|&|or)\s+", re.IGNORECASE)
_TOKEN_GAP = re.compile(r"[,.;:()]|\b(?:were|was|have|has|had|are|is|in|on|at|by|from|to|who|that)\b", re.I)
_AFTER_NAME = re.compile(r"\s*(?:$|[^\w\s]|(?:and|vs|versus|or|in|on|at|from|were|are|was|have|had|has)\b)",
                         re.IGNORECASE)
_NUMWORD = (r"(?:\d[\d,.]*\+?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens|scores|"
            r"hundreds|thousands|millions)")
_CONJUNCT = re.compile(r"\b" + _NUMWORD + r"\s+(?:[\w’'-]+\s+){0,4}?(?:and|&|plus|as\s+well\s+as|along\s+with|"
                       r"together\s+with)\s+$",
                       re.IGNORECASE)
_ONLY_BEFORE = re.compile(r"\b(?:only|just)\s+$")
_BY_THE = re.compile(r"\bby\s+the\s*$", re.IGNORECASE)  # tried only where the text ends with "the"
_LAST_WORD = re.compile(r"[\w’'-]+\s*$")
_CO_MODIFIER = re.compile(r"([\w-]+)\s+(?:and|&|or)\s+$")  # "civilian and military [deaths]"
_AND_OR = re.compile(r"(?:and|&|or)\s", re.IGNORECASE)
_NEXT_WORD = re.compile(r"\s*[a-z][\w-]*\s+")
_DEMONYM = re.compile(r"[A-Z][a-z]+(?:ians|ans|ites|is|ese|ds|ks|os|ens)$")


def read_phrase(ctx: SentenceContext, q: Quantity) -> Phrase:
    lex = lexicon()
    text, end, sentence_start = ctx.text, ctx.end, ctx.start
    verbs = lex.verb_group
    ph = Phrase(np_end=q.char_end)
    pos = lead = _NP_LEAD.match(text, q.char_end, end).end()
    walked = 0  # plain words walked over before the walk stopped ("14 community leaders had been killed")
    for _ in range(7):
        if pos >= end:
            break
        armed = _ARMED_MEMBERS.match(text, pos, end) if text.startswith(("m", "M"), pos) else None
        if armed:  # "45 members of the rival group" (but not "seven members" of a council)
            ph.cls, ph.subject, ph.np_end = "fighter", "fighters", armed.end()
            break
        m = lex.noun_re.match(text, pos, end)
        if m:
            key = " ".join(m.group(0).lower().split())  # norm()
            if key in lex.out_of_scope:
                ph.cls, ph.subject = "out", key
            else:
                ph.cls, ph.subject = lex.noun_class[key]
            ph.np_end = m.end()
            m, key = _compound(lex, ph, text, m, key, end)
            mods = text[q.char_end : m.start()]
            co = _CO_MODIFIER.search(mods) if len(mods) >= 4 else None  # (the shortest it matches: "x & ")
            if co and norm(f"{co.group(1)} {key.split()[-1]}") in lex.noun_class:
                ph.subject = f"{co.group(1).lower()} and {ph.subject}"
            more = _COORD.match(text, ph.np_end, end)
            if more:
                nxt = lex.noun_re.search(text, more.end(), min(end, more.end() + 40))
                if nxt and not _TOKEN_GAP.search(text, more.end(), nxt.start()):
                    ph.np_end = nxt.end()
                    for _ in range(2):  # "17 soldiers and four civilian volunteers"
                        head = lex.noun_re.match(text, _skip_space(text, ph.np_end, end), end)
                        if not head or norm(head.group(0)) in lex.verb_group:
                            break
                        ph.np_end = head.end()
            break
        t = _TOKEN.match(text, pos, end)
        if not t:
            break
        word = t.group(0)
        low = word.lower()
        if (low in _STOP and word not in lex.side_cs) or (
                lex.verb_re.fullmatch(word) and not lex.cues_remain.fullmatch(word)):
            break
        if "-" in word:  # "assad-troops", "US-made"
            tail = norm(word.rsplit("-", 1)[1])
            if tail in lex.noun_class:
                ph.cls, ph.subject = lex.noun_class[tail]
                ph.np_end = t.end()
                break
        if _DEMONYM.match(word) and not lex.noun_re.match(text, _skip_space(text, t.end(), end), end) and not (
                _noun_after_next(lex, text, t.end(), end)):  # "320 Sudanese army soldiers"
            if norm(word) not in lex.side_of:
                ph.cls, ph.subject, ph.np_end = "demonym", word, t.end()
                break
        nxt = _skip_space(text, t.end(), end)
        if nxt < end and text[nxt] == ",":
            break
        pos = nxt
        walked += 1
        if _AND_OR.match(text[pos:pos + 4]):
            pos = _skip_space(text, pos + text[pos:].index(" "), end)
    # a side named where a noun should be: "2000 IS", "40 Hezbollah"
    if ph.cls is None:
        m = lex.side_cs_re.match(text, lead, end) or lex.side_re.match(text, lead, end)
        if m and _AFTER_NAME.match(text, m.end(), end):
            ph.cls, ph.subject, ph.np_end = "fighter", "fighters", m.end()
    lo = max(sentence_start, q.char_start - 80)
    if ph.cls is None and text[lo : q.char_start].rstrip()[-3:].lower() == "the" and _BY_THE.search(
            text[lo : q.char_start]):
        nouns = [m for m in lex.noun_re.finditer(text, lo, q.char_start)]
        if nouns and norm(nouns[-1].group(0)) in lex.noun_class:
            ph.cls, ph.subject = lex.noun_class[norm(nouns[-1].group(0))]
            ph.np_end = q.char_end
            cut = nouns[-1].start()
            left = None
            for _ in range(3):  # the verb may stand before one or two modifiers: "destroying Sunni mosques"
                left = verb_ending(verbs, text, lo, cut)
                pre = _LAST_WORD.search(text, lo, cut)
                if left or not pre:
                    break
                cut = pre.start()
            if left and measure_for(left[0], ph.cls):
                ph.verb, ph.verb_start, ph.verb_side = left[0], left[1], "left"
            return ph
    # the verb: before the number (active), else after the noun phrase (passive or participle)
    left = verb_ending(verbs, text, lo, q.char_start)
    shared = None  # "sending 100,000 soldiers and 16 jets", "killed the driver and 2 passengers"
    if left is None:
        co = _CONJUNCT.search(text, lo, q.char_start) if _ends_with_conjunction(text, lo, q.char_start) else None
        if co:
            shared = verb_ending(verbs, text, lo, co.start())
        elif _may_hold_and(ctx, q) and (stop := _strip_fillers(text, lo, q.char_start)) > lo and _ends_with_and(
                text, lo, stop) and (and_end := _AND_END.search(text, lo, stop)):
            cut = and_end.start()
            for _ in range(4):  # "killed the driver and 2 passengers": up to four words back
                w = _LAST_WORD.search(text, lo, cut)
                if not w:
                    break
                cut = w.start()
                shared = verb_ending(verbs, text, lo, cut)
                if shared:
                    break
    if q.char_start > sentence_start and text[q.char_start - 1].isspace():  # the regex needs a space at the end
        before = text[max(sentence_start, q.char_start - 12) : q.char_start].lower()
        if before.rstrip().endswith(("only", "just")):  # as the regex needs
            ph.only = bool(_ONLY_BEFORE.search(before))
    after_np = ph.np_end
    if ph.cls is None and 0 < walked <= 3 and _AUX_START.match(text, pos, end):
        after_np = pos  # the verb after an unknown noun: "14 community leaders had been killed"
    aside = _ASIDE.match(text, after_np, end)
    if aside:
        after_np = aside.end()
    aux_end = _AUX.match(text, after_np, end).end()
    pp = _PP.match(text, after_np, end) if ph.cls else None
    if pp and not lex.verb_re.match(text, aux_end, end):
        after_np = pp.end()
        aux_end = _AUX.match(text, after_np, end).end()
    after_np = aux_end
    if text.startswith(("n", "N"), after_np) and _NOT.match(text, after_np, end) and "," not in text[ph.np_end : after_np]:
        ph.cls = "out"  # "20 soldiers were not hurt"
        return ph
    right_m = lex.verb_re.match(text, after_np, end)
    right = (verbs[" ".join(right_m.group(0).lower().split())], right_m.start()) if right_m else None
    ph.verb, ph.verb_side, ph.verb_start = None, "", 0
    if (left and left[0] == "spare") or (right and right[0] == "spare"):
        ph.cls = "out"  # "two soldiers survived", "freed 30 hostages": not a count of harm
        return ph
    for found, side in ((left, "left"), (right, "right"), (shared, "left")):
        if found and measure_for(found[0], ph.cls) is not None:
            ph.verb, ph.verb_start, ph.verb_side = found[0], found[1], side
            break
    return ph


def _ends_with_conjunction(text: str, lo: int, hi: int) -> bool:
    """Whether text[lo:hi] ends with a conjunction and a space, as _CONJUNCT needs (a cheap test first)."""
    if hi <= lo or not text[hi - 1].isspace():
        return False
    return fold(text[lo:hi].rstrip()).endswith(("and", "&", "plus", "as", "with"))


def _may_hold_and(ctx: SentenceContext, q: Quantity) -> bool:
    """Whether "and" or "&" can end the words before the number, as _AND_END needs: "&" in the sentence,
    "and" a whole word of it, or a word cut where the number starts (then "and" may be its start)."""
    return "&" in ctx.sentence or "and" in words_of(ctx.sentence) or cuts_word(ctx.text, q.char_start)


def _ends_with_and(text: str, lo: int, hi: int) -> bool:
    """Whether text[lo:hi] ends with "and" or "&" (and maybe spaces), as _AND_END needs."""
    tail = text[lo:hi].rstrip()
    return tail.endswith("&") or tail[-3:].lower() == "and"


def _noun_after_next(lex, text: str, pos: int, end: int) -> bool:
    """Whether the word after the next one is a lexicon noun ("Sudanese [army] soldiers")."""
    w = _NEXT_WORD.match(text, pos, end)
    return bool(w and lex.noun_re.match(text, w.end(), end))


def _compound(lex, ph: Phrase, text: str, m: re.Match, key: str, end: int) -> tuple[re.Match, str]:
    """A noun modifying the noun after it: the later noun is the head ("civilian volunteers",
    "civilian deaths"). A toll noun keeps the people of its modifier as subject; a civilian
    modifier makes its head civilian (`owner_cls`). Words that are also verbs ("killed") stay verbs."""
    for _ in range(2):
        nxt = lex.noun_re.match(text, _skip_space(text, m.end(), end), end)
        if not nxt or ph.cls == "out":
            break
        head = norm(nxt.group(0))
        if head in lex.verb_group or head in lex.out_of_scope or head not in lex.noun_class:
            break
        first_cls, first_subject = ph.cls, ph.subject
        cls, subject = lex.noun_class[head]
        if cls in ("toll", "injury") and first_cls in HUMAN:
            ph.cls, ph.subject, ph.owner_cls = cls, first_subject, first_cls
        elif first_cls in ("toll", "injury") and cls in HUMAN:  # "260 wounded people", "dead soldiers"
            ph.subject, ph.owner_cls = subject, cls
        else:
            ph.cls, ph.subject = cls, subject
            if first_cls == "civilian" and cls in HUMAN:
                ph.owner_cls = "civilian"
        ph.np_end = nxt.end()
        m, key = nxt, head
    return m, key


def _skip_space(text: str, pos: int, end: int) -> int:
    while pos < end and text[pos] in " \t\u00a0":
        pos += 1
    return pos


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
