"""Session 7, batch 16's forms of attribution, on sentences written for these tests (not the batch's): an elliptic
count going on with an opening "X says …", a thread's post number before a speaker, a label naming a statement,
a described claimant with its name in brackets, a body asking for a sum, doubt by missing evidence, the writer's
own count after a doubt, a report's method vouching for its counts, "state-run" newspapers, "X think the real
number is …"."""

from __future__ import annotations

from datetime import date

from attribution_probe import attribution_at, body
from extract.asksmoney import ask_spans
from extract.bracketname import bracketed_name
from extract.stance import own_clause_after
from extract.lexicon import type_of
from extract.linelabels import label_speaker, post_lead
from extract.methodvouch import _METHOD

OUTLET = "Lakeside Courier"


def attr(text: str, number: str, occurrence: int = 0) -> tuple[str | None, str, str]:
    return attribution_at(text, number, outlet=OUTLET, published=date(2011, 3, 9), occurrence=occurrence)


# --------------------------------------------------------------------------- "X says 60 … . Another 250 …"

def test_an_elliptic_count_goes_on_with_an_opening_speaker() -> None:
    text = body("The Crescent says at least 35 villagers have died in the floods since Monday. Another 120 have been "
                "taken to clinics.")
    assert attr(text, "120") == ("Crescent", attr(text, "35")[1], "claimed")


def test_an_elliptic_count_goes_on_with_a_source_that_tells_the_writer() -> None:
    text = body("A police officer tells me a second mine exploded under the rescue truck. Three more constables dead.")
    assert attr(text, "Three")[0] == "Police officer"
    assert attr(text, "Three")[2] == "claimed"


def test_a_confirming_speaker_confirms_the_count_that_goes_on() -> None:
    text = body("The hospital director confirms 7 patients killed in the shelling. Two more nurses wounded.")
    assert attr(text, "Two")[2] == "confirmed"


def test_a_sentence_of_its_own_between_breaks_the_continuation() -> None:
    text = body("The Crescent says at least 35 villagers have died. Rain fell again overnight. Another 120 have been "
                "taken to clinics.")
    assert attr(text, "120") == (OUTLET, "publication", "asserted")


def test_a_scope_break_ends_the_opening_speech_before_the_continuation() -> None:
    text = body("The Crescent says at least 35 villagers have died, after the dam gave way. Another 120 have been "
                "taken to clinics.")
    assert attr(text, "120") == (OUTLET, "publication", "asserted")


def test_what_is_still_to_happen_is_the_writers_news() -> None:
    text = body("The commission says it has identified 4,100 of the missing by their bones. Twelve more victims will "
                "be reburied on Sunday.")
    assert attr(text, "Twelve") == (OUTLET, "publication", "asserted")


def test_an_event_dated_on_its_own_is_the_writers_news() -> None:
    text = body("Rescuers say 35 villagers have died. Four more were laid to rest this morning.")
    assert attr(text, "Four") == (OUTLET, "publication", "asserted")


def test_a_pronoun_opening_the_speech_is_not_carried() -> None:
    text = body("He says 35 villagers have died. Another 120 have been taken to clinics.")
    assert attr(text, "120") == (OUTLET, "publication", "asserted")


# --------------------------------------------------------------------------- "4/ Interior ministry: …"

def test_a_post_number_is_no_part_of_the_speaker() -> None:
    assert attr(body("7/ Interior ministry statement this morning: 11 officers killed."), "11") == (
        "Interior ministry", "official", "claimed")
    assert attr(body("5/ Local police say 40 people were held at the stadium."), "40")[0] == "Local police"
    assert attr(body("(2/6) The police say 40 people were held."), "40")[0] == "Police"


def test_post_lead_reads_only_a_post_number() -> None:
    assert post_lead("4/ Army: 3 killed") == 3
    assert post_lead("(4/9) Army: 3 killed") == 6
    assert post_lead("24/7 coverage: 3 killed") == 0  # (a lower-case word after it: no post)
    assert post_lead("Army: 3 killed") == 0


def test_a_label_naming_a_statement_names_its_issuer() -> None:
    assert label_speaker("Defence ministry statement tonight") == "Defence ministry"
    assert label_speaker("Police communique on Monday") == "Police"
    assert label_speaker("Statement") == "Statement"  # (nothing but the document: left as it is)
    assert label_speaker("Health ministry") == "Health ministry"


def test_an_army_or_police_label_speaks_for_its_line() -> None:
    assert attr(body("Police: 12 arrested after the march."), "12") == ("Police", "official", "claimed")
    assert attr(body("Army spokesman: 6 camps were struck overnight."), "6")[:2] == ("Army spokesman", "official")


def test_a_label_of_a_topic_or_a_time_is_no_speaker() -> None:
    assert attr(body("Displacement: the governor's office counts 900 people who fled."), "900")[0] == "Governor's office"
    assert attr(body("Tuesday morning: a patrol hit a mine and 4 died."), "4") == (OUTLET, "publication", "asserted")


