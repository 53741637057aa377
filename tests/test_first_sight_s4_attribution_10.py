"""Attribution rules added after held-out batch 10 (h51-h56, session 4), each on sentences written here.

Each rule has a test of what it reaches and of a case it must not reach. The held-out reports themselves
are scored in tests/test_heldout.py; no sentence of theirs is used here.
"""

from __future__ import annotations

import pytest

from extract.lexicon import body_of, canonical_source, type_of
from test_first_sight_s4_attribution import OUTLET, attr, body, same_source


def comment(text: str) -> str:
    """A one-article page with `text` as its only reader comment."""
    return f"Front Page Title\n\nArticle body.\n\nLeave a Comment\n\nsam_k says:\nMay 6, 2023 at 3:10 pm\n{text}\n"


# --------------------------------------------------------------------------- who the speaker is


def test_a_dated_time_phrase_opening_the_clause_is_not_the_speaker():
    assert attr(body("In March 2022 the ministry said 40 people died in Dorvan."), "40")[0] == "Ministry"
    assert attr(body("Between May 2004 and April 2005 the ministry recorded 40 deaths."), "40")[:2] == (
        "Ministry", "official")
    assert attr(body("Since 2015 the Dorvan Red Cross has counted 40 deaths in the valley."), "40")[0] == "Dorvan Red Cross"
    # the year goes, not the claimant named after it; a sentence without a verb of saying still has none
    assert attr(body("In 2019 fighting killed 40 people in the valley, residents said."), "40")[0] == "Residents"
    assert attr(body("In December 2018 rebels killed 19 road workers in Dorvan."), "19") == (OUTLET, "publication", "asserted")


def test_an_apposition_after_a_bracketed_acronym_gives_way_to_the_name():
    text = body("The Delta Liberation Front (DLF), the party's armed wing, gave very different figures. "
                "It said its fighters had killed 19 soldiers.")
    assert attr(text, "19")[:2] == ("Delta Liberation Front", "armed_group")
    of_name = body("The Delta Brigades, the armed wing of the Delta Party, said 19 soldiers died.")
    assert attr(of_name, "19")[:2] == ("Delta Brigades", "armed_group")
    named = body("The party's armed wing, the Delta Brigade, said 19 soldiers died.")
    assert attr(named, "19")[0] == "Delta Brigade"  # a description first, then the name: the name


def test_an_armed_wing_is_an_armed_group_and_a_states_ministry_official():
    assert type_of("the party's armed wing") == "armed_group"
    assert type_of("Hamas military wing") == "armed_group"
    assert type_of("Vanta's defence ministry") == "official"
    assert type_of("Kenya's armed forces") == "official"


def test_a_person_named_before_his_office_is_the_speaker():
    text = body("Ali Omar, spokesman of the Delta Liberation Front (DLF), said its fighters had killed 13 soldiers.")
    assert attr(text, "13")[:2] == ("Ali Omar", "armed_group")  # typed by the body he speaks for
    text = body("Ana Ruiz, head of the Marata Provincial Council, said 13 people died.")
    assert attr(text, "13")[:2] == ("Ana Ruiz", "official")
    # a role with an article is how the text names the claimant (an earlier rule, left as it is)
    assert attr(body("Ali Omar, a spokesman for the camp, said 13 people died."), "13")[0] != "Ali Omar"


def test_a_name_given_by_a_witness_is_typed_by_the_description():
    text = body("A woman who gave her name as Amina, 41, said gunmen took 12 men from her street.")
    assert attr(text, "12") == ("Amina", "activists", "claimed")
    man = body("A man who gave his name only as Ahmed said 12 people were killed.")
    assert attr(man, "12") == ("Ahmed", "activists", "claimed")
    officer = body("An officer who gave his name as Captain Bello said 12 rebels were killed.")
    assert attr(officer, "12")[1] == "official"


