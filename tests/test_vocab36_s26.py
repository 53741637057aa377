"""Session 26, vocab36: each group of source types is defined once (extract/vocab.py) and each caller composes its
set from the groups, so a new source type is added in one place; one grammar of a count over the whole country
(extract/countrywide.py) for the place and the date."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest

from extract import (cues, extract_claims, headlines, kindback, labelsource, lexicon, partysilence, reliefcues, samereport,
                     sentencefacts)
from extract.vocab import (BODY_SOURCE_TYPES, MEDIA_SOURCE_TYPES, OUTLET_SOURCE_TYPES, PARTY_MEDIA_SOURCE_TYPES,
                           PARTY_SOURCE_TYPES, PRESS_SOURCE_TYPES, SOURCE_TYPES)
from extract.countrywide import over_whole_area, over_whole_country
from extract.datesaid import carries_incident

EXTRACT = Path(__file__).resolve().parent.parent / "extract"
GROUPS = {"PARTY_MEDIA": PARTY_MEDIA_SOURCE_TYPES, "MEDIA": MEDIA_SOURCE_TYPES, "PRESS": PRESS_SOURCE_TYPES,
          "OUTLET": OUTLET_SOURCE_TYPES, "PARTY": PARTY_SOURCE_TYPES, "BODY": BODY_SOURCE_TYPES}


@pytest.mark.parametrize("name", sorted(GROUPS))
def test_every_grouped_type_is_a_source_type(name: str) -> None:
    group = GROUPS[name]
    assert group and group <= set(SOURCE_TYPES), group - set(SOURCE_TYPES)
    assert isinstance(group, frozenset)


def test_the_groups_members() -> None:
    assert PARTY_MEDIA_SOURCE_TYPES == {"state_media", "partisan_media"}
    assert MEDIA_SOURCE_TYPES == {"wire_or_outlet", "state_media", "partisan_media"}
    assert PRESS_SOURCE_TYPES == {"publication", "wire_or_outlet"}
    assert OUTLET_SOURCE_TYPES == {"publication", "wire_or_outlet", "state_media", "partisan_media"}
    assert PARTY_SOURCE_TYPES == {"official", "armed_group"}
    assert BODY_SOURCE_TYPES == {"official", "armed_group", "monitor", "state_media"}


def test_groups_compose() -> None:
    assert MEDIA_SOURCE_TYPES == {"wire_or_outlet"} | PARTY_MEDIA_SOURCE_TYPES
    assert OUTLET_SOURCE_TYPES == MEDIA_SOURCE_TYPES | PRESS_SOURCE_TYPES
    assert PARTY_SOURCE_TYPES < BODY_SOURCE_TYPES
    assert not BODY_SOURCE_TYPES & PRESS_SOURCE_TYPES  # a body speaks for itself; the press carries others' words
    # every type but the unnamed voices falls in some group
    grouped = frozenset().union(*GROUPS.values())
    assert set(SOURCE_TYPES) - grouped == {"activists", "social_media", "reader_comment"}


def test_callers_sets_are_the_groups() -> None:
    assert kindback._NOT_BODIES == OUTLET_SOURCE_TYPES | {"social_media"}
    assert samereport._PUBLISHERS is OUTLET_SOURCE_TYPES
    assert sentencefacts._OUTLET_VOICES == PRESS_SOURCE_TYPES | {"reader_comment"}
    for module in (cues, labelsource, lexicon):
        assert module.BODY_SOURCE_TYPES is BODY_SOURCE_TYPES
    for module in (headlines, lexicon):
        assert module.MEDIA_SOURCE_TYPES is MEDIA_SOURCE_TYPES
    for module in (partysilence, lexicon):
        assert module.PARTY_SOURCE_TYPES is PARTY_SOURCE_TYPES
    for module in (reliefcues, lexicon):
        assert module.PRESS_SOURCE_TYPES is PRESS_SOURCE_TYPES


_TYPE = "|".join(sorted(SOURCE_TYPES))
# Two or more source types spelled out together: an inline group ("official", "armed_group").
_INLINE_GROUP = re.compile(rf"""["'](?:{_TYPE})["']\s*,\s*["'](?:{_TYPE})["']""")


def test_no_module_spells_out_a_group_of_source_types() -> None:
    found = [f"{path.name}:{n}" for path in sorted(EXTRACT.glob("*.py")) if path.name != "vocab.py"
             for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1) if _INLINE_GROUP.search(line)]
    assert found == []


def test_inline_group_pattern_finds_one() -> None:
    assert _INLINE_GROUP.search('if kind in ("armed_group", "official"):')
    assert not _INLINE_GROUP.search('if kind == "armed_group" or section in ("body", "update"):')


