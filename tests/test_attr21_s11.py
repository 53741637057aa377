"""Session 11, batch 21 attribution rules (helper attr21): each on sentences written for the test, with the cases it
must not reach."""

from __future__ import annotations

from datetime import date

from attribution_probe import attribution_at, body, context_at
from extract.callsigns import is_callsign
from extract.cues import sentence_cues
from extract.dataowner import data_owner
from extract.lexicon import type_of
from extract.nearby import _same_paragraph
from extract.persontitle import title_dropped
from extract.pledges import pledges_money
from extract.postedpeople import posted_people
from extract.retracted import is_correction_notice
from extract.stance import same_paragraph
from extract.studycolon import study_before_colon

DAY = date(2003, 6, 9)


def at(text: str, number: str, outlet: str = "Lakeside Herald", occurrence: int = 0) -> tuple[str | None, str, str]:
    return attribution_at(text, number, outlet=outlet, published=DAY, occurrence=occurrence)


def names(sentence: str) -> list[str]:
    return [c.name for c in sentence_cues(sentence) if c.name]


# --- a source inside a noun phrase of figures (extract/dataowner.py), "gives/lists … as" cues, a dated aside

def test_owner_of_an_estimate_is_the_claimant() -> None:
    assert data_owner("government estimate") == "government"
    assert data_owner("Ruritanian federal") == "Ruritanian federal government"
    assert data_owner("army count") == "army"
    text = body("A government estimate put the dead at 4,100 after the floods of war.")
    assert at(text, "4,100")[:2] == ("Government", "official")
    text = body("A Ruritanian federal estimate put the dead at between 9,000 and 12,000.")
    assert at(text, "9,000 and 12,000")[0] == "Ruritanian federal government"


def test_a_data_noun_without_an_owner_names_nobody() -> None:
    assert data_owner("most widely cited tally") is None
    assert data_owner("provincial survey") is None  # (a survey is its own source)
    text = body("The most widely cited tally put the dead at 8,000.")
    assert at(text, "8,000")[0] == "Lakeside Herald"


def test_a_dated_aside_between_source_and_verb_is_stepped_over() -> None:
    assert names("Ottoman registers, opened after 1990, give the garrison's losses as 310 dead.") == \
        ["Ottoman registers"]
    assert names("The ministry, founded before the war, said 40 people died.") == ["ministry"]


def test_lists_is_a_verb_of_counting_for_a_body_only() -> None:
    assert names("The Health Ministry lists 75 people, 20 of them girls, as missing.") == ["Health Ministry"]
    text = body("The Health Ministry lists 75 dead, 20 of them girls.")
    assert at(text, "20") == ("Health Ministry", "official", "claimed")  # the partitive keeps its head's source
    assert "Morgue records" not in names("Morgue records list 900 dead, doctors told us.")  # (not a body)
    assert names("The casualty list of 40 names was read out.") == []


def test_an_elliptic_count_goes_on_with_a_gives_sentence() -> None:
    text = body("Ottoman registers, opened after 1990, give the garrison's losses as 310 dead. Another 95 were "
                "wounded.")
    assert at(text, "95")[0] == "Ottoman registers"


# --- a named body's study handing over to its figures at a colon (extract/studycolon.py)

def test_a_study_before_a_colon_owns_the_figures_after_it() -> None:
    sentence = ("An Oxfam survey of camps near Gulu in May gives a sense of the scale: there, the dead numbered 900 "
                "in a single month, 400 of them children.")
    assert study_before_colon(sentence)[0] == "Oxfam"
    text = body(sentence)
    assert at(text, "900") == ("Oxfam", "monitor", "claimed")
    assert at(text, "400")[0] == "Oxfam"


def test_an_unnamed_or_national_study_owns_nothing() -> None:
    assert study_before_colon("A Kenyan survey gives a sense of it: 300 died.") is None
    assert study_before_colon("A survey gives a sense of it: 300 died.") is None
    assert study_before_colon("An Oxfam survey found 300 dead.") is None  # (no colon: the verb's cue reads it)


# --- a court's own summary of its judgment (extract/courtvoice.py)

TRIBUNAL = "Special Tribunal for Ruritania"


def test_a_court_finding_in_its_own_summary_is_the_outlet_confirmed() -> None:
    text = body("The Trial Chamber found that the militia burned at least 31 houses in the village.",
                "The Chamber is satisfied that about 450 civilians were killed.")
    assert at(text, "31", outlet=TRIBUNAL) == (TRIBUNAL, "publication", "confirmed")
    assert at(text, "450", outlet=TRIBUNAL) == (TRIBUNAL, "publication", "confirmed")


def test_what_the_court_only_reports_or_a_party_claims_is_not_a_finding() -> None:
    text = body("Some 900 villagers fled across the river.",
                "The prosecution put the number of dead at 520.")
    assert at(text, "900", outlet=TRIBUNAL)[2] == "asserted"
    assert at(text, "520", outlet=TRIBUNAL)[0].casefold() == "prosecution"
    # a newspaper reporting a court: the court is a claimant as before
    text = body("The court found that at least 31 houses were burned.")
    assert at(text, "31")[0] != "Lakeside Herald"


# --- callsigns and the means a report came by (extract/callsigns.py, sourcephrases.py _MEANS)

