"""Session 27, helper who38: attribution rules fitted on batch 38 (sentences of my own)."""

from __future__ import annotations

from datetime import date

from extract import extract_claims


def _by_number(text: str, outlet: str = "Example Wire") -> dict:
    return {c.number_text: c for c in extract_claims(text, published=date(2021, 5, 4), outlet=outlet)}


def _attribution(claim) -> tuple[str, str, str]:
    return claim.source.casefold(), claim.source_type, claim.stance


# --- a law report's outlet is not the court (courtvoice.own_court)


def test_a_law_report_outlet_keeps_the_court_s_finding():
    """An outlet named "... Court Reports" reports on a court; "The tribunal found that ..." is the tribunal's."""
    text = ("Verdict in the Marlow case\nHigh Court Reports, Leeds. 3 May 2021.\n\n"
            "The tribunal found that 27 villagers were killed by the patrol.\n")
    assert _attribution(_by_number(text, "High Court Reports")["27"]) == ("tribunal", "official", "confirmed")


def test_a_court_s_own_summary_is_still_its_own_voice():
    """Negative: an outlet that is a court ("Regional Criminal Tribunal") speaks for itself."""
    text = ("Summary of judgment\nRegional Criminal Tribunal, press office. 3 May 2021.\n\n"
            "The Tribunal found that 27 villagers were killed by the patrol.\n")
    claim = _by_number(text, "Regional Criminal Tribunal")["27"]
    assert (claim.source, claim.source_type) == ("Regional Criminal Tribunal", "publication")


# --- a court's findings carried through its paragraph (courtcarry.py)


def test_sentences_after_a_court_s_finding_are_its_findings():
    """The facts told after "The court found that ..." in its paragraph are the court's, confirmed."""
    text = ("Sentencing in the market bombing trial\n\n"
            "The court found that the two men planted the device. At the fish stalls alone, 23 people were killed. "
            "Across the square the blast wounded 61 more.\n")
    claims = _by_number(text)
    assert _attribution(claims["23"]) == ("court", "official", "confirmed")
    assert _attribution(claims["61"]) == ("court", "official", "confirmed")


def test_it_found_carries_the_court_named_before():
    """"It found that ..." stands for the inquest named before; the sentence after goes on with its finding."""
    text = ("Inquest closes\n\n"
            "The inquest heard from 40 witnesses over six weeks. It found that the fire started in the kitchen. "
            "Nine residents died on the upper floors.\n")
    assert _attribution(_by_number(text)["Nine"]) == ("inquest", "official", "confirmed")


def test_what_a_court_recalled_is_claimed():
    """A court that only recalls or notes the facts gives them as claims, not findings."""
    text = ("Appeal dismissed\n\n"
            "The appeals chamber recalled that the army shelled the camp for two days. Some 140 refugees were "
            "killed in the shelling.\n")
    assert _attribution(_by_number(text)["140"]) == ("appeals chamber", "official", "claimed")


def test_a_commission_s_finding_carried_stays_a_claim():
    """A commission of inquiry is no court: what it concluded, told on, is claimed (courtvoice.judge_finds)."""
    text = ("Report on the crackdown\n\n"
            "The commission of inquiry concluded that the police used live rounds. Eighteen protesters were shot "
            "dead that evening.\n")
    assert _attribution(_by_number(text)["Eighteen"]) == ("commission of inquiry", "official", "claimed")


def test_another_claimant_in_between_stops_the_court_s_run():
    """Negative: after "the prosecution says ..." the court's finding no longer runs on."""
    text = ("Sentencing in the market bombing trial\n\n"
            "The court found that the two men planted the device. The prosecution says the men were paid by a "
            "cell abroad. At the fish stalls alone, 23 people were killed.\n")
    assert _by_number(text)["23"].source != "court"


def test_a_new_paragraph_is_the_writer_s_again():
    """Negative: the finding does not cross into the next paragraph."""
    text = ("Sentencing in the market bombing trial\n\n"
            "The court found that the two men planted the device.\n\n"
            "At the fish stalls alone, 23 people were killed.\n")
    assert _attribution(_by_number(text)["23"]) == ("example wire", "publication", "asserted")


def test_a_court_that_finds_nothing_of_the_kind_is_no_finder():
    """Negative: a court named without "found that" gives the sentences after it nothing."""
    text = ("Trial opens\n\n"
            "The court heard the case of the two men on Monday. At the fish stalls alone, 23 people were killed.\n")
    assert _attribution(_by_number(text)["23"]) == ("example wire", "publication", "asserted")


# --- a corrections column's pieces named by their day (retracted.py) and the figure's source named next (ownernext.py)

_NOTICE = "Corrections and clarifications\nThe Harbour Courier, Friday. Page 2.\n\n"


