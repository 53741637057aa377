"""Attribution rules added after held-out batch 11 (h57-h62, session 5), each on sentences written here.

Speaker labels (transcripts, parliamentary answers), a count continued after a closing "said", the writer's own
reports, bodies named after a phrase or by a short back-reference, armed groups as data, and stance from a
sentence about the figures around it. Each rule has a test of what it reaches and of a case it must not reach.
The held-out reports themselves are scored in tests/test_heldout.py; no sentence of theirs is used here.
"""

from __future__ import annotations

from hypothesis import example, given, settings
from hypothesis import strategies as st

from extract.lexicon import type_of
from extract.speakers import turns
from test_first_sight_s4_attribution import OUTLET, attr, body, same_source


def doc(*paragraphs: str) -> str:
    """A page with a title line and these paragraphs (no blank title-case lines in between)."""
    return "Casualty figures for the Delta campaign\n\n" + "\n\n".join(paragraphs) + "\n"


# --------------------------------------------------------------------------- speaker labels

HANSARD = doc(
    "Mr. Tom Reeve asked the Minister what losses the brigade suffered in the Delta campaign.",
    "Mrs. Joan Harker (Parliamentary Under-Secretary of State for Defence): In all, 41 soldiers were killed and "
    "some 130 wounded. Fourteen vehicles were lost.",
    "Mr. Tom Reeve further asked whether the 300 reservists called up in May have been released.",
    "Mrs. Harker: The garrison now numbers about 900.",
)


def test_a_parliamentary_answer_is_the_ministers():
    assert attr(HANSARD, "41") == ("Joan Harker", "official", "claimed")  # the person, without "Mrs.", typed
    assert attr(HANSARD, "Fourteen")[:2] == ("Joan Harker", "official")  # by the office in brackets
    assert attr(HANSARD, "900")[0] == "Joan Harker"  # "Mrs. Harker:" later: the full name given before


def test_a_reported_question_ends_the_answer():
    assert attr(HANSARD, "300") == (OUTLET, "publication", "asserted")


def test_the_office_first_with_the_person_in_brackets():
    text = doc("The Secretary of State for Defence (Mr. Ivor Bannon): Twelve aircraft were lost in the campaign.")
    assert attr(text, "Twelve")[:2] == ("Ivor Bannon", "official")


TRANSCRIPT = doc(
    "PRESENTER: A car bomb killed 17 people in Port Vanta on Friday. With me is Grace Okafor, who directs the "
    "Delta Rights Monitor.",
    "OKAFOR: Since 2019 our teams have documented 2,140 killings in the province. The militia holds about 800 "
    "prisoners. The army says it lost 60 soldiers last month.",
    "PRESENTER: And the displaced?",
    "OKAFOR: About 40,000 people are still in the camps.",
)


def test_a_guests_turn_is_the_guests_up_to_the_next_label():
    assert attr(TRANSCRIPT, "2,140") == ("Grace Okafor", "monitor", "confirmed")  # "our teams documented": hers
    assert attr(TRANSCRIPT, "800") == ("Grace Okafor", "monitor", "claimed")  # typed by how she is introduced
    assert attr(TRANSCRIPT, "40,000")[0] == "Grace Okafor"


def test_a_source_named_in_the_turn_still_speaks_and_the_host_is_the_outlet():
    assert attr(TRANSCRIPT, "60")[:2] == ("Army", "official")
    assert attr(TRANSCRIPT, "17") == (OUTLET, "publication", "asserted")


def test_the_answers_of_a_question_and_answer_interview_are_the_guests():
    text = doc("In an interview with Daniel Mbeki, the head of the region's rescue service, we asked about the floods.",
               "Q: How many people have you found?", "A: We have found 87 bodies so far.")
    assert attr(text, "87")[0] == "Daniel Mbeki"


def test_lines_opened_by_a_tag_a_place_or_a_note_are_no_speakers():
    tags = doc("URGENT: 12 barrel bombs fell on Kesh this morning.", "URGENT: Rescuers pulled 9 bodies from a school.")
    assert attr(tags, "9") == (OUTLET, "publication", "asserted")
    places = doc("ALEPPO: Troops killed 14 rebels near the citadel.", "HOMS: Shelling killed 6 people in the old city.")
    assert attr(places, "6") == (OUTLET, "publication", "asserted")
    note = doc("Note: Figures are provisional.", "Rescuers counted 30 bodies in the rubble.")
    assert turns(note) == ()


