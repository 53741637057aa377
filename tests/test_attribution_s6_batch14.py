"""Session 6, batch 14's forms of attribution, on sentences written for these tests (not the batch's): a court
judgment quoted in part, a fact-check's CLAIM/VERDICT lines, a question headline, a label's "(estimated)", a
closing cue before a semicolon, words that are no part of a claimant's name, the writer calling a figure stale."""

from __future__ import annotations

from datetime import date

from attribution_probe import attribution_at, body
from extract.claimantshape import people_type, tidy_claimant
from extract.factchecks import claim_line_source, is_claim_line
from extract.headlines import hedged_headline
from extract.judgments import court_of, is_court, names_the_court
from extract.sections import split_sections

OUTLET = "Valley Ledger"


def attr(text: str, number: str, occurrence: int = 0) -> tuple[str | None, str, str]:
    return attribution_at(text, number, outlet=OUTLET, published=date(2003, 5, 6), occurrence=occurrence)


def section_at(text: str, needle: str) -> tuple[str, str | None]:
    at = text.index(needle)
    s = next(s for s in split_sections(text) if s.start <= at < s.end)
    return s.kind, s.voice


# --------------------------------------------------------------------------- a court judgment quoted in part

JUDGMENT = body(
    "The High Court of Arusha on Monday convicted two former police officers over the raid on Kibo market. "
    "The following are excerpts from the judgment; the numbering is the court's.",
    "31. The court is satisfied that the officers shot dead 17 traders in the market square.",
    "32. Nine stalls were burned. A medic, Joseph Mrema, testified that he treated 45 wounded.",
    "33. According to the regional police, 60 officers took part in the operation.",
    "Both officers were sentenced to 20 years in prison.",
)


def test_numbered_paragraphs_after_a_judgment_intro_are_the_courts_excerpt():
    assert section_at(JUDGMENT, "31. The court") == ("excerpt", "High Court of Arusha")
    assert section_at(JUDGMENT, "Both officers")[0] == "body"  # the report after the quoted paragraphs


def test_the_courts_own_findings_are_confirmed_and_official():
    assert attr(JUDGMENT, "17") == ("High Court of Arusha", "official", "confirmed")  # "The court is satisfied …"
    assert attr(JUDGMENT, "Nine") == ("High Court of Arusha", "official", "confirmed")  # a plain finding


def test_a_witness_or_body_the_judgment_cites_keeps_its_claim():
    assert attr(JUDGMENT, "45")[0] == "Joseph Mrema"
    assert attr(JUDGMENT, "45")[2] == "claimed"
    assert attr(JUDGMENT, "60")[2] == "claimed"


def test_the_intro_may_name_the_court():
    line = "Below is an extract from the ruling of the Special Tribunal for Lebanon, as published."
    assert court_of(line, 0, line) == "Special Tribunal for Lebanon"


def test_no_judgment_intro_no_excerpt():
    # an extract of something else, and a judgment mentioned without an extract, mark nothing
    assert court_of("Below is an extract from his diary.", 0, "Below is an extract from his diary.") is None
    text = body("The court's judgment runs to 300 pages.", "14. Rebels killed 12 soldiers, the army said.")
    assert section_at(text, "14. Rebels")[0] == "body"
    assert not is_court("Reuters") and is_court("Supreme Court")
    assert names_the_court("The court") and not names_the_court("The army")


# --------------------------------------------------------------------------- a fact-check's claim and verdict

FACTCHECK = body(
    "CLAIM: A message shared by the user @HillWatch99, forwarded 9,000 times, says 500 soldiers deserted in a day.",
    "VERDICT: Misleading. The army lists 40 desertions this year.",
)


def test_the_claim_line_is_the_posters_and_a_false_verdict_disputes_it():
    assert attr(FACTCHECK, "500") == ("@HillWatch99", "social_media", "disputed")


def test_the_checkers_own_count_is_not_the_posters():
    assert attr(FACTCHECK, "40")[0] != "@HillWatch99"


def test_a_claim_line_without_a_rejecting_verdict_is_not_disputed():
    text = body("CLAIM: A post by @RiverNews says 30 boats sank.", "VERDICT: True. Port records agree.")
    assert attr(text, "30") == ("@RiverNews", "social_media", "claimed")


def test_claim_line_shapes():
    assert is_claim_line("Claim: a statement by the Northern Front says 80 died.")
    assert claim_line_source("Claim: a statement by the Northern Front says 80 died.") == "Northern Front"
    assert not is_claim_line("Claims of 80 dead spread on Monday.")  # no colon: a sentence, not the layout


