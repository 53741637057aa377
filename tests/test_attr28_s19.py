"""Session 19, batch 28 attribution rules (helper attr28): each on sentences written for the test, with the cases
it must not reach."""

from __future__ import annotations

from datetime import date

from hypothesis import given, strategies as st

from attribution_probe import attribution_at, body
from extract.lexicon import canonical_source
from extract.sourcetidy import narrowed_source

DAY = date(2021, 5, 4)


def at(text: str, number: str, outlet: str = "Hill Courier", occurrence: int = 0) -> tuple[str | None, str, str]:
    return attribution_at(text, number, outlet=outlet, published=DAY, occurrence=occurrence)


# --- names: "state-appointed", a religious or honorific title, a numbered unit of a force (lexicon.py, sourcetidy.py)

def test_an_appointed_prefix_is_no_part_of_the_name() -> None:
    assert canonical_source("State-appointed Lakeland Human Rights Commission") == "Lakeland Human Rights Commission"
    assert canonical_source("court-appointed Lakeland Inquiry Board") == "Lakeland Inquiry Board"


def test_a_hyphenated_name_without_appointed_keeps_its_words() -> None:
    assert canonical_source("Lakeland Hill-Top Commission") == "Lakeland Hill-Top Commission"


def test_honorific_titles_before_a_name_go() -> None:
    assert canonical_source("Maulana Abdul Karim Shah") == "Abdul Karim Shah"
    assert canonical_source("Alhaji Musa Danladi") == "Musa Danladi"
    assert canonical_source("Hon. Musa Danladi") == "Musa Danladi"


def test_a_title_word_alone_is_kept() -> None:
    assert canonical_source("Maulana") == "Maulana"


def test_a_numbered_unit_of_a_force_is_the_unit() -> None:
    assert narrowed_source("the army's 4th Mountain Brigade") == "4th Mountain Brigade"
    assert narrowed_source("Army's 12th Infantry Division") == "12th Infantry Division"


def test_a_states_unit_keeps_its_state() -> None:
    assert narrowed_source("Lakeland's 4th Mountain Brigade") == "Lakeland's 4th Mountain Brigade"


def test_traditional_chiefs_are_local_voices() -> None:
    text = body("Village chiefs say up to 40 people may have died in the raid.")
    assert at(text, "40")[1:] == ("activists", "claimed")


def test_a_chief_of_an_office_stays_official() -> None:
    text = body("The police chief said 40 people died in the raid.")
    assert at(text, "40")[1] == "official"


# --- "according to" a rule or plan, and a document released by its maker (sourcephrases.py, cues.py)

def test_a_rite_followed_is_no_source() -> None:
    text = body('"By noon 31 bodies had been buried according to local custom, while 9 wounded were taken away," '
                "Yusufu Bello stated.")
    assert at(text, "31")[0] == "Yusufu Bello"
    assert at(text, "9")[0] == "Yusufu Bello"


def test_customs_officials_are_still_a_source() -> None:
    text = body("Eight smugglers were shot at the crossing, according to customs officials.")
    assert at(text, "Eight")[0] != "Hill Courier"


def test_a_list_released_by_a_body_is_the_bodys() -> None:
    text = body("Among the dead were 14 pupils, according to a list released by the county education office.")
    assert at(text, "14")[0].casefold() == "county education office"


def test_a_statement_released_on_a_day_keeps_its_maker() -> None:
    text = body("Six guards were killed, the ministry said in a statement released on Monday.")
    assert at(text, "Six")[0] == "Ministry"


# --- the subject of a verb of saying behind a clause (claimants.py)

def test_a_where_clause_between_subject_and_verb_is_skipped() -> None:
    text = body("Mercy Hospital in Lakeport, where the worst hurt were taken by boat, said nine of its patients died.")
    source, kind, stance = at(text, "nine")
    assert source.startswith("Mercy Hospital") and (kind, stance) == ("official", "claimed")


