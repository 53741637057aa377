"""Attribution rules added after held-out batch 9 (h45-h50, session 4), each on sentences written here.

Each rule has a test of what it reaches and of a case it must not reach. The held-out reports themselves
are scored in tests/test_heldout.py; no sentence of theirs is used here.
"""

from __future__ import annotations

from datetime import date

import pytest

from attribution_probe import attribution_at, body
from extract.attribution import canonical_source
from extract.lexicon import type_of
from extract.names import first_named

OUTLET = "Delta Courier"


def attr(text: str, number: str, *, occurrence: int = 0) -> tuple[str | None, str, str]:
    """(source, source_type, stance) of the claim at the `occurrence`-th `number` in `text`."""
    return attribution_at(text, number, outlet=OUTLET, published=date(2021, 6, 9), occurrence=occurrence)


def same_source(a: str | None, b: str) -> bool:
    return canonical_source(a or "").casefold() == canonical_source(b).casefold()


# --------------------------------------------------------------------------- who the source is (canonical names)


@pytest.mark.parametrize("written, name", [
    ("Kurdish lawmaker Leyla Aras", "Leyla Aras"),
    ("Spokesman for Mercy Valley Hospital", "Mercy Valley Hospital"),
    ("Residents of three hamlets near Dorvan", "Residents"),
    ("Villagers from Upper Kesh", "Villagers"),
    ("Security source in Marata", "Security source"),
    ("Navy spokesman Rear Colonel Ivo Brandt", "Ivo Brandt"),
    ("Cardinal Tomas Ekwueme", "Tomas Ekwueme"),
    ("Exile-run Delta Voice Network", "Delta Voice Network"),
    ("Commission of jurists appointed by the Prime Minister", "Commission of jurists"),
    ("Five-member panel", "panel"),
    ("Account @harbourwatch", "@harbourwatch"),
    ("Relief office working document", "Relief office"),
    ("Chief of the Joint Staff Mirko Salas", "Mirko Salas"),
])
def test_a_source_introduced_by_a_description_is_its_name(written, name):
    assert canonical_source(written) == name
    assert canonical_source(name) == name


@pytest.mark.parametrize("name", ["officials in Dorvan District", "Department of Civil Protection", "local MP", "Syria Report",
                                  "Ukraine's General Staff", "General Staff", "Lebanese Red Cross workers",
                                  "sources at the port authority"])
def test_a_name_that_is_its_own_description_stays_whole(name):
    assert canonical_source(name) == name


def test_an_and_inside_an_organisations_name_does_not_split_it():
    assert first_named("the Peace and Reconciliation Commission") == "Peace and Reconciliation Commission"
    assert first_named("the Lagos Institute for Security and Conflict Studies") == \
        "Lagos Institute for Security and Conflict Studies"
    assert first_named("Human Rights Watch and Amnesty International") == "Human Rights Watch"  # a list
    assert first_named("the Observatory and local activists") == "Observatory"


# --------------------------------------------------------------------------- source types


@pytest.mark.parametrize("name, kind", [
    ("Ghana People's Defence Force", "official"), ("Malian armed forces", "official"),
    ("Togolese National Defence Force", "official"), ("Houthi TV", "partisan_media"),
    ("Taliban radio", "partisan_media"), ("the separatist website Free Vedeno", "partisan_media"),
    ("the region's human rights ombudsman", "official"), ("Iraq's human rights minister", "official"),
    ("Kenya Red Cross", "monitor"), ("the volunteer search collective Hope Kin", "monitor"),
    ("Gang leaders", "armed_group"),
])
def test_source_types_of_batch_nine(name, kind):
    assert type_of(name) == kind


@pytest.mark.parametrize("name, kind", [
    ("Oromo Liberation Army", "armed_group"), ("People's Defence Force", "armed_group"),
    ("Hezbollah commander", "armed_group"), ("Syrian Health Ministry", "state_media"),
    ("human rights groups", "monitor"),
])
def test_source_types_the_new_rules_leave_alone(name, kind):
    assert type_of(name) == kind


def test_an_outlet_typed_by_its_owner_in_the_apposition():
    text = body("Al-Shabaab's radio station, Sahan, claims the fighters killed 40 soldiers at the base.")
    assert attr(text, "40")[1] == "partisan_media"
    assert attr(body("Sahan claims the fighters killed 40 soldiers at the base."), "40")[1] == "official"


def test_a_bare_spokesman_speaks_for_the_group_the_sentence_before_opens_with():
    text = body("The outlawed Delta Liberation Front rejected the army's account. "
                "In a message to journalists, a spokesman using the name Kofi Mensah said 40 soldiers had died.")
    assert attr(text, "40")[:2] == ("Spokesman using the name Kofi Mensah", "armed_group")
    police = body("Police in Marata rejected the account. A spokesman said 40 soldiers had died.")
    assert attr(police, "40")[1] == "official"
    alone = body("A spokesman said 40 soldiers had died.")
    assert attr(alone, "40")[1] == "official"


