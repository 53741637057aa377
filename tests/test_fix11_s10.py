"""Session 10, fix11: review7's number-layer findings.

1. A soft wrap inside a paragraph of prose is a blank (extract/numwraps.py): "and at least\\n30 people" keeps its
   qualifier, "Some 2.5\\nmillion" is one number; rows, list items, headings and blank lines still end a phrase. A
   number wrapped at its thousands separator ("1,\\n200", "300\\n000") is one number.
8. "At 64, the official toll, ..." and "At 5, the gunmen, ..." are no ages; "and round 200 were wounded" is "around".
11. A bare currency word takes the currency of the country the text names most, its towns counted ("Rebels in Kigali
    ... francs" rwf); a bare "pounds" of money the pound of that country (Sudan sdg, Lebanon lbp...), else gbp.
12c. layoutnums' word lists are data: [layout_numbers] of assets/lexicons/claims.toml.
"""

from __future__ import annotations

import tomllib
from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from extract import extract_claims, find_quantities
from extract import layoutnums as L
from extract.numwraps import soft_wraps_blanked
from extract.sentences import split_sentences
from extract.resources import ASSETS


def _read(text: str, surface: str) -> tuple[float, str, str, str]:
    q = next(q for q in find_quantities(text) if q.surface == surface)
    return q.value, q.qualifier, q.unit, q.kind


# --- 1. soft wraps --------------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "surface", "value", "qualifier"), [
    # the review's probes
    ("Witnesses said the gunmen opened fire on the\nvillage at dawn and at least\n30 people were killed, according "
     "to local\nofficials", "30", 30.0, "at_least"),
    ("The army said more than\n1,200 fighters had been killed", "1,200", 1200.0, "at_least"),
    ("Some 2.5\nmillion people have fled the fighting, the UN said.", "2.5\nmillion", 2.5e6, "approx"),
    # other words, other wraps
    ("Medics in the besieged town counted no fewer than\n45 bodies in the rubble on Sunday.", "45", 45.0, "at_least"),
    ("The agency said it had registered nearly\n800 families in the camp this week.", "800", 800.0, "at_most"),
    ("Aid workers reported that up to\n60 children were missing after the raid.", "60", 60.0, "at_most"),
    ("The ministry put the number of the displaced at 1.4\nmillion by the end of the year.", "1.4\nmillion", 1.4e6,
     "exact"),
    ("Turnout in the northern districts fell to 38\n% after the attacks.", "38\n%", 38.0, "exact"),
])
def test_a_soft_wrap_in_prose_is_a_blank(text, surface, value, qualifier):
    assert _read(text, surface)[:2] == (value, qualifier)


def test_a_wrapped_scale_word_is_never_a_number_of_its_own():
    text = "Some 2.5\nmillion people have fled the fighting, the UN said."
    assert [q.value for q in find_quantities(text)] == [2.5e6]
    assert all(c.best != 1e6 for c in extract_claims(text))


def test_a_wrapped_qualifier_reaches_the_claim():
    text = "Witnesses said the gunmen opened fire on the\nvillage at dawn and at least\n30 people were killed."
    assert [(c.number_text, c.qualifier) for c in extract_claims(text)] == [("30", "at_least")]


@pytest.mark.parametrize(("text", "want"), [
    ("Killed at least\n40 soldiers", ("40", "exact")),  # a three-word label line, no prose
    ("Casualties by district\n\nat least 40 were killed", ("40", "at_least")),  # (on its own line)
    ("Casualties reported by the district offices, about\n\n40 dead", ("40", "exact")),  # a blank line between
    ("The figures reported by the district offices are:\n40 dead", ("40", "exact")),  # a label's colon
    ("The figures reported by the district offices are about\n- 40 dead", ("40", "exact")),  # a list item
    ("The figures reported by the district offices are about\n• 40 dead", ("40", "exact")),  # a bullet
])
def test_a_hard_break_still_ends_the_phrase(text, want):
    q = next(q for q in find_quantities(text) if q.surface == want[0])
    assert (q.surface, q.qualifier) == want


