"""The shortcut of extract/listitems.py shared_kind agrees with the long way it replaces (generated input; our words).

shared_kind makes each rule's first test itself before calling the rule (most numbers fit none); the long way
calls every rule in turn, as it was first written. Every call classify makes is answered both ways and compared.
"""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from extract import classify, listitems
from extract.backcounts import pointing_back
from extract.claims import extract_claims
from extract.tailwords import last_token


def _shared_kind_long_way(ctx, q, ph, depth, again):  # type: ignore[no-untyped-def]
    """shared_kind as first written: every rule asked, each making its own first test."""
    L = listitems
    if ph.cls in L._OWN_MEASURE:
        return None
    token = last_token(ctx.text, max(ctx.start, q.char_start - 40), q.char_start)
    last = token[0] if token is not None else None
    got = L._row_word(ctx, q, ph, last)
    if got is None and ph.cls is not None and ph.cls != "demonym":
        got = L._late_verb(ctx, q, ph)
    if got is None and ph.cls is None and L.may_end(last, L.row_words().force_lasts):
        got = L._force_size(ctx, q)
    if got is None and depth < L.MAX_DEPTH:
        got = (L._part_of_things(ctx, q, ph, depth, again, last) or L._after_colon(ctx, q, ph, depth, again, last)
               or L._later_item(ctx, q, ph, depth, again, last) or pointing_back(ctx, q, ph, depth, again, last))
    return got


@pytest.fixture()
def compared(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """classify's shared_kind answering both ways and checking they agree; the list counts the calls."""
    seen: list[int] = []
    fast = listitems.shared_kind

    def both(ctx, q, ph, depth, again):  # type: ignore[no-untyped-def]
        got = fast(ctx, q, ph, depth, again)
        assert got == _shared_kind_long_way(ctx, q, ph, depth, again), ctx.sentence
        seen.append(1)
        return got

    monkeypatch.setattr(classify, "shared_kind", both)
    return seen


WAR = "Fighting between the army and rebels continued on Monday.\n"

_SENTENCES = [
    "Six ships were lost: two destroyers, two frigates and a landing craft.",
    "Militants burned 44 houses, among them two clinics and a school.",
    "The garrison now numbers about 4,000.",
    "Of the 236 dead, 86 were marines, 123 soldiers and 27 airmen.",
    "Twelve officers, three reservists and a child had been among the dead.",
    "The army counted 481 incidents last year. We recorded 562.",
    "The dead numbered 41. Fifteen were found along the river road.",
    "Nine trucks were destroyed. Ten others were damaged.",
    "Its statisticians gave a range of 61,007 to 77,552.",
    "Casualties: 14 killed; 30 wounded, 6 missing.",
    "The rebels seized 27 rifles, including two mortars, and 3 pickups.",
]
_WORDS = ["12", "three", "40", "1,200", "soldiers", "civilians", "houses", "trucks", "rifles", "others", "more",
          "were", "killed", "destroyed", "damaged", "found", "including", "among them", "of whom", "and", "or", ",",
          ":", ";", ".", "about", "at least", "more than", "the", "army", "garrison", "incidents", "recorded",
          "counted", "a range of", "to", "lost their lives", "set fire to", "\n", "- ", "Killed:", "wounded"]


def _run(text: str) -> None:
    extract_claims(text, published=date(2024, 3, 1), outlet="Test Wire")


def test_written_lists_agree(compared: list[int]) -> None:
    for s in _SENTENCES:
        _run(WAR + s)
    assert len(compared) >= len(_SENTENCES)  # every sentence asked shared_kind at least once


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(_WORDS), min_size=3, max_size=24))
def test_generated_lists_agree(words: list[str]) -> None:
    with pytest.MonkeyPatch.context() as mp:
        fast = listitems.shared_kind

        def both(ctx, q, ph, depth, again):  # type: ignore[no-untyped-def]
            got = fast(ctx, q, ph, depth, again)
            assert got == _shared_kind_long_way(ctx, q, ph, depth, again), ctx.sentence
            return got

        mp.setattr(classify, "shared_kind", both)
        _run(WAR + " ".join(words) + ".")



def test_row_words_and_unit_index_are_read_at_import() -> None:
    """The [rows] tables and quantulum3's unit index are built when extract is imported, not inside the first
    document that needs them (a bench's warm-up document may hold neither a list nor a unit word)."""
    import extract.claims  # noqa: F401
    from extract import numunits, rowwords

    assert rowwords.row_words.cache_info().currsize == 1
    assert numunits._unit_index.cache_info().currsize == 1
    assert rowwords.row_words().noun_re.pattern and numunits._unit_index()[0]  # built, and not empty
