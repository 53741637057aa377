"""Guarded regexes (extract/rx.py) match exactly what their plain twins match.

A guard is a lookahead on the characters a match can start with; if that set missed one
character (a case variant such as "ſ" for "s" under IGNORECASE, a branch's first letter,
what follows an optional group), a claim would silently vanish. Every guarded pattern of
the package is compared with its plain compile on real-looking and on generated text.
"""

from __future__ import annotations

import importlib
import pkgutil
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import extract
from counterclaim.corpus import generate_articles
from extract import extract_claims
from extract.rx import REGISTRY, ascii_lower, first_chars, guarded

import warehouse.event_match  # noqa: E402,F401  (incident linking's wording pattern is guarded too)

for _mod in pkgutil.iter_modules(extract.__path__):
    importlib.import_module(f"extract.{_mod.name}")  # every module's guarded patterns register on import

TEXTS = [a["text"] for a in generate_articles(120, seed=23)]
for _text in TEXTS[:40]:
    extract_claims(_text)  # patterns compiled on first use (lexicons, gazetteer) register too
PAIRS = list(REGISTRY)
WORDS = sorted({w for t in TEXTS for w in re.findall(r"\S+", t)})
TRICKY = "sS\u017fkK\u212aiI\u0130\u0131 aAbB,.;:'\"’“”()-–—\n\t\u00a0 0123456789"


def _matches(p: re.Pattern, text: str) -> list:
    return [(m.span(), m.groups()) for m in p.finditer(text)]


def _anchored(p: re.Pattern, text: str) -> list:
    out = []
    for i in range(0, len(text), 7):
        m = p.match(text, i)
        out.append(m and (m.span(), m.groups()))
    return out


def test_the_package_guards_its_patterns():
    assert len(PAIRS) >= 15


@pytest.mark.parametrize("plain,fast", PAIRS, ids=[p.pattern[:40] for p, _ in PAIRS])
def test_guarded_pattern_equals_plain_on_generated_reports(plain, fast):
    for text in TEXTS:
        assert _matches(fast, text) == _matches(plain, text)
        assert _anchored(fast, text) == _anchored(plain, text)


@settings(max_examples=60, deadline=None)
@given(st.lists(st.one_of(st.sampled_from(WORDS), st.text(alphabet=TRICKY, max_size=4)), max_size=30))
def test_guarded_patterns_equal_plain_on_arbitrary_text(pieces):
    text = " ".join(pieces)
    for plain, fast in PAIRS:
        assert _matches(fast, text) == _matches(plain, text), plain.pattern


def test_first_characters_include_every_case_variant():
    assert first_chars(r"\bsaid\b", re.I) == frozenset("sSſ")
    assert first_chars(r"(?:kill|injur)ed", re.I) == frozenset("kK\u212aiI\u0130\u0131")
    assert first_chars(r"(?<!\w)(?:an?\s+)?toll") == frozenset("at")
    assert first_chars(r"(?i:x)y") == frozenset("xX")


@pytest.mark.parametrize("pattern", [r"a?", r"\w+", r"[^a]b", r".x", r"(?:a|)b?"])
def test_unknown_or_empty_first_sets_are_left_plain(pattern):
    assert first_chars(pattern) is None
    assert guarded(pattern).pattern == pattern


def test_a_pattern_anchored_at_the_start_is_left_plain():
    assert guarded(r"^\s*said", re.I).pattern == r"^\s*said"


@pytest.mark.parametrize("text", [
    "Shelling on \u017funday killed 5 people in Aleppo.",  # ſunday: matched as Sunday, once a ValueError
    "On 3 \u017feptember 2015, 40 people died in Homs.",
    "La\u017ft Monday, 4 were killed.",
    "Tens of thousand\u017f fled the city.",  # once a KeyError
    "\u0130n May, 12 soldiers were \u212ailled.",
    "Some 2.5 M\u0130LL\u0130ON people fled; 2 m\u0131ll\u0131on more are at risk.",  # once KeyErrors
    "One in \u017feven children was hurt.",
])
def test_letters_ignorecase_takes_for_ascii_do_not_break_extraction(text):
    from datetime import date

    claims = extract_claims(text, published=date(2016, 5, 3))
    assert all(text[c.char_start : c.char_end] == c.number_text for c in claims)
    assert ascii_lower("\u017funday \u212a \u0130") == "sunday k i"


@pytest.mark.parametrize("ch", ["s", "K", "i", "a", "’", "–", "é", "Σ", "ß", "\u212a", "\u0131"])
def test_case_variants_are_every_character_ignorecase_matches(ch):
    from extract.rx import _fold

    pattern = re.compile(re.escape(ch), re.I)
    brute = {chr(c) for c in range(0x10000) if not 0xD800 <= c < 0xE000 and pattern.fullmatch(chr(c))}
    assert brute <= _fold(ord(ch), True)


@pytest.mark.parametrize("odd,plain", [
    ("The \u017fhelling killed 12 people in Aleppo.", "The shelling killed 12 people in Aleppo."),
    ("Rebels said 40 \u017foldiers were \u212ailled.", "Rebels said 40 soldiers were killed."),
    ("Rebel\u017f destroyed 3 tanks near Hama.", "Rebels destroyed 3 tanks near Hama."),
])
def test_a_word_matched_through_a_look_alike_letter_is_looked_up_as_its_ascii_twin(odd, plain):
    """The patterns match "ſhelling" as "shelling" (IGNORECASE); the tables must then know it too, or the
    claim silently vanishes."""
    def fields(text):
        return [(c.best, c.measure, c.subject, c.side) for c in extract_claims(text)]

    assert fields(odd) == fields(plain) != []
