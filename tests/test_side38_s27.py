"""Session 27 (side38): the side of victims and of soldiers.

- the lead of a report is its first prose paragraph: an introduction ending with a colon ("The following statement
  was issued today ...:") and a line of metadata fragments ("Entry KX-7. Status: open. Confidence: high.") are not
  it, so an attack on a civilian place told in the paragraph after them makes the report's unidentified dead
  civilians; an explosion or a blast is an attack word, a court complex a civilian place, and a relative clause may
  stand between the attack and its place ("the attack that took place on Friday at the shopping centre"); the
  count's own sentence telling of such an attack does the same ("An explosion at the courthouse killed 14 people");
- crew counted beside passengers are civilians ("140 passengers and 12 crew");
- people on board a passenger flight are civilians ("all 176 people on board Flight 752");
- a people's dead told as men of a named unit are soldiers ("Twelve Canadians were killed: nine of C Company");
- a count left without a noun after an apposition shares the noun before it ("Three policemen, all from the border
  unit, were killed and seven were wounded").
"""

from __future__ import annotations

from hypothesis import given, strategies as st

from extract import extract_claims
from extract.civiliantarget import _lead

_FILL = ("\n\nThe statement was read out in the chamber. Members stood for a minute of silence. The meeting then "
         "turned to other business. It ended at noon.\n\n")
_COUNT = "Officials later said 23 people had been killed and 41 others were injured."


def _sides(text: str, *numbers: str) -> list[str]:
    claims = {c.number_text: c.side for c in extract_claims(text)}
    assert all(n in claims for n in numbers), claims
    return [claims[n] for n in numbers]


def test_introduction_ending_with_a_colon_is_not_the_lead() -> None:
    text = ("Council statement on the attack in Karvel\nDocument CS/4410. 3 May 2021. Press office, Geneva.\n\n"
            "The following statement was issued today by the President of the Council on behalf of its members:\n\n"
            "The members condemned the bombing of the central bus station in Karvel on Sunday morning, during the "
            "busiest hour of the week." + _FILL + _COUNT)
    assert _sides(text, "23", "41") == ["civilian", "civilian"]


def test_line_of_metadata_fragments_is_not_the_lead() -> None:
    text = ("Incident log - Ostrava region: the Sunday attacks\nRegional Risk Desk. Entry KX-2020-031, updated 9 June "
            "2020, 14:00 UTC. Status: open. Confidence: high. Analyst: desk two.\n\nSummary\nOn the morning of 7 June "
            "two gunmen attacked a wedding party at a hotel in the old town within about ten minutes of each other, "
            "then fled in a car." + _FILL + _COUNT)
    assert _sides(text, "23", "41") == ["civilian", "civilian"]


def test_relative_clause_between_the_attack_and_the_shopping_centre() -> None:
    text = ("Ministers meet after Dorval attack\nThe Evening Courier, 12 March 2019.\n\nThe cabinet met on Saturday "
            "to discuss the attack that took place on Friday at the Riverside shopping centre in Dorval, which "
            "has been closed since." + _FILL + _COUNT)
    assert _sides(text, "23", "41") == ["civilian", "civilian"]


def test_explosion_at_an_airport_and_attack_on_a_court_complex() -> None:
    for lead in ("An explosion at the international airport in Mardan tore through the departures hall on Monday, "
                 "witnesses and officials said.",
                 "Gunmen stormed the court complex in Basra on Monday, officials and lawyers who were inside said."):
        text = "What we know so far\nThe Daily Ledger, 4 April 2022.\n\n" + lead + _FILL + _COUNT
        assert _sides(text, "23", "41") == ["civilian", "civilian"], lead


def test_introduction_before_an_attack_on_a_police_post_keeps_the_toll_unknown() -> None:
    text = ("Council statement on the attack in Karvel\nDocument CS/4410. 3 May 2021. Press office, Geneva.\n\n"
            "The following statement was issued today by the President of the Council on behalf of its members:\n\n"
            "The members condemned the attack on the police station in Karvel on Sunday morning, the third this "
            "month." + _FILL + _COUNT)
    assert _sides(text, "23", "41") == ["unknown", "unknown"]


