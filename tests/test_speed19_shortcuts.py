"""Session 11's shortcuts in the place stage (helper speed19), each against its long way on generated text.

- placeunlisted._unlisted_matches looks for a region word's offsets only when the word is in the text;
- placenames._possessed stops at once when the document's mentions hold no country, and looks for each kind of
  apostrophe's offsets only when that apostrophe and a space follow some "s" in the text;
- placementions._document_mentions asks _tail_of_a_name only of a region's mention (the test is False for any
  other, by its first line);
- placetold.told runs its two searches of the words before a mention (_TOLD_BEFORE, _IMPRINT_BEFORE) as
  case-sensitive patterns over the document lower-cased once (rx.lowered), or as themselves where lowered refuses;
- placenames.py's pattern of "<kind> of <Name>" / "<Name> region" and its scan moved to extract/placeunlisted.py:
  the names placenames re-exports are the very same objects.
"""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from extract import placementions, placenames, placetold, placeunlisted
from extract.gazetteer import Mention, gazetteer, offsets_of
from extract.placementions import _tail_of_a_name

# Words that make the forms these functions read: kinds, region words, countries with possessives, prepositions,
# names the gazetteer knows and names it lacks, openers, and punctuation.
_WORDS = ["the", "town", "village", "of", "camp", "district", "region", "Region", "province", "Province", "oblast",
          "governorate", "in", "near", "at", "from", "Syria's", "Syria’s", "Nigeria's", "Iraq's", "Kuriga", "Togoga",
          "Kayah", "Handarat", "Gwoza", "Aleppo", "Homs", "Tal", "Afar", "Afar region", "Islamic", "State", "West",
          "Africa", "on", "Monday", "and", "killed", "12", "people", ",", ".", "\n", "al-Salma", "Yazidi",
          "community", "Mosul", "Damascus", "Idlib", "Darfur", "North", "said", "s", "'s", "’s"]

_TEXTS = st.lists(st.sampled_from(_WORDS), min_size=1, max_size=40).map(" ".join)


def _possessed_long_way(text: str, found: list[Mention]) -> list[tuple[int, int, str]]:
    """placenames._possessed as first written: both apostrophes' offsets sought whatever the mentions are."""
    out = []
    countries = {m.end: m for m in found if m.place.precision == "country"}
    for apostrophe in ("'s ", "’s "):
        for i in offsets_of(text, apostrophe):
            m = countries.get(i)
            if m is not None and placenames._word_before(text, m.start) in placenames._PREPOSITION_END:
                name = placenames._POSSESSED_NAME.match(text, i + 3)
                nxt = placenames._NEXT_WORD.match(text, name.end()) if name else None
                if name and name.group().split()[0] not in placenames.OPENERS and (
                        nxt is None or nxt.group(1) in placenames._AFTER_POSSESSED):
                    out.append((name.start(), name.end(), "village"))
    return out


@settings(max_examples=300, deadline=None)
@given(_TEXTS)
def test_unlisted_matches_find_what_the_scan_finds(text: str) -> None:
    got = [(m.span(), m.groupdict()) for m in placeunlisted._unlisted_matches(text)]
    want = [(m.span(), m.groupdict()) for m in placeunlisted._UNLISTED_SCAN.finditer(text)]
    assert got == want


@settings(max_examples=300, deadline=None)
@given(_TEXTS)
def test_possessed_is_its_long_way(text: str) -> None:
    found = gazetteer().mentions(text)
    assert placenames._possessed(text, found) == _possessed_long_way(text, found)


def test_possessed_finds_a_possessed_place() -> None:
    text = "Fighting in Syria's Handarat on Monday killed 12 people."
    found = gazetteer().mentions(text)
    assert any(m.place.precision == "country" for m in found)
    s = text.index("Handarat")
    assert placenames._possessed(text, found) == [(s, s + len("Handarat"), "village")]
    # without the country among the mentions there is no possessive to read
    assert placenames._possessed(text, [m for m in found if m.place.precision != "country"]) == []


