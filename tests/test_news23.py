"""Rules learnt from general news 23 (crime and the courts, weather and the environment): the harm of a lone armed
person's crime, of weather, of a match's crowd and of firefighting aircraft in a report that names no war
(extract/mishaps.py `crime_harm`, `weather_harm`; [cues] crimes, weather, sport, peace_uses, non_conflict), and the
number layer's readings of ages, durations, names, magnitudes, years, temperatures and bounds; each on sentences
written for this test, with the cases it must not reach."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from number_probe import measured, only

# ----------------------------------------------------------------------------------------- claims of peacetime


@pytest.mark.parametrize("text", [
    # wire
    "A gunman opened fire at a high school in Texas, killing 8 pupils and wounding 6 before police shot him dead.",
    "The shooter killed 3 shoppers at a mall in Ohio and was later arrested, police said.",
    "A mass shooting at a nightclub in Florida left 12 dead and 20 injured on Sunday.",
    # Indian
    "A lone gunman shot dead 4 customers at a jewellery shop in Ludhiana before he was overpowered, police said.",
    # African
    "A gunman killed 5 worshippers at a church in Johannesburg on Sunday morning before turning the gun on himself.",
    # Philippine
    "A gunman killed 3 passengers aboard a bus in Quezon City on Tuesday, the PNP said.",
    "A knifeman wounded 7 pupils at a primary school in Osaka before teachers restrained him.",
])
def test_a_lone_armed_persons_crime_in_a_report_of_peace_gives_no_claim(text):
    assert measured(text) == []


@pytest.mark.parametrize("text,want", [
    # an armed group, militants, rebels or soldiers named: the same places and weapons stay claims
    ("Gunmen stormed a school in Zamfara state, killing 12 pupils, police said.", [("12", "killed")]),
    ("Militants stormed a school in Peshawar, killing 132 pupils and 9 staff.", [("132", "killed"), ("9", "killed")]),
    ("Maoist rebels attacked a weekly market in Dantewada, killing 7 villagers.", [("7", "killed")]),
    ("Al-Shabaab militants raided a church in Mandera, killing 11 worshippers.", [("11", "killed")]),
    ("NPA rebels raided a school in Samar, killing 3 teachers, the army said.", [("3", "killed")]),
    # a gunman among soldiers, or a report that names the insurgency, is no lone crime of peace
    ("A gunman killed 4 soldiers at a checkpoint in Kandahar.", [("4", "killed")]),
    ("The insurgency has spread to the north. A gunman killed 6 villagers at a market in Borno.",
     [("6", "killed")]),
])
def test_the_same_crimes_by_an_armed_group_stay_claims(text, want):
    assert measured(text) == want


@pytest.mark.parametrize("text", [
    "Snow up to 30cm deep closed 410 schools across the region, and 3,200 homes lost power.",
    "Heavy snow closed 45 schools in the Alps overnight, and 2,000 homes were cut off.",
    "A blizzard stranded 600 drivers on the interstate, and 14 people died of exposure.",
    "Snow closed the M62, leaving 2,000 drivers stranded overnight.",  # (news 14's strict xfail, now none)
    "Tornadoes ripped through two counties, killing 9 people and injuring 40.",
    "Storms tore through the state overnight, killing 6 people.",
    "Fires have burnt 12,000 hectares of forest, and 900 firefighters backed by 11 water-bombing aircraft are battling "
    "the flames.",
    "Riot police made 40 arrests after rival fans clashed at the derby, and 9 officers were hurt.",
])
def test_weather_firefighting_and_a_matchs_crowd_in_a_report_of_peace_give_no_claim(text):
    assert measured(text) == []


@pytest.mark.parametrize("text,want", [
    # cold, snow and fire in a report of a war stay its harm
    ("Shelling resumed in Idlib overnight. In the snow, 12 people died of cold in the camps.", [("12", "killed")]),
    ("Snow fell on Kharkiv as the shelling went on, and 9 civilians were killed.", [("9", "killed")]),
    ("Snow fell as troops shelled the town, killing 8 civilians.", [("8", "killed")]),
    ("Rebels fired on the stands after the derby, killing 14 fans.", [("14", "killed")]),
    ("Two drones bombed the depot, destroying 14 aircraft.", [("Two", "attacks"), ("14", "destroyed")]),
])
def test_the_same_words_beside_a_war_stay_claims(text, want):
    assert measured(text) == want


# ----------------------------------------------------------------------------------------- numbers

@pytest.mark.parametrize("text,surface", [
    ("The novelist, who is now 84, still writes every morning.", "84"),
    ("The defendant, who was then 19, had no record.", "19"),
    ("She will be 40 when the lease runs out.", "40"),
    ("He was 12 when the family moved to Lagos.", "12"),
    ("He would be 91 by the time of the appeal.", "91"),
])
def test_ages_told_with_be(text, surface):
    q = only(text, surface)
    assert (q.kind, q.unit) == ("age", "year")


@pytest.mark.parametrize("text,surface", [
    ("He was 3 shots behind the leader after the first round.", "3"),  # a noun after: a count
    ("They were 12 in the boat when it left.", "12"),  # a group's number, no "he"/"she"
    ("The bond, which is now 70, trades below par.", "70"),  # "which": no person
    ("The club, who is now 70 points clear, leads.", "70"),  # a noun after the number
])
def test_counts_after_be_stay_counts(text, surface):
    assert only(text, surface).kind == "number"


@pytest.mark.parametrize("text,surface", [
    ("The jury convicted her on count 4 of the indictment after two days.", "4"),
    ("He was found guilty on count 2 and cleared of the rest.", "2"),
    ("She pleaded guilty to count 7, a charge of bribery.", "7"),
])
def test_a_count_of_an_indictment_is_a_name(text, surface):
    assert only(text, surface).kind == "name"


@pytest.mark.parametrize("text,surface", [
    ("He faces 12 counts of fraud and one of forgery.", "12"),
    ("The body count 40 higher than first reported shocked the town.", "40"),
    ("The vote count 300 short of the quorum stalled the bill.", "300"),
])
def test_counts_of_charges_and_tallies_stay_counts(text, surface):
    assert only(text, surface).kind == "number"


@pytest.mark.parametrize("text,surface", [
    ("A tremor measuring 4.7 on the Richter scale shook the valley.", "4.7"),
    ("The quake registered 7 on the Richter scale.", "7"),
])
def test_richter_readings_are_magnitudes(text, surface):
    assert only(text, surface).unit == "magnitude"


def test_a_score_on_a_test_is_no_magnitude():
    assert only("She scored 3 on the test.", "3").unit == "count"


@pytest.mark.parametrize("text,surface", [
    ("Glaciers could lose 40 to 70 per cent of their ice by 2100 if warming goes on.", "2100"),
    ("The sea may rise a metre by 2100, the report says.", "2100"),
])
def test_a_deadline_at_the_centurys_end_is_a_year(text, surface):
    assert only(text, surface).kind == "year"


@pytest.mark.parametrize("text,surface", [
    ("The team won by 2100 votes.", "2100"),  # a noun after
    ("Membership rose by 2100 last year.", "2100"),  # a verb of change
])
def test_by_2100_with_a_noun_or_a_change_stays_a_count(text, surface):
    assert only(text, surface).kind == "number"


@pytest.mark.parametrize("text,surface,qualifier", [
    ("Overnight the temperature never dropped below 27C.", "27", "at_least"),
    ("Inflation did not fall below 3% all year.", "3%", "at_least"),
    ("The river never rose above 4.2 metres.", "4.2", "at_most"),
    ("Turnout did not exceed 40% in any ward.", "40%", "at_most"),
    ("It fell below 20C on Tuesday.", "20", "at_most"),  # no negation: the plain bound
])
def test_a_negated_comparison_flips_its_bound(text, surface, qualifier):
    assert only(text, surface).qualifier == qualifier


@pytest.mark.parametrize("text,surface,unit", [
    ("The wind made it feel like minus 9 and schools stayed shut.", "minus 9", "temperature"),
    ("It felt like 38 but the humidity was low.", "38", "temperature"),
    ("The queue felt like 200 and more people kept coming.", "200", "count"),  # no reading of a thermometer
    ("It felt like 5 and a half hours.", "5", "count"),  # a fraction goes on
])
def test_a_felt_reading_before_a_new_clause(text, surface, unit):
    assert only(text, surface).unit == unit


@settings(max_examples=60, deadline=None)
@given(st.integers(min_value=1, max_value=115), st.sampled_from(["he", "she"]),
       st.sampled_from(["will be", "was", "is", "would be"]), st.sampled_from(["before", "when", "by"]))
def test_ages_of_he_or_she_property(age, who, be, after):
    text = f"The judge noted that {who} {be} {age} {after} the hearing ends."
    q = only(text, str(age))
    assert (q.kind, q.unit, q.value) == ("age", "year", age)


@settings(max_examples=60, deadline=None)
@given(st.integers(min_value=1, max_value=999), st.sampled_from(["indictment", "charge sheet", "charges"]))
def test_count_of_a_charge_property(n, what):
    text = f"The jury convicted him on count {n} of the {what} on Monday."
    assert only(text, str(n)).kind == "name"


@settings(max_examples=60, deadline=None)
@given(st.integers(min_value=-40, max_value=45), st.sampled_from(["dropped below", "fell below", "dipped below"]))
def test_never_below_property(t, verb):
    surface = str(t)
    text = f"That night the temperature never {verb} {surface}C."
    q = only(text, surface)
    assert (q.qualifier, q.low, q.high) == ("at_least", t, None)
