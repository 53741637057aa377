"""Number-layer leftovers fixed in session 12 (helper numleft), each on sentences written for this test, with the
cases each rule must not reach:

- per cent fused to the digits ("34pc", "4.5pct") is in the surface, as "%" is (extract/numfigures.py);
- "lac" and "lacs" are lakh (extract/currencies.py INDIAN_SCALES, extract/southasian.py);
- "-odd" is a lower bound in digits as in words ("50-odd", "2,000-odd men": extract/numspoken.py);
- notes counted in the plural are money ("two tenners" 20 GBP: extract/numspoken.py);
- thousands points in two or more groups ("2.500.000") are thousands where the document writes no point decimal
  (extract/groupings.py `dotted_thousands`);
- a first line ending in a number whose scale opens the next line is no headline ("Some 2.5\\nmillion":
  extract/numwraps.py `cuts_number`, extract/sections.py);
- "people hold one": "one" after a plural subject and a verb of having, closing its clause, is a pronoun
  (extract/numphrases.py);
- "cut ... by $65 to $825": a change and a level with a sign or currency letter before the digits, the verb up to
  five words before "by" (extract/numkinds.py);
- munitions "released" are dropped, an attack (extract/releasedarms.py); aircraft "hit ... and burned out" are
  destroyed (extract/worseafter.py).
"""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from extract import find_quantities
from number_probe import only
from tests.claim_probe import WAR, ClaimProbe

P = ClaimProbe(date(2024, 2, 9))


def _fields(q):
    return q.value, q.low, q.high, q.qualifier, q.unit, q.kind


def _surfaces(text: str) -> list[str]:
    return [q.surface for q in find_quantities(text)]


# ------------------------------------------------------------------------------------------- per cent as "pc"

@pytest.mark.parametrize("text,surface,value", [
    ("Exports climbed 27pc in the first half.", "27pc", 27),
    ("Turnout fell to 48.2pct from a year ago.", "48.2pct", 48.2),
    ("Rents rose 3-5pc across the city.", "3-5pc", 4),
])
def test_pc_fused_to_the_digits_is_in_the_surface(text, surface, value):
    q = only(text, surface)
    assert (q.value, q.unit, q.kind) == (pytest.approx(value), "percent", "number")


@pytest.mark.parametrize("text,surface,unit", [
    ("The school bought 30 PCs for its library.", "30", "count"),  # computers, in capitals
    ("Inflation eased to 6 pc in May.", "6", "percent"),  # written apart: a unit word, outside the surface
])
def test_pc_apart_or_in_capitals_stays_outside(text, surface, unit):
    assert only(text, surface).unit == unit


@settings(max_examples=40, deadline=None)
@given(st.integers(0, 999), st.sampled_from(["", ".5", ".25"]), st.sampled_from(["pc", "pct", "%"]))
def test_a_fused_percent_mark_always_ends_the_surface(whole, dec, mark):
    surface = f"{whole}{dec}{mark}"
    q = only(f"Prices rose {surface} last year.", surface)
    assert q.unit == "percent" and q.value == pytest.approx(float(f"{whole}{dec}"))


# ------------------------------------------------------------------------------------------- lac, lacs

@pytest.mark.parametrize("text,surface,value", [
    ("Floods cut off 4 lac villagers in the delta.", "4 lac", 400_000),
    ("The council set aside Rs 35 lacs for the school.", "35 lacs", 3_500_000),
    ("Nearly 2.5 lac people were moved to camps.", "2.5 lac", 250_000),
    ("The scheme will cost Rs 3 lac crore.", "3 lac crore", 3e12),
    ("Two lac pilgrims reached the shrine.", "Two lac", 200_000),
])
def test_lac_is_a_lakh(text, surface, value):
    assert only(text, surface).value == pytest.approx(value)


def test_lacs_of_is_vague_as_lakhs_of():
    q = only("Lacs of farmers joined the march.", "Lacs")
    assert (q.value, q.qualifier) == (200_000, "vague")


@pytest.mark.parametrize("text,surfaces", [
    ("Troops massed along the LAC near 3 passes.", ["3"]),  # the Line of Actual Control
    ("Villagers complained of a lack of 40 teachers.", ["40"]),
    ("She varnished 6 lacquer boxes.", ["6"]),
])
def test_lac_must_not_reach(text, surfaces):
    assert _surfaces(text) == surfaces