def test_a_story_named_by_its_day_is_the_paper_s_own_figure():
    """"Thursday's story said ..." in a corrections column is the paper's own earlier figure: disputed."""
    text = _NOTICE + "- Thursday's story said gunmen had killed 35 people at the port. The port authority says 31 died.\n"
    claims = _by_number(text, "The Harbour Courier")
    assert _attribution(claims["35"]) == ("the harbour courier", "publication", "disputed")
    assert claims["31"].source.casefold() == "port authority"


def test_yesterday_s_report_is_the_paper_s_own():
    """"Yesterday's report" names the paper's piece too ("Yesterday" is no time word opening the subject)."""
    text = _NOTICE + "- Yesterday's report gave the number of soldiers captured as 14. It was 4.\n"
    assert _attribution(_by_number(text, "The Harbour Courier")["14"]) == (
        "the harbour courier", "publication", "disputed")


def test_a_relayed_figure_is_its_original_claimant_s():
    """"That figure came from a local councillor" names whose figure the paper's story relayed: the councillor's,
    and the notice doubts it."""
    text = (_NOTICE + "- Tuesday's story said 80 of the dead were from the old town. That figure came from a local "
            "councillor and has not been confirmed.\n")
    claim = _by_number(text, "The Harbour Courier")["80"]
    assert claim.source.casefold() == "local councillor"
    assert claim.stance == "disputed"


def test_a_figure_that_came_from_a_cause_names_no_source():
    """Negative: "The toll came from artillery fire" tells the cause, not who gave the figure."""
    text = ("Shelling of the old town\n\n"
            "At least 19 people were killed on Sunday. The toll came from artillery fire on the market.\n")
    assert _by_number(text)["19"].source == "Example Wire"


def test_another_s_report_in_a_notice_stays_another_s():
    """Negative: a ministry's report named in a correction notice keeps its own claim."""
    text = _NOTICE + "- The ministry's report said 52 people were wounded, as we stated.\n"
    assert _by_number(text, "The Harbour Courier")["52"].source_type != "publication"


def test_yesterday_opening_a_sentence_is_still_trimmed_from_the_claimant():
    """Negative: "Yesterday the ministry said ..." is the ministry's (only "Yesterday's" is a possessive)."""
    text = "Clashes in the north\n\nYesterday the defence ministry said 14 soldiers died.\n"
    assert _by_number(text)["14"].source.casefold() == "defence ministry"


# --- an estimate named by its adjective is a noun, and a label naming no one is the document's own (claimants,
# claimantof)

_ENTRY = "Conflict tracker: the northern clashes\nRegional Conflict Monitor. Entry 12, updated 3 May 2021.\n\nFatalities\n"


def _entry(line: str) -> dict:
    return _by_number(_ENTRY + line + "\n", "Regional Conflict Monitor")


def test_our_best_estimate_is_the_writer_s_own():
    """"Our best estimate: 253 killed" is no claimant "Our best" estimating: the tracker's own figure."""
    assert _attribution(_entry("Our best estimate: 253 killed.")["253"]) == (
        "regional conflict monitor", "publication", "asserted")


def test_a_bare_best_estimate_label_is_the_writer_s_own():
    """"Best estimate: 140 killed (range 140-160)": a label, no source "Best", no hedge."""
    claims = _entry("Best estimate: 140 killed (range 140-160).")
    assert _attribution(claims["140"]) == ("regional conflict monitor", "publication", "asserted")


def test_a_labelled_estimate_of_the_document_s_kind_is_asserted():
    """"Tracker working estimate: 77 killed" labels the entry's own figure: asserted, not claimed."""
    assert _attribution(_entry("Tracker working estimate: 77 killed.")["77"]) == (
        "regional conflict monitor", "publication", "asserted")


def test_a_named_body_estimating_still_claims():
    """Negative: "The army estimates 45 rebels died" is the army's claim."""
    assert _attribution(_entry("The army estimates 45 rebels died.")["45"]) == ("army", "official", "claimed")


def test_a_named_body_s_best_estimate_is_its_own():
    """Negative: "The army's best estimate: 33 killed" stays the army's claim."""
    claim = _entry("The army's best estimate: 33 killed.")["33"]
    assert (claim.source_type, claim.stance) == ("official", "claimed")


# --- "according to X" beside a verb of condemning (quotecarry.chosen_claimant); a plural aside between a claimant
# and its verb (claimants._ASIDE_PIECE)


def test_according_to_outranks_who_condemned_the_attack():
    """"The council condemned the bombing that, according to the health ministry, killed 41": the ministry's."""
    text = ("Statement on the bombing\n\nThe regional council condemned the bombing of the bus depot that, "
            "according to the health ministry, killed 41 people.\n")
    assert _by_number(text)["41"].source.casefold() == "health ministry"


