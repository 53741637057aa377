"""Session 22, batch 30's sides: the dead and wounded of armed men firing on a crowd, a toll said to be many of
them looters, a counter-figure to a doubted toll (sentences written for these tests, not taken from any gold text)."""

from __future__ import annotations

from extract import extract_claims
from extract.civiliantarget import crowd_fired_on_at


def _sides(text: str) -> dict[str, tuple[str, str, str]]:
    return {c.number_text: (c.measure, c.subject, c.side) for c in extract_claims(text)}


# --- armed men firing on a crowd: the unidentified dead and wounded counted from then on are civilians

_SHOOTING = ("Riot police opened fire without warning on a crowd of strikers at the mill gates in Harwick on "
             "Tuesday evening.\n\n")


def test_dead_after_troops_fired_on_a_crowd_are_civilians():
    got = _sides(_SHOOTING + "The mill owners later gave a figure of 23 dead.")
    assert got["23"] == ("killed", "people", "civilian")


def test_wounded_after_troops_fired_on_a_crowd_are_civilians():
    got = _sides(_SHOOTING + "The town's infirmary said it had treated 140 wounded by Wednesday night.")
    assert got["140"][0] == "wounded" and got["140"][2] == "civilian"


def test_dead_in_the_sentence_telling_of_the_shooting_are_civilians():
    got = _sides("Witnesses said the palace guard fired on unarmed marchers and killed at least 15 people.")
    assert got["15"] == ("killed", "people", "civilian")


def test_dead_told_before_the_shooting_stay_unknown():
    got = _sides("The town's infirmary said 23 people had died by Wednesday night.\n\n" + _SHOOTING)
    assert got["23"][2] == "unknown"


def test_tear_gas_fired_at_a_crowd_is_no_shooting():
    got = _sides("Police fired tear gas at the crowd of marchers in the square.\n\nHospitals said 23 people had "
                 "died by Wednesday night.")
    assert got["23"][2] == "unknown"
    assert crowd_fired_on_at("The police fired warning shots at the marchers.") == -1


def test_a_crowd_that_fires_is_no_crowd_fired_on():
    got = _sides("The protesters fired on the police lines from the rooftops.\n\nHospitals said 23 people had died by "
                 "noon.")
    assert got["23"][2] == "unknown"


def test_men_a_state_lost_are_not_the_crowds():
    got = _sides(_SHOOTING + "The garrison lost 12 men in the weeks of unrest that followed.")
    assert got.get("12", ("", "", "unknown"))[2] != "civilian"


def test_a_total_since_the_unrest_began_is_not_the_shootings():
    got = _sides(_SHOOTING + "Relief agencies estimate that 90 people have died since the unrest began.")
    assert got["90"][2] == "unknown"


def test_the_shooting_is_found_where_it_is_told():
    text = "Nothing yet. Then the soldiers opened fire on the demonstrators."
    assert crowd_fired_on_at(text) == text.index("opened")
    assert crowd_fired_on_at("The soldiers opened fire on the rebels' trenches.") == -1


# --- a toll said to be many of them looters or rioters is not all civilians


def test_dead_many_of_them_looters_are_no_civilians():
    got = _sides("After the bomb attack on the market, about 60 people died in the old town, many of them looters "
                 "caught in a fire.")
    assert got["60"][2] == "unknown"


def test_dead_mostly_rioters_are_no_civilians():
    got = _sides("After the bomb attack on the market, 35 people were killed, mostly rioters.")
    assert got["35"][2] == "unknown"


def test_dead_many_of_them_children_stay_civilians():
    got = _sides("After the bomb attack on the market, about 60 people died in the old town, many of them children.")
    assert got["60"][2] == "civilian"


# --- a counter-figure to a doubted toll counts the dead at large, not the doubted count's noun


def test_counter_figure_to_a_doubted_toll_counts_people():
    got = _sides("The minister told the assembly that 40 civilians died in the security operation in the district, "
                 "and that 12 rifles were seized.\n\nThe mayor said the minister's count could not be trusted. "
                 "\"Families here tell us the true number is well over 90,\" he said, and asked why.")
    assert got["40"] == ("killed", "civilians", "civilian")
    assert got["90"] == ("killed", "people", "unknown")


def test_counter_figure_to_a_doubted_toll_of_the_wounded_counts_people():
    got = _sides("The minister told the assembly that 75 civilians were wounded in the security operation in the "
                 "district, and that 12 rifles were seized.\n\nThe mayor said the minister's count could not be "
                 "trusted. \"Families here tell us the true number is well over 200,\" he said, and asked why.")
    assert got["200"][1:] == ("people", "unknown")


# --- people missing, told where their dead would be civilians, are civilians too


def test_missing_after_a_massacre_are_civilians():
    got = _sides("Militiamen massacred the villagers of Kelon in the night.\n\nThe district officer put the toll at 40 "
                 "in the attack and said 31 people were still missing.")
    assert got["31"] == ("captured", "people", "civilian")


def test_missing_of_a_war_at_large_stay_unknown():
    got = _sides("Community leaders put the toll at 40 in the war and say 31 people are still missing.")
    assert got["31"] == ("captured", "people", "unknown")
