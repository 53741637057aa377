"""Session 27 (where38): location and event_date rules, with sentences of our own."""

from __future__ import annotations

from datetime import date

from extract import extract_claims
from extract.placetold import event_mentions


def _dates(text: str, published: date) -> dict[str, str | None]:
    return {c.number_text: c.to_dict()["event_date"] for c in extract_claims(text, published=published)}


def _places(text: str, published: date | None = None) -> dict[str, str | None]:
    return {c.number_text: c.to_dict()["location"] for c in extract_claims(text, published=published)}


def _named(text: str) -> list[str]:
    return [text[m.start : m.end] for m in event_mentions(text)]


# notplaces.aircraft_type: a name after a model designator, or before "transport planes", is the aircraft's type.
def test_name_after_a_model_designator_is_no_place() -> None:
    text = "At dawn two C-130 Hercules landed at Goma airport with 90 paratroopers aboard."
    assert "Hercules" not in _named(text)
    assert _places(text)["90"] != "Hercules"


def test_name_before_transport_planes_is_no_place() -> None:
    assert "Hercules" not in _named("The air force sent three Hercules transport planes to Kindu with 200 soldiers.")


def test_a_road_number_keeps_its_town() -> None:
    assert "Damascus" in _named("Rebels killed 20 soldiers at a checkpoint on the M-5 Damascus highway.")


def test_a_town_after_a_plain_count_stays() -> None:
    assert "Hercules" in _named("Flooding in Hercules forced 300 residents from their homes.")


# placescope.refuge: a stop on the way out ("by way of Nairobi", "via Djibouti") lends its place to no other sentence.
def test_a_stop_on_the_way_home_is_not_the_scene() -> None:
    text = ("Commandos landed at Kisumu before dawn. The assault lasted an hour. The guards fought back. Two soldiers "
            "were killed and six were wounded. The pilots waited on the runway. The freed captives were flown home by "
            "way of Mombasa.")
    got = _places(text)
    assert got["Two"] != "Mombasa" and got["six"] != "Mombasa"


def test_evacuated_via_is_not_the_scene() -> None:
    text = ("Militia fighters attacked the mission in Kisumu. The gate was forced. The guards fought back. Four guards "
            "were killed. The radio was cut. The staff were later evacuated via Nakuru.")
    assert _places(text)["Four"] == "Kisumu"


def test_a_town_a_convoy_passed_through_in_the_fight_stays() -> None:
    text = "The convoy was ambushed as it passed through Kindu; 12 soldiers were killed."
    assert _places(text)["12"] == "Kindu"


# placementions._actor: a place's official history or records speak for its government.
def test_official_history_of_a_capital_is_a_source() -> None:
    text = "Hanoi's official history gives 62 killed for the battle; the regiment's own diary says 40."
    assert "Hanoi" not in _named(text)


def test_a_town_history_of_floods_stays_a_place() -> None:
    assert "Mosul" in _named("Mosul's history of floods is long: 30 people died there in 1999.")


# placefacility: a plantation or a farm "at <Name>" names a place, and "in the plantation" later points back at it.
def test_plantation_at_a_name_is_a_place() -> None:
    text = "The patrol of 80 soldiers was ambushed in heavy rain in the rubber plantation at Nyabondo."
    assert _places(text)["80"] == "Nyabondo"


def test_in_the_plantation_points_back_at_the_named_one() -> None:
    text = ("On 3 May the patrol was ambushed in the tea plantation at Kaburu. The fight lasted two hours. The company "
            "commander called for air support. A spotter plane circled overhead. The rain grew heavier. Reinforcements "
            "arrived after dark. At first light the soldiers found 31 bodies in the plantation.")
    assert _places(text)["31"] == "Kaburu"


def test_two_plantations_named_leave_the_anaphor_unresolved() -> None:
    text = ("Fighting spread from the plantation at Kaburu to the plantation at Lembus. The rain grew heavier. "
            "Reinforcements arrived after dark. The radio was down. Supplies ran low. The wind rose. "
            "Troops found 31 bodies in the plantation.")
    assert _places(text)["31"] not in ("Kaburu", "Lembus")


# placekinds: a named shopping centre or mall is a site, more specific than its town.
def test_named_shopping_centre_is_a_site() -> None:
    text = "Gunmen stormed the Kiwanja shopping centre in Kampala, killing at least 12 people."
    assert _places(text)["12"] == "Kiwanja shopping centre"


def test_named_mall_is_a_site() -> None:
    text = "A bomb at the Garden City Mall in Lagos wounded 23 shoppers."
    assert _places(text)["23"] == "Garden City Mall"


def test_a_lower_case_mall_names_no_site() -> None:
    text = "A bomb at a crowded mall in Lagos wounded 23 shoppers."
    assert _places(text)["23"] == "Lagos"


# placeseat._named_body_in: a church or a body's name after "At" is where the count was, not a seat that speaks.
def test_at_a_named_church_in_a_town_is_the_scene() -> None:
    text = "At St Anne's Church in Kandy, parish officials counted 48 dead."
    assert _places(text)["48"] is not None


