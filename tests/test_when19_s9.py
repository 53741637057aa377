"""Session 9, helper when19: event dates and places of batch 19's forms, on sentences written here.

- a partitive aside ("..., 12 of them in Dara on 4 June") dates and places only its part (extract/partitives.py);
- a count since the weekday something began ("since the offensive began on Friday 12 March") spans the days to
  publication, as "since Friday" does (extract/datespans.py); a date without its weekday still opens a period;
- a broadcaster named by its town ("Kabul radio said") is a voice, not a scene (extract/placeaside.py);
- an arrival announced ("due on Friday from Mombasa") names where people come from (extract/placeorigin.py);
- a count "across Romania" names the whole country (extract/placescope.py whole_country);
- bodies "driven to" a town went there: that town lends no other sentence its place (placescope.py refuge);
- English words that name a town somewhere ("University", "Mine", "Cantonment") and the news agency Xinhua are no
  places (assets/gazetteer/not_places.txt); "Viet Nam" is Vietnam (geonames_SY.tsv);
- the date rules' shared words (extract/datewords.py) and a comparison's number words (extract/datecompare.py).
"""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given, strategies as st

from extract import extract_claims
from extract.datecompare import _COMPARED, outside_comparisons
from extract.dateopeners import _REPORTED, _TOTAL
from extract.dates import _REPORT_BEFORE, _TOTAL_BEFORE, _hits
from extract.datespans import apposed_day, began_on_before
from extract.partitives import in_partitive
from extract.gazetteer import gazetteer, key_of


def _claims(text: str, published: date = date(2004, 6, 9)) -> dict[str, object]:
    """number_text -> claim, for a short invented report."""
    return {c.number_text: c for c in extract_claims(text, published=published, outlet="Test Wire")}


# --- partitive asides -----------------------------------------------------------------------------------------

def test_partitive_aside_holds_a_date_and_place_of_its_part() -> None:
    text = "At least 40 villagers were killed during the offensive, 12 of them at the market in Dara on 4 June."
    assert in_partitive(text, 0, text.index("Dara"))
    assert in_partitive(text, 0, text.index("4 June"))
    assert not in_partitive(text, 0, text.index("offensive"))


def test_partitive_aside_closed_by_a_comma_does_not_hold_what_follows() -> None:
    text = "Five people died, two of them children, in the raid on Monday."
    assert not in_partitive(text, 0, text.index("Monday"))
    text = "Most of them were killed in Homs on Monday."  # (no aside: "of them" opens the sentence)
    assert not in_partitive(text, 0, text.index("Monday"))


def test_a_count_before_a_partitive_date_is_not_dated_by_it() -> None:
    got = _claims("At least 40 villagers were killed in Dara province during the offensive, 12 of them at the "
                  "market on 4 June. Rebels said 300 fighters had joined them.")
    assert got["40"].event_date is None
    assert got["12"].event_date == "2004-06-04"
    assert got["300"].event_date is None  # (the part's day is not the story's: nothing lent forward)


def test_a_date_outside_a_closed_partitive_still_dates_the_count() -> None:
    got = _claims("Five people died, two of them children, when a shell hit the market on Monday.")
    assert got["Five"].event_date == "2004-06-07"


# --- a count since the weekday something began ---------------------------------------------------------------

def test_since_the_weekday_an_offensive_began_is_a_span_of_days() -> None:
    got = _claims("Medics have treated 140 wounded since the offensive began on Wednesday 2 June.")
    assert got["140"].event_date == "2004-06"


def test_since_a_began_date_in_another_month_gives_no_date() -> None:
    got = _claims("Medics have treated 140 wounded since the offensive began on Friday 28 May.")
    assert got["140"].event_date is None


def test_since_a_date_without_its_weekday_still_opens_a_period() -> None:
    assert _claims("Medics have treated 140 wounded since the offensive began on 2 June.")["140"].event_date is None


