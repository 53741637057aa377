"""Session 27, batch 38's claim-layer rules (sentences written for these tests, not taken from any gold text).

- a report of an attack that killed ten or more, told verb first ("killing at least 25 guests"), holds its arrests
  "for questioning" and the rest of such a sentence, as one told count first ("25 guests were killed") does;
- who says so told aside between the people counted and their verb (", police said,", ", the family says,", ",
  according to the Red Cross,") leaves the verb the count's own;
- people counted before an active verb of harm with an object of its own ("Four gunmen seized the airliner", "six
  raiders, three X and three Y, abducted the mayor") are its doers, counted by their noun (armed men: forces), not
  the captured or the dead; the make-up told in their apposition is no count of harm;
- a count of teams, squads or cells of armed men is a count of groups, no claim; the men told in apposition after
  it ("three teams of gunmen, 11 men in all") are the force;
- one person counted, then described with "the/his/her" before the verb ("One guard, the brother of the mayor, was
  shot dead"), keeps the verb, as with "a" ("One suspect, a local man, is in custody");
- "wounded" before prisoners or hostages is their adjective: "took three wounded prisoners" counts captives;
- people held at gunpoint (or knifepoint) are hostages, whoever holds them, a determiner or an earlier item of the
  list between the verb and the count ("held its 90 passengers and 7 crew at gunpoint");
- "N of the victims were X" after a toll is a part of that toll's people (killed or wounded, as the toll);
- a wrong figure set after the right one ("the toll was 329, not 331") is a claim of the same kind, and in a
  correction notice the wrong one is disputed;
- "one of X" as the last item of a list of "N of X" after a colon is a count of one ("Nine men died: eight of the
  crew and one of the guards"), not the pronoun "one".
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


# --- the doers of a harm: an active verb with its own object after the people counted

_FIGHTING = "Fighting went on in the hills on Tuesday, the governor's office said. "


@pytest.mark.parametrize(("sentence", "number"), [
    ("Five gunmen seized the airliner at dawn.", "Five"),
    ("About 30 rebels abducted the district commissioner and his driver.", "30"),
    ("Three hijackers took over the ferry.", "Three"),
    ("Four hijackers, two Chadians and two Libyans, took over the ferry.", "Four"),
    ("Eight soldiers shot dead a shepherd near the checkpoint.", "Eight"),
])
def test_armed_doers_of_harm_are_a_force(sentence: str, number: str) -> None:
    assert _kinds(_FIGHTING + sentence).get(number, ("",))[0] == "forces"


@pytest.mark.parametrize(("sentence", "absent"), [
    ("Six raiders, three Chadians and three Libyans, kidnapped two engineers.", "three"),
    ("Four hijackers, two Chadians and two Libyans, took over the ferry.", "two"),
])
def test_the_doers_make_up_is_no_claim(sentence: str, absent: str) -> None:
    assert absent not in _kinds(_FIGHTING + sentence)


@pytest.mark.parametrize(("sentence", "number", "measure"), [
    ("Twelve soldiers were killed the same day.", "Twelve", "killed"),
    ("The bodies of 30 people killed the previous day were buried.", "30", "killed"),
    ("Ten policemen, six officers and four constables, were wounded.", "six", "wounded"),
    ("Fourteen villagers have died since the raid.", "Fourteen", "killed"),
    ("Nine hostages were seized by the gunmen.", "Nine", "captured"),
    ("Six raiders kidnapped two engineers.", "two", "captured"),
])
def test_what_befell_the_people_stays_their_harm(sentence: str, number: str, measure: str) -> None:
    assert _kinds(_FIGHTING + sentence).get(number, ("",))[0] == measure


# --- teams, squads and cells of armed men: the men in apposition are the force


@pytest.mark.parametrize(("sentence", "number", "group"), [
    ("Two teams of gunmen, 11 men in all, crossed the river at night.", "11", "Two"),
    ("The raid was carried out by four squads of militants, about 30 men in total.", "30", "four"),
    ("Three cells of insurgents, some 25 men, had slipped into the city.", "25", "Three"),
])
def test_men_of_armed_teams_are_a_force_and_the_teams_no_claim(sentence: str, number: str, group: str) -> None:
    got = _kinds(_FIGHTING + sentence)
    assert got.get(number, ("",))[0] == "forces"
    assert group not in got


@pytest.mark.parametrize("sentence", [
    "Two rescue teams, 30 men, searched the rubble.",
    "Four teams of surveyors, 16 men in all, mapped the valley.",
])
def test_men_of_other_teams_are_no_force(sentence: str) -> None:
    got = _kinds(_FIGHTING + sentence)
    assert got.get("30", ("",))[0] != "forces" and got.get("16", ("",))[0] != "forces"


# --- one person described aside with "the"


@pytest.mark.parametrize(("sentence", "measure"), [
    ("One soldier, the driver of the lead truck, was killed.", "killed"),
    ("One policeman, the brother of the mayor, was wounded in the blast.", "wounded"),
    ("One soldier, his company's cook, was abducted on the road.", "captured"),
])
def test_one_described_with_the_keeps_its_verb(sentence: str, measure: str) -> None:
    assert _kinds(_BOMB + sentence).get("One", ("",))[0] == measure


def test_a_count_of_many_takes_no_one_aside() -> None:
    got = _kinds(_BOMB + "Two stalls, the fruit seller's and the baker's, were open on Sunday.")
    assert "Two" not in got or got["Two"][0] not in ("killed", "wounded", "captured")


# --- wounded prisoners are prisoners


@pytest.mark.parametrize(("sentence", "number", "measure"), [
    ("At dawn the patrol took four wounded prisoners.", "four", "captured"),
    ("The militia freed 15 injured hostages on Friday.", "15", "captured"),
    ("Seven wounded captives were later killed.", "Seven", "killed"),
])
def test_wounded_captives_are_counted_as_captives(sentence: str, number: str, measure: str) -> None:
    assert _kinds(_FIGHTING + sentence).get(number, ("",))[0] == measure


def test_wounded_people_taken_somewhere_stay_wounded() -> None:
    assert _kinds(_FIGHTING + "Ambulances took 31 wounded people to the clinic.").get("31", ("",))[0] == "wounded"


# --- held at gunpoint


@pytest.mark.parametrize(("sentence", "numbers"), [
    ("The hijackers forced the jet down in Cyprus and held its 90 passengers and 7 crew at gunpoint.", ("90", "7")),
    ("Two robbers burst in and held the 14 villagers at knifepoint for an hour.", ("14",)),
])
def test_people_held_at_gunpoint_are_captured(sentence: str, numbers: tuple[str, ...]) -> None:
    got = _kinds(_FIGHTING + sentence)
    assert [got.get(n, ("",))[0] for n in numbers] == ["captured"] * len(numbers)


def test_things_held_are_no_captives() -> None:
    got = _kinds(_FIGHTING + "The guards held its 20 rifles at the gate.")
    assert got.get("20", ("",))[0] != "captured"


# --- a part of the victims


@pytest.mark.parametrize(("text", "number", "measure"), [
    ("A suicide bomber blew up the ferry on Friday, killing 212 people. Divers worked until dark. "
     "The embassy says about 40 of the victims were Dutch nationals.", "40", "killed"),
    ("Shelling hit the bus station, wounding 63 people. Nine of the victims were children under ten.", "Nine",
     "wounded"),
])
def test_part_of_the_victims_takes_the_toll(text: str, number: str, measure: str) -> None:
    assert _kinds(text).get(number, ("",))[0] == measure


def test_victims_of_no_toll_are_no_claim() -> None:
    text = "The pension fund was looted by its managers last year. About 28 of the victims were retired teachers."
    assert "28" not in _kinds(text)


# --- "N, not M": the figure corrected


def _claims(text: str) -> dict:
    return {c.number_text: c for c in extract_claims(text, published=date(2024, 3, 8), outlet="The Lakeside Courier")}


@pytest.mark.parametrize(("text", "right", "wrong"), [
    ("A car bomb hit the bus station on Friday. The death toll was 41, not 44.", "41", "44"),
    ("A car bomb hit the bus station on Friday. Police put the dead at 17, not 71, on Saturday.", "17", "71"),
])
def test_a_figure_set_against_the_right_one_is_a_claim_too(text: str, right: str, wrong: str) -> None:
    got = _claims(text)
    assert got[wrong].measure == got[right].measure == "killed"


def test_the_wrong_figure_in_a_correction_notice_is_disputed() -> None:
    got = _claims("Corrections: ferry toll was 112, not 121\n\nA report on Monday gave the wrong toll of the sinking.")
    assert got["121"].measure == "killed" and got["121"].stance == "disputed"


@pytest.mark.parametrize("sentence", [
    "Troops killed 12 rebels, not one of them armed.",
    "Twelve of the wounded, not all of them soldiers, were flown out.",
])
def test_not_before_a_part_is_no_figure_corrected(sentence: str) -> None:
    got = _claims("A car bomb hit the bus station on Friday. " + sentence)
    assert "one" not in got and "all" not in got


# --- "one of X" closing a gapped list after a colon


@pytest.mark.parametrize(("sentence", "measure"), [
    ("Nine men died: eight of the convoy's drivers and one of the escorts.", "killed"),
    ("Six policemen were hurt: five of the riot squad, and one of the dog handlers.", "wounded"),
])
def test_one_closing_a_gapped_list_is_a_count(sentence: str, measure: str) -> None:
    assert _kinds(_FIGHTING + sentence).get("one", ("",))[0] == measure


@pytest.mark.parametrize("sentence", [
    "The town kept two churches: one of the oldest in the province.",
    "The scores were: 3 of 5 and one of the best.",
])
def test_one_of_a_kind_after_a_colon_is_no_count(sentence: str) -> None:
    assert "one" not in _kinds(_FIGHTING + sentence)