def test_where_a_claimant_stands_is_not_the_claimant():
    text = body("Reporters in Marata, near the northern border, counted 30 burned shops.")
    assert attr(text, "30")[:2] == ("Reporters", "activists")
    named = body("The monitor, North Vanta Watch, said 30 people died.")  # a name in capitals is no place aside
    assert attr(named, "30")[0] == "North Vanta Watch"


def test_a_post_by_a_handle_is_the_handles_and_a_named_account_is_social_media():
    text = body("A widely shared post by @delta_watch, a pro-army account with 80,000 followers, "
                "said troops had killed 25 rebels.")
    assert attr(text, "25") == ("@delta_watch", "social_media", "claimed")
    assert attr(body("Pro-army accounts said troops had killed 25 rebels."), "25")[:2] == (
        "Pro-army accounts", "partisan_media")


def test_a_spokesman_speaking_of_his_own_body_keeps_the_claim():
    text = body("The UN refugee agency said 9,000 people crossed on Friday. "
                "UNHCR spokesman Ivo Brandt said the agency had counted more than 30,000 arrivals.")
    assert same_source(attr(text, "30,000")[0], "Ivo Brandt")
    army = body("Army spokesman Ali Omar said the army had killed 30 rebels.")
    assert same_source(attr(army, "30")[0], "Ali Omar")
    other = body("The health ministry said 12 died. The Observatory said the ministry had counted 300 deaths.")
    assert attr(other, "300")[0] == "Health ministry"  # another body's count, relayed


def test_it_after_the_ministry_is_the_ministry_named_before():
    text = body("Vanta's defence ministry said on Monday that its forces had killed 37 militants. "
                "Officials use the word loosely.",
                "In a statement, the ministry said commandos had destroyed 54 caves. "
                "Three soldiers had been killed since the operation began, it said.")
    assert attr(text, "Three")[0] == "Vanta's defence ministry"
    plain = body("The army said 12 died. Around 30 were wounded, it said.")
    assert attr(plain, "30")[0] == "Army"  # no earlier army named: the army as written


def test_a_new_clause_after_according_to_is_no_apposition():
    text = body("It keeps 2,000 troops there, according to Vantan officials, and the capital says the bases "
                "are needed until the group is defeated.")
    assert attr(text, "2,000")[:2] == ("Vantan officials", "official")
    role = body("It keeps 2,000 troops there, according to Hassan Omar, a village elder.")
    assert attr(role, "2,000")[:2] == ("Hassan Omar", "activists")


def test_a_speaker_set_in_the_middle_reaches_a_part_of_the_same_count():
    first = "Spokesman Ivo Brandt said 3,000 people crossed on Friday. "
    text = body(first + "About 4,000 more were waiting, he said, among them hundreds of elderly people.")
    assert same_source(attr(text, "hundreds")[0], "Ivo Brandt")
    new = body(first + "About 4,000 more were waiting, he said, and 300 more crossed on Friday.")
    assert attr(new, "300")[0] == OUTLET


def test_a_documenting_verbs_object_ends_where_a_new_clause_begins():
    text = body("In May we recorded 73 bombings of roads and bridges, and the rebels destroyed 28 council buildings.")
    assert attr(text, "73")[2] == "confirmed" and attr(text, "28")[2] == "asserted"
    listed = body("In May we recorded 73 bombings of roads, and 28 attacks on clinics.")
    assert attr(listed, "28")[2] == "confirmed"
    part = body("In May we documented 73 killings, and the dead included 28 children.")
    assert attr(part, "28")[2] == "confirmed"
    said = body("Officials said 73 bombs fell, and the rebels destroyed 28 buildings.")
    assert attr(said, "28")[0] == "Officials"  # a verb of saying goes on


def test_kin_of_a_count_speak_for_it():
    text = body("Our lawyers confirmed that 212 people were held without charge, and the families of another 87 "
                "say their relatives have disappeared.")
    assert attr(text, "87") == ("Families", "activists", "claimed")
    assert attr(text, "212") == (OUTLET, "publication", "confirmed")
    assert attr(body("Lawyers confirmed that 212 people were held without charge."), "212")[0] == "Lawyers"


