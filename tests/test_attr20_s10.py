"""Session 10, batch 20 attribution rules (helper attr20): each on sentences written for the test, with the cases
it must not reach."""

from __future__ import annotations

from datetime import date

import pytest

from attribution_probe import attribution_at, body
from extract.bookreview import reviewed_author
from extract.lexicon import type_of
from extract.memosubject import is_subject_line
from extract.nosupport import endorsed_dismissal, judged_off
from extract.sections import split_sections
from extract.seatnames import seat_dropped
from extract.setdoubt import points_over_paragraph

DAY = date(2011, 4, 2)


def at(text: str, number: str, outlet: str = "Valley Courier", occurrence: int = 0) -> tuple[str | None, str, str]:
    return attribution_at(text, number, outlet=outlet, published=DAY, occurrence=occurrence)


# --- a doubt over the paragraph's figures: "either set of figures", "these numbers" (extract/setdoubt.py)

def test_either_set_of_figures_reaches_back_over_the_paragraph() -> None:
    text = body("The interior ministry says that 40 soldiers were killed in Tarn. The state radio reports that 12 "
                "depots were burned. The Delta Council says that 300 villagers died. We are unable to verify "
                "either set of figures: reporters are kept out.")
    assert at(text, "40")[2] == "disputed"
    assert at(text, "12")[2] == "disputed"
    assert at(text, "300")[2] == "disputed"


def test_these_numbers_reach_the_paragraph_but_not_the_one_before() -> None:
    text = body("The army says 9 soldiers died on Monday.",
                "The regional office gave its count: 31 civilians killed in the market. Clinics treated the "
                "wounded. A boy of 12 is among the dead. We cannot check these numbers.")
    assert at(text, "31")[2] == "disputed"
    assert at(text, "9")[2] == "claimed"  # (another paragraph)


def test_a_doubt_without_demonstrative_or_set_stays_near() -> None:
    assert not points_over_paragraph("The Ukrainian numbers cannot be verified.")
    text = body("The army says 70 fighters were killed. Aid workers say 15 houses burned. Officers report "
                "that 6 tanks were lost. The rebel figures could not be verified.")
    assert at(text, "70")[2] == "claimed"


# --- "Neither claim was supported by any evidence" (extract/nosupport.py)

def test_claims_said_to_stand_on_no_evidence_are_disputed() -> None:
    text = body("A police spokesman said 14 officers had been hurt. The state agency reports that 60 people were "
                "arrested. Neither claim was backed by any evidence shown to the press.")
    assert at(text, "14")[2] == "disputed"
    assert at(text, "60")[2] == "disputed"


def test_a_claim_supported_by_evidence_is_not_doubted() -> None:
    text = body("A police spokesman said 14 officers had been hurt. The claim was supported by evidence from the "
                "city hospital.")
    assert at(text, "14")[2] == "claimed"


# --- a dismissal the writer endorses, and the writer's "too low" in apposition (extract/nosupport.py)

def test_an_endorsed_dismissal_disputes_its_own_figure_only() -> None:
    text = body("The army's own count of 400 deaths the commission rejects as wartime propaganda, and rightly so.")
    assert at(text, "400") == ("Army", "official", "disputed")
    assert endorsed_dismissal("She dismisses the figure of 9 as a guess, and she is right to.")
    assert not endorsed_dismissal("She dismisses the figure of 9 as a guess.")


def test_a_dismissal_without_endorsement_is_another_partys_view() -> None:
    text = body("The army's own count of 400 deaths the rebels reject as propaganda.")
    assert at(text, "400")[2] == "claimed"


def test_the_writers_too_low_disputes_that_figure_not_the_sentence_before() -> None:
    text = body("Six of the dead were farmers. The provincial ministry has listed 320 deaths, a figure our field "
                "teams consider far too low.")
    assert at(text, "320")[2] == "disputed"
    assert at(text, "Six")[2] == "asserted"


def test_another_partys_too_low_is_no_doubt_of_the_writer() -> None:
    assert not judged_off("The army admitted 900 dead, a number its critics called far too low.")
    text = body("The army says it lost 900 men, a number its critics call far too low.")
    assert at(text, "900")[2] == "claimed"


# --- a comparative that describes a noun is no counter-figure (extract/comparatives.py)

def test_a_much_smaller_army_is_no_counter_figure() -> None:
    text = body("The rebels say 8,000 of their men died, out of a much smaller force of some 30,000.")
    assert at(text, "8,000")[2] == "claimed"


