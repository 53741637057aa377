"""Death sentences that were carried out: a count of people killed ("the courts passed 229 death sentences that
were carried out", "41 death sentences have been carried out", "of which 12 were carried out"; extract/classify.py).

A count of death sentences is a count of judgments, no claim; the sentences the text says were carried out (or
executed, enforced) are executions, and an execution is a killing (GUIDELINES: "executed" is a verb of `killed`).
The people executed are counted with no side: a court may hang fighters and civilians alike.
"""

from __future__ import annotations

import re

_CARRIED_OUT = re.compile(
    r"\s+(?:death\s+sentences|sentences\s+of\s+death|executions)\s*,?\s+(?:(?:that|which|all\s+of\s+which)\s+)?"
    r"(?:(?:were|was|have|has|had|been|later|all|since|subsequently|eventually|duly)\s+){1,3}"
    r"(?:carried\s+out|executed|enforced|implemented)\b", re.IGNORECASE)


def executions_done(text: str, end_number: int, end: int) -> bool:
    """Whether the number ending at `end_number` counts death sentences the sentence says were carried out.

    The caller asks only where the sentence holds "sentences" or "executions"."""
    return _CARRIED_OUT.match(text, end_number, end) is not None
