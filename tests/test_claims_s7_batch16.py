"""Claim-layer rules written after batch 16's first sight (tests/data/firstsight/README.md, "Claim layer").

Every sentence here is written for the test, in other words than the batch's; each rule has sentences it must
not reach. The rules: extract/headrows.py (rows of a table whose heading names the measure), the [rows.nouns]
harm labels ("Murder: 19"), extract/countedby.py (counts with the counter's own verb), extract/splitverbs.py,
extract/withwounds.py, extract/thingverbs.py, extract/ofthese.py, extract/victimsof.py, extract/suchcases.py,
phraseparts.py's under_arms and done_to_numbering, measures.py's facility stock and "the number who ...", the
"Among them were N soldiers" part, and the lexicon's new nouns and verbs (traders, stalls, armoured cars,
rangers, people named by a political role, "took away", "taken from their homes", "newly displaced").
"""

from __future__ import annotations

from datetime import date

import pytest

from extract.headrows import heading_row
from extract.phraseparts import done_to_numbering, under_arms
from extract.triggers import lexicon
from tests.claim_probe import WAR, ClaimProbe

P = ClaimProbe(date(2019, 3, 8))


def kinds(text: str) -> dict[str, tuple[str, str, str]]:
    """number_text -> (measure, subject, side) of the claims of `text`."""
    return P.kinds(text)


def measures(text: str) -> dict[str, str]:
    return P.measures(text)


# --------------------------------------------------------------------------- label rows naming the harm

def test_rows_labelled_by_the_harm_in_the_singular():
    text = WAR + "\n\nCASES THIS MONTH (last month in brackets)\n\nKilling: 12 (4)\nKidnapping: 7 (3)\nArrests: 40\n"
    got = measures(text)
    assert (got["12"], got["4"], got["7"], got["3"], got["40"]) == ("killed", "killed", "captured", "captured",
                                                                      "captured")


def test_harm_rows_need_a_war():
    text = "Annual crime figures for the borough.\n\nMurder: 3\nBurglary: 412\nArrests: 95\n"
    assert measures(text) == {}


# --------------------------------------------------------------------------- rows under a heading

TABLE = WAR + "\n\nDEATHS BY DISTRICT (2018; 2017 in brackets)\n\nKandahar City: 241 (130)\nLashkar Gah: 118\nTotal: 359\n"


def test_rows_under_a_heading_take_its_measure():
    got = kinds(TABLE)
    assert got["241"] == ("killed", "people", "unknown")  # a table's totals mix whoever died there
    assert got["130"][0] == "killed" and got["118"][0] == "killed" and got["359"][0] == "killed"


def test_heading_with_a_verb_of_harm():
    text = WAR + "\n\nPeople displaced by province\n\nNorth: 4,000\nEast: 2,500\n"
    got = measures(text)
    assert got.get("4,000") == "displaced" and got.get("2,500") == "displaced"


@pytest.mark.parametrize("heading", ["MONITORS BY PROVINCE", "POPULATION BY DISTRICT", "Polling stations"])
def test_heading_of_no_harm_gives_no_claim(heading):
    text = WAR + f"\n\n{heading}\n\nKandahar City: 24\nLashkar Gah: 11\n"
    assert measures(text) == {}


def test_heading_rows_stop_at_a_sentence_between():
    text = (WAR + "\n\nDEATHS BY DISTRICT\n\nThe figures below are new and were sent by our staff on the ground today."
            "\nKandahar City: 24\n")
    assert "24" not in measures(text)


def test_heading_rows_need_a_war():
    text = "Results of the county show.\n\nRIBBONS WON BY DISTRICT\n\nNorth: 40\nEast: 25\n"
    assert measures(text) == {}


# --------------------------------------------------------------------------- counts with the counter's verb

def test_events_coded_by_the_writer_are_attacks():
    got = kinds(WAR + "We coded 310 events in the quarter, against 201 in the one before.")
    assert got["310"][:2] == ("attacks", "event") and got["201"][0] == "attacks"


def test_conflict_events_logged_by_anyone():
    assert measures(WAR + "The project logged 1,410 conflict events last year.") == {"1,410": "attacks"}


def test_bare_events_counted_by_others_are_no_claim():
    assert measures("The festival went ahead despite the war: organisers counted 30 events.") == {}


def test_a_bare_count_takes_the_topic_of_the_clause_before():
    got = kinds(WAR + "Airstrikes rose sharply: monitors counted 40 in May, up from 22.")
    assert got["40"][:2] == ("attacks", "airstrike") and got["22"][0] == "attacks"


