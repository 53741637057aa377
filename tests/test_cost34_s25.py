"""cost34 (session 25): placekinds finds its anchor words with fewer substring tests and visits only the anchors a
text holds; the places it finds are the same."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from extract import placekinds as pk


def _every_anchor(low: str) -> set[str]:
    """The long way: one substring test for every anchor."""
    return {w for w in pk._ANCHORS_LOW if w in low}


def test_an_anchor_holding_another_is_asked_after_it():
    assert (" district", "district") in pk._ANCHORS_HOLDING
    assert (" village", "village") in pk._ANCHORS_HOLDING
    assert " district" not in pk._ANCHORS_ALONE and "district" in pk._ANCHORS_ALONE
    assert set(pk._ANCHORS_ALONE) | {w for w, _ in pk._ANCHORS_HOLDING} == set(pk._ANCHORS_LOW)


def test_every_anchor_has_its_uses():
    assert set(pk._ANCHOR_USES) == set(pk._ANCHORS_LOW)
    assert ("other", "Hotel") in pk._ANCHOR_USES["hotel"] and ("after", "Hotel") in pk._ANCHOR_USES["hotel"]
    assert ("of", "state") in pk._ANCHOR_USES["state"] and ("after", "State") in pk._ANCHOR_USES["state"]
    assert pk._ANCHOR_USES["terminal"] == [("after", "Terminal"), ("terminal", "terminal")]


def test_anchors_in_a_text():
    low = "gunmen stormed the mirabo district office and a village school".lower()
    assert pk._anchors_in(low) == {"district", " district", "village", " village"}
    # "redistricting" holds "district" but no " district"
    assert pk._anchors_in("a row over redistricting") == {"district"}
    assert pk._anchors_in("two soldiers were wounded on tuesday") == set()


def test_places_still_found():
    text = ("Shelling hit the Tamboro district and the Velan Referral Hospital on Friday. Militia fighters later "
            "crossed into Lofa County, while clashes went on in the province of Aruvi. Kessa, a farming village "
            "near the border, was emptied.")
    found = {u.group() for u in pk.kind_named_matches(text)}
    assert "Tamboro district" in found
    assert "Velan Referral Hospital" in found
    assert "Lofa County" in found
    assert "province of Aruvi" in found
    assert any(f.startswith("Kessa, a farming village") for f in found)


def test_no_anchor_no_place():
    assert pk.kind_named_matches("Two soldiers were wounded when a mine went off on Tuesday.") == []
    # a kind word after a word that names no place: "Islamic State"
    assert pk.kind_named_matches("Fighters loyal to Islamic State said they held the road.") == []


_WORDS = st.sampled_from(list(pk._ANCHORS_LOW) + ["redistricting", "villages", "Township", "statement", "of",
                                                 "the", ",", "a", "Kessa", "  ", "\n", "Gardens", "campaign"])


@settings(max_examples=300, deadline=None)
@given(st.lists(_WORDS, max_size=12), st.sampled_from(["", " ", "\t"]))
def test_anchors_in_is_every_anchor_test(words: list[str], sep: str):
    low = sep.join(words).lower()
    assert pk._anchors_in(low) == _every_anchor(low)


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet="abcdeilnorstv ,", max_size=60))
def test_anchors_in_on_random_text(low: str):
    assert pk._anchors_in(low) == _every_anchor(low)
