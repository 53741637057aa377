"""Which rule gates of extract/classify.py a sentence opens: worked out once per sentence, not once per number.

Most of classify's rules answer "no" at once for most numbers: their first test asks whether one of their words is a
word of the sentence (extract/wordset.py), and only then do they search. That test depends on the sentence alone, so
it is made here once per sentence for every such rule (`open_rules`), and classify calls a rule only when the
sentence opens it: the call is skipped rather than made to return False.

`_openers` is the one table of what opens which rule. Each rule's entry lists the alternatives that open it; an
alternative is a tuple of word sets that must ALL meet the sentence's words (a set None stands for a cue with no key
words: always met), or a string that must stand in the sentence's text. An entry must be exactly the rule's own first
tests, or implied by them (every path of the rule that can say "yes" needs one of its alternatives): then skipping
the call changes nothing. A rule's tests on the number itself (its surface, the phrase's class) stay in classify,
beside the gate. A new path of a gated rule needs its words here (tests/test_speed15_shortcuts.py runs the rules with
every gate open on generated sentences and compares).
"""

from __future__ import annotations

from functools import lru_cache

from extract.capacitylists import _roll_words
from extract.context import SentenceContext, per_sentence
from extract.ellipses import (_ARRIVAL_WORDS, _COUNT_WORDS, _HIDE_WORDS, _MISSING_WORDS, _REFUGE_WORDS, _SHELTER_WORDS,
                              _UNPROVEN_WORDS)
from extract.forcemen import _HOLD_WORDS, _NUMBER_WORDS, _PUT_WORDS, _UNIT_WORDS
from extract.money import dollar_named
from extract.offcounts import _COURT_WORDS, _PART_WORDS, _SPOKE_WORDS
from extract.peacetolls import _CUSTODY_WORDS, _SIDE_LIST_WORDS
from extract.phrasehints import _ARMS, _BODY_WORDS, _PLACED
from extract.rereads import _HOSTAGE_WORDS
from extract.triggers import lexicon
from extract.wordset import words_of


@lru_cache(maxsize=1)
def _openers() -> dict[str, tuple]:
    """Rule -> the alternatives that open it (see the module's docstring); built once, when the lexicon is loaded."""
    keys = lexicon().keys
    return {
        # extract/notcounts.py counts_nothing: a kin "of", [cues] served, [cues] definition, "unexploded"/"defused"/"safe" (and, per
        # number, a "." in the number's surface: classify tests that beside the gate)
        "counts_nothing": ((frozenset({"of"}),), (keys["cue:served"],), (keys["cue:definition"],),
                           (frozenset({"unexploded", "defused", "safe"}),)),
        # extract/capacitylists.py: _room (last_cue_before: [cues] carry_capacity's or vehicle_room's words), _part_of_roll
        "capacity_or_roll": ((keys["cue:carry_capacity"],), (keys["cue:vehicle_room"],),
                             (_roll_words(), frozenset({"including", "among", "whom"}))),
        # extract/peacetolls.py sport_news: [cues] sport near the number, or a club's casualty list
        "sport_news": ((keys["cue:sport"],), (_SIDE_LIST_WORDS,)),
        # extract/peacetolls.py custody_deaths_in_peace
        "custody_deaths_in_peace": ((_CUSTODY_WORDS,),),
        # extract/headrows.py heading_row and extract/labelrows.py label_row: a colon in the window before the
        # number (a window inside the sentence)
        "table_row": (":",),
        # extract/piperows.py pipe_row: a pipe before the number in its sentence
        "pipe_row": ("|",),
        # extract/offcounts.py off_the_war
        "off_the_war": ((_SPOKE_WORDS,), (_COURT_WORDS,), (_PART_WORDS,), (frozenset({"our", "its"}),)),
        # extract/rereads.py reread: taken hostage, "with" wounds (and, per number, a toll or homicide noun: in
        # classify beside the gate)
        "reread": ((_HOSTAGE_WORDS,), (frozenset({"with"}),)),
        # extract/ellipses.py elliptic_kind, with extract/forcemen.py force_in_men (its last rule)
        "elliptic_kind": ((_COUNT_WORDS,), (_HIDE_WORDS,), (_REFUGE_WORDS,), (_ARRIVAL_WORDS,), (_SHELTER_WORDS,),
                          (frozenset({"members"}),), (_UNPROVEN_WORDS,), (_MISSING_WORDS,), (_UNIT_WORDS,),
                          (_HOLD_WORDS,), (_NUMBER_WORDS,), (_PUT_WORDS,), "("),
        # extract/phrasehints.py read_hints: "all" or "both" of them, "N strong", bodies (and, per number, the phrase's
        # verb or class: READ_HINTS_VERBS, READ_HINTS_CLASSES, tested in classify beside the gate)
        "read_hints": ((frozenset({"all", "both", "strong"}) | _BODY_WORDS,),),
    }


