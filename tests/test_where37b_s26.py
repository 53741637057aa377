"""Session 26 round 3 (where37b): place and date leftovers of batch 37, with sentences of our own."""

from __future__ import annotations

from datetime import date

from extract import extract_claims
from extract.entryscope import opens_entry


def _places(text: str, published: date | None = None) -> dict[str, str | None]:
    return {c.number_text: c.to_dict()["location"] for c in extract_claims(text, published=published)}


# entryscope: a press log's "dd/mm hh:mm" stamp opens an entry; a later entry's place is not lent to an earlier one.
_LOG = ("Depot bombing: log of police statements, 3-4 March 2021\nCounty police press desk.\n\n"
        "03/03 21:40. We are at the scene of a bomb blast at a bus depot. Twelve people were hurt.\n\n"
        "04/03 08:15. Two more men have been arrested in Rochdale in connection with the bombing.\n\n")


def test_log_stamp_opens_an_entry() -> None:
    text = "Intro line.\n\n23/05 11:20. A man was held.\n\n24/05, 18:00 - Two more were held."
    assert opens_entry(text, text.index("23/05"))
    assert opens_entry(text, text.index("24/05"))


def test_a_ratio_or_a_date_alone_opens_no_entry() -> None:
    text = "Intro.\n\n3/4 of the town was hit.\n\n24/05 was the day it began."
    assert not opens_entry(text, text.index("3/4"))
    assert not opens_entry(text, text.index("24/05"))


def test_later_log_entry_lends_no_place_back() -> None:
    got = _places(_LOG)
    assert got["Twelve"] != "Rochdale"
    assert got["Two"] == "Rochdale"


def test_earlier_log_entry_lends_no_place_forward() -> None:
    text = ("Flood log\nRiver authority press desk.\n\n10/06 07:00. Two people were rescued from a roof in Tewkesbury."
            "\n\n10/06 12:30. Police say 14 people were hurt when a bridge collapsed.\n\n")
    assert _places(text)["14"] != "Tewkesbury"


# placekinds: a capitalised "<Name> Arena" is a site, as a named stadium is.
def test_named_arena_is_a_site() -> None:
    got = _places("A bomb went off at Leeds Arena after a concert on Monday night. Police said 9 people were killed "
                  "and 40 were wounded.")
    assert got["9"] == "Leeds Arena"
    assert got["40"] == "Leeds Arena"


def test_arena_headline_places_a_log() -> None:
    text = ("Leeds Arena bombing: log of police statements, 3-4 March 2021\nWest Yorkshire Police press desk.\n\n"
            "03/03 23:10. We can confirm 9 people have died.\n\n04/03 08:15. Two men have been arrested in Bradford.")
    got = _places(text)
    assert got["9"] == "Leeds Arena"
    assert got["Two"] == "Bradford"


def test_lower_case_arena_is_no_name() -> None:
    got = _places("In Kano the political arena was tense, and police said 3 people were killed in a riot.")
    assert got["3"] != "Kano political arena"


# dateyearfrom: a yearless day that is the published day, shortly after a day of the same month written in full
# with its past year, goes on in that year, even where the report dated its own meeting by its calendar.
def _dates(text: str, published: date) -> dict[str, str | None]:
    return {c.number_text: c.to_dict()["event_date"] for c in extract_claims(text, published=published)}


_TALK = ("Club newsletter, 9 March 2012. Report of our meeting of Tuesday 6 March.\n\n"
         "Our speaker told us about the bombing of the docks on 2 March 1942, when 84 people were killed. "
         "{tail}")


def test_published_day_in_an_older_story_takes_its_year() -> None:
    text = _TALK.format(tail="Another 31 people died of their wounds in hospital by 9 March.")
    assert _dates(text, date(2012, 3, 9))["31"] == "1942-03-09"


def test_published_day_of_another_month_stays() -> None:
    text = ("Club newsletter, 9 April 2012. Report of our meeting of Tuesday 3 April.\n\n"
            "Our speaker told us about the bombing of the docks on 2 March 1942, when 84 people were killed. "
            "It was 31 years before the town saw a raid again.\n\nOn 9 April, 31 people were hurt in a riot in the town.")
    assert _dates(text, date(2012, 4, 9))["31"] == "2012-04-09"


# placescope: "in N hospitals across the city" tells where the wounded were treated, not where they were hurt; the
# count's place is the scene's, not the town "the city" points back at.
_HOSPITALS = ("Statement on the attack at Leeds Arena\nHall Operations, Leeds. Issued at 10:00 on Friday 3 March 2017."
              "\n\nWhat happened\nThree men opened fire in the foyer of the hall. All three died.\n\nCasualties\n"
              "The Leeds mayor's office now says 12 people were killed. {tail}")


def test_hospitals_across_the_city_keep_the_scene() -> None:
    got = _places(_HOSPITALS.format(tail="The health ministry says 60 people were treated for injuries in five "
                                         "hospitals across the city."))
    assert got["60"] == "Leeds Arena"


def test_wounded_across_the_city_is_the_town() -> None:
    text = ("Riots in Leeds\nCity council press office, Leeds.\n\nRioters set fire to shops in Leeds on Monday. "
            "Police say 60 people were hurt in clashes across the city.")
    assert _places(text)["60"] == "Leeds"