# --------------------------------------------------------------------------- cues in the sentence


def test_reporting_for_duty_is_not_reporting_a_figure():
    text = body("Colonel Ama Tetteh said a shell hit the depot. "
                "Nine of the dead were reservists who had reported for duty that morning, he said.")
    assert same_source(attr(text, "Nine")[0], "Ama Tetteh")
    assert attr(body("Medics reported 9 dead at the depot."), "9")[0] == "Medics"


def test_giving_an_account_names_the_speaker_of_the_next_sentence():
    text = body("In Vanta, Deputy Minister Oskar Lind gave a very different account. "
                "He said 300 civilians had been killed.")
    assert same_source(attr(text, "300")[0], "Oskar Lind")
    plain = body("In Vanta, Deputy Minister Oskar Lind gave the order to retreat. He said 300 civilians had been killed.")
    assert not same_source(attr(plain, "300")[0], "Oskar Lind")


def test_a_second_that_clause_goes_on_with_the_speakers_claim():
    text = body("The governor said that shelling had killed 12 people in Marata, since Monday, "
                "and that 30 more were wounded.")
    assert attr(text, "30")[:2] == ("Governor", "official")
    cut = body("The governor said that shelling had killed 12 people in Marata, since Monday, while 30 more were wounded.")
    assert attr(cut, "30")[0] == OUTLET


def test_a_count_given_by_an_agent_in_the_subject_is_the_agents():
    text = body("An earlier toll given by the navy on Friday had put the dead at 61, with 20 wounded.")
    assert attr(text, "61")[0] == "Navy" and attr(text, "20")[0] == "Navy"
    text = body("The Front has claimed a string of raids across the north, with at least 12 people killed "
                "according to local monitoring groups.")
    assert attr(text, "12")[0] == "Local monitoring groups"


def test_a_figure_that_comes_from_someone_is_theirs():
    text = body("The figure most often cited, 80,000 dead, comes from relief agencies working in the valley.")
    assert attr(text, "80,000")[0] == "Relief agencies"
    assert attr(body("Monitors cited 40 deaths in the valley."), "40")[0] == "Monitors"
    assert attr(body("About 200 refugees came from Chad last week."), "200")[0] == OUTLET  # people, not a figure


def test_an_estimate_set_off_by_commas_is_the_outer_speakers():
    text = body("Farmers said the raiders, estimated at more than 200, burned the granary.")
    assert attr(text, "200")[0] == "Farmers"
    assert attr(body("The mission estimated at least 200 raiders took part."), "200")[0] != "Farmers"


def test_a_hyphenated_participle_is_no_verb_of_saying():
    text = body('The inquiry said it had found "strong evidence" that gunners shelled clinics and bread queues '
                "inside a government-declared safe area, where some 9,000 people were trapped.")
    assert attr(text, "9,000")[0] == "Inquiry"
    assert attr(body("Officials declared 40 people dead after the fire."), "40")[0] == "Officials"


def test_an_apposition_in_lower_case_gives_way_to_the_name_before_it():
    text = body("MARCOM, the navy's maritime security agency, said two crew members were injured.")
    assert attr(text, "two")[:2] == ("MARCOM", "official")
    named = body("Vanta's main opposition, the National Bloc, said two crew members were injured.")
    assert attr(named, "two")[0] != "Vanta's main opposition"


def test_two_adjectives_joined_by_but_stay_one_description():
    text = body("The Arkan Human Rights Commission, a state-funded but independent body, said it had confirmed "
                "the deaths of 90 people.")
    assert attr(text, "90")[:2] == ("Arkan Human Rights Commission", "monitor")
    clauses = body("Rebels shelled the market but the army said 90 people were killed.")
    assert attr(clauses, "90")[0] == "Army"


# --------------------------------------------------------------------------- stance


def test_doubt_closed_by_a_semicolon_does_not_reach_the_clause_after_it():
    text = body("The army's toll could not be independently verified; a nurse said she had counted 14 bodies.")
    assert attr(text, "14")[2] == "claimed"
    before = body("Rebels said they killed 14 soldiers; the figure could not be independently verified.")
    assert attr(before, "14")[2] == "disputed"


def test_the_outlets_own_staff_documenting_a_count_confirm_it():
    assert attr(body("Our field teams documented 27 attacks in the district."), "27") == (OUTLET, "publication", "confirmed")
    assert attr(body("We recorded 16 civilians killed in May."), "16") == (OUTLET, "publication", "confirmed")
    assert attr(body("Our correspondent said 16 civilians were killed."), "16") == (OUTLET, "publication", "asserted")


