"""The worse harm told later in the clause of a verb of damage or capture: "looted and set on fire", "12 aircraft were
hit at the airbase and burned out", "the 12 aircraft hit in the raid were burned out".

A verb of damage ("hit", "struck") or capture after a count's noun says what first befell it; a verb of destruction
after it in the same clause, coordinated ("and burned out", "and were destroyed") or as the main verb of a noun the
first verb only qualifies ("aircraft hit in the raid were burned out"), says how it ended: destroyed, the worse harm
(extract/phraseparts.py `right_verb` asks). Not past punctuation, nor a second count or subject ("were hit and 3
were burned out", "were hit and the hangar was burned out": theirs is the second verb), nor a denial ("were hit
but not destroyed": no verb right after the link).
"""

from __future__ import annotations

import re

# What links the first verb to the second: "and", "and were", or the main clause's "were", "was", "had been";
# an adverb of time or degree may stand before the verb ("and later burned out", "were completely gutted").
_LINK = re.compile(r"\s(?:and(?:\s+(?:were|was|had\s+been|have\s+been))?|were|was|had\s+been|have\s+been)\s+"
                   r"(?:(?:later|then|subsequently|all|completely|totally|entirely)\s+)?", re.IGNORECASE)
_CLAUSE_ENDS = re.compile(r"[,;:.!?()\"“”]")
# In the gap before the link, what opens another clause or counts something else: a conjunction, a digit, a number
# word (the gap of the main clause's verb is a phrase of the first verb's: "hit in the raid", "struck at dawn").
_NEW_SUBJECT = re.compile(r"\d|\b(?:and|but|or|while|whereas|as|when|one|two|three|four|five|six|seven|eight|nine|"
                          r"ten|dozens?|scores|hundreds|thousands)\b", re.IGNORECASE)
_REACH = 60  # characters after the first verb where the second may stand


def worse_after(verbs: dict[str, str], verb_re: re.Pattern[str], text: str, start: int, end: int) -> bool:
    """Whether a verb of destruction follows the verb ending at `start` in its clause (within `_REACH` characters,
    before `end`), linked as the module says."""
    hi = min(end, start + _REACH)
    stop = _CLAUSE_ENDS.search(text, start, hi)
    if stop is not None:
        hi = stop.start()
    for m in _LINK.finditer(text, start, hi):
        if _NEW_SUBJECT.search(text, start, m.start()):
            return False  # "were hit and 3 were burned out", "hit and the hangar was burned": another's verb
        worse = verb_re.match(text, m.end(), end)
        if worse is not None and verbs.get(" ".join(worse.group(0).lower().split())) == "destroy":
            return True
    return False
