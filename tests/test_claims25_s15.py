"""Claim-layer rules written after batch 25's first sight (tests/data/firstsight/README.md, "Claim layer").

Every sentence is written for the test, about other conflicts and places than the batch's; each rule has sentences
it must not reach: a civilian convoy's size (extract/convoys.py), a toll named again by its number
(extract/rementions.py), a headline's list of competing tolls (extract/tollgiven.py `toll_listed`; the last two of a
list are no range, extract/numranges.py), a force that "numbered between" two figures (extract/phraseparts.py), coffins
(extract/coffins.py), appeal money "required" after the sum (extract/money.py), the main verb past a relative
clause (extract/relclause.py), "captured 14" after a count of people (extract/elidedthings.py) and a bracketed
"(estimate)" (extract/estimatemark.py).
"""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from extract import find_quantities
from extract.estimatemark import marked_estimate
from extract.tollgiven import toll_listed
from tests.claim_probe import WAR, ClaimProbe

P = ClaimProbe(date(2022, 5, 6))


def kinds(text: str) -> dict[str, tuple[str, str, str]]:
    return P.kinds(WAR + text)


# --------------------------------------------------------------------------- a civilian convoy is no force

@pytest.mark.parametrize("text, number", [
    ("A convoy of some 150 vehicles was heading from Goma to Sake under army escort when the shelling began.", "150"),
    ("The column of about 80 trucks carrying traders to Bangui was stopped at the bridge.", "80"),
    ("A queue of 300 lorries waited at the Rafah crossing for a second day.", "300"),
])
def test_a_convoy_of_civilian_vehicles_is_no_force(text, number):
    assert number not in kinds(text)


@pytest.mark.parametrize("text, number, subject", [
    ("A convoy of 40 armoured vehicles entered Kidal at dawn, residents said.", "40", "armored vehicle"),
    ("A military convoy of 120 vehicles crossed into the province overnight.", "120", "vehicle"),
    ("A Russian convoy of 90 trucks crossed the border near Belgorod on Tuesday.", "90", "truck"),
])
def test_a_military_convoy_keeps_its_size(text, number, subject):
    assert kinds(text)[number][:2] == ("forces", subject)


# --------------------------------------------------------------------------- a toll named again by its number

ANALYSIS = ("The governor said 14 people had been killed in the raid on Kasese. The Red Cross said at least 27 "
            "civilians had been killed and 60 wounded. ")


@pytest.mark.parametrize("text, number, measure", [
    ("The governor's 14 leaves out the villages across the river.", "14", "killed"),
    ("The Red Cross's 27 and the governor's 14 cannot both be right.", "27", "killed"),
    ("The earlier official figure of 14 has not been revised.", "14", "killed"),
    ("We use 27, the better documented of the two.", "27", "killed"),
    ("Nobody has explained how the governor arrived at the 14.", "14", "killed"),
    ("The agency's 60 includes people treated at home.", "60", "wounded"),
])
def test_a_toll_named_again_takes_its_measure(text, number, measure):
    claims = [c for c in P.extracted(ANALYSIS + text) if c.number_text == number]
    assert len(claims) == 2 and claims[-1].measure == measure


@pytest.mark.parametrize("text, number", [
    ("The governor's 25 advisers met on Friday.", "25"),  # equals no toll
    ("The district's 14 schools stayed shut.", "14"),  # a count of something else
    ("The two counts differ by half.", "two"),  # "the two counts": a noun after "the"
    ("The 27 years since the last war have been calm.", "27"),
])
def test_a_bare_number_that_names_no_toll_again_stays_out(text, number):
    claims = [c for c in P.extracted(ANALYSIS + text) if c.number_text == number]
    assert len(claims) == (1 if number in ("14", "27") else 0)


def test_no_re_mention_before_the_toll_is_given():
    assert "14" not in P.numbers("The governor's 14 leaves out the villages across the river. " + WAR)


# --------------------------------------------------------------------------- a headline listing competing tolls

def test_a_headline_lists_competing_tolls():
    got = kinds("Kasese's dead - 14, 27 or 40?")
    assert {n: got.get(n, ("",))[0] for n in ("14", "27", "40")} == {"14": "killed", "27": "killed", "40": "killed"}


def test_the_last_two_of_a_list_are_no_range():
    assert [q.surface for q in find_quantities("Kasese's dead - 14, 27 or 40?")] == ["14", "27", "40"]
    assert [q.qualifier for q in find_quantities("between 20 or 30 people")] == ["range"]


@pytest.mark.parametrize("text", ["Kasese's mayor - 14, and his deputy", "The dead - in Kasese, 14 more",
                                  "Kasese's dead - 14 soldiers of the 3rd Battalion"])
def test_no_listed_toll_without_its_shape(text):
    k = text.index("14")
    assert (toll_listed(text, 0, k) is None) == (not text.startswith("Kasese's dead"))


@given(st.text(alphabet="Kas'dt -,:0123456789or?", max_size=40))
@settings(max_examples=200, deadline=None)
def test_toll_listed_never_fails(text):
    for k in range(len(text) + 1):
        assert toll_listed(text, 0, k) in (None, ("killed", "people"))


# --------------------------------------------------------------------------- numbered, coffins, money required

@pytest.mark.parametrize("text, number", [
    ("A police source said the gunmen numbered between 15 and 20 and had escaped into the forest.", "15 and 20"),
    ("The gunmen numbered about 30, villagers said.", "30"),
])
def test_armed_men_numbered_are_a_force(text, number):
    assert kinds(text)[number][0] == "forces"


def test_coffins_of_the_dead_count_the_dead():
    assert kinds("Relatives watched as 31 coffins were lowered into a trench outside Bunia.")["31"][0] == "killed"


@pytest.mark.parametrize("text", ["The carpenter has made 300 coffins since the spring.",
                                  "Ahead of the offensive the council ordered 500 coffins."])
def test_coffins_made_or_ordered_are_goods(text):
    assert not [n for n in kinds(text) if n in ("300", "500")]


def test_appeal_money_required_is_funding():
    got = kinds("KEY FIGURES: US$8.5 million required, 20% funded.")
    assert got["US$8.5 million"][0] == "funding"


# --------------------------------------------------------------------------- measure and qualifier

def test_the_main_verb_past_a_relative_clause():
    text = "Three gunmen who had stormed the checkpoint were killed after a gunfight."
    assert kinds(text)["Three"][0] == "killed"
    assert kinds("Some 800 people who fled the town are living in tents.")["800"][0] == "displaced"


def test_captured_after_a_count_of_people():
    got = kinds("Troops killed 31 insurgents and captured 9 near Mocimboa da Praia.")
    assert got["31"][0] == "killed" and got["9"][0] == "captured"
    assert kinds("Troops destroyed six trucks and captured 4 near the river.")["4"][0] == "seized"


@pytest.mark.parametrize("text, number, qualifier", [
    ("42,000 people displaced (estimate)", "42,000", "approx"),
    ("9 killed, 42,000 displaced (est.)", "9", "exact"),
    ("9 killed (hospital records, 1-5 May)", "9", "exact"),
])
def test_a_bracketed_estimate_marks_its_count(text, number, qualifier):
    assert P.one(WAR + text, number).qualifier == qualifier


@given(st.text(max_size=60))
@settings(max_examples=200, deadline=None)
def test_no_estimate_without_its_mark(text):
    if "(est" not in text.lower() and "(approx" not in text.lower():
        assert not marked_estimate(text, 0, 0)
