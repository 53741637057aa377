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
([cues] diseases: "strokes killed 38,000 people in 2023", `disease_harm`), of weather ([cues] weather: "Snow closed 230
schools", `weather_harm`) and of a lone armed person's crime ([cues] crimes: "A gunman killed four pupils before police
shot him dead", `crime_harm`; "Gunmen stormed the school" or "militants" name an armed group, and stay claims), and
of a gang's crime told by its feud, members or leader ("Three men have died in a gang feud": [cues] crimes too).
"""

from __future__ import annotations

import re
from functools import lru_cache

from extract.context import SentenceContext
from extract.crackdown import names_operation
from extract.records import Quantity
from extract.rx import blank
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

    return named_near(ctx, q, "diseases") and report_of_peace(_HEART_ATTACKS.sub(blank, _without(ctx.text, "diseases")))


def weather_or_crime_harm(ctx: SentenceContext, q: Quantity) -> bool:
    """`weather_harm` or `crime_harm`, after one test of the sentence's words against both lists' key words (the
    usual case in a war report: neither)."""
    if _CAUSE_KEYS is not None and _CAUSE_KEYS.isdisjoint(words_of(ctx.sentence)):
        return False
    return weather_harm(ctx, q) or crime_harm(ctx, q)


def _cause_keys() -> frozenset[str] | None:
    """The key words of [cues] weather and crimes together (None when either has none)."""
    keys = lexicon().keys
    a, b = keys["cue:weather"], keys["cue:crimes"]
    return None if a is None or b is None else a | b


def weather_harm(ctx: SentenceContext, q: Quantity) -> bool:
    """Whether the number's harm is told of weather that [cues] non_conflict does not hold ([cues] weather: "Snow up
    to 40cm deep closed 230 schools", before the number or in its clause) in a report of peace, as an accident's is
    (`mishap_harm`). Cold in a report of a war stays its toll."""
    return _told_of(ctx, q, "weather") and report_of_peace_without(ctx.text, "weather")


def crime_harm(ctx: SentenceContext, q: Quantity) -> bool:
    """Whether the number's harm is told of a lone armed person's or a gang's crime ([cues] crimes: "A gunman killed
    four pupils", "died in a gang feud",
    before the number or in its clause) in a report of peace once the crime's words and the verb "shot" are left out
    ("before police shot him dead"). A report naming gunmen, militants, rebels, soldiers or an armed act is none."""
    if not _told_of(ctx, q, "crimes") or names_operation(ctx.sentence) or _GANG_OWN.match(
            ctx.text, q.char_end, ctx.end):
        return False  # ("Police killed 12 men of a drug gang in a raid", "shot dead 5 members of a street gang": an
        # operation's dead and a gang's own dead, killed by police or rivals, stay a toll)
    from extract.peacetolls import report_of_peace

    return report_of_peace(_SHOT.sub(blank, _without(ctx.text, "crimes")))


def _told_of(ctx: SentenceContext, q: Quantity, name: str) -> bool:
    """Whether a [cues] NAME phrase stands before the number or in its clause (its key words asked first)."""
    keys = lexicon().keys["cue:" + name]
    if keys is not None and keys.isdisjoint(words_of(ctx.sentence)):
        return False  # (the usual case: a test of the sentence's words first)
    from extract.peacetolls import named_near

    return named_near(ctx, q, name)


def report_of_peace_without(text: str, name: str) -> bool:
    """Whether the document is a report of peace with its [cues] NAME phrases left out."""
    from extract.peacetolls import report_of_peace

    return report_of_peace(_without(text, name))


_CAUSE_KEYS = _cause_keys()
# A gang's own people counted: "5 members of a street gang", "4 rival gang members", "three men of a drug gang".
_GANG_OWN = re.compile(r"[\s\u00a0]+(?:[\w'’-]+[\s\u00a0]+){0,2}?(?:gang[\s\u00a0]+members?\b|(?:members?|men)"
                       r"[\s\u00a0]+of[\s\u00a0]+(?:(?:an?|the|a[\s\u00a0]+rival|rival)[\s\u00a0]+)?"
                       r"(?:[\w-]+[\s\u00a0]+)?gangs?\b)", re.IGNORECASE)
# The verb of a shooting: in a report of a lone gunman's crime, what he or the police did, no word of war.
_SHOT = re.compile(r"\bshot\b", re.IGNORECASE)

# An illness whose name holds a word of war: "heart attacks" names no armed attack (blanked before asking whether the
# report is one of peace, as the [cues] diseases are).
_HEART_ATTACKS = re.compile(r"\bheart[\s-]+attacks?\b", re.IGNORECASE)


@lru_cache(maxsize=16)  # pure on the document; asked for each claim of harm beside a word of an accident
def _without(text: str, name: str) -> str:
    """The document with its [cues] NAME phrases blanked (offsets kept): "a gas explosion", "heart attacks" name
    no war."""
    return lexicon().cues[name].sub(blank, text)