def test_the_day_apposed_to_a_weekday() -> None:
    pub = date(2004, 6, 9)
    assert apposed_day("since Wednesday 2 June", len("since Wednesday"), pub) == date(2004, 6, 2)
    assert apposed_day("since Wednesday, June 2, 2003", len("since Wednesday"), pub) == date(2003, 6, 2)
    assert apposed_day("since Wednesday 31 June", len("since Wednesday"), pub) is None
    assert apposed_day("since Wednesday, when", len("since Wednesday"), pub) is None
    assert began_on_before("since the strike started on ", len("since the strike started on "))
    assert not began_on_before("the strike started on ", len("the strike started on "))


@given(st.text(max_size=60))
def test_apposed_day_never_fails(tail: str) -> None:
    got = apposed_day("since Sunday" + tail, len("since Sunday"), date(2004, 6, 9))
    assert got is None or got <= date(2004, 6, 9) or "20" in tail or "19" in tail


# --- places that are voices, origins, the whole country ---------------------------------------------------------

def test_a_broadcaster_named_by_its_town_is_no_place() -> None:
    got = _claims("Fighting went on in Mazar-i-Sharif overnight. Kabul radio said 40 fighters were killed.")
    assert got["40"].location == "Mazar-i-Sharif"


def test_a_broadcasters_building_is_a_place() -> None:
    got = _claims("Rockets hit the Kabul radio station, killing 4 guards.")
    assert got["4"].location == "Kabul"


def test_an_arrival_announced_names_where_people_come_from() -> None:
    from extract.placeorigin import _ORIGIN_BEFORE
    assert _ORIGIN_BEFORE.search("about 300 men, are due on Friday from ")
    assert _ORIGIN_BEFORE.search("reinforcements expected next week from the ")
    assert not _ORIGIN_BEFORE.search("casualties due to heavy shelling from ")  # (fire from a place: the war's)
    got = _claims("Fighting in Kismayo killed 12 soldiers. Three more companies, about 300 men, are due on Friday "
                  "from Mombasa.")
    assert got["300"].location != "Mombasa"


def test_a_count_across_the_country_names_the_country() -> None:
    got = _claims(_ROMANIA + "The government now counts 689 dead across Romania.")
    assert got["689"].location == "Romania"


def test_the_main_country_alone_still_says_no_more_than_the_town_before() -> None:
    got = _claims(_ROMANIA + "The government now counts 689 dead in Romania.")
    assert got["689"].location == "Bucharest"


_ROMANIA = "Romania: unrest spreads\n\nProtesters in Romania clashed with police in Bucharest on Monday, and 14 were " \
           "hurt. "


def test_a_town_bodies_were_driven_to_lends_no_place() -> None:
    got = _claims("Fighting raged in Ploiesti. The bodies of 40 prisoners were driven to Bucharest at night. "
                  "Another 13 bodies were found in a mass grave.")
    assert got["13"].location == "Ploiesti"


def test_english_words_and_an_agency_are_no_places() -> None:
    stop = gazetteer().stop
    for word in ("University", "Cantonment", "Mine", "Xinhua"):
        assert key_of(word) in stop
    got = _claims("Mine clearance teams destroyed some 9,000 mines in Angola.")
    assert got["9,000"].location == "Angola"


def test_viet_nam_is_vietnam() -> None:
    assert gazetteer().places[key_of("Viet Nam")].canonical == "Vietnam"


# --- shared words of the date rules -------------------------------------------------------------------------

@pytest.mark.parametrize("before", ["the ministry said ", "officials told reporters ", "it published "])
def test_reporting_verbs_before_a_date(before: str) -> None:
    assert _REPORT_BEFORE.search(before)


def test_reporting_verbs_after_an_opening_date() -> None:
    assert _REPORTED.match(", the UN issued its report")
    assert _REPORTED.match(", the agency announced")
    assert not _REPORTED.match(", the patrol was ambushed")


def test_total_words() -> None:
    assert _TOTAL_BEFORE.search("bringing the cumulatively ")
    assert _TOTAL_BEFORE.search("in all some ")
    assert _TOTAL.search("Overall the war killed 40,000")
    assert not _TOTAL.search("The war killed 40,000")


