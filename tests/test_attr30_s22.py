"""Session 22, batch 30's claimants (sentences written for these tests, not taken from any gold text)."""

from __future__ import annotations

from datetime import date

import pytest

from extract import extract_claims
from extract.qaturns import qa_turns
from extract.surnames import full_name


def _claims(text: str):
    return extract_claims(text, published=date(2021, 6, 1), outlet="The Valley Courier")


def _by_number(text: str) -> dict[str, tuple[str | None, str, str]]:
    return {c.number_text: (c.source, c.source_type, c.stance) for c in _claims(text)}


# --- an interview printed as question paragraphs without labels: each answer is the guest's

_INTERVIEW = """'We never knew the true count': a researcher on the river massacre

In March 1962 soldiers fired on a crowd at the ferry landing in Port Selby. Dr Amara Osei, 61, has spent two decades \
collecting the names of the dead. She spoke to Tom Hale; the interview has been edited.

How many people died at the landing?

The provincial inquiry said 112 died. I have found 187 names, so at least 187 people were killed. The true figure is \
certainly higher.

Who counted the wounded?

Nobody did properly. The mission hospital treated about 300 people that week.

What happened after?

The army sent 600 more soldiers into the town the next day, according to the garrison diary.
"""


def test_an_unlabelled_interviews_answers_are_the_guests_turns():
    turns = qa_turns(_INTERVIEW)
    assert [t[2] for t in turns] == ["Amara Osei"] * 3
    assert turns[0][3] == "monitor"  # (a researcher, as the title calls her)
    assert _INTERVIEW[turns[0][0]:].startswith("The provincial inquiry")


def test_a_guests_count_in_an_answer_is_hers_and_her_own_higher_guess_does_not_doubt_it():
    got = _by_number(_INTERVIEW)
    assert got["187"] == ("Amara Osei", "monitor", "claimed")
    assert got["300"][0] == "Amara Osei"


def test_a_claimant_named_in_an_answer_still_speaks_for_itself():
    got = _by_number(_INTERVIEW)
    assert got["112"][0] == "Provincial inquiry"
    assert got["600"][0] != "Amara Osei"


def test_questions_in_an_ordinary_story_make_no_interview():
    text = ("Why did the ferry sink?\n\nThat is what families asked on Monday. Police said 14 people were killed in the clashes.\n\n"
            "Who is to blame?\n\nNobody yet. The operator said 40 passengers were rescued.\n\nWhat next?\n\n"
            "An inquiry opens in May.\n")
    assert qa_turns(text) == []  # (no introduction naming an interview)
    assert _by_number("Ferry sinks\n\n" + text)["14"][0] == "Police"


def test_two_questions_are_too_few_for_an_interview():
    text = ("Head\n\nJane Roe, 50, a teacher, spoke to us.\n\nWhat did you see?\n\nAbout 30 bodies.\n\n"
            "What now?\n\nWe wait.\n")
    assert qa_turns(text) == []


# --- "he"/"she" for the person a sentence before opens with, where nobody speaks


def test_he_is_the_person_the_sentence_before_opens_with():
    text = ("Obituary\n\nKim Dong-su, taxi driver who carried the wounded, died on Sunday. Mr Kim was 36 when the "
            "soldiers came. He later told this newspaper that he took 31 wounded people to the hospital.")
    assert _by_number(text)["31"][:2] == ("Kim Dong-su", "activists")


def test_a_place_opening_the_sentence_before_is_no_person():
    text = "Report\n\nPort Selby was quiet when the soldiers came. He said 31 wounded people reached the hospital."
    assert _by_number(text)["31"][0] != "Port Selby"


@pytest.mark.parametrize("source, text, want", [
    ("Mr Rhule", "Desmond Rhule, a resident, spoke. Mr Rhule said", "Desmond Rhule"),
    ("Kim", "Kim Dong-su, a driver, died. Kim said", "Kim Dong-su"),
    ("Mr Kim", "Kim Dong-su, a driver, died. Mr Kim said", "Kim Dong-su"),
    ("Ms Adler", "Nobody else is named here. Ms Adler said", "Ms Adler"),
])
def test_a_titled_or_family_name_takes_the_full_name_given_before(source, text, want):
    assert full_name(source, text, len(text)) == want


def test_a_person_named_again_with_a_title_is_typed_where_first_named():
    text = "Report\n\nDesmond Rhule, a resident, spoke. Mr Rhule said 37 mortar rounds were fired."
    assert _by_number(text)["37"][:2] == ("Desmond Rhule", "activists")


# --- "Its list records …" after a sentence naming a body and no speaker


def test_its_is_the_body_the_sentence_before_names_when_nobody_speaks_there():
    text = ("Report\n\nThe army announced that 144 civilians had died. That count satisfied nobody. In 1988 "
            "relatives founded a families' association that collected names. Its current list records 165 "
            "civilians killed.")
    got = _by_number(text)
    assert got["144"][0] == "Army"
    assert got["165"][0].casefold() == "families' association"


def test_its_is_the_speaker_before_when_the_sentence_before_has_one():
    text = "Report\n\nThe army announced that 144 civilians had died. Its list records 165 civilians killed."
    assert _by_number(text)["165"][0] == "Army"


