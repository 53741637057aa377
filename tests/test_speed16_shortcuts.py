"""The shortcut of session 10's speed16 agrees with the long way it replaces (generated input; our own words).

extract/docnumbers.py: the numbers of a stretch of a sentence read off the document's own pass
(`DocumentNumbers.stretch`) against find_quantities run on the stretch, wherever the shortcut answers; and
numbers_in gives the long way's answer inside and outside extract_claims.
"""

from __future__ import annotations

from hypothesis import example, given, settings
from hypothesis import strategies as st

from extract import docnumbers
from extract.claims import extract_claims
from extract.docnumbers import DocumentNumbers, numbers_in, scan_numbers
from extract.numbers import find_quantities
from extract.sections import split_sections
from extract.sentences import split_sentences

# Pieces of report sentences: counts with and without qualifiers, ranges, dates, measures, money, joining words.
_COUNTS = ["12", "1,500", "five", "twenty-one", "about 40", "at least 7", "nearly 300", "more than 2,000",
           "between 5 and 9", "30 to 40", "dozens of", "hundreds of", "3", "1990", "2020", "$5 million", "40%",
           "half of the", "one in five", "3rd", "-5C", "7:30 p.m.", "12 km", "580:1"]
_NOUNS = ["people", "soldiers", "civilians", "children", "tanks", "houses", "fighters", "families", "drones",
          "minutes", "pounds"]
_VERBS = ["were killed", "were wounded", "died", "were displaced", "were destroyed", "fled", "were captured"]
_TAILS = ["in the north", "on Monday", "near the border", "last week", "officials said", "since March 3",
          "including", "and", "of them", "to", "or", "by", "as well as", "while", "between", "from",
          "a couple of days ago"]
_STOPS = [". ", ".\n\n", "? ", "! ", ".\n", "\n\n", "\n- ", ": "]


@st.composite
def _report(draw) -> str:
    """A few report sentences of counts, nouns, verbs and tails, with their stops (and headline-like lines); a count
    may stand right before the next, or a joining word."""
    parts = []
    for _ in range(draw(st.integers(1, 4))):
        words = []
        for _ in range(draw(st.integers(1, 5))):  # a count, mostly with its noun, then words up to the next
            words += [draw(st.sampled_from(_COUNTS)), draw(st.sampled_from(_NOUNS + [""]))]
            words += draw(st.lists(st.sampled_from(_VERBS + _TAILS), max_size=3))
        sentence = " ".join(w for w in words if w)
        parts.append(sentence[:1].upper() + sentence[1:] + draw(st.sampled_from(_STOPS)))
    return "".join(parts)


def _stretches(text: str) -> tuple[DocumentNumbers, list[tuple[str, int]]]:
    """The document's numbers, and every stretch numbers_in may be asked for, with where it starts: each sentence
    up to each of its numbers, and whole."""
    quantities = find_quantities(text)
    spans = [span for sec in split_sections(text) for span in split_sentences(text, sec.start, sec.end)]
    parts = [(text[s:k], s) for s, e in spans for k in [q.char_start for q in quantities if s < q.char_start < e] + [e]]
    return DocumentNumbers(text, quantities, spans), parts


@settings(max_examples=300, deadline=None)
@given(_report())
@example("Rebels killed 12 people. Another 40 were wounded near the border.")
@example("Fighting flares\n\n1990 families fled, 2020 families stayed.")
@example("12 people 12 people.\n\n1990 people 12 people 12 people.\n2020 people. ")
@example("Shelling killed 1990 2020 people. The wait rose from 21 to 28 minutes. It sold at 20 pounds to 1 dollar.")
def test_stretch_is_the_stretch_scanned(text: str) -> None:
    doc, parts = _stretches(text)
    for part, at in parts:
        got = doc.stretch(part, at)
        if got is not None:
            got, want = _as_the_document_reads(got, tuple(find_quantities(part)), text, at)
            assert got == want, part


def _opens_row(text: str, k: int) -> bool:
    """Whether only blanks stand between the line break (or the text's start) before `k` and `k`."""
    return not text[text.rfind("\n", 0, k) + 1 : k].strip(" \t")


def _but_row_years(qs: tuple, text: str, at: int) -> tuple:
    """The quantities without those that open a line (the ones a table row's year may be)."""
    return tuple(q for q in qs if not _opens_row(text, at + q.char_start))


def _as_the_document_reads(got: tuple, want: tuple, text: str, at: int) -> tuple[tuple, tuple]:
    """Both readings without what only a line's start decides, where the stretch alone and the document disagree on
    whether a line starts there: a year opening a line that the document reads as heading a table row
    (extract/layoutnums.py), and a number opening a stretch that opens no line in the document ("12 people. 12: 12
    people.": alone, "12:" opens the text, as a list number does). The document's reading is the one its claims
    carry (the twins test below); everything else must agree."""
    if any(q.kind == "year" and _opens_row(text, at + q.char_start) for q in got):
        got, want = _but_row_years(got, text, at), _but_row_years(want, text, at)
    if at > 0 and not _opens_row(text, at):
        got, want = tuple(q for q in got if q.char_start > 0), tuple(q for q in want if q.char_start > 0)
    return got, want


