"""Measure, subject and side of a number, from the words around it.

The rules read the noun the number counts ("40 Syrian troops", "dozens of
tanks"), the verb acting on it ("killing 40", "40 were killed", "the capture of
20 tanks", "took two gas fields") and the sides named near it. All the words
live in assets/lexicons/claims.toml (see extract/triggers.py); this module holds
only the rules, which follow ../shared/gold/GUIDELINES.md:

- no noun and no verb that make it a count of the conflict -> not a claim (None);
- the verb decides the measure for the kind of thing counted (people are
  killed/wounded/captured/displaced; equipment and facilities are destroyed,
  damaged or seized; munitions make attacks; troops and weapons held are forces);
- with no verb, the kind of thing decides (extract/measures.py: refugees are displaced, troops and
  weapons are forces, barrel bombs are attacks, "only 35 doctors" is capacity);
- money is funding only when it pays for aid, arms or war; a ratio or percentage
  is a rate only when a currency is named; percentages of lost production or of
  people reached by aid are capacity;
- side: a side named on the counted noun wins ("three regime tanks"); civilians,
  refugees and civilian facilities are civilian; unidentified people killed in a
  bombing of a populated area are civilian; equipment taken or destroyed by a
  named actor belongs to the actor's opponent; otherwise the side the passage is
  about, or unknown.

Numbers that count no harm done (goals, the whole of a part, peacetime forces) are told by extract/nonclaims.py;
a number restating a count told before it ("put the figure at 1,000") by extract/anaphora.py; money, ratios
and percentages by extract/money.py.

For speed, a search for words the sentence does not hold is skipped: extract/wordset.py keeps the
set of the sentence's words (tests/test_classify_shortcuts.py checks each such test against its
pattern).
"""

from __future__ import annotations

import re
from functools import lru_cache
from dataclasses import dataclass, field
from typing import NamedTuple

from extract.anaphora import COUNT_WORDS, asked_verb, earlier_count, gapped, part_of_earlier, refers_back
from extract.context import SentenceContext
from extract.measures import default_measure
from extract.labelrows import label_row  # claims11
from extract.listitems import shared_kind  # claims11
from extract.nonclaims import (HARMLESS_KEYS as _HARMLESS_KEYS, SUSPECTED, civilian_toll, no_count_of_harm, of_the_dead,
                               of_those_done, peacetime, suspects_side, whole_of_part)
from extract.money import (DOLLAR_BUYS as _DOLLAR_BUYS, DOLLAR_WORDS as _DOLLAR_WORDS, RATE_AFTER as _RATE_AFTER,
                           currencies as _currencies, dollar_named as _dollar_named, not_a_count)
from extract.records import Quantity
from extract.sides import resolve_side
from extract.phrase import Phrase, read_phrase
from extract.phraseparts import men_under_arms, own_members, skip_space
from extract.triggers import (HUMAN, cue_in, event_words, lexicon, measure_for, names_a_war, norm, side_mentions,
                              theatre_side)
from extract.wordset import cuts_word, fold_pattern, folded, words_of

_NAME_BEFORE = re.compile(r"(?<![.!?:]\s)(?<!^)(?<!\n)\b[A-Z][\w-]*[a-z][\w-]*\s+$")
_NEGATED = re.compile(r"\b(?:not|none\s+of|neither\s+of|no|nor)\s+(?:(?:of\s+)?the\s+|a\s+single\s+)?$",
                      re.IGNORECASE)
_PART_BEFORE = re.compile(r"\b(?:including|among\s+them|among\s+whom|incl\.|of\s+them|of\s+whom)\s*"
                          r"(?:(?:about|around|some|roughly|approximately|nearly|almost|at\s+least|more\s+than|"
                          r"over|up\s+to|an\s+estimated)\s+)?$", re.IGNORECASE)
_PART_AFTER = re.compile(r"\s+of\s+(?:whom|them|those|the\s+dead|the\s+victims|which)\b", re.IGNORECASE)
_MORE_AFTER = re.compile(r"\s+(?:more|others)\b", re.IGNORECASE)  # "killed 300 soldiers and captured 47 more"
_PEOPLE_PARTICIPLE = re.compile(r"(?:captured|arrested|detained|abducted|kidnapped)\b")
_RUNNING_TOTAL = re.compile(r"\b(?:bringing|taking|raising|pushing|putting)\s+(?:the|its|their|his|her)\s+"
                            r"(?:[\w-]+\s+){0,5}?to\s+(?:(?:about|around|some|nearly|almost|more\s+than|over|at\s+least|"
                            r"roughly|an\s+estimated)\s+)?$", re.IGNORECASE)
