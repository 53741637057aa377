"""Where the event was, not where it was told (session 5): each rule on sentences written for it, and the cases it
must not reach. Every sentence here is our own."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from extract.placenames import unlisted
from extract.placetold import event_mentions
from place_probe import place_of

_place = place_of  # (tests/place_probe.py)


# --- where a claim was told: a report released, a press conference, a speaker's place ---------------------------


def test_a_report_released_in_a_capital_is_not_where_the_killing_was() -> None:
    text = ("Gunmen killed 14 people in Kidal on Sunday. "
            "Human Rights Watch, in a report published in Berlin on Monday, said 230 civilians had died.")
    assert _place(text, "230") == "Kidal"


def test_reporters_told_in_a_city_is_not_the_event_place() -> None:
    text = ("An air strike hit a market in Malakal, residents said. "
            "The regional governor told reporters in Juba that 19 people were killed.")
    assert _place(text, "19") == "Malakal"


def test_a_press_conference_and_a_speaker_from_a_city() -> None:
    text = ("Shelling destroyed 40 homes in Kherson overnight. "
            "Speaking from Warsaw, the minister said 6 people had died. "
            "At a news conference in Geneva, a UN official put the wounded at 21.")
    assert _place(text, "6") == "Kherson"
    assert _place(text, "21") == "Kherson"


def test_a_survivor_reached_by_telephone_from_the_dateline_city() -> None:
    text = ("Militiamen killed 31 villagers in Djibo on Friday. "
            "Witnesses reached by telephone from Ouagadougou said at least 50 had died.")
    assert _place(text, "50") == "Djibo"


def test_a_guest_with_me_from_a_city_and_talks_held_in_another() -> None:
    text = ("ANCHOR: A bomb killed 4 soldiers near Bannu on Monday. With me from Peshawar is a researcher. "
            "Peace talks resumed in Doha last week. RESEARCHER: The group says it has 2,500 fighters.")
    assert _place(text, "2,500") == "near Bannu"


def test_a_correspondent_named_for_a_city_is_no_place() -> None:
    text = "By our Mombasa correspondent\n\nGunmen killed 9 people at a bus stop, police said."
    assert _place(text, "9") is None


def test_a_place_that_is_where_the_event_was_stays() -> None:
    assert _place("Shelling in Donetsk killed 12 people on Tuesday.", "12") == "Donetsk"
    assert _place("Fighting in Nairobi's Eastleigh district left 7 dead.", "7") == "Eastleigh district"
    # "released" after no document's noun: an offensive launched in a region stays its place
    assert _place("An offensive launched in Kharkiv last week has killed 80 soldiers.", "80") == "Kharkiv"


def test_a_capital_that_speaks_or_a_group_based_there_is_no_place() -> None:
    text = "Rebels attacked Huanta on Friday. Lima says 40 rebels died."
    assert _place(text, "40") == "Huanta"
    text = "Soldiers raided Huanta at dawn. A Lima-based group counted 300 dead."
    assert _place(text, "300") == "Huanta"


def test_a_statement_broadcast_from_a_capital() -> None:
    text = ("Drones struck a fuel depot in Hodeidah. "
            "In a televised statement from Sanaa, a spokesman said 6 workers died.")
    assert _place(text, "6") == "Hodeidah"


def test_a_reporter_who_reported_from_a_city() -> None:
    text = ("By Amina Diallo, who reported from Bamako for a decade\n\n"
            "The war killed some 12,000 people, aid agencies estimate.")
    assert _place(text, "12,000") is None


def test_a_country_before_a_persons_noun_is_a_nationality() -> None:
    text = "Gunmen who kidnapped a Canada national fought troops, leaving 9 soldiers dead."
    assert _place(text, "9") is None
    assert _place("Fighting in Canada and Mali killed 9 soldiers.", "9") is not None


# --- a ship named after a person or a place ------------------------------------------------------------------------


def test_a_ship_named_after_a_place_is_not_a_place() -> None:
    text = ("The campaign around the islands cost 120 lives. "
            "Of them, 40 died in the sinking of the destroyer Sheffield.")
    assert _place(text, "40") is None
    assert _place("Missiles hit HMS Glasgow, killing 5 sailors.", "5") is None
    assert _place("A drone hit the tanker Odesa off the coast, wounding 3.", "3") is None


def test_a_sentence_about_a_ship_borrows_no_other_place() -> None:
    text = ("Shelling killed 3 fishermen at Odesa on 2 June. "
            "Another 40 sailors died in the sinking of the cruiser Sheffield.")
    assert _place(text, "40") is None
    assert _place(text, "3") == "Odesa"


def test_a_ship_in_a_port_keeps_the_port() -> None:
    assert _place("A missile hit a cargo ship in Odesa, killing 2 crew members.", "2") == "Odesa"


# --- where the hurt were flown ------------------------------------------------------------------------------------


def test_where_the_wounded_were_flown_is_not_where_they_were_hurt() -> None:
    text = ("Gunmen attacked the town of Garissa on Sunday night. "
            "At least 30 people were wounded and were flown to Mombasa and Nairobi.")
    assert _place(text, "30") == "Garissa"


def test_hospitals_the_wounded_were_taken_to_in_two_towns() -> None:
    text = ("Gunmen attacked the town of Garissa on Sunday night. "
            "At least 25 people were wounded and taken to hospitals in Kongelai and Mandera.")
    assert _place(text, "25") == "Garissa"
    # taken to a town, with no hospital named: people moved, and the sentence's own place stays
    assert _place("Soldiers took 14 prisoners to Mandera.", "14") == "Mandera"


def test_a_hospital_the_wounded_were_airlifted_to_and_its_town() -> None:
    text = ("A roadside bomb hit a patrol near Bannu on Monday. "
            "Eleven soldiers were hurt; 4 were airlifted to the Combined Military Hospital in Peshawar.")
    assert _place(text, "4") == "near Bannu"


# --- the ends of a journey --------------------------------------------------------------------------------------


def test_the_ends_of_a_route_are_not_an_event_place() -> None:
    text = ("The bus from Cusco to Puno takes eight hours. "
            "The attack left 17 people dead, officials said.")
    assert _place(text, "17") is None


# --- the dateline is where it happened when the story says "this town" -----------------------------------------


def test_a_dateline_town_the_story_calls_this_town() -> None:
    text = ("GARISSA — Gunmen who raided this market town on Saturday killed 22 people, police said.\n\n"
            "Another 9 were wounded.")
    assert (_place(text, "22") or "").casefold() == "garissa"
    assert (_place(text, "9") or "").casefold() == "garissa"


def test_a_dateline_city_without_this_town_stays_out() -> None:
    text = "PARIS (Wire) — Armed men killed 85 people in the village of Bentoua, the government said."
    assert _place(text, "85") == "Bentoua"
    assert _place("PARIS (Wire) — A bomb killed 12 people, officials said.", "12") is None


def test_a_dateline_city_that_the_story_names_again() -> None:
    assert _place("KABUL — A bomb in Kabul killed 12 people on Friday.", "12") == "Kabul"


def test_an_unknown_dateline_town_is_kept_as_written() -> None:
    text = "NGOUBOUA — Fighters attacked this fishing village at dawn, killing 8 people."
    assert (_place(text, "8") or "").casefold() == "ngouboua"


# --- fronted places, "<Name> area", seas ------------------------------------------------------------------------


def test_a_place_fronted_by_in_and_a_comma() -> None:
    text = "In Huambiri, in May 1989, soldiers killed 41 farmers."
    assert _place(text, "41") == "Huambiri"
    text = "In Tchali, on Friday, gunmen killed 6 herders. Later, 3 more died in hospital."
    assert _place(text, "3") == "Tchali"


def test_a_month_or_a_language_fronted_is_no_place() -> None:
    assert _place("In January, fighting killed 300 people.", "300") is None
    assert _place("In English, the toll of 40 reads differently.", "40") is None


def test_a_name_with_area_is_a_place_but_a_people_is_not() -> None:
    assert _place("A raid in the Dabanga area killed 13 people.", "13") == "Dabanga"
    assert _place("A raid in the Kurdish area killed 13 people.", "13") is None


def test_a_sea_is_a_place_and_a_town_beats_it() -> None:
    assert _place("Jets shot down 9 drones over the southern Red Sea on Tuesday.", "9") == "southern Red Sea"
    assert _place("A boat sank in the Gulf of Aden with 30 migrants aboard.", "30") == "Gulf of Aden"
    assert _place("Two missiles hit Mokha on the Red Sea coast, killing 4.", "4") == "Mokha"


# --- properties -------------------------------------------------------------------------------------------------


_WORDS = st.sampled_from(["In", "Kabul", "the", "ship", "from", "to", "told", "reporters", "in", "HMS", "Sea",
                          "Red", ",", "—", "flown", "Nairobi", "this", "town", "area", "Dabanga", "\n", "KABUL"])


@settings(max_examples=60, deadline=None)
@given(st.lists(_WORDS, max_size=30))
def test_event_mentions_are_a_subset_in_order(words: list[str]) -> None:
    """Whatever the text, the event mentions are the document's mentions less some (plus the dateline's), in order,
    each inside the text; the unlisted places lie inside it too."""
    text = " ".join(words)
    got = event_mentions(text)
    assert [m.start for m in got] == sorted(m.start for m in got)
    for m in got:
        assert 0 <= m.start < m.end <= len(text)
    for m in unlisted(text, []):
        assert 0 <= m.start < m.end <= len(text)
