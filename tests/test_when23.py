"""Session 13 batch 23 (helper when23) place and date rules, on sentences written for these tests, each with a case
it must not reach: a broadcaster's seat (extract/placeseat.py), a country acting past a relative clause or "has
moved" (extract/placementions.py), names that are a people, an aircraft, a person or a bracketed state
(extract/notplaces.py), a destination in a later clause (extract/places.py), a body named with "Gendarmerie"
(sources.json body_words), curated places (assets/gazetteer), a log entry's next line (extract/entryscope.py), a
period since an event (extract/datewhole.py), a statement's issue date (extract/dates.py), "this morning" in a
quoted dated document (extract/datequoted.py), a dash range of dates (extract/datepairs.py), a period's end and a
document's year (extract/dateends.py), a digit group's comma in an aside (extract/daterelative.py)."""

from __future__ import annotations

from datetime import date

from hypothesis import given, settings
from hypothesis import strategies as st

from extract.claims import extract_claims
from extract.gazetteer import Mention, gazetteer
from extract.notplaces import counted_people
from extract.placetold import event_mentions

PUB = date(2011, 3, 18)


def _claims(text: str, pub: date = PUB) -> dict[str, tuple[str | None, str | None]]:
    return {c.number_text: (c.location, c.event_date) for c in extract_claims(text, published=pub, outlet="Desk")}


def _named(text: str) -> list[str]:
    return [text[m.start : m.end] for m in event_mentions(text)]


# --- a source's seat, a country that acts ----------------------------------------------------------------------

def test_a_radio_in_a_town_that_claims_is_its_seat() -> None:
    text = "Rebels attacked Kismayo at dawn. The rebels' radio in Nairobi claimed that 40 soldiers had been killed."
    assert "Nairobi" not in _named(text)
    assert _claims(text)["40"][0] == "Kismayo"


def test_a_radio_station_shelled_in_a_town_stays_a_place() -> None:
    text = "Shells hit the radio station in Nakuru on Monday, killing 4 technicians."
    assert _claims(text)["4"][0] == "Nakuru"


def test_a_country_acting_past_a_relative_clause_is_no_place() -> None:
    text = "Kenya, which sent some 3,000 troops in 2011, lost more than 100 soldiers."
    assert "Kenya" not in _named(text)
    assert _claims(text)["100"] == (None, None)  # (the aside's year dates only its own count)
    assert _claims(text)["3,000"][1] == "2011"
    text = "Chad lost 50 men between 2008 and 2010; Kenya, which sent some 3,000 troops in 2011, lost more than 100."
    assert _claims(text)["100"][1] is None  # (among several dates too)


def test_a_relative_clause_after_a_preposition_keeps_the_place() -> None:
    text = "In Kenya, which sent some 3,000 troops to the region, 12 people were killed by floods."
    assert "Kenya" in _named(text)


def test_a_country_that_has_moved_troops_is_no_place() -> None:
    text = "Diplomats say Uganda has moved some 2,000 troops to Gulu."
    assert _claims(text)["2,000"][0] == "Gulu"


# --- names that are no places here ---------------------------------------------------------------------------

def test_a_counted_people_is_no_place() -> None:
    text = "Raiders killed 30 loyalist Kikuyu, most of them women, in the night."
    assert "Kikuyu" not in _named(text)


def test_a_town_after_a_preposition_or_before_a_noun_stays() -> None:
    assert "Kiambu" in _named("Gunmen killed 12 Kiambu residents on Monday.")
    assert "Kiambu" in _named("Jets flew 120 sorties over Kiambu, killing 8.")


@settings(max_examples=60, deadline=None)
@given(st.sampled_from(["in", "at", "near", "over", "across", "outside", "from", "to"]),
       st.integers(min_value=1, max_value=99999))
def test_counted_people_never_takes_a_place_after_a_preposition(prep: str, n: int) -> None:
    text = f"Shelling killed {n} {prep} Nakuru, officials said."
    m = [m for m in gazetteer().mentions(text) if text[m.start : m.end] == "Nakuru"][0]
    assert not counted_people(text, m)


def test_an_aircraft_type_is_no_place() -> None:
    text = "The air force says its Mirage and Kfir jets shot down 2 helicopters."
    assert _claims(text)["2"][0] is None


def test_an_author_cited_is_no_place_anywhere_in_the_document() -> None:
    text = ("Sources:\n* Anderson, The Long Border War (1990), p. 12: about 400 dead in the fighting.\n"
            "* The summary gives about 400 (Anderson).")
    assert "Anderson" not in _named(text)


def test_a_town_named_for_a_battle_stays() -> None:
    assert "Anderson" in _named("Fighting near Anderson killed 3 guards on Monday.")


def test_a_name_after_a_title_is_a_person() -> None:
    assert "Hull" not in _named("Captain Hull said 3 of his men were wounded.")


def test_states_listed_in_brackets_act() -> None:
    text = "The guarantor states (Argentina, Brazil and Chile) have sent 400 troops."
    assert not {"Argentina", "Brazil", "Chile"} & set(_named(text))


