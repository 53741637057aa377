"""Session 27 (dates27c): a live or UPDATE entry telling the incident's toll on the incident's own day keeps the
incident's date (extract/dateupdates.py), with sentences of our own."""

from __future__ import annotations

from datetime import date

from hypothesis import given, settings, strategies as st

from extract import extract_claims
from extract.dates import _hits
from extract.dateresolve import EventDate
from extract.dateupdates import told_on_day

PUB = date(2024, 3, 10)  # a Sunday: "Saturday" is 9 March, "Friday" 8 March
SATURDAY = "2024-03-09"


def _dates(text: str, published: date = PUB) -> dict[str, str | None]:
    return {c.number_text: c.to_dict()["event_date"] for c in extract_claims(text, published=published)}


def test_an_update_above_its_original_entry_keeps_the_day() -> None:
    text = ("Bomb attack on market in Kirkuk kills dozens\n\n"
            "UPDATE, 2300 GMT: The provincial health office raised its toll to 41 dead on Saturday night.\n\n"
            "ORIGINAL ENTRY: A car bomb exploded in a crowded market in Kirkuk on Saturday, killing at least 30 "
            "people and wounding 60, police said.\n")
    assert _dates(text)["41"] == SATURDAY


def test_an_update_below_the_lead_keeps_the_day_for_both_figures() -> None:
    text = ("Suicide blast at Quetta hospital\n\n"
            "A suicide bomber blew himself up in the emergency ward of the civil hospital in Quetta on Saturday "
            "afternoon, killing at least 40 people, officials said.\n\n"
            "UPDATE, 2200 GMT: Provincial officials put 52 dead on Saturday night and said another 80 were wounded.\n")
    got = _dates(text)
    assert got["52"] == SATURDAY
    assert got["80"] == SATURDAY


def test_a_timed_live_entry_keeps_the_day() -> None:
    text = ("Live: Gunmen storm a hotel in Mogadishu\n\n"
            "22:15 - The interior ministry updated the toll to 26 killed on Saturday evening.\n\n"
            "18:50 - Gunmen stormed a hotel in central Mogadishu on Saturday, killing at least 20 guests, police "
            "said.\n")
    assert _dates(text)["26"] == SATURDAY


def test_an_update_telling_on_a_later_day_stays_undated() -> None:
    text = ("Suicide blast at Quetta hospital\n\n"
            "A suicide bomber blew himself up in the emergency ward of the civil hospital in Quetta on Friday "
            "afternoon, killing at least 40 people, officials said.\n\n"
            "UPDATE, 2200 GMT: Provincial officials put 52 dead on Saturday night and said another 80 were wounded.\n")
    got = _dates(text)
    assert got["40"] == "2024-03-08"
    assert got["52"] is None


def test_an_update_of_a_countrywide_toll_stays_undated() -> None:
    text = ("Market bombing in Kirkuk\n\n"
            "A car bomb exploded in a crowded market in Kirkuk on Saturday, killing at least 30 people, police "
            "said.\n\n"
            "UPDATE, 2300 GMT: Across Iraq, the health ministry put 300 dead on Saturday night in the week's "
            "violence.\n")
    assert _dates(text)["300"] is None


def test_told_on_day_reads_only_days_of_telling() -> None:
    day = EventDate(SATURDAY, "day")
    told = "The army put 12 dead on Saturday."
    assert told_on_day(told, _hits(told, PUB), PUB, day)
    killed = "Gunmen killed 12 villagers on Saturday."
    assert not told_on_day(killed, _hits(killed, PUB), PUB, day)
    assert not told_on_day(told, _hits(told, PUB), PUB, EventDate("2024-03", "month"))


@settings(max_examples=40, deadline=None)
@given(st.text(alphabet="abcdefghij 0123456789,.:-SaturdyonUPDATE", max_size=80))
def test_told_on_day_never_raises(sentence: str) -> None:
    told_on_day(sentence, _hits(sentence, PUB), PUB, EventDate(SATURDAY, "day"))


# dateends._ROSE_BEFORE: a count risen to its figure on a day is a telling; the incident dated elsewhere goes on.
MONDAY = date(2024, 3, 11)


def test_a_toll_risen_on_the_day_after_takes_the_attack_day() -> None:
    text = ("The death toll from a rocket strike on a bus station in Kherson climbed to 23 on Monday, regional "
            "officials said.\n\nThe rocket hit the station on Sunday morning as passengers waited for the first "
            "buses of the day.\n\nDoctors said at least 25 people had died, among them four children.\n")
    got = _dates(text, MONDAY)
    assert got["23"] == "2024-03-10"
    assert got["25"] == "2024-03-10"


def test_a_datelined_toll_risen_takes_the_attack_day() -> None:
    text = ("OMDURMAN, March 11 (Wire) - The number of people killed in the shelling of a market in Omdurman rose "
            "to 40 on Monday, the local resistance committee said.\n\nShells struck the market on Sunday afternoon "
            "while it was crowded with shoppers.\n\nAn earlier toll had put the dead at 28 on Sunday evening.\n")
    got = _dates(text, MONDAY)
    assert got["40"] == "2024-03-10"
    assert got["28"] == "2024-03-10"


def test_a_toll_risen_with_no_other_day_keeps_its_own() -> None:
    text = ("The toll from an airstrike on a clinic in Idlib rose to 31 on Sunday, with 70 others wounded, rescuers "
            "said.\n\nRescue teams were still searching the rubble.\n")
    got = _dates(text, MONDAY)
    assert got["31"] == "2024-03-10"
    assert got["70"] == "2024-03-10"


def test_a_killing_on_a_day_is_no_rise() -> None:
    text = ("Gunmen killed 12 villagers in Zamfara on Sunday.\n\nThe attackers had arrived on motorbikes on Saturday "
            "night and burned the market.\n")
    assert _dates(text, MONDAY)["12"] == "2024-03-10"
