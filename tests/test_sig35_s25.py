"""Session 25 (sig35): one grammar for a letter's signature line, extract/signatures.py, read by a letters page
(extract/letters.py) and by a sign-off anywhere in a text (extract/placesignoff.py), each with its own gates.

A same-output refactor (scripts/snapshot.py: 0 documents differ): the sentences here are my own; the last tests check
the grammar against the sign-off pattern it replaced (kept below as it stood at f932e7a) on generated text.
"""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from extract.signatures import LETTER_SIGNATURE, NAME_LINE, PLACE_LINE, SIGNATURE, SIGNOFF_NL


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


def test_the_grammar_without_anchors_finds_a_signature_inside_a_line() -> None:
    m = re.search(SIGNATURE, "signed: Ruth Kagame, Nottingham")
    assert m is not None and (m.group("name"), m.group("place")) == ("Ruth Kagame", "Nottingham")


# --- one grammar: what either reader read before, both read now ---

@pytest.mark.parametrize("line, want", [
    ("Dr. Petra Lind, Uppsala", ("Dr. Petra Lind", "Uppsala")),  # a courtesy title
    ("Mr Hale, Ripon", ("Mr Hale", "Ripon")),  # a title and a surname
    ("R. T. Okafor, Enugu", ("R. T. Okafor", "Enugu")),  # initials first
    ("R.T. Okafor, Enugu", ("R.T. Okafor", "Enugu")),
    ("Mary J Ortega, Tulsa", ("Mary J Ortega", "Tulsa")),  # an initial without its stop
    ("Siobhan O'Neill, Derry", ("Siobhan O'Neill", "Derry")),
    ("Joana de Matos, Coimbra, Portugal", ("Joana de Matos", "Coimbra, Portugal")),  # a particle; a country
    ("Ian Hart, Harrogate, Yorkshire, UK", ("Ian Hart", "Harrogate, Yorkshire, UK")),
    ("Sam Reyes, dad of 3, Wigan", ("Sam Reyes", "Wigan")),  # a digit in the description
    ("Sam Reyes, former NHS nurse, Wigan", ("Sam Reyes", "Wigan")),  # a capitalised word in it
    ("Sam Reyes , Wigan", ("Sam Reyes", "Wigan")),  # a blank before the comma
    ("Kit Moss, a\tvet, Leek", ("Kit Moss", "Leek")),  # a tab in the description
    ("Kit Moss, ex, Leek", ("Kit Moss", "Leek")),  # a description of two letters
    ("Kit Moss, Leek\tTown", ("Kit Moss", "Leek\tTown")),  # a tab in the town
    ("Kit Moss,\u00a0Leek\r", ("Kit Moss", "Leek")),  # a no-break space; a carriage return
])
def test_both_readers_read_the_same_lines(line: str, want: tuple[str, str]) -> None:
    assert _letter(line) == want
    assert _signoff(line) == want


@pytest.mark.parametrize("line", [
    "UN Security Council, New York",  # an acronym: a heading, no name
    "JOHN SMITH, Leeds",
    "Dr., Leeds",
    "US Army, Kyiv",
    "Kit Moss, retired army medic and now a parish councillor, Leek",  # a description of more than five words
    "Kit Moss, Leek, Staffordshire, England, UK",  # more than three places
])
def test_neither_reader_reads_these_lines(line: str) -> None:
    assert _letter(line) is None
    assert _signoff(line) is None


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


# The sign-off pattern the grammar replaced, as it stood at f932e7a (extract/placesignoff.py).
_W = r"[A-Z][a-z][\w'’-]*+"
_OLD_SIGNOFF = re.compile(r"\n[ \t]*+(?P<name>" + _W + r"(?:[ \t]+[A-Z]\.)?(?:[ \t]+" + _W + r"){1,2})"
                          r"(?:,[ \t]*+[a-z][a-z'’-]*+(?:[ \t]+[a-z][a-z'’-]*+){0,4})?"
                          r",[ \t]*+(?P<town>" + _W + r"(?:[ \t]+" + _W + r"){0,2})[ \t]*(?=\n|\Z)")

_PIECES = ["Ruth", "Kagame", "Dr.", "J.", "de", "al-Amin", "O'Neill", "Leeds", "Broken", "Arrow", "retired", "nurse",
           "a", "ex", "3", ",", ", ", " ", "\t", "\n", "\n\n", ".", "\u00a0", "\r", "x", "KY", "Ab", "”", ":"]
_TEXTS = st.lists(st.sampled_from(_PIECES), max_size=24).map("".join)


@settings(max_examples=300, deadline=None)
@given(_TEXTS)
def test_one_grammar_for_a_line_and_every_old_sign_off_still_read(text: str) -> None:
    padded = "\n" + text
    new = {m.start(): (m.span("name"), m.span("place")) for m in SIGNOFF_NL.finditer(padded)}
    for m in _OLD_SIGNOFF.finditer(padded):
        assert new.get(m.start()) == (m.span("name"), m.span("town"))
    pos = 1
    for line in text.split("\n"):  # a line the letters page reads is a sign-off line, at the same spans
        m = LETTER_SIGNATURE.fullmatch(line)
        assert (m and (m.span("name"), m.span("place"))) == (
            new.get(pos - 1) and tuple((a - pos, b - pos) for a, b in new[pos - 1]))
        pos += len(line) + 1


@settings(max_examples=200, deadline=None)
@given(st.one_of(_TEXTS, st.text(max_size=80)))
def test_readers_never_raise_and_their_spans_point_at_a_town_on_one_line(text: str) -> None:
    from extract.letters import signature_places
    from extract.placesignoff import signoff_spans

    for a, b in [*signoff_spans(text), *signature_places(text)]:
        town = text[a:b]
        assert 0 <= a < b <= len(text) and town[:1].isupper() and "\n" not in town and town == town.strip()
