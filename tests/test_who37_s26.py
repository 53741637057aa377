"""Session 26, helper who37: side and attribution rules fitted on batch 37 (sentences of my own)."""

from __future__ import annotations

from datetime import date

from extract import extract_claims


def _by_number(text: str) -> dict:
    return {c.number_text: c for c in extract_claims(text, published=date(2019, 3, 9), outlet="Example Wire")}


def test_the_dead_of_an_attack_on_an_airport_are_civilians():
    """An attack on an airport with no armed side named: its unidentified dead and wounded are civilians."""
    text = ("Update on the gun attack at Halvern Airport\nHalvern Airport Authority, press desk. Issued on Saturday "
            "morning to passengers, staff and the families of those caught up in it.\n\n"
            "The regional health office says 31 people were killed and 112 were wounded.\n")
    claims = _by_number(text)
    assert claims["31"].side == "civilian"
    assert claims["112"].side == "civilian"


def test_the_dead_of_an_arena_attack_are_civilians():
    """A target-then-attack compound ("Ridgeway Arena attack") names a civilian place as well."""
    text = ("Ridgeway Arena attack: what we know\nNews desk. Compiled on Sunday for readers who have asked "
            "us what happened on the night and what is known so far.\n\n"
            "Officials said 14 people had died and 40 were being treated in hospital.\n")
    claims = _by_number(text)
    assert claims["14"].side == "civilian"
    assert claims["40"].side == "civilian"


def test_a_police_byline_under_the_headline_does_not_make_the_toll_mixed():
    """The publisher's line under the headline ("Eastvale Police press office") is not an armed target of the
    attack: the headline's own sentence is what is read for armed men."""
    text = ("Ridgeway Arena attack: statements\nEastvale Police press office. Compiled on 10 March for the media; the "
            "times are those at which each statement was issued to the press.\n\n"
            "The health office said 17 people were killed.\n")
    assert _by_number(text)["17"].side == "civilian"


def test_armed_men_attacked_beside_the_place_still_make_the_toll_mixed():
    """Negative: police named in the headline's own sentence as attacked keep the toll unknown."""
    text = ("Attack on Tarvo airport and police post\nRegional desk. Compiled on Sunday for readers who have "
            "asked us what happened on the night and what is known so far.\n\n"
            "The health office said 14 people had died.\n")
    assert _by_number(text)["14"].side == "unknown"


def test_an_airport_named_without_an_attack_makes_no_victims():
    """Negative: a crash near an airport is no attack on a civilian place."""
    text = ("Cargo plane crashes near Halvern Airport\nRegional desk. Compiled on Sunday for readers who have asked "
            "us what happened and what is known so far about the cause.\n\n"
            "The health office said 4 people had died.\n")
    assert _by_number(text)["4"].side == "unknown"
