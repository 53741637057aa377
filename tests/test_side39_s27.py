"""Session 27, round 2 (side39): the side of victims of bombings and of journalists.

- a bomb or blast at a gathering, a square ("chowk"), a bazaar, a cathedral, a shrine, a procession or an embassy is
  a bombing of a populated place: its unidentified dead and wounded are civilians ([cues] populated);
- journalists and aid workers killed or wounded are civilians, as the gold of held-out reports has it.
"""

from __future__ import annotations

import pytest

from extract import extract_claims


def _sides(text: str, *numbers: str) -> list[str]:
    claims = {c.number_text: c.side for c in extract_claims(text)}
    assert all(n in claims for n in numbers), claims
    return [claims[n] for n in numbers]


@pytest.mark.parametrize("text", [
    "A suicide bomber struck a prayer gathering in Darvan on Tuesday, killing 17 people and wounding 38.",
    "On Monday a bomb hidden in a fruit cart exploded near Liaquat Chowk, killing 17 people and wounding 38.",
    "A blast tore through the old bazaar of Kandora, killing 17 people and wounding 38, the police said.",
    "Two explosions inside the cathedral during evening service killed 17 people and wounded 38.",
    "A car bomb went off outside the embassy at midday. The blast killed 17 people and wounded 38.",
    "A bomb exploded among a Shia procession in Rampur on Sunday, killing 17 people and wounding 38.",
])
def test_bombing_at_a_populated_place_makes_its_dead_civilians(text: str) -> None:
    assert _sides(text, "17", "38") == ["civilian", "civilian"]


@pytest.mark.parametrize("text", [
    "A gathering of elders in the bazaar agreed a truce after a week of fighting in the hills in which 17 people were "
    "killed and 38 wounded.",
    "Rebels and troops fought near the embassy on Monday; 17 people were killed and 38 wounded.",
])
def test_a_battle_or_no_bombing_stays_as_before(text: str) -> None:
    assert "civilian" not in _sides(text, "17", "38")


@pytest.mark.parametrize("text, number", [
    ("The district police chief said six constables and at least four journalists were among the dead.", "four"),
    ("Two reporters were killed when shells hit the press centre in Varno, the union said.", "Two"),
    ("Rebel fire wounded five aid workers near the distribution point on Friday, the agency said.", "five"),
])
def test_journalists_and_aid_workers_harmed_are_civilians(text: str, number: str) -> None:
    assert _sides(text, number) == ["civilian"]


@pytest.mark.parametrize("text, number", [
    ("The militia is still holding three aid workers seized on the road to Orsk.", "three"),
    ("Four diplomats were killed when the convoy was ambushed, the ministry said.", "Four"),
])
def test_third_parties_held_or_diplomats_stay_unknown(text: str, number: str) -> None:
    assert _sides(text, number) == ["unknown"]


@pytest.mark.parametrize("text, number", [
    ("American marines held the airport all week. Across the city, a truck bomb killed 31 French soldiers at their "
     "post on Tuesday.", "31"),
    ("US troops patrolled the north of the province. In the south, 14 Dutch soldiers were wounded by a roadside bomb.",
     "14"),
    ("US forces hold the valley. A mine killed nine Greek sailors on the coast road the same day.", "nine"),
])
def test_soldiers_of_a_nation_of_no_side_of_ours_are_unknown(text: str, number: str) -> None:
    assert _sides(text, number) == ["unknown"]


def test_soldiers_named_by_a_side_of_ours_keep_it() -> None:
    text = "US troops patrolled the north of the province. In the south, 14 American soldiers were wounded by a mine."
    assert _sides(text, "14") == ["us"]


@pytest.mark.parametrize("text, number", [
    ("At dawn a suicide bomber rammed a van into the gate of a US Army supply depot and set off about two tons of "
     "explosives.", "two"),
    ("Before noon a lone bomber drove a tanker up to the perimeter of the Russian airbase and detonated four tons "
     "of TNT.", "four"),
    ("A gunman walked into the lobby of the Russian consulate and threw three grenades, the police said.", "three"),
])
def test_munitions_of_a_side_less_attacker_are_not_the_targets_side(text: str, number: str) -> None:
    assert _sides(text, number) == ["unknown"]


def test_munitions_of_a_side_named_as_doer_keep_it() -> None:
    assert _sides("Russian jets dropped 30 bombs on the market, the monitor said.", "30") == ["russia"]


@pytest.mark.parametrize("text", [
    "Officials said the attack was carried out by three suicide bombers and that detectives were examining whether "
    "Islamic State militants had sent them.",
    "The blasts were the work of three suicide bombers, police said, asking if Islamic State fighters were behind it.",
])
def test_a_side_asked_about_gives_no_side(text: str) -> None:
    assert _sides(text, "three") == ["unknown"]


def test_a_side_said_to_be_behind_keeps_it() -> None:
    text = "Officials said the attack was carried out by three suicide bombers and that Islamic State militants had sent them."
    assert _sides(text, "three") == ["isis"]


@pytest.mark.parametrize("text, numbers", [
    ("A suicide bomber killed 22 people at the concert hall on Monday. The city's emergency fund has raised more than "
     "£3 million for the families of those killed.", ("£3 million",)),
    ("Gunmen killed 30 villagers in Darfa last week. The government has pledged $4 million in aid to help the "
     "survivors, including $1 million for medical care.", ("$4 million", "$1 million")),
])
def test_money_given_to_the_victims_is_civilian(text: str, numbers: tuple[str, ...]) -> None:
    assert _sides(text, *numbers) == ["civilian"] * len(numbers)


@pytest.mark.parametrize("text", [
    "Gunmen killed 30 villagers in Darfa last week. The government has pledged $4 million in aid to rebuild the "
    "schools, including a fund for victims.",
    "Gunmen killed 30 villagers in Darfa last week. The agency has pledged $4 million in aid for families left homeless.",
])
def test_money_for_something_else_names_no_recipient(text: str) -> None:
    assert _sides(text, "$4 million") == ["unknown"]
