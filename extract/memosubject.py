"""A cable's or memo's subject line is its headline: "SUBJECT: DELTA: FLOOD TOLL RISES TO 80".

A diplomatic cable or an office memo opens with routing lines (FM, TO, INFO, a classification) and then its
"SUBJECT:" (or "SUBJ:") line: that line is the document's title, in the writer's voice, though it is not the first
line (an archive's title may stand above the routing). Only such a line among the document's first lines
(_HEAD_LINES): a "Subject:" further down is text. extract/sections.py asks it line by line.
"""

from __future__ import annotations

import re

__all__ = ["HEAD_LINES", "is_subject_line"]

HEAD_LINES = 15  # the routing header of a cable or memo
_SUBJECT = re.compile(r"[ \t]*(?:SUBJECT|SUBJ|Subject)[ \t]*:[ \t]*\S")


def is_subject_line(line: str) -> bool:
    """Whether the line is a header's "SUBJECT: …" line."""
    return _SUBJECT.match(line) is not None
