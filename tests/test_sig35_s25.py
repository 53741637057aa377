"""Session 25 (sig35): one grammar for a letter's signature line, extract/signatures.py, read in two dialects
(a letters page's loose one, extract/letters.py; a sign-off's strict one anywhere, extract/placesignoff.py).

A same-output refactor: the sentences here are my own; the last tests check the shared grammar against the patterns
it replaced (kept below as they stood at f932e7a) on generated text.
"""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from extract.signatures import LETTER_SIGNATURE, NAME_LINE, PLACE_LINE, SIGNOFF_NL, signature_line


def _letter(line: str) -> tuple[str, str] | None:
    m = LETTER_SIGNATURE.fullmatch(line)
    return (m.group("name"), m.group("place")) if m else None


def _signoff(line: str) -> tuple[str, str] | None:
    m = SIGNOFF_NL.search("\n" + line)
    return (m.group("name"), m.group("place")) if m else None


# --- the shared structure: name, comma, (lower-case description, comma,) town ---

@pytest.mark.parametrize("line, want", [
    ("Ruth Kagame, Nottingham", ("Ruth Kagame", "Nottingham")),
    ("Owen Pryce, former paramedic, Aberystwyth", ("Owen Pryce", "Aberystwyth")),
    ("Lena Brandt, Stoke Newington", ("Lena Brandt", "Stoke Newington")),
    ("  Ifeoma Eze, parish councillor, Milton Keynes  ", ("Ifeoma Eze", "Milton Keynes")),
])
def test_both_dialects_read_a_plain_signature(line: str, want: tuple[str, str]) -> None:
    assert _letter(line) == want
    assert _signoff(line) == want


@pytest.mark.parametrize("line", [
    "Nottingham",  # a town alone
    "Ruth Kagame",  # a name alone
    "Ruth Kagame, who lives in Nottingham.",  # a sentence
    "the vicar, Nottingham",  # no capitalised name
    "Ruth Kagame, Retired Nurse, Nottingham, England, Europe",  # a capitalised "description": too many places
    "Ruth Kagame: Nottingham",  # no comma
])
def test_neither_dialect_reads_a_line_that_is_no_signature(line: str) -> None:
    assert _letter(line) is None
    assert _signoff(line) is None


def test_signature_line_builds_the_grammar_from_any_words() -> None:
    pattern = re.compile(signature_line("[A-Z]+", "[a-z]+", "[A-Z][a-z]+", " *"))
    m = pattern.fullmatch("ABC, xyz, Leeds")
    assert m is not None and (m.group("name"), m.group("place")) == ("ABC", "Leeds")
    assert pattern.fullmatch("ABC, Leeds") is not None
    assert pattern.fullmatch("ABC,xyz,Leeds") is not None
    assert pattern.fullmatch("ABC xyz, Leeds") is None
    assert pattern.fullmatch("ABC, Xyz, Leeds") is None  # (a description opens lower-case)


# --- where the dialects differ (extract/signatures.py's docstring lists why) ---

@pytest.mark.parametrize("line, want", [
    ("Dr. Petra Lind, Uppsala", ("Dr. Petra Lind", "Uppsala")),  # a courtesy title
    ("R. T. Okafor, Enugu", ("R. T. Okafor", "Enugu")),  # initials first
    ("Joana de Matos, Coimbra, Portugal", ("Joana de Matos", "Coimbra, Portugal")),  # a particle; a country
    ("Sam Reyes, dad of 3, Wigan", ("Sam Reyes", "Wigan")),  # a digit in the description
    ("Sam Reyes , Wigan", ("Sam Reyes", "Wigan")),  # a blank before the comma
])
def test_only_a_letters_page_reads_the_looser_lines(line: str, want: tuple[str, str]) -> None:
    assert _letter(line) == want
    assert _signoff(line) is None


@pytest.mark.parametrize("line, want", [
    ("Kit Moss, a\tvet, Leek", ("Kit Moss", "Leek")),  # a tab in the description
    ("Kit Moss, ex, Leek", ("Kit Moss", "Leek")),  # a description of two letters
    ("Kit Moss, Leek\tTown", ("Kit Moss", "Leek\tTown")),  # a tab in the town
])
def test_only_a_sign_off_reads_these_blanks_and_short_descriptions(line: str, want: tuple[str, str]) -> None:
    assert _signoff(line) == want
    assert _letter(line) is None


