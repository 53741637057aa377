"""Claim-layer rules written after batch 19's first sight (tests/data/firstsight/README.md, "Claim layer").

Every sentence here is written for the test, in other words than the batch's; each rule has sentences it must not
reach. The rules: tolls put "at" a number or given as someone's "figure for the dead" (extract/puttolls.py);
counts set "against" a count of events, parts "attributed" to someone and an earlier bulletin's figure
(extract/eventparts.py); the lexicon's new words (ceasefire violations, small arms and blades, regiments' men,
buildings seen burning, "handed back", "beaten", wounds treated, people "shipped out"); forces that "now number"
N "in the province" (extract/phraseparts.py); the men of units in apposition (extract/unitmen.py); UN forces and a
fronted topic (extract/whocounted.py); times of the 24-hour clock (extract/clocktimes.py); forces cut off and
prisoners returned (extract/measures.py); a part told aside ("14 civilians, four of them children, were hurt",
extract/phrase.py); a bare "held" ending a clause; label rows whose noun is the means ("Shipped out by ship: N",
extract/labelrows.py); a report that tells of a massacre (extract/sides.py); and metres "up the hill"
(extract/nummetres.py).
"""

from __future__ import annotations

from datetime import date

import pytest

from extract.clocktimes import clock_time
from extract.nummetres import metres_next
from extract.puttolls import put_at
from extract.unitmen import men_of_units
from extract.wordset import words_of
from tests.claim_probe import WAR, ClaimProbe

P = ClaimProbe(date(2022, 3, 9))


def kinds(text: str) -> dict[str, tuple[str, str, str]]:
    """number_text -> (measure, subject, side) of the claims of `WAR + text`."""
    return P.kinds(WAR + text)


def measures(text: str) -> dict[str, str]:
    """number_text -> measure of the claims of `WAR + text`."""
    return P.measures(WAR + text)


# --------------------------------------------------------------------------- estimate idioms (puttolls.py)

@pytest.mark.parametrize("text, number, measure", [
    ("The ministry put its own dead at 412 and its wounded at about 1,900.", "412", "killed"),
    ("The ministry put its own dead at 412 and its wounded at about 1,900.", "1,900", "wounded"),
    ("I would put the rebel dead at between 500 and 700.", "500 and 700", "killed"),
    ("Kyiv's figure for Russian dead was 3,000, and it never changed.", "3,000", "killed"),
    ("The army's estimate of its injured is 800.", "800", "wounded"),
])
def test_a_toll_put_at_a_number(text, number, measure):
    assert measures(text).get(number) == measure


@pytest.mark.parametrize("text, number", [
    ("The army put its forces at 40,000.", "40,000"),       # no word of death: not a toll
    ("Analysts put the budget at 300 and the staff at 40.", "40"),
])
def test_put_at_needs_a_word_of_the_dead_or_wounded(text, number):
    assert measures(text).get(number) != "killed"
    assert measures(text).get(number) != "wounded"


def test_put_at_reads_only_its_idiom():
    text = "He put the dead at 40."
    assert put_at(text, 0, text.index("40"), words_of(text)) == ("toll", "people")
    text = "He saw the dead at 40 places."  # no verb of putting, no "figure for"
    assert put_at(text, 0, text.index("40"), words_of(text)) is None


# --------------------------------------------------------------------------- events set against, parts, bulletins

def test_ceasefire_violations_are_attacks_and_a_count_against_them_too():
    got = kinds("The observers logged 31 ceasefire violations overnight, against 12 the night before.")
    assert got["31"][:2] == ("attacks", "ceasefire violation")
    assert got["12"][:2] == ("attacks", "ceasefire violation")


def test_a_count_against_things_destroyed_shares_their_measure():
    assert measures("Rebels burned 40 houses, against 12 last week.") == {"40": "destroyed", "12": "destroyed"}


def test_against_a_noun_of_its_own_is_not_shared():
    assert measures("The army lost 40 tanks, against 12 soldiers.").get("12") != "destroyed"


def test_a_part_attributed_to_someone():
    got = measures("The observers counted 31 ceasefire violations overnight. The army attributes 9 of them to "
                   "the rebels.")
    assert got.get("9") == "attacks"
    assert measures("The army killed 40 rebels. Police blamed 12 of them on the gang.").get("12") == "killed"


def test_a_part_with_no_verb_of_attributing_is_not_read_so():
    got = measures("The observers counted 31 ceasefire violations overnight. The army saw 9 of them from the hill.")
    assert got.get("9") != "attacks"


def test_an_earlier_bulletin_gave_the_toll():
    got = measures("Rescue teams have recovered 212 bodies since the shelling began. Bulletin No. 3 gave 180; the "
                   "rest were found on Monday.")
    assert got.get("180") == "killed"
    assert "12" not in measures("The report gave 12 reasons for the delay.")