def test_a_label_in_a_headline_line_starts_no_turn():
    text = "Delta Daily: Army Says Rebels Retreat\n\nSoldiers killed 25 rebels near Kesh.\n"
    assert attr(text, "25") == (OUTLET, "publication", "asserted")


_LINES = st.sampled_from(["ANCHOR: Good evening.", "SAMAE: We counted 12 dead.", "Mr. Roe (Minister): 40 died.",
                          "Mr. Roe: About 9 were hurt.", "Q: How many?", "A: Some 30.", "Note: provisional",
                          "Mr. Roe asked how many.", "", "Plain text with a colon: here.", "ALEPPO: 5 killed",
                          "Nuraini Samae spoke to us.", ":", "X:"])


@settings(max_examples=150, deadline=None)
@given(st.lists(_LINES, max_size=12), st.sampled_from(["\n", "\n\n"]))
# (found in session 23: an unlabelled interview's answer turn laid over a labelled "ANCHOR:" line after "Q:")
@example(["Nuraini Samae spoke to us.", "Q: How many?", "ANCHOR: Good evening.", "Q: How many?", "ANCHOR: Good evening.",
          "Q: How many?"], "\n\n")
def test_turns_are_ordered_disjoint_spans_of_the_text(lines, sep):
    text = sep.join(lines)
    found = turns(text)
    for t in found:
        assert 0 <= t.start < t.end <= len(text)
        assert t.speaker is None or t.speaker.strip()
    assert all(a.end <= b.start for a, b in zip(found, found[1:]))


# --------------------------------------------------------------------------- a closing "said" and what it reaches


def test_a_closing_said_after_a_statement_aside_reaches_back():
    text = body("Gunmen killed at least 40 people in the market of Dorvan, on the edge of the capital, the Vantan "
                "government said in a statement read on state television.")
    assert attr(text, "40") == ("Vantan government", "official", "claimed")
    found = body("The fighting killed more than 9,000 people in the province, the panel found.")
    assert attr(found, "9,000")[:2] == ("Panel", "official")
    later = body("Police have detained 22 suspects, among them a local councillor, the police chief said yesterday.")
    assert attr(later, "22")[0] == "Police chief"


def test_a_verb_with_a_clause_after_it_does_not_close_the_sentence():
    text = body("The Dorvan Red Cross said at least three of its volunteers were among the injured.")
    assert attr(text, "three")[0] == "Dorvan Red Cross"  # an opening "said", as before
    assert attr(body("Three deaths were reported."), "Three")[0] == OUTLET  # no comma before it: no claimant


def test_a_count_continued_after_a_closing_said_keeps_its_claimant():
    text = body("Gunmen killed 12 people in the market, police said. Another 30 were wounded, nine of them seriously.")
    assert attr(text, "30") == ("Police", "official", "claimed")
    assert attr(text, "nine")[0] == "Police"
    bare = body("The dead numbered 26, according to the district officer. Eleven were found near the river.")
    assert attr(bare, "Eleven")[0] == "District officer"


def test_a_sentence_with_a_subject_of_its_own_or_after_an_opening_says_is_the_writers():
    own = body("Gunmen killed 12 people in the market, police said. The district has about 4,000 soldiers.")
    assert attr(own, "4,000")[0] == OUTLET
    opening = body("Police said 12 people died in the market. Three more were buried today.")
    assert attr(opening, "Three")[0] == OUTLET
    data = body("The war has killed 50,000 people, according to the most cited tally. Another 6,000 are missing.")
    assert attr(data, "6,000")[0] == OUTLET  # a tally names nobody


# --------------------------------------------------------------------------- the writer's own voice, and whose figure


