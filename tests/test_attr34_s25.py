"""attr34 (session 25): who makes a claim and what kind of source that is, in forms batch 34 showed.

Sentences are my own. Sections: the lexicon's types (a state's emergency agency, local groups, a named cleric); a
body's documents speaking for it (a charge sheet, its own survey); an official's order for people's detention; a
phone-in summary's caller tags ("Name, Place: said …").
"""

from __future__ import annotations

from datetime import date

import pytest

from extract import extract_claims
from extract.lexicon import type_of

_DAY = date(2019, 7, 9)


def _claims(text: str) -> dict[str, object]:
    """The claims of `text` by their number as written."""
    return {c.number_text: c for c in extract_claims(text, published=_DAY, outlet="City FM")}


# --- The lexicon's types (assets/lexicons/sources.json "rules") ---

@pytest.mark.parametrize("name", ["State emergency agency", "the state disaster agency", "state emergency authority",
                                  "the state emergency management agency"])
def test_a_states_emergency_agency_is_official_not_state_media(name: str) -> None:
    assert type_of(name) == "official"


@pytest.mark.parametrize("name", ["state news agency", "State TV", "state-run radio", "the state broadcaster"])
def test_a_states_own_media_stay_state_media(name: str) -> None:
    assert type_of(name) == "state_media"


def test_a_disaster_agencys_count_in_a_sentence() -> None:
    got = _claims("The state disaster agency said 3,200 families had fled their homes in Borno.")["3,200"]
    assert (got.source_type, got.stance) == ("official", "claimed")


@pytest.mark.parametrize("name", ["Local groups", "some local groups", "a local group"])
def test_local_groups_are_a_local_source(name: str) -> None:
    assert type_of(name) == "activists"


def test_local_groups_count_is_activists() -> None:
    got = _claims("Local groups say at least 300 people were killed in the clashes in Jos.")["300"]
    assert (got.source, got.source_type) == ("Local groups", "activists")


@pytest.mark.parametrize("name", ["local rights groups", "local aid groups"])
def test_local_rights_and_aid_groups_stay_monitors(name: str) -> None:
    assert type_of(name) == "monitor"


@pytest.mark.parametrize("name", ["Fr. Peter Okello", "Father Tomas Reyes", "Pastor Grace Achieng", "Imam Yusuf Bala"])
def test_a_named_cleric_is_a_local_source(name: str) -> None:
    assert type_of(name) == "activists"


def test_a_clerics_count_of_the_dead() -> None:
    got = _claims("In Bangui, Father Tomas Reyes counted 23 bodies in the church after the attack.")["23"]
    assert (got.source, got.source_type) == ("Father Tomas Reyes", "activists")


@pytest.mark.parametrize("name", ["Frank Okafor", "Fred Roe", "Father", "Freetown police"])
def test_names_only_starting_like_a_title_are_no_clerics(name: str) -> None:
    assert type_of(name) != "activists"


# --- A body's documents speak for the body (extract/sourcenames.py documents_owner) ---

def test_a_police_charge_sheet_is_the_polices() -> None:
    got = _claims("At the market in Kano, 64 people were killed, according to the police charge sheet.")["64"]
    assert (got.source, got.source_type, got.stance) == ("Police", "official", "claimed")


def test_a_governments_own_survey_is_the_governments() -> None:
    got = _claims("The regional government's own survey counted more than 410 homes destroyed in Tigray.")["410"]
    assert (got.source, got.source_type) == ("Regional government", "official")


def test_documents_owner_forms() -> None:
    from extract.sourcenames import documents_owner

    assert documents_owner("police charge sheet") == "police"
    assert documents_owner("state government's own survey") == "state government"
    assert documents_owner("the witness's statement") == "the witness's statement"  # (a person's, not a body's)
    assert documents_owner("a charge sheet") == "a charge sheet"


def test_a_bare_body_word_gives_no_name() -> None:
    from extract.sourcenames import documents_owner

    assert documents_owner("the ministry's own bulletins") == "the ministry's own bulletins"
    assert documents_owner("the state government's own survey") == "the state government's own survey"


# --- An official's order for people's detention (extract/reliefcues.py) ---

def test_a_prosecutors_detention_order_is_the_prosecutors_count_with_its_breakdown() -> None:
    got = _claims("Gunmen attacked the village of Kafr Nabl on Monday. The military prosecutor has ordered the "
                  "detention of 31 soldiers, among them two colonels.")
    for number in ("31", "two"):
        assert (got[number].source, got[number].source_type, got[number].stance) == (
            "Military prosecutor", "official", "claimed")


