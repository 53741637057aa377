"""Session 26 round 2 (where37): location and event_date rules, with sentences of our own."""

from __future__ import annotations

from datetime import date

from extract import extract_claims


def _dates(text: str, published: date) -> dict[str, str | None]:
    return {c.number_text: c.to_dict()["event_date"] for c in extract_claims(text, published=published)}


def _places(text: str, published: date | None = None) -> dict[str, str | None]:
    return {c.number_text: c.to_dict()["location"] for c in extract_claims(text, published=published)}


# datestatement: a line opening with the participle of giving the text out names the day it was given out.
def test_issued_line_does_not_date_the_events() -> None:
    text = ("Bulletin No. 2 on the attack at the market\nMarket Board, Tula. Issued at 09:30 local time on Friday 14 "
            "March 2014. This bulletin replaces bulletin No. 1.\n\nWhat happened\nAt about 18:10 on Wednesday four "
            "gunmen with grenades attacked the checkpoint at the main gate. All four gunmen died.\n\nCasualties\n"
            "The province's police chief now says 17 people were killed. The health department says 40 people were "
            "treated for wounds.")
    got = _dates(text, date(2014, 3, 14))
    assert got["17"] == "2014-03-12"
    assert got["40"] == "2014-03-12"


def test_compiled_line_does_not_date_the_events() -> None:
    text = ("Log of statements on the depot attack\nCity police press office. Compiled on Tuesday 9 April 2019 for "
            "reporters.\n\nAt about 23:00 on Sunday three men threw petrol bombs into the depot canteen. All three "
            "men fled.\n\nThe city's police chief now says 12 people were killed. The health department says 30 "
            "people were treated for burns.")
    got = _dates(text, date(2019, 4, 9))
    assert got["12"] == "2019-04-07"
    assert got["30"] == "2019-04-07"


def test_a_participle_inside_a_sentence_is_left() -> None:
    # the opening word is no participle of giving out: the sentence's own date stands
    text = "Militiamen raided the camp on 3 May 2018. Police said 14 people were killed in the raid."
    assert _dates(text, date(2018, 5, 10))["14"] == "2018-05-03"


def test_an_opening_participle_with_a_clause_mark_before_the_date_is_left() -> None:
    # a comma between the participle and the date: the date is the clause's after it, an event's
    text = "Posted to the valley in April, the battalion raided the village on 3 May 2018 and killed 14 people."
    assert _dates(text, date(2018, 5, 10))["14"] == "2018-05-03"


# dateheadings: a day alone on a paragraph's first line heads the entries under it.
def test_day_heading_dates_the_entries_under_it() -> None:
    text = ("Patrol diary of the river unit, 11 to 13 August 2017\nKept by the unit's sergeant.\n\n"
            "11 August\n0700 Left the jetty with three boats.\n1540 Fired on from the east bank. "
            "Four of our men were wounded.\n\n12 August\n0915 Searched the island. Six fighters were captured.")
    got = _dates(text, date(2017, 8, 20))
    assert got["Four"] == "2017-08-11"
    assert got["Six"] == "2017-08-12"


def test_weekday_heading_dates_the_entries_under_it() -> None:
    text = ("Our week in the camp\n\nMonday 4 March\nShelling began before dawn. Nine houses were destroyed "
            "in the lower street.")
    assert _dates(text, date(2019, 3, 10))["Nine"] == "2019-03-04"


def test_a_heading_line_with_more_than_a_day_is_no_day_heading() -> None:
    text = ("What we saw\n\nThe shelling of 4 March\nNine houses were destroyed in the lower street.")
    assert _dates(text, date(2019, 3, 10))["Nine"] != "2019-03-04"


def test_a_total_under_a_day_heading_takes_no_day() -> None:
    text = ("Our week in the camp\n\nMonday 4 March\nIn all, the war has destroyed 900 houses in the valley.")
    assert _dates(text, date(2019, 3, 10))["900"] is None


