"""Sentence segmentation: abbreviations, quotes, lists, headlines, lines (our own sentences)."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from extract.sentences import split_sentences


def sents(text: str, start: int = 0, end: int | None = None) -> list[str]:
    return [text[s:e] for s, e in split_sentences(text, start, end)]


def test_plain_sentences():
    assert sents("Shells fell at dawn. Nine people died! Who fired? Nobody knows.") == [
        "Shells fell at dawn.", "Nine people died!", "Who fired?", "Nobody knows."]


def test_abbreviations_do_not_end_sentences():
    text = "Mr. Haddad met Gen. Karimi and Dr. Salem at the U.S. embassy. They talked until 3 p.m. on Friday."
    assert sents(text) == ["Mr. Haddad met Gen. Karimi and Dr. Salem at the U.S. embassy.",
                           "They talked until 3 p.m. on Friday."]


def test_initialism_before_a_capitalised_word_runs_on():
    assert sents("The U.N. Security Council met. It voted.") == ["The U.N. Security Council met.", "It voted."]


def test_time_abbreviation_can_end_a_sentence():
    assert sents("The truce began at 2 a.m. Shelling resumed an hour later.") == [
        "The truce began at 2 a.m.", "Shelling resumed an hour later."]


def test_initials_and_numbered_abbreviations():
    assert sents("Lt. Col. R. Davies reported No. 4 Battery lost two guns. Nothing more.") == [
        "Lt. Col. R. Davies reported No. 4 Battery lost two guns.", "Nothing more."]


def test_decimals_and_ellipsis():
    assert sents("Inflation hit 7.5 percent… Prices kept rising. Then 2.5 million fled.") == [
        "Inflation hit 7.5 percent…", "Prices kept rising.", "Then 2.5 million fled."]


def test_quotes_close_after_the_period():
    assert sents("He said, “We lost 40 men.” The army denied it.") == [
        "He said, “We lost 40 men.”", "The army denied it."]
    assert sents('"Where are they?" she asked. Nobody answered.') == ['"Where are they?" she asked.',
                                                                        "Nobody answered."]


def test_headlines_and_lines_without_final_punctuation():
    text = "Car Bomb Kills 12 in Market Town\n\nUPDATE 0900 GMT: Officials say the toll rose.\nSee Also: Aid Convoy Hit"
    assert sents(text) == ["Car Bomb Kills 12 in Market Town", "UPDATE 0900 GMT: Officials say the toll rose.",
                           "See Also: Aid Convoy Hit"]


def test_list_items_and_bullets():
    text = "Three factors:\n#1: Air power\n#2: Supply lines\n  • 1) troops are tired\n  – the roads are cut"
    assert sents(text) == ["Three factors:", "#1: Air power", "#2: Supply lines", "1) troops are tired",
                           "the roads are cut"]


def test_hard_wrapped_line_continues():
    text = "The convoy carried food for\nthousands of families. It was stopped."
    assert sents(text) == ["The convoy carried food for\nthousands of families.", "It was stopped."]


def test_glued_sentences_in_careless_writing():
    assert sents("the video shows 3 trucks.2nd clip shows 1 jeep.No doubt about it") == [
        "the video shows 3 trucks.", "2nd clip shows 1 jeep.", "No doubt about it"]


def test_lowercase_after_period_runs_on():
    assert sents("They used approx. ten rockets. Then quiet.") == ["They used approx. ten rockets.", "Then quiet."]


def test_bounds_are_respected():
    text = "Ignore this. Keep this one. And this. Not this."
    start = text.index("Keep")
    end = text.index("Not") - 1
    assert sents(text, start, end) == ["Keep this one.", "And this."]


def test_empty_and_blank():
    assert split_sentences("") == []
    assert split_sentences("   \n\n  ") == []


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("ab AB.?!\n“”\"'•-1:…")) , max_size=120))
def test_spans_are_ordered_trimmed_and_inside_the_text(text):
    spans = split_sentences(text)
    last = 0
    for s, e in spans:
        assert last <= s < e <= len(text)
        piece = text[s:e]
        assert piece == piece.strip()
        last = e
    covered = "".join(text[s:e] for s, e in spans)
    # every letter or digit of the text belongs to some sentence
    assert sorted(c for c in covered if c.isalnum()) == sorted(c for c in text if c.isalnum())


@settings(max_examples=100, deadline=None)
@given(st.text(max_size=200))
def test_any_unicode_never_raises(text):
    for s, e in split_sentences(text):
        assert 0 <= s < e <= len(text)


# --------------------------------------------------------------------------- one scan per stretch


def _blocks(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """extract.sentences._blocks as first written (the line tests in another order now), with the soft wraps that
    came later (extract/numwraps.py: "... and\nMr." goes on across a line break that ends a long wrapped line)."""
    from extract.numwraps import soft_wraps
    from extract.sentences import _LINE_END_PUNCT

    blocks: list[tuple[int, int]] = []
    pos = start
    b_start = start
    while pos < end:
        nl = text.find("\n", pos, end)
        if nl < 0:
            break
        line = text[pos:nl].rstrip()
        j = nl + 1
        while j < end and text[j] in " \t\r\u00a0":
            j += 1
        blank_next = j >= end or text[j] == "\n"
        continues = bool(line.strip()) and not blank_next and line[-1] not in _LINE_END_PUNCT and (
            text[j].islower() or nl in soft_wraps(text))
        if not continues:
            blocks.append((b_start, nl))
            b_start = nl + 1
        pos = nl + 1
    blocks.append((b_start, end))
    return blocks


def _split_block_by_block(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """split_sentences as it was before its two scans ran once per stretch: the scans ran per block."""
    from extract.sentences import _CLOSERS, _add, _ends_sentence

    _TERMINAL = re.compile(r"[.!?…]+[" + re.escape(_CLOSERS) + r"]*(?=\s)")  # the patterns as first written
    _GLUED = re.compile(r"(?<=[a-z]{2})[.!?](?=[A-Z][a-z]|I\s|\d+(?:st|nd|rd|th)?\b)")

    end = len(text) if end is None else min(end, len(text))
    start = max(0, start)
    spans: list[tuple[int, int]] = []
    for b_start, b_end in _blocks(text, start, end):
        cuts: set[int] = set()
        for m in _TERMINAL.finditer(text, b_start, b_end):
            nxt = m.end()
            while nxt < b_end and text[nxt].isspace():
                nxt += 1
            if nxt < b_end and _ends_sentence(text, b_start, m.start(), text[m.start()], nxt):
                cuts.add(nxt)
        for m in _GLUED.finditer(text, b_start, b_end):
            cuts.add(m.end())
        pos = b_start
        for cut in sorted(cuts):
            _add(text, pos, cut, spans)
            pos = cut
        _add(text, pos, b_end, spans)
    return spans


_PIECES = ["wrapped", " \u00a0", "and", "Mr.", "U.S.", "a.m.", " ", " ", "\n", "\n\n", "  \n", "I", "I ", "2nd", "3", "ok", "the", "Dead",
           ".", "!", "?", "…", "”", ")", "“", "•", "- ", "x.I", "base.2nd", "in denial.I", "end.\n", "J.", "\r\n", "\t"]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=40), st.integers(0, 10), st.integers(-10, 0))
def test_one_scan_per_stretch_finds_what_block_scans_find(pieces, cut_start, cut_end):
    text = "".join(pieces)
    end = len(text) + cut_end
    assert split_sentences(text) == _split_block_by_block(text)
    assert split_sentences(text, cut_start, end) == _split_block_by_block(text, cut_start, end)


def test_a_soft_wrap_joins_the_blocks_of_both_ways() -> None:
    text = "wrapped \u00a0" * 3 + "and\nMr."  # found by hypothesis: the long way had no soft wraps
    assert split_sentences(text) == _split_block_by_block(text) == [(0, 34)]


def test_glued_I_closing_a_line_is_no_cut():
    text = "we were in denial.I\nThen it ended."
    assert split_sentences(text) == _split_block_by_block(text) == [(0, 19), (20, 34)]


# --------------------------------------------------------------------------- shortcuts == the long way


_MARK_PIECES = ["ab", "cd", "x", "A", "Bc", "I", "I ", "2nd", "7", "th", ".", "..", "!", "?", "…", "”", "’", ")", "»",
                " ", "\n", "\t", "\u00a0", "\r\n", "Mr", "U.S", "a.m", "-", "•", "é", "\u2003"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_MARK_PIECES), max_size=40), st.integers(0, 8), st.integers(-8, 0))
def test_one_mark_scan_finds_what_the_terminal_and_glued_scans_find(pieces, cut_start, cut_end):
    """_marks (one _MARK scan) == the _TERMINAL matches and the _GLUED match ends, scanned apart."""
    from extract.sentences import _GLUED, _TERMINAL, _marks

    text = "".join(pieces)
    end = max(cut_start, len(text) + cut_end)
    marks = [m.span() for m in _TERMINAL.finditer(text, cut_start, end)]
    glued = [m.end() for m in _GLUED.finditer(text, cut_start, end)]
    assert _marks(text, cut_start, end) == (marks, glued)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("aZq.. \n\t-é1J")), max_size=30), st.integers(0, 30), st.integers(0, 30))
def test_word_before_equals_its_pattern(text, lo, dot):
    """_word_before (str.rstrip) == _WORD_BEFORE.search(text, lo, dot).group(1), "" when it finds none."""
    from extract.sentences import _WORD_BEFORE, _word_before

    m = _WORD_BEFORE.search(text, lo, dot)
    assert _word_before(text, lo, dot) == (m.group(1) if m else "")
