"""Session 24, batch 32's claim layer: false alarms and missed claims (sentences written for these tests, not taken
from any gold text)."""

from __future__ import annotations

from datetime import date

from hypothesis import given, settings, strategies as st

from extract import extract_claims


def _claims(text: str):
    return extract_claims(text, published=date(2022, 3, 1), outlet="The Harbour Post")


def _kinds(text: str) -> dict[str, tuple[str, str]]:
    return {c.number_text: (c.measure, c.subject) for c in _claims(text)}


# --- a vehicle's room said with "take"/"seat", and the vehicles whose room it is (extract/capacitylists.py)


def test_a_ferry_that_can_take_passengers_is_no_seizure_nor_capture():
    kinds = _kinds("Shelling hit the harbour again and 30 wounded were carried aboard; one ship can take about 900 "
                   "passengers.")
    assert "one" not in kinds and "900" not in kinds
    assert kinds["30"][0] == "wounded"


def test_aircraft_that_could_seat_people_is_room():
    kinds = _kinds("During the airlift after the fighting, two aircraft could seat 340 evacuees between them.")
    assert "two" not in kinds and "340" not in kinds


def test_ships_seized_before_their_room_stay_a_claim():
    kinds = _kinds("Rebels seized three ships in the port; each ship can take 500 passengers.")
    assert kinds["three"][0] == "seized"
    assert "500" not in kinds


def test_take_after_no_vehicle_keeps_its_verb():
    assert _kinds("Militiamen took 40 passengers hostage at the port.")["40"][0] == "captured"


# --- fighters honoured (extract/peaceforces.py)


def test_soldiers_awarded_a_medal_are_no_force():
    assert _kinds("After the battle of the ridge, twelve soldiers were awarded the Victoria Cross.") == {}


def test_marines_later_decorated_are_no_force():
    assert _kinds("In the war against the rebels, fourteen marines were later decorated for the assault on the "
                  "fortress.") == {}


def test_soldiers_killed_then_honoured_stay_dead():
    assert _kinds("Nine soldiers were killed at the bridge and were posthumously awarded medals.")["Nine"][0] == "killed"


def test_a_force_beside_a_medal_sentence_stays():
    kinds = _kinds("The army sent 3,000 soldiers to the pass; 15 soldiers were awarded medals.")
    assert kinds["3,000"][0] == "forces"
    assert "15" not in kinds


# --- "one was a ...": one of the people counted, described (extract/notcounts.py, extract/ruledout.py)


def test_one_victim_described_after_a_toll_is_no_claim():
    kinds = _kinds("The hospital said 22 of the dead were students; one was a 19-year-old cellist.")
    assert list(kinds) == ["22"] and kinds["22"][0] == "killed"


def test_one_is_a_nurse_is_no_claim():
    kinds = _kinds("The death toll in the market rose to 31; one is a nurse from the clinic.")
    assert list(kinds) == ["31"]


def test_one_was_a_count_stays():
    assert _kinds("The morgue said one was a count of bodies brought in overnight.").get("one", ("",))[0] == "killed"


@settings(max_examples=30, deadline=None)
@given(st.sampled_from(["nurse", "student", "farmer", "19-year-old cellist", "retired teacher", "local imam"]))
def test_one_described_never_counts(who: str):
    text = f"Officials said 40 people were killed in the shelling; one was a {who}."
    kinds = _kinds(text)
    assert kinds["40"][0] == "killed" and "one" not in kinds


# --- held "for questioning" after an act of war (extract/ruledout.py)


def test_detained_for_questioning_after_a_bombing_told_before():
    kinds = _kinds("Two bombs exploded outside the station, the governor said. Four men have been detained for "
                   "questioning, he added; their names were not released.")
    assert kinds["Four"][0] == "captured"


def test_detained_for_questioning_after_a_theft_is_no_claim():
    assert _kinds("The shop lost its takings. Four men have been detained for questioning, police said.") == {}


def test_questioning_alone_is_no_claim():
    assert _kinds("Police detained 11 people for questioning on Sunday.") == {}


# --- one suspect, a person described aside (assets/lexicons/claims.toml, extract/phrase.py)


def test_one_suspect_described_aside_is_in_custody():
    kinds = _kinds("The car bomb at the market killed 12 people. One suspect, a 41-year-old farmer, is in custody.")
    assert kinds["One"] == ("captured", "suspect")


def test_one_soldier_described_aside_killed():
    assert _kinds("In the ambush one soldier, a young conscript, was killed.")["one"][0] == "killed"


def test_an_aside_after_several_is_not_read_as_one_person():
    assert "Three" not in _kinds("Three of them, a farmer and two traders, spoke to reporters after the raid.")


# --- "left homeless" (assets/lexicons/claims.toml [verbs] displace)


def test_left_homeless_after_burning_is_displaced():
    kinds = _kinds("Mobs burned the quarter for two days; some 6,000 people were left homeless.")
    assert kinds["6,000"][0] == "displaced"


def test_left_homeless_by_a_flood_is_no_claim():
    assert _kinds("The floods left 3,000 people homeless across the valley.") == {}


# --- a health facility "with" beds (extract/measures.py)


def test_field_hospital_with_beds_is_capacity():
    kinds = _kinds("Shelling of the old town went on all week. A field hospital with 45 beds opened in the mosque.")
    assert kinds["45"][0] == "capacity"


def test_hotel_with_beds_is_no_claim():
    assert _kinds("Shelling of the old town went on all week. A hotel with 45 beds reopened by the sea.") == {}


def test_beds_with_no_hospital_right_before_are_no_claim():
    assert "45" not in _kinds("Shelling went on all week; the hospital staff arrived with 45 beds on lorries.")


# --- carried out, "out" alone (extract/movedout.py)


def test_ferries_carried_people_out_in_a_war():
    kinds = _kinds("Shelling of the port went on. Ferries hired by charities carried 2,300 people out over ten days.")
    assert kinds["2,300"][0] == "displaced"


def test_carried_out_in_peace_is_no_claim():
    assert _kinds("The lifeboat carried 40 people out on a pleasure trip last summer.") == {}


def test_took_soldiers_out_to_a_place_is_no_evacuation():
    assert _kinds("The rebels took 40 soldiers out to the square and shot them.")["40"][0] != "displaced"


# --- the dead told by their burial (extract/burials.py)


def test_put_in_it_after_a_burial_is_killed_and_its_list():
    kinds = _kinds("A burial party dug one long pit by the church. The parish register says 93 Ndembu were put in "
                   "it: 51 men, 25 women and 17 children.")
    assert kinds["93"] == ("killed", "people")
    assert kinds["51"][0] == kinds["25"][0] == kinds["17"][0] == "killed"


def test_laid_in_a_mass_grave_is_killed():
    assert _kinds("After the massacre 27 villagers were laid in a mass grave.")["27"][0] == "killed"


def test_put_in_a_trench_alive_is_no_death():
    assert _kinds("After the fighting, 30 prisoners were put in a trench and guarded.")["30"][0] == "captured"


def test_put_in_it_without_a_burial_is_no_death():
    assert _kinds("Soldiers dug a trench. Thirty prisoners were put in it.")["Thirty"][0] == "captured"


def test_put_in_charge_is_no_death():
    assert _kinds("After the fighting, 40 soldiers were put in charge of the bridge.")["40"][0] == "forces"