def test_a_where_clause_holding_the_verb_is_not_skipped() -> None:
    text = body("They fled to Lakeport, where the police said 12 people had died.")
    assert at(text, "12")[0] != "Hill Courier"


def test_what_a_thing_is_described_as_is_no_speaker() -> None:
    text = body('A councillor, Ada Obi, described the raid as "an outrage", saying at least 23 people were killed.')
    assert at(text, "23")[0] == "Ada Obi"


def test_a_plain_as_clause_is_left_alone() -> None:
    text = body("The rebels fled as the army advanced, saying 40 houses were burned.")
    assert at(text, "40")[0] != "Hill Courier"


def test_a_pronoun_after_that_is_the_speaker_not_the_one_told() -> None:
    text = body("A farmer, Ada Obi, told our correspondent that she personally counted 18 bodies.")
    assert at(text, "18")[:2] == ("Ada Obi", "activists")


def test_a_relative_that_clause_is_still_skipped() -> None:
    text = body("The officers that the governor sent said 12 people were killed.")
    assert at(text, "12")[0] != "Governor"


def test_residents_insist() -> None:
    text = body("The police put the toll at 20, even as residents insist that over 70 people died.")
    assert at(text, "70")[:2] == ("Residents", "activists")
    assert at(text, "20")[0] == "Police"


def test_a_role_before_a_persons_name_types_the_person() -> None:
    text = body("A village elder in Tumba, Joseph Kamau Njoroge, said 11 people were killed.")
    assert at(text, "11") == ("Joseph Kamau Njoroge", "activists", "claimed")


def test_an_office_before_a_persons_name_stays_official() -> None:
    text = body("The district governor, Joseph Kamau Njoroge, said 11 people were killed.")
    assert at(text, "11")[1] == "official"


# --- a sentence inside a quotation closed by a tag two sentences on (midquote.py)

_QUOTE = ('A farmer, Ada Obi, spoke to us by phone.',
          '"We buried them on Friday. In Tumba they buried more than 30. Over 2,000 people have fled to the town, '
          'and many sleep in the open," she lamented.')


def test_the_middle_of_a_quotation_is_the_speakers() -> None:
    text = body(*_QUOTE)
    assert at(text, "30")[0] == "Ada Obi"
    assert at(text, "2,000")[0] == "Ada Obi"


def test_a_sentence_after_a_closed_quotation_is_not() -> None:
    text = body('A farmer, Ada Obi, spoke to us. "We buried them on Friday," she said. In Tumba they buried more than '
                '30. Over 2,000 people have fled, the police said.')
    assert at(text, "30")[0] == "Hill Courier"


def test_an_unclosed_quotation_in_another_paragraph_is_not_carried() -> None:
    text = body('A farmer, Ada Obi, said: "We buried them on Friday.', "In Tumba they buried more than 30.",
                'Over 2,000 people have fled," she lamented.')
    assert at(text, "30")[0] == "Hill Courier"


@given(st.sampled_from(["Ada Obi", "Musa Bello", "Grace Wanjiru"]), st.integers(min_value=2, max_value=900))
def test_the_middle_sentence_takes_any_named_speaker(name: str, n: int) -> None:
    text = body(f"A farmer, {name}, spoke to us.",
                f'"We buried them on Friday. In Tumba they buried {n} more. Many have fled," he lamented.')
    assert at(text, str(n))[0] == name


# --- a surname after a rank in capitals or a courtesy title (surnames.py)

def test_a_surname_takes_the_name_given_after_a_rank() -> None:
    text = body("The police spokesman, ASP Bala Danjuma, spoke on Monday.",
                '"So far, 17 bodies have been recovered," Danjuma stated.')
    assert at(text, "17")[0] == "Bala Danjuma"