@settings(max_examples=300, deadline=None)
@given(_TEXTS)
def test_only_a_region_ends_a_longer_name(text: str) -> None:
    """The gate before _tail_of_a_name in _document_mentions: no mention of another precision is ever the tail."""
    for m in gazetteer().mentions(text):
        if m.place.precision != "admin1":
            assert not _tail_of_a_name(text, m)


def test_tail_of_a_name_still_left_out() -> None:
    text = "Shelling of Tal Afar killed 12 people."
    assert [m.place.precision for m in gazetteer().mentions(text)] == ["admin1"]  # the Afar region, as the tail
    assert placementions._document_mentions(text) == ()


def test_split_moved_the_same_objects() -> None:
    for name in ("_UNLISTED", "_UNLISTED_SCAN", "_may_name_unlisted", "_unlisted_matches"):
        assert getattr(placenames, name) is getattr(placeunlisted, name)
    assert isinstance(placenames._UNLISTED, re.Pattern)


def _told_long_way(text: str, m: Mention) -> bool:
    """placetold.told as first written: both searches with the IGNORECASE patterns over the text itself."""
    t = placetold
    if t._POST_AFTER.match(text, m.end) or (m.place.precision == "country" and t._NATIONALITY_AFTER.match(text, m.end)):
        return True
    # (the forms told() learnt later, asked before the searches this test compares: a hospital's town, where the
    # hurt were landed)
    if t.hospital_town(text, m):
        return True
    if text.endswith(t._LANDED, max(m.start - 11, 0), m.start) \
            and t._LANDED_HURT.search(text, max(m.start - 80, 0), m.start) is not None:
        return True
    word = t._word_before(text, m.start)
    if word in t._PREPOSITIONS:
        if not t.has_anchor(text[m.start - t._ANCHOR_REACH if m.start > t._ANCHOR_REACH else 0 : m.start]):
            return False
    elif word not in t._SHIP_WORDS:
        return False
    a = m.start - t._REACH if m.start > t._REACH else 0
    hit = t._TOLD_BEFORE.search(text, a, m.start)
    imprint = t._IMPRINT_BEFORE.search(text, a, m.start)
    if imprint is not None and (hit is None or imprint.start() < hit.start()):
        return True
    if hit is None:
        return False
    if t._short_prefix(hit.group()):
        return bool(t._SHIP_CASE.search(text, a, m.start))
    return True


# The words of the forms told() reads, in both cases, with places, partners, line breaks and the letters
# IGNORECASE takes for ASCII ones ("ſ", the Kelvin sign), for which lowered() refuses the fast way.
_TOLD_WORDS = ["Released", "released", "in", "Published", "a", "report", "REPORT", "told", "reporters", "TOLD",
               "at", "news", "conference", "Speaking", "from", "HMS", "ins", "INS", "aboard", "the", "cruiser",
               "flown", "to", "hospitals", "Hospital", "voyage", "and", "Nairobi", "Mombasa", "Geneva", "London",
               "Kabul", "Harare", "Paris", ",", ".", ":", "\n", "correspondent", "Syria", "killed", "12", "ſpeaking",
               "\u212aabul", "interviewed", "refugees", "by", "phone", "road", "Lima", "Ayacucho", "É", "city"]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_TOLD_WORDS), min_size=1, max_size=30).map(" ".join))
def test_told_is_its_long_way(text: str) -> None:
    for m in gazetteer().mentions(text):
        assert placetold.told(text, m) == _told_long_way(text, m)


def test_told_both_ways_on_known_forms() -> None:
    for text, want in (("The findings were released in London on Tuesday.", True),
                       ("He told reporters in Nairobi that 12 were killed.", True),
                       ("Released in Harare, 20 June.", True),
                       ("Shelling in Kabul killed 12 people.", False),
                       ("Speaking from Geneva, ſhe said 12 were killed.", True)):  # (lowered() refuses the "ſ")
        m = next(m for m in gazetteer().mentions(text) if m.place.precision != "country")
        assert placetold.told(text, m) is want
        assert _told_long_way(text, m) is want
