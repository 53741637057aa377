"""Wars of commerce are no armed conflict: "the supermarkets' price war", "a trade war", "a bidding war".

extract/triggers.py `names_a_war` takes a document to speak of armed conflict when a word of [cues] conflict
stands in it, and "war" is one. In "The supermarkets' price war has cut the cost of a basket ... to £38.40" the
war is one of prices, and the money beside it is a price, not a war's funding. So a document whose conflict words
all stand inside a war of commerce ([cues] commerce_war: price, trade, tariff, bidding, ratings, talent,
streaming... wars) names no war. One that names a war besides ("the trade war ... as the shelling went on", "the war
cost $40bn") still does.
"""

from __future__ import annotations

from functools import lru_cache


@lru_cache(maxsize=256)
def commerce_wars_only(text: str) -> bool:
    """Whether `text` holds a war of commerce ("price war") and every word of armed conflict in it stands inside
    one: with those blanked out, no [cues] conflict word is left, and `text` names no war. Cached per text, as
    extract/triggers.py `names_a_war` asks it of one document many times (after finding a conflict word in it)."""
    from extract.triggers import cue_in, lexicon  # (triggers imports this module)

    if not cue_in("commerce_war", text):
        return False  # the usual case: no war of commerce (a test of the text's words, then one search)
    blanked = lexicon().cues["commerce_war"].sub(lambda m: " " * len(m.group(0)), text)
    return not cue_in("conflict", blanked)