def test_a_comparison_with_any_number_word() -> None:
    sentence = "Police logged 30 raids in 2003, against eleven in 2002, and 4 bombings."
    hits = _hits(sentence, date(2004, 6, 9))
    kept = outside_comparisons(sentence, hits, sentence.index("4 bombings"))
    assert [sentence[h.start:h.end] for h in kept] == ["in 2003"]
    assert _COMPARED.search("against a dozen in 2002")
    assert not _COMPARED.search("against the dollar in 2002")


# --- a maximum over a period; places the dead or the ships went to; a part's place -------------------------------

def test_a_peak_is_a_period_and_borrows_no_date() -> None:
    got = _claims("The mission ended on 30 May 2004, when the last convoy left. At its peak the mission deployed "
                  "8,200 troops.")
    assert got["8,200"].event_date is None


def test_a_peak_of_one_thing_keeps_its_own_date() -> None:
    got = _claims("At the peak of the fighting on Monday, 45 soldiers were killed.")
    assert got["45"].event_date == "2004-06-07"


def test_where_the_dead_were_buried_lends_no_place() -> None:
    got = _claims("Rescuers recovered 80 bodies in Ploiesti. Nearly 60 have been buried in a mass grave at Brasov. "
                  "Among the dead are 14 children.")
    assert got["60"].location == "Brasov"  # (its own sentence keeps it)
    assert got["14"].location == "Ploiesti"


def test_where_the_ships_sail_for_lends_no_place() -> None:
    got = _claims("Rioters burned 300 houses in Ploiesti. Two ferries sail for Constanta on Friday. Rioters also "
                  "killed 12 people.")
    assert got["12"].location == "Ploiesti"


def test_a_parts_place_is_not_lent_to_the_next_sentence() -> None:
    got = _claims("About 4,000 people have fled their homes. The UN has 900 troops in the province, some 300 of "
                  "them in Bukavu.")
    assert got["4,000"].location is None
    assert got["300"].location == "Bukavu"


def test_since_a_weekday_with_its_day_is_a_span_from_that_day() -> None:
    got = _claims("Medics have treated 140 wounded since Sunday, 30 May.")
    assert got["140"].event_date is None  # (30 May to 9 June: two months; not the Sunday of this week)
    got = _claims("Medics have treated 140 wounded since Sunday, 6 June.")
    assert got["140"].event_date == "2004-06"


# --- a sentence opening with its own place ---------------------------------------------------------------------

def test_a_sentence_opening_with_another_place_lends_it_to_none_before() -> None:
    got = _claims("Shells wounded 30 civilians near the market. In Brasov, rebels shot dead 5 policemen.")
    assert got["30"].location is None
    assert got["5"].location == "Brasov"


def test_a_sentence_going_on_with_a_place_still_lends_it() -> None:
    got = _claims("Shells wounded 30 civilians near the market. The shelling of Brasov went on all night.")
    assert got["30"].location == "Brasov"


def test_opening_with_a_month_or_in_all_is_no_place() -> None:
    from extract.placeahead import opens_with_place

    assert opens_with_place("In Kashgar, police broke up a protest.", 0)
    assert opens_with_place("In Port Moresby itself, shops closed.", 0)
    assert not opens_with_place("In March, 40 were killed.", 0)
    assert not opens_with_place("In all, 31 soldiers died.", 0)
    assert not opens_with_place("In the city, shops closed.", 0)


# --- people still in a state ------------------------------------------------------------------------------------

def test_people_still_missing_or_held_have_no_event_date() -> None:
    got = _claims("Soldiers fired on the crowd in Cluj on Monday. At least 300 people were detained, and dozens are "
                  "still missing. Police have arrested 38 men since Sunday, and 12 of them remain in custody.")
    assert got["dozens"].event_date is None
    assert got["12"].event_date is None


def test_a_count_of_an_event_or_a_further_count_keeps_its_date() -> None:
    from extract.datestates import still_state

    text = "Police detained 40 men on Monday, and 12 were still fighting."
    assert not still_state(text, text.index("40") + 2)
    assert not still_state(text, text.index("12") + 2)
    got = _claims("Soldiers killed 156 protesters at the stadium on 28 May. A further 89 people remain missing.")
    assert got["89"].event_date == "2004-05-28"