def test_a_surname_after_a_title_of_office_is_not_widened() -> None:
    text = body("We met General Danjuma on Monday.", '"So far, 17 bodies have been recovered," Danjuma stated.')
    assert at(text, "17")[0] == "Danjuma"


# --- the outlet's own acronym (attribution.py)

def test_the_outlets_own_acronym_is_its_voice() -> None:
    text = body("Town Watch (TW) has documented the killing of 47 people.",
                "TW has confirmed that 41 people were killed by gunfire.")
    assert at(text, "41", outlet="Town Watch") == ("Town Watch", "publication", "confirmed")


def test_another_bodys_acronym_is_that_body() -> None:
    text = body("Town Watch (TW) has documented the killing of 47 people.",
                "TW has confirmed that 41 people were killed by gunfire.")
    assert at(text, "41", outlet="Hill Courier")[0] == "Town Watch"


# --- a caveat on "either toll" (tolldoubt.py; stance.py leaves it)

_TOLLS = ("Gunmen killed more than 90 people in Tumba, the provincial rights commission said on Friday.",
          "A nurse who treated the wounded told us that 160 people had been killed, among them 14 children. "
          "She said at least 30 people were wounded and dozens of houses burned.",
          "The Hill Courier could not independently verify either toll.")


def test_either_toll_disputes_the_tolls_told_before() -> None:
    from extract import extract_claims
    claims = {c.number_text: c.stance for c in extract_claims(body(*_TOLLS), outlet="Hill Courier")}
    assert claims["90"] == "disputed" and claims["160"] == "disputed"


def test_either_toll_leaves_the_parts_and_other_counts() -> None:
    from extract import extract_claims
    claims = {c.number_text: c.stance for c in extract_claims(body(*_TOLLS), outlet="Hill Courier")}
    assert claims["14"] == "claimed" and claims["30"] == "claimed"


def test_either_account_still_covers_every_count() -> None:
    from extract import extract_claims
    text = body(*_TOLLS[:2], "The Hill Courier could not independently verify either account.")
    claims = {c.number_text: c.stance for c in extract_claims(text, outlet="Hill Courier")}
    assert claims["30"] == "disputed"


# --- a speaker's accusation, "nobody believes it", "X's figure …: N" (stance.py, ownedfigures.py)

def test_an_accusation_of_hiding_the_true_figure_is_the_speakers() -> None:
    text = body("The party leader, Ali Karimi, put the toll at 80 and accused the police of hiding the true figure.")
    assert at(text, "80")[2] == "claimed"


def test_the_true_figure_in_the_writers_voice_still_disputes() -> None:
    text = body("The police put the toll at 80, but the true figure is far higher.")
    assert at(text, "80")[2] == "disputed"


def test_nobody_believes_it_disputes_the_figure_before() -> None:
    text = body("The governor's figure for the dead has not changed since May: 212 killed. Hardly anyone, and almost "
                "nobody in the camps, believes it.")
    assert at(text, "212") == ("Governor", "official", "disputed")


def test_nobody_believes_it_will_end_is_no_doubt() -> None:
    text = body("The governor said 212 people were killed. Nobody believes it will end soon.")
    assert at(text, "212")[2] == "claimed"


def test_a_figure_before_a_colon_with_no_owner_is_the_writers() -> None:
    text = body("The figure has not changed since May: 212 killed.")
    assert at(text, "212") == ("Hill Courier", "publication", "asserted")


# --- a place where deaths were recorded, a caption, a headline's closing speaker, a kind named before

def test_a_place_that_recorded_deaths_gives_way_to_according_to() -> None:
    text = body("Zamfara has recorded over 900 deaths from banditry this year, according to figures compiled by this "
                "newspaper.")
    assert at(text, "900") == ("Hill Courier", "publication", "asserted")


def test_a_body_that_recorded_deaths_stays_the_claimant() -> None:
    text = body("The health ministry has recorded 900 deaths this year, according to figures compiled by this "
                "newspaper.")
    assert at(text, "900")[0] == "Health ministry"


