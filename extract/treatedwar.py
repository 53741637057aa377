"""People "treated" by hospitals or doctors in a report of a war: wounded, though no wound is named.

"Hospitals in the city have treated 580 people", "Doctors at the clinic treated about 200": in a report of a war,
the people hospitals and medics treat are its wounded (extract/phraseparts.py reads "treated ... for gunshot
wounds"; this reads the plain verb). The treater must be named before "treated" in the sentence (a hospital or
clinic, [cues] medical_holder, or medical staff, [nouns.medical] of assets/lexicons/claims.toml), and nothing may
say what else they were treated for ("treated 300 children for cholera" stays no claim); a document naming no war
gives none.
"""

from __future__ import annotations

import re

from extract.context import SentenceContext
from extract.triggers import lexicon, names_a_war
from extract.wordset import words_of

_TREATED = re.compile(r"\b(?:have|has|had)?\s*(?:now\s+|so\s+far\s+|already\s+)?treated\s+(?:(?:about|some|around|nearly|"
                      r"almost|roughly|more\s+than|over|at\s+least|an\s+estimated|up\s+to)\s+)*\Z", re.IGNORECASE)
_FOR = re.compile(r"\s+for\b", re.IGNORECASE)
_MEDICAL_WORDS = frozenset({"hospital", "hospitals", "clinic", "clinics", "doctors", "surgeons", "medics", "nurses",
                            "paramedics", "infirmary", "physicians"})  # (the cheap test before the lexicon's)


def treated_in_war(ctx: SentenceContext, k: int, np_end: int) -> int | None:
    """Where "treated" starts when the people counted at `k` (their noun ending at `np_end`) were treated by a
    hospital or medics named before it, in a report of a war, for nothing said; else None."""
    if _MEDICAL_WORDS.isdisjoint(words_of(ctx.sentence)):
        return None
    text = ctx.text
    m = _TREATED.search(text, max(ctx.start, k - 60), k)
    if m is None or _FOR.match(text, np_end, ctx.end):
        return None
    lex = lexicon()
    holder = lex.cues["medical_holder"].search(text, ctx.start, m.start())
    staff = holder or any(lex.noun_class.get(w, ("",))[0] == "medical" for w in text[ctx.start : m.start()].lower().split())
    return m.start() if staff and names_a_war(text) else None
