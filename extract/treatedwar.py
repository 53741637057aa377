"""People "treated" by hospitals or doctors in a report of a war: wounded, though no wound is named.

"Hospitals in the city have treated 580 people", "Doctors at the clinic treated about 200": in a report of a war,
the people hospitals and medics treat, or take in, admit or receive ("the ward took in 90 casualties"), are its wounded (extract/phraseparts.py reads "treated ... for gunshot
wounds"; this reads the plain verb). The treater must be named before "treated" in the sentence (a hospital or
clinic, [cues] medical_holder, or medical staff, [nouns.medical] of assets/lexicons/claims.toml), and nothing may
say what else they were treated for: "for" after the people ("treated 300 children for cholera"), or a disease,
hunger or a harm of peace anywhere in the sentence ([cues] ailments and non_conflict: "have treated 5,000 patients
as cholera spread", "200 children, most of them suffering from malnutrition") leaves no claim. A document naming no
war gives none, except for "casualties", a word of harm itself ("hospitals treated about 1,000 casualties" after a
bombing).
"""

from __future__ import annotations

import re
from functools import lru_cache

from extract.context import SentenceContext
from extract.numqualifiers import QUALIFIER_WORDS
from extract.trie import trie_alternation
from extract.triggers import cue_in, lexicon, names_a_war
from extract.wordset import words_of

_FOR = re.compile(r"\s+for\b", re.IGNORECASE)
# A hospital's taking in of the people it treats, asked as "treated" is (extract/phrase.py tests these words
# before asking `treated_in_war`).
INTAKE_VERBS = ("took in", "taken in", "admitted", "received")
# A part of those taken in said to be wounded: the rest of the intake is not ("admitted 300 patients, 120 of them
# with shrapnel wounds").
_PART_WOUNDED = re.compile(r"\bof\s+(?:them|whom)\s+(?:with|for|suffering)\b[^.;]*?\b(?:wounds|injuries|burns)\b",
                           re.IGNORECASE)


def casualties_at(text: str, np_end: int) -> bool:
    """Whether the people counted are "casualties" (their noun ends at `np_end`): a toll noun, but the casualties a
    hospital treats or takes in are its wounded ("the city's hospitals treated about 1,000 casualties"), in a report
    of any violence, not only of a war (the word itself says they were hurt); "received 40 bodies" stays the dead."""
    return text.endswith(("casualties", "casualty"), max(0, np_end - 10), np_end)


@lru_cache(maxsize=1)
def _treaters() -> frozenset[str]:
    """The words naming a treater, for the cheap test before the lexicon's: the first word of every [nouns.medical]
    noun and the key words of [cues] medical_holder."""
    lex = lexicon()
    medical = {w for w, (cls, _) in lex.noun_class.items() if cls == "medical"}
    return frozenset(w.split()[0] for w in medical) | (lex.keys["cue:medical_holder"] or frozenset())


@lru_cache(maxsize=1)
def _treated() -> re.Pattern[str]:
    """"treated" (or a verb of intake) and the qualifier phrases (extract/numqualifiers.py) that may stand between it and the number, up
    to the number (compiled when first asked: few sentences name a treater)."""
    qualifiers = trie_alternation([" ".join(p) for p in QUALIFIER_WORDS], fold=True, flexible_space=True)
    verbs = "|".join(v.replace(" ", r"\s+") for v in ("treated", *INTAKE_VERBS))
    return re.compile(r"\b(?:have|has|had)?\s*(?:now\s+|so\s+far\s+|already\s+)?(?:" + verbs + r")\s+(?:(?:"
                      + qualifiers + r")\s+)*\Z", re.IGNORECASE)


def treated_in_war(ctx: SentenceContext, k: int, np_end: int) -> int | None:
    """Where "treated" (or "took in", "admitted", "received") starts when the people counted at `k` (their noun
    ending at `np_end`) were treated by a hospital or medics named before it, in a report of a war, for nothing
    said; else None."""
    if _treaters().isdisjoint(words_of(ctx.sentence)):
        return None
    text = ctx.text
    before = text[max(ctx.start, k - 60) : k]
    m = _treated().search(text, max(ctx.start, k - 60), k) if "treated" in before or any(v in before for v in INTAKE_VERBS) else None
    if m is None or _FOR.match(text, np_end, ctx.end):
        return None
    if "treated" not in m.group(0).lower() and _PART_WOUNDED.search(text, np_end, ctx.end):
        return None  # "admitted 300 patients, 120 of them with shrapnel wounds": only the part is said wounded
    if cue_in("ailments", ctx.sentence) or cue_in("non_conflict", ctx.sentence):
        return None  # "treated 5,000 patients as cholera spread": no wound
    lex = lexicon()
    holder = lex.cues["medical_holder"].search(text, ctx.start, m.start())
    staff = holder or any(lex.noun_class.get(w, ("",))[0] == "medical" for w in text[ctx.start : m.start()].lower().split())
    return m.start() if staff and (names_a_war(text) or casualties_at(text, np_end)) else None