_SIDE_LOSSES = re.compile(r"\b([\w-]+)\s+(?:military\s+)?(?:losses|casualties)\b", re.IGNORECASE)
_RESTATED = re.compile(r",\s*or\s+(?:(?:about|around|roughly|some|approximately|nearly|almost|more\s+than|over)\s+)?$",
                       re.IGNORECASE)
_ALONG_WITH = re.compile(r"\b(?:along|together)\s+with\s+(?:(?:about|around|some|nearly|almost|at\s+least|more\s+than|"
                         r"another|over)\s+)?$", re.IGNORECASE)
_UP_FROM = re.compile(r"\b(?:up|down|rising|risen|climbing|revised|raised|lowered)\s+from\s+(?:an?\s+|the\s+|its\s+)?"
                      r"(?:(?:initial|earlier|previous|first|preliminary|official)\s+)?(?:(?:death\s+)?(?:count|toll|"
                      r"figure|estimate|tally)\s+(?:of\s+)?)?(?:(?:about|around|some|nearly|almost|at\s+least|more\s+than)\s+)?$",
                      re.IGNORECASE)
_OF_WHICH = re.compile(r"\s+of\s+which\b", re.IGNORECASE)
_POPULATION_OF = re.compile(r"\b(?:a|the|its)\s+(?:[\w-]+\s+){0,2}?(?:city|town|village|country|nation|district|province|"
                            r"region|community|state|island|enclave|municipality)\s+of\s+(?:(?:about|some|around|nearly|"
                            r"almost|roughly|more\s+than|over|at\s+least|an\s+estimated)\s+)?\Z", re.IGNORECASE)
_MISSING_AFTER = re.compile(r"\s+(?:(?:from|in|of|at)\s+(?:[\w'’-]+\s+){1,3}?)?(?:(?:were|was|are|is|remain|remained|have\s+been|"
                            r"had\s+been)\s+)?(?:still\s+)?(?:missing|unaccounted)\b", re.IGNORECASE)
_PARTITIVE_BEFORE = re.compile(r"\b[Oo]f\s+(?:the|these|those|them,?\s+the)\s+([\w-]+)\s*,\s*\Z")
_CONDITION_WORD = re.compile(r"\b(?:if|unless|suppose)\b", re.IGNORECASE)
# The whole words some patterns cannot match without (a test of the sentence's words first, extract/wordset.py).
_CONDITION_WORDS = frozenset({"if", "unless", "suppose"})
_NEGATION_WORDS = frozenset({"not", "none", "neither", "no", "nor"})  # _NEGATED
_PART_WORDS = frozenset({"including", "among", "incl", "them", "whom"})  # _PART_BEFORE
_TOTAL_WORDS = frozenset({"bringing", "taking", "raising", "pushing", "putting"})  # _RUNNING_TOTAL
_LOSS_WORDS = frozenset({"losses", "casualties"})  # _SIDE_LOSSES


@dataclass(frozen=True, slots=True)
class Classification:
    measure: str
    subject: str
    side: str
    event_words: tuple[str, ...] = field(default=())


class _Kind(NamedTuple):
    """What _classify finds (a Classification without its event words; a tuple is cheaper to make)."""

    measure: str
    subject: str
    side: str


# --------------------------------------------------------------------------- the entry point


def classify(ctx: SentenceContext, q: Quantity) -> Classification | None:
    """The claim's kind, or None when the number is not an in-scope claim."""
    if q.kind != "number":
        return None
    try:
        got = _classify(ctx, q, 0)
        if got is None or (got.measure == "rate" and not _war_rate(ctx, got)):
            return None
        key = (*got, event_words(ctx.sentence))
        made = _MADE.get(key)
        if made is None:
            if len(_MADE) >= 4096:
                _MADE.clear()
            made = _MADE[key] = Classification(*key)
        return made
    except (ValueError, IndexError, KeyError):  # a malformed span must not stop a whole document
        return None


