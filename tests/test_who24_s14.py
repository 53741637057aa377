"""Subject and side rules written after batch 24's first sight (tests/data/firstsight/README.md, "Field layer").

Every sentence here is written for the test, in other words than the batch's; each rule has sentences it must not
reach. The rules: dead or wounded that an armed body named in their sentence lost are its troops, never civilians
(extract/armedowner.py, hooked in extract/kindends.py); a people's dead where the report puts that people's name
on an armed noun (extract/fightergroups.py); "field guns" (the lexicon); a US division named by its abbreviation
(the lexicon's sides); "its men" of a headquarters (extract/forcemen.py).
"""

from __future__ import annotations

from datetime import date

from hypothesis import given, settings, strategies as st

from tests.claim_probe import ClaimProbe

P = ClaimProbe(date(2021, 6, 2))
_SHELLING = "Heavy guns shelled the ridge and the river crossing through the night. "


def kinds(text: str) -> dict[str, tuple[str, str, str]]:
    """number_text -> (measure, subject, side) of the claims of `text`."""
    return P.kinds(text)


# --------------------------------------------------------------------------- an armed body's own losses


def test_a_battalion_that_lost_its_dead_counts_troops_not_civilians():
    got = kinds(_SHELLING + "The fort fell before dawn, and the rifle battalion defending it lost some 300 dead.")
    assert got["300"] == ("killed", "troops", "unknown")


def test_the_same_toll_with_no_owner_keeps_the_shelling_reading():
    got = kinds(_SHELLING + "The fort fell before dawn, and the shelling left some 300 dead.")
    assert got["300"][1] == "people"


def test_a_toll_that_cost_the_army():
    got = kinds("Taking the pass cost the army 41 dead in two weeks of fighting.")
    assert got["41"] == ("killed", "troops", "unknown")


def test_the_army_as_the_killer_is_no_owner():
    got = kinds(_SHELLING + "The army shelled the market, killing 41 in the morning crowd.")
    assert got["41"][1] != "troops"


def test_a_part_of_our_comrades_and_of_the_regiment():
    assert kinds("Nine hundred of our comrades died on the plateau that winter.")["Nine hundred"][1] == "troops"
    assert kinds("The museum lists 612 dead of the regiment at the crossing.")["612"][1] == "troops"


def test_a_part_of_the_passengers_is_no_armed_body():
    got = kinds(_SHELLING + "Ninety of the passengers died when the ferry was hit.")
    assert got["Ninety"][1] != "troops"


def test_the_bodys_dead_put_at_a_figure_and_its_own_dead_given_as():
    got = kinds("The Portuguese army put the fort's garrison's dead at about 1,150. "
                "The Northern Army gives its dead as 312 and its wounded at 840.")
    assert got["1,150"][1:] == ("troops", "unknown")
    assert got["312"][1:] == ("troops", "unknown")


def test_a_named_party_dead_put_at_a_figure():
    got = kinds("Later scholars put Mahdist dead at an estimated 9,000.")
    assert got["9,000"] == ("killed", "troops", "unknown")


def test_the_losses_of_our_forces_at():
    got = kinds("The ministry puts the losses of our forces at 214 killed.")
    assert got["214"] == ("killed", "troops", "unknown")


def test_a_partitive_opening_of_soldiers():
    got = kinds("Of some 2,400 soldiers in the fort, more than 900 were killed.")
    assert got["900"] == ("killed", "troops", "unknown")


def test_an_object_of_an_earlier_verb_is_not_the_one_that_lost():
    got = kinds('The rebels said their fighters had killed "more than 30" soldiers at the post and lost two of '
                "their own.")
    assert got.get("two", ("", "", ""))[1] != "troops"


def test_a_state_armys_dead_named_on_the_toll():
    got = kinds("After the winter the front counted over 9,000 Soviet dead in the forest.")
    assert got["9,000"] == ("killed", "troops", "russia")


def test_a_movements_dead_named_on_the_toll_is_not_a_states_army():
    got = kinds("Security sources counted 40 Islamic State dead near the border after the raid.")
    assert got.get("40", ("", "", ""))[1:] != ("troops", "isis")


def test_a_column_that_had_its_dead_and_men_written_as_men():
    got = kinds(_SHELLING + "In May the cavalry column had 61 killed near the ford.")
    assert got["61"][1:] == ("troops", "unknown")
    assert kinds("The rebels lost 70 men in the battle for the bridge.")["70"][1] == "men"  # (the gold's "men")


@settings(max_examples=25, deadline=None)
@given(unit=st.sampled_from(["battalion", "garrison", "regiment", "division", "brigade"]),
       n=st.integers(min_value=12, max_value=9000))
def test_any_unit_that_lost_a_toll_owns_it(unit: str, n: int):
    got = kinds(f"{_SHELLING}The {unit} holding the ridge lost {n:,} dead.")
    assert got[f"{n:,}"][1:] == ("troops", "unknown")


# --------------------------------------------------------------------------- a people's army


def test_a_peoples_dead_after_its_army_is_told_are_fighters():
    got = kinds("A Matabele army of some 9,000 men attacked the laager at dawn. "
                "Hundreds of Matabele wounded were carried off the field.")
    assert got["Hundreds"][1:] == ("fighters", "unknown")


def test_a_nations_dead_after_its_troops_are_told_are_troops():
    got = kinds("Some 8,000 Canadian and British troops landed on the beach at dawn. "
                "The official historian counted some 900 Canadians killed on that first day.")
    assert got["900"] == ("killed", "troops", "unknown")


def test_a_peoples_dead_in_a_town_stay_civilians():
    got = kinds("Some 8,000 Canadian troops held the line to the north. "
                "Jets bombed the town, and some 90 Canadians were killed in their homes.")
    assert got["90"][2] == "civilian"


def test_a_peoples_dead_with_no_army_told_stay_civilians():
    got = kinds("Jets bombed the capital all week. Some 90 Canadians were killed.")
    assert got["90"][2] == "civilian"


# --------------------------------------------------------------------------- vocabulary


def test_field_guns_are_field_guns():
    assert kinds("The rebels captured 12 field guns and 30 trucks at the depot.")["12"][1] == "field gun"


def test_a_us_division_by_its_abbreviation():
    got = kinds("0900 - Began loading 3rd Inf Div at the pier. By evening embarked 2,100 troops.")
    assert got["2,100"][2] == "us"


def test_its_men_of_a_headquarters():
    got = kinds("The division crossed the river. Allied headquarters said about 700 of its men were killed.")
    assert got["700"][1] == "troops"
