"""Where the noun phrase after a number starts, and cheap tests of the next character (extract/phrase.py).

Words that may stand between a number and its noun ("more", "other", "of the", "of them") are stepped over by
`_np_lead`, and so is a quotation mark opening the noun (a group's own word quoted: "two of its “martyrdom
seekers”", "three 'volunteers'"); `_next_in` and `_may_coordinate` say whether a pattern can match at all before it
is tried (each checked against its pattern in tests/test_classify_shortcuts.py).
"""

from __future__ import annotations

import re

_NP_LEAD = re.compile(
    r"\s*(?:[”\"]\s*)?(?:\+\s*)?(?:(?:more|other|additional|further|extra|or\s+so|or\s+more|odd|of\s+the|of\s+their|"
    r"of\s+its|of\s+his|of\s+her|of\s+our|of\s+them|of\s+whom|of\s+those|of)\s+)*(?:[“\"‘'](?=\w))?",
    re.IGNORECASE,
)


def _np_lead(text: str, pos: int, end: int) -> int:
    """`_NP_LEAD.match(text, pos, end).end()`: the pattern is tried only where, after at most one space,
    white space, "+", a quotation mark or the first letter of one of its words follows (no other letter is taken
    for m, o, a, f or e under IGNORECASE); else it ends after that space."""
    p = pos + 1 if pos < end and text[pos] == " " else pos
    if p < end and (text[p] in "+mMoOaAfFeE”\"“‘'" or text[p].isspace()):
        lead = _NP_LEAD.match(text, pos, end)
        assert lead is not None  # (it matches the empty string)
        return lead.end()
    return p


def _may_coordinate(text: str, pos: int, end: int) -> bool:
    """Whether _COORD can match at `pos`: "and", "&" or "or" after white space (no other letter is taken
    for a or o under IGNORECASE)."""
    return _next_in(text, pos, end, "aAoO&")


def _next_in(text: str, pos: int, end: int, firsts: str) -> bool:
    """Whether the character at `pos`, or after one space there, is white space or one of `firsts`: the test
    before a pattern that opens with optional white space and then one of those characters."""
    if pos < end and text[pos] == " ":
        pos += 1
    return pos < end and (text[pos] in firsts or text[pos].isspace())