# Classifications already made, by their fields: a frozen record is shared rather than made again (bounded).
_MADE: dict[tuple, Classification] = {}


def _war_rate(ctx: SentenceContext, kind: _Kind) -> bool:
    """An exchange rate is a claim of a war economy: the document speaks of the conflict ("The yen weakened past
    150 per dollar" in business news is none), and the currency is known ("USD per USD" would be no rate)."""
    return not kind.subject.startswith("USD per") and names_a_war(ctx.text)


def _non_conflict(ctx: SentenceContext, q: Quantity) -> bool:
    """A natural disaster, accident or disease named before the number or in its own clause
    ("The storm killed 12", "12 died in the floods"); not one in a later clause ("2.1 million have
    fled, and 400,000 face famine")."""
    lex = lexicon()
    cue, text = lex.folded_re["cue:non_conflict"], folded(ctx.text)  # (the same matches, faster)
    if cue is None:
        cue, text = lex.cues["non_conflict"], ctx.text
    if cue.search(text, ctx.start, q.char_start):
        return True
    stop = _CLAUSE_END.search(ctx.text, q.char_end, ctx.end)
    return bool(cue.search(text, q.char_end, stop.start() if stop else ctx.end))


_CLAUSE_END = re.compile(r"[;:—–]|,\s+(?:and|but|while|whereas)\b|,\s+(?:and\s+)?that\b")


def _conditional(ctx: SentenceContext, q: Quantity) -> bool:
    """"If 40 soldiers were killed, ...": a number in a condition."""
    before = ctx.text[ctx.start : q.char_start]
    if not _CONDITION_WORD.search(before):
        return False
    return bool(re.search(r"(?:^|[;:—–]\s*)[\"“]?(?:if|unless|even if|suppose)\b[^,]*$", before, re.IGNORECASE))


