"""Session 27, batch 38's claim-layer rules (sentences written for these tests, not taken from any gold text).

- a report of an attack that killed ten or more, told verb first ("killing at least 25 guests"), holds its arrests
  "for questioning" and the rest of such a sentence, as one told count first ("25 guests were killed") does;
- who says so told aside between the people counted and their verb (", police said,", ", the family says,", ",
  according to the Red Cross,") leaves the verb the count's own;
"""

from __future__ import annotations

from datetime import date

import pytest

from extract import extract_claims


def _kinds(text: str) -> dict[str, tuple[str, str]]:
    claims = extract_claims(text, published=date(2024, 3, 8), outlet="The Lakeside Courier")
    return {c.number_text: (c.measure, c.subject) for c in claims}


# --- held "for questioning" after an attack that killed many, told verb first


@pytest.mark.parametrize("lead", [
    "Gunmen stormed a hotel in the capital on Friday, killing at least 25 guests.",
    "The car bomb, which killed more than 40 shoppers, went off outside the market.",
    "Militants attacked the convoy near the border and killed dozens of drivers.",
])
@pytest.mark.parametrize(("sentence", "number", "measure"), [
    ("A police spokesman said late on Saturday that 12 suspects had been detained for questioning.", "12",
     "captured"),
    ("The ministry said on Monday that three of the attackers had been killed and that 14 people had been held for "
     "questioning.", "three", "killed"),
])
def test_held_for_questioning_after_a_killing_told_verb_first(lead: str, sentence: str, number: str,
                                                               measure: str) -> None:
    text = lead + "\n\nFirefighters worked through the night at the scene.\n\n" + sentence
    assert _kinds(text).get(number, ("",))[0] == measure


@pytest.mark.parametrize("lead", [
    "A gas leak in the old mill on Friday killed 3 workers and hurt 30 others.",  # few dead, no act of war
    "Thieves robbed a jeweller in the high street, killing 12% of the shop's trade for the month.",
])
def test_held_for_questioning_without_a_deadly_attack_is_no_claim(lead: str) -> None:
    text = lead + "\n\nPolice said 12 people had been detained for questioning."
    assert "12" not in _kinds(text)


# --- a speaker told aside between the count and its verb

_BOMB = "A car bomb went off outside the bus depot in the old town on Tuesday. "


@pytest.mark.parametrize(("sentence", "number", "measure"), [
    ("Nine passengers, the governor said, were killed.", "Nine", "killed"),
    ("Fourteen people, according to the Red Crescent, had been wounded by flying glass.", "Fourteen", "wounded"),
    ("Three of the drivers were missing, two of whom, their families say, were killed.", "two", "killed"),
    ("The militia took 11 hostages, four of them, the mayor claimed, were later shot dead.", "four", "killed"),
])
def test_count_keeps_its_verb_after_a_speaker_aside(sentence: str, number: str, measure: str) -> None:
    assert _kinds(_BOMB + sentence).get(number, ("",))[0] == measure


@pytest.mark.parametrize(("sentence", "number"), [
    ("Twelve bakers, the owner said, were working that night.", "Twelve"),
    ("Forty volunteers, the organisers say, are to be thanked at a dinner.", "Forty"),
])
def test_speaker_aside_does_not_make_a_count_of_harm(sentence: str, number: str) -> None:
    assert _kinds(_BOMB + sentence).get(number, ("",))[0] in ("", "forces")
