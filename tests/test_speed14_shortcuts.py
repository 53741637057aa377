"""The shortcuts of session 9's speed14 agree with the long way they replace (generated input; our own words).

- extract/wordset.py may_occur_in_parts: a key-word test of a document read from its sentences' word sets, against
  may_occur over the whole document.
- extract/peacetolls.py peace_words_in (once per document, from the memo) against may_occur on the document, and
  its use as a gate: where it is False, war_words_of_peace is False.
- extract/peacetolls.py harm_of_no_war: "police" and "fortune" looked up in the sentence's words before the
  patterns that need them as whole words.
- extract/numscan.py hot_words_ascii against HOT_WORD_ASCII.finditer; extract/numkinds.py _rate_before against
  RATE_BEFORE.search; extract/numbers.py _spread_over against _SPREAD_OVER.search.
- extract/placetold.py dateline_place (anchored matches at line starts) against _DATELINE_PLACE.search.
"""

from __future__ import annotations

from hypothesis import example, given, settings
from hypothesis import strategies as st

from extract import numbers as N
from extract import numkinds as K
from extract import numscan
from extract import peacetolls as P
from extract import placetold
from extract.claims import extract_claims
from extract.context import SENTENCE_TEXTS, Section, SentenceContext
from extract.sentences import split_sentences
from extract.wordset import may_occur, may_occur_in_parts, words_of

_SEPARATORS = st.sampled_from([" ", "  ", "\n", ", ", ". ", "; ", "-", "'s ", "\u00a0", "", ".\n\n"])

# Words of peace uses, labour disputes and war, and some others (our own words).
_WORDS = ["police", "forces", "police force", "battle", "of the bands", "war", "memorial", "war memorial", "novel",
          "union", "the union", "ballot", "strike", "strikes", "walkout", "pay rise", "shelling", "killed", "12",
          "43", "hostages", "to fortune", "fortune", "Police", "FORCES", "\u0130", "caf\u00e9", "x", "A", "of",
          "the", "rebels", "Aleppo", "17 of the 43 police forces", "two hostages to fortune", "K", "\u017f"]


def _texts(words: list[str]) -> st.SearchStrategy[str]:
    """Texts of the given words, a few characters of any kind, and the separators between them."""
    return st.lists(st.tuples(st.sampled_from(words) | st.text(max_size=3), _SEPARATORS), max_size=25).map(
        lambda pairs: "".join(w + s for w, s in pairs))


@st.composite
def _text_and_spans(draw) -> tuple[str, list[tuple[int, int]]]:
    """A text and pieces of it in order (some cutting words, some with gaps between them)."""
    text = draw(_texts(_WORDS))
    cuts = sorted(draw(st.lists(st.integers(0, len(text)), max_size=8)))
    spans, prev = [], 0
    for a, b in zip(cuts[::2], cuts[1::2]):
        if a >= prev:
            spans.append((a, b))
            prev = b
    return text, spans


_KEYS = [P._PEACE_KEYS, frozenset({"police"}), frozenset({"fortune", "union"}), frozenset(), None]


@settings(max_examples=400, deadline=None)
@given(_text_and_spans(), st.sampled_from(_KEYS))
@example(("strikes  strikes ", [(0, 15)]), P._PEACE_KEYS)  # a piece ending inside "strikes" holds "strike"
def test_may_occur_in_parts_is_may_occur(got: tuple[str, list[tuple[int, int]]], keys) -> None:
    text, spans = got
    pieces = [text[s:e] for s, e in spans]
    assert may_occur_in_parts(keys, text, spans, pieces) == may_occur(keys, text)


@settings(max_examples=300, deadline=None)
@given(_text_and_spans())
def test_may_occur_in_parts_out_of_order(got: tuple[str, list[tuple[int, int]]]) -> None:
    """Pieces out of order or overlapping: the whole text is read, the same answer."""
    text, spans = got
    spans = spans[::-1] + spans
    assert may_occur_in_parts(P._PEACE_KEYS, text, spans, [text[s:e] for s, e in spans]) == may_occur(
        P._PEACE_KEYS, text)


def _contexts(text: str, memo: bool) -> list[SentenceContext]:
    spans = tuple(split_sentences(text, 0, len(text)))
    shared = {SENTENCE_TEXTS: [text[s:e] for s, e in spans]} if memo else None
    section = Section("body", 0, len(text))
    return [SentenceContext(text, spans, i, section, None, None, memo=shared) for i in range(len(spans))]


@settings(max_examples=300, deadline=None)
@given(_texts(_WORDS))
def test_peace_words_in_is_the_long_way(text: str) -> None:
    for fast, slow in zip(_contexts(text, True), _contexts(text, False)):
        assert P.peace_words_in(fast) == P.peace_words_in(slow) == may_occur(P._PEACE_KEYS, text)
        if not P.peace_words_in(fast):
            assert not P.war_words_of_peace(text)  # the gate is right