def test_a_topic_that_is_no_noun_of_the_lexicon_gives_nothing():
    assert measures("The minister spoke at length: we counted 40 in the hall.") == {}


# --------------------------------------------------------------------------- verbs split around the count

@pytest.mark.parametrize("text, number", [
    (WAR + "Boats ferried 2,000 villagers to safety across the lake.", "2,000"),
    (WAR + "Peacekeepers escorted more than 300 women and children to safety.", "300"),
    (WAR + "Soldiers led 45 pupils to safety after the school was shelled.", "45"),
])
def test_people_brought_to_safety_are_displaced(text, number):
    assert measures(text).get(number) == "displaced"


@pytest.mark.parametrize("text, number", [
    (WAR + "Soldiers escorted 12 journalists to the front.", "12"),  # not to safety
    (WAR + "The governor spoke to 40 villagers about safety.", "40"),  # no verb moving them
])
def test_not_brought_to_safety(text, number):
    assert measures(text).get(number) != "displaced"


def test_people_with_wounds_are_wounded():
    got = measures(WAR + "The clinic received 40 patients with severe burns and 12 with shrapnel injuries.")
    assert got.get("40") == "wounded"
    assert measures(WAR + "The field hospital admitted 127 people with gunshot and blast wounds.") == {"127": "wounded"}


@pytest.mark.parametrize("text", [
    WAR + "About 400 families arrived with their belongings.",
    WAR + "The convoy left with 12 children and their mothers.",
])
def test_people_with_no_wounds(text):
    assert "wounded" not in measures(text).values()


def test_a_part_among_the_wounded_is_wounded_not_a_force():
    got = kinds(WAR + "The hospital admitted 90 people with bullet wounds. Among them were 11 soldiers and six children.")
    assert got["11"][0] == "wounded" and got["six"][:2] == ("wounded", "children")


def test_among_them_with_no_count_before_stays_a_force():
    assert measures(WAR + "Among them were 12 soldiers from the north.").get("12") == "forces"


# --------------------------------------------------------------------------- a bare number's own verb

def test_a_bare_number_keeps_its_own_verb_of_things():
    got = kinds(WAR + "Two of the convoy's trucks were hit by mortar fire; one was burned out.")
    assert got["Two"][:2] == ("damaged", "truck") and got["one"][:2] == ("destroyed", "truck")
    got = kinds(WAR + "The navy said three patrol boats had been hit and that one had sunk.")
    assert got["one"][:2] == ("destroyed", "boat")


def test_a_bare_number_of_people_is_left_to_the_rules_of_people():
    got = measures(WAR + "Six soldiers were wounded; two were hit in the legs.")
    assert got.get("two") == "wounded"


def test_more_of_the_same_people_take_their_own_verb():
    got = kinds(WAR + "The army says its troops killed 300 rebels, and that 150 more surrendered in May.")
    assert got["150"][:2] == ("captured", "fighters")


# --------------------------------------------------------------------------- parts and victims named

def test_a_part_named_by_its_predicate():
    got = kinds(WAR + "Deaths reported in May numbered 612. Of these, 388 were civilians.")
    assert got["388"] == ("killed", "civilians", "civilian")


def test_a_predicate_that_names_no_people_is_no_part():
    got = measures(WAR + "The rebels destroyed 40 vehicles. Of these, 12 were tanks.")
    assert got.get("12") != "killed"


def test_killings_of_named_people():
    got = kinds(WAR + "The group documented 19 killings of opposition supporters in May.")
    assert got["19"] == ("killed", "opposition supporters", "civilian")
    assert kinds(WAR + "The group recorded 40 deaths of civilians.")["40"] == ("killed", "civilians", "civilian")


def test_killings_of_no_people_keep_their_own_subject():
    assert kinds(WAR + "The war caused 40 deaths of the kind.")["40"][1] == "people"


def test_such_cases_count_what_was_counted_before():
    got = kinds(WAR + "The radio said rebels had injured 30 farmers; our staff confirmed five such cases.")
    assert got["five"] == ("wounded", "farmers", "civilian")
    got = kinds(WAR + "The militia burned 40 homes in May. Monitors confirmed 12 such incidents.")
    assert got["12"][:2] == ("destroyed", "home")


def test_such_cases_with_no_count_before_are_none():
    assert measures(WAR + "We saw five such cases.") == {}


# --------------------------------------------------------------------------- forces

