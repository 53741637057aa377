"""The document's own body named by the short form of its name.

A report's writer names itself as "the Commission" and the text resolves that to the capitalised name ending in
"Commission" ("Guinean Commission"), which opens the outlet's full name ("Guinean Commission for Human Rights and
Civil Liberties"): that is the outlet speaking in its own voice (GUIDELINES.md: `publication`), not another body.
When the text names no such body in full, "the Commission" alone is the outlet's own when its name holds that noun
— only for the nouns that name bodies of inquiry (extract/backrefs.py: "commission", "panel", "observatory"; not
"the army" or "the coalition", which may be another's).
extract/attribution.py asks it of a claimant that is not one of the voice's names already.
"""

from __future__ import annotations

from extract.backrefs import BACKREF_NOUNS

__all__ = ["short_name_of"]

# The words that go on from a short name into the full one: "X Commission for …", "X Observatory of …".
_GOES_ON = frozenset(("for", "of", "on", "in", "and", "against"))


def short_name_of(name: str, voice: str | None) -> bool:
    """Whether `name` is the opening of `voice`'s name cut before a function word (two words or more), or the
    bare noun of inquiry its name holds ("Commission" of "… Commission for Human Rights")."""
    if not voice or len(name) >= len(voice):
        return False
    if " " not in name:
        key = name.casefold()
        return key in BACKREF_NOUNS and key in voice.casefold().split()
    head = voice[: len(name)]
    if head.casefold() != name.casefold() or voice[len(name)] != " ":
        return False
    rest = voice[len(name) + 1 :].split(None, 1)
    return bool(rest) and rest[0].casefold() in _GOES_ON