@pytest.mark.parametrize(("text", "want"), [
    ("Killed\n12\n15\n20", [12.0, 15.0, 20.0]),  # a list of figures one per line
    ("Displaced\n3\nmillion", [3.0, 1e6]),  # a lone number on its line is a cell: the next line is a new row
    ("Team P W L Pts\nLondon Pulse 9 8 1 24\nLeeds Rhinos 9 7 2 21", [9, 8, 1, 24, 9, 7, 2, 21]),
    ("Monthly rainfall at the stations in mm 42\nKendal 51", [42.0, 51.0]),
])
def test_rows_and_lists_stay_rows(text, want):
    assert [q.value for q in find_quantities(text) if q.kind == "number"] == want


@pytest.mark.parametrize(("text", "surface", "value"), [
    ("Officials said 1,\n200 homes were destroyed", "1,\n200", 1200.0),
    ("About 300\n000 people were displaced", "300\n000", 300000.0),
    ("The militia took 12,400,\n000 dollars from the bank", "12,400,\n000", 12.4e6),
])
def test_a_number_wrapped_at_its_thousands_separator_is_one_number(text, surface, value):
    assert _read(text, surface)[0] == value


def test_a_wrapped_zero_group_gives_no_toll_of_zero():
    assert all(c.best != 0 for c in extract_claims("About 300\n000 people were displaced by the fighting."))


def test_rows_of_three_digits_are_not_joined():
    assert [q.value for q in find_quantities("Dead 300\n150")] == [300.0, 150.0]
    assert [q.value for q in find_quantities("Wounded\n12\n150\n200")] == [12.0, 150.0, 200.0]


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(["at least", "about", "more than", "30", "2.5", "million", "%", "people", "were",
                                 "killed", "Officials", "said", "\n", "\n\n", "- ", "• ", "and", "of", "1,", "000",
                                 "Table", ":", "."]), max_size=16).map(" ".join))
def test_soft_wraps_keep_offsets_and_change_only_line_breaks(text):
    out = soft_wraps_blanked(text)
    assert len(out) == len(text)
    assert all(a == b or (a == "\n" and b == " ") for a, b in zip(text, out))
    for q in find_quantities(text):
        assert text[q.char_start : q.char_end] == q.surface


# --- 8. ages after "At" and "round" ---------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "At 64, the official toll, which excludes the missing, is the highest since 2015.",
    "At 5, the gunmen, armed with rifles, stormed the market.",
    "At 30, the death rate, already the region's worst, kept rising.",
    "At 45, the final tally, released on Friday, was lower than feared.",
    "At 9, the soldiers, tired after the march, reached the river.",
])
def test_at_a_number_with_a_figure_or_a_small_number_is_no_age(text):
    assert find_quantities(text)[0].kind != "age"


@pytest.mark.parametrize("text", [
    "At 97, the retired midwife, who delivered babies for decades, died.",
    "At 54, she took the helm.",
    "At 71, the former mayor, a veteran of two wars, still walks to work.",
])
def test_at_a_number_with_a_person_is_an_age(text):
    assert find_quantities(text)[0].kind == "age"


@pytest.mark.parametrize(("text", "surface"), [
    ("Shelling hit the camp and round 200 were wounded.", "200"),  # British "round" = around
    ("Rebels held round 40 hostages for a week.", "40"),
    ("Troops rounded up round 150 men by dawn.", "150"),
])
def test_lower_case_round_is_around(text, surface):
    assert _read(text, surface)[3] == "number"


@pytest.mark.parametrize(("text", "surface"), [
    ("The champion went out in round 3 of the cup.", "3"),
    ("Netball Superleague, round 9 standings", "9"),
    ("Fans queued before the round 2 draw.", "2"),
    ("Talks stalled after round 4 of talks in Doha.", "4"),
    ("Round 7 of the league starts today.", "7"),
])
def test_round_before_a_contest_is_a_name(text, surface):
    assert _read(text, surface)[3] == "name"