def test_a_post_number_before_a_plain_sentence_gives_no_speaker() -> None:
    assert attr(body("3/ Tuesday night: a convoy hit a mine, 4 killed."), "4") == (OUTLET, "publication", "asserted")


# --------------------------------------------------------------------------- "Park staff (Green Parks) confirm …"

def test_a_described_claimant_is_the_name_in_its_brackets() -> None:
    assert attr(body("The camp operator (Norwegian Refugee Council) said 300 families had arrived."), "300")[0] == \
        "Norwegian Refugee Council"
    s = "Reserve staff (Green Valley Trust) report 4 guards hurt."
    assert bracketed_name(s, "Reserve staff", s.index("report")) == "Green Valley Trust"


def test_an_acronym_or_a_lower_case_aside_in_brackets_is_not_the_name() -> None:
    assert attr(body("Reporters Without Borders (RSF) said 30 journalists were held."), "30")[0] == \
        "Reporters Without Borders"
    s = "The group (based in London) said 30 were held."
    assert bracketed_name(s, "group", s.index("said")) == "group"
    s = "Amnesty International (London) said 30 were held."
    assert bracketed_name(s, "Amnesty International", s.index("said")) == "Amnesty International"


# --------------------------------------------------------------------------- "X has asked donors for $4.5 million"

def test_a_body_asking_for_a_sum_claims_it() -> None:
    assert attr(body("The World Food Programme has asked donors for $7.2 million for the region."), "$7.2") == (
        "World Food Programme", "official", "claimed")
    assert attr(body("UNICEF is requesting $12 million for schools in the region."), "$12")[0] == "UNICEF"


def test_the_asker_beats_the_pronoun_that_relays_the_appeal() -> None:
    text = body("The envoy said he could not add more. UNICEF had asked for an initial $3 million for the camps, "
                "he added.")
    assert attr(text, "$3")[0] == "UNICEF"


def test_asking_for_no_sum_or_by_people_is_no_cue() -> None:
    assert attr(body("Families asked for $500 to free each hostage."), "$500") == (OUTLET, "publication", "asserted")
    assert attr(body("The mayor asked residents for calm after 12 people died."), "12") == (
        OUTLET, "publication", "asserted")
    assert ask_spans("The minister asked not to be named, and 40 died.") == []
    assert ask_spans("She was asked by donors for $5 million.") == []


# --------------------------------------------------------------------------- "Neither side offers evidence"

_TWO_SIDES = ("The interior ministry says its police killed more than 400 bandits in the year, and that 90 more gave "
              "themselves up in May. The bandits say they lost fewer than thirty men and that they killed dozens of "
              "police in a raid near Tora. Neither side offers any proof, and our own count for that raid is 19 dead.")


def test_missing_evidence_disputes_both_sides_figures() -> None:
    text = body(_TWO_SIDES)
    for n in ("400", "90", "thirty", "dozens"):
        assert attr(text, n)[2] == "disputed", n


def test_the_writers_own_count_after_the_doubt_stands() -> None:
    assert attr(body(_TWO_SIDES), "19") == (OUTLET, "publication", "asserted")
    text = body("The army says it killed 40 fighters. The claim could not be verified, but we saw 12 bodies.")
    assert attr(text, "40")[2] == "disputed"
    assert attr(text, "12") == (OUTLET, "publication", "asserted")


def test_own_clause_after_needs_a_first_person_clause() -> None:
    s = "The toll could not be verified, and our reporters counted 12 bodies."
    assert own_clause_after(s, s.index("verified")) == s.index(", and our")
    s = "The toll could not be verified, and 12 more bodies were found."
    assert own_clause_after(s, s.index("verified")) == -1


def test_evidence_offered_is_no_doubt() -> None:
    text = body("The army says it killed 40 fighters. Both sides offer evidence of the clash.")
    assert attr(text, "40")[2] == "claimed"


# --------------------------------------------------------------------------- "Each incident is confirmed by two monitors"

_METHOD_NOTE = "\n\nMETHOD\n\nEvery case in this report is verified by two field staff before it is listed."


def test_a_method_vouching_for_each_case_confirms_the_reports_own_counts() -> None:
    text = body("Our staff logged 412 assaults in the month, up from 380.",
                "BY TYPE (this month; last month in brackets)\n\nArson: 26 (19)\nLooting: 40 (31)") + _METHOD_NOTE
    assert attr(text, "412") == (OUTLET, "publication", "confirmed")
    assert attr(text, "380")[2] == "confirmed"
    assert attr(text, "26")[2] == "confirmed"


def test_a_method_vouches_only_for_the_reports_own_voice() -> None:
    text = body("Police say 52 people were detained in the month.") + _METHOD_NOTE
    assert attr(text, "52") == ("Police", "official", "claimed")