def test_a_predicative_much_higher_still_disputes() -> None:
    text = body("The army says 8 soldiers died, but the real number is much higher.")
    assert at(text, "8")[2] == "disputed"


# --- a book review speaks for the book (extract/bookreview.py)

REVIEW = ("Review: the salt war\n\n"
          "SALT AND IRON: The Tarn Campaign, 1911-1913. By Miriam Okafor. Ridge University Press, 2015. 388 pages.\n\n"
          "Miriam Okafor has spent a decade on the regimental diaries. Her case is that cholera won the campaign. "
          "She reckons that about 14,000 of the northern troops died of it. The ministry's wartime figure of 2,000 "
          "dead she rejects as a fiction for parliament, and she is right to.\n\n"
          "At Vell, in May 1912, some 900 southern soldiers surrendered in an afternoon.\n")


def test_the_reviewed_author_is_the_source_of_the_books_figures() -> None:
    assert reviewed_author(REVIEW) == "Miriam Okafor"
    assert at(REVIEW, "14,000", outlet="Tarn Review of Books") == ("Miriam Okafor", "monitor", "claimed")
    assert at(REVIEW, "900", outlet="Tarn Review of Books") == ("Miriam Okafor", "monitor", "claimed")


def test_a_figure_the_review_gives_to_someone_else_stays_theirs() -> None:
    assert at(REVIEW, "2,000", outlet="Tarn Review of Books") == ("Ministry", "official", "disputed")


def test_a_news_byline_is_no_bibliographic_line() -> None:
    text = "Clashes in Tarn\n\nBy Miriam Okafor, Valley Courier. 2015. Troops killed 12 people on Monday.\n"
    assert reviewed_author(text) is None
    assert at(text, "12")[0] == "Valley Courier"


# --- a body's seat is no part of its full name (extract/seatnames.py)

@pytest.mark.parametrize("written, source", [
    ("Eastern Karen Relief Committee in Mae Sot", "Eastern Karen Relief Committee"),
    ("United Nations Assistance Mission in Iraq", "United Nations Assistance Mission in Iraq"),  # (its name)
    ("Foreign Ministry in Lisbon", "Foreign Ministry in Lisbon"),  # (which ministry)
    ("the Kivu Monitoring Force in Goma", "the Kivu Monitoring Force in Goma"),
])
def test_seat_dropped(written: str, source: str) -> None:
    assert seat_dropped(written) == source


# --- a count going on after the writer's doubt is the writer's (extract/carry.py)

def test_no_carry_past_a_doubting_sentence() -> None:
    text = body("The health office says 70 people died in the floods, a figure our teams consider too low. "
                "A further 3 people were hurt in the clearance work.")
    assert at(text, "3 people")[0] == "Valley Courier"


def test_carry_without_doubt_still_goes_on() -> None:
    text = body("Gunmen killed 12 people in the market, the police said. Another 40 were hurt.")
    assert at(text, "40")[0].casefold() == "police"


# --- a document naming itself by its kind (extract/ownkind.py)

SURVEY = ("Delta flood survey: 30 villages reached\n\nRiver Relief Network\nSurvey report No. 3 - Tarn, 2 April 2011\n\n"
          "The survey recorded 54 deaths in the lower valley.\n")


def test_the_survey_in_a_survey_report_is_its_own_voice() -> None:
    assert at(SURVEY, "54", outlet="River Relief Network") == ("River Relief Network", "publication", "confirmed")


def test_the_survey_in_a_news_story_is_not_the_outlets() -> None:
    text = body("A United Nations survey of the valley was published on Monday. The survey recorded 54 deaths.")
    assert at(text, "54")[0] != "Valley Courier"


# --- a record the writer's own people saw (extract/ownsighting.py), the outlet's own appeal

def test_records_seen_by_our_delegates_are_confirmed() -> None:
    text = body("Morgue books inspected by our delegates list 208 deaths in the old town.")
    assert at(text, "208")[2] == "confirmed"


def test_records_seen_by_another_are_not_vouched() -> None:
    text = body("Morgue books seen by the ministry list 208 deaths in the old town.")
    assert at(text, "208")[2] != "confirmed"


def test_the_outlets_own_appeal_is_asserted_anothers_claimed() -> None:
    assert at(body("The Valley Courier has appealed for $3.5 million for the winter."), "$3.5 million")[2] == "asserted"
    assert at(body("UNICEF has appealed for $3.5 million for the winter."), "$3.5 million")[2] == "claimed"


# --- figures handed on as another body's (extract/relayedfigures.py)