def test_round_200_were_wounded_keeps_its_claim():
    claims = extract_claims("Shelling hit the camp and round 200 were wounded.")
    assert [(c.number_text, c.measure) for c in claims] == [("200", "wounded")]


# --- 11. currencies by country, towns counted ----------------------------------------------------------------------

@pytest.mark.parametrize(("text", "surface", "unit"), [
    ("Rebels in Kigali demanded a ransom of 5 million francs for the 12 hostages.", "5 million", "rwf"),
    ("Traders in Bujumbura said a sack of beans now costs 90,000 francs.", "90,000", "bif"),
    ("The court in Geneva fined the bank 3 million francs.", "3 million", "chf"),
    ("The court fined the firm 3 million francs.", "3 million", "chf"),  # no franc country or town: chf
    ("Egypt sent 300 tonnes of aid to Sudan; Sudan said the shipment was worth 90 million pounds.", "90 million",
     "sdg"),
    ("Lebanon needs 2.5 billion pounds in aid", "2.5 billion", "lbp"),
    ("In Aleppo a bag of bread costs 4,000 pounds.", "4,000", "syp"),
    ("Shops in Khartoum sold petrol for 900 pounds a litre.", "900", "sdg"),
    ("The firm paid 3 million pounds for the site in Leeds.", "3 million", "gbp"),
    ("The charity paid 40,000 pounds for the ambulance.", "40,000", "gbp"),  # no pound country: gbp
])
def test_a_bare_currency_word_takes_the_currency_of_the_country_or_town_named(text, surface, unit):
    assert _read(text, surface)[2] == unit


@pytest.mark.parametrize(("text", "surface", "unit"), [
    ("He lifted 300 pounds at the gym.", "300", "pound"),
    ("They flew 500,000 pounds of food aid to Beirut.", "500,000", "pound"),  # a weight of aid
])
def test_pounds_of_weight_stay_weight(text, surface, unit):
    assert _read(text, surface)[2] == unit


# --- 12c. layoutnums' words are data --------------------------------------------------------------------------------

def test_layoutnums_reads_its_words_from_the_lexicon():
    table = tomllib.loads((ASSETS / "lexicons" / "claims.toml").read_text(encoding="utf-8"))["layout_numbers"]
    assert L._YEAR_HEADS == frozenset(table["year_heads"])
    assert L._FIGURE_NOUNS == frozenset(table["figure_nouns"])
    assert {"in", "of", "the"} <= set(table["round_before"])
    assert all(w[:1].isupper() for w in table["name_heads"])


# --------------------------------------------------------------------------- the sentence splitter (lead, session 10)
# A soft wrap ends no sentence either (extract/sentences.py asks numwraps.soft_wraps), so the number read across
# the wrap stays inside its sentence and keeps its claim.

def test_a_claim_read_across_a_soft_wrap_stays_in_its_sentence():
    text = ("Fighting in the north\n\nShelling of the market in the old town killed at least\n30 people on Monday, "
            "officials said.")
    got = [(c.number_text, c.measure, c.qualifier) for c in extract_claims(text, published=date(2020, 1, 1))]
    assert got == [("30", "killed", "at_least")]


def test_a_scale_word_opening_a_line_gives_no_claim_of_its_own():
    # Known gap: the classifier's readers expect a space inside "2.5\nmillion", so the claim is lost; before the
    # session it was a false claim of 1,000,000 displaced.
    text = "Fighting in the north\n\nSome 2.5\nmillion people have fled the fighting in the north, the UN said."
    assert all(c.best != 1_000_000 for c in extract_claims(text, published=date(2020, 1, 1)))


def test_rows_and_headings_still_end_sentences():
    text = "Casualty update\n\nKilled\n12\nWounded\n40\n"
    spans = [text[s:e] for s, e in split_sentences(text)]
    assert spans == ["Casualty update", "Killed", "12", "Wounded", "40"]