def _classify(ctx: SentenceContext, q: Quantity, depth: int) -> _Kind | None:
    lex = lexicon()
    text = ctx.text
    start, end = ctx.start, ctx.end
    sentence = ctx.sentence
    # The searches below first ask whether the words they need are words of the sentence
    # (extract/wordset.py); a search ending where the number starts inside a word (`cut`) may match
    # the start of that word, which the set does not hold.
    words = words_of(sentence)
    k = q.char_start
    cut = cuts_word(text, k)
    if (cut or not _CONDITION_WORDS.isdisjoint(words)) and _conditional(ctx, q):
        return None
    if "of " in text[k - 20 : k] and _POPULATION_OF.search(text, max(start, k - 70), k):
        return None  # "Marawi, a city of 200,000": a population, not a count of the conflict
    disaster = lex.keys["cue:non_conflict"]
    if (cut or disaster is None or not disaster.isdisjoint(words)) and _non_conflict(ctx, q) and not cue_in(
            "conflict", sentence):
        return None
    if q.unit != "count":
        got = not_a_count(ctx, q)  # a ratio, percentage, sum of money or weight (extract/money.py)
        return _Kind(*got) if got else None
    if not _DOLLAR_WORDS.isdisjoint(words) and _DOLLAR_BUYS.search(text, max(start, k - 40), k):
        m = lex.currency_re.match(text, skip_space(text, q.char_end, end), end)
        if m and lex.currencies[norm(m.group(0))][1] != "USD":  # "the dollar fetched about 41 hryvnias"
            return _Kind("rate", f"{lex.currencies[norm(m.group(0))][1]} per USD", "unknown")
    if _dollar_named(sentence) and _RATE_AFTER.match(text, q.char_end, end):  # "the pound fell to 600 against the dollar"
        cur = [c for _, c in _currencies(ctx, back=0) if c != "USD"]
        if cur:
            return _Kind("rate", f"{cur[0]} per USD", "unknown")

    if not _NEGATION_WORDS.isdisjoint(words) and _NEGATED.search(text, max(start, k - 25), k):
        return None  # "not one soldier was hurt", "none of the 40 passengers"
    row = label_row(ctx, q)  # claims11 (extract/labelrows.py): "Civilians killed: 2", the label is the phrase
    if row is not None:
        return _Kind(*row)
    ph = read_phrase(ctx, q)
    if ph.verb is None and _MISSING_AFTER.match(text, max(ph.np_end, q.char_end), end):
        return None  # "dozens were still missing", "17 people were unaccounted for": neither dead nor taken
    if ph.cls is None and text.find(",", max(start, k - 4), k) >= 0:
        of = _PARTITIVE_BEFORE.search(text, max(start, k - 40), k)  # "Of the civilians, 19 have been confirmed dead"
        if of and norm(of.group(1)) in lex.noun_class:
            ph.cls, ph.subject = lex.noun_class[norm(of.group(1))]
    if ph.cls == "out":
        return None
    armed = men_under_arms(text, start, k) if ph.subject == "men" and ph.verb is None else None
    if armed:
        ph.cls, ph.subject = "fighter", armed  # "the government army had nearly 100,000 men"
    own = own_members(text, start, q.char_end, end) if ph.cls is None and "own" in words else None
    if own:
        ph.cls, ph.subject, ph.np_end = "fighter", "fighters", own  # "its fighters ..., and six of its own members died"
    if (ph.subject == "families" or not _HARMLESS_KEYS.isdisjoint(words) or text.find(" of ", max(start, k - 40), k) >= 0
            ) and no_count_of_harm(ctx, q, ph, words):
        return None  # a goal, the whole of a part, where people or debris came from (extract/nonclaims.py)
    if ph.cls is None:
        if ph.verb_side != "left" and k > start and text[k - 1].isspace() and _capital_last(
                text, max(start, k - 30), k) and _NAME_BEFORE.search(text, max(start, k - 30), k):
            return None  # "Base 559", "Johnny Six", "Resolution 2254" (the pattern needs white space at the end)
        said = norm(text[ph.verb_start : ph.verb_start + 30])
        passive_people = ph.verb_side == "right" and _PEOPLE_PARTICIPLE.match(said)  # "60 captured"
        if ph.verb and ph.verb not in ("kill", "wound") and not passive_people and not _MORE_AFTER.match(
                text, q.char_end, end) and not any(
                said.startswith(v) and not said[len(v) : len(v) + 1].isalpha() for v in lex.people_only):
            ph.verb = None  # "Bataillon 559 taken by rebels": a bare number needs a verb only people undergo
    measure = measure_for(ph.verb, ph.cls) if ph.verb else None
    if ph.verb is None:  # claims11 (extract/listitems.py): list items share a verb; counts pointing back
        mine = shared_kind(ctx, q, ph, depth, _classify)
        if mine is not None:
            return _Kind(*mine)
    if measure is None:
        if depth < 3:
            whole = _whole(ctx, q, depth, ph, text, start, end, words, cut)
            if whole is not None:
                return whole
        measure = default_measure(ctx, q, ph)
        if measure is None:
            if ph.cls == "demonym" and depth < 3:  # "30,000 people had fled, and thousands more Georgians …"
                whole = _inherit(ctx, q, depth)
                return _Kind(whole.measure, ph.subject, whole.side) if whole and whole.measure in _PART_MEASURES else None
            if ph.cls is not None or depth >= 3:
                return None
            return _inherit(ctx, q, depth) or (_restated_count(ctx, q, depth) if not COUNT_WORDS.isdisjoint(words)
                                               else None) or _part_of_earlier(ctx, q, depth)
    if measure in ("forces", "captured") and peacetime(ctx, ph, measure):
        return None  # "Police arrested 14 people", "Boeing delivered 44 jets", a parade's soldiers: no armed conflict
    if measure == "captured" and "suspected" in words and SUSPECTED.match(text, q.char_end, end):
        return _Kind(measure, "suspects", suspects_side(text, q, ph))  # "arrested two suspected Maute members"
    if measure in _PEOPLE_MEASURES and depth < 3 and (ph.cls is None or ph.cls == "injury" or _OTHERS.match(
            text, q.char_end, end)):
        shared = _elided(ctx, q, depth)  # "12 soldiers were killed and 40 wounded"
        if shared is not None:
            return _Kind(measure, shared.subject, shared.side)
        if ph.cls is None and (_MORE_AFTER.match(text, q.char_end, end) or _OF_THEM.match(text, q.char_end, end)):
            # "killed 19 soldiers, wounded dozens more": more of the same people; "six fighters died, four of them
            # in an airstrike": a part of them
            whole = _previous(ctx, q, depth)
            if whole is not None and whole.measure in _PEOPLE_MEASURES:
                return _Kind(measure, whole.subject, whole.side)
    if measure == "capacity" and "of" in words and whole_of_part(text, start, k):
        return None  # "three of the capital's 11 main hospitals were still open": 11 is all there were
    subject = ph.subject or ("attack" if measure == "attacks" else "people")  # "attacks rose to 171"
    if ph.cls is None and measure == "killed" and "civilian" in words and civilian_toll(text, max(start, k - 60), k):
        return _Kind(measure, "civilians", "civilian")  # "the government put the civilian toll at 1,260"
    if ph.cls is None and measure == "killed":
        owner = _SIDE_LOSSES.search(text, start, k) if (  # "estimate Russian losses at 350,000"
            cut or not _LOSS_WORDS.isdisjoint(words)) else None
        named = side_mentions(text, owner.start(1), owner.end(1)) if owner else []
        if named:
            return _Kind(measure, "troops", theatre_side(text, named[0].side))
    side = resolve_side(ctx, q, measure, ph.owner_cls or ph.cls, ph.subject, ph.verb_side, np_end=ph.np_end,
                        verb_start=ph.verb_start)
    return _Kind(measure, subject, side)