def test_men_under_arms_are_a_force():
    got = kinds(WAR + "The rebels say they now have some 4,000 men under arms.")
    assert got["4,000"][:2] == ("forces", "fighters")
    assert under_arms(" under arms, they say", 0, 21) and not under_arms(" under the bridge", 0, 17)


def test_men_at_work_are_no_force():
    assert measures(WAR + "The factory has 2,000 men at work.") == {}


@pytest.mark.parametrize("text, number", [
    (WAR + "The garrison held on until reinforcements of about 1,500 arrived by road.", "1,500"),
    (WAR + "A militia group of about 60 youths set fire to the market.", "60"),
])
def test_collective_nouns_of_a_force(text, number):
    assert measures(text).get(number) == "forces"


def test_a_workforce_is_no_force():
    assert measures(WAR + "The mine has a labour force of about 1,500.") == {}


# --------------------------------------------------------------------------- counts named by "number"

def test_people_a_participle_describes_numbered():
    got = kinds(WAR + "Families driven from their farms number close to 9,000, by our count.")
    assert got["9,000"][:2] == ("displaced", "families")
    lex = lexicon()
    text = "Civilians killed in the shelling now total 412"
    assert done_to_numbering(lex, text, 0, text.index("412"))[:3] == ("civilian", "civilians", "kill")


def test_numbered_with_no_participle_is_none():
    assert measures(WAR + "Families in the camp number 400.") == {}


def test_the_number_who_did_something():
    got = measures(WAR + "The refugee agency puts the number who have crossed into Chad since May at roughly 9,000.")
    assert got == {"9,000": "displaced"}
    assert measures(WAR + "Police put the number that were detained at 300.") == {"300": "captured"}


def test_the_number_who_did_no_harm():
    assert measures(WAR + "Officials put the number who attended the rally at 300.") == {}


def test_the_real_number_restated_like():
    got = measures(WAR + "The army says 300 people were displaced. Aid groups think the real number is more like 5,000.")
    assert got.get("5,000") == "displaced"


# --------------------------------------------------------------------------- a facility's stock

def test_a_hospital_has_beds():
    got = measures(WAR + "The district hospital has 120 beds and 14 doctors.")
    assert got.get("120") == "capacity"


@pytest.mark.parametrize("text", [
    WAR + "The hotel has 650 beds.",
    "The new city hospital has 650 beds and a rooftop garden.",  # no war
])
def test_beds_that_are_no_war_capacity(text):
    assert measures(text).get("650") is None


# --------------------------------------------------------------------------- words

@pytest.mark.parametrize("text, number, kind", [
    (WAR + "Gunmen torched 20 market stalls and three lorries.", "20", ("destroyed", "stall", "civilian")),
    (WAR + "Gunmen torched 20 market stalls and three lorries.", "three", ("destroyed", "lorry", None)),
    (WAR + "The rebels torched the depot and took away four traders.", "four", ("captured", "traders", "civilian")),
    (WAR + "Two teachers were taken from their homes by armed men.", "Two", ("captured", "teachers", "civilian")),
    (WAR + "The park says 5 rangers and a guide were killed.", "5", ("killed", "rangers", "unknown")),
    (WAR + "His men destroyed four armoured cars near the bridge.", "four", ("destroyed", "armored vehicle", None)),
    (WAR + "Police detained 40 polling agents in the capital.", "40", ("captured", "polling agents", "civilian")),
    (WAR + "Between 5,000 and 7,000 people were newly displaced in May.", "5,000 and 7,000", ("displaced", "people",
                                                                                           "civilian")),
    (WAR + "Advanced units carried out 6 bombardments on the northern sector.", "6", ("attacks", "bombardment", None)),
])
def test_new_words(text, number, kind):
    got = kinds(text)[number]
    assert got[:2] == kind[:2] and (kind[2] is None or got[2] == kind[2])


def test_foreigners_within_a_count_of_fighters_stay_fighters():
    got = kinds(WAR + "With this, 98 militants have been killed this year, including 26 foreigners.")
    assert got["26"][0] == "killed" and got["26"][1] != "civilians"


def test_heading_row_asks_for_a_colon():
    class Q:  # a number that no colon precedes
        char_start, char_end = 5, 7

    class Ctx:
        text, start = "Total 12 killed", 0

    assert heading_row(Ctx, Q) is None


# --------------------------------------------------------------------------- hostages, mixed tolls, appeals

