"""A verb of change before a number: "rose from 30 to 40", "fell 5% to", "cut the workforce by 1950 to 8,000".

The number after it is by how much or from what a quantity changed, so "N to M" after it is two amounts, not a
range (extract/numranges.py), and "by 2030" after "cut ... by" may still be an amount when "to" and a number
follow (extract/numyearclues.py). The level a phrasal verb reaches ("goes up £248 to £5,636") is
extract/numchange.py's. Split from extract/numkinds.py, whose `before_words` these rules read.
"""

from __future__ import annotations

import re

from extract.numkinds import before_words

CHANGE_BEFORE = re.compile(
    r"\b(?:rose|risen|rise|rises|rising|increased?|increasing|climbed?|climbing|jumped?|grew|grown|fell|fallen|"
    r"falls?|dropped?|declined?|went|gone|soared?|surged?|plunged?|doubled|tripled|up|down|revised|raised|"
    r"raise|raises|raising|lower|lowers|lowering|cut|cuts|cutting|reduced?|reduces|reducing|boost(?:s|ed|ing)?|"
    r"lift(?:s|ed|ing)?|hike[sd]?|hiking|slashed|slash|shrank|shrunk|shrink|widen(?:s|ed)?|narrow(?:s|ed)?|"
    r"lowered|changed?|moved?)\b[^.;\n]{0,30}\bfrom[\s\u00a0]+\Z",
    re.I,
)
_CHANGE_VERBS = frozenset(
    "rose risen rise rises rising increased increase increases increasing climbed climb climbs jumped jump jumps "
    "grew grown fell fallen fall falls dropped drop drops declined decline declines soared surged plunged slid "
    "slipped sank gained lost added cut raised lowered revised grow grows growing shrank shrinks dipped eased "
    # the participles of a clause of change: "shares were hammered, falling 11p to 286p"
    "falling dropping declining climbing jumping soaring surging plunging sliding slipping sinking gaining dipping "
    "easing".split()
)


def change_verb_before(text: str, s: int) -> bool:
    """A verb of change right before the number ("rose 5% to", "fell by $2 to"): no range follows. Also a verb of
    change and its object before "by" when "to" and a number follow the number: "cut the workforce by 1950 to
    8,000" (by how much, to how many; not "cut emissions by 2030", a deadline)."""
    t = _code_start(text, s) if s > 2 and text[s - 2 : s - 1].isupper() else s
    words = before_words(text, t, 2) or before_words(text, t, 1)
    if not words:
        return False
    if words[-1] in _CHANGE_VERBS or (words[-1] == "by" and len(words) == 2 and words[0] in _CHANGE_VERBS):
        return True
    return words[-1] == "by" and _by_to_after(text, s) and _change_verb_with_object(text, t)


_CODE_BEFORE = re.compile(r"(?<![\w$])[A-Z]{2,4}[\s\u00a0]\Z")


def _code_start(text: str, s: int) -> int:
    """The start of a currency code spaced before the number at s ("by RMB 5,000 to 55,800 yuan", "by USD 40 to"),
    where the verb of change and "by" stand before the code; else s."""
    m = _CODE_BEFORE.search(text, max(0, s - 5), s)
    return m.start() if m else s


# "by 1950 to 8,000": the number, and "to" a number that is no percentage ("by 10 to 15 per cent" is a range); a
# sum may carry its sign or a currency letter fused before it ("by $65 to $825", "by N65 to N825")
_MARK = r"(?:[$€£¥₦₹]|[A-Z][a-zA-Z]?\$?)?"
_BY_TO = re.compile(rf"{_MARK}[\d,.]+[\s\u00a0]+to[\s\u00a0]+{_MARK}\d[\d,.]*+"
                    r"(?![\s\u00a0]*(?:%|per[\s\u00a0-]?cent\b|percent\b))", re.I)


def _by_to_after(text: str, s: int) -> bool:
    """Whether the number at s is followed by "to" and another number."""
    return _BY_TO.match(text, s) is not None


# A verb of change, then its object (no punctuation), then "by": "cut the price of its city hatchback by".
_VERB_THEN_BY = re.compile(r"\b(?:" + "|".join(sorted(_CHANGE_VERBS)) + r")\b[^,;:.!?\n]{1,64}\bby[\s\u00a0]+\Z", re.I)


def _change_verb_with_object(text: str, s: int) -> bool:
    """Whether a verb of change stands before the "by" ending right before s, its object between and no punctuation
    (up to ~64 characters): "cut the workforce by", "raised its forces by", "cut the price of its city hatchback
    by". Asked only where "N to M" follows (the words of `before_words` reach six words only)."""
    return _VERB_THEN_BY.search(text, max(0, s - 80), s) is not None
