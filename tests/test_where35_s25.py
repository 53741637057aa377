"""Session 25, batch 35's locations and event dates (sentences written for these tests, not taken from any gold
text, the held-out set or the seeds)."""

from __future__ import annotations

from datetime import date

from extract import extract_claims
from extract.dates import _hits


def _dates(text: str, pub: date) -> dict[str, str | None]:
    """number_text -> event_date of each claim (the last one for a repeated number)."""
    return {c.number_text: c.event_date for c in extract_claims(text, published=pub)}


def _kinds(sentence: str, pub: date) -> list[tuple[str, str | None]]:
    return [(h.kind, h.date.value if h.date else None) for h in _hits(sentence, pub)]


# --- "in the early hours of Saturday" names that weekday, as "early Saturday" does

_NIGHT_RAID = ("Statement: Teachers condemn the raid on the Bentiu school\n"
               "Teachers' Guild, Juba. Statement of Thursday 12 March 2020.\n\n"
               "The Guild condemns the raid on the girls' school in Bentiu in the early hours of Monday.\n\n"
               "The head teacher says 7 pupils were killed and 15 wounded.\n")


def test_early_hours_of_a_weekday_is_that_weekday():
    assert _kinds("Gunmen shelled the camp in the early hours of Sunday.", date(2020, 3, 12)) \
        == [("weekday", "2020-03-08")]


def test_early_hours_of_a_weekday_dates_the_next_paragraph_of_counts():
    got = _dates(_NIGHT_RAID, date(2020, 3, 12))
    assert got["7"] == "2020-03-09"
    assert got["15"] == "2020-03-09"


def test_early_hours_without_a_weekday_names_no_day():
    assert _kinds("The fighting went on into the early hours, witnesses said.", date(2020, 3, 12)) == []
    assert _kinds("Ten hours of shelling left the town dark.", date(2020, 3, 12)) == []


def _places(text: str, pub: date) -> dict[str, str | None]:
    """number_text -> location of each claim (the last one for a repeated number)."""
    return {c.number_text: c.location for c in extract_claims(text, published=pub)}


# --- the town of the hospital the wounded are in lends itself to no other sentence's count

_CLINIC_TOWN = ("Bulletin: the bombing at the Kibera market\n"
                "Relief Network, 3 June 2019.\n\n"
                "A bomb went off at the Toi market in Kibera on Sunday morning.\n\n"
                "The police say 21 people were killed. The relief network says 40 people were wounded, and that 6 of "
                "them are still in a critical condition at Mater Misericordiae Hospital in Nakuru. Officers say 4 "
                "suspects have been arrested.\n")

_TWO_TOWNS = ("Notice: the attack on the ferry at Mwanza\nConsulate of Norway, 8 May 2018.\n\n"
              "Gunmen fired on the ferry at Mwanza on Monday. The crew fought them off for an hour. Nine Norwegian citizens were among the dead. Another "
              "5 Norwegian citizens were hurt and are in hospital in Dodoma and Arusha.\n")


def test_a_hospital_town_after_in_or_at_is_lent_to_no_other_sentence():
    got = _places(_CLINIC_TOWN, date(2019, 6, 3))
    assert got["21"] != "Nakuru"
    assert got["4"] != "Nakuru"


def test_a_list_of_hospital_towns_is_lent_to_no_other_sentence():
    got = _places(_TWO_TOWNS, date(2018, 5, 8))
    assert got["Nine"] == "Mwanza"


def test_the_hospital_a_strike_hit_still_lends_its_town():
    text = ("Report: the strike\nThe Lakeside Courier, 4 June 2019.\n\n"
            "Rockets hit the hospital in Kisumu on Monday, wounding 12 patients. Police later gave a toll of 3.\n")
    assert _places(text, date(2019, 6, 4))["3"] == "Kisumu"


def test_a_hospital_that_is_the_subject_still_lends_its_town():
    text = ("Report: the riot in Kisumu\nThe Lakeside Courier, 4 June 2019.\n\n"
            "Rioters burned shops overnight. Nyanza General Hospital in Kisumu is treating 33 people for wounds. "
            "Police say 5 people were killed.\n")
    assert _places(text, date(2019, 6, 4))["5"] == "Kisumu"