# placekinds: "<Name> Airport" is a site (tested with the headline below); a company named after a site ("... Terminal Operations") is no place.
def test_a_company_named_after_a_site_is_no_place() -> None:
    text = ("Notice from Harbour Ferry Terminal Operations, Tula.\n\nAt noon gunmen opened fire on the quay. "
            "Two of our staff were killed.")
    assert _places(text, date(2021, 5, 8))["Two"] != "Harbour Ferry Terminal"


# placementions: a town's office holder's office is a source's name, not the scene.
def test_a_town_governors_office_is_no_scene() -> None:
    text = "Gunmen attacked a bus station on Monday. The Tula governor's office says 12 people were killed."
    assert _places(text, date(2021, 5, 8))["12"] != "Tula"


def test_a_town_governor_acting_there_keeps_the_town() -> None:
    text = "Rebels shelled the market in Tula on Monday, killing 12 people, the governor's office said."
    assert _places(text, date(2021, 5, 8))["12"] == "Tula"


# placeincident: a headline naming the incident with "the" and then its place lends it to the story's counts.
def test_headline_the_attack_at_a_place_lends_it() -> None:
    text = ("Update No. 2 on the attack at Veltrino Airport\n\nWhat happened\nOn Friday evening gunmen opened fire "
            "in the departures hall.\n\nCasualties\nThe health ministry says 14 people were killed.")
    assert _places(text, date(2021, 5, 8))["14"] == "Veltrino Airport"


def test_headline_attacks_near_a_place_lends_nothing() -> None:
    text = ("Update No. 2 on attacks near Veltrino Airport\n\nWhat happened\nOn Friday evening gunmen opened fire "
            "in a hall.\n\nCasualties\nThe health ministry says 14 people were killed.")
    assert _places(text, date(2021, 5, 8))["14"] is None


# placekinds: a named cemetery the dead were buried in is the burial's place.
def test_named_cemetery_is_the_burials_place() -> None:
    text = ("The raid left the Harlow district in ruins. 64 of the dead were buried together at Mill Lane Cemetery "
            "a week later.")
    assert _places(text, date(2015, 11, 20))["64"] == "Mill Lane Cemetery"


def test_a_cemetery_in_lower_case_names_no_site() -> None:
    text = "Rebels shelled Tula on Sunday. 35 of the dead were buried in the town's old cemetery."
    assert _places(text, date(2015, 11, 20))["35"] == "Tula"


# placementions._actor: "from X to reach Y" is a trip's start, not the scene of what the story tells.
def test_a_trips_start_is_not_the_scene() -> None:
    text = ("Field notes: ten years on\n\nIt takes five hours by road up the valley from Kasese to reach Bundibugyo. "
            "Our team of three made the trip last month, to be there when the victims of the market massacre were "
            "reburied.\n\nOn 4 June 2009 some 200 rebels had occupied the town, and army troops attacked them. "
            "About 60 people were trapped in the market by the fighting.")
    assert _places(text, date(2019, 5, 8))["60"] == "Bundibugyo"


def test_a_trip_from_a_town_to_another_without_reach_is_left() -> None:
    # no "to reach": "from X to Y" may be a flight's origin and end, the place of its count (not this rule's)
    text = "In June about 3,000 people fled from Kasese to Bundibugyo, the agency said."
    assert _places(text, date(2019, 5, 8))["3,000"] is not None


# gazetteer supplement: Bellavista (Bojayá, Chocó) is a Colombian town as well as a Peruvian one.
def test_bellavista_in_a_colombian_story_is_in_choco() -> None:
    text = "FARC guerrillas attacked Bellavista on the Atrato in Colombia, and 12 people were killed."
    got = {c.number_text: c.to_dict() for c in extract_claims(text, published=date(2002, 5, 10))}
    assert got["12"]["location"] == "Bellavista"
    assert got["12"]["lat"] is not None and got["12"]["lat"] > 0
