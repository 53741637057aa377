"""The document's own earlier edition giving a figure: "the first pressing of these notes said 600", "Our May
bulletin gave 474".

An earlier edition, pressing, issue or bulletin of the document itself ("of this guide", "of these notes", "our
… bulletin") is no claimant of its own: the figure is the outlet's, and `disputed` when the same sentence says the
outlet has corrected it since ("…, and we have corrected it"; GUIDELINES.md: the writer casts doubt on it). When
the sentence names whose figure the edition printed ("…, the army's figure of July 1999"), that owner is the
claimant, as a relayed figure is its source's (a source's own later revision does not dispute it).
extract/attribution.py asks `edition_claim` for a claimant before anything else.
"""

from __future__ import annotations

import re

__all__ = ["edition_claim", "superseded_before"]

_EDITIONS = r"(?:pressings?|editions?|printings?|issues?|versions?|bulletins?|newsletters?|releases?|drafts?)"
# "our May bulletin", "our first edition"; "the first pressing of these notes", "an earlier version of this guide".
_OWN_EDITION = re.compile(rf"(?:our\s+(?:[\w-]+\s+){{0,2}}?{_EDITIONS}|(?:the\s+|an?\s+)?(?:[\w-]+\s+){{0,2}}?{_EDITIONS}"
                          rf"\s+of\s+(?:this|these)\s+[\w-]+(?:\s+[\w-]+)?)", re.I)
# ", the army's figure (of July 1999)" right after the figure (and its noun): whose figure the edition printed.
_OWNER_AFTER = re.compile(r"(?:\s+[a-z]+){0,2}?\s*,\s+(?:the\s+)?(?P<owner>[\w-]+(?:\s+[\w-]+){0,3}?)['’]s\s+(?:own\s+|official\s+|"
                          r"then\s+)?(?:figure|count|toll|estimate|total)\b")
# "…, and we have corrected it", "which we have since corrected", "since corrected".
_CORRECTED = re.compile(r"\b(?:we\s+(?:have\s+|had\s+)?(?:since\s+|now\s+)?(?:corrected|amended|revised|withdrawn)|"
                        r"(?:since|now)\s+(?:been\s+)?corrected)\b", re.I)


def edition_claim(name: str, sentence: str, end: int) -> tuple[str | None, bool] | None:
    """For a claimant that is the document's own earlier edition: (the owner the sentence names for the figure
    ending at `end`, else None; whether the sentence says the outlet corrected it). None for any other claimant."""
    low = name.casefold()
    if not (" of th" in low or low.startswith("our ")) or not _OWN_EDITION.fullmatch(name.strip()):
        return None
    owner = _OWNER_AFTER.match(sentence, end)
    if owner:
        return owner.group("owner"), False
    return None, bool(_CORRECTED.search(sentence, end))


# "An earlier version of this story, citing the ministry, said 16": the story's own superseded text, whoever it
# cited. The figure it gave has been replaced (the writer no longer stands by it: disputed, as a corrected figure).
_SUPERSEDED = re.compile(r"\b(?:an?\s+|the\s+)?(?:earlier|previous|first|original|initial)\s+(?:version|edition|draft)\s+of\s+"
                         r"this\s+(?:story|report|article|dispatch|piece|item)\b", re.I)


def superseded_before(sentence: str, pos: int) -> bool:
    """Whether the number at `pos` is given by "an earlier version of this story" named before it in the sentence."""
    m = _SUPERSEDED.search(sentence, 0, pos) if " of this " in sentence else None
    return m is not None and ";" not in sentence[m.end():pos]  # ("…; the ministry later gave 15": its own)
