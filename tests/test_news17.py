"""Rules learnt from general news 17 (text as web pages and PDFs lay it out), each on sentences written for this test,
with the cases each rule must not reach: extract/layoutnums.py (footnote markers, names of a page or a building,
table years, "×" sides and powers of ten, watt hours, "-monthly", "At 97,", bare fractions) and extract/wrecks.py (a
vessel lost in a report of peace)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from extract import find_quantities
from tests.number_probe import kinds, measured, only


# --- a vessel lost in a report of peace: no toll (extract/wrecks.py) ---

def test_a_sinking_in_peace_gives_no_claim():
    assert measured("Barge sinking: 9 dead and 4 missing after the Sea Lark went down with about 40 aboard.") == []
    assert measured("The sinking of the cargo ship killed 12 crew.") == []
    assert measured("The trawler ran aground off the cape and 6 fishermen died.") == []


def test_a_sinking_in_war_stays_a_toll():
    assert measured("The sinking of the cruiser left 27 sailors dead.") == [("27", "killed")]
    assert measured("The frigate sank after a missile strike, and 40 sailors were killed.") == [("40", "killed")]
    assert measured("Rebels sank the ferry, and 14 passengers died.") == [("14", "killed")]
    assert measured("The boat sank. Gunmen had opened fire on it, killing 12.") == [("12", "killed")]


# --- footnote markers ---

def test_a_footnote_marker_is_no_number_and_a_year_before_it_stays_a_year():
    text = "Visits rose 12% on 2019[4], the museum says."
    assert kinds(text) == [("12%", "number"), ("2019", "year")]
    assert kinds("The audit[12] found 31 errors.") == [("31", "number")]


def test_a_bracketed_number_after_a_space_is_left_alone():
    assert ("2", "number") in kinds("Items: [2] chairs were sold.")


# --- names of a page, a contest or a building ---

def test_round_lift_and_patent_numbers_are_names():
    assert only("Premier division, round 14 results", "14").kind == "name"
    assert only("The champion went out in round 3 of the cup.", "3").kind == "name"
    assert only("Lift 2 at the station is out of use.", "2").kind == "name"
    assert only("It holds Patent 9,104,552 for the valve.", "9,104,552").kind == "name"


def test_round_as_around_stays_a_count():
    assert only("The fair drew round 500 people.", "500").kind == "number"


# --- years heading table rows and headings ---

def test_years_heading_rows_of_a_table():
    text = "Club income\n2021 £2.2m\n2022 £2.6m"
    assert kinds(text)[0] == ("2021", "year") and kinds(text)[2] == ("2022", "year")


def test_a_year_ending_a_heading():
    assert only("A-level results 2024 (Wales)\nEntries: 41,200", "2024").kind == "year"
    assert only("Club income\n\nSeason review 2023\nGate receipts rose.", "2023").kind == "year"
    assert only("Festival programme 2026\nDay one", "2026").kind == "year"


def test_a_label_of_a_count_is_no_heading_of_a_year():
    assert only("Total 1987 (all wards)\nSeason review", "1987").kind == "number"
    assert only("Homes rebuilt 2031 (all districts)\nBy ward", "2031").kind == "number"


def test_a_count_heading_a_row_with_no_year_row_beside_is_no_year():
    assert kinds("Seats by level\n1950 in the stalls\n640 in the circle") == [("1950", "number"), ("640", "number")]


# --- "×": sides and powers of ten ---

def test_sides_share_the_last_sides_unit_of_length():
    text = "Box: 40 × 30 × 25 cm"
    assert [(q.surface, q.unit) for q in find_quantities(text)] == [("40", "centimetre"), ("30", "centimetre"),
                                                                   ("25", "centimetre")]


def test_a_number_of_packs_times_a_weight_stays_a_count():
    assert only("Add 3 × 200 g bags of flour.", "3").unit == "count"


def test_so_many_of_a_length_stays_a_count_but_three_sides_are_lengths():
    assert only("She ran the 4 × 400 m relay.", "4").unit == "count"
    assert [q.unit for q in find_quantities("a 3 × 4 × 9 cm tin")] == ["centimetre"] * 3
    assert [q.unit for q in find_quantities("a 50 × 70 cm print")] == ["centimetre"] * 2


def test_a_power_of_ten_is_one_number():
    q = only("The count fell to 5.1 × 10⁴ cells.", "5.1 × 10⁴")
    assert q.value == 51000 and q.kind == "number"
    assert only("It held 3 × 10^8 bytes.", "3 × 10^8").value == 300_000_000


# --- units: watt hours, "-monthly" ---

def test_watt_hours_and_every_so_many_months():
    assert only("a 500 Wh pack", "500").unit == "watt hour"
    q = only("the 3-yearly review of the scheme", "3")
    assert (q.kind, q.unit) == ("duration", "year")
    assert only("its 6-weekly check", "6").unit == "week"


# --- "At 97," an age ---

def test_at_an_age_at_a_sentence_start():
    assert only("At 88, the former nurse, who retired in 1990, ran a mile.", "88").kind == "age"
    assert only("He moved. At 54, she took the helm.", "54").kind == "age"


def test_at_a_number_that_is_no_age():
    assert only("At 40, the rate was the highest since May.", "40").kind != "age"
    assert only("The bus left at 7, the driver said.", "7").kind != "age"
    assert only("At 7, they attacked the post.", "7").kind != "age"  # a time of day


# --- a bare Unicode fraction ---

def test_a_bare_fraction_is_a_number():
    assert only("Stir in ⅓ cup of oil.", "⅓").value == 1 / 3
    assert [q.surface for q in find_quantities("Add 2½ cups.")] == ["2½"]
    assert only("Add 3 ½ cups of stock.", "3 ½").value == 3.5


def test_a_fraction_of_a_whole_is_a_share():
    q = only("Nearly ¾ of members voted.", "¾")
    assert (q.unit, q.value) == ("percent", 75)


@settings(max_examples=60, deadline=None)
@given(st.text(alphabet="0123456789 ×x^⁶[]¾\nAtround,Wh-monthly", max_size=40))
def test_layout_rules_never_raise_and_spans_hold(text):
    for q in find_quantities(text):
        assert text[q.char_start : q.char_end] == q.surface