def test_a_caption_naming_a_toll_again_keeps_the_outlets_voice() -> None:
    from extract import extract_claims
    text = body("The toll has risen to 63, health officials said on Tuesday.",
                "Photo caption: Relatives carry the coffin of one of the 63 victims on Monday.")
    got = [(c.source, c.stance) for c in extract_claims(text, outlet="Hill Courier") if c.number_text == "63"]
    assert got == [("Health officials", "claimed"), ("Hill Courier", "asserted")]


def test_a_toll_named_again_outside_a_caption_keeps_its_claimant() -> None:
    from extract import extract_claims
    text = body("The toll has risen to 63, health officials said on Tuesday.",
                "Relatives carried the coffins of the 63 victims on Monday.")
    got = [c.source for c in extract_claims(text, outlet="Hill Courier") if c.number_text == "63"]
    assert got[-1] == "Health officials"


def test_a_headline_closing_on_its_speaker_is_claimed() -> None:
    from extract import extract_claims
    text = "Death toll in raid on villages hits 58 - Police\n\nBody text.\n"
    assert [c.stance for c in extract_claims(text, outlet="Hill Courier")] == ["claimed"]


def test_a_headline_closing_on_a_wire_credit_or_a_place_is_asserted() -> None:
    from extract import extract_claims
    for tail in ("Reuters", "Nigeria"):
        text = f"Gunmen kill 58 in raid on villages - {tail}\n\nBody text.\n"
        assert [c.stance for c in extract_claims(text, outlet="Hill Courier")] == ["asserted"]


def test_the_aid_group_is_the_listed_body_named_before() -> None:
    text = body("The clinic run by Medecins Sans Frontieres near the camp treated 240 wounded, the aid group said.")
    assert at(text, "240")[:2] == ("Médecins Sans Frontières", "monitor")


def test_the_aid_group_alone_stays_as_written() -> None:
    text = body("The police said 12 died; the aid group said 240 were wounded.")
    assert at(text, "240")[0] == "Aid group"


def test_imagery_reviewed_by_a_body_is_the_bodys() -> None:
    text = body("Some 800 homes burned in Tumba, according to satellite imagery reviewed by the Lakeland Rights Project.")
    assert at(text, "800")[0] == "Lakeland Rights Project"


def test_a_report_seen_by_a_paper_is_not_the_papers() -> None:
    text = body("Some 800 homes burned in Tumba, according to a UN report seen by the Lakeland Herald.")
    assert at(text, "800")[0] != "Lakeland Herald"


# --- a reply in the present shares its subject; a headline offering figures as alternatives (cuetails.py, headlines.py)

def test_a_present_reply_shares_its_subject() -> None:
    text = body("Lakeland denies it and says at least 300 of its troops are still on the ridge.")
    assert at(text, "300")[0] == "Lakeland"


def test_a_plain_present_verb_gives_no_subject() -> None:
    text = body("The rebels attack and say 40 soldiers died.")
    assert at(text, "40")[0] == "Hill Courier"


@given(st.lists(st.integers(min_value=2, max_value=5000), min_size=2, max_size=5, unique=True))
def test_a_headline_asking_which_of_several_figures_is_claimed(ns: list[int]) -> None:
    from extract import extract_claims
    figures = ", ".join(f"{n:,}" for n in ns[:-1]) + f" or {ns[-1]:,}"
    text = f"Analysis: Tumba's dead - {figures}?\n\nBody text.\n"
    stances = {c.stance for c in extract_claims(text, outlet="Hill Courier") if c.section == "headline"}
    assert stances <= {"claimed"}


def test_a_headline_question_with_one_figure_still_asserts_it() -> None:
    from extract import extract_claims
    text = "Why did 300 or more people die in Tumba?\n\nBody text.\n"
    assert [c.stance for c in extract_claims(text, outlet="Hill Courier")] == ["asserted"]
