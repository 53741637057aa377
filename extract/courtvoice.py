"""A court's or tribunal's own publication (a press summary of its judgment, issued by the court): its findings are
its own voice.

"Iraqi High Tribunal - Summary of judgment": the outlet is the court. "The Chamber found that …", "The Court is
satisfied that …" there is the outlet speaking of itself, so the claimant is the outlet (`publication`), and a
finding of fact is `confirmed` (a court finds a fact established on the evidence it heard; GUIDELINES.md: confirmed
is a count the source says it established). What the court only reports ("Some 7,000 inhabitants fled") stays
`asserted`, as any outlet's own statement; the parties it quotes keep their claims. extract/judgments.py reads the
same for a judgment quoted in an article (an excerpt voiced by the court).
"""

from __future__ import annotations

import re

from extract.judgments import is_court
from extract.lexicon import lexicon

__all__ = ["COURT_NOUNS", "court_finding_before", "court_itself", "judge_finds", "own_court"]

# The nouns a court names itself by ("the Chamber found", "this Court", "the Trial Chamber"), in lower case.
# extract/courtcarry.py's finders are these and the other bodies whose findings a paragraph tells on (a judge, a
# jury, a coroner's inquest, a commission or panel of inquiry).
COURT_NOUNS = ("chamber", "court", "tribunal", "bench")
_AS_NAMES = "|".join(w.capitalize() for w in COURT_NOUNS)  # as a name is written: "Chamber|Court|Tribunal|Bench"

_FINDING_WORDS = frozenset(("found", "finds", "satisfied", "holds", "held", "concluded", "concludes", "established",
                            "determined"))
# "The Chamber found that", "the Trial Chamber is satisfied that", "This Court further finds that".
_FINDING = re.compile(
    r"\b(?:[Tt]he|[Tt]his)\s+(?:(?:Trial|Appeals?|Criminal|Special|Pre-Trial|First|Second|Third|Fourth)\s+)*"
    rf"(?:{_AS_NAMES}|{'|'.join(COURT_NOUNS)}|judges)\s+"
    r"(?:(?:also|further|therefore|thus|unanimously|accordingly)\s+)?"
    r"(?:found|finds|is\s+satisfied|was\s+satisfied|holds|held|concluded|concludes|established|determined)"
    r"(?:\s+that|\s+it\s+established\s+that|,)")


def own_court(voice: str | None, voice_type: str, kind: str) -> bool:
    """Whether the section is a court's own publication: the outlet's voice is a court or tribunal. A name ending in
    an outlet word ("Assize Court Reports", "Court TV", "Supreme Court Review") is a publication reporting on courts,
    not the court: the court it reports keeps its own findings ("The court found that 130 people were killed")."""
    return voice_type == "publication" and kind in ("body", "update") and voice is not None and (
        "Court" in voice or "Tribunal" in voice or "Chamber" in voice or "Collegium" in voice) and is_court(
        voice) and not _reports_on_courts(voice)


def _reports_on_courts(voice: str) -> bool:
    """Whether an outlet's name ends in an outlet word, singular or plural ("Reports", "Review", "TV")."""
    last = voice.rstrip(" .").rsplit(None, 1)[-1].casefold()
    words = lexicon().outlet_words
    return last in words or (last.endswith("s") and last[:-1] in words)


def court_finding_before(sentence: str, words: frozenset[str], pos: int) -> bool:
    """Whether the court's finding ("The Chamber found that", "is satisfied that") governs sentence[pos:]: it opens
    before the number, and no ";" closes its clause in between."""
    if _FINDING_WORDS.isdisjoint(words):
        return False
    last = None
    for last in _FINDING.finditer(sentence, 0, pos):
        pass
    return last is not None and ";" not in sentence[last.end():pos]


# "Trial Chamber", "the Appeals Chamber", "the Second Criminal Chamber": the court speaking of itself by its division.
_DIVISION = re.compile(r"(?:[Tt]he\s+|[Tt]his\s+)?(?:(?:Trial|Appeals?|Criminal|Special|Pre-Trial|First|Second|Third|Fourth)"
                       rf"\s+)+(?:{_AS_NAMES})")


def court_itself(name: str) -> bool:
    """Whether a claimant's name is a division of the court speaking of itself ("Trial Chamber"); the plain "the
    court", "the Chamber" are extract/judgments.py names_the_court's."""
    return _DIVISION.fullmatch(name.strip()) is not None


# A judge or a court's document as an article names it: "Judge Rosa Villanueva", "the judge", "the trial court", "the
# judgment", "the verdict", "the ruling", "the inquest" (a coroner's court; not a commission or a panel of inquiry:
# their findings stay claims).
_JUDGE = re.compile(r"(?i:the\s+)?(?:(?:presiding|trial|chief)\s+)?(?:[Jj]udge|[Jj]ustice|[Cc]oroner)\b.*|(?:[Tt]he\s+)?(?:[\w'’-]+\s+){0,3}"
                    r"(?:[Cc]ourt|[Tt]ribunal|[Jj]udg(?:e)?ment|[Vv]erdict|[Rr]uling|[Ii]nquests?)")
_FINDS = frozenset(("found", "finds", "ruled", "rules", "concluded", "concludes", "held", "holds", "established",
                    "recorded", "records"))  # ("the coroner recorded that 26 people were killed": an inquest's finding)
_DOCUMENTS = ("judgment", "judgement", "verdict", "ruling")


def judge_finds(source: str, verb: str | None) -> bool:
    """Whether an article reports a court's finding of fact: a judge or court that "found", "ruled" or "concluded"
    ("Judge Rosa Villanueva found that the dead were 45"), or a judgment, verdict or ruling that says so ("At least
    26 people were wounded, the judgment said"): `confirmed`, as a court's own summary of its findings is (a court
    finds a fact established on the evidence it heard). A prosecutor, a lawyer or a commission of inquiry still
    claims."""
    if not verb or _JUDGE.fullmatch(source.strip()) is None:
        return False
    verb = verb.casefold()
    return verb in _FINDS or verb in ("said", "says", "states", "stated") and source.casefold().endswith(_DOCUMENTS)