def test_stretch_answers_the_common_cases_and_declines_the_edges() -> None:
    text = "Rebels killed 12 people and wounded 40 others. Shelling killed 1990 2020 people from 21 to 28 minutes."
    doc, _ = _stretches(text)
    part, second = "Rebels killed 12 people and wounded ", text.index("Shelling")
    assert doc.stretch(part, 0) == tuple(find_quantities(part))
    assert [q.surface for q in doc.stretch(part, 0)] == ["12"]
    assert doc.stretch("Rebels killed 12 people and wounded 40 others.", 0) is not None  # a whole sentence
    assert doc.stretch("Shelling killed 1990 ", second) is None  # a number right before the end: what follows reads it
    assert doc.stretch("Shelling killed 1990 2020 people from 21 to ", second) is None  # a joining word before the end
    assert doc.stretch("killed 12 people and ", 7) is None  # no sentence starts there
    assert doc.stretch("Rebels killed 12 people and wounded 40 others. Shelling ", 0) is None  # across a sentence
    assert doc.stretch("Rebels killed 12 ", second) is None  # not the text at that start


def test_stretch_declines_after_a_line_without_stop_that_is_no_break() -> None:
    text = "Rebels killed 12 people; -5 degrees at night killed 3 more."
    doc = DocumentNumbers(text, find_quantities(text), [(0, 23), (24, len(text))])
    assert doc.stretch("-5 degrees at night killed ", 24) is None  # opens with a minus sign
    assert doc.stretch(text[24:], 24) is None  # after ";", not a full stop nor a line break


@settings(max_examples=100, deadline=None)
@given(_report())
@example("12 people in the north one in five minutes. ")
@example("2020 people 12 people 12 people. 12 people.\n1990 people. ")  # a year heading a row: the document's reading
@example("12 people. 12: 12 people. ")  # "12:" opens the stretch, not a line: the document's reading  # "one in five" whole; cut before "five", "the north one"
def test_numbers_in_is_the_long_way_inside_and_outside_a_document(text: str) -> None:
    doc, parts = _stretches(text)
    for part, at in parts:
        want = tuple(find_quantities(part))
        assert numbers_in(part, at) == want
        token = docnumbers._CURRENT.set(doc)
        try:
            got, want_here = _as_the_document_reads(numbers_in(part, at), want, text, at)
            assert got == want_here, part
        finally:
            docnumbers._CURRENT.reset(token)
    assert docnumbers.current() is None


def test_extract_claims_opens_and_closes_the_document() -> None:
    seen = []
    original = DocumentNumbers.stretch

    def spy(self: DocumentNumbers, part: str, at: int):
        seen.append(self.text)
        return original(self, part, at)

    DocumentNumbers.stretch = spy  # type: ignore[method-assign]
    try:
        text = "Rebels killed 12 people in the north. Of these, 5 were children."
        claims = extract_claims(text)
    finally:
        DocumentNumbers.stretch = original  # type: ignore[method-assign]
    assert [c.number_text for c in claims] == ["12", "5"]
    assert seen and set(seen) == {text}
    assert docnumbers.current() is None
    assert scan_numbers("5 were children") == tuple(find_quantities("5 were children"))


# review7's probe: two sentences open with the same words; the stretch is read at the start its caller gives.
_TWINS = "2022 rebels killed 40 people\n2023 rebels killed 50 people\n\nIt was bad. 2022 rebels killed 40 people."


def test_a_stretch_is_read_where_its_sentence_starts_not_where_its_words_first_stand() -> None:
    doc, parts = _stretches(_TWINS)
    last = _TWINS.rindex("2022")
    part = "2022 rebels killed "
    want = tuple(find_quantities(part))
    got = doc.stretch(part, last)
    assert got is None or got == want
    token = docnumbers._CURRENT.set(doc)
    try:
        assert numbers_in(part, last) == want
        assert [(q.kind, q.unit) for q in numbers_in(part, last)] == [(want[0].kind, want[0].unit)]
    finally:
        docnumbers._CURRENT.reset(token)


def test_each_twin_sentence_is_read_as_the_document_read_it_there() -> None:
    doc, _ = _stretches(_TWINS)
    last = _TWINS.rindex("2022")
    row = doc.stretch("2022 rebels killed ", 0)  # the table row: the document read its 2022 as a year
    prose = doc.stretch("2022 rebels killed ", last)  # the sentence after "It was bad.": a count, as there
    assert row is not None and [(q.kind, q.unit) for q in row] == [("year", "year")]
    assert prose is not None and [(q.kind, q.unit, q.value) for q in prose] == [("number", "count", 2022.0)]
