"""Session 26, batch 36's places and event dates (sentences written for these tests, not taken from any gold text)."""

from __future__ import annotations

from datetime import date

from extract import extract_claims
from extract.dates import _hits
from extract.gazetteer import gazetteer


def _claims(text: str, pub: date) -> dict[str, tuple[str | None, str | None]]:
    """number_text -> (event_date, location) of each claim (the last one for a repeated number)."""
    return {c.number_text: (c.event_date, c.location) for c in extract_claims(text, published=pub)}


def _kinds(sentence: str, pub: date) -> list[tuple[str, str | None, bool]]:
    return [(h.kind, h.date.value if h.date else None, h.anchored) for h in _hits(sentence, pub)]


# --- gazetteer: places GeoNames' lists lack or name otherwise (supplement.tsv)

def test_londonderry_is_the_city_geonames_calls_derry():
    [m] = gazetteer().mentions("Troops were sent to Londonderry after the riot.")
    assert (m.place.name, m.place.country) == ("Londonderry", "GB")
    [m] = gazetteer().mentions("Troops were sent to Derry after the riot.")
    assert m.place.country == "GB"


def test_townships_and_a_gas_plant_town_resolve():
    for text, country in (("Police fired on a march in Sharpeville.", "ZA"),
                          ("A march was broken up at Langa.", "ZA"),
                          ("Gunmen seized the plant at In Amenas.", "DZ")):
        found = gazetteer().mentions(text)
        assert [m.place.country for m in found] == [country], text


# --- "on the morning of Monday 21 March 1960": the day of an event, as "on 21 March 1960" is

def test_a_part_of_a_named_weekday_and_day_anchors_the_date():
    assert _kinds("On the evening of Friday 9 May 1975 soldiers surrounded the square.", date(2015, 5, 9)) == [
        ("explicit", "1975-05-09", True)]
    assert _kinds("On the night of 9 May 1975 soldiers surrounded the square.", date(2015, 5, 9)) == [
        ("explicit", "1975-05-09", True)]


def test_a_weekday_and_day_without_on_stay_unanchored():
    assert _kinds("The report of Friday 9 May 1975 was read out.", date(2015, 5, 9)) == [
        ("explicit", "1975-05-09", False)]


def test_the_anchored_day_dates_the_paragraphs_later_counts():
    text = ("Memorial notes\nThe Lakeside Review, 9 May 2015.\n\n"
            "On the evening of Friday 9 May 1975 a crowd gathered outside the barracks at Kitale. "
            "Some said it was large; others disagreed. About 80 soldiers stood at the gate, with four armoured "
            "cars behind them.")
    got = _claims(text, date(2015, 5, 9))
    assert got["80"][0] == "1975-05-09"


# --- "an exhibition opening on 9 May 2015": a schedule's day, not the incident's

def test_opening_on_a_day_is_a_plan():
    assert _kinds("Our show, opening on 9 May 2015, is free to all.", date(2015, 5, 9)) == [("plan", None, False)]


def test_the_opening_as_a_noun_or_in_the_past_is_an_event_day():
    assert _kinds("Soldiers opened fire on 9 May 2015.", date(2015, 5, 9))[0][:2] == ("explicit", "2015-05-09")
    assert _kinds("After the opening on 9 May 2015, guards were posted.", date(2015, 5, 9))[0][:2] == (
        "explicit", "2015-05-09")


def test_a_shows_opening_day_does_not_take_the_incident_s_place_in_the_story():
    text = ("Gallery guide: Kitale, 9 May 1975. Hall 2\n"
            "Lakeside Museum. Panels for the show \"After the Barracks\", opening on 9 May 2015, forty years on.\n\n"
            "Panel 2.1: The evening\n"
            "On the evening of Friday 9 May 1975 a crowd gathered outside the barracks. Soldiers were posted at the "
            "gate.\n\n"
            "Panel 2.2: The firing\n"
            "At dusk the soldiers fired. It lasted a minute. A later inquiry found that 31 people were killed and "
            "that 60 were wounded.")
    got = _claims(text, date(2015, 5, 9))
    assert got["31"] == ("1975-05-09", "Kitale")
    assert got["60"] == ("1975-05-09", "Kitale")


# --- a title naming the place with its event's day: "Kitale, 9 May 1975"

def test_a_title_naming_a_place_and_a_past_day_places_the_story():
    text = ("Gallery guide: Kitale, 9 May 1975. Hall 2\n\n"
            "The soldiers fired at dusk. A later inquiry found that 31 people were killed.")
    assert _claims(text, date(2015, 5, 9))["31"][1] == "Kitale"


def test_a_title_naming_a_place_without_a_date_places_nothing():
    text = ("Gallery guide: Kitale. Hall 2\n\n"
            "The soldiers fired at dusk. A later inquiry found that 31 people were killed.")
    assert _claims(text, date(2015, 5, 9))["31"][1] is None


def test_a_title_naming_a_place_and_month_places_the_story():
    text = ("Foreword: Kitale, May 1975\nThe Lakeside Review.\n\n"
            "The soldiers fired at dusk. A later inquiry found that 31 people were killed.")
    assert _claims(text, date(2015, 5, 9))["31"][1] == "Kitale"


