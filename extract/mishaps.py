"""The dead, hurt and trapped of an accident at work or in a crowd, in a report of peace: no claim of a war.

"A roof fall at a coal mine killed 11 miners and trapped 23 more", "A crush at the gates of a concert left 2 people
dead and 47 injured": the words of the accident ([cues] mishaps: a roof fall, a cave-in, a gas explosion, a crush, a
crowd surge) tell harm that no war did, as [cues] non_conflict tells a storm's or a crash's (extract/classify.py). The
word stands before the number or in its own clause (extract/peacetolls.py `named_near`), and the document, the
accident's own words left out (the "explosion" of "a gas explosion"), is a report of peace: no war, armed act,
unrest or side named, no town of Syria (extract/peacetolls.py `report_of_peace`). In a report of a war or a
crackdown a crush may be how a massacre's dead are told ('the minister's figure was 57 dead, "most of them trampled
in the crush"'), and "The crush at the checkpoint killed 9 as troops fired" names its war; both stay claims. "A mine
killed 4 villagers" (a land mine: "mine" alone is no word of an accident) is never reached. Asked by
extract/peacetolls.py `harm_of_no_war` for claims of harm only. The same holds of deaths from an illness of peacetime
([cues] diseases: "strokes killed 38,000 people in 2023", `disease_harm`).
"""

from __future__ import annotations

import re
from functools import lru_cache

from extract.context import SentenceContext
from extract.records import Quantity
from extract.triggers import lexicon
from extract.wordset import words_of


def mishap_harm(ctx: SentenceContext, q: Quantity) -> bool:
    """Whether the number's harm is told of an accident at work or in a crowd ([cues] mishaps, before the number or
    in its clause) in a report of peace."""
    lex = lexicon()
    keys = lex.keys["cue:mishaps"]
    if keys is not None and keys.isdisjoint(words_of(ctx.sentence)):
        return False  # (the usual case: a test of the sentence's words first)
    from extract.peacetolls import named_near, report_of_peace  # (peacetolls asks this module: imported when needed)

    if not named_near(ctx, q, "mishaps"):
        return False
    return report_of_peace(_without(ctx.text, "mishaps"))


def disease_harm(ctx: SentenceContext, q: Quantity) -> bool:
    """Whether the number's harm is told of an illness of peacetime ([cues] diseases: "strokes killed 38,000 people",
    before the number or in its clause) in a report of peace, as an accident's is (`mishap_harm`)."""
    keys = lexicon().keys["cue:diseases"]
    if keys is not None and keys.isdisjoint(words_of(ctx.sentence)):
        return False  # (the usual case: a test of the sentence's words first)
    from extract.peacetolls import named_near, report_of_peace

    return named_near(ctx, q, "diseases") and report_of_peace(_HEART_ATTACKS.sub(_blank, _without(ctx.text, "diseases")))


# An illness whose name holds a word of war: "heart attacks" names no armed attack (blanked before asking whether the
# report is one of peace, as the [cues] diseases are).
_HEART_ATTACKS = re.compile(r"\bheart[\s-]+attacks?\b", re.IGNORECASE)


@lru_cache(maxsize=16)  # pure on the document; asked for each claim of harm beside a word of an accident
def _without(text: str, name: str) -> str:
    """The document with its [cues] NAME phrases blanked (offsets kept): "a gas explosion", "heart attacks" name
    no war."""
    return lexicon().cues[name].sub(_blank, text)


def _blank(m: re.Match) -> str:
    """Spaces as long as the match."""
    return " " * len(m.group(0))
