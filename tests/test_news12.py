"""Rules learnt from general news 12 (session 7, tests/data/quantities/general_news_12.jsonl).

Each rule is tested on sentences written here (none of them is a sentence of the data file), with the case it
must not reach next to it:
- a war of commerce ("price war", "trade war", "bidding war") names no war (extract/triggers.py names_a_war);
- a club's or squad's "casualties" are injured players ([cues] non_conflict in assets/lexicons/claims.toml);
- "a fifth below", "a third above": a share before a word of comparison (extract/numsharecompare.py);
- "N times the <limit or level>": a multiplier (extract/nummultiples.py);
- "100-plus": a lower bound (extract/numplus.py);
- "children under 5 hit hardest": an age before a verb in the past (extract/numgroupverbs.py);
- "in his 40s": the decade of age as a range (extract/numdecades.py);
- "calories": kilocalories (extract/numunits.py).
"""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from extract import find_quantities
from extract.triggers import names_a_war
from number_probe import measured, only

SETTINGS = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])



# --- wars of commerce -------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "The price war cut a basket to £38.40.",
    "The airlines' fare war has pushed a return flight to Malaga down to €49.",
    "A bidding war for the striker ended at $95 million.",
    "The streaming wars cost the studio $4 billion in lost licensing fees last year.",
    "The trade war has cost soybean farmers $27 million in lost sales.",
    "The talent war pushed starting salaries at the bank to $120,000.",
])
def test_money_in_a_war_of_commerce_is_no_war_funding(text):
    assert measured(text) == []


@pytest.mark.parametrize(("text", "want"), [
    ("The war cost $40bn.", [("$40bn", "funding")]),
    ("Donors pledged $27 million in aid for refugees.", [("$27 million", "funding")]),
    # a war of commerce in a report that names a war besides: the war's money stays funding
    ("Amid a price war between the traders, rebels shelled the market and the UN spent $4m on aid.",
     [("$4m", "funding")]),
])
def test_money_of_a_war_stays_funding(text, want):
    assert measured(text) == want


@pytest.mark.parametrize(("text", "named"), [
    ("The supermarkets' price war entered its third month.", False),
    ("Ratings wars and a bidding war for rights dominated the season.", False),
    ("The trade war deepened as the ceasefire collapsed.", True),  # a ceasefire is of a war
    ("The war in the north entered its third month, and so did the price war.", True),
    ("The price war hurt farmers; meanwhile the army shelled the town.", True),
])
def test_a_document_of_wars_of_commerce_only_names_no_war(text, named):
    assert names_a_war(text) is named


# --- a club's casualties ----------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "The casualty list grew to nine senior players after Saturday's draw.",
    "The club's casualties list reached seven, with the goalkeeper out for a month.",
    "The squad's casualties now number five, after the full-back tore a hamstring.",
    "Six first-team players are in the treatment room before the cup final.",
    "The injury list grew to 11 as the winger joined the captain on the sidelines.",
])
def test_a_clubs_casualties_are_injured_players_not_war_dead(text):
    assert measured(text) == []


@pytest.mark.parametrize(("text", "want"), [
    ("Casualties rose to 41 after the shelling.", [("41", "killed")]),
    ("The casualties list grew to 41 after the shelling of the market.", [("41", "killed")]),
    # players killed in a war are war dead: a conflict word in the sentence
    ("Casualties among the senior players rose to nine after the airstrike on the stadium.", [("nine", "killed")]),
])
def test_casualties_of_a_war_stay_killed(text, want):
    assert measured(text) == want


# --- numbers ----------------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "surface", "value"), [
    ("Bus journeys are still a fifth below pre-pandemic levels.", "a fifth", 20.0),
    ("House prices stand a third above their 2019 peak.", "a third", 100 / 3),
    ("Output ran a quarter short of its target.", "a quarter", 25.0),
    ("Attendance was a tenth under last season's average.", "a tenth", 10.0),
])
def test_a_share_before_a_word_of_comparison_is_a_percentage(text, surface, value):
    q = only(text, surface)
    assert (q.unit, q.kind, q.qualifier) == ("percent", "number", "exact")
    assert q.value == pytest.approx(value)


@pytest.mark.parametrize("text", [
    "The index closed above 7,000 for a fifth day above its average.",  # an ordinal
    "The season is half over.",  # how far a thing has gone, no "a"
    "It rained for a third week below the hills.",
])
def test_an_ordinal_or_a_bare_half_before_a_comparison_is_no_share(text):
    assert [q.surface for q in find_quantities(text) if q.unit == "percent"] == []


