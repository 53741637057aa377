"""Session 22, batch 30's counts and claimants (sentences written for these tests, not taken from any gold text)."""

from __future__ import annotations

from datetime import date

import pytest

from extract import extract_claims


def _claims(text: str):
    return extract_claims("Report\n\n" + text, published=date(2021, 6, 1), outlet="The Valley Courier")


def _by_number(text: str) -> dict[str, tuple]:
    return {c.number_text: (c.measure, c.subject, c.source, c.source_type) for c in _claims(text)}


# --- the size of a body that sits is no count of the conflict


@pytest.mark.parametrize("text", [
    '"Every one of those deaths will be investigated," the governor said, naming a three-member commission of inquiry.',
    "After the killings the 40-member assembly met in emergency session.",
    "A five-judge bench will hear the appeal over the deaths of 12 protesters.",
])
def test_a_sitting_bodys_size_is_no_claim(text):
    assert [c.number_text for c in _claims(text)] in ([], ["12"])


def test_a_crew_or_a_patrol_is_no_sitting_body():
    from extract.notcounts import _BODY_SIZE  # (their members may be the dead or the force counted)
    assert _BODY_SIZE.match("-member crew were killed") is None
    assert _BODY_SIZE.match("-man patrol was ambushed") is None
    assert _BODY_SIZE.match("-member commission of inquiry") is not None


# --- "N things and more than M others were recovered": the verb reaches the first item over the qualifier


@pytest.mark.parametrize("text, number", [
    ("Police said 22 rifles and more than 8,000 rounds of ammunition were recovered.", "22"),
    ("Troops said 14 pistols and fewer than 300 rounds of ammunition were seized in the raid.", "14"),
])
def test_a_qualifier_opening_the_last_item_does_not_end_the_list(text, number):
    assert _by_number(text)[number][0] == "seized"


def test_a_comparison_opening_another_clause_still_ends_the_list():
    got = _by_number("Of roughly 1,700 soldiers and porters in the camp, more than 1,300 were killed.")
    assert got["1,300"][0] == "killed"
    assert got.get("1,700", ("forces",))[0] != "killed"


# --- "X pointed out that …"; a verb after "and had itself" keeps the first clause's subject


def test_pointed_out_that_reports():
    got = _by_number("Government members pointed out that the gunmen had killed 12 people in attacks on police posts.")
    assert got["12"][2:] == ("Government members", "official")


@pytest.mark.parametrize("text", [
    "The soldier pointed his rifle at the crowd; 12 people were killed.",
    "Witnesses pointed to the river, where 12 people were killed.",
])
def test_pointed_without_out_that_reports_nothing(text):
    assert _by_number(text)["12"][2] == "The Valley Courier"


@pytest.mark.parametrize("text, source", [
    ("The ombudsman, Mr Carl Bennett-Lowe, said his office had received 212 complaints and had itself documented at "
     "least 45 homes damaged.", "Carl Bennett-Lowe"),
    ("The ombudsman said her office had received 212 complaints and has also documented at least 45 homes damaged.",
     "Ombudsman"),
])
def test_a_verb_after_and_had_itself_keeps_the_subject_of_the_first_clause(text, source):
    assert _by_number(text)["45"][2] == source


# --- a person introduced by an ordinary job, without an article, is a witness


def test_a_role_without_an_article_types_the_person():
    text = ("Amos Deng, 52, bus driver who saw the shooting, spoke on Monday. Mr Deng said he counted 14 bodies on "
            "the road.")
    assert _by_number(text)["14"][2:] == ("Amos Deng", "activists")


def test_a_relative_clause_is_no_role():
    got = _by_number("The provincial health office, which is run by the rebels, said 37 patients were moved.")
    assert got["37"][3] == "official"


# --- a counter-figure after a remark doubting "the count", paragraphs after the toll it doubts


_PARLIAMENT = ("The minister told the chamber that 41 villagers were killed in the raid. He said 12 rifles and more "
               "than 900 rounds of ammunition were recovered.\n\nThe Leader of the Opposition, Ms Rosa Linde, said the "
               "Government's count could not be trusted. \"Families are telling us the true number is well over 60,\" "
               "she said, and asked why the police had not said how many shots they fired.")


def test_a_counter_figure_after_a_doubted_count_counts_the_dead_told_before():
    got = _by_number(_PARLIAMENT)
    assert got["60"][0] == "killed"  # (not the ammunition, the latest number before the remark)


def test_a_quotations_tag_going_on_with_another_verb_still_names_its_speaker():
    assert _by_number(_PARLIAMENT)["60"][2] == "Rosa Linde"


def test_a_parliaments_opposition_is_no_armed_group():
    assert _by_number(_PARLIAMENT)["60"][3] == "official"
    text = "Rebel attack\n\nThe armed opposition said 30 soldiers were killed in the attack on the base."
    assert [c.source_type for c in extract_claims(text)] == ["armed_group"]


def test_a_remark_doubting_no_count_lends_no_toll():
    text = ("The minister said 41 villagers were killed in the raid.\n\nThe opposition leader said the minister could "
            "not be trusted. \"The true story is 60 years old,\" she said.")
    assert "60" not in _by_number(text)


# --- people counted by "believed to number" are those people, also when they flee (flight, whoever flees)


def test_armed_men_believed_to_number_n_who_flee_are_no_displaced_civilians():
    got = _by_number("Soldiers came. The gunmen, believed to number 200, fled.")
    assert got["200"][:2] == ("displaced", "fighters")


@pytest.mark.parametrize("text, number, want", [
    ("Soldiers came. The rebels, who number about 200, attacked the town.", "200", ("forces", "fighters")),
    ("Soldiers came. About 200 villagers fled into the hills.", "200", ("displaced", "villagers")),
])
def test_numbering_clauses(text, number, want):
    assert _by_number(text)[number][:2] == want
