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


# -- notplaces._person: no surname check when the 15 characters before the name's space hold no capital

import pytest  # noqa: E402

import extract.notplaces as notplaces  # noqa: E402
from extract.gazetteer import GazPlace, Mention  # noqa: E402

_TOWN = GazPlace("Katana", "Katana", "KE", 0.0, 0.0, "town", 0)


def _mention(text: str) -> Mention:
    i = text.index("Katana")
    return Mention(i, i + 6, _TOWN)


def test_lower_case_words_before_skip_the_surname_check(monkeypatch: pytest.MonkeyPatch) -> None:
    def boom(text: str, start: int) -> bool:
        raise AssertionError("surname check asked")
    monkeypatch.setattr(notplaces, "_surname_after_role", boom)
    text = "shells fell on the market in Katana on Monday"
    assert not notplaces._person(text, _mention(text))


def test_surname_after_role_and_given_name_still_a_person() -> None:
    for text in ("the night editor, Ruth Katana, signed it", "our correspondent Ivo Katana reported"):
        assert notplaces._person(text, _mention(text))
    text = "the editor of the paper in Katana wrote"
    assert not notplaces._person(text, _mention(text))


@given(st.sampled_from(["", "the ", "our ", "a senior "]), st.sampled_from(["editor", "correspondent", "official", "in",
                                                                           "subeditor", "the", "x" * 20]),
       st.sampled_from(["", ","]), st.sampled_from(["Ivo", "Ruth", "North", "ruth", "IVO", "É", "Émile", "a", ""]),
       st.text(alphabet="aB ,.", max_size=6))
def test_gate_agrees_with_the_surname_check(lead: str, role: str, comma: str, given_name: str, noise: str) -> None:
    """_person with the capital test before the surname check = _person asking the check always (the gate is exact)."""
    text = noise + lead + role + comma + " " + given_name + " Katana said"
    m = _mention(text)
    always = notplaces._surname_after_role(text, m.start) if text[m.start - 1 : m.start] == " " else None
    got = notplaces._person(text, m)
    if always:
        assert got