def test_a_count_after_a_sum_over_two_battlefields_takes_no_title_place():
    text = ("Scenario 4: Kitale, May 1975 - notes\nThe Lakeside Review.\n\n"
            "Headquarters counted 2,000 enemy dead on the two battlefields. Its own losses were 300 killed, by its "
            "own count.")
    assert _claims(text, date(2015, 5, 9))["300"][1] is None


# --- a speaker's label opening a line is no row's label: the turn's count takes the incident's day

_RECORD = ("House of Assembly, Tuesday 4 June 1985: Kitale (Riot)\nOfficial Record, columns 12-19.\n\n"
           "The Minister for Home Affairs: I will make a statement about the riot in Kitale yesterday afternoon. "
           "A crowd gathered at the market. Police fired on it.\n\n"
           "Mr. Jan Roe (Leeds East): Is the Minister aware that 12 people were killed by the police?\n\n"
           "The Minister for Home Affairs: I am not.\n\n")


def test_a_members_turn_takes_the_incidents_day():
    assert _claims(_RECORD, date(1985, 6, 4))["12"][0] == "1985-06-03"



# --- "gave a figure of 165 deaths on 22 April": the day the figure was given, not the deaths'

def test_a_figure_given_on_a_day_is_a_report_day():
    got = _kinds("The police chief gave a figure of 75 deaths on 9 June.", date(2015, 7, 1))
    assert got == [("report", None, True)]


def test_a_figure_of_deaths_on_a_day_without_giving_is_the_deaths_day():
    got = _kinds("Soldiers killed 75 people on 9 June.", date(2015, 7, 1))
    assert got[0][:2] == ("explicit", "2015-06-09")


# --- "broke out in the north on 17 April and ... lasted three days": a run of days, its month

def test_a_run_told_by_its_length_is_its_month():
    assert _kinds("Riots broke out in the south on 28 June and lasted three days.", date(2015, 7, 20)) == [
        ("wdspan", "2015-06", True)]
    assert _kinds("Riots broke out on 29 June and went on for four days.", date(2015, 7, 20)) == [
        ("wdspan", None, True)]  # (29 June - 2 July: two months, no date)


def test_a_run_without_its_length_keeps_its_first_day():
    assert _kinds("Riots broke out in the south on 28 June.", date(2015, 7, 20))[0][:2] == ("explicit", "2015-06-28")
    assert _kinds("Riots broke out on 28 June; a curfew lasted three days.", date(2015, 7, 20))[0][:2] == (
        "explicit", "2015-06-28")  # (another clause's run)


# --- "Polling on 16 April was largely peaceful": a calm day is no incident's day

_CALM_LEAD = ("Report on the election\nThe Lakeside Review, 30 July 2015.\n\n"
              "Voting on 4 July was largely peaceful. When the results came, riots broke out on 6 July and went on "
              "for two days.\n\n"
              "The police later gave a figure of 40 deaths on 12 July.")


def test_a_calm_day_is_no_incident_and_the_riots_month_dates_a_given_toll():
    assert _claims(_CALM_LEAD, date(2015, 7, 30))["40"][0] == "2015-07"


def test_a_violent_day_in_the_lead_stays_the_incident():
    text = ("Report on the election\nThe Lakeside Review, 30 July 2015.\n\n"
            "Voting on 4 July was marred by shooting.\n\nThe police later gave a figure of 40 deaths on 12 July.")
    assert _claims(text, date(2015, 7, 30))["40"][0] == "2015-07-04"
    calm = text.replace("was marred by shooting", "was quiet")
    assert _claims(calm, date(2015, 7, 30))["40"][0] is None


# --- a parliamentary record's subject heading: "Sitting's label: Place (Shooting Incident)"

def test_a_record_heading_places_its_turns():
    text = ("House of Assembly, Tuesday 4 June 1985: Kitale (Shooting Incident)\nOfficial Record, columns 12-19.\n\n"
            "The Minister for Home Affairs: I will make a statement. A crowd gathered at the market and police "
            "fired on it. Later, the police held 30 people for questioning. Officers fired many rounds. "
            "The commander says 12 people were wounded.\n")
    assert _claims(text, date(1985, 6, 4))["12"][1] == "Kitale"


def test_a_heading_without_the_incident_in_brackets_places_nothing():
    text = ("House of Assembly, Tuesday 4 June 1985: Kitale (Water Supply)\nOfficial Record, columns 12-19.\n\n"
            "The Minister for Home Affairs: I will make a statement. A crowd gathered at the market and police "
            "fired on it. Later, the police held 30 people for questioning. Officers fired many rounds. "
            "The commander says 12 people were wounded.\n")
    assert _claims(text, date(1985, 6, 4))["12"][1] is None


# --- ", and a third died ... on 20 March": the later victim's day, not the count's before it

def test_a_later_victims_day_does_not_date_the_count_before_it():
    text = ("Clinic notes\nThe Lakeside Review, 30 July 2015.\n\n"
            "On 4 July a bomb exploded in the market at Kitale. Four patients died in the ward, and another died at "
            "home on 11 July.")
    assert _claims(text, date(2015, 7, 30))["Four"][0] == "2015-07-04"


