"""Subject and side rules written after batch 23's first sight (tests/data/firstsight/README.md, "Field layer").

Every sentence here is written for the test, in other words than the batch's; each rule has sentences it must not
reach. The rules: the dead of a group the vocabulary does not know, which the report shows fighting, are no
civilians (extract/fightergroups.py); a list item's unknown noun among people keeps its written plural
(extract/listitems.py); a demonym's dead counted beside a count of civilians (extract/civilianwords.py); "most of
them ... civilians" after a time and in quotes, and soldiers and civilians counted together (extract/sides.py,
the lexicon); what the war cost (extract/warcosts.py); a ship named "USS" (the lexicon's sides); a count elided
after a day of a month ("killed since 4 March and 70 wounded": extract/partof.py).
"""

from __future__ import annotations

from datetime import date

from hypothesis import given, settings, strategies as st

from tests.claim_probe import WAR, ClaimProbe

P = ClaimProbe(date(2022, 5, 4))
_RAID = "Jets bombed the small town all morning. "


def kinds(text: str) -> dict[str, tuple[str, str, str]]:
    """number_text -> (measure, subject, side) of the claims of `WAR + text`."""
    return P.kinds(WAR + text)


# --------------------------------------------------------------------------- a fighting group's dead


def test_a_group_apposed_with_guerrillas_leaves_its_own_dead_not_civilians():
    got = kinds("At dawn some 200 zarbi, guerrillas of the Liberation Front, came down from the hills and attacked "
                "the small town. " + _RAID + "By the army's count the zarbi left 40 dead around the town.")
    assert got["40"] == ("killed", "fighters", "unknown")


def test_the_same_toll_of_a_group_never_told_fighting_keeps_the_raid_reading():
    got = kinds("At dawn the zarbi came down from the hills to the small town. " + _RAID
                + "By the army's count the zarbi left 40 dead around the town.")
    assert got["40"] == ("killed", "people", "civilian")
    assert kinds(_RAID + "The air raid on the town left 30 dead.")["30"] == ("killed", "people", "civilian")


def test_a_movement_told_attacking_is_counted_as_fighters():
    got = kinds('Police said "some 800 Kalu Kalu" attacked the town in the night. '
                "The ministry gives 300 Kalu Kalu killed by the army since March.")
    assert got["300"] == ("killed", "fighters", "unknown")


def test_a_people_massacred_and_never_told_fighting_stays_civilian():
    got = kinds("The militia massacred villagers in the night. The ministry gives 300 Kalu Kalu killed since March.")
    assert got["300"][2] == "civilian"


def test_members_of_an_armed_body_keep_their_written_plural_in_a_partitive():
    got = kinds(_RAID + "The fort was held by ten soldiers and about 30 kebars of the Coastal Constabulary. "
                "Of the kebars, two were killed and three wounded.")
    assert got["two"] == ("killed", "kebars", "unknown")
    assert got["three"] == ("wounded", "kebars", "unknown")


def test_a_partitive_of_a_civilian_noun_keeps_civilians():
    got = kinds(_RAID + "Of the villagers, two were killed and three wounded.")
    assert got["two"] == ("killed", "villagers", "civilian")


@settings(max_examples=25, deadline=None)
@given(st.text(alphabet="bdgkmnprtvz", min_size=5, max_size=8).map(lambda w: w + "o"))
def test_property_only_a_group_told_fighting_loses_the_civilian_reading(word):
    told = kinds(f"Some 200 {word}, guerrillas of the Front, attacked the town. " + _RAID
                 + f"The {word} left 40 dead around the town.")
    untold = kinds(f"Some 200 {word} came to the town. " + _RAID + f"The {word} left 40 dead around the town.")
    assert told["40"][1:] == ("fighters", "unknown")
    assert untold["40"][2] != "unknown" or untold["40"][1] != "fighters"


# --------------------------------------------------------------------------- list items among people


def test_an_unknown_noun_in_a_list_of_people_keeps_its_plural():
    got = kinds("The town was held by ten soldiers, about 30 kebars of the Coastal Constabulary, and a few policemen.")
    assert got["30"][:2] == ("forces", "kebars")


def test_an_unknown_noun_in_a_list_of_things_is_singular():
    got = kinds("Rebels destroyed four tanks, two gunboats and 12 trucks.")
    assert got["two"][:2] == ("destroyed", "gunboat")


# --------------------------------------------------------------------------- civilians set apart, mostly, mixed


