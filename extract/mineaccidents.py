"""Landmine accidents counted by a report of mines left by a war: incidents of the war's munitions.

"The survey recorded 41 mine accidents in 2000", "Mine-action survey: 41 accidents recorded": where a report
speaks of landmines and their clearance, a count of mine accidents counts blasts of the war's mines (measure
attacks, subject "mine accident"; side unknown: the mines' layers are not told). The word "accident" is
otherwise one of peace ([cues] non_conflict, mishaps: "41 mine accidents" in a coal field are no claim), so the
document must speak of landmines or demining ([mine_accidents] report_words of assets/lexicons/claims.toml) and the
sentence of mines (sentence_words). The mine word stands in the noun phrase ("12 mine accidents", "12 mine-related
incidents"); a bare "accidents" only where the sentence names mines and no "of <noun>" says what they were ("police
reported 12 incidents of looting" is no mine accident). The number must count the accidents themselves: "the 12
people killed in mine accidents" count people (other rules).
"""

from __future__ import annotations

import re
from functools import lru_cache

from extract.context import SentenceContext
from extract.records import Quantity
from extract.triggers import closing_table, whole_words as _whole
from extract.trie import trie_alternation

_BARE = re.compile(r"\s+(?:accidents|accident)\b(?!\s+(?:of|involving)\b)", re.IGNORECASE)


@lru_cache(maxsize=1)
def _table() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """The mine-accident noun phrase after a number, and the words of mines in a sentence and in a report."""
    table = closing_table("mine_accidents")
    modifiers = trie_alternation(table["modifiers"], fold=True, flexible_space=True)
    noun = re.compile(r"\s+(?:" + modifiers + r")\s+(?:accidents|incidents|accident|incident)\b", re.IGNORECASE)
    return noun, _whole(table["sentence_words"]), _whole(table["report_words"])


def mine_accidents(ctx: SentenceContext, q: Quantity) -> tuple[str, str, str] | None:
    """("attacks", "mine accident", "unknown") when the number counts mine accidents in a report of landmines."""
    noun, sentence, report = _table()
    if noun.match(ctx.text, q.char_end, ctx.end) is None and _BARE.match(ctx.text, q.char_end, ctx.end) is None:
        return None
    if sentence.search(ctx.sentence) is None or report.search(ctx.text) is None:
        return None
    return "attacks", "mine accident", "unknown"
