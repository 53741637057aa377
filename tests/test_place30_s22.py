"""Session 22, helper place30: places of events in batch 30's kinds of report (rules of language, each with a
positive and a negative test on sentences written for them: no gold, seed or held-out text)."""

from __future__ import annotations

from placehelpers import names as _names, location as _location


# --- a name the document gives a person after a title is no place anywhere in it ---

def test_a_compound_rank_makes_a_person_of_a_town_name() -> None:
    # "Dyer" is a town of the gazetteer; "Major-General Walter Dyer" is a man, so "Dyer led" is no place
    text = ("Troops under Major-General Walter Dyer fired on marchers in Ludhiana in 1921.\n\n"
            "Dyer led 120 soldiers into the square, and they killed 30 people.")
    assert "Dyer" not in _names(text)
    assert "Ludhiana" in _names(text)


def test_an_inspector_is_a_person() -> None:
    text = "Inspector Ali Hamid was buried in Kuching. Police said 12 officers died in the raid near Sibu."
    assert "Hamid" not in _names(text)


def test_a_town_without_a_title_stays_a_place() -> None:
    text = "Gunmen killed 14 people in Dyer on Monday, police said."
    assert "Dyer" in _names(text)
    assert _location(text, "14") == "Dyer"


def test_a_given_name_before_a_relative_clause_is_a_person() -> None:
    text = ("Hama Rashid Karimi, who chaired the inquiry, put the toll at about 600. "
            "Troops killed 40 people in Kirkuk that week.")
    assert "Hama" not in _names(text)
    assert _location(text, "40") == "Kirkuk"


def test_a_place_part_before_a_relative_clause_keeps_the_place() -> None:
    # "Homs Old City, who" is bad English but a place's part, not a person's name: Homs stays a place
    text = "Residents of Homs Old City, who fled last year, say 25 people were killed in Homs on Friday."
    assert "Homs" in _names(text)


# --- a headline naming the incident's people by their place ("the wounded of X") gives the story its place ---

def test_the_dead_of_a_town_in_a_headline_places_the_story() -> None:
    text = ("Nurse who tended the dead of Halabja retires at 70\n\n"
            "Leyla Aziz, who worked at the clinic for forty years, retired on Friday.\n\n"
            "She said 60 people were killed that morning, and she counted them herself.")
    assert _location(text, "60") == "Halabja"


def test_a_town_merely_named_in_a_headline_is_not_the_story_place() -> None:
    text = ("Nurse from Halabja retires at 70\n\n"
            "Leyla Aziz, who worked at the clinic for forty years, retired on Friday.\n\n"
            "She said 60 people were killed that morning, and she counted them herself.")
    assert _location(text, "60") is None


# --- a force "sent to the city" points back at the town named before, however far back ---

_FAR = ("Protests began in Mosul on Monday. The students marched to the governor's office. They sang. They waited. "
        "Nobody came out. Night fell. The crowd grew.\n\n")


def test_a_force_sent_to_the_city_is_the_towns() -> None:
    assert _location(_FAR + "The ministry put the force sent to the city at some 4,000 soldiers.", "4,000") == "Mosul"


def test_a_force_without_the_city_borrows_no_far_town() -> None:
    assert _location(_FAR + "The ministry put the force at some 4,000 soldiers.", "4,000") is None


# --- where the unrest was set off lends its place to no other sentence ---

def test_the_town_that_set_off_the_riots_is_not_the_tolls() -> None:
    text = ("The government said riots in Quito and other cities had killed 50 people by Thursday. "
            "A rise in bread prices on Monday in Latacunga, a market town south of the capital, set off the protests. "
            "The interior minister said 61 people had been killed.")
    assert _location(text, "61") == "Quito"


def test_a_town_without_a_verb_of_setting_off_is_lent() -> None:
    text = ("The government said riots in Quito and other cities had killed 50 people by Thursday. "
            "A rise in bread prices on Monday in Latacunga, a market town south of the capital, angered traders. "
            "The interior minister said 61 people had been killed.")
    assert _location(text, "61") == "Latacunga"


def test_the_sparking_towns_own_count_keeps_it() -> None:
    text = "Police killed 3 students in Latacunga, which sparked the riots."
    assert _location(text, "3") == "Latacunga"


# --- a neighbourhood named with "Gardens" or "Heights" is a place, more specific than its city ---

def test_a_gardens_neighbourhood_beats_its_city() -> None:
    text = ("Police said 19 people were killed during the raid on Riverside Gardens, since troops entered the "
            "East Port Harcourt area on Monday. Another 31 were detained.")
    assert _location(text, "19") == "Riverside Gardens"
    assert _location(text, "31") == "Riverside Gardens"


def test_a_heights_neighbourhood_is_a_place() -> None:
    text = "Troops stormed Korogocho Heights, north of Nairobi, on Sunday. Police said 7 people died."
    assert _location(text, "7") == "Korogocho Heights"


def test_lower_case_gardens_name_no_place() -> None:
    assert _location("Shelling killed 7 people in the gardens of Hama on Sunday.", "7") == "Hama"


