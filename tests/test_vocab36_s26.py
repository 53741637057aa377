"""Session 26, vocab36: each group of source types is defined once (extract/vocab.py) and each caller composes its
set from the groups, so a new source type is added in one place."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from extract import cues, headlines, kindback, labelsource, lexicon, partysilence, reliefcues, samereport, sentencefacts
from extract.vocab import (BODY_SOURCE_TYPES, MEDIA_SOURCE_TYPES, OUTLET_SOURCE_TYPES, PARTY_MEDIA_SOURCE_TYPES,
                           PARTY_SOURCE_TYPES, PRESS_SOURCE_TYPES, SOURCE_TYPES)

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
    assert labelsource.labelled_body(line, line.index("31"), line.index("31") + 2) == "Syrian Observatory for Human Rights"
    line = "Reuters: 31 people killed"
    assert labelsource.labelled_body(line, line.index("31"), line.index("31") + 2) is None
