"""Counts of people or things a report names that are no count of the conflict's toll or forces.

- people the writer or a court dealt with, not the war: those "spoken to" or "interviewed" for the story
  ("we spoke to two nurses at the clinic": the number of speakers, which the guidelines leave out), those a court
  sentenced, convicted, acquitted or tried ("the tribunal sentenced four former officers"), or those prosecuted or
  charged ("Charges were brought against 12 officers": the accused of a trial, no force in the field);
- a cross-reference to a part of a document ("the victims listed in paragraph 22", "see annex 3");
- the writer's own vehicles or convoys held up ("Three of our lorries were stopped at a roadblock"), or an aid
  body's named before them ("the refugee agency says 14 of its trucks still run the road"): an aid agency's
  logistics, not equipment of a side (a harm done to them is told by a verb and stays a claim).

Cheap tests first: each pattern runs only when the sentence holds one of its words (extract/wordset.py).
"""

from __future__ import annotations

import re

from extract.context import SentenceContext
from extract.phrase import Phrase
from extract.qualifierwords import qualifier_pattern
from extract.records import Quantity

# The shared qualifiers (extract/qualifierwords.py) and this module's own: "approximately", "no more than", "the".
_QUAL = r"(?:(?:" + qualifier_pattern() + r"|approximately|no\s+more\s+than|the)\s+)?"
_SPOKE_WORDS = frozenset({"spoke", "spoken", "speaking", "talked", "talking", "interviewed", "interviewing"})
_SPOKE_TO = re.compile(r"\b(?:(?:spoke|spoken|speaking|talked|talking)\s+(?:to|with)|interviewed|interviewing)\s+"
                       + _QUAL + r"\Z", re.IGNORECASE)
_COURT_WORDS = frozenset({"sentenced", "sentencing", "convicted", "convicting", "acquitted", "acquitting", "tried",
                          "indicted", "indicting", "prosecuted", "prosecuting", "brought", "filed", "pressed"})
_COURT_DID = re.compile(r"\b(?:sentenced|sentencing|convicted|convicting|acquitted|acquitting|tried|indicted|"
                        r"indicting|prosecuted|prosecuting|charges\s+(?:(?:were|had\s+been|have\s+been)\s+)?"
                        r"(?:later\s+|[a-z]+ly\s+)?(?:brought|filed|pressed)\s+against|(?:brought|filed|pressed)\s+"
                        r"charges\s+against)\s+" + _QUAL + r"\Z", re.IGNORECASE)
_PART_WORDS = frozenset({"paragraph", "paragraphs", "para", "paras", "annex", "annexes", "appendix", "clause",
                         "clauses", "chapter", "chapters", "footnote", "footnotes", "exhibit", "exhibits"})
_PART_OF_TEXT = re.compile(r"\b(?:paragraphs?|paras?|annex(?:es)?|appendix|clauses?|chapters?|footnotes?|exhibits?)"
                           r"\.?\s+\Z", re.IGNORECASE)
_THINGS = r"(?:[\w-]+\s+)?(?:trucks|lorries|vehicles|convoys|cars|buses|boats|planes|aircraft|flights)\b"
_OUR_THINGS = re.compile(r"\s+of\s+our\s+(?:own\s+)?" + _THINGS, re.IGNORECASE)


# "the UN refugee agency says 14 of its trucks still run the road": an aid body's own vehicles, named before them.
_ITS_THINGS = re.compile(r"\s+of\s+its\s+(?:own\s+)?" + _THINGS, re.IGNORECASE)
_AID_BODY = re.compile(r"\b(?:agency|agencies|UNHCR|WFP|UNICEF|ICRC|IOM|MSF|UNRWA|OCHA|Red\s+Cross|Red\s+Crescent|"
                       r"charity|aid\s+(?:group|organi[sz]ation)|relief\s+(?:group|organi[sz]ation)|World\s+Food\s+"
                       r"Programme|Sans\s+Fronti[eè]res)\b", re.IGNORECASE)


def off_the_war(ctx: SentenceContext, q: Quantity, ph: Phrase, words: frozenset[str]) -> bool:
    """Whether the number counts people interviewed or tried, a part of a document, or the writer's own vehicles
    held up with no verb of harm (see the module's docstring): then it is no claim."""
    text, k, lo = ctx.text, q.char_start, max(ctx.start, q.char_start - 40)
    if not _SPOKE_WORDS.isdisjoint(words) and _SPOKE_TO.search(text, lo, k):
        return True
    if not _COURT_WORDS.isdisjoint(words) and _COURT_DID.search(text, lo, k):
        return True
    if not _PART_WORDS.isdisjoint(words) and _PART_OF_TEXT.search(text, max(ctx.start, k - 14), k):
        return True
    if ph.verb is not None:
        return False
    if "our" in words and _OUR_THINGS.match(text, q.char_end, ctx.end):
        return True
    return "its" in words and bool(_ITS_THINGS.match(text, q.char_end, ctx.end)) and bool(
        _AID_BODY.search(text, ctx.start, k))
