"""dates._sentence_gates: a sentence the gates close gives _total_before and brought_to nothing to find before any
of its numbers (generated input; our own words), and the gates change no event date."""

from __future__ import annotations

from datetime import date

from hypothesis import given, settings
from hypothesis import strategies as st

from extract import dates
from extract.datespans import brought_to
from extract.rx import lowered

_WORDS = ["total", "Total", "TOTALLED", "subtotal", "cumulative", "overall", "in all", "In  All", "in\nall", "all",
          "bringing", "Bringing", "BRINGING", "bringing the toll to", "the number", "to", "killed", "ſ", "İ", "K",
          "Σ", "12", "people", ",", ".", " ", "totaling", "cumulatively"]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_WORDS) | st.text(max_size=3), max_size=16), st.sampled_from([" ", ""]))
def test_closed_gates_leave_nothing_to_find(words: list[str], sep: str) -> None:
    sentence = sep.join(words)
    low = lowered(sentence)
    may_total = low is None or "total" in low or "cumulative" in low or "all" in low
    may_bring = low is None or "bringing" in low
    for a in range(len(sentence) + 1):
        for b in (a, min(len(sentence), a + 40), len(sentence)):
            window = sentence[a:b]
            if not may_total:
                assert not dates._total_before(window)
            if not may_bring:
                assert not brought_to(window)


def test_gates_keep_the_dates() -> None:
    from extract.claims import extract_claims

    text = ("Shelling killed 12 people in the town on March 3, bringing the toll to 40. "
            "In total 55 were wounded on March 4. Rebels said 9 died on March 5.")
    got = [(c.number_text, c.event_date) for c in extract_claims(text, published=date(2024, 3, 6))]
    assert got == [("12", "2024-03-03"), ("40", None), ("55", None), ("9", "2024-03-05")]