# ------------------------------------------------------------------------------------------- -odd in digits

@pytest.mark.parametrize("text,surface,want", [
    ("The convoy carried 60-odd refugees.", "60-odd", (60, 60, None, "at_least", "count", "number")),
    ("The 3,000-odd residents voted.", "3,000-odd", (3000, 3000, None, "at_least", "count", "number")),
    ("She taught there for 20-odd years.", "20-odd", (20, 20, None, "at_least", "year", "duration")),
    ("The 40-odd thousand fans sang.", "40-odd thousand", (40000, 40000, None, "at_least", "count", "number")),
    ("The repair cost $70-odd.", "$70-odd", (70, 70, None, "at_least", "usd", "number")),
])
def test_odd_after_digits_is_at_least_as_in_words(text, surface, want):
    assert _fields(only(text, surface)) == pytest.approx(want)


@settings(max_examples=30, deadline=None)
@given(st.one_of(st.integers(1, 99).map(lambda n: n * 10), st.integers(2, 90).map(lambda n: f"{n},000")))
def test_digits_and_words_odd_agree(n):
    """ "N-odd" gives the same bounds and qualifier in digits as the words' rule gives "forty-odd"."""
    q = only(f"The shelter took in {n}-odd dogs.", f"{n}-odd")
    w = only("The shelter took in forty-odd dogs.", "forty-odd")
    assert (q.low, q.high, q.qualifier) == (float(str(n).replace(",", "")), None, w.qualifier)


@pytest.mark.parametrize("text,surfaces", [
    ("The 4 odd-looking buoys drifted.", ["4"]),  # "odd-looking": no "-odd" after the number
    ("It was odd that 12 ships left.", ["12"]),
])
def test_odd_must_not_reach(text, surfaces):
    assert _surfaces(text) == surfaces


# ------------------------------------------------------------------------------------------- fivers, tenners

@pytest.mark.parametrize("text,surface,value", [
    ("The child found three tenners under the sofa.", "three tenners", 30),
    ("He slipped the porter 2 fivers.", "2 fivers", 10),
])
def test_notes_in_the_plural_are_money(text, surface, value):
    q = only(text, surface)
    assert (q.value, q.unit) == (value, "gbp")


def test_notes_with_no_number_are_no_quantity():
    assert _surfaces("She paid for the taxi in tenners.") == []


# ------------------------------------------------------------------------------------------- 2.500.000

@pytest.mark.parametrize("text,surface,value", [
    ("The region has 3.200.000 residents.", "3.200.000", 3_200_000),
    ("About 1.750.000 ballots were cast.", "1.750.000", 1_750_000),
    ("The budget is 4.000.000.000 dollars.", "4.000.000.000", 4e9),
])
def test_thousands_points_in_two_groups_are_thousands(text, surface, value):
    q = only(text, surface)
    assert (q.value, q.kind) == (value, "number")


@pytest.mark.parametrize("text,surface", [
    ("Install release 2.100.300 before Friday.", "2.100.300"),  # a version after a word of software
    ("The 2.100.300 build shipped, up from 1.5 last year.", "2.100.300"),  # the document writes a point decimal
    ("Traffic came from 172.100.200.201 overnight.", "172.100.200.201"),  # four groups not ending "000"
])
def test_dotted_groups_that_may_be_a_version_stay_names(text, surface):
    assert only(text, surface).kind == "name"


# ------------------------------------------------------------------------------------------- a wrap in a number

@pytest.mark.parametrize("text,number", [
    ("The fighting has displaced roughly 1.2\nmillion people, aid agencies said on Friday.", "1.2\nmillion"),
    ("Roughly 3\nmillion people have fled the war, aid agencies said on Friday.", "3\nmillion"),
])
def test_a_first_line_cut_inside_a_number_is_no_headline(text, number):
    got = {c.number_text: c.measure for c in P.extracted(text)}
    assert got == {number: "displaced"}


def test_a_title_line_over_a_sentence_stays_a_headline():
    claims = P.extracted("War displaces 3\n\nMillions have fled the fighting, aid agencies said on Friday.")
    assert [c.section for c in claims if c.number_text == "3"] == ["headline"]


# ------------------------------------------------------------------------------------------- "people hold one"

