"""A letter's signature names where its writer lives, not where anything happened.

A letters page signs each letter on a line of its own after it: the writer's name, perhaps a lower-case
description, then the town ("Harold Pruitt, retired teacher, Broken Arrow", "Mae Whitfield, Tulsa"). The town is
the writer's (extract/placementions.py leaves it out of the document's places, as a dateline's): a figure in the
letter does not borrow it. The line follows a finished sentence (the letter's last), holds no sentence mark, and
opens with a person's name of two or three capitalised words (or initials) the gazetteer reads as no place, so a
heading "North Kivu, Congo" or a list of towns is no signature. The line's grammar (this reader's strict dialect of
it) is extract/signatures.py's, shared with a letters page (extract/letters.py).
"""

from __future__ import annotations

from extract.gazetteer import gazetteer
from extract.signatures import SIGNOFF_NL  # the line's grammar, shared with a letters page (signatures.py)

_LETTER_END = ".!?\"”)"  # what the line before a signature ends with: the letter's last sentence


def signoff_spans(text: str) -> list[tuple[int, int]]:
    """The spans of the towns of letters' signature lines in `text`."""
    padded = "\n" + text  # a match from index i (its newline) is at i - 1 of `text`
    out = []
    for m in SIGNOFF_NL.finditer(padded):
        j = m.start()
        while j > 0 and padded[j - 1] in " \t":
            j -= 1
        if j > 0 and padded[j - 1] in _LETTER_END and not gazetteer().mentions(m.group("name")):
            out.append((m.start("place") - 1, m.end("place") - 1))
    return out
