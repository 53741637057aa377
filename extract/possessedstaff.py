"""A body's own people counting their own work, named by a possessive: "The Red Cross said 14 people had died.
Its volunteers had treated about 60 wounded."

A sentence that opens with "Its"/"Their" and the body's people ("volunteers", "staff", "medics", "teams") doing
the relief or the counting ("treated", "evacuated", "recorded") names no claimant of its own, but whose people they
are is the body named just before: the count is that body's (GUIDELINES.md: who makes the claim, as named).
A possessive of the people counted ("Their homes were burned") or of another noun is not this form.
extract/attribution.py asks it for a number nobody in its sentence claims.
"""

from __future__ import annotations

import re

from extract.context import SentenceContext, per_sentence
from extract.nearby import antecedent

__all__ = ["possessed_staff"]

_STAFF_OPENING = re.compile(
    r"\s*(?:Its|Their)\s+(?:own\s+)?(?:[a-z]+\s+)?(?P<staff>volunteers|staff|teams?|doctors|medics|nurses|surgeons|"
    r"workers|fieldworkers|researchers|investigators|monitors|paramedics|crews)\s+"
    r"(?:(?:have|has|had|also|already|so\s+far)\s+)*(?P<verb>treated|evacuated|rescued|sheltered|registered|counted|"
    r"recorded|documented|buried|fed|vaccinated|identified|airlifted|"
    # "Its researchers interviewed 25 people … and put the toll at 21": a research body's own count
    r"interviewed|surveyed|put|estimated)\b")


@per_sentence  # depends on the sentence and the ones before it only
def possessed_staff(ctx: SentenceContext) -> tuple[str, str] | None:
    """(body, verb) when the sentence opens with a body's own people counting (see the module); None otherwise."""
    s = ctx.sentence
    if ctx.section.kind not in ("body", "update") or not s.lstrip().startswith(("Its ", "Their ")):
        return None
    m = _STAFF_OPENING.match(s)
    if m is None:
        return None
    body = antecedent(ctx)
    return (body, m.group("verb")) if body else None