@pytest.mark.parametrize(("text", "surface"), [
    ("Nitrate in the river was more than 12 times the legal limit.", "12"),
    ("Radon in the cellar reached 40 times the safe level.", "40"),
    ("The dose was 3 times the recommended maximum.", "3"),
    ("Its exports are now 4 times Portugal's output.", "4"),
])
def test_a_number_of_times_a_limit_or_level_is_a_multiplier(text, surface):
    q = only(text, surface)
    assert (q.kind, q.unit) == ("number", "ratio")


@pytest.mark.parametrize(("text", "surface"), [
    ("He visited the clinic 12 times the following year.", "12"),  # occasions
    ("The ferry sails 3 times a week.", "3"),
    ("She won the title 5 times.", "5"),
])
def test_a_number_of_times_that_counts_occasions_stays_a_count(text, surface):
    assert only(text, surface).unit == "count"


@pytest.mark.parametrize(("text", "surface", "value", "unit"), [
    ("The festival drew fans from 60-plus countries.", "60-plus", 60.0, "count"),
    ("A 500-plus crowd watched the final.", "500-plus", 500.0, "count"),
    ("The flat sold for £2m-plus.", "£2m-plus", 2_000_000.0, "gbp"),
])
def test_n_plus_is_a_lower_bound(text, surface, value, unit):
    q = only(text, surface)
    assert (q.value, q.low, q.high, q.qualifier, q.unit) == (value, value, None, "at_least", unit)


def test_plus_joining_two_amounts_or_a_hyphenated_formation_is_no_bound():
    assert [(q.surface, q.qualifier) for q in find_quantities("The fee was €40m plus €5m in add-ons.")] == [
        ("€40m", "exact"), ("€5m", "exact")]
    assert [q.surface for q in find_quantities("They played a 4-plus-2 system.")] == ["4", "2"]


@given(st.integers(min_value=2, max_value=99_999), st.sampled_from(["countries", "guests", "titles", "years"]))
@SETTINGS
def test_any_n_plus_before_a_plural_is_at_least_n(n, noun):
    text = f"They came from {n}-plus {noun} of experience."
    q = only(text, f"{n}-plus")
    assert (q.low, q.qualifier) == (float(n), "at_least")


@pytest.mark.parametrize(("text", "surface", "qual"), [
    ("Measles cases rose, with children under 5 hit hardest.", "5", "at_most"),
    ("Pensioners over 80 suffered most in the heatwave.", "80", "at_least"),
    ("Of the flu deaths, adults over 75 accounted for most.", "75", "at_least"),
])
def test_a_group_under_or_over_n_before_a_past_verb_is_an_age(text, surface, qual):
    q = only(text, surface)
    assert (q.kind, q.unit, q.qualifier) == ("age", "year", qual)


@pytest.mark.parametrize(("text", "surface", "kind"), [
    ("Children under 5 feet tall ride free.", "5", "distance"),  # a unit after it
    ("Firms with staff under 50 pay less tax.", "50", "number"),  # no group of an age
])
def test_a_unit_after_the_number_or_no_group_keeps_a_measure_or_count(text, surface, kind):
    assert only(text, surface).kind == kind


@pytest.mark.parametrize(("text", "surface", "low", "high"), [
    ("The house went to a couple in their 30s.", "30s", 30.0, 39.0),
    ("Police want to speak to a man in his 60s.", "60s", 60.0, 69.0),
    ("The singer, in her 20's, signed a record deal.", "20's", 20.0, 29.0),
])
def test_a_decade_of_age_is_its_range(text, surface, low, high):
    q = only(text, surface)
    assert (q.kind, q.unit, q.qualifier, q.low, q.high) == ("age", "year", "range", low, high)
    assert q.value == pytest.approx((low + high) / 2)


def test_mid_decade_and_a_decade_of_years_keep_their_reading():
    q = only("A woman in her mid-50s was arrested.", "mid-50s")
    assert (q.value, q.qualifier) == (55.0, "approx")
    q = only("The band was formed in the 1970s.", "1970s")
    assert q.kind == "year"


@pytest.mark.parametrize(("text", "surface"), [
    ("A slice of cake has about 450 calories.", "450"),
    ("Running burns roughly 600 kcal an hour.", "600"),
    ("She went on a 1,200-calorie diet.", "1,200"),
])
def test_calories_are_kilocalories(text, surface):
    q = only(text, surface)
    assert (q.kind, q.unit) == ("measurement", "kilocalorie")
