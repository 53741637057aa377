"""Speaker tags in brackets opening a line, as subtitle files and captioned transcripts write them.

"[NARRATOR] By then …", "[JANE ROE, field surgeon] We had …", later "[JANE ROE] …": the tag names who speaks
the line, and the lines after it up to the next tag (a subtitle cue often splits one speech, and a cue
without a tag goes on with the last speaker). extract/speakers.py turns these into speaker turns as it does
"NAME: …" labels; a narrator's tag (a host word of sources.json "speaker_labels") is the outlet's own voice.

A tag is a name in capitals (up to four words), with an optional ", role" after it, closing its bracket
before words on the same line. A tag without a role is a speaker only when it is a host word or the same
name is tagged with a role elsewhere in the document (whose role it then keeps): a sound cue ("[MUSIC]",
"[GUNFIRE] …") or an editor's bracket ("[End of page 4. …]") is no speaker. The document needs two tags.
"""

from __future__ import annotations

import re

__all__ = ["bracket_labels"]

# "[NAME]" or "[NAME, role]" opening a line, with words after it on the line.
_TAG = re.compile(r"^\[(?P<name>[A-Z][A-Z'’.-]*(?:[ \t]+[A-Z][A-Z'’.-]*){0,3})(?:,[ \t]*(?P<role>[^\[\]\n]{2,80}))?\]"
                  r"[ \t]+(?=\S)", re.M)


def bracket_labels(text: str, hosts: frozenset[str]) -> list[tuple[int, str, str]]:
    """(line start, name as written, role or "") of each bracketed speaker tag opening a line of `text`, in order;
    empty unless there are two. `hosts`: the casefolded host words (a narrator's tag needs no role)."""
    if "\n[" not in text and not text.startswith("["):
        return []
    found = [(m.start(), m.group("name"), (m.group("role") or "").strip()) for m in _TAG.finditer(text)]
    if len(found) < 2:
        return []
    roles: dict[str, str] = {}
    for _, name, role in found:
        if role:
            roles.setdefault(name, role)
    out = []
    for start, name, role in found:
        if role or name in roles or name.casefold() in hosts:
            out.append((start, name, role or roles.get(name, "")))
    return out if len(out) >= 2 else []