def test_the_outlets_own_reports_speak_in_its_voice():
    assert attr(body("Our earlier report gave 48 dead and 20 wounded."), "48") == (OUTLET, "publication", "asserted")
    assert attr(body("Our correspondents counted 31 bodies at the morgue."), "31")[:2] == (OUTLET, "publication")
    assert attr(body("This newspaper counted 61 graves in the field."), "61")[:2] == (OUTLET, "publication")


def test_a_figure_named_by_its_owner_is_the_owners():
    text = body("Our earlier report, published on Monday, gave the police figure of 48 dead and 20 wounded.")
    assert attr(text, "48") == ("Police", "official", "claimed")
    assert attr(text, "20")[0] == "Police"
    owned = body("In Kesh, on May 3, the army's toll was 41; medics said at the time that about 90 had died.")
    assert attr(owned, "41")[:2] == ("Army", "official")
    assert attr(owned, "90")[0] == "Medics"


def test_a_figure_owned_by_no_claimant_or_an_adjective_names_nobody():
    assert attr(body("The city's toll was 98 by nightfall."), "98")[0] == OUTLET
    assert attr(body("The official figure of 48 is likely to rise."), "48")[0] == OUTLET
    assert attr(body("The army put the civilian toll at 1,260."), "1,260")[0] == "Army"  # not "civilian"


def test_a_relative_clause_names_who_counted_the_number():
    text = body("The estimate is far above the roughly 9,000 deaths that aid groups had counted by then.")
    assert attr(text, "9,000") == ("Aid groups", "monitor", "claimed")
    caused = body("The panel said the war caused more than the 9,000 deaths that it had estimated at first.")
    assert attr(caused, "9,000")[0] == "Panel"  # ("it": no new claimant from the relative clause)


# --------------------------------------------------------------------------- bodies named after a phrase


def test_a_prepositional_phrase_opening_the_clause_is_not_the_speaker():
    assert attr(body("In its four volumes the tribunal estimated that 12,000 people died."), "12,000")[0] == "Tribunal"
    text = body("In its final report UNHCR said 40,000 people had fled.")
    assert same_source(attr(text, "40,000")[0], "UNHCR")
    # a phrase without an article of its own is left to the older trims ("In Kesh" goes as a one-word time or place)
    assert attr(body("In Kesh residents said 12 people died."), "12")[0] == "Residents"


def test_the_commission_is_the_commission_named_in_full_before():
    text = body("A year ago Vantan's Truth and Justice Commission handed its report to parliament.",
                "In its report the commission estimated that 12,400 people had died. Its statisticians gave a range "
                "of 10,900 to 14,100.",
                "Some 80,000 people fled the valleys, according to the commission.")
    assert attr(text, "12,400")[0] == "Truth and Justice Commission"
    assert attr(text, "10,900")[0] == "Truth and Justice Commission"  # "Its statisticians": the commission's
    assert attr(text, "80,000")[0] == "Truth and Justice Commission"
    army = body("The Delta Liberation Army attacked the base.", "The army said 14 soldiers died.")
    assert attr(army, "14")[0] == "Army"  # "the army" is not taken to be the last army named


def test_a_parenthetical_tag_reaches_the_clause_it_interrupts():
    text = body("At its height, historians say, the militia had perhaps 3,000 fighters.")
    assert attr(text, "3,000") == ("Historians", "monitor", "claimed")
    new_clause = body("Fighting went on for years, historians say, and the army lost 4,000 men.")
    assert attr(new_clause, "4,000")[0] == OUTLET


def test_a_row_of_a_list_of_figures_is_not_its_own_claimant():
    assert attr(body("Civilians killed: 2"), "2")[0] == OUTLET
    assert attr(body("Activists: 15 dead after a strike on the bakery queue."), "15")[0] == "Activists"


# --------------------------------------------------------------------------- who is what


def test_armed_groups_of_other_wars_are_listed():
    for name in ("Fano commanders", "ELN fighters", "PKK", "HTS spokesman", "Shining Path", "Sendero Luminoso",
                 "BRN", "Tehrik-i-Taliban Pakistan", "Abu Sayyaf", "MFDC", "Janjaweed", "al-Qaeda"):
        assert type_of(name) == "armed_group", name
    assert type_of("Tatmadaw") == "official"  # a state's army
    assert type_of("Kenyan army commanders") == "official"


