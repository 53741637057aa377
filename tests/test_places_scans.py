"""The faster scans of extract/gazetteer.py, worldtowns.py and placementions.py find what the plain regexes find
(generated input; the sentences are our own)."""

from __future__ import annotations

import re
from functools import lru_cache

from hypothesis import given, settings
from hypothesis import strategies as st

from extract import gazetteer as gazetteer_module
from extract import placementions, placenames, worldtowns
from extract.gazetteer import _TEXT_ARTICLES, gazetteer, normalise
from extract.trie import trie_alternation

# Words that make spellings, articles, datelines, bylines and unlisted places, and what breaks them up.
_WORDS = st.lists(
    st.sampled_from(["Aleppo", "aleppo", "Deir ez-Zor", "al-Bab", "al", "Al", "ash", "Jableh", "and", "Tartous",
                     "Goma", "El Fasher", "Port-au-Prince", "Kuriga", "town", "village", "of", "region", "Region",
                     "Kayah", "camp", "Kamounia", "BEIRUT", "KYIV,", "Ukraine", "(Reuters)", "—", "-", "By", "Mara",
                     "Lindqvist,", "Syria's", "’s", "(", ")", "ı", "\n", "\n\n", " ", ",", ".", "Ünal", "Adré"])
    | st.text(max_size=5),
    max_size=16)


@lru_cache(maxsize=1)
def _plain_pattern() -> re.Pattern[str]:
    """The gazetteer's spelling pattern as first written: a look-behind before each spelling."""
    places = gazetteer().places
    return re.compile(r"(?<![a-z0-9])(?:" + _TEXT_ARTICLES + r")?(" + trie_alternation(sorted(places, key=len,
                                                                                                  reverse=True))
                      + r")(?![a-z0-9])")


def _spellings_long_way(norm: str) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), m.group(1)) for m in _plain_pattern().finditer(norm)]


@settings(max_examples=200, deadline=None)
@given(_WORDS, st.sampled_from([str, str.lower, str.upper]))
def test_spellings_are_those_of_the_plain_pattern(words: list[str], case) -> None:
    norm = normalise(case(" ".join(words)))[0]
    assert gazetteer_module._spellings(gazetteer().scan, norm) == _spellings_long_way(norm)


def test_a_spelling_may_follow_one_ending_in_a_bracket() -> None:
    """Spellings ending in a character outside [a-z0-9] ("ankyra (ankyra)"), next to others, as the plain pattern."""
    gaz = gazetteer()
    odd = sorted(k for k in gaz.places if not re.match(r"[a-z0-9]", k[-1]))
    assert odd, "the gazetteer has spellings ending in a bracket"
    for key in odd[:20]:
        norm = f"x {key}aleppo and {key} aleppo"
        assert gazetteer_module._spellings(gaz.scan, norm) == _spellings_long_way(norm)


def test_spellings_on_generated_articles() -> None:
    from counterclaim.corpus import generate_articles

    for article in generate_articles(40, seed=23):
        norm = normalise(article["text"])[0]
        assert gazetteer_module._spellings(gazetteer().scan, norm) == _spellings_long_way(norm)


_ASCII_WORDS = st.lists(
    st.sampled_from(["Goma", "El Fasher", "Port-au-Prince", "Rio de Janeiro", "The", "In", "OCHA", "Aleppo's",
                     "al-Bab", "O'Neill", "x-Ray", "North Kivu", "Gaza Strip", "-", "'", "\n", ",", ".", "_", "9"])
    | st.text(st.characters(max_codepoint=127), max_size=5),
    max_size=14)


@settings(max_examples=200, deadline=None)
@given(_ASCII_WORDS)
def test_ascii_capital_run_scan_is_the_capital_run_regex(words: list[str]) -> None:
    text = " ".join(words)
    assert [m.span() for m in worldtowns._CAP_RUN_SCAN_ASCII.finditer(text)] == \
        [m.span() for m in worldtowns._CAP_RUN.finditer(text)]


def _not_event_spans_long_way(text: str) -> list[tuple[int, int]]:
    spans = [m.span() for m in placementions._DATELINE.finditer(text)]
    if "By" in text:
        spans += [m.span() for m in placementions._BYLINE.finditer(text)]
    return spans


@settings(max_examples=200, deadline=None)
@given(_WORDS)
def test_datelines_and_bylines_are_those_of_the_line_patterns(words: list[str]) -> None:
    text = " ".join(words)
    assert placementions._not_event_spans(text) == _not_event_spans_long_way(text)


@settings(max_examples=200, deadline=None)
@given(_WORDS)
def test_guarded_unlisted_scan_is_the_unlisted_regex(words: list[str]) -> None:
    text = " ".join(words)
    assert [(m.span(), m.groupdict()) for m in placenames._UNLISTED_SCAN.finditer(text)] == \
        [(m.span(), m.groupdict()) for m in placenames._UNLISTED.finditer(text)]


def test_line_and_unlisted_scans_on_generated_articles() -> None:
    from counterclaim.corpus import generate_articles

    for article in generate_articles(60, seed=41):
        text = article["text"]
        assert placementions._not_event_spans(text) == _not_event_spans_long_way(text)
        assert [m.span() for m in placenames._UNLISTED_SCAN.finditer(text)] == \
            [m.span() for m in placenames._UNLISTED.finditer(text)]


def test_a_dateline_and_a_byline_are_found_on_their_lines() -> None:
    text = "KYIV, Ukraine (Eastbridge Wire) — Shelling hit Kharkiv.\nBy Mara Lindqvist, staff\nMore text."
    spans = placementions._not_event_spans(text)
    assert [text[a:b] for a, b in spans] == ["KYIV, Ukraine (Eastbridge Wire) —", "By Mara Lindqvist"]
