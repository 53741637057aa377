"""A later death of one victim, told in a sentence of its own: its date is that victim's, not the event's.

"The explosion killed nine people. A tenth victim, a girl of 14, died in hospital on 12 June. Forty-four people
were injured." - the 44 were injured in the explosion, not on 12 June. A sentence whose subject is one person ("A",
"An", "One") who died later ("died in hospital", "died of her wounds", "succumbed to his injuries", "died later")
adds one to the toll on a day of its own; the sentences after it go back to the event, and look past it for their
date (extract/dates.py). A count that died later ("Two of the wounded died in hospital on Sunday") is not this:
the count is a claim of its own, and "Another 12 ..." after it goes on from it.
"""

from __future__ import annotations

import re

_LATER_DEATH = re.compile(r"(?:A|An|One)\s[^.;:]{0,80}?\b(?:died|succumbed)\s+"
                          r"(?:later\b|in\s+(?:a\s+|the\s+)?hospital\b"
                          r"|(?:of|to)\s+(?:his|her|their)\s+(?:wounds|injuries)\b)")


def later_death(sentence: str) -> bool:
    """Whether the sentence tells of one victim who died later (module doc). A cheap test first: "died" or
    "succumbed" in it, and its first word one of the singular openers."""
    if "died" not in sentence and "succumbed" not in sentence:
        return False
    head = sentence.lstrip()
    return head.startswith(("A ", "An ", "One ")) and _LATER_DEATH.match(head) is not None


def past_later_deaths(text: str, indices: list[int], sentences, limit: int) -> list[int]:
    """`indices` (the sentences looked back to, nearest first) less those telling of a later death, at most
    `limit` of them."""
    out = []
    for i in indices:
        s, e = sentences[i]
        if (text.find("died", s, e) < 0 and text.find("succumbed", s, e) < 0) or not later_death(text[s:e]):
            out.append(i)  # (most sentences hold neither word: no slice of them is made)
    return out[:limit]
