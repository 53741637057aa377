"""cost32 (session 24): the case-sensitive side names are looked for by a rare word of each (same output)."""

from __future__ import annotations

from hypothesis import given, strategies as st

from extract.triggers import _cs_keys, find_sides, lexicon


def test_keys_are_last_words_less_those_holding_another() -> None:
    names = {"US": "us", "USS": "us", "Seventh Cavalry": "us", "7th Cavalry": "us", "82nd Airborne": "us"}
    assert _cs_keys(names) == ("Airborne", "Cavalry", "US")


def test_lexicon_keys_skip_ordinals_and_ship_prefix() -> None:
    keys = lexicon().side_cs_heads
    assert "7th" not in keys and "Seventh" not in keys and "USS" not in keys
    assert "US" in keys


def test_units_still_found() -> None:
    text = "Paratroopers of the 82nd Airborne took the bridge, and the 7th Cavalry held the ford."
    sides = [text[m.start:m.end] for m in find_sides(text, 0, len(text))]
    assert "82nd Airborne" in sides and "7th Cavalry" in sides


def test_ordinal_date_names_no_side() -> None:
    text = "The meeting on the 7th ended early, the 82nd session of the council."
    assert find_sides(text, 0, len(text)) == []


@given(st.sampled_from(sorted(lexicon().side_cs)), st.text(alphabet="abc ,.", max_size=12),
       st.text(alphabet="abc ,.", max_size=12))
def test_every_name_holds_a_key(name: str, before: str, after: str) -> None:
    """A stretch holding a case-sensitive name holds one of the keys, so the test before the regex is exact."""
    span = before + " " + name + " " + after
    assert any(k in span for k in lexicon().side_cs_heads)