# Behaviour the groups carry (same as before the groups: these pin it).
def test_outlet_names_are_media() -> None:
    assert lexicon.is_outlet_name("Reuters")
    assert lexicon.is_outlet_name("SANA")
    assert not lexicon.is_outlet_name("Hezbollah")


def test_party_media_by_owner() -> None:
    assert lexicon.type_of("Hezbollah's television station") == "partisan_media"
    assert lexicon.type_of("Hezbollah's commander") == "armed_group"


def test_label_of_a_body_names_the_claimant() -> None:
    line = "Syrian Observatory for Human Rights: 31 people killed"
    at = line.index("31")
    assert labelsource.labelled_body(line, at, at + 2) == "Syrian Observatory for Human Rights"
    line = "Reuters: 31 people killed"
    assert labelsource.labelled_body(line, line.index("31"), line.index("31") + 2) is None


# A count over the whole country or region: one grammar (extract/countrywide.py) for the place and the date.

_STORY = ("Mortar fire kills 7 in Kharkiv suburb\n\nMortar fire hit a bus stop in Kharkiv on Tuesday, killing seven "
          "people, the regional governor said.\n\n")


@pytest.mark.parametrize("sentence", [
    "Throughout the country, 260 people have been killed in shelling since the spring.",
    "Shelling has killed 260 people across the region since the spring.",
    "In the nation as a whole, 260 people have been killed in shelling.",
    "NATIONWIDE, 260 people have been killed in shelling.",
])
def test_a_count_over_the_whole_land_takes_no_incident_day(sentence: str) -> None:
    assert not carries_incident(sentence, sentence, sentence.index("260"))


@pytest.mark.parametrize("sentence", [
    "Across from the hospital, 260 people sheltered in the metro.",
    "Throughout the night, 260 people sheltered in the metro.",
    "The state television said 260 people sheltered in the metro.",
])
def test_other_spreads_take_the_incident_day(sentence: str) -> None:
    assert carries_incident(sentence, sentence, sentence.index("260"))


@pytest.mark.parametrize("tail", [
    "Countrywide, shelling has killed 260 people, officials said.",
    "Shelling has killed 260 people nation-wide, officials said.",
])
def test_a_countrywide_count_is_not_lent_the_incident_town(tail: str) -> None:
    got = [c for c in extract_claims(_STORY + tail, published=date(2023, 5, 4)) if c.best == 260]
    assert got and all(c.location != "Kharkiv" for c in got)


def test_a_count_of_the_incident_keeps_its_town() -> None:
    got = [c for c in extract_claims(_STORY + "Shelling wounded 26 others, officials said.", published=date(2023, 5, 4))
           if c.best == 26]
    assert got and got[0].location == "Kharkiv"


def test_country_and_area() -> None:
    assert over_whole_country("Fighting killed 30 people nationwide.")
    assert over_whole_area("Fighting killed 30 people nationwide.")
    assert over_whole_area("Across Sudan, fighting killed 30 people.")
    assert not over_whole_country("Across Sudan, fighting killed 30 people.")  # (the place names the country)
    assert over_whole_area("Fighting killed 30 people throughout the province.")
    assert not over_whole_country("Fighting killed 30 people throughout the province.")
    assert not over_whole_area("Fighting killed 30 people across the river.")
    assert not over_whole_area("The nation mourned 30 people killed across town.")


# The arrest vocabulary: stems in one place (extract/triggers.py ARREST_STEMS), the verbs from the lexicon.
def test_arrest_words_are_the_lexicons() -> None:
    from extract.peacetolls import _arrest_words
    from extract.triggers import lexicon

    words = _arrest_words()
    assert {"arrested", "arrests", "arrest", "detained", "detains", "held"} <= words  # (the list it replaced)
    groups = lexicon().verb_group
    assert all(groups.get(w) == "capture" for w in words - {"held"})
    assert "abducted" not in words and "captured" not in words  # (a capture or an abduction is no arrest)


@pytest.mark.parametrize("sentence", [
    "The prosecutor ordered the detention of 14 suspects after the riot.",
    "Police arrested 14 suspects after the riot.",
    "Officers detained 14 suspects after the riot.",
])
def test_an_arrest_in_the_numbers_clause_is_a_later_event(sentence: str) -> None:
    from extract.dateabducted import later_event

    assert later_event(sentence, sentence.index("14"))


def test_a_killing_is_no_later_event() -> None:
    from extract.dateabducted import later_event

    sentence = "Gunmen killed 14 villagers before dawn, and police later detained two men."
    assert not later_event(sentence, sentence.index("14"))
