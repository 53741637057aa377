"""Who the people counted are, told by a word the phrase reader does not take for their noun.

- A force of the United Nations or of a peace mission: "Twelve UN troops were killed", "78 UNTAC personnel lost
  their lives", "40 peacekeeping troops" are peacekeepers (a third party: side unknown), not an army's troops.
  The mission's name stands between the number and the noun: "UN", "U.N.", "United Nations", a UN mission's
  acronym ("UNAMSIL", "UNIFIL", "MINUSMA", "MONUSCO"), or "peacekeeping" ([cues] un_force).
- A topic fronted before the sentence's clause: "For civilians, the ministry said that 3,000 had been killed" -
  the civilians are counted when the number has no noun of its own. Not reached: "For years, 300 were held"
  (no noun of the lexicon), "For the army, 300 troops ..." (a noun of its own).
"""

from __future__ import annotations

import re

from extract.triggers import lexicon

_UN_MARKS = ("UN", "U.N.", "United Nations", "MINU", "MONU", "ONU", "AMISOM", "ATMIS", "peace")  # (the cheap test)
_FRONTED = re.compile(r"[\"“]?(?:For|As\s+for)\s+(?:the\s+)?([\w-]+(?:\s+[\w-]+)?)\s*,\s*", re.IGNORECASE)


def un_force(text: str, number_end: int, np_end: int) -> bool:
    """Whether the force counted between `number_end` and the end of its noun is named as a UN or peace mission's."""
    stretch = text[number_end:np_end]
    if not any(mark in stretch for mark in _UN_MARKS):
        return False  # (the cheap test: every word of [cues] un_force holds one of these)
    return lexicon().cues["un_force"].search(text, number_end, np_end) is not None


def fronted_topic(lex, text: str, start: int, k: int) -> tuple[str, str] | None:
    """(class, subject) of a people noun fronted as the sentence's topic ("For civilians, ... 10,000 had been
    killed"); None when the sentence opens otherwise or the noun is not a noun of people of the lexicon."""
    m = _FRONTED.match(text, start, k)
    if m is None:
        return None
    for key in (m.group(1).lower(), m.group(1).split()[-1].lower()):
        got = lex.noun_class.get(key)
        if got is not None:
            return got if got[0] in ("civilian", "fighter", "peacekeeper", "third_party", "medical") else None
    return None