@pytest.mark.parametrize("text", [
    "About 60 percent of households own one, the survey found.",
    "Some 8 million drivers have one, the ministry says.",
])
def test_one_after_a_plural_subject_and_a_verb_of_having_is_a_pronoun(text):
    assert "one" not in _surfaces(text)


@pytest.mark.parametrize("text", [
    "The militia destroyed 3 trucks and burned one.",  # an elided count of a deed
    "The army has one.",  # a singular subject
    "The rebels have one more.",  # the clause goes on
])
def test_one_must_stay_a_count(text):
    assert "one" in _surfaces(text)


# ------------------------------------------------------------------------------------------- by A to B

@pytest.mark.parametrize("text,surfaces", [
    ("The airline cut its off-peak return fare by $40 to $310 this week.", ["$40", "$310"]),
    ("The mill raised its wholesale flour price by €15 to €290 a tonne.", ["€15", "€290"]),
])
def test_a_change_and_a_level_with_signs(text, surfaces):
    assert _surfaces(text)[:2] == surfaces


@pytest.mark.parametrize("text,surface", [
    ("Tickets cost $40 to $310 each.", "$40 to $310"),  # no verb of change: a range
    ("Rents of $40 to $310 rose by half.", "$40 to $310"),  # a verb of change after the range, not before it
])
def test_a_range_stays_a_range(text, surface):
    assert only(text, surface).qualifier == "range"


# ------------------------------------------------------------------------------------------- claims

def test_munitions_released_are_an_attack():
    assert P.kinds(WAR + "The two jets released 6 GBU-12 bombs on the bridge.")["6"][:2] == ("attacks", "bomb")


@pytest.mark.parametrize("text", [
    "The militia released 14 hostages at the border.",  # people released: captured (freedcaptives.py), no attack
    "The ministry released 6 photos of the bridge.",
])
def test_released_people_or_photos_are_no_attack(text):
    assert "attacks" not in P.measures(WAR + text).values()


def test_munitions_released_to_a_buyer_are_no_attack():
    assert P.measures(WAR + "The government released 900 bombs to its ally on Monday.").get("900") != "attacks"


@pytest.mark.parametrize("text,number", [
    ("Eight helicopters were struck at the base and burned out.", "Eight"),
    ("The 5 tanks hit by the drones were later destroyed.", "5"),
])
def test_hit_and_then_burned_out_is_destroyed(text, number):
    assert P.measures(WAR + text)[number] == "destroyed"


@pytest.mark.parametrize("text,number", [
    ("Eight helicopters were struck and 2 were burned out.", "Eight"),  # the 2 have their own verb
    ("Eight helicopters were struck and the hangar was burned out.", "Eight"),  # another subject
    ("Eight helicopters were struck but were not destroyed.", "Eight"),
])
def test_burned_out_of_another_or_denied_leaves_damage(text, number):
    assert P.measures(WAR + text)[number] == "damaged"


# ------------------------------------------------------------------------------------------- "a second one"

@pytest.mark.parametrize("text", [
    "The first ferry left at dawn and a second one sailed at noon.",
    "The third one was never found.",
])
def test_one_after_an_ordinal_is_a_pronoun(text):
    assert "one" not in _surfaces(text)


def test_one_after_a_word_of_more_stays_a_count():
    assert "one" in _surfaces("Two wells were dug and a further one is planned.")


# ------------------------------------------------------------------------------------------- R50 million

@pytest.mark.parametrize("text,surface,value", [
    ("The lottery paid out R75 million on Friday.", "R75 million", 75e6),
    ("The utility owes R3bn to its suppliers.", "R3bn", 3e9),
    ("The rand slid again, and a loaf now costs R28.", "R28", 28),  # the currency named: no scale needed
])
def test_r_before_a_scale_or_in_a_text_of_rand_is_rand(text, surface, value):
    q = only(text, surface)
    assert (q.value, q.unit) == (value, "zar")


@pytest.mark.parametrize("text", [
    "Take the R61 towards Queenstown.",  # a road
    "The South African crew took the R62 through the valley.",  # a country named is not enough: roads are "R62"
])
def test_r_with_no_scale_and_no_rand_named_is_no_money(text):
    assert all(q.unit != "zar" for q in find_quantities(text))
