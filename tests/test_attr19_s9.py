"""Session 9, batch 19's forms of attribution, on sentences written for these tests (not the batch's): a body's own
report naming its people "the team"/"the mission", a closing "X said on Tuesday, and …", "…, police say.", a listed
state news agency before a colon, a negated first verb sharing its subject with "but reported", "X quoted Y as
saying", "Three days later a spokesman", a body's registering office, "all three were wrong", "of which, X says, N",
the name of a survey without its year, a place phrase before the subject, "staff at the hospital", a row label's
"(X count)", "that figure" after a figure of its own, "I can't verify it", "the Front" for the full name, an exiled
group's type, and the shared figure nouns and quotation count."""

from __future__ import annotations

from datetime import date

from hypothesis import given, settings
from hypothesis import strategies as st

from attribution_probe import attribution_at, body
from extract.accountdoubt import _ALL_UNTRUE
from extract.backrefs import proper_short_name
from extract.cues import sentence_cues
from extract.cuetails import FIGURE_WORD, closes_after_time, names_a_body
from extract.figurenouns import ACCOUNT_ALT, FIGURE_ALT
from extract.fronted import relative_front
from extract.lexicon import type_of
from extract.nosupport import finds_no_support, points_at_own_figure
from extract.ownteam import own_count_verb, own_people
from extract.quotecarry import quote_left_open
from extract.relayedspeaker import quoted_as, without_time_opening
from extract.rowcredit import row_credit

OUTLET = "Harbour Gazette"
MISSION = "Baltic Monitoring Mission"


def attr(text: str, number: str, outlet: str = OUTLET, occurrence: int = 0) -> tuple[str | None, str, str]:
    return attribution_at(text, number, outlet=outlet, published=date(2011, 5, 9), occurrence=occurrence)


# --------------------------------------------------------------------------- a body's own people

def test_a_missions_team_counting_is_its_own_confirmed_count() -> None:
    assert attr(body("The team counted 52 explosions during the night."), "52", MISSION) == (
        MISSION, "publication", "confirmed")


def test_a_missions_team_observing_is_its_own_assertion() -> None:
    assert attr(body("At noon the team observed a column of 14 tanks moving north."), "14", MISSION) == (
        MISSION, "publication", "asserted")


def test_the_mission_unnamed_before_is_the_authority_writing() -> None:
    outlet = "Lakes Peacekeeping Authority"
    assert attr(body("The mission recorded 31 attacks on its patrols."), "31", outlet) == (outlet, "publication", "confirmed")


def test_the_team_in_a_newspaper_is_not_the_papers_own() -> None:
    assert attr(body("The team counted 52 explosions during the night."), "52")[0] != OUTLET
    assert attr(body("The team counted 52 explosions during the night."), "52", "Asia News Network")[0] != "Asia News Network"


def test_a_team_of_another_body_is_not_the_missions_own() -> None:
    assert attr(body("A UN team counted 52 explosions during the night."), "52", MISSION)[0] != MISSION
    assert not own_people("UN team", MISSION)


def test_our_reporters_counting_is_confirmed_but_registering_stays_asserted() -> None:
    assert attr(body("Our team counted 52 fresh graves near the river."), "52") == (OUTLET, "publication", "confirmed")
    assert own_count_verb("logged") and not own_count_verb("registered") and not own_count_verb(None)


# --------------------------------------------------------------------------- closing tags

def test_a_day_after_a_closing_said_does_not_stop_it_reaching_back() -> None:
    text = body("The death toll has risen to 212, the state agency Tanjug said on Tuesday, and police have detained 90 people.")
    assert attr(text, "212")[0] == "Tanjug"
    assert closes_after_time(" on Tuesday, and police")
    assert closes_after_time(" late on 5 March; the rest")


def test_a_participle_after_the_day_goes_on_with_the_speech() -> None:
    text = body("Some 130 people fled on Monday, the refugee agency said on Thursday, bringing the total to 9,000.")
    assert attr(text, "9,000")[0] != OUTLET
    assert not closes_after_time(" on Thursday, bringing the total")


