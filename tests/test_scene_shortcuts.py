"""The shortcuts of the unlisted-place scanners agree with the long way they replace (generated input; our words).

- extract/placelists.py kind_list_names: one str.find loop for "s of " in place of a search for each kind.
- extract/harmscene.py _after_preposition: one scan for " in "/" near " before a capital A-Z in place of every
  " in " and " near ".
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from extract import harmscene, placelists

_LIST_WORDS = ["the", "villages", "towns", "hometowns", "municipalities", "neighbourhoods", "neighborhoods",
               "regions", "provinces", "camps", "cities", "suburbs", "departments", "communes", "settlements",
               "districts", "of", "s of", "of ", "Kidal", "Tessalit", "Aguelhok", "al-Bab", "and", ",", ", ", "  ",
               "\n", "Nebaj", "s", "O'Neill"]


def _kind_list_names_long_way(text: str) -> list[tuple[int, int, str]]:
    """kind_list_names as first written: a str.find loop for each kind, kinds in _KIND_RANK's order."""
    out: list[tuple[int, int, str]] = []
    for kind, precision in placelists._KIND_RANK.items():
        i = text.find(kind + " of ")
        while i >= 0:
            names = placelists._NAMES_AFTER.match(text, i + len(kind) + 4)
            if names is not None:
                for n in placelists._ONE_NAME.finditer(text, names.start(1), names.end(1)):
                    if n.group() not in ("and",):
                        out.append((n.start(), n.end(), precision))
            i = text.find(kind + " of ", i + 1)
    return out


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_LIST_WORDS) | st.text(max_size=3), max_size=20), st.sampled_from([" ", ""]))
def test_kind_list_names_is_the_long_way(words: list[str], sep: str) -> None:
    text = sep.join(words)
    assert placelists.kind_list_names(text) == _kind_list_names_long_way(text)


def test_kind_list_names_keeps_kind_order() -> None:
    text = "the villages of Kidal, Tessalit and Aguelhok; the towns of Gao and Menaka; the villages of Ber and Hombori"
    got = placelists.kind_list_names(text)
    assert got == _kind_list_names_long_way(text)
    assert [text[s:e] for s, e, _ in got] == ["Gao", "Menaka", "Kidal", "Tessalit", "Aguelhok", "Ber", "Hombori"]


_HARM_WORDS = ["in", "near", " in ", " near ", "In", "Near", "killed", "shot dead", "Ballymurphy", "Ardoyne",
               "on", "Monday", "in in", "near near", "É", "Ä", "x", ",", ".", "  ", "\n", "Kfar Kila"]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_HARM_WORDS) | st.text(max_size=3), max_size=18), st.sampled_from([" ", ""]))
def test_after_preposition_is_the_long_way(words: list[str], sep: str) -> None:
    text = sep.join(words)
    long_way = [(i, j) for i, j in harmscene.after_preposition_long_way(text)
                if j < len(text) and "A" <= text[j] <= "Z"]
    assert harmscene._after_preposition(text) == long_way


def test_harm_scene_after_in_and_near() -> None:
    text = "Two men were shot dead in Ballymurphy on Monday and one was wounded near Ardoyne overnight."
    got = [text[s:e] for s, e, _ in harmscene.harm_scenes(text)]
    assert got == ["Ballymurphy", "Ardoyne"]
