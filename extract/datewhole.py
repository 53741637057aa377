"""A count over a whole war: "316 soldiers killed in the whole war", "losses during the entire conflict", or since
an event told as a clause ("60 missions since the ceasefire was signed"), or a war told with its length ("a rebellion
for four decades that has killed more than 120,000", "a decades-long insurgency").

GUIDELINES: totals over a period are undated. A sentence without a date expression that says its count covers a
whole war or conflict is such a total: its numbers take no date from the sentences before it, and it lends none
to the sentences after it (a following "489 dead" in the same comparison is a war total too, not an event of
the day an earlier sentence names). "in the fighting" is not enough: it is mostly the fighting of a day just told. A named campaign ("172 soldiers died in
the Sinai campaign") is a war's whole front: its counts are totals too.
"""

from __future__ import annotations

import re

from extract.rx import lowered

# "in the whole war", "during the entire conflict", "throughout the war", "over the course of the war".
_WHOLE = re.compile(r"\b(?:in|during|throughout|over|for)\s+(?:the\s+)?(?:course\s+of\s+the\s+|whole\s+|entire\s+"
                    r"|full\s+)(?:\d{4}\s+)?(?:war|conflict)\b|\bthroughout\s+the\s+(?:war|conflict)\b", re.IGNORECASE)


# A named campaign, a war's whole front: "died in the Sinai campaign", "lost during the Norwegian Campaign" (its name in
# capitals: "killed in the campaign" may be the day's fighting of a story).
_CAMPAIGN = re.compile(r"\b(?:in|during|throughout)\s+the\s+(?:[A-Z][\w'’-]*\s+){1,3}[Cc]ampaign\b")


# A period since an event told as a clause, not a date: "more than 60 missions since the ceasefire was signed", "since the
# war began" (a total over the period, GUIDELINES: undated; "since Friday" is a date expression, not this).
# ("since the standoff with the gunmen in the hills turned violent": up to eight words name the event)
_SINCE_EVENT = re.compile(r"\bsince\s+(?:the|its|their|our)\s+(?:[\w-]+\s+){1,8}?(?:(?:was|were|had\s+been)\s+"
                          r"(?:signed|agreed|declared|proclaimed|announced|imposed|launched)|began|started|broke\s+out"
                          r"|erupted|escalated|turned\s+(?:violent|deadly|bloody)|took\s+effect|came\s+into\s+force)\b")


# A war told with its length, a total over it: "a separatist rebellion for four decades that has killed more than
# 120,000", "a decades-long insurgency that has killed", "the conflict of the past 20 years", "half a century of war".
_LONG_WAR = re.compile(r"\b(?:war|conflict|rebellion|insurgency|uprising)\s+(?:for|over|of)\s+(?:the\s+)?"
                       r"(?:(?:past|last)\s+)?(?:[\w-]+\s+)?(?:decades|years)\b"
                       r"|\b(?:decades|years|[\w-]+-year)-long\s+(?:war|conflict|rebellion|insurgency|uprising)\b"
                       # the war's length before it: "half a century of war in Mindanao, at a cost of 120,000 lives"
                       r"|\b(?:half\s+a\s+century|(?:a|one|two|three|four|five|six|seven|eight|nine|ten|several)\s+"
                       r"(?:decades|centuries|century|decade))\s+of\s+(?:civil\s+|armed\s+)?(?:war|conflict|insurgency"
                       r"|rebellion)\b",
                       re.IGNORECASE)


def whole_war(sentence: str) -> bool:
    """Whether the sentence counts over a whole war or conflict (_WHOLE) or a named campaign (_CAMPAIGN). A cheap
    test first: "war", "conflict" or "campaign" in the lower-cased sentence."""
    if "since " in sentence and _SINCE_EVENT.search(sentence) is not None:
        return True
    if ("decade" in sentence or "years" in sentence or "-year" in sentence or "centur" in sentence) \
            and _LONG_WAR.search(sentence) is not None:
        return True  # a war told with its length (_LONG_WAR)
    low = lowered(sentence)
    if low is not None and "war" not in low and "conflict" not in low:
        return "ampaign" in sentence and _CAMPAIGN.search(sentence) is not None
    return bool(_WHOLE.search(sentence)) or ("ampaign" in sentence and _CAMPAIGN.search(sentence) is not None)