def test_community_leaders_are_local_sources_and_analysts_monitors():
    assert type_of("local leaders") == "activists"
    assert type_of("community leaders") == "activists"
    assert type_of("analysts") == "monitor"
    assert type_of("intelligence analysts") != "monitor"


# --------------------------------------------------------------------------- stance


def test_nobody_believing_the_figures_disputes_them():
    text = body("The rebels say they have 3,000 fighters; the army says fewer than 1,000. Nobody in the camps "
                "believes either figure.")
    assert attr(text, "3,000")[2] == "disputed"
    assert attr(text, "1,000")[2] == "disputed"
    hope = body("The army says 400 rebels surrendered. Nobody believes the truce will hold.")
    assert attr(hope, "400")[2] == "claimed"


def test_figures_vouched_for_before_them_are_confirmed():
    text = body("The final figures, which have been checked against hospital records, are as follows. In all, 61 "
                "people died and 140 were wounded.", "The governor said 300 houses burned.")
    assert attr(text, "61")[2] == "confirmed"
    assert attr(text, "140")[2] == "confirmed"
    assert attr(text, "300")[2] == "claimed"  # a paragraph of running text after it: out of reach
    rows = body("The figures below were recorded by our teams and checked against the lists of village chiefs.",
                "Situation on 3 March:", "- Houses destroyed: 41\n- Wells damaged: 5\n- Civilians killed: 2")
    assert attr(rows, "41") == (OUTLET, "publication", "confirmed")
    assert attr(rows, "2", occurrence=0)[2] == "confirmed"


def test_a_paragraph_doubting_one_claimants_figures_disputes_that_claimant_only():
    text = body("Soldiers killed 35 rebels near Kesh, the army said. Residents said 20 of the dead were farmers.",
                "The convoy was later attacked on the road to Dorvan. It had left the base at dawn. Drivers said the "
                "road was mined. The attack lasted an hour.",
                "The army's figures could not be verified; reporters may not travel to the area.")
    assert attr(text, "35") == ("Army", "official", "disputed")
    assert attr(text, "20") == ("Residents", "activists", "claimed")


def test_a_bare_label_among_unlabelled_paragraphs_covers_its_own_paragraph_only():
    text = doc("Mirko Tal said the talks would resume.", "Tal: The enemy lost 300 tanks this week.",
               "Shelling killed 12 people in Dorvan overnight.", "Tal: We will not give up an inch.",
               "Rescuers pulled 4 bodies from the rubble.")
    assert attr(text, "300")[0] == "Mirko Tal"
    assert attr(text, "12") == (OUTLET, "publication", "asserted")
    assert attr(text, "4") == (OUTLET, "publication", "asserted")


def test_a_label_with_a_role_or_a_title_in_capitals_names_its_speaker():
    roled = doc("MARTIN (host): Welcome back.", "LEILA HADDAD (UNHCR spokeswoman): Some 12,000 people crossed the "
                "border this week.", "MARTIN (host): Thank you.")
    assert attr(roled, "12,000")[:2] == ("Leila Haddad", "official")  # typed by the role, a listed agency's
    titled = doc("HOST: Joining us is Dr. Amina Yusuf, a surgeon at the Kesh hospital.",
                 "DR. AMINA YUSUF: We treated 140 wounded on Sunday alone.", "HOST: And the dead?")
    assert attr(titled, "140")[0] == "Amina Yusuf"
    place = doc("ALEPPO (host city): 14 killed.", "Rescuers said 30 bodies were found.")
    assert turns(place) == ()  # a place with a note in brackets is no speaker


def test_following_as_a_preposition_vouches_for_nothing():
    text = body("Following the attack, the ministry confirmed 30 deaths. Rescuers said 12 more bodies were found.")
    assert attr(text, "12")[2] == "claimed"
    listed = body("The totals listed below have been verified by our field teams:", "- Houses destroyed: 41")
    assert attr(listed, "41")[2] == "confirmed"


def test_a_quotation_opening_after_the_verb_is_still_its_speech():
    assert attr(body('The mayor said "at least 40 people died" in the shelling.'), "40")[0] == "Mayor"
