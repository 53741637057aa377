"""Where the event was (session 6): a speaker's seat, a news desk, where casualties were ferried, the other side
of a war, entries of a live page or of agency briefs, items of a list, lists of places with commas, and a town
whose name holds a country's. Each rule on sentences written for it, and the cases it must not reach."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from extract.entryscope import bullet_item, opens_entry
from extract.gazetteer import gazetteer
from extract.placelists import list_end
from place_probe import place_of as _place

# --- the seat of a speaking institution ------------------------------------------------------------------------


def test_headquarters_at_a_town_that_speaks_is_not_the_place() -> None:
    text = ("Raiders torched the market in Kidal on Sunday. "
            "Army headquarters at Gao said 8 traders were shot dead.")
    assert _place(text, "8") == "Kidal"


def test_a_government_in_its_capital_counting_is_not_the_place() -> None:
    text = "The government in Nairobi now counts 40 herders killed in the raids."
    assert _place(text, "40") is None


def test_a_headquarters_that_was_attacked_is_the_place() -> None:
    # no verb of saying after it: the headquarters is where it happened
    text = "A car bomb at the army headquarters in Mosul killed 12 soldiers."
    assert _place(text, "12") == "Mosul"


def test_a_ministry_in_a_city_struck_by_shells_is_the_place() -> None:
    text = "Shells hit the ministry in Kharkiv, wounding 6 clerks."
    assert _place(text, "6") == "Kharkiv"


# --- a news desk, and where casualties were ferried ------------------------------------------------------------


def test_a_news_desk_in_a_city_is_not_the_place() -> None:
    text = "Riverside Post, Lagos desk\n\nGunmen killed 17 villagers in Zamfara state overnight."
    assert _place(text, "17") == "Zamfara state"
    text2 = "Riverside Post, Lagos desk\n\nGunmen killed 17 villagers overnight, police said."
    assert _place(text2, "17") is None


def test_hospitals_casualties_were_ferried_to_are_not_the_place() -> None:
    text = ("Medics said the dead number 31. Buses are ferrying the wounded 90 km north to hospitals in Mosul, "
            "where doctors appealed for blood.")
    assert _place(text, "31") is None


def test_a_bus_convoy_attacked_in_a_city_is_the_place() -> None:
    text = "Trucks carrying aid were attacked in Mosul, and 5 drivers died."
    assert _place(text, "5") == "Mosul"


# --- the other side of a war ------------------------------------------------------------------------------------


def test_the_country_a_war_is_with_is_not_the_place() -> None:
    text = "Officials say 59 citizens were killed in last week's border fighting with Tajikistan."
    assert _place(text, "59") is None


def test_fighting_in_a_country_is_the_place() -> None:
    text = "Officials say 59 citizens were killed in last week's fighting in Tajikistan."
    assert _place(text, "59") == "Tajikistan"


# --- entries of a live page or of briefs ---------------------------------------------------------------------


def test_a_brief_naming_no_place_borrows_none_from_the_brief_before() -> None:
    text = ("Briefs, Tuesday\n\n"
            "MOSUL, 0915 - Soldiers detained 40 men in raids in Mosul on Monday.\n\n"
            "PARIS, 1120 - The defence minister said 300 more troops would be sent.\n")
    assert _place(text, "300") is None
    assert _place(text, "40") == "Mosul"


def test_a_live_entry_naming_no_place_borrows_none_from_the_next_entry() -> None:
    text = ("21:05 - Medics: the dead number 16.\n\n"
            "20:40 - Witnesses in Kherson describe 4 explosions near the port.\n")
    assert _place(text, "16") is None


def test_sentences_of_one_entry_share_its_place() -> None:
    text = "21:05 - A drone struck a bus depot in Kherson. Medics said 16 people died.\n"
    assert _place(text, "16") == "Kherson"


def test_opens_entry_needs_a_line_start_and_a_stamp() -> None:
    text = "At 19:40 - as planned - the raid began.\nBELFAST, 1015 - Troops moved in.\n19.40 GMT - Calm.\nNEWS - x"
    assert not opens_entry(text, 0)
    assert opens_entry(text, text.index("BELFAST"))
    assert opens_entry(text, text.index("19.40 GMT"))
    assert not opens_entry(text, text.index("NEWS"))


@settings(max_examples=60, deadline=None)
@given(st.text(alphabet="0123456789:,.- \nABCDabcd", max_size=40), st.integers(min_value=0, max_value=40))
def test_entry_tests_never_fail_on_any_text(text: str, pos: int) -> None:
    pos = min(pos, len(text))
    assert opens_entry(text, pos) in (True, False)
    assert bullet_item(text, pos) in (True, False)


# --- items of a list --------------------------------------------------------------------------------------------


def test_a_list_item_borrows_no_other_items_place() -> None:
    text = ("The police gave these figures for the night:\n"
            "- Shops looted: 23 (Kisumu)\n"
            "- Arrests: 61\n")
    assert _place(text, "61") is None
    assert _place(text, "23") == "Kisumu"


def test_a_sentence_after_an_ordinary_line_still_borrows() -> None:
    text = "A bomb exploded in Kisumu on Friday.\nPolice said 9 people were wounded.\n"
    assert _place(text, "9") == "Kisumu"


# --- lists of places with commas -------------------------------------------------------------------------------


def test_a_list_of_towns_with_commas_is_kept_whole() -> None:
    text = "Jets flew 80 sorties over Aleppo, Homs and Hama in the first week."
    assert _place(text, "80") == "Aleppo, Homs and Hama"


def test_a_list_with_a_town_the_gazetteer_lacks_in_the_middle() -> None:
    text = "Jets flew 80 sorties over Aleppo, Qarqafta and Hama in the first week."
    assert _place(text, "80") == "Aleppo, Qarqafta and Hama"


def test_a_plural_kind_makes_every_name_of_the_list_a_place() -> None:
    text = "Researchers took 900 testimonies in the villages of Kidal, Tessalit and Aguelhok."
    assert _place(text, "900") == "Kidal, Tessalit and Aguelhok"


def test_a_town_and_its_country_are_not_a_list() -> None:
    assert _place("A bomb in Kabul, Afghanistan, killed 9 people.", "9") == "Kabul"
    text = "A bomb in Kabul, the capital, and a mine near Herat killed 9 people."
    assert _place(text, "9") != "Kabul, the capital, and a mine near Herat"


def test_list_end_without_a_comma_is_the_place_itself() -> None:
    assert list_end("in Homs and Hama", 3, 7, [], 1) == 7


# --- a town whose name holds a country's ------------------------------------------------------------------------


def test_san_salvador_is_the_capital_not_the_country() -> None:
    found = [(m.place.canonical, m.place.precision) for m in gazetteer().mentions("Shelling in San Salvador.")]
    assert found == [("San Salvador", "city")]


def test_el_salvador_is_still_the_country() -> None:
    found = [(m.place.canonical, m.place.precision) for m in gazetteer().mentions("Troops in El Salvador.")]
    assert found == [("El Salvador", "country")]


# --- a partitive part, a time zone, a country as a whole, regions the gazetteer now knows ------------------------


def test_a_partitive_part_has_its_own_place() -> None:
    text = "Troops detained 500 men across Northern Ireland on Monday, 120 of them in Belfast."
    assert _place(text, "500") == "Northern Ireland"
    assert _place(text, "120") == "Belfast"


def test_a_time_zone_is_not_a_place() -> None:
    text = "Live page, times are Kyiv time\n\nThe regional governor says 12 people were hurt."
    assert _place(text, "12") is None


def test_a_town_with_time_as_a_word_after_it_in_a_clause_is_still_a_place() -> None:
    assert _place("Shelling hit Kharkiv time and again, killing 4 people.", "4") == "Kharkiv"


def test_the_country_as_a_whole_borrows_no_town() -> None:
    text = ("Soldiers burned 40 houses in Nebaj in 1982. "
            "A commission estimated that 200,000 people were killed in the country as a whole.")
    assert _place(text, "200,000") is None


def test_regions_the_gazetteer_lacked() -> None:
    for written, name in (("in North Sinai", "North Sinai"), ("across Aceh", "Aceh"),
                          ("in Northern Ireland", "Northern Ireland")):
        got = [m.place for m in gazetteer().mentions(written)]
        assert [(p.name, p.precision) for p in got] == [(name, "admin1")], written


# --- names a plural kind lists are places everywhere; a list counted back; a list's later member -----------------


def test_names_listed_after_a_plural_kind_are_places_wherever_named() -> None:
    text = ("Our teams visited the villages of Tessalit, Aguelhok and Anefis. "
            "Of the 9,000 people who lived in Tessalit, Aguelhok and Anefis, about 4,000 fled.")
    assert _place(text, "4,000") == "Tessalit, Aguelhok and Anefis"


def test_a_later_member_of_a_list_gives_the_whole_list() -> None:
    text = "Jets flew 80 sorties over Aleppo, Homs and Hama; 12 people died in Hama, medics said."
    assert _place(text, "80") == "Aleppo, Homs and Hama"


def test_the_three_municipalities_are_the_list_of_three_named_before() -> None:
    text = ("We took testimonies in the municipalities of Tessalit, Aguelhok and Anefis. "
            "Fighting also reached Kidal.\n\n"
            "Results. We recorded 61 massacres in the three municipalities.")
    assert _place(text, "61") == "Tessalit, Aguelhok and Anefis"


def test_a_counted_list_of_another_size_is_not_taken() -> None:
    # no list of two before: the nearest place of the story, as for any sentence naming none
    text = ("We took testimonies in the municipalities of Tessalit, Aguelhok and Anefis. "
            "Fighting also reached Kidal.\n\n"
            "Results. We recorded 61 massacres in the two municipalities.")
    assert _place(text, "61") == "Kidal"


def test_a_plural_kind_without_a_list_adds_no_place() -> None:
    text = "Raiders burned the villages of the valley and killed 14 herders."
    assert _place(text, "14") is None


# --- a town named with an Arabic article after a preposition; a compass direction "of" a town -------------------


def test_a_name_joined_by_an_article_after_in_is_a_town() -> None:
    text = "Witnesses in Tell al-Hawa said 6 gunmen arrived in two trucks."
    assert _place(text, "6") == "Tell al-Hawa"


def test_a_persons_name_with_an_article_is_not_a_town() -> None:
    text = "Commander Abu al-Hassan said 6 gunmen were killed."
    assert _place(text, "6") is None


def test_a_compass_direction_of_a_town_is_kept() -> None:
    text = "Militants killed 14 soldiers at a checkpoint south of Mosul."
    assert _place(text, "14") == "south of Mosul"
    assert _place("Militants killed 14 soldiers in Mosul.", "14") == "Mosul"


# --- a town the gazetteer lacks, named as the scene of harm ----------------------------------------------------


def test_a_name_after_killed_in_is_the_scene() -> None:
    text = "Police said 11 people were shot dead in Glenvarra since Monday."
    assert _place(text, "11") == "Glenvarra"


def test_a_name_after_an_exchange_of_fire_in_is_the_scene() -> None:
    text = "Two soldiers and 1 civilian were killed in an exchange of fire in Drumkeel overnight."
    assert _place(text, "1") == "Drumkeel"


def test_a_month_a_people_or_a_title_is_no_scene() -> None:
    assert _place("At least 8 people were killed in March, officials said.", "8") is None
    assert _place("Officials said 8 people were killed in Israeli strikes.", "8") is None
    assert _place("Breaking: 30+ Killed in Airstrike, activists say.", "30") is None
    assert _place("He said 4 prisoners died in Custody.", "4") is None


def test_a_name_without_harm_before_it_is_no_scene() -> None:
    assert _place("The minister said in Parliament that 40 homes were built.", "40") is None
    assert _place("Farmers in Glenvarra said 40 sheep were sold.", "40") is None


@settings(max_examples=60, deadline=None)
@given(st.text(alphabet="ABCabc ,-'and of villages municipalities in killed\n.", max_size=80))
def test_list_and_scene_scans_never_fail_and_stay_inside_the_text(text: str) -> None:
    from extract.harmscene import harm_scenes
    from extract.placelists import kind_list_names

    for s, e, precision in kind_list_names(text) + harm_scenes(text):
        assert 0 <= s < e <= len(text) and text[s].isupper() and precision in ("village", "city", "district",
                                                                               "site", "admin1")
    assert list_end(text, 0, min(3, len(text)), [], 1) >= min(3, len(text))


def test_a_force_in_the_region_borrows_no_town() -> None:
    text = ("Militants killed 23 soldiers south of Mosul in July. "
            "The army says it has 9,000 troops in the province.")
    assert _place(text, "9,000") is None


def test_the_region_of_a_named_place_is_not_reached() -> None:
    text = "Shelling killed 7 people in the region of Kherson on Monday."
    assert _place(text, "7") is not None


def test_in_the_province_takes_the_province_named_before_not_its_town() -> None:
    text = ("Gunmen attacked a bus in Quetta, in Balochistan, on Monday. "
            "Attacks in the province rose to 171 last year.")
    assert _place(text, "171") == "Balochistan"
    assert _place("Gunmen attacked a bus in Quetta, in Balochistan, on Monday. Police said 12 died.", "12") == "Quetta"


def test_the_common_spelling_of_maarat_al_numan_resolves() -> None:
    got = [(m.place.precision, m.place.admin1) for m in gazetteer().mentions("Jets struck Maarat al-Numan.")]
    assert got == [("city", "Idlib")]
