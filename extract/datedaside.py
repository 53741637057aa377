"""A participle aside dated by "after"/"before"/"since" between a claimant and its verb (extract/claimants.py).

"Soviet archives, opened after 1991, give the army's losses as 720 dead", "The ministry's files, sealed until
2005, list 300 names": the aside says when the source became available, not who speaks. The clause cuts of
extract/claimants.py split such an aside in two ("opened" | "after 1991"), so the walk back from the verb meets a
year where the subject should be; this reads the two pieces as one aside to step over.
"""

from __future__ import annotations

import re

__all__ = ["TIME_CUTS", "dated_aside_pieces"]

# The words that open the aside's second piece (claimants._CLAUSE_CUT cuts at them), as written: the callers'
# cheap test ("After" opens a sentence, not an aside).
TIME_CUTS = frozenset(("after", "before", "since", "until"))
# The first piece: a lone past participle ("opened", "declassified", "released in part").
_PARTICIPLE = re.compile(r"\s*(?:[a-z]+ed|written|seen|shown|made|drawn|kept|held)(?:\s+(?:only|first|in\s+part))?\s*")
# The second: a time after the cut word ("1991", "the war", "the fall of the Soviet Union").
_TIME = re.compile(r"\s*(?:(?:the\s+)?(?:[\w'’-]+\s+){0,4}?[\w'’-]+)\s*")


def dated_aside_pieces(before: str, pieces: list[tuple[int, int, str]], k: int) -> int:
    """How many pieces, from piece k back, make a dated participle aside set off by commas (2), else 0.
    `pieces` are claimant_before's (start, end, the cut that opens the piece) of `before`; piece k+1 must open
    with the closing comma, piece k-1 with the opening one, and a piece before that must hold the subject."""
    if k < 2 or k + 1 >= len(pieces):
        return 0
    a, b, op = pieces[k]
    if op not in TIME_CUTS or pieces[k + 1][2] != "," or pieces[k - 1][2] != ",":
        return 0
    pa, pb, _ = pieces[k - 1]
    if not _PARTICIPLE.fullmatch(before[pa:pb]) or not _TIME.fullmatch(before[a:b]):
        return 0
    return 2
