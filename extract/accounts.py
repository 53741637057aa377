"""A person's account printed as one long quotation: "Maria Latuheru, 22, was a student at … This is her account,
as told to our reporter." and then the account, in quotation marks, over one or more paragraphs.

What nobody else is named for inside the quotation is the teller's, as in a speaker's turn (extract/speakers.py):
"I saw maybe ten soldiers there" is the teller's claim, not the outlet's. The teller is the person the
introducing paragraph opens with; typed by the lexicon or the role the text gives, else as a witness
(`activists`). The quotation runs from the paragraph opening with a quotation mark to its closing mark (a
paragraph inside it may or may not reopen the quote). A neighbour quoted inside it ("A neighbour came and said
…") still speaks for himself: a cue in the sentence wins over the turn.
"""

from __future__ import annotations

import re

from extract.rx import guarded

__all__ = ["quoted_accounts"]

# "This is her account", "Here is his story, as told to …", "What follows is their testimony", "her account:"
_INTRO = guarded(r"\b(?:(?:this|here)\s+is|what\s+follows\s+is|below\s+is)\s+(?:her|his|their)\s+(?:own\s+)?"
                 r"(?:account|story|testimony|recollection)\b|\b(?:her|his|their)\s+(?:own\s+)?(?:account|story|testimony)"
                 r"\s*(?:,\s*in\s+(?:her|his|their)\s+(?:own\s+)?words\s*)?:\s*$", re.I)
_KEYS = ("account", "story", "testimony", "recollection")
# The person the introducing paragraph opens with: "Maria Latuheru, 22, was …", "Ahmed Saleh, a farmer, …"
_TELLER = re.compile(r"\s*(?P<name>[A-Z][\w'’-]+(?:\s+(?:[A-Z][\w'’-]+|de|da|van|bin|al-\w+)){1,3})(?=\s*,|\s+(?:was|is|had|has)\b)")
_OPEN = ("\"", "“")


def quoted_accounts(text: str) -> list[tuple[int, int, str]]:
    """(start, end, teller) of each account quoted at length after a paragraph introducing it."""
    if not any(k in text for k in _KEYS):  # (as written: the intro's noun is lower case after "her")
        return []
    out = []
    for intro in _INTRO.finditer(text):
        para_start = text.rfind("\n\n", 0, intro.start())
        para_start = 0 if para_start < 0 else para_start + 2
        teller = _TELLER.match(text, para_start)
        quote_at = _next_paragraph(text, intro.end())
        if teller is None or quote_at is None or text[quote_at] not in _OPEN:
            continue
        end = _closing(text, quote_at)
        if end is not None:
            out.append((quote_at, end, teller.group("name")))
    return out


def _next_paragraph(text: str, at: int) -> int | None:
    """Where the paragraph after the one holding text[at] starts (its first character), if there is one."""
    brk = text.find("\n\n", at)
    if brk < 0:
        return None
    i = brk
    while i < len(text) and text[i] in "\n \t":
        i += 1
    return i if i < len(text) else None


def _closing(text: str, start: int) -> int | None:
    """Where the quotation opened at text[start] closes: the first closing mark at the end of a paragraph
    ("… He stayed behind.\"" then a blank line or the end)."""
    at = start + 1
    while True:
        brk = text.find("\n\n", at)
        stop = len(text) if brk < 0 else brk
        para = text[at:stop].rstrip()
        if para.endswith(("\"", "”")):
            return at + len(para)
        if brk < 0:
            return None
        at = brk + 2
