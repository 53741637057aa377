"""Words of harm and war that general news uses for something else: a drill's evacuation, scare-quoted refugees, a
museum or memorial named for a war, a book's advance.

extract/peacetolls.py rules out harm in a report whose every word of war is put to a use of peace, and
extract/peacemoney.py money of peacetime institutions. Four more uses of the language of peace, each in a report
naming no war, no party to one and no unrest (peacetolls `no_war_nor_unrest`, asked of the document with the
peaceful words blanked where those are the only words of war):
- An evacuation in a drill is rehearsed: "Police evacuated the stadium in 14 minutes during a mock drill". Only
  evacuations ('displaced'): deaths and wounds in a drill are real ("3 recruits were killed in a training drill").
- Scare quotes mark a figure of speech: "2.1mn 'digital refugees' moved to a rival app" are users, not refugees. A
  harm noun in a short quoted phrase (one to three words) of the sentence is no harm.
- A war named only in the name of a museum, memorial or cemetery ("the War Remnants Museum", "the National War
  Memorial", "the Imperial War Museum") names an institution: the money beside it (an admission price) is no war's.
  ([cues] peace_uses has the common nouns: "the war museum".)
- A state's budget ("Tonga's budget of TOP 450m for 2025-26 relies on aid for 38% of its income", "the national
  budget") is that state's money: aid named as a part of its income does not make the budget a claim (GUIDELINES puts
  budgets unrelated to a conflict out of scope).
- A book's or film's money: "a general's memoir of the Kargil war fetched an advance of Rs 3.5 crore": the
  advance, royalties or rights of a work about a war are a publishing deal, not the war's funding, though the war
  is named. Only with a work named and a word of its sale beside it; money for aid in the sentence stays.
- A prize's money: "The peace prize was shared by two negotiators who ended a 30-year civil war, and each will
  receive $550,000" is what its winners are paid, not money for aid, arms or a war (general news 31). Money for aid
  in the sentence stays ("the laureate gave her $1m prize to the refugees' fund" names aid).
"""

from __future__ import annotations

import re
from functools import lru_cache

from extract.context import SentenceContext
from extract.records import Quantity
from extract.rx import blank
from extract.triggers import cue_in, names_a_war
from extract.wordset import words_of

_DRILL_WORDS = frozenset({"drill", "drills", "mock", "rehearsal", "rehearsals"})
_QUOTED = re.compile(r"(?<!\w)['‘\"“]([^\W\d_][\w-]*(?:\s+[^\W\d_][\w-]*){0,2})['’\"”](?!\w)")
_HARM_NOUNS = frozenset("refugee refugees evacuee evacuees exiles casualties casualty victims victim hostages hostage "
                        "prisoners prisoner captives captive dead displaced".split())
_FIGURE_WORDS = _DRILL_WORDS | _HARM_NOUNS  # the gate: a word of either rule in the sentence
_CLOSERS = ("'", "’", "\"", "”")
_WAR_NAMED_PLACE = re.compile(r"\bWar(?:\s+[A-Z][a-z]+){0,2}\s+(?:Museums?|Memorials?|Cemetery|Cemeteries|Graves)\b")
# A state's budget: "Tonga's budget of TOP 450m" (the possessor a place), "the national budget".
_OWNED_BUDGET = re.compile(r"(?:\b(?P<owner>[A-Z][\w.-]*)['’]s?|\bthe[^\S\n]+(?:national|state|federal|government|"
                           r"city|council|country['’]s))(?:[^\S\n]+[a-z]+)?[^\S\n]+budget\b")
_WORK_WORDS = frozenset("memoir memoirs book books novel novels biography autobiography film films documentary "
                        "play musical".split())
_SALE_WORDS = frozenset("advance advances royalties royalty rights copies".split())
_PRIZE_WORDS = frozenset("prize prizes laureate laureates winnings".split())


