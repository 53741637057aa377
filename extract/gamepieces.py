"""The furniture of a board game or wargame counts nothing of a war.

A wargame's rules speak of war ("3 tank counters", "The Finnish player wins if at least 5 motti are eliminated by
the end of turn 12", "10 or more steps exit at hex 2215"), but their numbers count game pieces, hexes, turns, steps
and points, not forces or losses. A sentence is a game's rule when it holds a word only games use ("counters",
"hex", "victory points"; [game_pieces] sentence_words of assets/lexicons/claims.toml), or a player with a word of
the game's play ("player" and "wins", "turn", "scenario"); then every number in it is furniture. The same
document's historical notes, whose sentences name no player and no piece, keep their figures ("the division, some
17,000 men, crossed the border"). "In turn" or a "counter-attack" alone make no game.
"""

from __future__ import annotations

from functools import lru_cache

from extract.triggers import closing_table


@lru_cache(maxsize=1)
def _words() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """The one-word keys of the table: words alone making a rule, players, and words of play."""
    table = closing_table("game_pieces")

    def keys(items: list[str]) -> frozenset[str]:
        return frozenset(w.lower() for w in items)
    return keys(table["sentence_words"]), keys(table["player_words"]), keys(table["rule_words"])


def game_rule(words: frozenset[str]) -> bool:
    """Whether a sentence with these words (extract/wordset.py, lower case) is a game's rule (see the module)."""
    alone, players, play = _words()
    if not alone.isdisjoint(words):
        return True
    return not players.isdisjoint(words) and not play.isdisjoint(words)


# The words without one of which no sentence is a game's rule: the caller's set lookup before game_rule is asked.
GATE: frozenset[str] = _words()[0] | _words()[1]