def test_a_closing_say_after_a_group_noun() -> None:
    assert attr(body("Forty people died in the clashes, police say."), "Forty")[0] == "Police"
    assert attr(body("Twelve shops burned overnight, local officials say."), "Twelve")[0] == "Local officials"


def test_a_closing_say_without_a_comma_and_subject_is_none() -> None:
    assert attr(body("Growth was 40 percent, but slower than they say."), "40")[0] == OUTLET
    assert attr(body("The price rose by 40 percent, as economists say."), "40")[0] == OUTLET


# --------------------------------------------------------------------------- names

def test_a_listed_state_agency_before_a_colon_claims_the_bullet() -> None:
    text = "Riots spread\n\n* Xinhua: 40 dead, 70 hurt in the capital\n\nBody text.\n"
    assert attr(text, "40") == ("Xinhua", "state_media", "claimed")
    assert attr(text, "70")[0] == "Xinhua"


def test_a_negated_first_verb_shares_its_subject_with_but_reported() -> None:
    text = body("Tanjug did not say how many of them were soldiers, but reported that 1,080 people had been injured.")
    assert attr(text, "1,080")[0] == "Tanjug"
    text = body("Tanjug did not say how many died, but residents reported that 40 people were hurt.")
    assert attr(text, "40")[0] == "Residents"


def test_the_one_quoted_as_saying_makes_the_claim() -> None:
    text = body('A foreign agency quoted "travellers from Kano" as saying that 4,000 bodies had been found.')
    assert attr(text, "4,000")[0].casefold() == "travellers from kano"
    assert attr(body("A local radio station quoted refugees as saying that 400 people had been killed."), "400")[0] == (
        "Refugees")
    assert quoted_as("the radio said") is None


def test_a_span_of_time_or_a_place_phrase_opening_the_clause_is_not_the_subject() -> None:
    text = body("Three days later a spokesman for the Liberation Council told a crowd that 3,000 people had died.")
    assert attr(text, "3,000")[0] == "Liberation Council"
    assert attr(body("Around Dongo the rebel army counted more than 5,000 shells in May."), "5,000")[0] == "Rebel army"
    assert without_time_opening("In Kesh residents") == "In Kesh residents"  # no article: left whole
    assert without_time_opening("Three gunmen") == "Three gunmen"


def test_a_body_ending_in_an_organisation_word_registers() -> None:
    text = body("The regional health office has so far registered 417 dead in Kano.")
    assert attr(text, "417") == ("Regional health office", "official", "claimed")
    assert names_a_body("the county prosecutor's office") and not names_a_body("2,000 refugees")


def test_the_year_of_a_survey_is_no_part_of_its_name() -> None:
    text = body("In the province alone, 320 schools were destroyed, according to a provincial survey from 1994.")
    assert attr(text, "320")[0] == "Provincial survey"


def test_the_staff_of_a_hospital_speak_for_it_but_its_doctors_as_themselves() -> None:
    assert attr(body("Staff at the Kilo district hospital said 18 civilians had been treated."), "18") == (
        "Kilo district hospital", "official", "claimed")
    assert attr(body("Doctors at Kilo General Hospital said 18 civilians had been treated."), "18")[0] == "Doctors"
    assert attr(body("Officials at the Kilo border crossing said 4,000 people crossed."), "4,000")[0] == "Officials"


def test_the_capitalised_short_form_names_the_front_named_before() -> None:
    text = body("A spokesman for the Patriotic Liberation Front said 600 had died.", "The Front now speaks of 60 dead.")
    assert attr(text, "60 dead")[0] == "Patriotic Liberation Front"
    assert proper_short_name("The army held the front.", 30, "front") is None
    assert proper_short_name("Nothing named before.", 20, "Front") is None


def test_an_exiled_group_is_activists_not_an_armed_group() -> None:
    assert type_of("Exiled Uighur group") == "activists"
    assert type_of("rebel group") == "armed_group"