# --- "X, in records released in 2017, put the force … at N"; "X believed that N …"


def test_an_aside_naming_records_stands_between_a_claimant_and_put():
    text = ("Report\n\nSoldiers came. The Defence Ministry, in records released in 2017, put the force sent to the "
            "city at some 3,000 paratroopers.")
    assert _by_number(text)["3,000"][:2] == ("Defence Ministry", "official")


def test_put_with_a_clock_time_after_at_reports_no_count():
    text = "Report\n\nSoldiers came. The colonel put the men on alert at 5 p.m. after 30 soldiers were killed."
    assert _by_number(text)["30"][0] == "The Valley Courier"


def test_believed_that_names_a_believer():
    text = "Report\n\nSoldiers came. Jane Roe believed that as many as 2,000 people may have died."
    assert _by_number(text)["2,000"][0] == "Jane Roe"


@pytest.mark.parametrize("text", [
    "Report\n\nSoldiers came. Some 40 villagers were believed dead after the attack.",
    "Report\n\nSoldiers came. Forty villagers, believed killed in the raid, were buried.",
])
def test_a_passive_belief_names_no_believer(text):
    assert [c.source for c in _claims(text)] == ["The Valley Courier"]


# --- an acronym's expansion must start like it


def test_a_figure_cited_to_an_acronym_in_brackets_is_no_expansion_of_it():
    text = ("Report\n\nThe infobox reads 250 Hondurans (OAS). The OAS put the refugees expelled from the country "
            "at more than 60,000 by July.")
    assert _by_number(text)["60,000"][0] == "OAS"


# --- "The committee itself estimated …": the reflexive is no part of the claimant


@pytest.mark.parametrize("text, number, source", [
    ("Report\n\nThe figures came from the Hunter Committee. Many of the dead were pilgrims. The committee itself "
     "estimated the wounded at about 1,200.", "1,200", "Hunter Committee"),
    ("Report\n\nThe army said 20 soldiers died. The villagers themselves counted 45 bodies in the square.", "45",
     "Villagers"),
])
def test_a_reflexive_after_the_claimant_is_trimmed(text, number, source):
    assert _by_number(text)[number][0] == source


# --- ", when" after a date is a clause of that time, inside the speech that names it


@pytest.mark.parametrize("text", [
    "Report\n\nTroops fired on the crowd. The agency notes that this follows the unrest of 26 January, when about 68 "
    "people died in the capital.",
    "Report\n\nTroops fired on the crowd. The agency said the worst day was in March 1989, when about 68 people died.",
])
def test_when_after_a_date_stays_in_the_speech(text):
    assert _by_number(text)["68"][0] == "Agency"


def test_when_after_no_date_still_ends_the_speech():
    text = "Report\n\nTroops fired on the crowd. The agency said the army withdrew, when about 68 people died."
    assert _by_number(text)["68"][0] == "The Valley Courier"


def test_a_self_proclaimed_authority_is_a_faction_not_a_state():
    text = ("Report\n\nSoldiers stormed the village. A spokesman for the self-proclaimed Northern sultanate said only "
            "10 of its men had died.")
    assert _by_number(text)["10"][1] == "armed_group"
    from extract.lexicon import type_of
    assert type_of("the government spokesman") == "official"


# --- a doubt naming whose figure it doubts disputes that claimant's, not the figures of others beside it

_OWNED_DOUBT = ("Report\n\nThe interior minister told reporters that 246 people had been killed, up from 103 on "
                "Wednesday, and that 1,830 had been wounded.\n\nRights groups say the real toll is far higher. A church "
                "office said its volunteers had seen at least 300 bodies at the morgue, and opposition deputies put "
                "the dead at more than 1,000. The government's figure could not be independently verified.")


def test_the_owners_one_figure_doubted_is_its_toll():
    got = _by_number(_OWNED_DOUBT)
    assert got["246"][2] == "disputed"
    assert got["1,830"][2] == "claimed" and got["103"][2] == "claimed"  # (its other counts, the toll it replaced)


def test_others_figures_beside_a_doubt_naming_an_owner_stand():
    got = _by_number(_OWNED_DOUBT)
    assert got["300"][2] == "claimed" and got["1,000"][2] == "claimed"


def test_a_doubt_naming_the_owners_figures_disputes_its_claims_in_the_sentence_before():
    text = ("Report\n\nThe army said 40 rebels were killed and 12 captured. The army's figures could not be "
            "independently verified.")
    got = _by_number(text)
    assert got["40"][2] == "disputed" and got["12"][2] == "disputed"


def test_a_doubt_naming_the_group_is_the_claimant_just_named():
    text = ("Report\n\nThe militants said on their radio that they had killed more than 70 soldiers. The group's "
            "figures could not be confirmed.")
    assert _by_number(text)["70"][2] == "disputed"


def test_a_doubt_naming_another_owner_leaves_these_figures_alone():
    text = ("Report\n\nA rights office said 300 people were killed in the raid. The government's figures could not be "
            "verified.")
    assert _by_number(text)["300"][2] == "claimed"