def test_countries_listed_in_brackets_for_a_count_stay() -> None:
    text = "Floods in three countries (Kenya, Uganda and Tanzania) killed 40 people."
    assert {"Kenya", "Uganda", "Tanzania"} <= set(_named(text))


def test_a_destination_in_a_later_clause_is_not_the_first_counts() -> None:
    got = _claims("Some 2,000 villagers were evacuated abroad; 300 of them sailed for Mombasa on 3 May.")
    assert got["2,000"][0] is None and got["300"][0] == "Mombasa"


def test_a_destination_of_the_counts_own_clause_stays() -> None:
    assert _claims("On Monday 300 refugees sailed for Mombasa.")["300"][0] == "Mombasa"


def test_a_gendarmerie_is_a_body_not_its_region() -> None:
    text = "The fort was held by 30 men of the Nakuru Gendarmerie."
    assert "Nakuru" not in _named(text)


def test_curated_places_resolve() -> None:
    for name, country in [("Mirbat", "OM"), ("Lari", "KE"), ("Kijabe", "KE"), ("Tiwintza", "EC"), ("Bagua", "PE"),
                          ("Nueva Ocotepeque", "HN"), ("Chosin Reservoir", "KP"), ("Pusan", "KR"), ("Dhofar", "OM")]:
        p = gazetteer().lookup(name)
        assert p is not None and p.country == country, name


# --- dates -------------------------------------------------------------------------------------------------

def test_a_log_entrys_next_line_takes_its_day() -> None:
    text = ("WAR DIARY\n\n3 MAR - 0800 convoy reached Gulu. Rebels killed 4 guards.\n"
            "Observed from the gate: some 12 huts burned.\n\nThe war went on; rebels burned 30 huts later.")
    got = _claims(text)
    assert got["4"][1] == "2011-03-03" and got["12"][1] == "2011-03-03"
    assert got["30"][1] != "2011-03-03"  # (a paragraph after a blank line is no entry of the log)


def test_a_line_opening_its_own_entry_keeps_its_day() -> None:
    text = "WAR DIARY\n\n3 MAR - Rebels killed 4 guards.\n5 MAR - Rebels killed 7 guards."
    assert _claims(text)["7"][1] == "2011-03-05"


def test_a_count_since_an_event_told_as_a_clause_is_undated() -> None:
    text = "Rebels shelled Gulu on Monday. They have fired 50 rockets since the truce was signed."
    assert _claims(text)["50"][1] is None


def test_a_count_since_a_day_keeps_its_dating() -> None:
    text = "Rebels shelled Gulu on Monday. They have fired 50 rockets since Monday."
    assert _claims(text)["50"][1] is not None


def test_a_statements_issue_date_is_not_the_events() -> None:
    text = "Source A\nFrom a statement issued in Nairobi on 3 May 2010.\n\"The enemy has killed 40 of our men.\""
    assert _claims(text)["40"][1] != "2010-05-03"


def test_a_date_of_an_event_stays() -> None:
    assert _claims("Gunmen killed 40 people on 3 May 2010.")["40"][1] == "2010-05-03"


def test_this_morning_in_a_quoted_dated_broadcast_is_its_day() -> None:
    text = "Source C\nFrom a broadcast from rebel headquarters, 9 June 1960.\n\"Our forces took 300 prisoners this morning.\""
    assert _claims(text)["300"][1] == "1960-06-09"


def test_this_morning_in_a_quote_in_prose_is_the_published_day() -> None:
    text = "The commander spoke on 9 June 1960.\n\"Our forces took 300 prisoners this morning,\" he said on the radio."
    assert _claims(text)["300"][1] == "2011-03-18"
    text = "From a broadcast, 9 June 1960.\n\n\"Our forces took 300 prisoners this morning.\""
    assert _claims(text)["300"][1] == "2011-03-18"  # (a blank line: no heading above the quotation)


def test_a_dash_range_across_months_dates_no_total() -> None:
    text = "The minute gives the figures to date (20 October 2012 - 10 April 2013): 430 rebels killed."
    assert _claims(text)["430"][1] is None


def test_a_total_by_a_day_in_the_past_perfect_is_undated() -> None:
    assert _claims("Troops had captured 431 rebels by 1 April.")["431"][1] is None


def test_a_count_on_a_day_stays_dated() -> None:
    assert _claims("Troops captured 431 rebels on 1 March.")["431"][1] == "2011-03-01"


def test_a_documents_year_is_not_the_events() -> None:
    assert _claims("The committee's report of 1970 gives 900 soldiers dead.")["900"][1] is None


def test_a_year_of_an_event_stays() -> None:
    assert _claims("Some 900 soldiers died in 1970.")["900"][1] == "1970"


def test_a_mention_list_is_a_plain_list() -> None:
    assert all(isinstance(m, Mention) for m in event_mentions("Shelling in Gulu killed 5."))


def test_a_part_included_in_a_total_lends_it_no_place() -> None:
    text = "The ministry's figures to date: 430 rebels killed by the army, the Lari dead included."
    assert "Lari" not in _named(text)
    assert "Lari" in _named("The Lari dead were buried on Monday.")
