"""A heading that names who wrote the passage under it: the figures of the passage are that author's claims
(GUIDELINES.md: who makes the claim, as named), not the voice of the document that reproduces or describes them.

- a source's heading above an extract: "From a statement by the X government, issued …" then the quotation on the
  next line; "From a report by NAME in The Paper" makes the passage an excerpt of The Paper (asserted, as the
  guideline names the outlet of an excerpt, not its reporter);
- a catalogue item: "f. 3  Telegram No. 12, Governor to Minister, 2 May." / "Report by the Chief of Police, …" /
  "Letter from the Aid Society, …" followed by a summary of the document ("Reports that …", "Says that …");
- a relayed signal in a log: "Signal from TF 7: … Totals lifted: …", "2nd Bde signal passed for information: …".

The passage under a "From a …" heading runs to the end of its paragraph, or to a later line opening with a label of
its own ("Observed from the bridge: …"); an item's, a bullet's or a log line's to the end of its line. A sentence that names the figures' owner ("Gives the Home Office's figures: …") or
another claimant keeps them (extract/attribution.py asks here only when nothing in the sentence names one).
A label on the line above the heading ("Source A") lets a later sentence doubt the passage by that label
("Historians regard the figures in Source A as far too high", extract/stance.py VERDICT).
Headings are found once per document, and only in one that holds one of the document nouns at all.
"""

from __future__ import annotations

import bisect
import re
from typing import NamedTuple

from extract.context import SentenceContext, per_document
from extract.lexicon import type_of
from extract.rx import guarded
from extract.sourcenames import DOCUMENT_NOUNS
from extract.stance import VERDICT
from extract.cuescan import has_any  # (any(k in text for k in keys) without a generator)

__all__ = ["Heading", "excerpt_at", "figures_owner", "heading_at"]

_DOC = r"(?:" + "|".join(DOCUMENT_NOUNS) + r")"
# What every heading holds (the cheap test of a document: a news story holds none of them, mostly).
_KEYS = ("From a", "From the", "Telegram", "Report by", "Report from", "Letter from", "Letter by", "Minute by",
         "Signal from", "signal", "summary from", "Summary from", "Statement by", "Statement from", "Memorandum",
         "Despatch", "Dispatch from", "Cable from", "Message from", "Broadcast from", "cutting", "clipping", "), p")
# A named author: up to a comma, full stop, colon or the end of the line ("the Basque government", "Governor").
_NAME = r"(?P<name>[A-Za-z0-9](?:(?!\s[-–—]\s)[^,.;:\n\"“”]){0,60}?)"
# What may come before a heading on its line: a catalogue's folio ("f. 12-24  ") or a log's date stamp ("24 DEC - ").
_LEAD = r"^[ \t]*(?:f{1,2}\.\s*\d+(?:\s*-\s*\d+)?\s+|[^\n.:]{1,20}?\s[-–—]\s+)?"
_HEADS = (
    # "From a statement by the X government, issued …", "Report by the Chief of Police, …", "Signal from TF 7: …"
    guarded(_LEAD + r"(?:From\s+(?:an?|the)\s+(?:[\w-]+\s+){0,2}?)?(?i:" + _DOC + r")\s+(?:by|from)\s+(?:the\s+)?"
            + _NAME + r"\s*(?=[,.:]|$)", re.M),
    # "Telegram No. 412, Governor to Secretary of State, 27 March 1953."
    guarded(_LEAD + r"(?i:" + _DOC + r")(?:\s+No\.\s*\d+)?\s*,\s+(?:the\s+)?" + _NAME + r"\s+to\s+[^,.\n]{1,60},",
            re.M),
    # a bullet citing a book: "Anderson, The Long War (1981), p. 127: about 2,000 dead" (extract/citedbooks.py)
    guarded(r"^[ \t:*•-]*" + r"(?P<name>[A-Z][\w'’-]+),\s+[A-Z][^()\n:]{2,80}\((?:1[5-9]|20)\d\d\)(?:,\s*pp?\.\s*[\d-]+)?:",
            re.M),
    # "Press cutting, The Daily Post, 3 April 1953, headed …": a newspaper's excerpt
    guarded(_LEAD + r"(?:Press\s+)?(?i:cutting|clipping)\s*,?\s+(?:from\s+)?(?:the\s+)?" + _NAME + r"\s*,", re.M),
    # "2nd Bde signal passed for information: …"
    guarded(r"(?:" + _LEAD + r"|(?<=[.;]\s))(?=[A-Z0-9])" + _NAME + r"\s+(?i:" + _DOC + r")\b[^:.\n]{0,30}:", re.M),
)
_LINE_LABEL = re.compile(r"\n[ \t]*[A-Z][^\n:.\d]{0,30}:\s")  # a later line of its own: "Observed from the bridge: …"
_ABOVE = re.compile(r"\s*From\s+(?:an?|the)\s")  # a heading above the lines of its extract
_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n")
_LABEL = re.compile(r"[A-Z][\w-]*(?:\s+[\w-]+){0,2}")  # "Source A", "Document 3": a short line naming the passage
_SEAT = re.compile(r"\s+(?:at|in)\s+(?P<rest>[A-Z][^,.]*)$")  # "X's headquarters at Vitoria", "NAME in The Paper"


