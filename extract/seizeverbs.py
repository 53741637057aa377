"""Arms and equipment taken from their holders, told by verbs the lexicon's verb groups lack: seized.

"At the roadblock the militia confiscated 230 machetes", "a raid on the warehouse turned up a further 600
detonators", "police impounded 14 pick-up trucks", "troops uncovered 40 rifles and 300 grenades": a verb of taking
or finding things held by someone else, right before the count of weapons, equipment or ordnance (qualifiers such as
"a further" or "another" between), gives `seized` as the lexicon's "seized" and "captured" do. The verbs live in
assets/lexicons/claims.toml [seize_verbs]; the list's later items share the verb (extract/listitems.py).
"""

from __future__ import annotations

from functools import lru_cache

from extract.context import SentenceContext
from extract.records import Quantity
from extract.tailwords import strip_fillers
from extract.triggers import closing_table

# The classes of things a side holds, which these verbs take from it.
THINGS = frozenset({"weapon", "equipment", "ordnance", "munition"})


@lru_cache(maxsize=1)
def _verbs() -> tuple[frozenset[str], frozenset[str]]:
    """(the one-word verbs, the last words of the two-word ones) of [seize_verbs], and the two-word verbs whole."""
    items = closing_table("seize_verbs")["items"]
    return frozenset(v for v in items if " " not in v), frozenset(v for v in items if " " in v)


def gate_words() -> frozenset[str]:
    """The words one of which the sentence must hold for `seize_verb_before` to be asked."""
    one, two = _verbs()
    return one | frozenset(v.split()[0] for v in two)


def seize_verb_before(ctx: SentenceContext, q: Quantity) -> int | None:
    """Where a verb of taking or finding held things starts, right before the number (qualifiers dropped); None
    when there is none."""
    text = ctx.text
    lo = max(ctx.start, q.char_start - 50)
    words = text[lo : strip_fillers(text, lo, q.char_start)].rsplit(None, 2)
    one, two = _verbs()
    if words and words[-1].lower() in one:
        return text.rfind(words[-1], lo, q.char_start)
    if len(words) >= 2 and f"{words[-2]} {words[-1]}".lower() in two:
        return text.rfind(words[-2], lo, q.char_start)
    return None
