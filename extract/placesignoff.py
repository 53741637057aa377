"""A letter's signature names where its writer lives, not where anything happened.

A letters page signs each letter on a line of its own after it: the writer's name, perhaps a lower-case
description, then the town ("Harold Pruitt, retired teacher, Broken Arrow", "Mae Whitfield, Tulsa"). The town is
the writer's (extract/placementions.py leaves it out of the document's places, as a dateline's): a figure in the
letter does not borrow it. The line follows a finished sentence (the letter's last), holds no sentence mark, and
opens with a person's name of two or three capitalised words (or initials) the gazetteer reads as no place, so a
heading "North Kivu, Congo" or a list of towns is no signature.
"""

from __future__ import annotations

import re

from extract.gazetteer import gazetteer

_WORD = r"[A-Z][a-z][\w'’-]*+"
# After a newline (the text gets one put before it): a name ("Harold Pruitt", "Mary J. Ortega"), perhaps a lower-case
# description ("retired teacher"), then the town of one to three capitalised words, then the line's end.
_SIGNOFF_NL = re.compile(r"\n[ \t]*+(?P<name>" + _WORD + r"(?:[ \t]+[A-Z]\.)?(?:[ \t]+" + _WORD + r"){1,2})"
                         r"(?:,[ \t]*+[a-z][a-z'’-]*+(?:[ \t]+[a-z][a-z'’-]*+){0,4})?"
                         r",[ \t]*+(?P<town>" + _WORD + r"(?:[ \t]+" + _WORD + r"){0,2})[ \t]*(?=\n|\Z)")
_LETTER_END = ".!?\"”)"  # what the line before a signature ends with: the letter's last sentence


def signoff_spans(text: str) -> list[tuple[int, int]]:
    """The spans of the towns of letters' signature lines in `text`."""
    padded = "\n" + text  # a match from index i (its newline) is at i - 1 of `text`
    out = []
    for m in _SIGNOFF_NL.finditer(padded):
        j = m.start()
        while j > 0 and padded[j - 1] in " \t":
            j -= 1
        if j > 0 and padded[j - 1] in _LETTER_END and not gazetteer().mentions(m.group("name")):
            out.append((m.start("town") - 1, m.end("town") - 1))
    return out