def _capital_last(text: str, lo: int, hi: int) -> bool:
    """Whether the last word of text[lo:hi] (after its last white space) holds a capital letter: _NAME_BEFORE
    (a capitalised word and white space to the end) cannot match without one."""
    parts = text[lo:hi].rsplit(None, 1)
    return bool(parts) and parts[-1].lower() != parts[-1]


def _whole(ctx: SentenceContext, q: Quantity, depth: int, ph: Phrase, text: str, start: int, end: int,
           words: frozenset[str], cut: bool) -> _Kind | None:
    """A number with no verb of its own that is a part or a restatement of the number before it."""
    k = q.char_start
    if (ph.cls is None or ph.cls in HUMAN) and (
            (cut or not _PART_WORDS.isdisjoint(words)) and
            _PART_BEFORE.search(text, max(start, k - 30), k)
            or _PART_AFTER.match(text, q.char_end, end)):
        # a part of a toll: "killed 12 people, including 5 children", "19 people, 6 of whom were children"
        whole = _previous(ctx, q, depth)
        if whole is None and ph.cls in (None, "people") and of_the_dead(ctx, q):
            return _Kind("killed", "people", resolve_side(ctx, q, "killed", None, None, ""))  # "identified 6,900 of the victims"
        done = of_those_done(ctx, q) if whole is None and ph.cls in (None, "people") else None
        if done is not None:  # "46 of those abducted had not come home"
            measure = measure_for(done, None)
            return _Kind(measure, "people", resolve_side(ctx, q, measure, None, None, ""))
        of_which = bool(_OF_WHICH.match(text, q.char_end, end))  # "3,450 rockets, some 680 of which"
        if whole is not None and (of_which or whole.measure in _PART_MEASURES):
            lex = lexicon()
            subject, cls = ph.subject, ph.cls
            if subject is None:
                m = lex.noun_re.search(text, q.char_end, min(end, q.char_end + 40))
                if m and norm(m.group(0)) in lex.noun_class:
                    cls, subject = lex.noun_class[norm(m.group(0))]
            side = resolve_side(ctx, q, whole.measure, cls, subject, "", np_end=ph.np_end)
            return _Kind(whole.measure, subject or whole.subject,
                         side if cls and cls != "people" else whole.side)  # "including seven people": the whole's
    lo = max(start, k - 30)
    if text.find(",", lo, k) >= 0 and _RESTATED.search(text, lo, k):  # (the pattern opens with ",")
        whole = _previous(ctx, q, depth)  # "1,200 families, or roughly 4,000 people": the same count restated
        if whole is not None:
            return _Kind(whole.measure, ph.subject or whole.subject, whole.side)
    if ph.verb is None and (ph.cls is None or ph.cls in HUMAN) and "with" in words and _ALONG_WITH.search(
            text, max(start, k - 40), k):
        whole = _previous(ctx, q, depth)  # "89 militants have been killed …, along with 21 soldiers and police"
        if whole is not None and whole.measure in _PEOPLE_MEASURES:
            side = resolve_side(ctx, q, whole.measure, ph.cls, ph.subject, "", np_end=ph.np_end) if ph.cls else whole.side
            return _Kind(whole.measure, ph.subject or whole.subject, side)
    if ph.cls is None and "from" in words and _UP_FROM.search(text, max(start, k - 60), k):
        whole = _previous(ctx, q, depth, reach=280)  # "has risen to 79, …, up from an initial count of 50": the same count
        if whole is not None:
            return whole
    if ph.cls is None and not _TOTAL_WORDS.isdisjoint(words) and _RUNNING_TOTAL.search(text, max(start, k - 80), k):
        whole = _previous(ctx, q, depth)  # "lost 1,150 troops, bringing its total losses to 465,000"
        if whole is not None:
            return _Kind(whole.measure, whole.subject, whole.side)
    return None


