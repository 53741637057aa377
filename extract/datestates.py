"""A count of people still in a state at publication has no event date: "dozens are still missing", "12 of them
remain in custody", "40 are still being held" (GUIDELINES: undated background is null; the h-set's precedent for
the still missing and the still held).

The state follows the number within a few words: "are still", "were still", "remain(s)" and a word of being
missing, held or in custody. Not reached: "12 were detained on Monday" (an event), "40 were still fighting" (no
state of captivity), "the remaining 20" (an adjective), and "A further 89 people remain missing" after a dated toll
(the count before it goes on: extract/datefollow.py, asked by extract/dates.py).
"""

from __future__ import annotations

import re

_STATE_AFTER = re.compile(r"(?:\s+[\w-]+){0,3}?\s+(?:(?:are|is|were|was)\s+still|still|remain|remains|remained)\s+"
                          r"(?:being\s+)?(?:missing|unaccounted\s+for|held|detained|in\s+(?:custody|detention|prison|jail)"
                          r"|behind\s+bars|imprisoned|in\s+captivity|captive)\b")
_REACH = 60  # characters after the number searched for the state


def still_state(text: str, end: int) -> bool:
    """Whether the number ending at `end` counts people still in a state (module doc)."""
    return _STATE_AFTER.match(text[end : end + _REACH]) is not None