def test_a_demonym_counted_beside_civilians_is_not_all_civilians():
    got = kinds("The ministry gives 18 Britons killed, and 177 local civilians killed, since the rising began.")
    assert got["18"][2] == "unknown"
    assert got["177"] == ("killed", "civilians", "civilian")


def test_a_demonym_with_no_count_of_civilians_beside_it_stays_civilian():
    got = kinds("The ministry gives 18 Britons killed in the rising, most of them in the capital.")
    assert got["18"][2] == "civilian"


def test_most_of_them_civilians_after_a_time_and_in_quotes():
    got = kinds('A historian counts about 3,000 dead in the five days, "most of them Kenyan civilians".')
    assert got["3,000"][2] == "civilian"


def test_most_of_them_soldiers_is_no_civilian_toll():
    got = kinds("A historian counts about 3,000 dead in the five days, most of them soldiers.")
    assert got["3,000"][2] != "civilian"


def test_soldiers_and_civilians_counted_together_are_people_of_no_side():
    assert kinds(_RAID + "The report gives 400 soldiers and civilians dead.")["400"] == ("killed", "people", "unknown")


def test_civilians_and_soldiers_counted_apart_keep_their_own_nouns():
    got = kinds(_RAID + "The raid killed 40 civilians and 12 soldiers.")
    assert got["40"] == ("killed", "civilians", "civilian")
    assert got["12"][1] == "troops"


# --------------------------------------------------------------------------- what the war cost


def test_the_war_as_what_cost_the_sum_gives_war_costs():
    assert kinds("The central bank says the war has cost the country $300 million so far.")["$300 million"][1] == (
        "war costs")
    assert kinds("The war, the minister calculates, cost the state $3 billion.")["$3 billion"][1] == "war costs"


def test_a_missions_cost_is_not_the_wars():
    got = kinds("The peacekeeping mission in the war zone cost about $700 million a year.")
    assert got.get("$700 million", ("", ""))[1] != "war costs"


# --------------------------------------------------------------------------- USS, a day of a month


def test_a_us_navy_ship_names_the_us_side():
    got = kinds("USS Ohio shelled the coast at dawn. Two sailors were wounded by return fire.")
    assert got["Two"] == ("wounded", "sailors", "us")


def test_uss_is_matched_as_written_only():
    got = kinds("The fleet shelled the coast at dawn. Two sailors were wounded by return fire, uss said.")
    assert got["Two"][2] != "us"


def test_a_count_elided_after_a_day_of_a_month_takes_the_count_before_it():
    got = kinds("Officials say 30 soldiers have been killed since 4 March and about 70 wounded.")
    assert got["70"][:2] == ("wounded", "troops")


def test_a_day_of_a_month_is_no_count_the_next_one_shares():
    got = kinds("Officials say the shelling began on 4 March and about 70 civilians were wounded.")
    assert got["70"] == ("wounded", "civilians", "civilian")
    assert "4" not in got


def test_an_army_that_left_dead_behind_it_is_not_read_as_their_owner():
    got = kinds("The army attacked the small town at dawn. " + _RAID + "By nightfall the army left 40 dead in the town.")
    assert got["40"][1:] != ("fighters", "unknown")


# --------------------------------------------------------------------------- a force's bare loss


def test_a_bare_loss_of_a_force_sized_just_before_counts_its_men():
    got = kinds("The brigade, which had some 3,000 soldiers in 1990, lost more than 400.")
    assert got["400"][:2] == ("killed", "troops")


def test_a_bare_loss_after_a_count_of_people_killed_is_not_that_force():
    got = kinds("The gang, which killed 30 villagers, lost 12.")
    assert got.get("12", ("", "people"))[1] != "civilians"


# --------------------------------------------------------------------------- a weight's munition


def test_a_weight_of_bombs_counts_bombs():
    got = kinds("Some 20 bombers raided the town and dropped about 40 tons of bombs.")
    assert got["40"][:2] == ("attacks", "bombs")


def test_a_weight_of_explosives_or_of_no_munition_counts_explosives():
    assert kinds("Insurgents carried out an attack with 40 tons of explosives.")["40"][:2] == ("attacks", "explosives")
    assert "20" not in kinds("The planes dropped 20 tons of food on the besieged town.")


def test_bare_jets_are_aircraft_and_fighter_jets_keep_their_role():
    got = kinds("Rebels shot down two jets on Monday and four fighter jets on Tuesday.")
    assert got["two"][:2] == ("destroyed", "aircraft")
    assert got["four"][:2] == ("destroyed", "fighter jet")
