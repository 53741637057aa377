"""A figure whose owner the next sentence names: "The old official toll of 36 dead is still quoted. That figure was
put out by the city in the week after the riot." The figures of the sentence before, where nobody in it is named
for them, are the owner's (`claimed`), as "the count of 123,000 refugees is theirs" makes a figure its owner's
(extract/ownedfigures.py).

The next sentence, in the same paragraph, opens by pointing back ("That figure", "This toll", "The number") and
says who gave it out in the passive ("was put out / given / issued / released / published / announced by X") or
where it came from ("That figure came from a community leader and has not been confirmed": the leader's figure, which
a paper's story only relayed; GUIDELINES.md: relayed claims take the original claimant).
"""

from __future__ import annotations

import re

from extract.context import SentenceContext
from extract.headlines import typed_by_role
from extract.lexicon import lookup
from extract.names import first_named
from extract.paragraphs import same_paragraph

__all__ = ["owner_named_next"]

_GIVEN_BY = re.compile(
    r"\W*(?:that|this|these|those|the)\s+(?:[\w-]+\s+)?(?:figures?|numbers?|tolls?|counts?|totals?|tall(?:y|ies)|"
    r"estimates?)\s+(?:(?:was|were|had\s+been|has\s+been)\s+(?:first\s+|originally\s+|officially\s+)?"
    r"(?:put\s+out|given(?:\s+out)?|issued|released|published|announced|compiled|produced|supplied|provided)\s+by"
    r"|(?P<from>(?:first\s+|originally\s+)?(?:came|comes|had\s+come|was\s+taken|were\s+taken)\s+from))\s+"
    r"(?P<np>(?:the\s+)?[\w'’-]+(?:\s+[\w'’-]+){0,5}?)(?=\s+(?:in|on|at|after|before|during|when|and|as|within)\b|\s*[,;.]|\s*$)",
    re.I)

# Who may give a figure, as the last word of what it "came from" says: a person or a body ("a local councillor", "a
# community leader", "the district health office", "hospital sources"), not a cause ("artillery fire", "the shelling").
_AGENT = re.compile(r"(?:er|or|ist|ian|m[ae]n|person|officials?|sources?|ministry|office|hospital|agency|police|"
                    r"group|committee|council)s?$", re.I)


def owner_named_next(ctx: SentenceContext) -> str | None:
    """Who the next sentence of the paragraph says gave out this sentence's figures ("That figure was put out by
    the city …"), else None."""
    nxt = ctx.neighbour(1)
    if not nxt or (" by " not in nxt and " from " not in nxt) or nxt.lstrip()[:1] not in ("T", "t") or len(nxt) > 300:
        return None  # (the sentence opens with "That", "This", "These", "Those" or "The")
    m = _GIVEN_BY.match(nxt)
    if m is None or not same_paragraph(ctx, 1):
        return None
    named = first_named(m.group("np"))
    if m.group("from") and named and not (named[:1].isupper() or _AGENT.search(named) or lookup(named)
                                          or typed_by_role(named)):
        return None  # "The toll came from artillery fire": a cause, not who gave the figure
    return named