@settings(max_examples=400, deadline=None)
@given(_texts(_WORDS), st.data())
def test_whole_words_before_the_patterns(text: str, data) -> None:
    """Where _POLICE_FORCES or _FORTUNE match inside a sentence, "police" or "fortune" is one of its words."""
    end = data.draw(st.integers(0, len(text)))
    start = data.draw(st.integers(0, end))
    words = words_of(text[:end])
    if P._POLICE_FORCES.match(text, start, end):
        assert "police" in words
    if P._FORTUNE.match(text, start, end):
        assert "fortune" in words


def test_harm_of_no_war_cases() -> None:
    """Written cases: police forces counted, hostages to fortune, and a report of a battle of the bands."""
    claims = extract_claims("Shelling killed 12 soldiers near the front. Officials said 17 of the 43 police forces "
                            "were put on alert.")
    assert [c.best for c in claims if c.measure == "killed"] == [12]
    assert not [c for c in claims if c.best in (17, 43)]
    claims = extract_claims("The band made two hostages to fortune when it booked 3 dates. Rebels seized 40 "
                            "hostages in the raid.")
    assert [c.best for c in claims if c.measure == "captured"] == [40]
    ctx = _contexts("The battle of the bands drew 300 fans. 12 bands were wiped out in the first round.", True)[1]
    assert P.peace_words_in(ctx) and P.war_words_of_peace(ctx.text)


# Number words and their neighbours, and words of rates and distances (our own words).
_NUMBER_WORDS = ["one", "ten", "tenth", "tens", "tenfold", "twenty-one", "a dozen", "dozens", "half", "quarter",
                 "hundred", "thousands", "million", "oneself", "often", "twentyish", "3", "40", "1,200", "_ten",
                 "ten_", "x9", "9x", "seven", "seventy", "a third", "fifth", "several", "the", "dollar", "euro",
                 "USD", "greenback", "the dollar fetched", "buys", "now", "about", "usſd", "UsſD", "Dollar",
                 "km", "12 km", "kilometres", "over", "Over", "miles", "stood at", "K", "GreeKback"]


@settings(max_examples=500, deadline=None)
@given(_texts(_NUMBER_WORDS))
def test_hot_words_ascii_is_finditer(text: str) -> None:
    low = text.encode("ascii", "ignore").decode("ascii").lower()
    assert numscan.hot_words_ascii(low) == [(m.start(), m.group()) for m in numscan.HOT_WORD_ASCII.finditer(low)]


@settings(max_examples=500, deadline=None)
@given(_texts(_NUMBER_WORDS), st.data())
def test_rate_before_and_spread_over_are_their_searches(text: str, data) -> None:
    s = data.draw(st.integers(0, len(text)))
    assert K._rate_before(text, s) == (K.RATE_BEFORE.search(text, max(0, s - 60), s) is not None)
    assert N._spread_over(text, s) == (N._SPREAD_OVER.search(text, max(0, s - 40), s) is not None)


def test_rate_and_spread_cases() -> None:
    """Written cases: the rate before a number and the distance spread over stages, found and not."""
    text = "On Monday the dollar fetched about 41 hryvnias."
    assert K._rate_before(text, text.index("41"))
    assert not K._rate_before("The council fetched about 41 chairs.", 27)
    text = "The race covers 3,404 km over 21 stages."
    assert N._spread_over(text, text.index("21"))
    assert not N._spread_over("The race covers 3,404 km in 21 stages.", 31)
    text = "Five of the ten men, a dozen in all, fled; often one stayed."
    assert numscan.hot_words_ascii(text.lower()) == [(0, "five"), (12, "ten"), (23, "dozen"), (49, "one")]


_DATELINE_WORDS = ["KABUL", "MPEKETONI", "Kabul", "AL-", "O'NEIL", "Afghanistan", "(Wire)", "(AP)", "\u2014", "\u2013",
                   "-", " ", "\t", "\n", "\r\n", ",", "this town", "12", "said", "NEW YORK", "A", "X.Y."]


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(_DATELINE_WORDS) | st.text(max_size=2), max_size=25).map("".join))
def test_dateline_place_is_search(text: str) -> None:
    got, expected = placetold.dateline_place(text), placetold._DATELINE_PLACE.search(text)
    assert (got.span(), got.group("place")) == (expected.span(), expected.group("place")) if expected else got is None


def test_dateline_place_cases() -> None:
    """Written cases: a dateline on the first line, on a later line, and none."""
    text = "Filed late\nKABUL, Afghanistan (Wire) \u2014 Gunmen stormed this town on Monday."
    assert placetold.dateline_place(text).group("place") == "KABUL"
    assert placetold.dateline_place("MPEKETONI \u2014 The raid on this farming town").group("place") == "MPEKETONI"
    assert placetold.dateline_place("The raid on this town - KABUL \u2014 said") is None
