"""Who speaks when nobody is named: the voice of a section, and the names that are that voice.

The document's outlet in its body ("publication"), the excerpt's outlet in an excerpt, "reader comment" in the
comments (extract/sections.py gives each section its voice). The outlet's own people and records speak in its
voice too: "our correspondent in Palmyra reported", "our earlier report gave", "this newspaper counted"
(`OWN_STAFF`); a commenter's "my cousin says" is the commenter's (`RELATIVE`).
"""

from __future__ import annotations

import re
from functools import lru_cache

from extract.context import SentenceContext
from extract.judgments import is_court
from extract.letters import is_letter_voice
from extract.lexicon import canonical_source, lookup, type_of
from extract.rx import guarded
from extract.sections import READER_COMMENT
from extract.statements import issued_by

__all__ = ["OWN_STAFF", "RELATIVE", "display", "voice_keys", "voice_of"]

RELATIVE = guarded(r"(?:my|our)\s+\w+", re.I)
# the outlet's own people speak in its voice: "our correspondent in Palmyra reported"
# and so do its own reports and records ("our earlier report gave", "this newspaper's count"): the writer's voice
OWN_STAFF = guarded(r"our\s+(?:own\s+)?(?:[\w-]+\s+)?(?:correspondents?|reporters?|journalists?|teams?|staff|stringers?|"
                    r"monitors?|researchers?|investigators?|lawyers?|doctors?|medics?|analysts?|observers?|volunteers?|"
                    r"field\s*(?:workers?|officers?)|fieldworkers?|enumerators?|reports?|stor(?:y|ies)|articles?|"
                    r"editions?|coverage|tall(?:y|ies)|counts?|figures|records|database|investigations?|surveys?|data|"
                    r"reporting|newspaper|paper|network|organi[sz]ation|group|office|website|"
                    # a hospital's or an agency's own statement: "our emergency department", "our surgeons"
                    r"departments?|wards?|surgeons?|nurses?|units?|clinics?|hospitals?)\b"
                    r"|this\s+(?:newspaper|paper|publication|website|site|station|channel|programme|program|magazine|"
                    r"agency|network|organi[sz]ation)\b", re.I)


def voice_of(ctx: SentenceContext) -> tuple[str | None, str]:
    """(name, type) of who speaks in the sentence's section when nobody is named."""
    section = ctx.section
    if section.kind == "comment":
        return READER_COMMENT, "reader_comment"
    if section.voice and section.voice != READER_COMMENT:
        hit = lookup(section.voice)
        if ctx.outlet and canonical_source(section.voice).casefold() == canonical_source(ctx.outlet).casefold():
            return ctx.outlet, "publication"
        if is_letter_voice(section.kind, section.voice):
            return section.voice, "reader_comment"  # a letter to the editor: its signer speaks (extract/letters.py)
        if not hit and section.kind == "excerpt" and is_court(section.voice):
            return section.voice, "official"  # a judgment quoted in part: the court speaks (extract/judgments.py)
        if not hit and section.kind == "excerpt" and issued_by(ctx.text, section.start) == section.voice:
            return section.voice, type_of(section.voice)  # a statement quoted in full: its issuer speaks
        return section.voice, hit[1] if hit else "wire_or_outlet"
    return ctx.outlet, "publication"


@lru_cache(maxsize=1024)  # pure; one or two pairs per document
def voice_keys(voice: str | None, outlet: str | None) -> frozenset[str]:
    """The canonical, casefolded names of the section's voice and the document's outlet."""
    return frozenset(canonical_source(v).casefold() for v in (voice, outlet) if v)


def display(name: str) -> str:
    """Lower-case generic claimants get a capital ("activists" -> "Activists")."""
    return name[:1].upper() + name[1:] if name[:1].islower() else name
