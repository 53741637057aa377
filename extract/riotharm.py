"""Police officers hurt in a riot, in a report of peace: public order, no claim of a war.

"Forty police officers were injured during the riot in the city centre": the riot ([cues] riots: "riot", "riots",
"rioting", before the number or in its clause) is a disorder a city's police put down, and the officers hurt doing
so are its toll, as the officers hurt policing a match's crowd are ([cues] sport). The report must be one of peace
once the riot's words are left out (extract/peacetolls.py `report_of_peace`: no war, armed act, side, Syrian town,
nor other words of unrest such as "ethnic", "sectarian", "violence", "clashes", "crackdown"). So a report of ethnic
rioting whose soldiers and armed police are deployed, and whose toll runs to hundreds, stays a report of unrest and
its wounded stay claims. Only the police's wounds: the dead of any riot, and the protesters or bystanders it hurts,
stay a toll (a deadly riot is what conflict researchers count); arrests are extract/nonclaims.py `peacetime`'s.
Asked by extract/peacetolls.py `harm_of_no_war` for claims of wounds, after a test of the sentence's words.
"""

from __future__ import annotations

from functools import lru_cache

from extract.context import SentenceContext
from extract.records import Quantity
from extract.triggers import lexicon
from extract.wordset import words_of


@lru_cache(maxsize=1)
def police_subjects() -> frozenset[str]:
    """The subjects claims.toml's [nouns.fighter] gives the police ("police officers", "policemen" -> "police") and
    plain "officers", the word a report of a riot uses for them: asked of the lexicon, so a police noun added there
    counts here too."""
    return frozenset(subject for word, (cls, subject) in lexicon().noun_class.items()
                     if cls == "fighter" and ("police" in word.split() or word == "officers"))


def riot_police_hurt(ctx: SentenceContext, q: Quantity, measure: str, subject: str) -> bool:
    """Whether the claim counts police officers wounded in a riot ([cues] riots, before the number or in its clause)
    in a report that is one of peace once the riot's words are left out."""
    if measure != "wounded" or subject not in police_subjects():
        return False
    keys = lexicon().keys["cue:riots"]
    if keys is not None and keys.isdisjoint(words_of(ctx.sentence)):
        return False  # (the usual case: a test of the sentence's words first)
    from extract.mishaps import report_of_peace_without
    from extract.peacetolls import named_near  # (peacetolls asks this module: imported when needed)

    return named_near(ctx, q, "riots") and report_of_peace_without(ctx.text, "riots")
