"""Session 19, batch 28's constructions (sentences written for these tests, not taken from any gold text)."""

from __future__ import annotations

from extract import extract_claims, find_quantities

_WAR = "Gunmen killed 40 villagers in the war in the north last week. "


def _kinds(text: str) -> list[tuple[str, str, str]]:
    return [(c.number_text, c.measure, c.subject) for c in extract_claims(text)]


# --- a band of armed men "numbering" N: Nigerian and Indian papers' words for them


def test_hoodlums_numbering_are_a_force():
    got = _kinds(_WAR + "Police said the hoodlums, numbering about 250 and armed with rifles, stormed the market.")
    assert ("250", "forces", "bandits") in got


def test_ultras_numbering_are_a_force():
    got = _kinds("Police said the ultras, numbering nearly 60 and wearing uniforms, raided three villages in the "
                 "insurgency.")
    assert ("60", "forces", "ultras") in got


def test_football_ultras_are_no_force():
    assert _kinds("Police said 300 ultras, numbering more than the stewards, were arrested before the derby.") == []


def test_hoodlums_not_counted_without_a_count_of_them():
    got = _kinds(_WAR + "The hoodlums stormed 12 shops in the market.")
    assert all(n != "12" or m != "forces" for n, m, _s in got)


# --- "one" small arm: the singular noun heads its phrase only where the phrase ends


def test_one_rifle_recovered_is_seized():
    got = _kinds(_WAR + "Troops said two gunmen were killed and one G3 rifle was recovered.")
    assert ("one", "seized", "firearm") in got


def test_singular_rifle_modifying_a_noun_is_no_firearm():
    got = _kinds("The guerrillas fired about 200 mortar and recoilless rifle rounds at the fort during the war.")
    assert ("200", "forces", "firearm") not in got
    assert any(n == "200" and m == "attacks" for n, m, _s in got)


# --- "scores" as the second member of a coordinated fate


def test_scores_abducted_after_killed_and():
    got = _kinds(_WAR + "The councillor said 37 residents were killed and scores abducted.")
    assert ("scores", "captured", "residents") in got


def test_test_scores_are_no_count():
    assert [q.surface for q in find_quantities("Their exam scores abducted the headlines.")] == []


# --- "one of its peacekeepers was killed": one of a side's own people harmed


def test_one_of_its_peacekeepers_killed():
    got = _kinds("The UN mission said on 3 March that one of its peacekeepers was killed when its camp was shelled.")
    assert ("one", "killed", "peacekeepers") in got


def test_one_of_his_sons_abducted():
    got = _kinds(_WAR + "The farmer said one of his sons had been abducted by the gunmen.")
    assert any(n == "one" and m == "captured" for n, m, _s in got)


def test_one_of_a_kind_stays_no_number():
    assert [q.surface for q in find_quantities("It said one of its reports was published late.")] == []
    assert [q.surface for q in find_quantities("It was one of their best seasons.")] == []


def test_said_on_a_date_that_one_counts():
    assert "one" in [q.surface for q in find_quantities("The army said on 12 May that one soldier had died.")]
    assert "one" not in [q.surface for q in find_quantities("He said on Sunday that one should wait.")][1:]


# --- a fused naira letter in a report that names Nigerian towns, not the country


def test_naira_by_nigerian_towns():
    text = ("Bandits killed 31 villagers in Katsina and Funtua in the conflict this week. The governor approved N15 "
            "million for the upkeep of the displaced families.")
    money = [c for c in extract_claims(text) if c.unit == "ngn"]
    assert [(c.number_text, c.best, c.measure) for c in money] == [("N15 million", 15_000_000, "funding")]


def test_n_letter_in_a_report_from_elsewhere_is_no_naira():
    text = "Workers in Lyon and Paris were given N95 masks after the blast."
    assert all(q.unit != "ngn" for q in find_quantities(text))


def test_money_for_upkeep_of_no_victims_is_no_funding():
    text = ("Bandits killed 31 villagers in Katsina and Funtua in the conflict this week. The governor approved N15 "
            "million for the upkeep of the state secretariat.")
    assert all(c.unit != "ngn" for c in extract_claims(text))