def _elided(ctx: SentenceContext, q: Quantity, depth: int) -> _Kind | None:
    """A count of people whose noun is left out because the number before it names them: "31 of its
    civilians had been killed and 150 wounded", "killed 9 policemen and wounded 17", "three peacekeepers
    were killed and five others wounded". Its subject and side are those of that number."""
    text = ctx.text
    if not _AND_BEFORE.search(text, max(ctx.start, q.char_start - 30), q.char_start):
        return None  # (every match of _ELIDED_GAP ends so: a cheap test before the numbers of the sentence)
    before = [p for p in _numbers_in(text[ctx.start : q.char_start]) if p.kind == "number"]
    if not before or not _ELIDED_GAP.match(text, ctx.start + before[-1].char_end, q.char_start):
        return None
    if _PART_BEFORE.search(text, max(ctx.start, ctx.start + before[-1].char_start - 30), ctx.start + before[-1].char_start):
        return None  # "killed 21 people, including 4 children, and wounded 29": the 29 are not children
    whole = _previous(ctx, q, depth)
    return whole if whole is not None and whole.measure in _PEOPLE_MEASURES else None


_PEOPLE_MEASURES = ("killed", "wounded", "captured")
# what a part of a count of people ("including 5 children", "200 of them in the town") shares with the whole
_PART_MEASURES = ("killed", "wounded", "captured", "displaced", "forces")
_OTHERS = re.compile(r"\s+others\b", re.IGNORECASE)
_OF_THEM = re.compile(r"\s+of\s+them\b", re.IGNORECASE)
_HURT = r"(?:killed|died|dead|wounded|injured|hurt|captured|abducted|kidnapped|arrested|detained)"
# between the two numbers: the first one's noun (and verb), then "and" (then the second one's verb, when it
# stands before it); nothing that could start another clause's subject after "and"
_BOUND = r"(?:(?:nearly|almost|about|around|some|roughly|at[ \t]+least|more[ \t]+than|over|up[ \t]+to|another)[ \t]+)?"
_AND_BEFORE = re.compile(r"[ \t]and[ \t]+(?:" + _HURT + r"[ \t]+)?" + _BOUND + r"\Z", re.IGNORECASE)
_ELIDED_GAP = re.compile(r"[ \t]+[\w \t'’-]{0,60}?(?:[ \t]+(?:had|have|has)[ \t]+been|[ \t]+were|[ \t]+was)?[ \t]+"
                         + _HURT + r"(?:[ \t]+(?:there|here)|[ \t]+(?:in|on|at|near|during)[ \t]+[\w \t'’-]{1,40}?)?,?[ \t]+and[ \t]+"
                         + _BOUND + r"\Z"
                         r"|[ \t]+[\w \t'’-]{0,60}?,?[ \t]+and[ \t]+" + _HURT + r"[ \t]+" + _BOUND + r"\Z",
                         re.IGNORECASE)


def _inherit(ctx: SentenceContext, q: Quantity, depth: int) -> _Kind | None:
    """A bare number in a breakdown ("90 killed today, 70 around Aleppo and 20 near Deir ez-Zor",
    "250 troops ... to reinforce the 50 already there") counts what the number before it counts."""
    if not _BREAKDOWN_NEXT.match(ctx.text, q.char_end, ctx.end):  # (as on the rest of the sentence: endpos ends it)
        if gapped(ctx, q) or ctx.text[max(ctx.start, q.char_start - 8) : q.char_start].lower() == "another ":
            # "902 were attributed to the army and 510 to the rebels"; "212 people were held ..., and the families
            # of another 87 say ...": more of the count before
            whole = _previous(ctx, q, depth)
            return whole if whole is not None and whole.measure in _PART_MEASURES else None
        if _REMAIN_NEXT.match(ctx.text, q.char_end, ctx.end):
            whole = _previous(ctx, q, depth)  # "280,000 people were held in camps; fewer than 10,000 remain"
            return whole if whole is not None and whole.measure in ("displaced", "captured") else None
        return None
    whole = _previous(ctx, q, depth)
    if whole is not None and whole.measure == "funding" and q.unit == "count":
        return None  # "raised $27 million, led by three investors": a count does not inherit money
    return whole


