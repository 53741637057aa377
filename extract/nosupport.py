"""The writer finding nothing behind a figure: "The Commission finds no support for that account", "We found
nothing to support these figures", "there is little support for the ministry's claim", "nothing in her own register supports it".

A doubt like "no evidence for these figures" (extract/stance.py's _DOUBT), said of an account, a claim or a figure
pointed at ("that", "these", "the ministry's"): GUIDELINES.md `disputed` ("unsupported"). Support for anything
else ("no support for the ceasefire", "support for the victims") is no doubt.
extract/stance.py asks it through `_has_doubt`, as one more form of doubt.

"I can't verify it" is a doubt too (the contraction _DOUBT misses), and so is "Neither claim was backed by any
evidence" (a claim said to stand on no evidence; "no evidence" after "supported by" is a form _DOUBT misses), and
a dismissal the writer endorses ("… she dismisses as propaganda, and she is right to"; "rightly rejected"), which
is about the figure of its own sentence, as is a judgement set in apposition to a figure ("…, a figure our field
teams consider too low").

A doubt pointing at "that figure" after a figure of its own sentence ("The rebel radio claimed 300 kills; the
mission found no basis for that figure.") is about that figure, and does not reach back to the sentence before
(`points_at_own_figure`, asked by extract/stance.py `around`).
"""

from __future__ import annotations

import re

from extract.figurenouns import ACCOUNT_ALT, FIGURE_ALT

__all__ = ["endorsed_dismissal", "finds_no_support", "judged_off", "points_at_own_figure"]

_FIGURE_NOUNS = rf"(?:{ACCOUNT_ALT}|versions?|{FIGURE_ALT})"  # (extract/figurenouns.py)
_NO_SUPPORT = re.compile(
    r"\b(?:no|little|nothing|not\s+any)\s+(?:(?:independent|real|credible)\s+)?(?:support|basis)\s+for\s+"
    r"(?:that|this|these|those|the|its|his|her|their|such|either|any)\s+(?:[\w'’-]+\s+){0,2}?" + _FIGURE_NOUNS + r"\b"
    r"|\bnothing\s+(?:that\s+|to\s+|which\s+)?(?:supports?|supported|backs?\s+up|bears?\s+out)\s+"
    r"(?:that|this|these|those|the|its|his|her|their|such|either|any)\s+(?:[\w'’-]+\s+){0,2}?" + _FIGURE_NOUNS + r"\b"
    # "nothing in her own register supports it": the records the writer weighs it against bear out nothing of it
    r"|\bnothing\s+in\s+(?:[\w'’-]+\s+){1,4}?(?:supports?|backs?\s+up|bears?\s+out)\s+(?:it|them)\b",
    re.I)


# "I can't verify it", "we can’t confirm that": the contracted "cannot" (stance.py's _DOUBT reads "cannot",
# "can not" and "couldn't", whose "n't" follows the whole verb; in "can't" it follows "ca").
_CANT_VERIFY = re.compile(r"\bca(?:n['’]|n['’]?no)t\s+(?:be\s+)?(?:independently\s+)?(?:verif|confirm|corroborat|check)", re.I)


# "Neither claim was backed by any evidence", "the figure is not backed by evidence": the claims said to stand
# on no evidence (the subject is a claim or figure, or "neither"/"none" of them).
_NOT_BORNE_OUT = re.compile(
    r"\b(?:(?:neither|none|no)\b[^.;:]{0,40}?\b(?:was|were|is|are|has\s+been|have\s+been)"
    r"|(?:" + _FIGURE_NOUNS + r")\s+(?:was|were|is|are|has|have)\s+not(?:\s+been)?)\s+"
    r"(?:supported|backed(?:\s+up)?|substantiated|borne\s+out)\s+by\s+(?:any\s+|the\s+)?(?:[\w'’-]+\s+)?"
    r"(?:evidence|proof)\b", re.I)