@pytest.mark.parametrize("text, number", [
    (WAR + "Gunmen had taken dozens of Kurdish villagers hostage near the dam.", "dozens"),
    (WAR + "The militia took 12 traders captive on the road.", "12"),
])
def test_people_taken_hostage(text, number):
    assert measures(text).get(number) == "captured"


def test_taking_photos_of_prisoners_is_no_capture():
    assert measures(WAR + "The reporters took 3 photos of prisoners.") == {}


def test_a_toll_with_soldiers_among_it_is_mixed():
    got = kinds(WAR + "Shelling of the market killed 40 people, including 12 soldiers.")
    assert got["40"][2] == "unknown"
    got = kinds(WAR + "The prosecutor put the death toll at 169, of whom 32 were soldiers and police.")
    assert got["169"][2] == "unknown"


def test_a_toll_with_children_among_it_keeps_its_side():
    got = kinds(WAR + "Shelling of the market killed 40 people, including 12 children.")
    assert got["40"][2] == "civilian"


@pytest.mark.parametrize("text, number, subject", [
    (WAR + "The Red Cross has asked donors for $3 million to feed the displaced.", "$3 million", "appeal"),
    (WAR + "The agency's flash appeal, $20 million, is only a third funded.", "$20 million", "flash appeal"),
    (WAR + "The UN has appealed for $50 million for the north. Donors have pledged $12 million so far.", "$12 million",
     "appeal"),
])
def test_money_asked_for_is_an_appeal(text, number, subject):
    assert kinds(text)[number][:2] == ("funding", subject)


def test_money_given_with_no_appeal_keeps_what_it_pays_for():
    got = kinds(WAR + "The government gave $5 million in emergency aid to the displaced.")
    assert got["$5 million"][1] != "appeal"
    got = kinds(WAR + "The UN has appealed for $50 million for the north. The war has lasted 40 days.")
    assert "40" not in got


def test_people_with_injuries_outside_a_war():
    assert measures("The hospital saw 54 runners with minor injuries after the marathon.") == {}


def test_an_unknown_noun_and_one_more_share_the_verb():
    assert measures(WAR + "The company says 5 porters and a driver were killed.") == {"5": "killed"}
    assert measures(WAR + "He has 5 cousins and a dog.") == {}


def test_rows_labelled_by_people_under_a_heading_of_harm():
    text = WAR + "\n\nDEATHS BY GROUP (last month in brackets)\n\nSoldiers: 12 (9)\nCivilians: 40\n"
    got = kinds(text)
    assert got["12"][:2] == ("killed", "troops") and got["40"] == ("killed", "civilians", "civilian")


def test_rows_labelled_by_people_under_a_heading_of_things_or_forces():
    assert "30" not in measures(WAR + "\n\nHOMES BURNED\n\nVillagers: 30\n")
    assert measures(WAR + "\n\nFORCES\n\nSoldiers: 4,000\n").get("4,000") == "forces"


def test_a_bare_number_sharing_the_auxiliary_of_the_count_before():
    got = kinds(WAR + "About 400 shops were looted and 50 set on fire.")
    assert got["50"][:2] == ("destroyed", "shop")


def test_the_number_of_people_with_a_verb_of_several_words():
    got = measures(WAR + "The number of people forced from their homes has doubled to 40,000.")
    assert got == {"40,000": "displaced"}
    assert measures(WAR + "The number of voters registered rose to 40,000.") == {}


@pytest.mark.parametrize("text, number, measure", [
    (WAR + "The rebels shelled the town with 60 mortar rounds.", "60", "attacks"),
    (WAR + "Some 3,000 households have been uprooted by the fighting.", "3,000", "displaced"),
    (WAR + "The government expelled or repatriated some 7,000 migrants.", "7,000", "displaced"),
    (WAR + "Armed men looted 6 pharmacies in the market.", "6", "seized"),
    (WAR + "The shelling damaged 3 water stations.", "3", "damaged"),
])
def test_more_new_words(text, number, measure):
    assert measures(text).get(number) == measure


def test_among_those_abducted():
    assert kinds(WAR + "Three aid workers were among those abducted.")["Three"][:2] == ("captured", "aid workers")
    assert measures(WAR + "Militants torched 8 classrooms and a clinic.") == {"8": "destroyed"}


def test_a_population_row_under_a_heading_of_harm_is_no_claim():
    text = WAR + "\n\nWAR DEATHS AND DISPLACEMENT\n\nPopulation: 40,000\nCivilians: 12\n"
    got = measures(text)
    assert "40,000" not in got and got.get("12") in ("killed", "displaced")

