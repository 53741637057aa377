"""A phone-in summary's caller tags: "Aisha, Manningham: said …", "Dr. Bello, the city's health commissioner: said …".

A producer's summary of a radio phone-in (or a round-up of vox pops) opens each caller's paragraph with a tag: the
caller's name as given on air (with a courtesy title if the caller gave one, "Mr. Tran"), a comma, where the caller
rings from or what the caller is, a colon, and the call told in reported speech ("said …", "asked …"). The name is the
speaker of the paragraph (extract/speakers.py takes it as a turn): a resident (`activists`) when the tag gives a
place, typed by the description when it gives one ("the city's deputy health commissioner"). The place is no
speaker, and no place of the paragraph's counts either (the caller's home, not where the counted deaths happened),
unless the count is placed in "his/her/my neighbourhood" (`caller_area`).

Read only where at least two paragraphs open with such a tag, so a lone "Kyiv, Ukraine: said …" is no phone-in.
"""

from __future__ import annotations

import re
from functools import lru_cache

from extract.context import SentenceContext
from extract.lexicon import clean_name, type_of
from extract.personnames import LABEL_TITLE
from extract.placeextent import Place

__all__ = ["caller_area", "caller_turns", "in_tag"]

# A caller's tag opening a line: name (one or two capitalised words, after a title), ", ", what follows the name
# (a place, an age and a place, a description), ":" and a verb of reported speech.
# The colon and the verb of reported speech that close a tag (also the whole-text test before the tags are read).
_SAID = r":[ \t]+(?:said|says|asked|asks|told|tells|added|reported|recalled)\b"
_TAG = re.compile(rf"^(?P<name>(?:{LABEL_TITLE}[ \t]+)?[A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+)?),[ \t]+"
                  rf"(?P<rest>[^:\n]{{2,90}}){_SAID}", re.M)
_SPEECH = re.compile(_SAID)
# A description rather than a place: it opens with an article ("an emergency physician at …").
_DESCRIBED = re.compile(r"(?:an?|the)\s", re.I)
_AGE = re.compile(r"\d{1,3},\s*")  # "Gary, 19, Shipley": the age before the place
# A count placed in the caller's own part of town: "in his neighbourhood", "on our street".
_OWN_AREA = re.compile(r"\b(?:his|her|my|our|their)\s+(?:own\s+)?(?:neighbou?rhood|street|block|area|district|estate)\b")
_MIN_TAGS = 2


@lru_cache(maxsize=64)  # pure on the document; asked by its speaker turns and its tag lines' places
def caller_turns(text: str) -> tuple[tuple[int, int, str, str], ...]:
    """(start, end, caller, type) of each caller's paragraph in a phone-in summary (empty if the text is none)."""
    if ": " not in text or not _SPEECH.search(text):
        return ()
    tags = list(_TAG.finditer(text))
    if len(tags) < _MIN_TAGS:
        return ()
    out = []
    for i, m in enumerate(tags):
        nxt = tags[i + 1].start() if i + 1 < len(tags) else len(text)
        para = text.find("\n\n", m.end(), nxt)
        out.append((m.start(), para if para >= 0 else nxt, m.group("name"), _caller_type(m.group("rest"))))
    return tuple(out)


def _caller_type(rest: str) -> str:
    """A caller's type: as the tag's description types it ("the city's health commissioner"), else a resident's."""
    if not _DESCRIBED.match(rest):
        return "activists"  # "Manningham", "19, Shipley": where the caller lives
    return type_of(clean_name(rest))  # (an unlisted profession speaking of its workplace: the lexicon's default)


def in_tag(text: str, start: int) -> bool:
    """Whether a place mention at `start` stands in a caller's tag ("Gary, Shipley: said"): the caller's home, no
    place of the paragraph's counts (extract/placetold.py leaves it out)."""
    for tag_start, _end, name, _stype in caller_turns(text):
        if tag_start <= start < text.find(":", tag_start + len(name)):
            return True
    return False


def caller_area(ctx: SentenceContext) -> Place | None:
    """The tag's place, as written, for a count the caller places in "his/her neighbourhood" in the sentence of the
    tag ("Mr. Tran, Westbrook: said soldiers arrested 60 men in his neighbourhood"), else None. The document's
    tags (cached) are asked before the sentence is searched for "his neighbourhood": most documents have none."""
    sentence = ctx.sentence
    if ": " not in sentence[:120]:
        return None
    turns = caller_turns(ctx.text)  # (cached on the document; empty but in a phone-in summary)
    if not turns or not _OWN_AREA.search(sentence):
        return None
    for start, _end, _name, _stype in turns:
        if start == ctx.start:
            m = _TAG.match(ctx.text, start)
            if m is None or _DESCRIBED.match(m.group("rest")):
                return None
            return Place(_AGE.sub("", m.group("rest")).strip(), None, None, None, None, None)
    return None