# A dismissal the writer endorses: "The staff's figure of 4,000 she dismisses as propaganda, and she is right to",
# "the army's count, which the inquiry rightly rejected": the figure dismissed is doubted by the writer too.
_ENDORSED_DISMISSAL = re.compile(
    r"\b(?:dismiss|reject|discount|disbelieve)(?:es|s|ed|d)?\b[^.;]{0,100}?,\s*(?:and|as)\s+(?:she|he|they|it|we)\s+"
    r"(?:is|are|was|were)\s+right\s+(?:to|so)\b"
    r"|\b(?:dismiss|reject|discount|disbelieve)(?:es|s|ed|d)?\b[^.;]{0,100}?,\s*(?:and\s+)?(?:rightly|correctly|justly)\s+so\b"
    r"|\b(?:rightly|correctly|justly|sensibly)\s+(?:dismiss|reject|discount|disbelieve)(?:es|s|ed|d)?\b", re.I)


# The writer (or its own people) judging a figure off the mark in apposition: "…, a figure our field teams consider
# too low", "…, a toll that we think far too high", "…, a number our researchers regard as an underestimate"; not
# another's judgement ("…, a number its critics called far too low": the critics' view, no doubt of the writer's).
_JUDGED_OFF = re.compile(
    r",\s*(?:a|an|the)\s+(?:" + _FIGURE_NOUNS + r")\s+(?:that\s+|which\s+)?"
    # the judges are the writer or its own people ("its critics called far too low" is another's view)
    r"(?:we|I|our\s+(?:own\s+)?(?:[\w-]+\s+)?[\w-]+|the\s+(?:survey|field|assessment|mission|monitoring|research)\s+"
    r"teams?|the\s+surveyors|this\s+(?:survey|report|office|mission|programme|program))\s+(?:[\w'’-]+\s+){0,2}?"
    r"(?:consider|considers|considered|think|thinks|thought|believe|believes|believed|call|calls|called|regard|regards|"
    r"regarded|judge|judges|judged|find|finds|found)\s+(?:it\s+)?(?:as\s+|to\s+be\s+)?(?:far\s+|much\s+|rather\s+|"
    r"still\s+)?(?:too\s+(?:low|high|small|large)|an?\s+(?:gross\s+)?(?:under|over)(?:estimate|statement|count)|"
    r"exaggerated|inflated)\b", re.I)


def judged_off(sentence: str) -> bool:
    """Whether the sentence sets a judgement in apposition to one of its figures ("…, a figure the teams consider too
    low"): the writer's doubt of that figure."""
    if "too " not in sentence and "under" not in sentence and "over" not in sentence and (
            "exaggerat" not in sentence and "inflated" not in sentence):
        return False  # (every match holds one of these)
    return _JUDGED_OFF.search(sentence) is not None


def endorsed_dismissal(sentence: str) -> bool:
    """Whether the sentence dismisses a figure and the writer says the dismissal is right (see _ENDORSED_DISMISSAL)."""
    if "right" not in sentence and "correctly" not in sentence and "justly" not in sentence and (
            "sensibly" not in sentence):
        return False
    return _ENDORSED_DISMISSAL.search(sentence) is not None


def finds_no_support(sentence: str) -> bool:
    """Whether the sentence says there is no support for an account or figure pointed at (see the module), that
    the writer "can't verify" it, or that "neither claim was supported by any evidence"."""
    if ("n't" in sentence or "n’t" in sentence) and _CANT_VERIFY.search(sentence):
        return True
    if ("evidence" in sentence or "proof" in sentence) and _NOT_BORNE_OUT.search(sentence):
        return True
    if endorsed_dismissal(sentence) or (", " in sentence and judged_off(sentence)):
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
    if _DIGIT.search(sentence) and (endorsed_dismissal(sentence) or judged_off(sentence)):
        return True  # "The staff's figure of 4,000 she dismisses …, and she is right to": that figure's (and "…, a
        # figure the teams consider too low")
    if "that" not in sentence and "this" not in sentence and "That" not in sentence and "This" not in sentence:
        return False
    m = _THAT_FIGURE.search(sentence)
    return m is not None and _DIGIT.search(sentence, 0, m.start()) is not None