def test_a_method_that_only_counts_or_doubts_vouches_for_nothing() -> None:
    for note in ("A death is counted only if two sources agree.", "Not every case could be verified."):
        text = body("Our staff logged 412 assaults in the month.") + "\n\nMETHOD\n\n" + note
        assert attr(text, "412") == (OUTLET, "publication", "asserted"), note
    assert _METHOD.search("All the claims were judged false.") is None
    text = body("Our staff logged 412 assaults in the month.", "All 12 deaths were confirmed by the hospital.")
    assert attr(text, "412") == (OUTLET, "publication", "asserted")


# --------------------------------------------------------------------------- "the state-run Chronicle"

def test_a_state_run_newspaper_is_state_media() -> None:
    assert type_of("the state-run Chronicle") == "state_media"
    assert type_of("state-owned Daily Mirror") == "state_media"


def test_a_state_run_institution_is_not_media() -> None:
    assert type_of("the state-run Central Hospital") != "state_media"
    assert type_of("state-owned Oil Company") != "state_media"
    assert type_of("state-run hospital") != "state_media"


# --------------------------------------------------------------------------- "Local NGOs think the real number is …"

def test_a_counter_figure_others_think_is_no_doubt_of_the_writer() -> None:
    text = body("The governor's office counts around 900 people who fled. Church groups think the real number is "
                "more like 3,000.")
    assert attr(text, "900")[2] == "claimed"


def test_a_counter_figure_of_the_writer_still_counters() -> None:
    text = body("Police say 900 people fled. The real number is much higher.")
    assert attr(text, "900")[2] == "disputed"


# --------------------------------------------------------------------------- "either delegation's figures"

def test_doubt_on_either_partys_figures_reaches_the_account_before() -> None:
    text = body("The envoy of the republic said 300 soldiers had died in the assault.",
                "The mediator said she could not confirm either government's figures.")
    assert attr(text, "300")[2] == "disputed"


def test_a_possessive_without_doubt_disputes_nothing() -> None:
    text = body("The envoy of the republic said 300 soldiers had died in the assault.",
                "The mediator said she had read both governments' figures.")
    assert attr(text, "300")[2] == "claimed"


# --------------------------------------------------------------------------- "Aid workers believe 300 …"

def test_those_who_think_or_believe_a_figure_claim_it() -> None:
    assert attr(body("Church groups think the real number is closer to 8,000."), "8,000") == (
        "Church groups", type_of("Church groups"), "claimed")
    assert attr(body("Aid workers believe 300 people are trapped in the valley."), "300")[0] == "Aid workers"


def test_a_passive_belief_or_the_writers_own_names_nobody() -> None:
    assert attr(body("About 300 people are believed trapped in the valley."), "300")[0] == OUTLET
    assert attr(body("It is widely believed that 300 died in the valley."), "300")[0] == OUTLET
    assert attr(body("I think 300 people are trapped in the valley."), "300") == (OUTLET, "publication", "asserted")


# --------------------------------------------------------------------------- "our emergency department admitted 127 people"

def test_a_ward_that_admits_people_says_nothing() -> None:
    assert attr(body("Overnight our trauma department admitted 86 people with burns."), "86") == (
        OUTLET, "publication", "asserted")
    assert attr(body("The clinic admitted 40 wounded on Sunday."), "40") == (OUTLET, "publication", "asserted")


def test_admitting_a_fact_is_still_saying_it() -> None:
    assert attr(body("The army admitted that 12 soldiers had died."), "12") == ("Army", "official", "claimed")
    assert attr(body("The rebels admitted killing 9 guards."), "9")[0] == "Rebels"


# --------------------------------------------------------------------------- "The mutineers say …"

def test_mutineers_and_putschists_are_armed_groups() -> None:
    assert type_of("the mutineers") == "armed_group"
    assert type_of("putschists") == "armed_group"
    assert type_of("coup plotters") == "armed_group"


def test_an_army_or_a_ministry_stays_official() -> None:
    assert type_of("the army") == "official"
    assert type_of("the defence ministry") == "official"


# --------------------------------------------------------------------------- "…, he said" after "He told the Council"

def test_he_is_the_titled_person_not_the_body_of_the_sentence_before() -> None:
    text = body("The Council met this morning to hear the Assistant Secretary-General for Humanitarian Affairs on the "
                "crisis. He told members that the Mission had found 22 bodies near the dam. Some 90,000 people had fled "
                "the valley, he said.")
    assert attr(text, "90,000")[0] == "Assistant Secretary-General for Humanitarian Affairs"


def test_he_is_the_person_who_spoke_just_before() -> None:
    text = body("The representative of the republic said 300 soldiers had died. He said that 40 more were missing.")
    assert attr(text, "40")[0] == "Representative of the republic"


def test_it_still_takes_the_body_named_before() -> None:
    text = body("The Mission said it had found 22 bodies near the dam. Some 90,000 people had fled, it said.")
    assert attr(text, "90,000")[0] == "Mission"