def test_who_condemned_an_attack_alone_still_gives_its_toll():
    """Negative: with no "according to", the body that condemned the attack keeps the toll."""
    text = "Statement on the bombing\n\nThe regional council condemned the bombing that killed 41 people.\n"
    assert "council" in _by_number(text)["41"].source.casefold()


def test_messages_posted_online_are_an_aside_not_a_claimant():
    """"The militia, in videos posted online, said ..." is the militia's claim, not a claimant "online"."""
    text = "Raid on the garrison\n\nThe Kivu militia, in videos posted online, said it had captured 16 soldiers.\n"
    assert _by_number(text)["16"].source == "Kivu militia"


def test_a_post_on_its_website_is_an_aside():
    """"The group, in a post on its website, said ..." is the group's, not "its website"'s."""
    text = "Raid on the garrison\n\nThe Sahel Front, in a post on its website, said 30 soldiers died.\n"
    assert _by_number(text)["30"].source == "Sahel Front"


# --- a body that names or identifies the people counted (cues, cueverbs)


def test_a_ministry_that_named_the_attackers_gives_their_number():
    """"The Interior Ministry has named six attackers" is the ministry's count, not the writer's."""
    text = "Bombing of the ferry terminal\n\nThe Interior Ministry has named six attackers, all from one town.\n"
    assert _attribution(_by_number(text)["six"]) == ("interior ministry", "official", "claimed")


def test_tests_that_identified_the_dead_are_no_claimant():
    """Negative: "DNA tests have identified seven of the dead" names no body: the writer's own."""
    text = "Bombing of the ferry terminal\n\nDNA tests have identified seven of the dead.\n"
    assert _attribution(_by_number(text)["seven"]) == ("example wire", "publication", "asserted")


def test_named_without_a_count_after_is_no_cue():
    """Negative: "a man named Ali" names a person; the figure is who speaks after it."""
    text = "Bombing of the ferry terminal\n\nA man named Ali Hassan said 12 people were killed.\n"
    claim = _by_number(text)["12"]
    assert "Ali Hassan" in claim.source and claim.stance == "claimed"


def test_police_who_identified_some_of_the_gunmen_give_that_count():
    """"The National Police have so far identified 14 of the gunmen": the police's count."""
    text = "Siege of the hotel\n\nThe National Police have so far identified 14 of the gunmen.\n"
    claim = _by_number(text)["14"]
    assert (claim.source_type, claim.stance) == ("official", "claimed") and "Police" in claim.source


# --- the writer's side refusing a figure just given (toohigh._WE_REFUSE)


def _history(tail: str):
    text = "Fifty years on\n\nThe rebels' own history puts their losses at 61 killed, " + tail + "\n"
    return _by_number(text)["61"]


def test_a_figure_our_members_never_accepted_is_disputed():
    """"…, a figure our veterans have never accepted": the writer's side refuses it."""
    assert _history("a figure our veterans have never accepted.").stance == "disputed"


def test_a_figure_we_reject_is_disputed():
    """"…, which we reject": the writer's own refusal."""
    assert _history("which we reject.").stance == "disputed"


def test_a_figure_we_accept_is_not_disputed():
    """Negative: "a figure we accept" endorses it."""
    assert _history("a figure we accept.").stance == "claimed"


def test_a_figure_we_do_not_dispute_is_not_disputed():
    """Negative: "a figure we do not dispute" is no doubt."""
    assert _history("a figure we do not dispute.").stance == "claimed"


def test_another_party_rejecting_is_its_counter_claim():
    """Negative: "a figure the government rejects" is not the writer's doubt."""
    assert _history("a figure the government rejects.").stance == "claimed"


# --- a subject's relative clause closed by a comma before "later said" (claimants.elided_subject)


def test_a_country_with_a_relative_clause_later_said():
    """"Tanzania, which had hosted the talks, later said that ..." is Tanzania's claim, no elided subject."""
    text = ("The border war\n\nTanzania, which had hosted the talks, later said that rebel troops killed 70 of its "
            "citizens.\n")
    assert _attribution(_by_number(text)["70"]) == ("tanzania", "official", "claimed")


def test_a_body_with_a_relative_clause_then_said():
    """"The relief agency, which runs two clinics, then said ..." is the agency's."""
    text = "The border war\n\nThe Red Crescent, which runs two clinics there, then said 35 people had died.\n"
    assert _by_number(text)["35"].source.casefold() == "red crescent"


def test_a_second_verb_after_a_comma_still_has_an_elided_subject():
    """Negative: "The army shelled the town, later said 40 died": the army, the first clause's subject."""
    text = "The border war\n\nThe army shelled the town, then said 40 rebels died.\n"
    assert _by_number(text)["40"].source.casefold() == "army"
