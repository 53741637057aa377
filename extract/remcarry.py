"""What a toll named again by its number ("The UN's 251 is a verified floor", extract/rementions.py) carries over
from its first mention.

A re-mention is the same claim told again: its date, subject and side are the first mention's, and its place when
it has none of its own (the sentence of the re-mention names none of them), and so is its claimant when the re-mention names the same owner, or none:
- "The UN's 251" after "The UN Joint Human Rights Office has confirmed 251 killings": the owner is a word of the
  first claimant, of the first mention's sentence or of the label opening its paragraph ("The government." before
  "Interior Minister X told parliament that 400 …"), or a noun of the first claimant's kind ("the government's 400"
  after an official's 400): the first claimant and its type;
- "the N", "the figure of N" (no owner): the first claimant too;
- an owner that is neither ("the rebels' 400" after an official's 400): the owner as the text named it before
  ("the Lumbu rebels" -> "Lumbu"), typed by its noun;
- "We use 21", "our count of 21": the writer adopts the figure; its own voice stays; so does a caption line under a
  picture ("Photo caption: … one of the 63 victims"), the outlet's own.
A headline's figure told undated ("Club mourns its 72 supporters") leaves the body's own date to the body's telling
("the 72 ... killed at the stadium on Wednesday night"): a headline names its figure without the day the body gives.
The stance is the re-mention's own sentence's: the writer's doubt ("cannot be taken seriously") disputes it, "is a
verified floor" confirms it, else the claimant's figure told again is claimed.
"""

from __future__ import annotations

import re

from extract.lexicon import lookup, type_of
from extract.qualifierwords import qualifier_pattern
from extract.records import Claim

# The owner of a possessive frame just before the number ("The UN's 251", "the militia's about 5,000").
_OWNER = re.compile(r"(?:^|[^\w'’])(?P<owner>[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,3}|[a-z][\w-]*)['’]s\s+(?:"
                    + qualifier_pattern() + r"\s+)?\Z")
# The writer adopting the figure: "We use 21", "our count of 21".
_ADOPTED = re.compile(r"\b(?:[Ww]e\s+(?:use|used|accept|accepted|adopt|adopted|prefer|preferred|retain|retained|keep|kept)|"
                      r"[Oo]ur\s+(?:own\s+)?(?:count|figure|estimate|tally|toll)\s+of)\s+[\"“]?(?:"
                      + qualifier_pattern() + r"\s+)?\Z")
# The writer vouching for the figure in the clause after it: "is a verified floor", "was independently confirmed".
_VOUCHED = re.compile(r"\s+(?:is|was|are|were|remains|stands\s+as)\s+(?:an?\s+|the\s+)?(?:independently\s+)?"
                      r"(?:verified|confirmed|documented)\b")
# A caption line: "Photo caption: …", "Image caption: …", "Caption: …".
_CAPTION = re.compile(r"[ \t]*(?:(?:photo|image|picture)\s+)?caption\s*:", re.I)
# A name before a kind noun: "the Kamuina Nsapu militia" (the militia as named).
_ARTICLES = ("The", "A", "An", "Its", "Their", "This", "That", "The ", "A ", "An ")
_NAMED_BEFORE = r"\b([A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*){0,3})[ \t]+"


def carry_over(claim: Claim, first: Claim, first_context: tuple[str, str], text: str, start: int,
               outlet: str | None) -> None:
    """Give the re-mention `claim` (its number at `start` of `text`) what it takes from `first`, the earlier claim of
    the same toll; `first_context`: the first mention's sentence and the sentence before it (its paragraph's
    label, if any). Changes `claim` in place."""
    if claim.location is None:  # (a place the re-mention's own paragraph or headline gives stands)
        claim.location, claim.admin1, claim.lat, claim.lon, claim.place_precision = (
            first.location, first.admin1, first.lat, first.lon, first.place_precision)
    if first.event_date is not None or first.section != "headline":  # (a headline's undated figure dates nothing)
        claim.event_date, claim.date_precision = first.event_date, first.date_precision
    claim.subject, claim.side = first.subject, first.side
    before = text[max(0, start - 40):start]
    if _ADOPTED.search(before):
        return  # "We use 21": the writer's own figure now
    if "aption" in text[text.rfind("\n", 0, start) + 1:start] and _CAPTION.match(text, text.rfind("\n", 0, start) + 1):
        return  # "Photo caption: … one of the 63 victims": the outlet's own line under its picture
    m = _OWNER.search(before)
    source, stype = first.source, first.source_type
    if m is not None:
        owner = m.group("owner")
        if owner.startswith("The "):
            owner = owner[4:]  # "The Church's 3,383"
        if owner.casefold() in ("it", "its", "one", "that", "this"):
            owner = ""
        if owner and not _same_owner(owner, first, first_context):
            source, stype = _as_named(owner, text, start)
    if source is None or (outlet and source == outlet and claim.source == outlet):
        return  # (the writer's own first figure told again: its voice and stance stand)
    claim.source, claim.source_type = source, stype
    if claim.stance in ("asserted", "claimed"):
        claim.stance = "confirmed" if _VOUCHED.match(text, start + len(claim.number_text)) else "claimed"


def _same_owner(owner: str, first: Claim, first_context: tuple[str, str]) -> bool:
    """Whether a possessive's owner names the first claimant: a word of its name, of its sentence or of the label
    before it, or a noun of the same kind of source ("government" for an official)."""
    key = owner.casefold()
    pattern = re.compile(r"\b" + re.escape(key) + r"\b")
    if any(pattern.search(s.casefold()) for s in ((first.source or ""), *first_context)):
        return True
    return owner.islower() and lookup(owner) is None and type_of(owner) == first.source_type


def _as_named(owner: str, text: str, start: int) -> tuple[str, str]:
    """An owner other than the first claimant, as the text named it before ("the Lumbu rebels" for "the rebels'"),
    typed by its own noun."""
    stype = type_of(owner)
    if owner.islower():
        names = [n.split(" ", 1)[1] if n.startswith(_ARTICLES[-3:]) else n
                 for n in re.findall(_NAMED_BEFORE + re.escape(owner) + r"\b", text[:start]) if n not in _ARTICLES]
        # (not "The militia" itself)
        if names:
            return names[-1], stype
    return owner, stype