# --------------------------------------------------------------------------- rows and parentheticals

def test_a_row_label_credits_its_count_in_brackets() -> None:
    text = "Bulletin\n\n- Houses burned (Public Works Office count): 1,189\n- Cars burned: 748\n"
    assert attr(text, "1,189") == ("Public Works Office", "official", "claimed")
    assert attr(text, "748")[0] == OUTLET
    assert row_credit("- Cars burned (estimated): 748") is None


def test_a_tag_after_of_which_reaches_the_count_after_it_only() -> None:
    text = body("Donors pledged $900 million in 2005, of which, the finance ministry says, $310 million had been spent.")
    assert attr(text, "$900 million")[0] == OUTLET
    assert attr(text, "$310 million")[0] == "Finance ministry"
    assert attr(body("About 4,000 people fled, officials say, and 1,200 were children."), "4,000")[0] == "Officials"
    assert relative_front("fled, of whom, officials say", 15) == 4


# --------------------------------------------------------------------------- doubt

def test_all_three_were_wrong_reaches_back_over_three_sentences() -> None:
    text = body("A wire said 500 had died. Rebel radio spoke of 9,000 dead. A minister said 20,000. "
                "All three figures spread fast, and all three were wrong.")
    assert [attr(text, n)[2] for n in ("500", "9,000", "20,000")] == ["disputed"] * 3


def test_both_were_wrong_reaches_two_sentences_only() -> None:
    text = body("A wire said 500 had died. Rebel radio spoke of 9,000 dead. A minister said 20,000. Both were wrong.")
    assert attr(text, "500")[2] == "claimed"
    assert attr(text, "9,000")[2] == "disputed"


def test_wrong_about_something_else_is_no_doubt_of_the_figures() -> None:
    text = body("The army said 40 soldiers died. The rebels said 90. Both were wrong about the date.")
    assert attr(text, "40")[2] == "claimed"
    assert _ALL_UNTRUE.search("all three were wrong") and not _ALL_UNTRUE.search("both were wrong about it")


def test_that_figure_after_a_figure_of_its_own_does_not_reach_back() -> None:
    text = body("More than 2,000 villagers fled. The rebel radio claimed that its forces had killed 300 soldiers; "
                "the mission found no basis for that figure.")
    assert attr(text, "2,000")[2] == "asserted"
    assert attr(text, "300")[2] == "disputed"
    assert attr(body("Rebels said 300 soldiers died. That figure could not be verified."), "300")[2] == "disputed"
    assert points_at_own_figure("The army said 40; that figure is wrong.") and not points_at_own_figure("That figure.")


def test_cant_verify_is_a_doubt() -> None:
    text = body("The ministry said 10,000 had been killed. I think that's plausible, but I can't verify it.")
    assert attr(text, "10,000")[2] == "disputed"
    assert finds_no_support("We can’t independently confirm the figure.")
    assert attr(body("The ministry said 10,000 had been killed. I can't say more."), "10,000")[2] == "claimed"


# --------------------------------------------------------------------------- one list, one count

def test_figure_word_is_the_shared_alternation() -> None:
    assert FIGURE_WORD.search("the tallies given") and not FIGURE_WORD.search("the figurehead")
    assert "claims?" in ACCOUNT_ALT and "tolls?" in FIGURE_ALT


@settings(max_examples=60, deadline=None)
@given(st.text(alphabet='ab "“”', max_size=20))
def test_quote_left_open_agrees_with_the_two_counts(text: str) -> None:
    assert quote_left_open(text) == (text.count("“") > text.count("”") or text.count('"') % 2 == 1)


@settings(max_examples=40, deadline=None)
@given(st.text(alphabet="abc (),:;0123456789AOPWcountfigures", max_size=60))
def test_row_credit_never_fails_and_names_a_bracketed_text(text: str) -> None:
    credit = row_credit(text)
    assert credit is None or (credit[0] and text[credit[1]:].startswith(credit[0].split()[0]))