# read_hints's rules that a phrase's verb or class opens whatever the sentence's words: a verb of a state people are
# in, of moving, of displacing or of wounding (then dying), and a class of arms (found in a search).
READ_HINTS_VERBS: frozenset[str] = _PLACED | {"move", "displace", "wound"}
READ_HINTS_CLASSES: frozenset[str] = _ARMS


def _met(alternative: tuple | str, words: frozenset[str], sentence: str) -> bool:
    """Whether one alternative of `_openers` is met by the sentence (`words`: its words)."""
    if isinstance(alternative, str):
        return alternative in sentence
    return all(need is None or not need.isdisjoint(words) for need in alternative)


def open_rules_long(sentence: str) -> frozenset[str]:
    """The rules of `_openers` the sentence opens, read from the table as it is written (the long way the tests
    compare `open_rules_of` with)."""
    words = words_of(sentence)
    return frozenset(rule for rule, alternatives in _openers().items()
                     if any(_met(a, words, sentence) for a in alternatives))


@lru_cache(maxsize=1)
def _compiled() -> tuple[frozenset[str], dict[str, frozenset[str]], frozenset[str],
                         tuple[tuple[str, tuple | str], ...]]:
    """The table made fast to read: the rules always open (an alternative of one set None), the rules each word
    opens alone (alternatives of one word set), every such word, and the other alternatives (several sets, a string)
    with their rule, read one by one."""
    always: set[str] = set()
    by_word: dict[str, set[str]] = {}
    others: list[tuple[str, tuple | str]] = []
    for rule, alternatives in _openers().items():
        for a in alternatives:
            if isinstance(a, tuple) and len(a) == 1 and a[0] is None:
                always.add(rule)
            elif isinstance(a, tuple) and len(a) == 1:
                for word in a[0]:
                    by_word.setdefault(word, set()).add(rule)
            else:
                others.append((rule, a))
    return (frozenset(always), {w: frozenset(r) for w, r in by_word.items()}, frozenset(by_word), tuple(others))


@lru_cache(maxsize=4096)  # pure on the sentence; a sentence of wire copy recurs in other documents
def open_rules_of(sentence: str) -> frozenset[str]:
    """The rules of `_openers` the sentence opens: the sentence's words that open any rule (one intersection), the
    rules they open, and the few alternatives of another shape."""
    always, by_word, gate_words, others = _compiled()
    words = words_of(sentence)
    opened = set(always)
    for word in gate_words.intersection(words):
        opened |= by_word[word]
    for rule, a in others:
        if rule not in opened and _met(a, words, sentence):
            opened.add(rule)
    return frozenset(opened)


@per_sentence
def open_rules(ctx: SentenceContext) -> frozenset[str]:
    """The rules of `_openers` the context's sentence opens (once per sentence of a document)."""
    return open_rules_of(ctx.sentence)


@per_sentence
def names_dollar(ctx: SentenceContext) -> bool:
    """extract/money.py dollar_named of the context's sentence, once per sentence (asked for its numbers of people
    before a rate "against the dollar" is looked for)."""
    return dollar_named(ctx.sentence)


def every_rule() -> frozenset[str]:
    """Every rule of the table: what `open_rules` would say if every gate were open (tests compare the two ways)."""
    return frozenset(_openers())
