"""The writer finding nothing behind a figure: "The Commission finds no support for that account", "We found
nothing to support these figures", "there is little support for the ministry's claim".

A doubt like "no evidence for these figures" (extract/stance.py's _DOUBT), said of an account, a claim or a figure
pointed at ("that", "these", "the ministry's"): GUIDELINES.md `disputed` ("unsupported"). Support for anything
else ("no support for the ceasefire", "support for the victims") is no doubt.
extract/stance.py asks it through `_has_doubt`, as one more form of doubt.

"I can't verify it" is a doubt too (the contraction _DOUBT misses).

A doubt pointing at "that figure" after a figure of its own sentence ("The rebel radio claimed 300 kills; the
mission found no basis for that figure.") is about that figure, and does not reach back to the sentence before
(`points_at_own_figure`, asked by extract/stance.py `around`).
"""

from __future__ import annotations

import re

from extract.figurenouns import ACCOUNT_ALT, FIGURE_ALT

__all__ = ["finds_no_support", "points_at_own_figure"]

_FIGURE_NOUNS = rf"(?:{ACCOUNT_ALT}|versions?|{FIGURE_ALT})"  # (extract/figurenouns.py)
_NO_SUPPORT = re.compile(
    r"\b(?:no|little|nothing|not\s+any)\s+(?:(?:independent|real|credible)\s+)?(?:support|basis)\s+for\s+"
    r"(?:that|this|these|those|the|its|his|her|their|such|either|any)\s+(?:[\w'’-]+\s+){0,2}?" + _FIGURE_NOUNS + r"\b"
    r"|\bnothing\s+(?:that\s+|to\s+|which\s+)?(?:supports?|supported|backs?\s+up|bears?\s+out)\s+"
    r"(?:that|this|these|those|the|its|his|her|their|such|either|any)\s+(?:[\w'’-]+\s+){0,2}?" + _FIGURE_NOUNS + r"\b",
    re.I)


# "I can't verify it", "we can’t confirm that": the contracted "cannot" (stance.py's _DOUBT reads "cannot",
# "can not" and "couldn't", whose "n't" follows the whole verb; in "can't" it follows "ca").
_CANT_VERIFY = re.compile(r"\bca(?:n['’]|n['’]?no)t\s+(?:be\s+)?(?:independently\s+)?(?:verif|confirm|corroborat|check)", re.I)


def finds_no_support(sentence: str) -> bool:
    """Whether the sentence says there is no support for an account or figure pointed at (see the module), or
    that the writer "can't verify" it."""
    if ("n't" in sentence or "n’t" in sentence) and _CANT_VERIFY.search(sentence):
        return True
    if "support" not in sentence and "basis" not in sentence and "othing" not in sentence:
        return False  # (every match holds "support" or "basis", or opens with "nothing")
    return bool(_NO_SUPPORT.search(sentence))


# "that figure", "this claim": one figure pointed at (not "these figures", "either account": several).
_THAT_FIGURE = re.compile(r"\b(?:that|this)\s+(?:[\w'’-]+\s+)?" + _FIGURE_NOUNS + r"\b", re.I)
_DIGIT = re.compile(r"\d")


def points_at_own_figure(sentence: str) -> bool:
    """Whether the sentence points at one figure ("that figure") after a figure of its own: its doubt is that
    figure's, not the sentence before's."""
    if "that" not in sentence and "this" not in sentence and "That" not in sentence and "This" not in sentence:
        return False
    m = _THAT_FIGURE.search(sentence)
    return bool(m) and _DIGIT.search(sentence, 0, m.start()) is not None
