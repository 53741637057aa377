"""The shortcuts of session 8's speed13 agree with the long way they replace (generated input; our own words).

- extract/cuescan.py closing_tag_search: cues._POST_SAID tried only at the commas and quotes just before its
  verbs, against _POST_SAID.search over the whole sentence.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from extract import cues
from extract.cuescan import closing_tag_search

_SEPARATORS = st.sampled_from([" ", "  ", "\n", ", ", ",", " ,", "; ", ": ", "\t", "”", "\"", ". ", ""])

# Pieces of closing attributions and of the clauses before them (our own words).
_TAG_WORDS = ["said", "says", "added", "reported", "claimed", "estimated", "told", "told reporters", "told the BBC",
              "told us", "according to", "the mayor", "Jane Roe", "the region's ombudsman", "a 52-year-old trader",
              "officials", "on Monday", "in an interview", "by phone", "late", "earlier", "last", "week", "published",
              "on", "by", "seen", "in", "as", "after", "calling", "adding", "up", "down", "and", "which", "40",
              "people were killed", "the toll rose to 12", "Said", "resaid", "saidx", "x", "A", "é"]


def _texts(words: list[str]) -> st.SearchStrategy[str]:
    """Texts of the given words, a few characters of any kind, and the separators between them."""
    return st.lists(st.tuples(st.sampled_from(words) | st.text(max_size=3), _SEPARATORS), max_size=20).map(
        lambda pairs: "".join(w + s for w, s in pairs))


def _same(a, b) -> bool:
    if a is None or b is None:
        return a is b
    return a.span() == b.span() and a.groupdict() == b.groupdict()


@settings(max_examples=400, deadline=None)
@given(_texts(_TAG_WORDS))
def test_closing_tag_search_is_post_said_search(text: str) -> None:
    assert _same(closing_tag_search(cues._POST_SAID, text, cues._POST_SAID_KEYS), cues._POST_SAID.search(text))


def test_closing_tag_search_cases() -> None:
    """Written cases: the tag after a clause of commas, with an apposed role, after a quote, and none."""
    cases = [
        "Shelling hit the market, the school and the clinic, killing 12, the mayor said.",
        "Shelling hit the market, killing 12, the region's ombudsman, Jane Roe, told reporters.",
        "\"We counted 40 bodies,\" said the doctor.",
        "Shelling hit the market, said to be empty, and 12 died in the blast on Monday",
        "The toll rose to 12, according to officials, up from 8 reported earlier.",
    ]
    for text in cases:
        expected = cues._POST_SAID.search(text)
        assert _same(closing_tag_search(cues._POST_SAID, text, cues._POST_SAID_KEYS), expected)
    assert cues._POST_SAID.search(cases[1]).group("appos") == "Jane Roe"  # the case the third comma back serves
    assert cues._POST_SAID.search(cases[3]).group("v2") == "said"  # (a tag right after the comma)
    assert closing_tag_search(cues._POST_SAID, "Shelling hit the market, killing 12.", cues._POST_SAID_KEYS) is None