def test_an_order_reaches_only_its_own_count() -> None:
    got = _claims("The prosecutor ordered the detention of 14 men after a bomb killed 9 people in Kano.")
    assert got["14"].source == "Prosecutor"
    assert got["9"].source == "City FM"


def test_no_order_by_people_who_give_none() -> None:
    from extract.reliefcues import relief_cues

    s = "Protesters ordered the arrest of 5 people."
    assert relief_cues(s, s.casefold()) == []


# --- A phone-in summary's caller tags (extract/callertags.py) ---

_PHONE_IN = """Night Line phone-in, Tuesday 9 July 2019: listeners on the unrest
City FM 96.2. Producer's notes on the morning phone-in.

The host opened with the police figures for Bradford: 14 people were injured on Saturday night.

Aisha, Manningham: said 12 cars were burned outside her house on Saturday night.

Mr. Tran, Westbrook Estate: said soldiers arrested 60 men in his neighbourhood on Friday.

Dr. Bello, the city's deputy health commissioner: said hospitals treated 45 wounded people on Sunday.

Gary, Shipley: said the official figure was too low and at least 30 people were hurt.
"""


def test_a_callers_name_is_the_speaker_not_the_place() -> None:
    got = _claims(_PHONE_IN)
    assert (got["12"].source, got["12"].source_type, got["12"].stance) == ("Aisha", "activists", "claimed")
    assert (got["30"].source, got["30"].source_type) == ("Gary", "activists")
    assert (got["60"].source, got["60"].source_type) == ("Mr. Tran", "activists")


def test_a_described_caller_is_typed_by_the_description() -> None:
    got = _claims(_PHONE_IN)["45"]
    assert (got.source, got.source_type) == ("Dr. Bello", "official")


def test_the_callers_home_is_no_place_of_the_count() -> None:
    got = _claims(_PHONE_IN)
    assert got["30"].location != "Shipley"  # the caller's home, not where 30 were hurt


def test_a_count_in_the_callers_neighbourhood_is_placed_at_the_tags_place() -> None:
    assert _claims(_PHONE_IN)["60"].location == "Westbrook Estate"  # (as written, though no gazetteer knows it)


def test_the_hosts_figures_stay_the_outlets() -> None:
    assert _claims(_PHONE_IN)["14"].source == "City FM"


def test_one_tag_is_no_phone_in() -> None:
    from extract.callertags import caller_turns

    text = "Kyiv, Ukraine: said the minister, 40 people were hurt.\n\nNothing else happened."
    assert caller_turns(text) == ()
    assert caller_turns("Marcus said 12 were hurt.\n\nRenee said 14.") == ()


def test_caller_turns_cover_their_paragraphs() -> None:
    from extract.callertags import caller_turns

    turns = caller_turns(_PHONE_IN)
    assert [t[2] for t in turns] == ["Aisha", "Mr. Tran", "Dr. Bello", "Gary"]
    for start, end, name, _ in turns:
        assert _PHONE_IN[start:end].startswith(name) and "\n\n" not in _PHONE_IN[start:end]


try:
    from hypothesis import given, settings, strategies as st
except ImportError:  # pragma: no cover
    pass
else:
    _LINE = st.text(alphabet=st.sampled_from(list("Ab c,:.\n 12saidDr")), max_size=80)

    @settings(max_examples=150, deadline=None)
    @given(st.lists(_LINE, max_size=8))
    def test_caller_turns_never_fail_and_stay_inside_the_text(lines: list[str]) -> None:
        from extract.callertags import caller_turns

        text = "\n\n".join(lines)
        for start, end, name, stype in caller_turns(text):
            assert 0 <= start < end <= len(text) and name and stype


# --- Where the speakers stand is no part of their name (extract/claimantshape.py) ---

def test_there_after_the_speakers_is_no_part_of_their_name() -> None:
    got = _claims("The wounded were taken to the district hospital in Goma. Doctors there say 17 of them "
                  "were in a serious condition.")["17"]
    assert got.source == "Doctors"


def test_tidy_claimant_keeps_names_without_the_adverb() -> None:
    from extract.claimantshape import tidy_claimant

    assert tidy_claimant("Officials here") == "Officials"
    assert tidy_claimant("Hospital staff") == "Hospital staff"
