"""Session 24, batch 33's sides and attribution (sentences written for these tests, not taken from any gold text, the
held-out or the seeds)."""

from __future__ import annotations

from extract import extract_claims


def _sides(text: str) -> dict[str, str]:
    return {c.number_text: c.side for c in extract_claims(text)}


# --- bombs at a museum, a bank, a transport network, a federal building: the unidentified dead are civilians

def test_people_killed_in_an_attack_on_a_museum_are_civilians():
    text = ("Gallery attack\n\nOfficials said 14 people were killed in an attack on the Varno art museum "
            "on Sunday.\n")
    assert _sides(text)["14"] == "civilian"


def test_people_killed_by_a_bomb_at_a_bank_are_civilians():
    text = "Blast in the capital\n\nIn 1974 a bomb at a bank in Varno killed 9 people, police said.\n"
    assert _sides(text)["9"] == "civilian"


def test_a_lead_telling_of_bombings_on_a_transport_network_makes_the_dead_civilians():
    text = ("Three years on, an inquiry reports\n"
            "The Northern Ledger, 2 June 2014.\n\n"
            "The 31 people who died in the coordinated suicide bombings on Varno's transport network in 2011 were "
            "unlawfully killed, the inquiry found today after sitting for eleven weeks.\n\n"
            "It heard from 200 witnesses over those weeks.\n\n"
            "Officials said 18 people died on a tram near the river crossing.\n")
    assert _sides(text)["18"] == "civilian"


_CONFERENCE = ("Valley Radio, 3 May 1999. Officials spoke to reporters this morning at the command post, "
               "a transcript follows.\n\n"
               "CHIEF: Good morning to you all.\n\nCHIEF: We have 40 crews working in shifts.\n\n"
               "CHIEF: Rescuers recovered 8 more bodies overnight.\n")


def test_a_federal_building_bombing_in_the_headline_makes_the_dead_civilians():
    text = "Update on the federal building bombing in Marston\n" + _CONFERENCE
    assert _sides(text)["8"] == "civilian"


def test_a_police_office_building_attack_in_the_headline_stays_unknown():
    text = "Update on the police office building attack in Marston\n" + _CONFERENCE
    assert _sides(text)["8"] != "civilian"


def test_a_bank_named_without_an_attack_gives_no_side():
    text = "Fighting in the hills\n\nThe army said 6 rebels were killed near the bank of the river on Friday.\n"
    assert _sides(text).get("6") != "civilian"


# --- a coroner's ruling and recorded findings: the coroner's, confirmed (a court's findings)

def _sources(text: str) -> dict[str, tuple[str | None, str, str]]:
    return {c.number_text: (c.source, c.source_type, c.stance) for c in extract_claims(text)}


def test_a_coroner_ruling_after_the_count_is_the_coroners_confirmed_finding():
    got = _sources("Inquest ends\n\nNineteen people died in the warehouse fire bombing, the coroner ruled on Monday.\n")
    assert got["Nineteen"][0].casefold() == "coroner" and got["Nineteen"][1:] == ("official", "confirmed")


def test_a_coroner_who_recorded_that_gives_a_confirmed_finding():
    got = _sources("Inquest ends\n\nThe coroner recorded that 14 people were killed in the market explosion.\n")
    assert got["14"][0].casefold() == "coroner" and got["14"][1:] == ("official", "confirmed")


def test_a_judge_who_ruled_that_gives_a_confirmed_finding():
    got = _sources("Verdict\n\nJudge Mara Okafor ruled that 23 villagers were killed by the militia.\n")
    assert got["23"] == ("Judge Mara Okafor", "official", "confirmed")


def test_ruled_out_is_no_ruling_of_a_count():
    got = _sources("Crash inquiry\n\nInvestigators ruled out sabotage after 31 people were killed in the crash.\n")
    assert got.get("31", (None,))[0] != "Investigators"


def test_a_ministry_that_recorded_no_count_word_is_no_finding():
    got = _sources("Update\n\nThe ministry recorded its concern as 8 soldiers were killed at the border.\n")
    assert got.get("8", ("", "", ""))[2] != "confirmed"


def test_a_closing_ruling_with_an_adjunct_after_it_is_the_coroners():
    got = _sources("Inquest ends\n\nThe 17 people who died in the depot bombing were unlawfully killed, the coroner "
                   "ruled on Thursday, at the close of a hearing that lasted six weeks.\n")
    assert got["17"][0].casefold() == "coroner" and got["17"][1:] == ("official", "confirmed")



# --- a transcript's speaker tag with a rank or office before the surname ("SHERIFF OKAFOR:") opens that person's turn

_BRIEFING = ("Transcript: county briefing on the depot explosion\n"
             "Valley Radio, 4 May 1999. A transcript of this morning's briefing. Speakers: County Sheriff Dana "
             "Okafor and Inspector Lee Brandt of the state police.\n\n"
             "SHERIFF OKAFOR: Good morning. Our teams recovered 9 more bodies overnight from the east wing.\n\n"
             "QUESTION: Sheriff, how many are in hospital?\n\n"
             "SHERIFF OKAFOR: The county hospital tells us 31 people are being treated.\n\n"
             "INSPECTOR BRANDT: Our officers found 4 more bodies in the car park.\n")


def test_a_ranked_speaker_tag_gives_the_speaker_their_own_figures():
    got = _sources(_BRIEFING)
    assert got["9"][0] is not None and got["9"][0].endswith("Dana Okafor") and got["9"][1] == "official"


def test_a_speaker_named_after_a_role_phrase_is_the_person_only():
    got = _sources(_BRIEFING.replace("Inspector Lee Brandt of the state police", "Special Agent in Charge Lee Brandt"))
    assert got["4"][0] == "Lee Brandt"


def test_a_question_turn_stays_the_outlets():
    text = _BRIEFING.replace("QUESTION: Sheriff, how many are in hospital?", "QUESTION: Sheriff, are 40 more missing?")
    assert _sources(text).get("40", ("Valley Radio",))[0] != "Dana Okafor"


# --- "X have deployed 2,000 … and say they have …": the coordinated "say" has X as its subject

def test_a_say_after_a_clause_with_a_digit_group_is_the_opening_subjects():
    got = _sources("Security update\n\nThe provincial authorities have deployed 2,500 extra police officers to "
                   "guard the markets, and say they have arrested 14 people linked to the bombing.\n")
    assert got["14"][0] is not None and got["14"][0].casefold().endswith("authorities") and got["14"][1] == "official"


def test_have_with_a_participle_is_the_opening_verb_not_part_of_the_subject():
    got = _sources("Security update\n\nThe provincial authorities have sealed off the district and say they have "
                   "arrested 14 people linked to the bombing.\n")
    assert got["14"][0] is not None and not got["14"][0].casefold().endswith("have")


def test_a_say_after_a_real_clause_comma_gets_no_opening_subject():
    got = _sources("Security update\n\nWhen the market reopened, the police deployed 300 officers and say they "
                   "arrested 14 people linked to the bombing.\n")
    assert (got.get("14") or (None,))[0] != "When the market reopened"


def test_a_speakers_count_named_as_confirmed_dead_is_confirmed():
    text = _BRIEFING.replace("Our teams recovered 9 more bodies overnight from the east wing.",
                             "At noon the number of confirmed dead was 9.")
    assert _sources(text)["9"][2] == "confirmed"


def test_a_speakers_count_of_bodies_recovered_stays_claimed():
    assert _sources(_BRIEFING)["9"][2] == "claimed"
