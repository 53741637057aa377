"""A letter to the editor: the letter is its writer's voice, not the outlet's.

A page titled "Letters: …" (or "Letter to the editor", "Your letters") or whose first paragraph opens "Sir," /
"Dear Editor" is a letter when a signature closes it: a line holding only a name ("Manuel Tati"), maybe with a
place line under it ("Lisbon"). From the salutation's paragraph to the signature the body speaks in the
writer's voice: a figure nobody else is named for is the writer's (named, so `claimed`, typed `reader_comment`
as a reader's word is, GUIDELINES.md). The paper the writer answers ("You wrote that …", "your report") is the
outlet; an "Editor's note" after the signature is the outlet's own voice again. The section stays `body`.

A page of several letters needs no salutation: when two or more paragraphs under a "Letters" title each close
with a signature line of a name and a town ("Mae Okoro, Leeds", "Tom Hale, retired nurse, York"), each letter,
from the previous signature (or the paragraph after the title) to its own, is its signer's voice. The signature
lines' grammar is extract/signatures.py's (this page's loose dialect of it).
"""

from __future__ import annotations

import re
from functools import lru_cache

from extract.signatures import LETTER_SIGNATURE, NAME_LINE, PLACE_LINE  # the signature lines' grammar (signatures.py)

__all__ = ["is_letter_voice", "mark_letter", "signature_places"]

_TITLE = re.compile(r"\s*(?:letters?|letter\s+to\s+the\s+editor|your\s+letters|readers['’]?\s+letters)\b", re.I)
_SALUTATION = re.compile(r"\s*(?:sir|madam|sir\s+or\s+madam|dear\s+(?:sir|madam|editor)|to\s+the\s+editor)\s*[,:;.-]", re.I)
_NOTE = re.compile(r"\s*(?:editor['’]s\s+note|ed(?:itor)?\s*:|note\s*:|\[ed)", re.I)


def mark_letter(lines: list[tuple[int, int, str]], kinds: list[str], voices: list[str | None], end: int) -> None:
    """Give the lines of a letter to the editor (lines before `end`, still "body") its signer's voice."""
    texts = [i for i in range(end) if lines[i][2].strip()]
    if len(texts) < 4:
        return
    title, first = texts[0], texts[1]
    if not (_TITLE.match(lines[title][2]) or _SALUTATION.match(lines[first][2])):
        return
    opening = first if _SALUTATION.match(lines[first][2]) else next(
        (i for i in texts[1:] if _SALUTATION.match(lines[i][2])), None)
    if opening is None:
        _mark_page(lines, kinds, voices, texts)  # a page of letters, each signed (or whose each one is, not said)
        return
    sign = _signature(lines, texts)
    if sign is None:
        return
    at, signer = sign
    for i in range(opening, at):
        if kinds[i] == "body":
            voices[i] = signer


def _mark_page(lines: list[tuple[int, int, str]], kinds: list[str], voices: list[str | None],
               texts: list[int]) -> None:
    """Give each signed letter of a page of letters (under a "Letters" title, no salutation) its signer's voice:
    the lines after the previous signature (at first, after the title's paragraph) up to its signature line."""
    if not _TITLE.match(lines[texts[0]][2]):
        return
    signs = [(i, m.group("name")) for i in texts[1:] if (m := _signed_paragraph_end(lines, i))]
    if len(signs) < 2:
        return  # one "Name, Town" line may be a byline over a report: a page of letters has several
    begin = next((i for i in range(texts[0] + 1, len(lines)) if not lines[i][2].strip()), len(lines))
    for at, signer in signs:
        for i in range(begin, at):
            if kinds[i] == "body":
                voices[i] = signer
        begin = at + 1


def _signed_paragraph_end(lines: list[tuple[int, int, str]], i: int) -> re.Match[str] | None:
    """The signature ("Name, Town" / "Name, description, Town") when line `i` is one and closes its paragraph."""
    line = lines[i][2]
    if len(line) > 60 or (i + 1 < len(lines) and lines[i + 1][2].strip()):
        return None
    return LETTER_SIGNATURE.fullmatch(line)


def _signature(lines: list[tuple[int, int, str]], texts: list[int]) -> tuple[int, str] | None:
    """(line index, name) of the signature closing the letter: the last name line before any editor's note, with
    at most a place line after it."""
    k = len(texts) - 1
    while k > 2 and _NOTE.match(lines[texts[k]][2]):
        k -= 1
    for j in (k, k - 1):
        line = lines[texts[j]][2]
        if len(line) <= 40 and NAME_LINE.fullmatch(line) and not line.rstrip().endswith((".", ":", "?", "!")):
            if j == k - 1 and not PLACE_LINE.fullmatch(lines[texts[k]][2]):
                return None
            return texts[j], line.strip().rstrip(",")
    return None


@lru_cache(maxsize=64)  # asked for each mention of a place that opens a line or follows ", "
def signature_places(text: str) -> tuple[tuple[int, int], ...]:
    """(start, end) of each place a letter is signed from: a paragraph of one line holding a name and a place
    ("Manuel Tati, Lisbon"), or, on a page with a salutation ("Sir,", "Dear Editor"), a paragraph closed by a
    name line and a place line under it ("Manuel Tati" / "Lisbon"). Without a salutation those two lines are a
    byline over a dateline ("Jean Kabila Mutombo" / "Beni"), which tells where the story happened."""
    if "\n" not in text:
        return ()  # (no line of its own: no signature)
    lines = _lines(text)
    letter: bool | None = None  # (whether the page has a salutation: looked up when first needed)
    out = []
    for i, (start, end, line) in enumerate(lines):
        if not line.strip() or len(line) > 60 or (i + 1 < len(lines) and lines[i + 1][2].strip()):
            continue  # (a signature's place closes its paragraph)
        above = lines[i - 1][2] if i else ""
        if not above.strip():
            both = LETTER_SIGNATURE.fullmatch(line)
            if both:
                out.append((start + both.start("place"), start + both.end("place")))  # "Manuel Tati, Lisbon"
        elif len(above) <= 40 and NAME_LINE.fullmatch(above) and PLACE_LINE.fullmatch(line):
            if letter is None:
                letter = any(_SALUTATION.match(ln) for _, _, ln in lines)
            if letter:
                out.append((start, end))  # "Manuel Tati" / "Lisbon" under a letter
    return tuple(out)


def _lines(text: str) -> list[tuple[int, int, str]]:
    """(start, end, line) of each line of `text`."""
    out, pos = [], 0
    for line in text.split("\n"):
        out.append((pos, pos + len(line), line))
        pos += len(line) + 1
    return out


def is_letter_voice(kind: str, voice: str | None) -> bool:
    """Whether a section's voice is a letter writer's (a body section with a voice of its own)."""
    return kind == "body" and bool(voice)
