"""Session 6, batch 15's forms of attribution, on sentences written for these tests (not the batch's): a closing
"X said at the time;" before a semicolon, a body that "registered" a count, an appeal for a sum of money."""

from __future__ import annotations

from datetime import date

from attribution_probe import attribution_at
from extract.cuetails import after_time_adjunct, asks_for_money

OUTLET = "Valley Ledger"


def attr(text: str, number: str, occurrence: int = 0) -> tuple[str | None, str, str]:
    return attribution_at(text, number, outlet=OUTLET, published=date(2003, 5, 6), occurrence=occurrence)


# --------------------------------------------------------------------------- "…, X said at the time; …"

def test_closing_cue_with_a_time_adjunct_reaches_back_before_a_semicolon() -> None:
    text = "At least 12 villagers were killed and dozens were wounded, the provincial governor said at the time; 5 were missing."
    assert attr(text, "12")[0] == "Provincial governor"
    assert attr(text, "dozens")[2] == "claimed"


def test_closing_cue_with_then_reaches_back_but_not_past_the_semicolon() -> None:
    text = "Rebels killed 9 soldiers, the army said then; 4 more died in hospital."
    assert attr(text, "9")[0] == "Army"
    assert attr(text, "4 more") == (OUTLET, "publication", "asserted")


def test_the_clause_after_the_semicolon_stays_the_writers() -> None:
    text = "At least 12 villagers were killed, the provincial governor said at the time; 5 were missing."
    assert attr(text, "5 were") == (OUTLET, "publication", "asserted")


def test_time_adjunct_is_only_stripped_when_it_opens_the_rest() -> None:
    assert after_time_adjunct(" at the time; 5 were") == "; 5 were"
    assert after_time_adjunct(" then, and") == ", and"
    assert after_time_adjunct(" that 7 were dead") == " that 7 were dead"
    assert after_time_adjunct(" thenceforth") == " thenceforth"


# --------------------------------------------------------------------------- "X had registered 140 dead"

def test_a_body_that_registered_a_count_claims_it() -> None:
    text = "By the end of the week, the interior ministry had registered 140 dead and 600 wounded."
    assert attr(text, "140") == ("Interior ministry", "official", "claimed")
    assert attr(text, "600")[0] == "Interior ministry"


def test_people_who_registered_somewhere_are_no_cue() -> None:
    assert attr("About 2,000 refugees registered with the agency last week.", "2,000") == (OUTLET, "publication", "asserted")


# --------------------------------------------------------------------------- "X has appealed for $20 million"

def test_an_appeal_for_a_sum_is_the_appealers_figure() -> None:
    assert attr("The UN has appealed for $20 million for the flood-hit region.", "$20 million") == ("UN", "official", "claimed")
    assert attr("The Red Cross is appealing for $5 million to feed the displaced.", "$5 million")[0] == "Red Cross"


def test_an_appeal_for_calm_is_no_cue() -> None:
    assert attr("The mayor appealed for calm after 30 houses burned.", "30") == (OUTLET, "publication", "asserted")


def test_asks_for_money_needs_a_sum_after_for() -> None:
    assert asks_for_money(" for $71 million")
    assert asks_for_money(" for up to 2 million euros in aid")
    assert not asks_for_money(" for calm")
    assert not asks_for_money(" for 30 volunteers")
    assert not asks_for_money(" to donors")


def test_a_process_that_registered_people_leaves_the_count_to_the_according_to() -> None:
    text = "Demobilisation registered 5,300 fighters by March, according to the national reintegration office."
    assert attr(text, "5,300")[0].casefold() == "national reintegration office"


# --------------------------------------------------------------------------- "according to the role, Name."

def test_a_person_named_after_his_role_is_the_claimant() -> None:
    text = "At least 30 shells hit the village, according to the school's headmaster, Ivan Petrenko."
    assert attr(text, "30")[0] == "Ivan Petrenko"


def test_a_role_after_a_person_or_a_description_keeps_its_claimant() -> None:
    assert attr("At least 30 shells hit the village, according to Ivan Petrenko, the school's headmaster.", "30")[0] == \
        "Ivan Petrenko"
    assert attr("At least 30 shells hit the village, according to the local mayor, a former teacher.", "30")[0] == \
        "Local mayor"


