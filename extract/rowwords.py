"""The words of the [rows] tables of assets/lexicons/claims.toml, compiled once.

They are read only by the rules of label rows (extract/labelrows.py), list items (extract/listitems.py) and
numbers pointing back at an earlier count (extract/backcounts.py): nouns the main lexicon ([nouns], read by
extract/triggers.py) must not hold ("incidents" count attacks only in these rules), the collective nouns of a
force, and the verbs of counting and finding.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from extract.triggers import closing_table, norm
from extract.trie import trie_alternation


@dataclass(frozen=True, slots=True)
class RowWords:
    default_measure: dict[str, str]  # noun class -> measure of a label row with no verb
    noun_class: dict[str, tuple[str, str]]  # written noun (normalised) -> (class, subject)
    noun_re: re.Pattern[str]  # any of those nouns, as whole words
    force_re: re.Pattern[str]  # a collective noun of a force, then linking words, to the end of the stretch
    force_heads: re.Pattern[str]  # a word in every such noun, on folded text: one must stand before the number
    force_lasts: frozenset[str]  # the last word of every link (the word before the number, qualifiers aside)
    wind_force: re.Pattern[str]  # a wind word, then "force" right before the figure: a Beaufort strength, no force
    counting: frozenset[str]  # verbs of counting ("We recorded 562")
    counting_re: re.Pattern[str]  # any of them, on folded text
    found: frozenset[str]  # verbs of finding ("Fifteen were found")
    range_re: re.Pattern[str]  # a word standing for a count restated by a range, to the end of the stretch; group
    # "bound": an open-ended bound before the figure ("a figure of more than 2,000")
    range_heads: re.Pattern[str]  # a word of every such phrase, on folded text


def _alternation(phrases: list[str]) -> str:
    return r"(?<!\w)(?:" + trie_alternation(phrases, fold=True, flexible_space=True) + r")(?!\w)"


@lru_cache(maxsize=1)
def row_words() -> RowWords:
    """The [rows] tables (read once per process)."""
    rows = closing_table("rows")
    nouns = {norm(k): (v[0], v[1]) for k, v in rows["nouns"].items()}
    force = rows["force_nouns"]
    # (a quotation may open before the figure: 'its force of "about 400"')
    links = r"(?:\s+[\"“]?(?:" + trie_alternation(force["links"], fold=True, flexible_space=True) + r"))*\s+[\"“]?\Z"
    not_before = r"(?<!\w)(?<!" + r"\s)(?<!".join(re.escape(w) for w in force["not_before"]) + r"\s)"
    return RowWords(
        default_measure=dict(rows["default_measure"]),
        noun_class=nouns,
        noun_re=re.compile(_alternation(list(nouns)), re.IGNORECASE),
        force_re=re.compile(not_before + r"(?:" + trie_alternation(force["items"], fold=True, flexible_space=True)
                            + r")" + links, re.IGNORECASE),
        force_heads=_heads(force["items"]),
        force_lasts=frozenset(norm(w).split()[-1] for w in force["items"] + force["links"]),
        wind_force=re.compile(r"(?<!\w)(?:" + trie_alternation(force["wind_words"], fold=True) + r")\b[\w\s-]{0,12}?"
                              r"\bforce\s+\Z", re.IGNORECASE),
        counting=frozenset(rows["counting"]["verbs"]),
        counting_re=_any_of(rows["counting"]["verbs"]),
        found=frozenset(rows["counting"]["found"]),
        range_re=re.compile(_alternation(rows["counting"]["ranges"]) + r"\s+(?:(?:about|around|some|roughly|"
                            r"approximately|an\s+estimated)\s+|(?P<bound>" + trie_alternation(
                                rows["counting"]["bounds"], fold=True, flexible_space=True) + r")\s+)?\Z",
                            re.IGNORECASE),
        range_heads=_heads(rows["counting"]["ranges"]),
    )


def _heads(phrases: list[str]) -> re.Pattern[str]:
    """Any of the longest words of the phrases, on folded text (one of them stands in every phrase)."""
    return _any_of([max(norm(p).split(), key=len) for p in phrases])


def _any_of(words: list[str]) -> re.Pattern[str]:
    """Any of `words` (folded, lower case) anywhere, on folded text: the cheap test before a pattern."""
    return re.compile("|".join(sorted({re.escape(norm(w)) for w in words}, key=len, reverse=True)))


# Built when the module is imported, not when the first number of a list or a label row turns up: the table and
# its patterns take ~10 ms, once per process, which then fell inside whichever document came first (and inside a
# bench's timed pass, whose one warm-up document holds no such number).
row_words()