def harm_of_a_figure(ctx: SentenceContext, q: Quantity, measure: str) -> bool:
    """Whether a claim of harm (`measure`) is a drill's evacuation or a scare-quoted harm noun in a report of
    peace (see the module docstring; the quoted phrases are blanked before the report is read, as "refugees" is
    itself a word of war). Asked by extract/peacetolls.py `harm_of_no_war`, for every claim of harm: the words of
    the sentence (a cached set) and a harm noun right before a closing quote are tested before any pattern or any
    reading of the report."""
    sentence = ctx.sentence
    drill_words, quoted_harm = _figure_marks(sentence)
    drill = drill_words and measure == "displaced"
    if not drill and not quoted_harm:
        return False  # (the usual case) no drill, and no harm noun right before a closing quote
    from extract.peacetolls import no_war_nor_unrest  # (imported here: extract/peacetolls.py imports this module)

    if drill:
        return no_war_nor_unrest(ctx.text)
    blanked = _QUOTED.sub(_blank_harm, ctx.text)
    return blanked != ctx.text and _QUOTED.sub(_blank_harm, sentence) != sentence and no_war_nor_unrest(blanked)


@lru_cache(maxsize=64)  # asked for every claim of harm: a sentence's claims share its answer
def _figure_marks(sentence: str) -> tuple[bool, bool]:
    """Of a sentence: whether a word of a drill is in it, and whether a harm noun stands right before a closing
    quote ("'digital refugees'"): the two gates of `harm_of_a_figure`, tested once per sentence."""
    words = words_of(sentence)
    if _FIGURE_WORDS.isdisjoint(words):
        return False, False  # (the usual case)
    low = sentence.lower()
    return (not _DRILL_WORDS.isdisjoint(words),
            any(n + c in low for n in _HARM_NOUNS.intersection(words) for c in _CLOSERS))


def _blank_harm(m: re.Match) -> str:
    """A quoted phrase of one to three words ending in a harm noun ("'digital refugees'") as spaces; any other
    quoted phrase as it is."""
    return blank(m) if m.group(1).split()[-1].lower() in _HARM_NOUNS else m.group(0)


def _state_budget(sentence: str) -> bool:
    """A state's budget in the sentence: "Tonga's budget", "the national budget" (a possessor named: a place)."""
    m = _OWNED_BUDGET.search(sentence)
    if m is None:
        return False
    if m.group("owner") is None:
        return True
    from extract.gazetteer import gazetteer  # (only for a sentence with a possessed budget)

    s, e = m.span("owner")
    return any(p.start <= s and e <= p.end or s <= p.start < e for p in gazetteer().mentions(sentence))


def money_of_a_name_or_work(ctx: SentenceContext) -> bool:
    """Whether money in the sentence stands beside a war named only in an institution's name (an admission price
    at "the War Remnants Museum"), is a work's advance, royalties or rights ("a memoir of the Kargil war fetched an
    advance of Rs 3.5 crore"), a prize's money, or a state's budget in a report naming no war. Asked by extract/peacemoney.py
    `money_of_no_war`."""
    text, sentence = ctx.text, ctx.sentence
    words = words_of(sentence)
    if "budget" in words and _state_budget(sentence) and not names_a_war(text):
        return True  # "Tonga's budget of TOP 450m relies on aid for 38% of its income": aid a part of its income
    if cue_in("aid_money", sentence):
        return False
    if not _WORK_WORDS.isdisjoint(words) and not _SALE_WORDS.isdisjoint(words):
        return True  # a publishing deal
    if not _PRIZE_WORDS.isdisjoint(words):
        return True  # "each will receive $550,000" of a peace prize: its winners' money
    if "War" not in text:
        return False
    blanked = _WAR_NAMED_PLACE.sub(blank, text)
    from extract.peacetolls import report_of_peace  # (imported here: extract/peacetolls.py imports this module)

    return blanked != text and not names_a_war(blanked) and report_of_peace(blanked)