# --- a college named with its kind is a site the gazetteer lacks

_CAMPUS = ("In memoriam: the students of Lodwar Teachers College\n"
           "Alumni Office, 10 May 2016.\n\n"
           "The Office mourns the students killed at Lodwar Teachers College in the attack of 3 May.\n\n"
           "Gunmen entered the hostels before dawn. The Government says 31 people were killed. The Red Cross says "
           "44 people were wounded, and that 5 of them remain at Coast General Hospital in Mombasa.\n")


def test_a_college_named_with_its_kind_is_the_scene():
    got = _places(_CAMPUS, date(2016, 5, 10))
    assert got["31"] == "Lodwar Teachers College"


def test_a_university_college_is_a_site():
    text = ("Report: the raid on the campus\nThe Northern Star, 2 March 2017.\n\n"
            "Soldiers raided Maiduguri University College on Tuesday, killing 12 students.\n")
    assert _places(text, date(2017, 3, 2))["12"] == "Maiduguri University College"


def test_a_lowercase_college_is_no_place():
    text = ("Report: the raid\nThe Northern Star, 2 March 2017.\n\n"
            "Soldiers raided the college in Maiduguri on Tuesday, killing 12 students.\n")
    assert _places(text, date(2017, 3, 2))["12"] == "Maiduguri"


# --- "from the evening of 16 September until the morning of 18 September 1982": a run of days of one month

_MASSACRE = ("Foreword: the Kalma camp, March 2004\n"
             "Kalma Memorial Group, Nyala. Foreword to the book of names, 4 March 2014.\n\n"
             "Ten years ago, gunmen entered the Kalma camp. From the evening of 2 March until the morning of 4 March "
             "2004, they burned the shelters and shot those who ran. Soldiers stood by on the road. The camp's "
             "elders later said the gunmen came on horses.\n\n"
             "The counts differ. The district commissioner counted 84 bodies. The elders put the toll at 300.\n")


def test_a_run_of_days_with_parts_of_day_is_its_month():
    got = _kinds("From the evening of 2 March until the morning of 4 March 2004, they burned the shelters.",
                 date(2014, 3, 4))
    assert [k for k, _ in got] == ["wdspan", "wdspan"]
    assert {v for _, v in got} == {"2004-03"}


def test_a_run_of_days_dates_the_next_paragraph_of_tolls():
    got = _dates(_MASSACRE, date(2014, 3, 4))
    assert got["84"] == "2004-03"
    assert got["300"] == "2004-03"


def test_a_run_over_weeks_or_two_months_names_no_month():
    pub = date(2014, 3, 4)
    assert {k for k, _ in _kinds("From the night of 2 March until 25 March 2004 the militia held the road.",
                                 pub)} == {"period"}
    assert {v for _, v in _kinds("From the night of 28 February until 3 March 2004 the militia held the road.",
                                 pub)} == {None}


# --- "now says" dates the saying, not the deaths: the story's incident goes on

_NOW_SAYS = ("Statement: the shelling of the Aweil clinic\n"
             "Nurses' Council, Juba. Statement of Thursday 12 March 2020.\n\n"
             "The Council condemns the shelling of the clinic in Aweil on Monday.\n\n"
             "The clinic's director counted 9 dead in the first hours. The health office now says at least 14 "
             "people died. Our members tell us that 6 of the dead were nurses.\n")


def test_now_says_in_the_incident_story_keeps_the_incident_day():
    got = _dates(_NOW_SAYS, date(2020, 3, 12))
    assert got["14"] == "2020-03-09"
    assert got["6"] == "2020-03-09"


def test_now_says_alone_keeps_the_published_day():
    text = ("Report: the toll\nThe Daily Courier, 12 March 2020.\n\n"
            "The health ministry now says at least 14 people died in the fighting around Aweil.\n")
    assert _dates(text, date(2020, 3, 12))["14"] == "2020-03-12"


def test_now_numbers_is_a_state_not_a_telling():
    assert _kinds("The force now numbers about 4,400.", date(2020, 3, 12)) == [("today", "2020-03-12")]
