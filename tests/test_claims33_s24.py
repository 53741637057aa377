"""Session 24, batch 33's claim layer: missed claims (sentences written for these tests, not taken from any gold
text)."""

from __future__ import annotations

from datetime import date

from extract import extract_claims


def _claims(text: str):
    return extract_claims(text, published=date(2021, 6, 1), outlet="The Valley Ledger")


def _kinds(text: str) -> dict[str, tuple[str, str]]:
    return {c.number_text: (c.measure, c.subject) for c in _claims(text)}


# --- a total with a tail of where the people were, before its breakdown (extract/listitems.py)


def test_total_on_board_before_its_breakdown():
    kinds = _kinds("The airliner was brought down by a missile. All 147 people on board, 139 passengers and 8 crew, "
                   "were killed.")
    assert kinds["147"][0] == "killed"
    assert kinds["139"][0] == "killed" and kinds["8"][0] == "killed"


def test_total_aboard_before_its_breakdown():
    kinds = _kinds("After the ferry was shelled, 61 people aboard, 50 villagers and 11 soldiers, were wounded.")
    assert kinds["61"][0] == "wounded"


def test_tail_with_no_list_after_it_adds_nothing():
    kinds = _kinds("The ferry carried 300 people on board, the company said.")
    assert "300" not in kinds


# --- cars and carriages as civilian property ([nouns.civil_facility]); police cars as a force's ([nouns.equipment])


def test_cars_destroyed_by_a_bomb():
    assert _kinds("The car bomb went off near the ministry. Outside the building, 23 cars were destroyed.")["23"] == (
        "destroyed", "car")


def test_carriages_wrecked_by_a_blast():
    assert _kinds("The explosion wrecked three carriages of the night train.")["three"] == ("destroyed", "carriage")


def test_cars_sold_or_counted_are_no_claim():
    assert _kinds("The dealer sold 400 cars last month; the ferry carries 90 cars.") == {}


def test_burned_out_police_cars_are_destroyed_vehicles():
    kinds = _kinds("After the clashes with the militia, our reporter counted 11 burned-out police cars on the avenue.")
    assert kinds["11"] == ("destroyed", "vehicle")


# --- "the number N" right before a figure names a thing (extract/anaphora.py)


def test_the_number_before_a_figure_is_a_label():
    kinds = _kinds("The mortar round destroyed two cars near the depot. A tram, the number 12, took the wounded away.")
    assert kinds["two"] == ("destroyed", "car") and "12" not in kinds


def test_the_number_put_at_still_restates():
    kinds = _kinds("Shelling killed 40 people in the town. Local doctors put the number at 55.")
    assert kinds["55"][0] == "killed"


# --- circa in a label row: "Injured: c. 220" (extract/sentences.py, extract/labelrows.py, extract/numqualifiers.py)

_INFOBOX = "The truck bomb attack on the barracks killed 61 soldiers, the army said.\n\n"


def test_circa_row_is_a_claim_and_approximate():
    got = {c.number_text: (c.measure, c.qualifier) for c in _claims(_INFOBOX + "Killed: 61\nWounded: c. 140\n")}
    assert got["140"] == ("wounded", "approx")


def test_ca_row_is_approximate():
    got = {c.number_text: (c.measure, c.qualifier) for c in _claims(_INFOBOX + "Wounded: ca. 95\n")}
    assert got["95"] == ("wounded", "approx")


def test_circa_row_of_no_harm_is_no_claim():
    got = {c.number_text for c in _claims(_INFOBOX + "Founded: c. 1950\nMembers of the choir: c. 40\n")}
    assert "1950" not in got and "40" not in got


def test_lower_c_before_a_figure_does_not_end_a_sentence():
    from extract.sentences import split_sentences

    assert len(split_sentences("The dead numbered c. 300 by May.")) == 1


# --- held "for questioning" before a sentence telling the act of war (extract/ruledout.py)


def test_detained_for_questioning_before_the_attack_is_told():
    kinds = _kinds("THE INQUIRY. Police said they had detained three men for questioning. A militia claimed the "
                   "bombing in a statement.")
    assert kinds["three"][0] == "captured"


def test_detained_for_questioning_between_sentences_of_peace_is_no_claim():
    assert _kinds("The museum reopened on Monday. Police said they had detained three men for questioning. The "
                  "paintings were insured.") == {}


# --- a bare count after a count, with "are" (extract/partof.py `inherit`)


def test_bare_count_still_admitted_inherits_the_wounded():
    kinds = _kinds("Doctors treated 230 people after the mortar attack, and 41 are still admitted.")
    assert kinds["41"][0] == "wounded"


def test_bare_count_are_after_a_peaceful_count_is_no_claim():
    assert _kinds("The airline flew 400 passengers last week; 58 are still waiting for refunds.") == {}


# --- people "being held" are held now (extract/captives.py)


def test_people_being_held_after_an_attack_are_captured():
    kinds = _kinds("After the grenade attack on the checkpoint, three men are being held at the army base.")
    assert kinds["three"][0] == "captured"


def test_one_suspect_being_held_is_captured():
    kinds = _kinds("The rebels' car bomb killed 14 soldiers. One suspect is being held in the port city.")
    assert kinds["One"][0] == "captured"


def test_being_held_back_or_talks_being_held_is_no_capture():
    kinds = _kinds("After the shelling, two aid workers were being held back by the crowd; the talks are being held "
                   "in Geneva.")
    assert "two" not in kinds


# --- "damage to N things" ([verbs] damage)


def test_damage_to_houses_is_damaged():
    assert _kinds("The rocket strike caused damage to 35 houses in the old town.")["35"] == ("damaged", "house")


def test_damage_to_no_counted_thing_is_no_claim():
    assert _kinds("The storm caused damage to 35 houses in the old town.") == {}


def test_cars_burned_out_in_a_pile_up_are_no_claim():
    assert _kinds("Fourteen cars burned out in a pile-up on the coast road on Friday night.") == {}
