"""Claims written as label rows and lists, and numbers pointing back at an earlier count.

Rules of extract/labelrows.py, extract/listitems.py and extract/backcounts.py, each tested on sentences written
for this file (other nouns, verbs and conflicts than the reports they were found in), and on general news they
must not reach.
"""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from extract.claims import extract_claims

WAR = "Fighting between the army and rebels continued on Monday.\n"  # a report of a war


def claims(text: str) -> dict[str, tuple[str, str, str]]:
    """number as written -> (measure, subject, side) of every claim of `text`."""
    return {c.number_text: (c.measure, c.subject, c.side)
            for c in extract_claims(text, published=date(2024, 3, 1), outlet="Test Wire")}


def measure_of(text: str, number: str) -> str | None:
    got = claims(text).get(number)
    return got[0] if got else None


# --------------------------------------------------------------------------- 1. label rows


@pytest.mark.parametrize("row, number, measure", [
    ("- Soldiers killed in the ambush: 14", "14", "killed"),
    ("* Villagers wounded by shelling: 23", "23", "wounded"),
    ("Schools destroyed or looted: 17", "17", "destroyed"),
    ("• Clinics damaged: 4", "4", "damaged"),
    ("People detained by the militia: 212", "212", "captured"),
    ("Refugees registered at the border camps: 8,450", "8,450", "displaced"),
    ("1. Health centres still operating in the district: 2", "2", "capacity"),
    ("Troops deployed to the north: 3,500", "3,500", "forces"),
    ("Trucks set alight: 9", "9", "destroyed"),
])
def test_a_label_row_is_the_phrase_of_its_number(row: str, number: str, measure: str) -> None:
    text = WAR + "Figures as of Friday:\n\n" + row + "\nOther lines follow here.\n"
    assert measure_of(text, number) == measure


def test_rows_in_one_line_and_a_part_in_brackets() -> None:
    text = WAR + "Displaced families counted in Kaga Bandoro: 1,940 (of whom 620 children)\nKilled: 6; wounded: 31\n"
    got = claims(text)
    assert got["1,940"][0] == "displaced"
    assert got["620"][:2] == ("displaced", "children")
    assert got["6"][0] == "killed" and got["31"][0] == "wounded"


def test_a_row_of_civilians_is_civilian() -> None:
    got = claims(WAR + "Civilians killed by mortar fire: 5\n")
    assert got["5"] == ("killed", "civilians", "civilian")


def test_a_side_named_in_the_label_owns_the_count() -> None:
    text = "Clashes in Idlib province, Syria, continued on Monday.\n- Regime soldiers killed: 40\n- Rebel fighters " \
           "captured: 12\n"
    got = claims(text)
    assert got["40"] == ("killed", "troops", "regime")
    assert got["12"] == ("captured", "fighters", "opposition")


@pytest.mark.parametrize("row", [
    "Score: 3-1", "Population: 30,000", "Founded: 1982", "Budget: $2m", "Phone: 555 0100", "Time: 14:00",
    "Tickets sold: 40,000", "Eggs: 12", "Civilians: 40", "Days of fighting: 12",
])
def test_rows_that_count_nothing_of_the_war(row: str) -> None:
    assert claims(WAR + row + "\n") == claims(WAR)


def test_a_row_of_hostages_freed_counts_captives() -> None:
    # people freed had been taken captive (session 14's team decision, extract/freedcaptives.py)
    assert claims(WAR + "Hostages freed: 12\n")["12"][0] == "captured"


def test_no_row_claim_outside_a_war() -> None:
    text = "Club statistics for the season:\nPlayers injured: 7\nMatches won: 19\nTickets sold: 40,000\n"
    assert claims(text) == {}


def test_a_sentence_after_a_colon_is_no_row() -> None:
    # the number opens a sentence that goes on: its own words decide ("soldiers ... wounded")
    got = claims(WAR + "Update: 12 soldiers were wounded near the bridge.\n")
    assert got["12"][0] == "wounded"


# --------------------------------------------------------------------------- 2. later items of a list


def test_items_after_a_colon_share_the_count() -> None:
    got = claims(WAR + "Nine aircraft were lost: four bombers, three transports and two tankers.")
    assert got["four"][:2] == ("destroyed", "bomber")
    assert got["three"][:2] == ("destroyed", "transport")
    assert got["two"][:2] == ("destroyed", "tanker")


def test_a_part_of_things_destroyed() -> None:
    got = claims(WAR + "The militia looted and burned 30 shops, among them three pharmacies and a bakery.")
    assert got["three"][:2] == ("destroyed", "pharmacy")
    got = claims(WAR + "Police seized 40 guns, including six machine guns, at the checkpoint.")
    assert got["six"][0] == "seized"