def test_metadata_line_before_a_battle_keeps_the_toll_unknown() -> None:
    text = ("Incident log - Ostrava region\nRegional Risk Desk. Entry KX-2020-031, updated 9 June 2020, 14:00 UTC. "
            "Status: open. Confidence: high. Analyst: desk two.\n\nSummary\nOn 7 June militants attacked a village "
            "school, and troops fought them there for six hours before the building was cleared." + _FILL + _COUNT)
    assert _sides(text, "23", "41") == ["unknown", "unknown"]


def test_crew_beside_passengers_are_civilians() -> None:
    text = "Among the dead were 140 passengers and 12 crew of the ferry, the coastguard said."
    assert _sides(text, "12") == ["civilian"]
    assert _sides("The blast killed 9 crew and 230 passengers on the train.", "9") == ["civilian"]


def test_crew_of_a_tanker_alone_keep_their_side() -> None:
    text = "The master reported that two crew were wounded when the tanker was hit by a rocket."
    assert _sides(text, "two") == ["unknown"]


def test_people_on_board_a_passenger_flight_are_civilians() -> None:
    assert _sides("All 176 people on board Flight 752 died when the jet came down near the capital.",
                  "176") == ["civilian"]
    assert _sides("Officials said all 64 people aboard the airliner were killed when it broke up.",
                  "64") == ["civilian"]


def test_people_on_board_a_military_plane_are_not_civilians() -> None:
    assert _sides("All 40 people aboard the military transport plane died.",
                  "40") == ["unknown"]


def test_a_peoples_dead_told_as_men_of_a_named_unit_are_soldiers() -> None:
    text = "Twelve Canadians were killed: nine of C Company and three of the 2nd Field Regiment."
    assert _sides(text, "Twelve") == ["unknown"]
    assert _sides("Four Britons from the 1st Battalion died in the ambush.", "Four") == ["unknown"]


def test_a_peoples_dead_with_no_unit_stay_civilian() -> None:
    assert _sides("Twelve Canadians were killed when the hotel was bombed.", "Twelve") == ["civilian"]
    text = "The shelling killed 12 Iraqis, a spokesman of the 1st Armored Division said."
    assert _sides(text, "12") == ["civilian"]


def _kinds(text: str) -> dict[str, tuple[str | None, str]]:
    return {c.number_text: (c.subject, c.side) for c in extract_claims(text)}


def test_count_after_an_apposition_shares_the_noun_before_it() -> None:
    head = "Bomb attack on Kandar market\n\n"  # (a bombed market: unidentified dead and wounded would be civilians)
    got = _kinds(head + "Three policemen, all from the market patrol, were killed and seven were wounded.")
    assert got["seven"] == ("police", "unknown")
    got = _kinds(head + "Two soldiers, both from the 5th Battalion, were killed and three were wounded near the gate.")
    assert got["three"] == ("troops", "unknown")


def test_count_after_an_apposition_of_civilians_stays_civilian() -> None:
    text = "Nine villagers, most of them women, were killed and 12 were wounded when the market was shelled."
    assert _sides(text, "12") == ["civilian"]


@given(st.text(alphabet=st.sampled_from(list("ab :.;\nStatus12")), max_size=120))
def test_lead_is_a_prefix_of_the_text_lines(text: str) -> None:
    lead = _lead(text)
    assert all(line in text for line in lead.split("\n"))


_PLAIN_LEAD = ("Officials met on Monday.\n\nThe minister spoke for an hour about the budget and the coming elections in "
               "the north of the country. Reporters asked about taxes. He said little. The talks went on.\n\n")


def test_attack_on_a_civilian_place_in_the_counts_own_sentence() -> None:
    text = _PLAIN_LEAD + "An explosion at the courthouse in the capital killed 14 people and wounded 60."
    assert _sides(text, "14", "60") == ["civilian", "civilian"]
    assert _sides(_PLAIN_LEAD + "An attack on the airport killed 12 people, officials said.", "12") == ["civilian"]


def test_attack_in_the_counts_own_sentence_with_armed_men_or_a_battle_stays_unknown() -> None:
    text = _PLAIN_LEAD + "Gunmen attacked the airport and a nearby army base on Sunday, killing 12 people."
    assert _sides(text, "12") == ["unknown"]
    text = _PLAIN_LEAD + "Troops fought the gunmen at the airport for hours, and 12 people were killed."
    assert _sides(text, "12") == ["unknown"]
