"""extract_claims never raises on text made of the words its own rules look for.

Random unicode (tests/test_numbers_properties.py) seldom holds "shot down", "of whom" or "Label:" next to a number,
so the rarer rules of the claim, attribution, place and date layers were never run on odd input: one raised
AttributeError on a report nobody had fitted ("shot down 12." at the end of a sentence) and took the whole
document's claims with it. Here hypothesis builds documents from the lexicons' own words and phrases, numbers in
every form, punctuation, line breaks, speaker labels and headlines, and every claim must hold: no exception, a span
that points at its number, answers in the vocabularies.
"""

from __future__ import annotations

import json
import tomllib
from datetime import date
from pathlib import Path

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from extract import extract_claims, vocab

ASSETS = Path(__file__).resolve().parents[1] / "assets" / "lexicons"


def _strings(value: object) -> list[str]:
    """Every string in a parsed TOML or JSON value (keys of tables too: they are nouns and verbs)."""
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [s for k, v in value.items() for s in [k, *_strings(v)]]
    if isinstance(value, list):
        return [s for v in value for s in _strings(v)]
    return []


def _lexicon_phrases() -> list[str]:
    claims = tomllib.loads((ASSETS / "claims.toml").read_text(encoding="utf-8"))
    sources = json.loads((ASSETS / "sources.json").read_text(encoding="utf-8"))
    words = _strings(claims) + _strings(sources)
    # patterns of sources.json are regexes, not words: keep plain phrases only
    return sorted({w for w in words if w and len(w) < 40 and not any(c in w for c in "\\()[]?*+|{}^$")})


PHRASES = _lexicon_phrases()
NUMBERS = ["12", "1,200", "3.5", "40", "7-9", "30+", "about 300", "at least 85", "up to 60,000", "dozens",
           "hundreds", "nearly two hundred", "a dozen", "one", "Fifteen", "seven", "between 7 and 9", "$27 million",
           "580:1", "90%", "2016", "May 23", "6:40", "48-hour", "No. 4", "#41", "1st", "-3", "½", "1 000"]
GLUE = [".", ",", ";", ":", " —", "(", ")", "\"", "“", "”", "'s", "\n", "\n\n", "of whom", "of them", "and",
        "were", "was", "said", "says", "on Sunday", "in Aleppo", "ANCHOR:", "Mr. Rowlands:", "Q:", "A:", "UPDATE:",
        "- ", "Another", "others", "more", "the", "a", "to", "by", "from", "since", "last year", "this town"]

tokens = st.one_of(st.sampled_from(PHRASES), st.sampled_from(NUMBERS), st.sampled_from(GLUE))
documents = st.lists(tokens, min_size=1, max_size=60).map(" ".join)


@settings(max_examples=1000, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(documents, st.sampled_from([None, date(2016, 5, 24), date(1997, 9, 24)]),
       st.sampled_from([None, "Levant Wire"]))
@example(" — displace 12", None, None)  # a bulleted headline alone: its look-ahead passed the last sentence (session 6)
def test_documents_of_the_lexicons_words_never_raise(text: str, published: date | None, outlet: str | None) -> None:
    for claim in extract_claims(text, published=published, outlet=outlet):
        assert text[claim.char_start : claim.char_end] == claim.number_text
        assert claim.measure in vocab.MEASURES
        assert claim.side in vocab.SIDES
        assert claim.source_type in vocab.SOURCE_TYPES
        assert claim.stance in vocab.STANCES


def test_the_phrases_come_from_the_lexicons() -> None:
    """The strategy reads the lexicons (a lexicon renamed or emptied would leave the test above toothless)."""
    assert len(PHRASES) > 500
    assert "barrel bombs" in PHRASES