# --------------------------------------------------------------------------- the lexicon's new words

@pytest.mark.parametrize("text, number, measure", [
    ("Three houses in the village were seen burning at dawn.", "Three", "destroyed"),
    ("Scores of homes in the old quarter were still burning on Friday.", "Scores", "destroyed"),
    ("Five trucks were still on fire after the blast.", "Five", "destroyed"),
    ("The militia handed back 120 soldiers on Sunday.", "120", "captured"),
    ('"I saw three young men beaten in the square," the witness said.', "three", "wounded"),
    ("Police beat up 12 protesters.", "12", "wounded"),
    ("Nurses said 22 villagers had been treated for shrapnel wounds.", "22", "wounded"),
    ("At the checkpoints they seized 600 machetes, spears and pistols.", "600", "seized"),
    ("A sniper killed 12 Fusiliers near the bridge.", "12", "killed"),
])
def test_new_words_of_the_lexicon_give_the_measure(text, number, measure):
    assert measures(text).get(number) == measure


def test_fusiliers_are_troops_and_pistols_are_not_dead():
    assert kinds("A sniper killed 12 Fusiliers near the bridge.")["12"][1] == "troops"
    got = measures("Police recovered the bodies of 4 fighters and two pistols.")
    assert got.get("two") == "seized"


@pytest.mark.parametrize("text, number", [
    ("Some 200 rebels were seen burning houses.", "200"),      # people burning things are no toll
    ("About 200 rebels were beaten back at the bridge.", "200"),  # a force repelled is not people beaten
])
def test_burning_and_beaten_do_not_reach_the_actors(text, number):
    assert measures(text).get(number) not in ("killed", "wounded", "destroyed")


# --------------------------------------------------------------------------- forces

def test_forces_in_a_place_now_number():
    got = measures("Police and army personnel in the province now number 2,600, after 600 marines landed.")
    assert got.get("2,600") == "forces"
    assert "40,000" not in measures("Civilians in the city now number 40,000.")


def test_the_men_of_units_in_apposition():
    got = kinds("Two more battalions, about 900 men, are due on Friday from the capital.")
    assert got.get("900", ("",))[0:2] == ("forces", "troops")
    assert "Two" not in got  # a count of units is no claim
    assert "400" not in measures("The two companies employ 400 workers.")


def test_men_of_units_needs_the_apposition():
    text = "Two companies and 200 men from the village met."
    assert not men_of_units(text, 0, text.index("200"), "men", words_of(text))
    text = "Two companies, some 200 men, came."
    assert men_of_units(text, 0, text.index("200"), "men", words_of(text))


def test_a_force_cut_off_is_a_force():
    assert measures("Some 200 troops were trapped in the valley.").get("200") == "forces"
    assert measures("Some 5,000 civilians were trapped in the city.").get("5,000") == "displaced"


@pytest.mark.parametrize("text, number", [
    ("Twelve UN troops were killed in the ambush.", "Twelve"),
    ("Seventy UNAMSIL personnel lost their lives in the mission.", "Seventy"),
    ("Some 40 Fijian peacekeeping troops were wounded.", "40"),
])
def test_un_forces_are_peacekeepers(text, number):
    assert kinds(text)[number][1:] == ("peacekeepers", "unknown")


def test_a_movement_named_un_something_is_no_un_force():
    assert kinds("About 85,000 UNITA fighters reported to the camps.")["85,000"][1] == "fighters"
    assert kinds("Some 40 troops were wounded near the UN base.")["40"][1] == "troops"


# --------------------------------------------------------------------------- who was counted, held, returned

def test_a_fronted_topic_names_the_people_counted():
    got = kinds("For civilians, the ministry said that 3,000 had been killed in the north.")
    assert got["3,000"] == ("killed", "civilians", "civilian")
    assert kinds("For years, 300 were held in the camp.")["300"][1] == "people"


def test_a_part_told_aside_leaves_the_verb_to_the_whole():
    got = kinds("Nurses said 22 civilians, six of them children, had been treated for shrapnel wounds.")
    assert got["22"][:2] == ("wounded", "civilians")
    assert got["six"][:2] == ("wounded", "children")


def test_a_bare_held_ends_its_clause():
    got = measures("Army says riot toll rises to 56; over 400 held")
    assert got == {"56": "killed", "400": "captured"}
    assert measures("The brigade kept 300 soldiers held in reserve.").get("300") != "captured"