def test_cues_of_a_row_with_a_credit() -> None:
    assert [c.name for c in sentence_cues("- Refugees in camps (UNHCR figures): 25,004") if c.name] == ["UNHCR"]


# --------------------------------------------------------------------------- vouching after

def test_those_numbers_are_solid_vouches_for_the_figures_just_given() -> None:
    text = body("The rebels handed back 160 prisoners and the army returned 23. Those numbers are solid; both sides "
                "agreed on them.")
    assert attr(text, "23")[2] == "confirmed"
    assert attr(body("The army said 23 soldiers died. That figure is accurate."), "23") == ("Army", "official", "confirmed")


def test_someone_elses_vouch_or_a_remark_on_size_is_none() -> None:
    text = body("The rebels handed back 160 prisoners. The figures are reliable, the ministry insists.")
    assert attr(text, "160")[2] == "asserted"
    assert attr(body("The rebels handed back 160 prisoners. Those numbers are high."), "160")[2] == "asserted"
    text = body("The rebels handed back 160 prisoners.", "Those numbers are solid.")  # another paragraph
    assert attr(text, "160")[2] == "asserted"


def test_a_readers_own_count_stays_asserted() -> None:
    text = body("Body.", "Leave a Comment", "I counted 12 helicopters over the town.")
    assert attr(text, "12") == ("reader comment", "reader_comment", "asserted")


def test_as_our_reporter_saw_confirms_the_writers_own_figure() -> None:
    text = body("The grave held 13 bodies, not thousands, as our reporter saw when it was opened.")
    assert attr(text, "13") == (OUTLET, "publication", "confirmed")
    assert attr(body("The grave held 13 bodies, as our readers know."), "13")[2] == "asserted"
    assert attr(body("The grave held 13 bodies, as residents saw."), "13")[2] != "confirmed"


# --------------------------------------------------------------------------- the figure most X accept

def test_the_figure_most_historians_accept_is_the_historians() -> None:
    text = body("The figure most historians accept is about 200,000 troops in the first wave.")
    assert attr(text, "200,000") == ("Historians", "monitor", "claimed")
    assert attr(body("The estimate that aid agencies use is 40,000 dead."), "40,000")[0] == "Aid agencies"


def test_a_figure_remembered_or_a_pronouns_use_names_nobody() -> None:
    assert attr(body("The figure people remember is 40,000."), "40,000")[0] == OUTLET
    assert attr(body("The figure they use is 40,000."), "40,000")[0] == OUTLET
    assert attr(body("The tanks they used were 40 in number."), "40")[0] == OUTLET


# --------------------------------------------------------------------------- headlines

def headline(title: str, number: str) -> tuple[str | None, str, str]:
    return attr(title + "\n\nBody.\n", number)


def test_a_count_left_without_its_verb_goes_on_with_the_headlines_speech() -> None:
    assert headline("Army says 40 rebels killed; 12 captured near Gori", "12")[2] == "claimed"
    assert headline("Ministry says riot toll rises to 156; over 1,400 held", "1,400")[2] == "claimed"


def test_a_clause_of_its_own_or_after_an_unhedged_clause_stays_asserted() -> None:
    assert headline("Strike kills 28; 40 hurt in second blast", "40")[2] == "asserted"
    assert headline("Army says 40 rebels killed; rebels deny it, 12 captured", "12")[2] == "asserted"


def test_a_role_after_an_acronym_in_brackets_keeps_the_body_before_it() -> None:
    text = body("The Kenyan police (GSU) commander in Garissa told reporters that six officers were killed.")
    assert attr(text, "six") == ("Kenyan police (GSU) commander", "official", "claimed")
    assert attr(body("Park management (African Parks) confirms 40 elephants died."), "40")[0] == "African Parks"
    assert attr(body("Reporters Without Borders (RSF) said 40 journalists died."), "40")[0] == "Reporters Without Borders"
