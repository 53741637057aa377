"""Labels of a TV or radio script that are no speakers: "SOT (resident, subtitled): …", "VO over pictures: …".

A running order or script marks its lines by how they go on air: SOT (sound on tape), VO (voice-over), PKG
(package), NAT (natural sound), VT, OOV, GRAB. Such a label is no person. When a parenthesis after it says who is
heard ("SOT (resident, subtitled):"), that is the speaker, as written ("resident"); without one the line is the
programme's own (extract/speakers.py skips it). The labels are listed in sources.json "speaker_labels"
"script_labels".
"""

from __future__ import annotations

import json
from functools import lru_cache

from extract.lexicon import LEXICON_PATH

__all__ = ["heard_in", "is_script_label"]


@lru_cache(maxsize=1)
def _script_labels() -> frozenset[str]:
    data = json.loads(LEXICON_PATH.read_text(encoding="utf-8"))["speaker_labels"]
    return frozenset(w.casefold() for w in data.get("script_labels", ()))


def is_script_label(name: str) -> bool:
    """Whether a label's name ("SOT", "VO over pictures") opens with a script's production label."""
    words = name.split()
    return bool(words) and words[0].casefold() in _script_labels()


def heard_in(role: str) -> str:
    """Who is heard, from the parenthesis after a script label: "resident, subtitled" -> "resident" ("" if none)."""
    return role.split(",")[0].strip()