def test_a_callsign_names_its_speaker() -> None:
    assert is_callsign("NAIL 51") and is_callsign("WARHAWK 6")
    assert not is_callsign("UN 2024") and not is_callsign("Some 40") and not is_callsign("Army 12")
    assert names("COBRA 22 reported that 14 trucks had been hit on the bridge.") == ["COBRA 22"]
    assert names("Some 40 protesters said 12 people died.") == []


def test_reported_by_radio_is_the_means_not_the_source() -> None:
    text = body("A Marine company reported by radio that it had taken 75 prisoners near the dam.")
    assert at(text, "75")[0] == "Marine company"
    text = body("Forty people were wounded, as reported by state radio.")
    assert "state radio" in names("Forty people were wounded, as reported by state radio.")
    assert at(body("Three attacks claimed by the rebels killed 16 people."), "16")[0] == "Lakeside Herald"


# --- a correction notice's retracted figures (extract/retracted.py) and "the same report" (samereport.py)

CORRECTION = ("CORRECTION: Flood toll 60, not 35 as we reported\n\nCorrections and clarifications\n\n"
              "In our report of 2 June we said that 35 people had drowned. The correct figure, given by the "
              "county on Friday, is 60. The same report said that 900 homes had been flooded. Our report of 4 June "
              "stated that 12 boats were lost. The coastguard now counts 20.\n")


def test_a_correction_notice_disputes_the_figures_it_retracts() -> None:
    assert at(CORRECTION, "35", occurrence=1) == ("Lakeside Herald", "publication", "disputed")
    assert at(CORRECTION, "900") == ("Lakeside Herald", "publication", "disputed")  # the same report: ours
    assert at(CORRECTION, "12")[2] == "disputed"
    assert at(CORRECTION, "60", occurrence=1)[0] == "County"
    assert at(CORRECTION, "20")[2] != "disputed"


def test_a_headline_denying_a_figure_disputes_it() -> None:
    assert at(CORRECTION, "35") == ("Lakeside Herald", "publication", "disputed")
    assert at(CORRECTION, "60")[2] == "asserted"


def test_our_earlier_report_outside_a_correction_stands() -> None:
    text = body("We reported last week that 35 people had drowned. Another storm is due.")
    assert not is_correction_notice(context_at(text, text.index("35"), outlet="Lakeside Herald", published=DAY))
    assert at(text, "35")[2] != "disputed"


def test_the_same_report_is_the_publisher_named_before() -> None:
    text = body("Reuters reported that 40 people were killed in the market. The same report said that 12 children "
                "were killed.")
    assert at(text, "12")[0] == "Reuters"


# --- titles, community organisations, diplomats' posts, promises

def test_a_case_title_is_no_part_of_a_name() -> None:
    assert title_dropped("the defendant Omar Khalid al-Rashid") == "Omar Khalid al-Rashid"
    assert title_dropped("witness Jan van der Berg") == "Jan van der Berg"
    assert title_dropped("Accused Persons Group") == "Accused Persons Group"
    text = body("The defendant Omar Khalid al-Rashid told the court that no more than 40 people had died.")
    assert at(text, "40")[0] == "Omar Khalid al-Rashid"


def test_a_communitys_organisations_are_activists() -> None:
    assert type_of("Chechen organisations in Nazran") == "activists"
    assert type_of("Kurdish associations") == "activists"
    assert type_of("International organisations") != "activists"
    assert type_of("Humanitarian organisations") == "monitor"


def test_diplomats_keep_the_capital_they_are_posted_in() -> None:
    assert posted_people("Some diplomats in Nairobi") == "diplomats in Nairobi"
    assert posted_people("Western envoys in Dar es Salaam") == "Western envoys in Dar es Salaam"
    assert posted_people("officials in Gaza") is None
    assert names("About 300 troops were sent, according to diplomats in Lusaka.")[0] == "diplomats in Lusaka"


def test_a_promised_sum_is_the_promisers_claim() -> None:
    assert pledges_money(" 40 billion roubles for rebuilding")
    assert not pledges_money(" to withdraw its troops")
    text = body("The regional government has promised 12 billion roubles for rebuilding.")
    assert at(text, "12 billion") == ("Regional government", "official", "claimed")
    assert at(body("The United States gave $65 million in relief."), "$65 million")[2] == "asserted"


# --- results vouched for by evidence after them (extract/vouchproof.py)

def test_results_confirmed_by_video_are_confirmed() -> None:
    text = body("RESULTS. Destroyed: 3 tanks and 5 trucks. A bridge was damaged. Results confirmed by gun-camera "
                "footage on landing.")
    assert at(text, "3")[2] == "confirmed"
    assert at(text, "5")[2] == "confirmed"


def test_confirmed_by_a_party_or_another_paragraph_is_not_evidence() -> None:
    text = body("Destroyed: 3 tanks and 5 trucks. Figures confirmed by the ministry.")
    assert at(text, "3")[2] != "confirmed"
    text = body("Destroyed: 3 tanks.", "Results confirmed by gun-camera footage.")
    assert at(text, "3")[2] != "confirmed"


# --- same_paragraph with a negative offset (a bug the session 10 review found)

def test_same_paragraph_looks_back_across_a_blank_line() -> None:
    text = body("The first paragraph ends here.", "The second opens. It goes on.")
    ctx = context_at(text, text.index("It goes"), outlet=None, published=DAY)
    assert same_paragraph(ctx, -1) and _same_paragraph(ctx, -1)
    assert not same_paragraph(ctx, -2) and not _same_paragraph(ctx, -2)
