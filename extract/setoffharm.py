"""A count whose harm comes after a set-off description, as telegrams and catalogues write it: "84 loyalist villagers,
mostly women and children, killed; 31 wounded", "some 60 porters, among them boys, wounded".

After the number: at most three words (its noun), a comma, a description opened by a word of part or kind ("mostly",
"mainly", "including", "among them", "all", ...; no comma, stop or semicolon in it), a comma, and a participle of harm
("killed", "dead", "wounded", ...) closing the clause (a comma, semicolon or stop after it, or "in", "at", "on", "by").
The participle gives the measure. Not reached: "84 villagers, mostly women, who were killed" (a clause), "84
villagers, mostly women, killed the guard" (an object after the verb: no clause end), "40 men, mostly farmers,
arrived" (no participle of harm). extract/classify.py asks only for a number no verb acts on, with a comma after.
"""

from __future__ import annotations

import re

_S = r"[^\S\n]"
_SET_OFF = re.compile(
    rf"(?:{_S}+[\w'’-]+){{1,3}},{_S}+(?:mostly|mainly|chiefly|largely|many|most|all|including|among{_S}+them)\b"
    rf"[^,;.\n]{{0,60}},{_S}+(?P<harm>killed|dead|slain|massacred|murdered|wounded|injured)"
    rf"(?={_S}*[;.,]|{_S}*\Z|{_S}+(?:in|at|on|by|during)\b)")
# The words that open the description (the gate: one must be a word of the sentence).
SET_OFF_WORDS = frozenset({"mostly", "mainly", "chiefly", "largely", "many", "most", "all", "including", "among"})
_MEASURE = {"wounded": "wounded", "injured": "wounded"}


def set_off_harm(text: str, end_of_number: int, end: int) -> str | None:
    """The measure of a count whose participle of harm follows a set-off description (the module's docstring), else
    None; `end` is where the sentence ends."""
    m = _SET_OFF.match(text, end_of_number, end)
    if m is None:
        return None
    return _MEASURE.get(m.group("harm"), "killed")
