"""Review 4's findings in the claim layer (/work/notes/s7/fix4claims.md), each with the reviewer's probe and
sentences written for the test, and the cases the rules were written for that must stay.

- a force that "numbers" N: the counting verb is its clause's main verb, so the next clause's "were wounded" is not
  its verb; a force of peace ("labour force") is no one's troops (extract/numbergiven.py);
- "lost" tells a death only for a side at war, never before "their jobs"; "martyrs" only in a report of a war;
  a force that says "it lost" N lost its own men (extract/wartimewords.py);
- money "for the displaced" is funding in a report of a war, not "for the displaced workers" (extract/warcosts.py);
- "the next day 12 soldiers": the number counts, it does not name a day (extract/numdaycount.py).
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.claim_probe import ClaimProbe

P = ClaimProbe(date(2019, 3, 8))
WAR = "Fighting between the army and the rebels went on all week. "


def kinds(text: str) -> dict[str, tuple[str, str]]:
    """number_text -> (measure, subject) of the claims of `text`."""
    return {c.number_text: (c.measure, c.subject) for c in P.extracted(text)}


# --------------------------------------------------------------------------- 1, 2: a force that numbers N

@pytest.mark.parametrize("text, size, other", [
    ("Rebels attacked. The army in the north numbers 4,000, and 12 soldiers were wounded.", "4,000", "12"),
    (WAR + "The garrison now numbers about 900, and 30 troops were killed in the raid.", "900", "30"),
])
def test_a_force_size_takes_no_verb_of_the_next_clause(text, size, other):
    got = kinds(text)
    assert got[size] == ("forces", "troops")
    assert got[other][0] in ("wounded", "killed")


def test_a_force_that_numbers_n_stays_a_force():
    assert kinds(WAR + "NATO, whose force in Kosovo numbers 40,000, sent more.")["40,000"] == ("forces", "troops")


@pytest.mark.parametrize("text", [WAR + "The government's labour force numbers 2 million.",
                                  WAR + "The company's sales force numbers 4,000.",
                                  WAR + "The country's labor force totals 9 million."])
def test_a_force_of_peace_is_no_troops(text):
    assert kinds(text) == {}


# --------------------------------------------------------------------------- 4, 9: "lost"

@pytest.mark.parametrize("text", [
    "The shop lost just 3 customers after the price rise.",
    "The ministry put the number of people who lost their jobs in the recession at 5,000.",
    "Bayern lost only 2 matches.",
    "The firm lost 40 clients last year.",
    WAR + "About 200 families lost their homes.",
    WAR + "Some 300 workers lost their jobs when the plant closed.",
])
def test_lost_in_peace_or_of_a_thing_is_no_death(text):
    assert "killed" not in {m for m, _ in kinds(text).values()}


@pytest.mark.parametrize("text, number, subject", [
    (WAR + "The rebels lost only 12 fighters.", "12", "fighters"),
    ("The rebels lost only 12 fighters in the raid.", "12", "fighters"),
    (WAR + "Some 40 people lost their lives.", "40", "people"),
    (WAR + "The army lost 25 soldiers near the bridge.", "25", "troops"),
])
def test_lost_at_war_is_a_death(text, number, subject):
    assert kinds(text)[number] == ("killed", subject)


# --------------------------------------------------------------------------- 12: a force says "it lost" N

@pytest.mark.parametrize("text, number, subject", [
    ("Rebels said they killed 40 soldiers in Homs. The army said it lost only 4.", "4", "troops"),
    (WAR + "The army said it had lost 7 in the ambush.", "7", "troops"),
    ("The army said it killed 40 rebels. The rebels said they lost only 6.", "6", "fighters"),
])
def test_a_force_that_says_it_lost_n_lost_its_men(text, number, subject):
    assert kinds(text)[number] == ("killed", subject)


# --------------------------------------------------------------------------- 5: martyrs

@pytest.mark.parametrize("text", ["We remember the 12 martyrs of Uganda, canonised in 1964.",
                                  "The church honours its 40 martyrs every spring."])
def test_martyrs_of_history_are_no_toll(text):
    assert kinds(text) == {}


def test_martyrs_in_a_war_are_a_toll():
    assert kinds(WAR + "The rebels said they mourn 12 martyrs.")["12"][0] == "killed"


# --------------------------------------------------------------------------- 6: money for the displaced

@pytest.mark.parametrize("text", [
    "The council approved $40 million for the displaced workers of the closed plant.",
    WAR + "The council approved $40 million for the displaced workers of the closed plant.",
    WAR + "The state set aside $5 million for displaced employees of the mine.",
])
def test_money_for_displaced_workers_is_no_funding(text):
    assert kinds(text) == {}


@pytest.mark.parametrize("text", [WAR + "The UN released $40 million for the displaced.",
                                  WAR + "A fund for the displaced had received $3.8 million.",
                                  WAR + "Donors gave $12 million for the war victims."])
def test_money_for_the_displaced_of_a_war_is_funding(text):
    assert [m for m, _ in kinds(text).values()] == ["funding"]


# --------------------------------------------------------------------------- 10: "the next day 12 soldiers"

@pytest.mark.parametrize("text, number", [
    ("Rebels shelled Homs on Monday. The next day 12 soldiers were killed in the shelling.", "12"),
    (WAR + "Later that day 12 soldiers were wounded.", "12"),
    (WAR + "On the same day 30 homes were destroyed.", "30"),
    (WAR + "The following day 8 civilians died in the shelling.", "8"),
])
def test_a_number_after_the_next_day_counts(text, number):
    assert number in kinds(text)


def test_day_n_still_names_a_day():
    assert set(kinds(WAR + "On Day 12 of the siege, 40 people died.")) == {"40"}


def test_lost_their_lives_stays_a_death_and_their_seats_do_not():
    assert kinds(WAR + "Some 12 soldiers lost their lives in the ambush.")["12"] == ("killed", "troops")
    assert kinds("In the election 14 members lost their seats.") == {}