def test_relayed_figures_are_their_owners() -> None:
    text = body("The Kivu health ministry says 30 people died in the attack. The army said it lost two men.",
                "Kivu's envoy in Nairobi, Jean Mbeki, gave reporters the ministry's figures on Monday: 25 "
                "civilians killed and 5 more missing.")
    assert at(text, "25")[0] == "Kivu health ministry"


def test_a_relayers_own_figures_stay_his() -> None:
    text = body("The envoy, Jean Mbeki, gave reporters his own estimate on Monday: 25 civilians killed.")
    assert at(text, "25")[0] != "Kivu health ministry"
    assert at(text, "25")[0] != "Valley Courier"


# --- reporters who saw the dead (extract/eyewitness.py)

def test_reporters_who_saw_are_confirmed_and_not_doubted_with_the_rest() -> None:
    text = body("We cannot verify the army's figures, but foreign journalists at the bridge saw at least nine "
                "bodies.")
    assert at(text, "nine") == ("Foreign journalists", "wire_or_outlet", "confirmed")


def test_residents_who_saw_stay_a_claim() -> None:
    text = body("Residents of the old town saw at least nine bodies, the mayor said.")
    assert at(text, "nine")[2] == "claimed"


# --- source types (assets/lexicons/sources.json)

@pytest.mark.parametrize("name, kind", [
    ("a missionary", "activists"),
    ("Lutheran missionaries", "activists"),
    ("Karen groups abroad", "activists"),
    ("exile organisations", "activists"),
    ("foreign journalists", "wire_or_outlet"),
])
def test_source_types(name: str, kind: str) -> None:
    assert type_of(name) == kind


def test_armed_groups_abroad_are_not_activists() -> None:
    assert type_of("armed groups abroad") != "activists"


# --- script labels and a cable's subject line

SCRIPT = ("NIGHT BULLETIN RUNNING ORDER\n\n"
          "ANCHOR: Fighting went on in Tarn today. Our reporter Lena Vos is there.\n"
          "VOS (VO): Shells fell on the market all morning.\n"
          "SOT (shopkeeper, subtitled): \"I counted nine dead outside my door.\"\n"
          "VO over pictures: two medics carry a stretcher.\n"
          "ANCHOR: Lena Vos in Tarn.\n")


def test_a_script_label_is_no_speaker_its_parenthesis_is() -> None:
    source, _, _ = at(SCRIPT, "nine", outlet="Channel 4 Nightly")
    assert source == "shopkeeper"


def test_a_bare_script_label_names_nobody() -> None:
    source, _, _ = at(SCRIPT, "two", outlet="Channel 4 Nightly")
    assert source not in ("Vo", "VO", "Vo over pictures")


CABLE = ("Released cable 88TARN00412\n\nFM AMEMBASSY TARN\nTO SECSTATE WASHDC\n"
         "SUBJECT: DELTA: FLOOD TOLL RISES TO 80\n\n1. (C) SUMMARY: The health office says 80 people died. "
         "Subject: the flood relief.\n")


def test_a_cables_subject_line_is_its_headline() -> None:
    assert is_subject_line("SUBJECT: DELTA: FLOOD TOLL RISES TO 80")
    kinds = {s.kind for s in split_sections(CABLE) if "TOLL RISES" in CABLE[s.start:s.end]}
    assert kinds == {"headline"}
    body_kinds = {s.kind for s in split_sections(CABLE) if "the flood relief" in CABLE[s.start:s.end]}
    assert body_kinds == {"body"}


# --- owners named by a capital, and a quotation tagged by the next sentence

def test_a_capitals_estimate_is_the_capitals() -> None:
    assert at(body("According to Hanoi's estimate, 4,000 soldiers died in the border war."), "4,000")[0] == "Hanoi"


def test_a_quoted_we_tagged_by_the_next_sentence_is_the_speakers() -> None:
    text = body('"We counted 23 bodies in the square." So said Amir Khan, a teacher.')
    assert at(text, "23")[0] == "Amir Khan"
    untagged = body('"We counted 23 bodies in the square." Then the shelling began again.')
    assert at(untagged, "23")[0] == "Valley Courier"


# --- a row crediting its count after a comma (extract/rowcomma.py)

ROWS = "Flood figures\n\nKey figures\n\n- Wells poisoned, police records: 212\n- Cars burned, in total: 748\n"


def test_a_rows_comma_credit_names_the_owner() -> None:
    assert at(ROWS, "212") == ("Police", "official", "claimed")


def test_a_row_without_a_count_noun_credits_nobody() -> None:
    assert at(ROWS, "748") == ("Valley Courier", "publication", "asserted")
