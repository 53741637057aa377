"""Whether a claimant is the one whose figures a doubting sentence names.

"A Catholic rights office said its volunteers had seen at least 300 bodies, and opposition deputies put the dead at
"more than 1,000". The government's figure could not be independently verified.": the doubt names the government's
figure, so it disputes the government's claims, not the rights office's or the deputies' of the sentence before
(extract/stance.py `named_owner` reads the owner; extract/attribution.py asks `owns_doubted` per claim). A claimant
is the owner when the owner's word is one of its words ("the Interior Ministry" for "ministry"), or when the owner
names a state ("the government's figure", "the authorities'") and the claimant names an office of it (an interior
minister, the police, a ministry's spokesman).
"""

from __future__ import annotations

__all__ = ["owns_doubted"]

# Owner words that name the state itself, and words that make a claimant one of its offices.
_STATE_OWNERS = frozenset(("government", "governments", "authorities", "state", "official", "officials", "regime",
                           "administration", "ministry", "army", "military", "police"))
_STATE_WORDS = _STATE_OWNERS | frozenset(("minister", "ministers", "president", "presidency", "governor", "interior",
                                          "defence", "defense"))


def owns_doubted(name: str | None, owner: str) -> bool:
    """Whether the claimant `name` (as the sentence's cues give it; None for the outlet's own voice) is `owner`."""
    if not name or not name.strip():
        return False
    words = name.casefold().replace("’", "'").replace("'s", "").split()
    if owner in words or owner.rstrip("s") in words:
        return True
    return owner in _STATE_OWNERS and not _STATE_WORDS.isdisjoint(words)