def test_a_count_said_to_be_confirmed_is_confirmed():
    text = body("Of the civilians, 19 have been confirmed dead, the spokesman says.")
    assert attr(text, "19")[2] == "confirmed"
    assert attr(body("Of the civilians, 19 have been reported dead, the spokesman says."), "19")[2] == "claimed"


def test_a_source_cautioning_about_its_own_count_does_not_dispute_it():
    text = body("The commission documented 4,100 killings but cautioned that its count was only a fraction "
                "of the real toll.")
    assert attr(text, "4,100")[2] == "confirmed"
    writer = body("The commission documented 4,100 killings, but the real toll is much higher.")
    assert attr(writer, "4,100")[2] == "disputed"


def test_a_caveat_paragraph_on_both_sides_reaches_back_over_their_statements():
    army = ("The army said on Sunday that it had killed 31 insurgents in the hills. "
            "It said 6 soldiers were wounded. A statement added that troops seized rifles. "
            "Officers said more raids would follow.")
    rebels = "The rebels denied it. Their spokesman said they had killed 50 soldiers and lost 2 fighters."
    text = body(army, rebels, "Neither side's figures could be independently verified.")
    assert attr(text, "31")[2] == "disputed" and attr(text, "50")[2] == "disputed"
    embedded = body(army, rebels, "Radio traffic picked up overnight, but the claims of both sides could not be verified.")
    assert attr(embedded, "31")[2] == "claimed"


def test_doubt_set_in_apposition_to_a_figure_is_that_figures():
    text = body("Commanders estimated that 800 fighters held the town. "
                "An officer said the army had lost 300 men, a figure the ministry has never confirmed.")
    assert attr(text, "800")[2] == "claimed" and attr(text, "300")[2] == "disputed"
    plain = body("Commanders estimated that 800 fighters held the town. The figure could not be verified.")
    assert attr(plain, "800")[2] == "disputed"


def test_doubt_about_the_number_of_dead_two_sentences_on():
    text = body("The ministry says 12 people were killed in Dorvan. Residents saw bodies in the market. "
                "We are not able to confirm the number of dead.")
    assert attr(text, "12")[2] == "disputed"
    counted = body("The ministry says 12 people were killed in Dorvan. Residents counted 15 bodies in the market. "
                   "We are not able to confirm the number of dead.")
    assert attr(counted, "12")[2] == "claimed"


# --------------------------------------------------------------------------- headlines and quoted titles


def test_each_clause_of_a_headline_is_hedged_on_its_own():
    text = "LIVE: Strike on Marata kills at least 28; ministry says 37 children among dead\n\nBody.\n"
    assert attr(text, "28")[2] == "asserted" and attr(text, "37")[2] == "claimed"
    named = "Rebels say they killed 40 in Dorvan; Vanta puts toll at 1,500\n\nBody.\n"
    assert attr(named, "1,500")[2] == "claimed"
    whole = "Ministry says 37 children among 28 dead in Marata\n\nBody.\n"
    assert attr(whole, "28")[2] == "claimed"


def test_a_quoted_articles_title_is_hedged_as_a_headline():
    text = body("Roundup.", "EXCERPT: Fighting went on.\nSource: Army says 40 killed in raid – Delta Wire")
    text2 = body("Roundup.", "EXCERPT: Fighting went on.\nSource: 40 killed in raid – Delta Wire")
    assert attr(text, "40") == ("Delta Wire", "wire_or_outlet", "claimed")
    assert attr(text2, "40") == ("Delta Wire", "wire_or_outlet", "asserted")


# --------------------------------------------------------------------------- definite references


def test_the_panel_takes_up_a_panel_named_paragraphs_before():
    text = body("A panel of regional experts said 900 people were killed in Dorvan.",
                "The fighting began in March. Roads were closed. Markets shut. Schools emptied.",
                "The panel also found that the militia had received some 30 armoured vehicles.")
    assert same_source(attr(text, "30")[0], "panel of regional experts")


def test_a_statement_speaks_for_whoever_issued_it():
    text = body("In a statement, the navy's press wing, NAVPRESS, said troops seized 12 rifles. "
                "Seven sailors were wounded, the statement said.")
    assert attr(text, "Seven")[0] == "NAVPRESS"


# --------------------------------------------------------------------------- probes written after the batch


def test_a_toll_provided_by_someone_before_it_is_given_is_theirs():
    text = body("The toll, provided by the Red Crescent, stood at 37.")
    assert attr(text, "37")[:2] == ("Red Crescent", "monitor")
    assert attr(body("The convoy, escorted by the army, carried 37 tonnes of flour."), "37")[0] == OUTLET


