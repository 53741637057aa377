"""Session 24, batch 32's sides and sections (sentences written for these tests, not taken from any gold text, the
held-out or the seeds)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from extract import extract_claims
from extract.sections import split_sections


def _sides(text: str) -> dict[str, tuple[str, str, str]]:
    return {c.number_text: (c.measure, c.subject, c.side) for c in extract_claims(text)}


def _kind_at(text: str, needle: str) -> str:
    at = text.index(needle)
    return next(s.kind for s in split_sections(text) if s.start <= at < s.end)


# --- a wire series' numbered entries: "UPDATE n (hh:mm) - " opens an update, as "UPDATE 1530 GMT:" does

_SERIES = ("Wire series: blasts in the port city\n"
           "Coastal News Service, Tuesday 4 March 2014. The entries below moved on our wire overnight.\n\n"
           "FLASH 1 (22:10 Monday) VARNO - A blast has hit the ferry terminal in Varno, witnesses say.\n\n"
           "UPDATE 2 (01:30) - Port officials said 12 people were killed in the blast at the ferry terminal.\n\n"
           "UPDATE 3 (04:05) - The mayor said 40 people were being treated in the city hospital.\n")


def test_a_numbered_update_entry_with_its_time_in_brackets_is_an_update():
    assert _kind_at(_SERIES, "12 people") == "update"
    assert _kind_at(_SERIES, "40 people") == "update"


def test_a_numbered_update_entry_with_a_colon_is_an_update():
    text = "Clashes in the north\n\nThe army said it had taken the ridge.\n\nUPDATE 2: Medics said 9 people died.\n"
    assert _kind_at(text, "9 people") == "update"


def test_the_flash_entry_before_the_updates_stays_body():
    assert _kind_at(_SERIES, "A blast has hit") == "body"


def test_update_in_prose_at_a_line_start_is_no_stamp():
    text = ("Clashes in the north\n\nThe army said it had taken the ridge.\n\n"
            "Update 4 of the ceasefire plan was never signed, and 9 people died the next day.\n")
    assert _kind_at(text, "9 people") == "body"


def test_a_year_after_update_is_no_entry_number():
    text = "Clashes in the north\n\nThe army said it had taken the ridge.\n\nUpdate 2020 - 9 people died that spring.\n"
    assert _kind_at(text, "9 people") == "body"


@settings(max_examples=60, deadline=None)
@given(st.integers(1, 99), st.integers(0, 23), st.integers(0, 59), st.sampled_from(["-", "–", "—", ":"]))
def test_any_numbered_entry_with_a_time_is_an_update(n: int, hh: int, mm: int, dash: str):
    text = (f"Clashes in the north\n\nThe army said it had taken the ridge.\n\n"
            f"UPDATE {n} ({hh:02d}:{mm:02d}) {dash} Medics said 9 people died.\n")
    assert _kind_at(text, "9 people") == "update"


# --- bombs on nightlife told in the headline: the report's unidentified dead are civilians ([civilian_targets])

_NIGHT = ("Bombs rip through Varno nightclubs, dozens feared dead\n\n"
          "Coastal News Service, Tuesday 4 March 2014. Rescue teams worked through the night in the old port.\n\n")


def test_a_later_toll_of_a_report_of_bombs_on_nightclubs_is_civilian():
    got = _sides(_NIGHT + "By morning the provincial governor said the death toll had reached 64.")
    assert got["64"] == ("killed", "people", "civilian")


def test_a_headline_toll_of_bombs_on_bars_is_civilian():
    got = _sides("Bombs hit two bars in Varno, at least 30 dead\n\nRescue teams worked through the night.")
    assert got["30"][0] == "killed" and got["30"][2] == "civilian"


def test_bombs_on_a_barracks_leave_the_toll_unknown():
    text = ("Bombs rip through Varno barracks, dozens feared dead\n\n"
            "Coastal News Service, Tuesday 4 March 2014. Rescue teams worked through the night in the old port.\n\n"
            "By morning the provincial governor said the death toll had reached 64.")
    assert _sides(text)["64"][2] == "unknown"


def test_bombs_on_nightclubs_and_a_police_post_leave_the_toll_mixed():
    text = ("Bombs hit Varno nightclubs and a police post, dozens feared dead\n\n"
            "Coastal News Service, Tuesday 4 March 2014. Rescue teams worked through the night in the old port.\n\n"
            "By morning the provincial governor said the death toll had reached 64.")
    assert _sides(text)["64"][2] == "unknown"


# --- a toll of which "at least N of them" were civilians is mixed, as "N of them civilians" is

def test_a_toll_with_at_least_some_of_them_civilians_is_mixed():
    got = _sides("Shells fell on the market in Teskor, and the clinic recorded 38 deaths, at least 11 of them civilians.")
    assert got["38"] == ("killed", "people", "unknown")


def test_a_toll_with_about_some_of_them_civilians_is_mixed():
    got = _sides("Shells fell on the market in Teskor, and the clinic recorded 38 deaths, about 11 of them civilians.")
    assert got["38"][2] == "unknown"


def test_a_toll_most_of_them_civilians_stays_civilian():
    got = _sides("Shells fell on the market in Teskor, and the clinic recorded 38 deaths, most of them civilians.")
    assert got["38"][2] == "civilian"


# --- "most of them women and children" says the count is civilians, as "most of them civilians" does

def test_wounded_mostly_women_and_children_are_civilian():
    got = _sides("After the raid on the valley, 64 wounded Hmong, most of them women and children, reached the mission.")
    assert got["64"][0] == "wounded" and got["64"][2] == "civilian"


def test_dead_mainly_women_and_children_are_civilian():
    got = _sides("The fighting around the ridge left 40 people dead, mainly women and children, the priest said.")
    assert got["40"][2] == "civilian"


def test_wounded_some_of_them_women_and_children_stay_unknown():
    got = _sides("After the raid on the valley, 64 wounded Hmong, some of them women and children, reached the mission.")
    assert got["64"][2] == "unknown"


# --- a building named as a ministry's or a council's is government property, not a facility of civilian life

def test_ministry_buildings_damaged_are_no_civilian_facility():
    got = _sides("The car bomb went off outside the finance ministry, and officials said six ministry buildings were damaged.")
    assert got["six"][0] == "damaged" and got["six"][2] == "unknown"


def test_council_buildings_burned_by_rebels_are_no_civilian_facility():
    got = _sides("During the uprising the insurgents burned 14 district council buildings across the province.")
    assert got["14"][2] == "unknown"


def test_houses_damaged_by_the_same_bomb_stay_civilian():
    got = _sides("The car bomb went off outside the finance ministry, and officials said six houses were damaged.")
    assert got["six"][2] == "civilian"


# --- a US unit known by a name no other army uses names the US side ([sides] us)

def test_soldiers_of_the_seventh_cavalry_are_us():
    got = _sides("At dawn about 300 soldiers of the Seventh Cavalry rode into the valley of the Tongue River.")
    assert got["300"][0] == "forces" and got["300"][2] == "us"


def test_mortars_placed_by_the_82nd_airborne_the_sentence_before_are_us():
    text = ("Paratroopers of the 82nd Airborne dug in above the town before dawn. "
            "They had placed six mortars on the ridge.")
    assert _sides(text)["six"][2] == "us"


def test_cavalry_of_no_named_army_stays_unknown():
    got = _sides("At dawn about 300 soldiers of the cavalry rode into the valley of the Tongue River.")
    assert got["300"][2] == "unknown"


# --- a rival figure for a toll already told counts the same dead: it takes that toll's side

_MARKET = ("Blast in Varde\n\n"
           "A bomb tore through the crowded market in Varde on Friday, and police counted 52 people dead there. "
           "Divers searched the harbour all night. The ferry did not sail. Schools stayed shut. "
           "The mayor spoke on the radio at noon. ")


def test_a_paper_putting_the_toll_lower_takes_the_side_of_the_toll_before():
    got = _sides(_MARKET + 'A regional paper, citing medics, put the toll lower, at "about 40"; police made no comment.')
    assert got["52"][2] == "civilian"
    assert got["40"] == ("killed", "people", "civilian")


def test_a_higher_figure_of_wounded_takes_the_side_of_the_wounded_before():
    text = ("Blast in Varde\n\nA bomb tore through the crowded market in Varde on Friday, wounding 31 people. "
            "Divers searched the harbour all night. The ferry did not sail. Schools stayed shut. "
            "The mayor spoke on the radio at noon. The health board later gave a higher figure: 45 people were wounded.")
    got = _sides(text)
    assert got["31"][2] == "civilian" and got["45"][2] == "civilian"


def test_a_later_toll_with_no_rival_word_keeps_its_own_side():
    got = _sides(_MARKET + "A regional paper, citing medics, said 40 people had died; police made no comment.")
    assert got["40"][2] == "unknown"


# --- "the regiment's" men: the side named last before in the report, when the sentence names their unit only so

_RIDGE = ("At dawn about 300 soldiers of the Seventh Cavalry rode into the valley of the Tongue River. "
          "The camp was asleep. Snow had fallen overnight. Nobody had posted a guard on the ford. ")


def test_the_regiments_own_dead_take_the_side_named_before():
    got = _sides(_RIDGE + "The regiment's own muster rolls list 12 soldiers dead and 20 wounded.")
    assert got["12"] == ("killed", "troops", "us") and got["20"][2] == "us"


def test_soldiers_dead_with_no_unit_named_stay_unknown():
    got = _sides(_RIDGE + "The muster rolls list 12 soldiers dead and 20 wounded.")
    assert got["12"][2] == "unknown"


def test_the_regiments_dead_after_a_rebel_side_stay_unknown():
    text = ("At dawn about 300 rebels rode into the valley of the Tongue River. The camp was asleep. Snow had "
            "fallen overnight. Nobody had posted a guard on the ford. The regiment's own muster rolls list 12 "
            "soldiers dead.")
    assert _sides(text)["12"][2] != "opposition"