def test_a_count_with_its_own_day_after_and_keeps_it():
    text = ("Clinic notes\nThe Lakeside Review, 30 July 2015.\n\n"
            "On 4 July a bomb exploded in the market at Kitale. Four patients died at home on 11 July.")
    assert _claims(text, date(2015, 7, 30))["Four"][0] == "2015-07-11"


# --- "at A, B and C stations and near D in Madrid": the town that holds the list

def test_a_list_of_stations_in_a_town_is_placed_at_the_town():
    text = ("Blasts on the metro\nThe Lakeside Review, 30 July 2015.\n\n"
            "On 4 July, bombs killed 40 people at Central, Riverside and Santa Eugenia stations and near Calle "
            "Mayor in Madrid.")
    assert _claims(text, date(2015, 7, 30))["40"][1] == "Madrid"


def test_a_town_named_before_stations_without_a_town_after_stays():
    text = ("Blasts on the metro\nThe Lakeside Review, 30 July 2015.\n\n"
            "On 4 July, bombs killed 40 people at the Santa Eugenia stations.")
    assert _claims(text, date(2015, 7, 30))["40"][1] == "Santa Eugenia"


# --- "In Kafanchan our observers saw ...": a fronted place without its comma moves to another scene too

def test_a_fronted_place_with_its_subject_lends_no_place_back():
    text = ("Report\nThe Lakeside Review, 30 July 2015.\n\n"
            "Riots broke out on 4 July.\n\n"
            "Officials said 4,000 people had fled their homes. In Kitale our observers saw 30 burned houses.")
    assert _claims(text, date(2015, 7, 30))["4,000"][1] is None


def test_a_place_not_fronted_still_lends_back():
    text = ("Report\nThe Lakeside Review, 30 July 2015.\n\n"
            "Riots broke out on 4 July.\n\n"
            "Officials said 4,000 people had fled their homes. Our observers saw burned houses in Kitale.")
    assert _claims(text, date(2015, 7, 30))["4,000"][1] == "Kitale"


# --- a report's numbered sections ("6.2 Deaths", "6.3 Displacement"): a section's place is no other section's

_SECTIONS = ("Final report\nThe Lakeside Review, 30 July 2015.\n\n"
             "1.1 Deaths\nRiots broke out on 4 July. In Kitale, community leaders said they had buried 40 people. "
             "Health officials say their hospitals treated 300 people for injuries.\n\n"
             "1.2 Displacement and destruction\nOfficials said 4,000 people had fled their homes.\n")


def test_a_numbered_section_borrows_no_place_from_another():
    assert _claims(_SECTIONS, date(2015, 7, 30))["4,000"][1] is None


def test_without_section_numbers_the_place_goes_on():
    text = _SECTIONS.replace("1.1 Deaths\n", "").replace("1.2 Displacement and destruction\n", "")
    assert _claims(text, date(2015, 7, 30))["4,000"][1] == "Kitale"


# --- "The siege ended four days later": the incident ran over days, its month dates the story's tolls

_SIEGE = ("Letter to members\nThe Lakeside Review, 30 July 2015.\n\n"
          "On Monday 6 July gunmen seized the depot at Kitale and took 40 workers hostage. The siege ended four days "
          "later, when troops stormed the depot.\n\n"
          "Troops killed 12 of the gunmen, the army said.")


def test_a_siege_ended_days_later_dates_its_tolls_by_the_month():
    got = _claims(_SIEGE, date(2015, 7, 30))
    assert got["12"][0] == "2015-07"
    assert got["40"][0] == "2015-07-06"  # (the lead's own count keeps its day)


def test_a_siege_into_the_next_month_gives_no_month_and_one_without_an_end_its_day():
    from extract.sentences import split_sentences
    from extract.datesaid import incident_date

    text = _SIEGE.replace("Monday 6 July", "Tuesday 30 June")
    assert incident_date(text, tuple(split_sentences(text)), date(2015, 7, 30))[2] is None
    got = _claims(_SIEGE.replace("The siege ended four days later, when troops stormed the depot.",
                                 "Troops stormed the depot."), date(2015, 7, 30))
    assert got["12"][0] == "2015-07-06"


# --- "detained 18,000 people in the following months": the aftermath's count takes no scene's place

_AFTERMATH = ("Kitale, 4 July 1975: the riot\nThe Lakeside Review, 4 July 2015.\n\n"
              "On 4 July 1975 soldiers fired on a crowd at the market in Kitale, killing 12 people. "
              "Police detained 300 people in the following months.")


def test_a_count_over_the_following_months_borrows_no_place():
    assert _claims(_AFTERMATH, date(2015, 7, 4))["300"][1] is None
    text = _AFTERMATH.replace("in the following months", "in the months that followed")
    assert _claims(text, date(2015, 7, 4))["300"][1] is None


def test_a_count_over_the_following_weeks_keeps_the_scene():
    text = _AFTERMATH.replace("in the following months", "in the weeks that followed")
    assert _claims(text, date(2015, 7, 4))["300"][1] == "Kitale"