class Heading(NamedTuple):
    """Whose passage runs over text[start:stop], and whether it is an excerpt of an outlet."""

    start: int
    stop: int
    source: str
    excerpt: bool
    disputed: bool


def _author(name: str) -> tuple[str, bool]:
    """(source, excerpt) of a heading's author: "NAME in The Paper" is The Paper's excerpt; a seat is dropped."""
    m = _SEAT.search(name)
    if m:
        rest = m.group("rest").strip()
        if type_of(rest) == "wire_or_outlet":
            return rest, True
        name = name[:m.start()]
    name = name.strip()
    return name, type_of(name) == "wire_or_outlet"  # (an outlet named as the author: its excerpt)


def _label_doubted(text: str, label: str, after: int) -> bool:
    """Whether a sentence after `after` names the passage by its label and judges its figures wrong."""
    at = text.find(label, after)
    while at >= 0:
        s = max(text.rfind(".", 0, at), text.rfind("\n", 0, at)) + 1
        e = min((i for i in (text.find(".", at), text.find("\n", at)) if i >= 0), default=len(text))
        if VERDICT.search(text, s, e):
            return True
        at = text.find(label, at + len(label))
    return False


@per_document
def _headings(ctx: SentenceContext) -> tuple[tuple[int, ...], tuple[Heading, ...]]:
    """(starts, headings) of the document's passages under a heading naming their author, once per document."""
    text = ctx.text
    if not has_any(text, _KEYS):
        return (), ()
    found: list[Heading] = []
    for pattern in _HEADS:
        for m in pattern.finditer(text):
            source, excerpt = _author(m.group("name"))
            if not source or source.casefold() in ("us", "we", "me"):
                continue
            start = m.end()
            if _ABOVE.match(text, m.start()):  # "From a statement by X, …" above the extract: to the paragraph's end
                brk = _PARAGRAPH_BREAK.search(text, start)
                stop = brk.start() if brk else len(text)
            else:  # an item, a bullet or a log line: to the end of its line
                stop = text.find("\n", start)
                stop = len(text) if stop < 0 else stop
            label_line = _LINE_LABEL.search(text, start, stop)
            if label_line:
                stop = label_line.start()
            line_start = text.rfind("\n", 0, m.start())
            prev_start = text.rfind("\n", 0, max(line_start, 0)) + 1
            label = text[prev_start:line_start].strip() if line_start > 0 else ""
            doubted = bool(label) and bool(_LABEL.fullmatch(label)) and _label_doubted(text, label, stop)
            found.append(Heading(start, stop, source, excerpt, doubted))
    found.sort()
    return tuple(h.start for h in found), tuple(found)


def heading_at(ctx: SentenceContext, at: int) -> Heading | None:
    """The heading whose passage holds document offset `at`, or None."""
    starts, headings = _headings(ctx)
    if not starts:
        return None
    i = bisect.bisect_right(starts, at) - 1
    if i < 0:
        return None
    h = headings[i]
    return h if h.start <= at < h.stop else None


# "Gives the Home Office's figures for …: 430 …": the figures' owner named in the sentence, before them.
_OWNED = re.compile(r"\b(?:the\s+)?(?P<owner>[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,4})['’]s\s+(?:own\s+)?"
                    r"(?:figures|count|tally|estimates?|totals?)\b")


def figures_owner(sentence: str, pos: int) -> str | None:
    """The owner a sentence names for the figures before `pos` ("the Home Office's figures"), or None."""
    if "'s " not in sentence and "’s " not in sentence:
        return None
    m = None
    for m in _OWNED.finditer(sentence, 0, pos):
        pass
    return m.group("owner") if m else None


def excerpt_at(ctx: SentenceContext, at: int) -> bool:
    """Whether document offset `at` stands in an outlet's excerpt under its heading ("From a report by NAME in The
    Paper", "Press cutting, The Paper, …"): the claim's section is `excerpt`."""
    head = heading_at(ctx, at)
    return head is not None and head.excerpt
