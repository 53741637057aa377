"""A statement quoted in full: "The following is the text of Communique No. 12 of the X Army, …" (or "The text
below, headed Communique No. 19 of the General Staff of X, was faxed …", "The statement below was signed by X")
and then the statement itself, in quotation marks, in the paragraphs after it.

The quoted paragraphs are an excerpt (extract/sections.py) whose voice is the statement's issuer, not an outlet:
what nobody else is named for in them is the issuer's claim ("our forces carried out 40 attacks": the army's,
`claimed`), typed as the issuer is (extract/voice.py, extract/attribution.py). The line introducing the text,
and a carrying agency named in it ("carried by the X Press Service"), stay the outlet's body.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from extract.rx import guarded

__all__ = ["issued_by", "issuer_of", "mark_quoted_runs", "mark_statements"]

# "The following is the (full) text of the statement of X", "Full text of a communique issued by X",
# "Below is a translation of the message from X": the document noun and then its issuer.
_INTRO = guarded(
    r"\b(?:(?:following|below)\s+is\s+(?:the\s+|a\s+)?(?:full\s+|complete\s+|unofficial\s+)?(?:text|translation)"
    r"|(?:full|complete)\s+text)\s+of\s+(?:the\s+|an?\s+)?(?:[\w.'’-]+\s+){0,3}?"
    r"(?:statement|communiqu[eé]|declaration|message|letter|speech|address|bulletin|press\s+release)"
    r"(?:\s+No\.?\s*\d+)?\s+(?:of|from|by|issued\s+by|released\s+by)\s+(?:the\s+)?"
    r"(?P<issuer>[A-Z][^,;:()\n]{1,60}?)(?=\s*[,;:(]|\.\s|\.?\s*$|\s+(?:on|carried|published|released|issued|in)\b)",
    re.I,
)
# "The text below, headed Communique No. 19 of the General Staff of X, was faxed …", "The statement below, signed by
# X, …": a document pointed at as "below", named by its heading or its signature.
_BELOW = guarded(
    r"\b(?:text|statement|communiqu[eé]|declaration|message|letter|bulletin|appeal)\s+below\s*,?\s+"
    r"(?:(?:headed|entitled|titled)\s+(?:[\w.'’-]+\s+){0,3}?(?:statement|communiqu[eé]|declaration|message|letter|"
    r"bulletin|appeal|order)(?:\s+No\.?\s*\d+)?\s+(?:of|from|by)|(?:was\s+|is\s+)?(?:signed|issued|released|sent)\s+by)"
    r"\s+(?:the\s+)?(?P<issuer>[A-Z][^,;:()\n]{1,60}?)(?=\s*[,;:(]|\.\s|\.?\s*$|\s+(?:on|and|was|carried|published|"
    r"released|issued|in)\b)",
    re.I,
)
_KEYS = ("text of", "translation of")  # every _INTRO match holds one: a line without them is no intro
BELOW_KEY = " below"  # every _BELOW match holds it
_OPENS_QUOTE = re.compile(r"\s*[\"“]")


def issuer_of(line: str) -> str | None:
    """The issuer named by a line introducing a statement quoted in full, else None."""
    low = line.lower()
    m = _INTRO.search(line) if any(k in low for k in _KEYS) else None
    if m is None and BELOW_KEY in low:
        m = _BELOW.search(line)
    return m.group("issuer").strip() if m else None


def mark_statements(lines: list[tuple[int, int, str]], kinds: list[str], voices: list[str | None], end: int) -> None:
    """Mark as an excerpt voiced by its issuer each run of quoted paragraphs right after an intro line (lines
    before `end`, still "body"). `lines` are (start, end, text) as sections.py gives them."""
    mark_quoted_runs(lines, kinds, voices, end, lambda i: issuer_of(lines[i][2]), _OPENS_QUOTE)


def mark_quoted_runs(lines: list[tuple[int, int, str]], kinds: list[str], voices: list[str | None], end: int,
                     voice_of_intro: Callable[[int], str | None], quoted: re.Pattern[str]) -> None:
    """Mark as an excerpt each run of paragraphs matching `quoted` right after a body line whose
    `voice_of_intro(i)` names who speaks in them (a statement's issuer, a judgment's court), voiced by it.
    A blank line between two quoted paragraphs stays body: it says nothing."""
    i = 0
    while i < end:
        voice = voice_of_intro(i) if kinds[i] == "body" else None
        i += 1
        if not voice:
            continue
        j = _next_nonblank(lines, i, end)
        while j < end and kinds[j] == "body" and quoted.match(lines[j][2]):
            kinds[j] = "excerpt"
            voices[j] = voice
            j = _next_nonblank(lines, j + 1, end)
        i = j


def _next_nonblank(lines: list[tuple[int, int, str]], i: int, end: int) -> int:
    """The first line from `i` on (before `end`) with text in it; `end` if none."""
    while i < end and not lines[i][2].strip():
        i += 1
    return i


def issued_by(text: str, start: int) -> str | None:
    """The issuer of the statement quoted from text[start] on, when the last line with text before `start`
    introduces one ("The following is the text of … of the X Army"), else None."""
    end = start
    while end > 0 and text[end - 1].isspace():  # (text[:start].rstrip(), without copying the document's head)
        end -= 1
    line = text[text.rfind("\n", 0, end) + 1 : end]
    return issuer_of(line)