def test_a_body_in_a_town_still_speaks_from_its_seat() -> None:
    text = ("Militants shelled Dara village on Monday, killing 9 people. The Syrian Observatory for Human Rights in "
            "London said 9 people were killed.")
    assert "London" not in _named(text)


# dateends: "gave/put/listed N (dead) on <day>" is the day the figure was given, not the event's day.
def test_figures_given_on_later_days_keep_the_event_day() -> None:
    text = ("On 3 March gunmen attacked a bus station in Wadi Halfa. Police gave 41 dead on 4 March and 52 on 6 "
            "March.")
    got = _dates(text, date(2021, 3, 10))
    assert got["41"] == "2021-03-03"
    assert got["52"] == "2021-03-03"


def test_dead_listed_on_a_later_day_keep_the_event_day() -> None:
    text = "A car bomb exploded at the market in Dera on 12 May. The health office listed 27 dead on 14 May."
    assert _dates(text, date(2022, 5, 20))["27"] == "2022-05-12"


def test_killed_on_a_day_stays_the_event_day() -> None:
    text = "Gunmen killed 17 villagers on 4 March near Wadi Halfa."
    assert _dates(text, date(2021, 3, 10))["17"] == "2021-03-04"


# datesaid._clause_said: "; on <day> <subject> revised the toll" is the day the figure was revised.
def test_clause_after_semicolon_revising_the_toll() -> None:
    text = ("On 3 March gunmen attacked a bus station in Wadi Halfa. Police first counted 41 dead; on 6 March the "
            "health ministry revised the toll to 38.")
    assert _dates(text, date(2021, 3, 10))["38"] == "2021-03-03"


def test_clause_after_semicolon_with_an_event() -> None:
    text = "Police counted 41 dead in Wadi Halfa; on 6 March gunmen killed 12 more in Dongola."
    assert _dates(text, date(2021, 3, 10))["12"] == "2021-03-06"


# dateends: a claim of responsibility on a later day tells, it dates no other event: the story's day goes on.
def test_claim_of_responsibility_day_does_not_end_the_story() -> None:
    text = ("On 3 March a suicide bomber struck a wedding hall in Kunduz. A local group claimed the attack in a video "
            "on 5 March.\n\nAround 60 guests were injured.")
    assert _dates(text, date(2021, 3, 20))["60"] == "2021-03-03"


# datefeasts.named_days: a weekday inside a feast's or an event's name is no weekday before publication.
def test_easter_sunday_is_no_last_sunday() -> None:
    text = "The Easter Sunday bombings killed 22 people in Kano."
    assert _dates(text, date(2015, 4, 30))["22"] != "2015-04-26"


def test_a_plain_sunday_still_resolves() -> None:
    text = "Gunmen killed 14 people in Kano on Sunday."
    assert _dates(text, date(2015, 4, 30))["14"] == "2015-04-26"


# dateends: a document dated to the day ("their statement of 15 April 2013") is a telling, no event: the incident goes on.
def test_a_statement_of_an_earlier_day_does_not_date_the_story() -> None:
    text = ("Gunmen attacked the market in Nakuru yesterday, killing 30 people. The council recalled its statement of "
            "2 March 2012 on an earlier raid. Officials said 12 of the dead were children.")
    got = _dates(text, date(2013, 9, 22))
    assert got["12"] == "2013-09-21"


def test_a_massacre_of_a_day_keeps_its_day() -> None:
    text = "The massacre of 15 April 2013 in Nakuru killed 29 people."
    assert _dates(text, date(2013, 9, 22))["29"] == "2013-04-15"


# placementions._in_a_name: an airline or a newspaper named for a country or a town is no place of the events.
def test_air_and_a_country_is_an_airline() -> None:
    assert "Kenya" not in _named("Air Kenya says 12 passengers were hurt when the plane skidded off the runway.")
    assert "France" not in _named("The Air France crew stayed with the 40 hostages.")


def test_country_airways_is_an_airline() -> None:
    assert "Kenya" not in _named("Kenya Airways flew 300 evacuees out of the capital.")


def test_a_newspaper_named_for_a_town_is_no_place() -> None:
    text = ("Corrections: rebel toll was 14\nThe Nakuru Evening Ledger, Monday 3 May 2014.\n\nOur story said 14 soldiers "
            "died. Most were from the Nakuru area.")
    starts = [m.start for m in event_mentions(text)]
    assert text.index("Nakuru") not in starts


def test_a_monitor_named_for_its_region_keeps_the_region() -> None:
    assert "Oromia" in _named("The Oromia Conflict Monitor counted 40 dead in the zone.")


def test_an_air_base_in_a_country_stays_a_place() -> None:
    assert "Kenya" in _named("Militants shelled an air base in Kenya, killing 12 soldiers.")


# placeforms.fronted: "At the <Name> (alone)," opening a sentence names a venue, a site, more specific than the town.
def test_at_the_venue_alone_is_the_scene() -> None:
    text = "Gunmen attacked two cafes in Kano and the Marquee. At the Marquee alone, 30 guests were killed."
    assert _places(text)["30"] == "Marquee"


def test_at_the_venue_where_one_speaks_is_no_scene() -> None:
    text = "At the Pentagon, a spokesman said 40 troops were killed in Helmand province."
    assert _places(text)["40"] != "Pentagon"
