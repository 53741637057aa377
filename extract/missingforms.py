"""People gone missing or disappeared, told in the other words of the construction extract/missingheld.py reads.

"Dozens of students have gone missing since the militia took the town", "rights groups list 2,300 people as
missing", "the families of 87 men who disappeared after the army's sweep", "40 villagers vanished": like "14 are
missing" after a war's violence, a count of people taken or disappeared by a side, `captured`. As there, people lost
somewhere ("went missing at sea", "disappeared in the floods") are no claim, and disasters and peacetime are screened
out by the classifier's war tests (extract/peacetolls.py).
"""

from __future__ import annotations

import re

from extract.context import SentenceContext
from extract.missingheld import _LOST_AT

# The words one of which the sentence must hold for `missing_otherwise` to be asked.
GATE = frozenset({"missing", "disappeared", "vanished"})

# After the counted noun: "have gone missing", "went missing", "(listed) as missing", "(who) disappeared/vanished".
_GONE = re.compile(r"\s+(?:(?:who|that)\s+)?(?:(?:have|has|had)\s+)?(?:(?:since|later|then|all|both)\s+)?"
                   r"(?:gone\s+missing|went\s+missing|disappeared|vanished)\b|\s+as\s+missing\b", re.IGNORECASE)


def missing_otherwise(ctx: SentenceContext, at: int) -> tuple[int, bool] | None:
    """(where the word saying that the people counted, their noun ending at `at`, went missing or disappeared
    starts; whether that word is "disappeared" or "vanished") when no place where they were lost follows it; None
    otherwise. The disappeared of a war with no armed noun are its civilian victims (the caller's side)."""
    m = _GONE.match(ctx.text, at, ctx.end)
    if m is None or _LOST_AT.match(ctx.text, m.end(), ctx.end):
        return None
    word = m.group(0).split()[-1]
    return m.end() - len(word), word.lower() in _DISAPPEARED


_DISAPPEARED = frozenset({"disappeared", "vanished"})