# --------------------------------------------------------------------------- a question headline


def test_a_headline_asking_about_the_count_is_claimed():
    assert hedged_headline("Did the militia really burn 40 villages?")
    assert hedged_headline("Explainer: Were 2,000 prisoners freed?")


def test_a_question_after_the_count_does_not_hedge_it():
    assert not hedged_headline("30 Tanks Seen Near the Border — What Comes Next?")
    assert not hedged_headline("Ceasefire: What Are 3 Weeks of Talks Worth") # (no question mark)
    assert not hedged_headline("Rebels Seize 12 Trucks")


# --------------------------------------------------------------------------- table labels and closing cues


def test_estimated_in_a_row_label_is_no_claimant():
    text = body("FIGURES", "Homes destroyed in the valley (estimated): 3,400 (2,900)")
    assert attr(text, "3,400") == (OUTLET, "publication", "asserted")
    assert attr(text, "2,900") == (OUTLET, "publication", "asserted")


def test_a_closing_say_before_a_semicolon_reaches_back():
    text = body("Only three bridges over the river still stand, surveyors say; the others fell in May.")
    source, _, stance = attr(text, "three")
    assert (source, stance) == ("Surveyors", "claimed")


def test_a_speaker_opening_the_second_clause_does_not_reach_back():
    text = body("Shelling destroyed 14 homes; residents say the army fired first.")
    assert attr(text, "14") == (OUTLET, "publication", "asserted")


# --------------------------------------------------------------------------- claimant names


def test_words_around_a_claimant_are_cut():
    assert tidy_claimant("recorded the Malian government") == "Malian government"
    assert tidy_claimant("witness J. Okello") == "J. Okello"
    assert tidy_claimant("witness J. Okello").role == "witness"
    assert tidy_claimant("town's emergency committee") == "emergency committee"
    assert tidy_claimant("Pilgrims returning from the shrine") == "Pilgrims"
    assert tidy_claimant("OSCE observers inside the city") == "OSCE observers"


def test_names_that_keep_their_words():
    for name in ("Togo's football federation", "sources inside the ministry", "Human Rights Watch",
                 "Parents in Gulu", "Witness Ali Hassan", "officials during the talks"):
        assert tidy_claimant(name) == name


def test_a_witness_named_with_a_role_is_typed_by_it():
    text = body("The witness B. Ochieng said he counted 30 bodies at the bridge.")
    assert attr(text, "30") == ("B. Ochieng", "activists", "claimed")


def test_unnamed_people_without_office_are_local_sources():
    assert people_type("engineers") == "activists"
    assert people_type("friends in the village") == "activists"
    assert people_type("Port officials") is None


# --------------------------------------------------------------------------- the writer calling a figure stale


def test_a_figure_called_out_of_date_next_is_disputed():
    text = body("Your article gave the army's toll of five dead. That was out of date by the evening.")
    assert attr(text, "five")[2] == "disputed"


def test_stale_said_by_someone_else_or_in_the_next_paragraph_is_not_the_writers():
    said = body("The army gave a toll of five dead. That was wrong, the rebels said.")
    assert attr(said, "five")[2] == "claimed"
    apart = body("The army gave a toll of five dead.", "That was wrong about the bridge.")
    assert attr(apart, "five")[2] == "claimed"


# --------------------------------------------------------------------------- an owner named after the figure


def test_a_figure_called_theirs_is_the_speakers_in_its_clause_and_in_a_table_above():
    text = body("CAMPS", "Families in northern camps: 8,200 (7,900)",
                "Camp managers say 300 families arrived on Friday; the figure of 8,200 families is theirs.")
    assert attr(text, "8,200") == ("Camp managers", "official", "claimed")
    assert attr(text, "8,200", occurrence=1)[0] == "Camp managers"
    assert attr(text, "7,900") == (OUTLET, "publication", "asserted")  # the older figure is not covered


def test_no_possessive_no_owner():
    text = body("Families in northern camps: 8,200", "Camp managers say 300 families arrived on Friday.")
    assert attr(text, "8,200") == (OUTLET, "publication", "asserted")


def test_a_letter_calling_your_figure_wrong_disputes_the_papers_figure_only():
    text = body("Sir, - You reported that the militia has 400 men. Perhaps; but the police say 2,000 joined it "
                "last year. Either your figure is wrong or the police are counting twice.")
    assert attr(text, "400")[2] == "disputed"
    assert attr(text, "2,000") == ("Police", "official", "claimed")


