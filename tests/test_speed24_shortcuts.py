"""The shortcuts of session 13's speed24 agree with the long way they replace (generated input; our own words).

- extract/fullname.py words_before: one or two capitalised words before a surname, found from where the surname
  stands, against re.search of the pattern holding the surname (which re compiled again for every new surname).
- assets/lexicons/sources.json, the state_media rule "state-run X": its look-ahead for "state-" put first matches
  where the rule matched before.
- warehouse/gcbatch.py batch_gc: the collector's settings for a run over many documents, put back after.
"""

from __future__ import annotations

import gc
import re

from hypothesis import example, given, settings
from hypothesis import strategies as st

from warehouse.gcbatch import GEN0_THRESHOLD, batch_gc
from extract.fullname import words_before
from extract.speakers import _full_name

_PIECES = ["Kell", "Omar", "Omar Kell", "KELL", "Kells", "Kell's", "O'Kell", "Abu-Kell", "Dr", "Mr.", "Tana", "Wa",
           "A", "X", "x", "kell", " ", "  ", "\t", "\n", "\u00a0", "\u2003", ",", ".", "'", "’", "-", "_", "é",
           "É", "1", "(", ")", ":", "said", "of", "the"]
_LASTS = ["Kell", "kell", "Kell's", "Kell.", "-Kell", "K", "_", "Kell’", "é", "1"]


def _texts() -> st.SearchStrategy[str]:
    return st.lists(st.sampled_from(_PIECES) | st.text(max_size=2), max_size=18).map("".join)


def _long(text: str, last: str) -> tuple[int, int, int] | None:
    m = re.search(rf"\b((?:[A-Z][\w'’-]+\s+){{1,2}}){re.escape(last)}\b", text)
    return (m.start(), m.end(1), m.end()) if m else None


@settings(max_examples=1500, deadline=None)
@given(_texts(), st.sampled_from(_LASTS))
@example("Mr Omar Kell said", "Kell")
@example("Omar Kell Kell", "Kell")  # (two words, the second the surname itself)
@example("Kell Omar Kell", "Kell")  # (the surname at 0, then a later one)
@example("x Omar  Kells, then Tana Omar Kell.", "Kell")  # (no boundary after the first)
@example("O'Brien Kell", "Kell")  # (the match may start inside the word's letters: at "Brien")
@example("Wa Kell", "Kell")
@example("A Omar Kell", "Kell")  # ("A" is too short a word: the match starts at "Omar")
@example("Omar Kell. Omar Kell.", "Kell.")  # (a surname ending in a non-word character)
def test_words_before_is_the_search_of_the_pattern_with_the_surname(text: str, last: str) -> None:
    assert words_before(text, last) == _long(text, last)


def test_a_label_surname_takes_the_name_the_text_introduces() -> None:
    text = "SAMIR: We counted 40.\nThe monitor, led by Nadia Samir, said 40 had died. Mr Samir added more."
    assert _full_name(text, "SAMIR", []) == "Nadia Samir"
    # a title alone before the surname is no name (the label stays as written, in title case)
    assert _full_name("SAMIR: 40 died. Mr Samir said so.", "SAMIR", []) == "Samir"
    assert words_before("SAMIR: 40 died. Mr Samira said so.", "Samir") is None  # (no word boundary after it)


def test_batch_gc_sets_the_threshold_and_puts_everything_back() -> None:
    before = gc.get_threshold()
    frozen = gc.get_freeze_count()
    with batch_gc():
        assert gc.get_threshold()[0] == GEN0_THRESHOLD
        assert gc.get_freeze_count() >= frozen
    assert gc.get_threshold() == before
    assert gc.get_freeze_count() == frozen


_STATE_RULE_BEFORE = (  # assets/lexicons/sources.json's state_media rule before speed24 put its look-ahead first
    r"^(?!.*\b(?:hospitals?|clinics?|universit(?:y|ies)|college|schools?|compan(?:y|ies)|corporation|bank|firm|"
    r"enterprises?|railways?|airlines?|utility|authority|committee|commission|council|ministry|institute|fund)\b)"
    r"(?:the\s+)?state(?:-run|-owned|-controlled)\s+(?-i:[A-Z])[\w'’-]*(?:\s+(?-i:[A-Z])[\w'’-]*){0,3}$")
_NAME_PIECES = ["the", "The", "THE", "state", "State", "STATE", "-", "-run", "-owned", "-controlled", "-Run", " ", "  ",
                "\t", "\n", "Xinhua", "Tasnim", "news", "agency", "hospital", "Bank", "fund", "Ministry", "x", "ſ", "İ",
                "K", "’", "'"]


def _state_rule():
    from extract.lexicon import lexicon

    (pattern,) = [p for p, kind in lexicon().rules if kind == "state_media" and "state-)" in p.pattern]
    return pattern


@settings(max_examples=1500, deadline=None)
@given(st.lists(st.sampled_from(_NAME_PIECES) | st.text(max_size=2), max_size=10).map("".join))
@example("state-run Xinhua")
@example("the State-owned Tasnim News")
@example("the state-run hospital Ward")  # (an excluded word: no match either way)
@example("THE\tSTATE-CONTROLLED X")
def test_the_state_media_rule_matches_where_it_did(name: str) -> None:
    assert bool(_state_rule().search(name)) == bool(re.search(_STATE_RULE_BEFORE, name, re.I))
