"""Figures an outlet quotes from its own earlier report only to correct them: `disputed`.

"CORRECTION: Toll at least 500, not 80 as we reported"; in a correction notice, "In our report of 14 January we
said that 80 people had been killed", "Our report of 17 January stated that the ship evacuated 90". The outlet is
the claimant (its own earlier figure), and the writer now calls the figure wrong (GUIDELINES.md: disputed is a
figure the writer casts doubt on). Two forms of language:

- anywhere, "not N as (we|was) (previously) reported/stated/said": N is the figure given before and now denied
  ("killed 45, not 40 as earlier reported");
- in a correction notice (a title or a line opening "Correction(s)" / "Clarification"), a figure the outlet's own
  earlier report gave ("we said", "we reported", "our report … stated", "the same report said"), up to the
  clause the correct figure may open (";", ", but"), or "the article" / "an article" / "the caption" said; such a
  piece named as the claimant ("An article on Tuesday … . It said 21 …") is the outlet itself (`own_piece`).
Outside a correction notice, "we reported last week that 40 died" is the outlet standing by its figure: asserted.
"""

from __future__ import annotations

import re

from extract.context import SentenceContext, per_document
from extract.corrections import figure_set_against

__all__ = ["is_correction_notice", "own_piece", "ours_denied", "retracted"]

_NOTICE = re.compile(r"(?m)^[ \t]*(?:CORRECTIONS?\b|CLARIFICATIONS?\b|Corrections?(?:\s*:|\s+and\s+clarifications\b)|"
                     r"Clarifications?\s*:)")
_NOTICE_REACH = 600  # a notice says so in its title or its first lines
# "… not 80 as we reported", "not 40 as was earlier stated", "not 12, as previously reported"
_DENIED_AFTER = re.compile(r"\s*,?\s+(?:[a-z-]+\s+)?as\s+(?:we\s+|was\s+|were\s+|had\s+been\s+|has\s+been\s+)?"
                           r"(?:(?:previously|earlier|first|originally|initially|wrongly|mistakenly)\s+)?"
                           r"(?:reported|stated|said|announced|published|claimed)\b")
_NOT_BEFORE = re.compile(r"\bnot\s+(?:(?:the|some|about|around|only)\s+)?$", re.I)
# A piece of the paper named by the day it ran, in a correction notice: "Monday's story", "Tuesday's late edition's
# report", "yesterday's article", "last week's report" (the paper's own, as "our story" is).
_DAYS_OWN = (r"(?:(?:[Mm]on|[Tt]ues|[Ww]ednes|[Tt]hurs|[Ff]ri|[Ss]atur|[Ss]un)day|[Yy]esterday|(?:[Ll]ast|[Tt]his)\s+"
             r"(?:week|month)|[Tt]his\s+morning|[Tt]oday)['’]s\s+(?:(?:late|early|final|first|weekend|print|online|"
             r"morning|evening)\s+)*(?:edition['’]s\s+|issue['’]s\s+)?(?:(?:front-page|lead|main|earlier)\s+)?")
# The outlet's own earlier report speaking, before the figure.
_OWN_EARLIER = re.compile(
    r"\b[Ww]e\s+(?:(?:also|had|have|first|originally|earlier|then)\s+)*(?:said|reported|stated|wrote|published|gave|"
    r"put|quoted|described)\b"
    r"|\b(?:[Oo]ur|[Tt]he\s+same|[Tt]hat)\s+(?:(?:earlier|original|first|previous)\s+)?(?:report|article|story|"
    r"dispatch|headline|bulletin)\b"
    r"|\b(?:[Tt]he|[Aa]n?)\s+(?:(?:earlier|original|first|previous)\s+)?(?:article|story|caption|headline)\b"
    rf"|\b{_DAYS_OWN}(?:article|story|report|caption|headline|item|piece)\b")
# A claimant naming a piece the paper printed: "An article on Tuesday … . It said 21 …", "The caption said …".
_PIECE = re.compile(r"(?:(?:the|an?|our|that|this)\s+)?(?:same\s+)?(?:(?:earlier|original|first|previous)\s+)?"
                    r"(?:article|story|caption|headline|graphic|editorial)"
                    rf"|{_DAYS_OWN}(?:article|story|report|caption|headline|graphic|editorial|item|piece)", re.I)
_CLAUSE_TURN = re.compile(r";|,\s*but\b|\bthe\s+correct\b", re.I)


@per_document
def is_correction_notice(ctx: SentenceContext) -> bool:
    """Whether the document is a correction notice: its title or a line near the top opens "Correction(s)",
    "Corrections and clarifications", "Clarification". Worked out once per document (in ctx.memo)."""
    head = ctx.text[:_NOTICE_REACH]
    # (the words the pattern needs, found fast, before the pattern's line-by-line search)
    found = ("ORRECTION" in head or "orrection" in head or "LARIFICATION" in head or "larification" in head) and \
        _NOTICE.search(head) is not None
    return found


def retracted(ctx: SentenceContext, sentence: str, pos: int, end: int) -> bool:
    """Whether the figure at sentence[pos:end] is one the outlet quotes from its earlier report to correct it (asked
    only when the sentence says "not … as …" or the document is a correction notice: extract/sentencefacts.py)."""
    if "not" in sentence[max(0, pos - 12):pos] and _NOT_BEFORE.search(sentence, max(0, pos - 12), pos) and \
            (_DENIED_AFTER.match(sentence, end) or figure_set_against(sentence, max(0, pos - 24), pos, end, len(sentence))):
        return True  # "… at least 500, not 80 as we reported", a correction's "toll was 329, not 331"
    if not is_correction_notice(ctx):
        return False
    last = None
    for last in _OWN_EARLIER.finditer(sentence, 0, pos):
        pass
    return last is not None and _CLAUSE_TURN.search(sentence, last.end(), pos) is None


def own_piece(ctx: SentenceContext, name: str) -> bool:
    """Whether claimant `name` ("Article", "the same story", "a caption") is, in a correction notice, the outlet's own
    earlier piece: its figures are the outlet's own (then disputed by the notice), not a body called "Article"."""
    return _PIECE.fullmatch(name.strip()) is not None and is_correction_notice(ctx)


_WE_AFTER = re.compile(r"\s*,?\s+(?:[a-z-]+\s+)?as\s+we\s+(?:had\s+|have\s+)?(?:(?:previously|earlier|first|originally|"
                       r"initially|wrongly|mistakenly)\s+)?(?:reported|stated|said|published)\b")


def ours_denied(sentence: str, pos: int, end: int) -> bool:
    """Whether the figure at sentence[pos:end] is denied as the outlet's own ("…, not 50 as we reported"): its claimant
    is the outlet, whoever the sentence names for the figure that corrects it ("The commission counted 150")."""
    return _NOT_BEFORE.search(sentence, max(0, pos - 12), pos) is not None and _WE_AFTER.match(sentence, end) is not None