def test_later_items_of_a_breakdown() -> None:
    text = WAR + "In total 140 policemen died, of whom 60 were from Kirkuk, 50 Basra and 30 Mosul Province."
    got = claims(text)
    assert got["140"][0] == got["60"][0] == got["50"][0] == got["30"][0] == "killed"


def test_a_verb_after_the_last_item() -> None:
    got = claims(WAR + "Officials said 9 guards, two drivers and a cook had been among the dead.")
    assert got["9"][0] == "killed" and got["two"][0] == "killed"
    got = claims(WAR + "Some 80 members of the police and the Border Guard lost their lives in the offensive.")
    assert got["80"][0] == "killed"


def test_a_new_clause_after_and_keeps_its_own_verb() -> None:
    got = claims(WAR + "Shelling killed 14 people, including four children, and wounded 40 in the market.")
    assert got["four"][:2] == ("killed", "children")
    assert got["40"][0] == "wounded"


@pytest.mark.parametrize("text", [
    "The squad lost their opening 3 games: 2 at home and one away.",
    "She bought 12 eggs, 2 loaves and 3 apples: 4 for breakfast and 8 for the cake.",
    "The museum holds 40 paintings, among them two portraits and a landscape.",
    "Shopping list: milk, 6 eggs, 2 lemons and bread.",
])
def test_lists_of_general_news_give_no_claim(text: str) -> None:
    assert claims(text) == {}


# --------------------------------------------------------------------------- 3. numbers pointing back


def test_found_dead_point_back_at_the_dead() -> None:
    text = WAR + "The dead numbered 57, the governor said. Thirty were found in the market and nine near the mosque."
    got = claims(text)
    assert got["Thirty"][0] == "killed" and got["nine"][0] == "killed"


def test_others_damaged_are_the_things_before() -> None:
    got = claims(WAR + "Four tanks were destroyed in the ambush. Seven others were damaged by mines.")
    assert got["Seven"][:2] == ("damaged", "tank")


def test_a_count_of_the_same_thing_by_another_counter() -> None:
    got = claims(WAR + "The police counted 212 attacks in the province last year. The monitor recorded 260, "
                 "because it includes kidnappings.")
    assert got["260"][0] == "attacks"


def test_a_range_restating_a_toll() -> None:
    got = claims(WAR + "The inquiry estimated that 4,100 people had died. Its demographers gave a range of 3,600 to "
                 "4,900.")
    assert got["3,600 to 4,900"][0] == "killed"


def test_a_force_named_by_a_collective_noun() -> None:
    got = claims(WAR + "The rebel army now numbers about 6,000, against a government force of more than 40,000.")
    assert got["6,000"][0] == "forces" and got["40,000"][0] == "forces"


@pytest.mark.parametrize("text", [
    "The company's workforce of 3,000 will move to the new plant.",
    "Sales rose 12% last year. We recorded 560 new customers, because of the promotion.",
    "The orchestra now numbers about 80, and will tour in May.",
    "The museum recorded 120,000 visitors last year. Thirty were found to have bought annual passes.",
])
def test_pointing_back_in_general_news_gives_no_claim(text: str) -> None:
    assert claims(text) == {}


# --------------------------------------------------------------------------- 4. measures


def test_lost_their_lives_is_killed_and_set_fire_to_destroyed() -> None:
    got = claims(WAR + "Rebels set fire to 19 military vehicles and 31 soldiers lost their lives in the attack.")
    assert got["19"][0] == "destroyed"
    assert got["31"][0] == "killed"


def test_incidents_and_cadres() -> None:
    got = claims(WAR + "The monitor documented 390 violent incidents in the region. The rebels had perhaps 2,500 "
                 "armed cadres.")
    assert got["390"][:2] == ("attacks", "incident")
    assert got["2,500"][:2] == ("forces", "fighters")


def test_incidents_outside_a_war_are_no_claim() -> None:
    assert claims("The airline reported 14 incidents of severe turbulence last year.") == {}


# --------------------------------------------------------------------------- properties


_LABEL_WORDS = st.sampled_from(["Tickets", "sold", "Score", "Budget", "members", "visitors", "goals", "Founded",
                                "Phone", "Time", "Eggs", "apples", "registered", "in", "the", "area", "total"])


@settings(max_examples=60, deadline=None)
@given(st.lists(_LABEL_WORDS, min_size=1, max_size=6), st.integers(min_value=0, max_value=10**6))
def test_rows_of_general_words_never_make_a_claim(words: list[str], n: int) -> None:
    assert claims(WAR + " ".join(words) + f": {n:,}\n") == claims(WAR)


@settings(max_examples=60, deadline=None)
@given(st.text(alphabet=st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=200))
def test_any_text_with_colons_and_lists_does_not_crash(text: str) -> None:
    claims(WAR + text.replace("|", ":") + ": 12\n- Killed: 3, 4 and 5")
