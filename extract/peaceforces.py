"""Forces that are no armed conflict's: an exercise's, former fighters'; and the forces of a battle remembered.

extract/nonclaims.py `peacetime` rules out forces at a ceremony and forces in a report naming no war. Its test of the
report is blind where the count's own noun is the only word of war ("soldiers" is a [cues] conflict word), so extract/kindends.py asks this module too (general news 24):
- forces brought together for a military exercise ([cues] exercises) in a report that names no war once the words of
  the exercise and of standing forces ([cues] standing_forces) are left out: "The exercise brings together 30,000
  soldiers from 14 nations, 220 aircraft and 50 ships" (as news 5's parade). Beside a war or an attack they stay
  forces (h86: naval exercises after a warship was sunk, "some 8,000 personnel and about 20 ships");
- forces told in a sentence of a standing budget or a defence review ([cues] peace_budgets) in a report that names no
  war once those words and the standing forces' are left out: "The army will spend £1.3bn on 148 new armoured
  vehicles, and the defence review keeps regular troop numbers at 73,000" (general news 27) is public planning, not
  a force in a conflict; beside a war or an attack they stay forces;
- fighters counted as former ones ("2,117 former child soldiers", "ex-combatants"): people who once fought, not the
  size of a force (GUIDELINES: forces are sizes of forces).
- fighters counted as those honoured ([cues] honours right after the count's noun): "Twenty soldiers were awarded the
  Medal of Honor", "14 pilots were decorated": medals given, not a force's size.
`battle_remembered` keeps forces told in a clause of the event a remembrance marks ("On the 80th anniversary of the
landings at Anzio, where 36,000 Allied troops came ashore"): the battle's forces, which the ceremony test would drop.
"""

from __future__ import annotations

import re
from functools import lru_cache

from extract.context import SentenceContext
from extract.phrase import Phrase
from extract.records import Quantity
from extract.rx import blank
from extract.triggers import cue_in, lexicon, norm
from extract.wordset import words_of

# A word saying the fighters counted fought once and no more, among the words between the number and its noun.
_FORMER = re.compile(r"\b(?:former|ex-|erstwhile|demobili[sz]ed|retired)", re.IGNORECASE)
_FORMER_WORDS = frozenset({"former", "ex", "erstwhile", "demobilised", "demobilized", "retired"})  # (_FORMER's words)


# Subjects of a count that name fighters of the past ("three veterans, the youngest aged 98, recalled a battle"): read
# as forces by any path (a list's later item takes the measure of the troops before it), they are no force's size.
FORMER_SUBJECTS = frozenset({"veterans", "veteran", "war veterans", "ex-servicemen", "ex-combatants", "old soldiers",
                             "former soldiers", "former fighters", "former combatants"})


def forces_of_peace(ctx: SentenceContext, q: Quantity, ph: Phrase) -> bool:
    """Whether a count read as forces is an exercise's or of former fighters (the module)."""
    words = words_of(ctx.sentence)
    if ph.np_end > q.char_end and not _FORMER_WORDS.isdisjoint(words) and _FORMER.search(ctx.text, q.char_end, ph.np_end):
        return not _harmed_later(ctx, ph.np_end)  # "2,117 former child soldiers"; not "120 former militiamen ... arrested"
    if ph.np_end > q.char_end and _honoured(ctx, ph.np_end):
        return True  # "Twenty soldiers were awarded the Medal of Honor"
    if cue_in("exercises", ctx.sentence):
        return _peace_without(ctx.text, ("exercises", "standing_forces"))  # "The exercise brings together 30,000"
    if cue_in("peace_budgets", ctx.sentence):
        return _peace_without(ctx.text, ("peace_budgets", "standing_forces"))  # "the defence review keeps troop numbers"
    return False


_HARM_GROUPS = frozenset({"kill", "wound", "capture"})
# The auxiliaries between the count's noun and a word of honours ("were later awarded", "have all been decorated").
_AUX = re.compile(r"(?:\s+(?:were|was|are|is|have|has|had|been|be|will|would|later|all|each|also|posthumously))*\s+",
                  re.IGNORECASE)


def _honoured(ctx: SentenceContext, at: int) -> bool:
    """Whether a word of [cues] honours follows the count's noun ending at `at`, past auxiliaries ("Twenty soldiers
    were awarded the Medal of Honor")."""
    lex = lexicon()
    keys = lex.keys["cue:honours"]
    if keys is not None and keys.isdisjoint(words_of(ctx.sentence)):
        return False
    aux = _AUX.match(ctx.text, at, ctx.end)
    return aux is not None and lex.cues["honours"].match(ctx.text, aux.end(), ctx.end) is not None


def _harmed_later(ctx: SentenceContext, at: int) -> bool:
    """Whether a verb of killing, wounding or capture acts later in the sentence on the former fighters counted
    ("120 former militiamen were found among the displaced and arrested"): then they are a claim, not a force's size."""
    lex = lexicon()
    return any(lex.verb_group.get(norm(m.group(0))) in _HARM_GROUPS for m in lex.verb_re.finditer(ctx.text, at, ctx.end))


@lru_cache(maxsize=16)  # pure on the document; asked for each force counted beside such words
def _peace_without(text: str, names: tuple[str, ...]) -> bool:
    """Whether the document is a report of peace (extract/peacetolls.py) with its [cues] NAMES phrases left out."""
    from extract.peacetolls import report_of_peace  # (peacetolls imports much of the claim layer: asked when needed)

    cues = lexicon().cues
    for name in names:
        text = cues[name].sub(blank, text)
    return report_of_peace(text)


# The clause of the event remembered: ", where", ", when", ", in which" before the number, with no stop, semicolon or
# comma between ("the 80th anniversary of the 1944 landings at Anzio, where 36,000 Allied troops came ashore").
_EVENT_CLAUSE = re.compile(r",[\s\u00a0]+(?:where|when|in[\s\u00a0]+which)\b[^,.;:!?]*\Z", re.IGNORECASE)


def battle_remembered(ctx: SentenceContext, q: Quantity) -> bool:
    """Whether forces at a ceremony's words are told in a clause of the event a remembrance marks ([cues]
    remembrance before that clause): "On the 80th anniversary of the landings at Anzio, where 36,000 Allied troops
    came ashore" counts the battle's troops. A parade's or a ceremony's own soldiers ("500 soldiers took part in the
    ceremony marking the 80th anniversary") stand in no such clause."""
    text, k = ctx.text, q.char_start
    m = _EVENT_CLAUSE.search(text, max(ctx.start, k - 120), k)
    return m is not None and cue_in("remembrance", text[ctx.start : m.start()])
