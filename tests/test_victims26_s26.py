"""Session 26 (victims26): an attack by a bomber or gunmen on a place of civilian life (a hotel, a mall, a school or
university, a hospital, a beach, a train...) told in the headline or lead makes the report's unidentified dead
civilians; not when a battle is fought at the place, nor for armed men, suspects or a riot's dead."""

from __future__ import annotations

import pytest

from extract import extract_claims

_LEAD = "\nThe siege ended on Sunday evening, the security minister told reporters outside the building."
_FILL = ("\n\nThe minister spoke briefly. He took no questions. Reporters waited outside for an hour. Then the "
         "lights went out.\n\n")


def _side(headline: str, count: str = "My brother works near there, he says 15 bodies were taken out before dark.",
          lead: str = _LEAD) -> str:
    claims = [c for c in extract_claims(headline + lead + _FILL + count) if c.number_text == "15"]
    assert claims, "the count is read"
    return claims[0].side


@pytest.mark.parametrize("headline", [
    "Militants attack hotel in Kismayo: what we know",
    "Gunmen attack shopping mall in Nairobi: what we know",
    "Gunmen attack university in Garissa: what we know",
    "Bombing at hospital in Quetta: what we know",
    "Gunmen attack beach resort in Sousse: what we know",
    "Commuter train bombings in Mumbai: what we know",
])
def test_attack_on_civilian_place_makes_its_unidentified_dead_civilian(headline: str) -> None:
    assert _side(headline) == "civilian"


def test_hotel_siege_fought_by_commandos_stays_mixed() -> None:
    lead = "\nCommandos fought the militants in the hotel through the night, the security minister told reporters."
    assert _side("Militants attack hotel in Kismayo: what we know", lead=lead) == "unknown"


def test_commandos_fighting_gunmen_in_hotels_stays_mixed() -> None:
    assert _side("Varna: commandos fought gunmen in two hotels overnight, say officials") == "unknown"


def test_soldiers_killed_in_market_attack_keep_no_civilian_side() -> None:
    assert _side("Soldiers killed in market attack in Gao: what we know") != "civilian"
    count = "My brother works near there, he says 15 soldiers were killed before dark."
    assert _side("Militants attack hotel in Kismayo: what we know", count=count) != "civilian"


def test_suspects_who_killed_themselves_are_not_victims() -> None:
    count = "Weeks later, 15 suspects killed themselves with explosives in a flat as police closed in."
    assert _side("Commuter train bombings in Mumbai: what we know", count=count) != "civilian"


def test_a_riots_dead_stay_unknown() -> None:
    assert _side("Riots near market in Kano: what we know") == "unknown"
    lead = "\nRival gangs attacked each other at the central market as clashes spread, the police commissioner said."
    assert _side("Kano riots: what we know", lead=lead) == "unknown"


def test_a_battle_in_the_lead_makes_any_targets_toll_mixed() -> None:
    lead = "\nTroops fought the gunmen inside the church for six hours, the security minister told reporters."
    assert _side("Gunmen attack church in Garissa: what we know", lead=lead) == "unknown"