def test_your_figure_praised_or_far_away_is_no_doubt():
    praised = body("You reported that the militia has 400 men. Your figure is right.")
    assert attr(praised, "400") == (OUTLET, "publication", "asserted")
    apart = body("You reported that the militia has 400 men.", "Either your figure is wrong or I misread it.")
    assert attr(apart, "400") == (OUTLET, "publication", "asserted")


# --------------------------------------------------------------------------- "Neither that figure nor the X totals"

NEITHER = body(
    "The provincial police report 80 rebels dead and 40 captured this year.",
    "The clash itself is not in dispute. The border guard says 6 of its officers were killed, and 3 were hurt. "
    "The rebels, in a statement, said they had seized 9 rifles. Neither that figure nor the police totals can be "
    "checked.",
)


def test_neither_that_figure_nor_the_x_totals_disputes_those_two_only():
    assert attr(NEITHER, "9")[2] == "disputed"  # "that figure": the sentence right before
    assert attr(NEITHER, "80")[2] == "disputed"  # "the police totals", an earlier paragraph
    assert attr(NEITHER, "40")[2] == "disputed"
    assert attr(NEITHER, "6")[2] == "claimed"  # the guard's count in between is not meant
    assert attr(NEITHER, "3")[2] == "claimed"


def test_neither_account_still_reaches_every_account():
    text = body("The border guard says 6 of its officers were killed. The rebels said they seized 9 rifles. "
                "Neither account can be checked.")
    assert attr(text, "6")[2] == "disputed"
    assert attr(text, "9")[2] == "disputed"


def test_the_maoists_are_an_armed_group():
    text = body("The Maoists said in a leaflet that they had killed 14 policemen.")
    assert attr(text, "14") == ("Maoists", "armed_group", "claimed")


# --------------------------------------------------------------------------- figures the court weighs

WEIGHED = body(
    "The Special Court for Tarsh on Friday acquitted a former mayor. Below is an extract from the judgment.",
    "7. The prosecution's estimate of 300 displaced was not established. The accused's account that 12 guards "
    "were present is accepted.",
    "8. A nurse, Mira Tal, testified that she saw 25 bodies. The court relies for the number of dead on the "
    "burial register, which lists 19.",
    "9. The defence's figure of 40 wounded is rejected.",
)


def test_a_partys_figure_the_court_finds_unproved_or_rejects_is_disputed():
    assert attr(WEIGHED, "300") == ("Prosecution", "official", "disputed")
    assert attr(WEIGHED, "40")[0::2] == ("Defence", "disputed")


def test_a_witness_count_the_court_replaces_is_disputed():
    assert attr(WEIGHED, "25")[0::2] == ("Mira Tal", "disputed")


def test_an_accepted_account_and_the_courts_own_count_are_not_disputed():
    assert attr(WEIGHED, "12")[2] != "disputed"
    assert attr(WEIGHED, "19")[2] == "confirmed"


def test_rejected_outside_a_judgment_is_no_courts_doubt():
    text = body("The army rejected the claim, saying 30 soldiers died in the raid.")
    assert attr(text, "30")[2] == "claimed"


# --------------------------------------------------------------------------- a letter to the editor

LETTER = (
    "Letters: The flood camp numbers\n\n"
    "Sir, - You wrote on Monday that 900 families remain in the camp. The district office says 1,200. "
    "I counted 40 tents still standing last week.\n\n"
    "Please check again.\n\n"
    "Hana Petrova\nOstrava\n\n"
    "Editor's note: The camp held 900 families on Sunday.\n"
)


def test_a_letters_own_figure_is_its_signers():
    assert attr(LETTER, "40") == ("Hana Petrova", "reader_comment", "claimed")
    assert section_at(LETTER, "I counted") == ("body", "Hana Petrova")


def test_the_paper_the_letter_answers_and_the_sources_it_cites_keep_their_voices():
    assert attr(LETTER, "900") == (OUTLET, "publication", "asserted")  # "You wrote …"
    assert attr(LETTER, "1,200")[0:2] == ("District office", "official")
    assert attr(LETTER, "900", occurrence=1)[0] == OUTLET  # the editor's note after the signature


def test_no_signature_or_no_salutation_no_letter():
    unsigned = "Letters: Flood camps\n\nSir, - I counted 40 tents.\n\nPlease check again.\n\nThank you for reading.\n"
    assert attr(unsigned, "40")[0] == OUTLET
    report = "Camp numbers fall\n\nOfficials counted 40 tents on Monday.\n\nMore rain is due.\n\nHana Petrova\nOstrava\n"
    assert section_at(report, "Officials")[1] is None