def test_a_listed_body_after_a_comma_is_no_person() -> None:
    from extract.cues import _PERSON_NAME
    from extract.cuetails import named_after_role
    assert named_after_role("the club's director", "Jane Roe.", _PERSON_NAME)
    assert not named_after_role("the army", "Amnesty International", _PERSON_NAME)
    assert not named_after_role("Jane Roe", "The Club Director", _PERSON_NAME)


# --------------------------------------------------------------------------- "X welcomed … but said 40 …"

def test_an_elided_subject_of_said_is_the_sentence_opening_subject() -> None:
    assert attr("Kyiv welcomed the exchange but said 40 of its soldiers are still held in Russia.", "40") == \
        ("Kyiv", "official", "claimed")
    assert attr("The regional government rejected the report and said 12 people had died.", "12")[0] == \
        "Regional government"


def test_a_number_before_the_elided_said_stays_the_writers() -> None:
    assert attr("Police arrested 12 men and said they were armed.", "12") == (OUTLET, "publication", "asserted")


def test_no_opening_subject_across_a_comma() -> None:
    from extract.cuetails import opening_subject
    text = "Rebels attacked the town at dawn, burned 30 homes and said they had taken it."
    assert opening_subject(text, text.index("said")) is None
    assert opening_subject("Kyiv welcomed it but said", 20) == "Kyiv"
    assert opening_subject("12 men were held and said", 22) is None


# --------------------------------------------------------------------------- "…in Laos, its defence ministry said"

def test_its_state_body_belongs_to_the_country_named_before_it() -> None:
    text = ("At least 34 soldiers were hurt on the Thai side, the Thai army said. "
            "Another 20 were hurt in Laos, its defence ministry said.")
    assert attr(text, "20") == ("Laos's defence ministry", "official", "claimed")


def test_its_spokesman_or_a_city_is_left_to_the_antecedent() -> None:
    from extract.itsowner import country_body
    assert country_body("At least 14 fighters died in Mali, its spokesman said.", 36, "its spokesman") is None
    assert country_body("At least 9 died in Kharkiv, its government said.", 28, "its government") is None
    assert country_body("Scores died in Laos near Xam Neua, its government said.", 35, "its government") is None
    assert country_body("Scores died in Laos, its government said.", 21, "its government") == "Laos's government"


# --------------------------------------------------------------------------- "Neither claim could be checked."

DUAL = ("Local officials say shelling has killed 31 civilians since Monday. The army said it had shot down two drones; "
        "the rebels said they had lost no aircraft. The army also says the rebels number 4,000 men. "
        "Neither claim could be checked.")


def test_a_dual_doubt_covers_the_two_accounts_next_to_it() -> None:
    assert attr(DUAL, "two drones")[2] == "disputed"
    assert attr(DUAL, "4,000")[2] == "disputed"


def test_a_dual_doubt_stops_once_two_claimants_stand_between() -> None:
    assert attr(DUAL, "31") == ("Local officials", "official", "claimed")


def test_a_dual_doubt_on_two_one_sentence_accounts_reaches_both() -> None:
    text = "Local officials say 31 civilians died. The army said it shot down two drones. Neither claim could be checked."
    assert attr(text, "31")[2] == "disputed"
    assert attr(text, "two")[2] == "disputed"


# --------------------------------------------------------------------------- "The figure … is the army's: 212 …"

def test_the_owner_of_a_figure_before_a_colon_claims_it() -> None:
    assert attr("The figure most often repeated in Kyiv is the defence ministry's: 316 soldiers killed in the whole war.",
                "316") == ("Defence ministry", "official", "claimed")
    assert attr("The toll cited most often is the army's: 212 soldiers killed.", "212")[0] == "Army"
    assert attr("The highest figure is the rebels': 90 soldiers killed.", "90")[0] == "Rebels"


def test_no_owner_without_a_figure_word_or_a_possessive() -> None:
    assert attr("The reason is the army's: 212 soldiers were killed.", "212") == (OUTLET, "publication", "asserted")
    assert attr("The count is final: 40 dead.", "40") == (OUTLET, "publication", "asserted")


def test_cited_most_often_is_a_participle() -> None:
    from extract.cuetails import participle_with_adverb
    assert participle_with_adverb("cited", " most often is")
    assert not participle_with_adverb("cited", " the ministry")
    assert not participle_with_adverb("said", " often")