def _restated_count(ctx: SentenceContext, q: Quantity, depth: int) -> _Kind | None:
    """A number restating a count told before it ("Officials put the figure at 1,000 to 1,500", "Estimates
    fall between 500,000 and 800,000"): what that count counts, the number before it in the sentence, else
    the last of the sentence before, else a question of a count ("How many died?"; extract/anaphora.py)."""
    if not refers_back(ctx, q):
        return None
    # (no digit or number word before it: no number to parse; _COUNT_BEFORE, faster)
    if _COUNT_BEFORE_FOLDED.search(folded(ctx.text), ctx.start, q.char_start) and any(
            p.kind == "number" for p in _numbers_in(ctx.text[ctx.start : q.char_start])):
        if _BREAKDOWN_NEXT.match(ctx.text, q.char_end, ctx.end):
            return None  # (_inherit has asked the number before already)
        return _previous(ctx, q, depth, reach=200)  # "..., putting their number at between 35,000 and 50,000"
    earlier = earlier_count(ctx, q, _numbers_in)
    if earlier is not None:
        return _classify(*earlier, depth + 1)
    group = asked_verb(ctx)
    measure = measure_for(group, None) if group else None
    if measure is None:
        return None
    return _Kind(measure, "people", resolve_side(ctx, q, measure, None, None, ""))


def _part_of_earlier(ctx: SentenceContext, q: Quantity, depth: int) -> _Kind | None:
    """A number opening its sentence as a part of the last count of the sentence before ("... documented 1,412
    killings. Of these, 902 were attributed to the army"), or as more of it ("... 300,000 people had fled.
    About 4,000 more were still waiting"): what that count counts, if it counts people harmed or forces."""
    if not part_of_earlier(ctx, q):
        return None
    earlier = earlier_count(ctx, q, _numbers_in)
    whole = _classify(*earlier, depth + 1) if earlier is not None else None
    return whole if whole is not None and whole.measure in _PART_MEASURES else None


_REMAIN_NEXT = re.compile(r"\s+(?:still\s+)?(?:remain|remained|remains|are\s+left|were\s+left)\b", re.IGNORECASE)
_BREAKDOWN_NEXT = re.compile(r"\s*(?:$|[,;.)]|around|in|near|at|from|across|on|inside|outside|already|elsewhere|"
                             r"before|after|others?|more|were|was|and\b|—|–)", re.IGNORECASE)


def _previous(ctx: SentenceContext, q: Quantity, depth: int, reach: int = 160) -> _Kind | None:
    """The classification of the nearest number before `q` in its sentence, at most `reach` characters before."""
    if not _COUNT_BEFORE_FOLDED.search(folded(ctx.text), ctx.start, q.char_start):  # (_COUNT_BEFORE, faster)
        return None
    before = [p for p in _numbers_in(ctx.text[ctx.start : q.char_start]) if p.kind == "number"]
    if not before:
        return None
    p = before[-1]
    shifted = p.shifted(ctx.start)
    gap = ctx.text[shifted.char_end : q.char_start]
    if len(gap) > reach:
        return None
    return _classify(ctx, shifted, depth + 1)


_COUNT_BEFORE = re.compile(r"\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|"
                           r"forty|fifty|hundreds?|thousands?|millions?|dozens?|scores)\b", re.IGNORECASE)
_COUNT_BEFORE_FOLDED = fold_pattern(_COUNT_BEFORE)


@lru_cache(maxsize=512)
def _numbers_in(text: str) -> tuple[Quantity, ...]:
    """The numbers of a stretch of one sentence (cached: a breakdown asks for the same stretch often)."""
    from extract.numbers import find_quantities  # local: the number layer imports nothing from here

    return tuple(find_quantities(text))