# --- a count over a country "since the unrest began" is the whole country's ---

_PALACE = "Guards fired on marchers in Bamako on Saturday, killing 20 people. "


def test_a_country_since_the_unrest_began_is_the_whole_country() -> None:
    text = _PALACE + "The agency estimates that more than 90 people have died in Mali since the unrest began."
    assert _location(text, "90") == "Mali"


def test_a_country_without_the_whole_span_lends_the_town() -> None:
    text = _PALACE + "The agency estimates that more than 90 people have died in Mali this weekend."
    assert _location(text, "90") == "Bamako"


# --- a village named at the scene of harm, then "in" the town it lies in ---

def test_a_village_in_a_town_is_the_scene() -> None:
    text = "Five soldiers were killed in an ambush at Kampung Lorong in Semporna on Sunday night."
    assert _location(text, "Five") == "Kampung Lorong"


def test_a_month_after_the_scene_is_no_town() -> None:
    text = "Five soldiers were killed in an ambush at Kampung Lorong in March."
    assert _location(text, "Five") == "Kampung Lorong"
    text = "Five soldiers were killed in an ambush in Semporna in March."
    assert _location(text, "Five") == "Semporna"


# --- a self-styled polity named by its land is a party, not a place ---

_STANDOFF = "Police said 30 gunmen were killed in Lahad Datu on Friday. "


def test_a_sultanate_is_no_place() -> None:
    text = _STANDOFF + "A spokesman for the self-proclaimed Sulu sultanate said only 8 of its men had died."
    assert "Sulu" not in _names(text)
    assert _location(text, "8") == "Lahad Datu"


def test_the_province_itself_stays_a_place() -> None:
    text = _STANDOFF + "In Sulu, soldiers said 8 of the rebels had died."
    assert _location(text, "8") == "Sulu"


# --- "<Name>, a walled garden in <Town>" is a place; "the <last word>" later is its short form ---

_GARDEN = "Police fired on marchers in the Company Bagh, a public garden in Lahore, on Friday morning.\n\n"


def test_an_apposed_garden_is_a_site() -> None:
    assert "Company Bagh" in _names(_GARDEN)


def test_the_short_form_is_written_in_full() -> None:
    text = _GARDEN + "Officers said that 12 people had died in the Bagh."
    assert _location(text, "12") == "Company Bagh"


def test_a_town_without_the_article_keeps_its_name() -> None:
    text = _GARDEN + "Officers said that 12 people had died in Bagh, a town in Kashmir, the same day."
    assert _location(text, "12") == "Bagh"


def test_the_short_form_without_the_full_name_stays_the_town() -> None:
    assert _location("Officers said that 12 people had died in the Bagh.", "12") == "Bagh"


# --- "in the capital" points back at the town named before, as "in the city" does ---

_RIOTS = ("Riots broke out in Lima and other cities on Monday. Prices had doubled. Unions called a strike. "
          "Banks closed. Schools shut. The army was called in.\n\n")


def test_shops_in_the_capital_are_the_towns() -> None:
    assert _location(_RIOTS + "Traders said more than 40 shops in the capital were burned.", "40") == "Lima"


def test_shops_without_the_capital_borrow_no_far_town() -> None:
    assert _location(_RIOTS + "Traders said more than 40 shops were burned.", "40") is None


# --- a named palace or morgue is a site; "the capital's main hospital" points back at the capital ---

_SHOOTING = "Guards opened fire on marchers in Bamako outside the Koulouba palace on Saturday. "


def test_a_named_palace_is_the_scene() -> None:
    assert _location(_SHOOTING + "The ministry said 31 people were killed in the shooting.", "31") == "Koulouba palace"


def test_a_named_morgue_keeps_its_count() -> None:
    text = "Volunteers said they had seen 80 bodies at the Sogoniko morgue alone."
    assert _location(text, "80") == "Sogoniko morgue"


def test_its_morgue_is_no_name() -> None:
    text = "Its morgue held 80 bodies, a doctor in Bamako said."
    assert "Its morgue" not in _names(text)


def test_the_capitals_hospital_is_the_capitals() -> None:
    text = _SHOOTING + "The capital's main hospital received 90 of the wounded, doctors said."
    assert _location(text, "90") == "Bamako"


def test_the_capitals_mayor_points_at_no_town() -> None:
    text = _SHOOTING + "The capital's mayor said 90 people were wounded in the shooting."
    assert _location(text, "90") == "Koulouba palace"


# --- a small foreign namesake that begins the name of a neighbourhood the report names is that neighbourhood ---

_RAID = "Police said 9 people were killed in the raid on Tivoli Heights, in Kingston, on Monday. "


def test_a_far_namesake_is_the_neighbourhood_in_full() -> None:
    assert _location(_RAID + "In Tivoli, residents said 20 homes were burned.", "20") == "Tivoli Heights"


def test_the_namesake_alone_keeps_its_name() -> None:
    text = "Police said 9 people were killed in Kingston on Monday. In Tivoli, residents said 20 homes were burned."
    assert _location(text, "20") == "Tivoli"
