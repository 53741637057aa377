"""The nouns a text calls a figure by ("the toll", "these figures", "the ministry's count") and an account by
("that claim", "either account"): one list, read by the rules that find a remark or a doubt on a figure
(extract/cuetails.py `FIGURE_WORD`, extract/carry.py, extract/nosupport.py, extract/stance.py).
"""

from __future__ import annotations

import re

__all__ = ["ACCOUNT_ALT", "FIGURE_ALT", "FIGURE_WORD"]

# Regex alternations (no group): the nouns of a figure given, and of an account or claim made.
FIGURE_ALT = r"figures?|tolls?|counts?|estimates?|numbers?|tall(?:y|ies)|totals?"
ACCOUNT_ALT = r"accounts?|claims?"
# A noun of a figure given ("the figure", "tolls", "the tally").
FIGURE_WORD = re.compile(rf"\b(?:{FIGURE_ALT})\b", re.I)