def test_some_historians_put_it_at_a_figure():
    text = body("The toll is disputed; some historians put it at up to 800,000.")
    assert attr(text, "800,000") == ("Historians", "monitor", "claimed")
    assert attr(body("Gunmen put it at the top of their list, and 40 people fled."), "40")[0] == OUTLET


# --------------------------------------------------------------------------- stance


def test_a_breakdown_of_the_outlets_documented_count_is_documented_too():
    text = body("Between May 2004 and April 2005 our researchers documented 1,412 killings. "
                "Of these, 902 were attributed to the army and 510 to the rebels. "
                "At least 231 of the dead were civilians, 38 of them children.")
    for n in ("1,412", "902", "510", "231", "38"):
        assert attr(text, n) == (OUTLET, "publication", "confirmed"), n
    relayed = body("Monitors said 1,412 people were killed. Of these, 902 were attributed to the army.")
    assert attr(relayed, "902")[2] == "asserted"  # only the outlet's own documented count
    later = body("Our researchers documented 1,412 killings.", "Of these, 902 were attributed to the army.")
    assert attr(later, "902")[2] == "asserted"  # a new paragraph


def test_a_real_toll_after_the_writers_own_count_does_not_dispute_it():
    text = comment("My uncle's village near Dorvan was burned, 40 houses, and nobody came. Real toll is in the hundreds.")
    assert attr(text, "40") == ("reader comment", "reader_comment", "asserted")
    assert attr(body("At least 12 people died in the blast. The real toll is much higher."), "12")[2] == "asserted"
    assert attr(body("Officials said 12 people died. The real toll is much higher."), "12")[2] == "disputed"
    doubt = comment("They say 300 troops are coming. I suspect none of this will ever arrive.")
    assert attr(doubt, "300")[2] == "disputed"  # doubt, not a figure of one's own
    quoted = comment("\u201cThe rebels killed 40 people.\u201d The real number is about 10.")
    assert attr(quoted, "40")[2] == "disputed"  # a quoted figure is someone else's


# --------------------------------------------------------------------------- names and types


@pytest.mark.parametrize("written, name", [
    ("Rear Admiral Tomas Lind", "Tomas Lind"), ("Admiral Tomas Lind", "Tomas Lind"),
    ("Air Marshal Kofi Boateng", "Kofi Boateng"), ("Vice Admiral Ana Ruiz", "Ana Ruiz"),
    ("Reporters in Marata", "Reporters"), ("Lt. Col. Ivo Brandt", "Ivo Brandt"), ("Brig. Gen. Kofi Mensah", "Kofi Mensah"),
])
def test_titles_and_places_are_not_part_of_the_name(written, name):
    assert canonical_source(written) == name


def test_a_name_that_merely_opens_with_a_title_word_stays_whole():
    assert canonical_source("Air Vanta Cargo") == "Air Vanta Cargo"
    assert canonical_source("Col. Brandt") == "Col. Brandt"  # a title before one name is how he is named


@pytest.mark.parametrize("name, kind", [
    ("church groups", "activists"), ("women in the camp", "activists"), ("Delta Demining Trust", "monitor"),
    ("Dorvan Foundation", "monitor"), ("historians", "monitor"), ("KBTV", "wire_or_outlet"),
    ("Reporters", "activists"), ("men in the camp", "activists"),
])
def test_source_types_of_batch_ten(name, kind):
    assert type_of(name) == kind


@pytest.mark.parametrize("name, kind", [
    ("Church Affairs Ministry", "official"), ("Hezbollah TV", "partisan_media"), ("Reuters reporters", "wire_or_outlet"),
    ("People's Defence Force", "armed_group"), ("militia men", "armed_group"),
])
def test_source_types_the_batch_ten_words_leave_alone(name, kind):
    assert type_of(name) == kind


def test_the_body_a_claimant_speaks_for():
    assert body_of("UNHCR spokesman Ivo Brandt") == "United Nations"
    assert body_of("a spokesman for the Marata Water Board") == "Marata Water Board"
    assert body_of("Ivo Brandt") is None
