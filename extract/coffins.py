"""Coffins counted: the dead they hold, or a stock of goods.

"26 coffins were laid in a single grave", "mourners carried 12 coffins through the town": the coffins of the dead
count the dead (the lexicon's [nouns.toll] "coffins", "caskets"). Not so coffins made, bought, ordered or sent as
goods ("the carpenter has made 300 coffins", "the council ordered 500 coffins ahead of the offensive", "donated 40
caskets"): a stock, no toll; a verb of making or supplying just before the number tells it.
"""

from __future__ import annotations

import re

from extract.qualifierwords import qualifier_pattern

_GOODS = re.compile(r"\b(?:made|make|makes|making|built|build|builds|building|ordered|order|orders|ordering|bought|buy|"
                    r"buys|buying|sold|sell|sells|selling|donated|donate|donates|delivered|deliver|delivers|supplied|"
                    r"supply|supplies|produced|produce|produces|producing|stocked|stockpiled|carved|imported|shipped|"
                    r"manufactured)\s+(?:(?:the|another|a\s+further|its|their)\s+)?(?:" + qualifier_pattern()
                    + r"\s+)?\Z", re.IGNORECASE)


def coffins_as_goods(text: str, lo: int, k: int, q_end: int, np_end: int) -> bool:
    """Whether the count at `k` (its sentence starting at `lo`) of coffins or caskets (the noun ending at `np_end`)
    counts goods made or supplied, no dead (the module's docstring)."""
    noun = text[q_end:np_end].lower()
    if "coffin" not in noun and "casket" not in noun:
        return False
    return _GOODS.search(text, max(lo, k - 40), k) is not None