def test_prisoners_returned_in_an_exchange_are_captured():
    got = measures("The rebels handed back 120 soldiers, and the army returned 85 fighters.")
    assert got == {"120": "captured", "85": "captured"}
    assert measures("Some 3,000 refugees returned home while prisoners remain in jail.").get("3,000") == "displaced"
    assert measures("About 500 people returned to the town after the prisoners were freed.").get("500") == "displaced"


def test_people_named_by_their_country_in_an_exchange_are_prisoners():
    got = kinds("Armenia handed back 300 Azerbaijanis, and Azerbaijan returned 120 Armenians.")
    assert got["300"] == ("captured", "prisoners", "unknown")
    assert got["120"] == ("captured", "prisoners", "unknown")


# --------------------------------------------------------------------------- rows, clocks, metres, sides

def test_a_row_whose_noun_is_the_means():
    text = WAR + "\n\nShipped out by navy and passenger ships since 2 May: 31,450\nEvacuated by army trucks: 900\n"
    got = {n: (m, s) for n, m, s, _ in P.claims(text)}
    assert got["31,450"] == ("displaced", "people")
    assert got["900"] == ("displaced", "people")
    rows = WAR + "\n\nTrucks destroyed by the rebels: 12\n"
    assert {n: (m, s) for n, m, s, _ in P.claims(rows)}["12"] == ("destroyed", "truck")


@pytest.mark.parametrize("text, expected", [
    ("between 2200 and 0430 hrs", True), ("at 0715 hours", True), ("at 1340Z", True),
    ("some 2200 soldiers", False), ("about 1999 hours of footage", False), ("1500 shells", False),
])
def test_clock_times(text, expected):
    from dataclasses import dataclass

    @dataclass
    class _Ctx:
        text: str
        start: int
        end: int
        memo: dict | None = None  # (as SentenceContext: clock_time asks a per-document memo of a log's lines)

    from extract import find_quantities
    q = next(q for q in find_quantities(text) if q.surface[:1].isdigit())
    assert clock_time(_Ctx(text, 0, len(text)), q) is expected


def test_a_clock_time_is_no_count():
    got = measures("The team counted 143 explosions between 2200 and 0430 hrs.")
    assert got == {"143": "attacks"}
    assert measures("The army deployed 2200 soldiers.").get("2200") == "forces"


def test_headline_count_now():
    assert measures("BULLETIN No. 4: bodies recovered in the town now 212").get("212") == "killed"


def test_metres_up_the_hill():
    text = "fired from 300m up the hill"
    assert metres_next(text, text.index("m up") + 1)
    text = "Revenue was 15m up on last year"
    assert not metres_next(text, text.index("m up") + 1)
    assert "300m" not in measures("The patrol fired from 300m up the hill, killing two rebels.")


def test_the_dead_of_a_report_that_tells_of_a_massacre_are_civilians():
    text = ("Prosecutors have registered 93 dead in the town. The morgue held 40 more. Nothing excuses the "
            "massacre of that week.")
    got = {c.number_text: c.side for c in P.extracted(text)}
    assert got["93"] == "civilian"
    war = "The war has killed 200,000 people. Nothing excuses the massacre of that week."
    assert {c.number_text: c.side for c in P.extracted(war)}["200,000"] == "unknown"


def test_money_for_rebuilding_is_aid():
    got = kinds("Donors pledged $880 million for the rehabilitation of the country, of which, the Government says, "
                "$460 million had been disbursed.")
    assert got["$880 million"][:2] == ("funding", "aid")
    assert got["$460 million"][:2] == ("funding", "aid")
    assert kinds("Donors pledged $50 million in food aid for reconstruction.")["$50 million"][1] == "food aid"


def test_a_headline_count_restates_the_count_below():
    text = ("Editorial: the town's count stands at 93. Stop inflating it\n\nThree weeks on, the town still does not "
            "know how many died. Prosecutors have registered 93 dead in the town, and 312 people treated for wounds.")
    got = [(n, m) for n, m, _, _ in P.claims(text)]
    assert got[0] == ("93", "killed")
    other = "Editorial: the budget total stands at 93. The war goes on.\n\nThe council has 93 members."
    assert [n for n, *_ in P.claims(other)] == []  # the 93 below counts no one harmed


def test_the_men_of_units_of_a_named_arm():
    assert kinds("Three companies of marines, some 400 men, were deployed.").get("400", ("",))[0] == "forces"


def test_a_force_besieged_is_its_besiegers_opponent():
    assert kinds("The rebels besieged 400 soldiers in the fort.")["400"] == ("forces", "troops", "regime")
    assert kinds("Some 400 soldiers were trapped by the rebels in the valley.")["400"][2] == "regime"
    assert kinds("The army deployed 400 soldiers in the town.")["400"][2] == "regime"  # no siege: the owner