def test_we_inside_a_quotation_is_the_quoted_speaker():
    text = body('"We counted 23 bodies," said Ahmed Bello, a volunteer.')
    assert attr(text, "23") == ("Ahmed Bello", "activists", "claimed")
    assert attr(body("We counted 23 bodies at the morgue."), "23")[0] == OUTLET


def test_a_spokesman_of_a_states_forces_is_official():
    assert type_of("Ghana Armed Forces spokesman Kofi Asante") == "official"
    assert type_of("Delta Liberation Army spokesman Kofi Asante") == "armed_group"


def test_footage_verified_by_the_outlet_is_its_confirmed_count():
    assert attr(body("Footage verified by the Delta Courier shows at least 9 bodies."), "9") == (
        OUTLET, "publication", "confirmed")
    assert attr(body("The Delta Courier has independently confirmed 12 of the deaths."), "12") == (
        OUTLET, "publication", "confirmed")
    assert attr(body("Footage posted by the Delta Courier shows at least 9 bodies."), "9")[2] == "asserted"


def test_a_negated_verb_of_checking_is_doubt_not_a_claimant():
    text = body("Monitors could not independently verify the claim that 16 civilians died.")
    assert attr(text, "16") == (OUTLET, "publication", "disputed")
    assert attr(body("Monitors verified that 16 civilians died."), "16") == ("Monitors", "monitor", "confirmed")


def test_unverified_social_media_posts_are_doubted_accounts():
    text = body("Unverified social media posts claimed that 60 soldiers were captured.")
    assert attr(text, "60")[1:] == ("social_media", "disputed")
    assert attr(body("Social media posts claimed that 60 soldiers were captured."), "60")[1:] == ("social_media", "claimed")


def test_a_sources_own_figures_showing_a_count_are_its_claim():
    text = body("Relief Watch's latest figures show that 3,400 people have been displaced.")
    assert attr(text, "3,400")[0] == "Relief Watch"
    assert attr(body("The latest figures show that 3,400 people have been displaced."), "3,400")[0] == OUTLET


def test_revising_a_toll_reports_it():
    assert attr(body("The ministry later revised the toll to 58."), "58")[0] == "Ministry"
    assert attr(body("The ministry later raised the alarm as 58 families fled."), "58")[0] == OUTLET  # no count word


def test_describing_what_one_saw_reports_it():
    text = body("Witnesses described seeing at least 30 bodies in the square.")
    assert attr(text, "30") == ("Witnesses", "activists", "claimed")
    assert attr(body("The square, described as calm, held 30 stalls."), "30")[0] == OUTLET


def test_pro_side_channels_are_partisan_even_on_a_platform():
    assert type_of("Pro-government Telegram channels") == "partisan_media"
    assert type_of("Rebel-held media") == "partisan_media"
    assert type_of("Telegram channels") == "social_media"


def test_as_many_as_after_a_verb_of_saying_is_the_number_not_a_description():
    text = body("Rights groups say as many as 200 people have disappeared.")
    assert attr(text, "200")[0] == "Rights groups"
    assert attr(body("The strike was described as the worst in 200 years."), "200")[0] == OUTLET


def test_a_document_seen_by_the_outlet_is_its_authors():
    text = body("According to a UN report seen by the Delta Courier, 1,200 people were killed.")
    assert attr(text, "1,200")[:2] == ("UN report", "official")
    assert attr(body("According to figures compiled by Relief Watch, 1,200 people were killed."), "1,200")[0] == "Relief Watch"


def test_a_listed_name_with_and_inside_is_not_split_as_two_subjects():
    text = body("The Armed Conflict Location and Event Data Project (ACLED) counted 350 attacks in March.")
    assert attr(text, "350")[:2] == ("Armed Conflict Location and Event Data Project", "monitor")
    two = body("Gunmen stormed the market and the police said 35 people were killed.")
    assert attr(two, "35")[0] == "Police"


def test_an_adverb_after_a_trailing_speaker_is_not_part_of_its_name():
    text = body("At least 44 people were killed in the market blast, the health ministry now says.")
    assert attr(text, "44")[0] == "Health ministry"
    assert attr(body("44 people were killed, the Health Ministry said."), "44")[0] == "Health Ministry"


def test_an_aside_naming_the_medium_is_skipped_back_to_the_speaker():
    text = body("The group's leader, in an audio message, claimed 70 soldiers were killed.")
    assert attr(text, "70")[0] == "Group's leader"
    plain = body("The leader, an engineer by training, claimed 70 soldiers were killed.")
    assert attr(plain, "70")[0] != "Audio message"