def test_the_two_line_signature_is_a_name_line_over_a_place_line() -> None:
    assert NAME_LINE.fullmatch("Prof. Hana Ito,") and NAME_LINE.fullmatch("Ruth Kagame")
    assert PLACE_LINE.fullmatch("Kyoto, Japan") and PLACE_LINE.fullmatch("Kyoto")
    assert not NAME_LINE.fullmatch("Ruth") and not PLACE_LINE.fullmatch("in Kyoto")


# --- the readers: same output as before the refactor ---

def test_each_reader_keeps_its_own_gate_over_the_shared_line() -> None:
    from extract.letters import signature_places
    from extract.placesignoff import signoff_spans

    # A sign-off follows its letter's last sentence line; a letters page's one-line signature is its own paragraph.
    text = ("Letters: the shelling\n\nThe figures were shocking and nobody answered for them.\nOwen Pryce, former "
            "paramedic, Aberystwyth\n\nI counted the ambulances myself.\n\nRuth Kagame, Nottingham\n")
    assert [text[a:b] for a, b in signoff_spans(text)] == ["Aberystwyth"]
    assert [text[a:b] for a, b in signature_places(text)] == ["Nottingham"]


# The patterns the shared grammar replaced, as they stood at f932e7a (extract/letters.py, extract/placesignoff.py).
_OLD_NAME = r"(?:(?:Dr|Prof|Mr|Mrs|Ms|Rev)\.?\s+)?[A-Z][\w'’.-]+(?:\s+(?:[A-Z][\w'’.-]*|de|da|van|von|al-\w+)){1,3}"
_OLD_PLACE = r"[A-Z][\w'’.-]+(?:[ ,]+[A-Z][\w'’.-]+){0,2}"
_OLD_LETTER = re.compile(r"\s*(?P<name>" + _OLD_NAME + r")\s*,\s*(?:[a-z][\w'’ -]{2,30},\s*)?(?P<place>"
                         + _OLD_PLACE + r")\s*$")
_W = r"[A-Z][a-z][\w'’-]*+"
_OLD_SIGNOFF = re.compile(r"\n[ \t]*+(?P<name>" + _W + r"(?:[ \t]+[A-Z]\.)?(?:[ \t]+" + _W + r"){1,2})"
                          r"(?:,[ \t]*+[a-z][a-z'’-]*+(?:[ \t]+[a-z][a-z'’-]*+){0,4})?"
                          r",[ \t]*+(?P<town>" + _W + r"(?:[ \t]+" + _W + r"){0,2})[ \t]*(?=\n|\Z)")

_PIECES = ["Ruth", "Kagame", "Dr.", "J.", "de", "al-Amin", "O'Neill", "Leeds", "Broken", "Arrow", "retired", "nurse",
           "a", "ex", "3", ",", ", ", " ", "\t", "\n", "\n\n", ".", "\u00a0", "\r", "x", "KY", "Ab", "”", ":"]
_TEXTS = st.lists(st.sampled_from(_PIECES), max_size=24).map("".join)


@settings(max_examples=300, deadline=None)
@given(_TEXTS)
def test_the_shared_grammar_reads_as_the_patterns_it_replaced(text: str) -> None:
    for line in text.split("\n"):
        old, new = _OLD_LETTER.fullmatch(line), LETTER_SIGNATURE.fullmatch(line)
        assert (old and (old.span("name"), old.span("place"))) == (new and (new.span("name"), new.span("place")))
    padded = "\n" + text
    old_spans = [(m.span(), m.span("name"), m.span("town")) for m in _OLD_SIGNOFF.finditer(padded)]
    assert [(m.span(), m.span("name"), m.span("place")) for m in SIGNOFF_NL.finditer(padded)] == old_spans


@settings(max_examples=200, deadline=None)
@given(st.one_of(_TEXTS, st.text(max_size=80)))
def test_readers_never_raise_and_their_spans_point_at_a_town_on_one_line(text: str) -> None:
    from extract.letters import signature_places
    from extract.placesignoff import signoff_spans

    for a, b in [*signoff_spans(text), *signature_places(text)]:
        town = text[a:b]
        assert 0 <= a < b <= len(text) and town[:1].isupper() and "\n" not in town and town == town.strip()
