"""The person behind a transcript's role label: "WITNESS: Jane Roe, 41." names the witness once.

A court or hearing record labels turns by role ("WITNESS:", "DEFENDANT:", "THE ACCUSED:"), not by name. Who
the role is comes either from the first answer of that label, which opens with the person's name ("WITNESS:
Jane Roe, 41. I live in …", the reply to "State your name"), or from a heading or note naming the person in
the role ("Examination of the witness Jane Roe"). extract/speakers.py asks for labels whose word is one of
sources.json "speaker_labels" "roles"; the turns of that label are then the person's.
"""

from __future__ import annotations

import re

__all__ = ["role_person"]

_PERSON = r"[A-Z][\w'’-]+(?:[ \t]+(?:[A-Z][\w'’-]+|de|del|da|dos|van|von|bin|al-\w+|el-\w+)){1,3}"
# The first answer opening with a name, closed by a comma or a full stop: "Jane Roe, 41." / "Jane Roe."
_ANSWER_NAME = re.compile(rf"[ \t]*(?:(?:My[ \t]+name[ \t]+is|I[ \t]+am)[ \t]+)?(?P<n>{_PERSON})[ \t]*[,.](?=\s|$)")
# "examination of the witness Jane Roe", "testimony of defendant Jane Roe".
_HEADING = (r"(?i:\b(?:examination|cross-examination|testimony|evidence|statement|deposition)\s+of\s+(?:the\s+)?{role})"
            r"\s+(?P<n>{person})")


def role_person(text: str, role: str, first_turn: int) -> str | None:
    """The name of the person a role label ("witness") stands for: from a heading naming them in that role, or
    from the label's first turn (`first_turn`: where its words start) when it opens with a name; else None."""
    heading = re.search(_HEADING.format(role=re.escape(role.casefold()), person=_PERSON), text)
    if heading and heading.group("n").split()[0] not in _NOT_NAMES:
        return " ".join(heading.group("n").split())
    m = _ANSWER_NAME.match(text, first_turn)
    if m and m.group("n").split()[0] not in _NOT_NAMES:
        return " ".join(m.group("n").split())
    return None


# Capitalised openers of an answer that are no name ("Yes Sir.", "The Houston.", "About 1,400." has no second word).
_NOT_NAMES = frozenset(("Yes", "No", "The", "A", "An", "Not", "We", "I", "It", "That", "This", "They", "He", "She",
                        "About", "Some", "At", "In", "On", "Of", "My", "Our", "Your", "Thank", "Good", "Sir", "Madam"))
