"""Session 7, batch 17's forms of attribution, on sentences written for these tests (not the batch's): a statement
quoted in full after "the text below, headed …", a caveat paragraph doubting both accounts before it, "Both
statements are untrue.", a parliamentary record's "Senator NAME—" labels, "the claim by X that …", a person's
account quoted at length, passives and nouns that are no verbs of saying, "a doctor there", an earlier issue of
the document's own series, "He said …" and a part of the count ("the bodies of four of them") going on with a
speaker, a doubt on witnesses' accounts, a relief body counting its own work, and a counter-figure told to the
writer's reporter by someone else."""

from __future__ import annotations

from datetime import date

from attribution_probe import attribution_at, body
from extract.accounts import quoted_accounts
from extract.claimnoun import claim_nouns
from extract.cues import sentence_cues
from extract.cueverbs import passive_or_noun, without_place_adverb
from extract.hansard import dash_labels
from extract.ownissues import own_issue
from extract.reliefcues import relief_cues
from extract.sections import split_sections
from extract.speakers import turns
from extract.statements import issuer_of

OUTLET = "Harbour Gazette"


def attr(text: str, number: str, occurrence: int = 0) -> tuple[str | None, str, str]:
    return attribution_at(text, number, outlet=OUTLET, published=date(2004, 9, 14), occurrence=occurrence)


def names(sentence: str) -> list[str]:
    return [c.name for c in sentence_cues(sentence) if c.name]


# --------------------------------------------------------------------------- "The text below, headed …"

def test_a_document_pointed_at_below_names_its_issuer() -> None:
    assert issuer_of("The text below, headed Bulletin No. 7 of the Southern Defence Front (SDF), reached us on "
                     "Friday.") == "Southern Defence Front"
    assert issuer_of("The statement below was signed by the Highland Resistance Council and read on radio.") == \
        "Highland Resistance Council"


def test_text_below_without_a_document_and_issuer_is_no_statement() -> None:
    assert issuer_of("The figures below were compiled by our desk from hospital lists.") is None
    assert issuer_of("The text below is our own summary of the week.") is None


def test_a_statement_quoted_below_is_its_issuers_excerpt() -> None:
    text = body("The text below, headed Bulletin No. 7 of the Southern Defence Front, was handed to reporters.",
                "\"Bulletin No. 7. Our brigades destroyed four armoured cars and killed 25 of the enemy.\"",
                "The army did not comment.")
    sections = [s for s in split_sections(text) if "armoured cars" in text[s.start:s.end]]
    assert sections and sections[0].kind == "excerpt" and sections[0].voice == "Southern Defence Front"
    assert attr(text, "25") == ("Southern Defence Front", "armed_group", "claimed")


# --------------------------------------------------------------------------- "Neither account could be checked."

def test_a_caveat_paragraph_doubts_the_two_accounts_before_it() -> None:
    text = body("The Front says its brigades killed 25 soldiers near the dam on Sunday. It says eight of its own "
                "men died. It says it now holds the ridge. It says it has 600 fighters there.",
                "The defence ministry said 3 soldiers were wounded and none killed. It said the ridge was never lost.",
                "Neither account could be checked. Aid workers said 70 families had fled the valley.")
    assert attr(text, "25")[2] == "disputed"
    assert attr(text, "600")[2] == "disputed"
    assert attr(text, "3")[2] == "disputed"
    assert attr(text, "70")[2] == "claimed"  # after the caveat: not doubted by it


def test_a_caveat_does_not_reach_three_paragraphs_back() -> None:
    text = body("Police said 14 people were arrested at the market.",
                "The Front says its brigades killed 25 soldiers near the dam.",
                "The ministry said 3 soldiers were wounded.",
                "Neither account could be checked.")
    assert attr(text, "14")[2] == "claimed"
    assert attr(text, "25")[2] == "disputed"


def test_a_caveat_must_open_its_paragraph_to_reach_back_two_paragraphs() -> None:
    text = body("The Front says its brigades killed 25 soldiers near the dam on Sunday. It says it holds the ridge. "
                "It says the road is cut. It says its men are in good spirits.",
                "The ministry said 3 soldiers were wounded. Officials added that neither account could be checked.")
    assert attr(text, "25")[2] == "claimed"


# --------------------------------------------------------------------------- "Both statements are untrue."

def test_a_next_sentence_calling_the_statements_untrue_disputes_them() -> None:
    text = body("The rebel command claims that it lost only 6 men and that the army fled. Both statements are untrue.")
    assert attr(text, "6")[2] == "disputed"
    text = body("The rebel command claims that it lost only 6 men. These figures are false.")
    assert attr(text, "6")[2] == "disputed"


def test_a_next_sentence_about_something_else_does_not_dispute() -> None:
    text = body("The rebel command claims that it lost only 6 men. The statements were read on local radio.")
    assert attr(text, "6")[2] == "claimed"
    text = body("The rebel command claims that it lost only 6 men.", "Both statements are untrue, say diplomats.")
    assert attr(text, "6")[2] == "claimed"  # (another paragraph)


# --------------------------------------------------------------------------- Hansard "Senator NAME—"

RECORD = ("HOUSE OF REVIEW\n\nOfficial Record, Tuesday, 3 May 1994\n\n"
          "Senator HOLLIS (Tasmania) (3.05 p.m.)—My question is to the minister. How many refugees are there?\n\n"
          "Senator MARGARET KEANE—The camps hold some 12,000 people, and our embassy counts 40 new arrivals a day. "
          "The UN agency says 300 have gone home.\n\n"
          "The PRESIDENT—Order! Time has expired.\n")


def test_a_records_dash_labels_give_the_speakers_turns() -> None:
    assert len(dash_labels(RECORD)) == 3
    speakers = {t.speaker for t in turns(RECORD)}
    assert "Margaret Keane" in speakers
    source, stype, stance = attribution_at(RECORD, "12,000", outlet="Official Record", published=date(1994, 5, 3))
    assert (source, stype, stance) == ("Margaret Keane", "official", "claimed")


def test_a_named_claimant_inside_a_turn_still_wins() -> None:
    source = attribution_at(RECORD, "300", outlet="Official Record", published=date(1994, 5, 3))[0]
    assert source and "UN" in source


def test_a_datelines_dash_is_no_speaker_label() -> None:
    text = "Floods hit the delta\n\nDHAKA—At least 40 people died in floods, officials said.\n\nRain goes on.\n"
    assert dash_labels(text) == []
    assert turns(text) == ()
    text = ("Two datelines\n\nDHAKA—At least 40 people died.\n\nCHITTAGONG—Another 12 died.\n")
    assert turns(text) == ()  # (two bare place labels: no record)


# --------------------------------------------------------------------------- "the claim by X that …"

def test_a_claim_named_as_a_noun_gives_its_claimant() -> None:
    s = "Is the minister aware of the claim by the Coastal Liberation Front that 60 sailors drowned?"
    assert [n for n, _, _ in claim_nouns(s, s.lower())] == ["Coastal Liberation Front"]
    s = "He rejected the rebels' claim that 40 soldiers were captured."
    assert [n for n, _, _ in claim_nouns(s, s.lower())] == ["rebels"]
    s = "The second accused's statement that his unit had only 30 rifles is not believed."
    assert [n for n, _, _ in claim_nouns(s, s.lower())] == ["second accused"]  # (the whole owner, "second" too)
    text = body("Is the minister aware of the claim by the Coastal Liberation Front that 60 sailors drowned?")
    assert attr(text, "60")[0] == "Coastal Liberation Front"
    assert attr(text, "60")[2] == "claimed"


def test_a_claim_noun_without_a_that_clause_or_owner_names_nobody() -> None:
    s = "The claim by the farmers for 40 cows was rejected."
    assert claim_nouns(s, s.lower()) == []
    s = "The report that 40 people died was denied."
    assert claim_nouns(s, s.lower()) == []


# --------------------------------------------------------------------------- a person's account quoted at length

ACCOUNT = body("Samuel Okiro, 34, drove a lorry between the two towns until the road was cut. This is his account, "
               "as he gave it to us.",
               "\"We left at dawn. I saw about 20 bodies by the bridge.",
               "A soldier stopped us and said 300 rebels were in the hills. We turned back.\"",
               "The army says 12 rebels were killed that week.")


def test_an_account_quoted_at_length_is_the_tellers() -> None:
    found = quoted_accounts(ACCOUNT)
    assert [name for _, _, name in found] == ["Samuel Okiro"]
    assert attr(ACCOUNT, "20") == ("Samuel Okiro", "activists", "claimed")


def test_inside_an_account_a_named_speaker_and_after_it_the_writer_speak_for_themselves() -> None:
    assert attr(ACCOUNT, "300")[0] != "Samuel Okiro"
    assert attr(ACCOUNT, "12")[0] == "Army"


def test_a_quotation_without_an_introduced_teller_is_no_account() -> None:
    text = body("The convoy left at dawn.", "\"I saw about 20 bodies by the bridge.\"")
    assert quoted_accounts(text) == []
    text = body("This is his account.", "I saw about 20 bodies by the bridge.")  # (no teller, no quotation)
    assert quoted_accounts(text) == []


# --------------------------------------------------------------------------- no verb of saying

def test_a_passive_participle_is_no_verb_of_saying() -> None:
    s = "Some 30 students, most of them from the north, have been held since the results were announced."
    assert names(s) == []
    assert passive_or_noun("the toll was reported", 13, "reported", "", 0)


def test_an_active_verb_of_saying_stays_a_cue() -> None:
    assert names("The commission announced that 30 students have been held.") == ["commission"] or \
        names("The commission announced that 30 students have been held.")[0].casefold().endswith("commission")
    assert names("The monitors have been saying that 30 students were held.")  # ("been saying": active)


def test_a_plural_noun_before_a_semicolon_is_no_verb_of_saying() -> None:
    s = "On Friday enemy guns hit the depot and two police posts; three lorries were destroyed."
    assert names(s) == []


def test_a_place_adverb_is_no_part_of_the_speakers_name() -> None:
    assert without_place_adverb("a nurse there") == "a nurse"
    assert without_place_adverb("Officials here") == "Officials"
    assert without_place_adverb("the Thereza clinic") == "the Thereza clinic"
    text = body("The district clinic treated 48 people for burns, a nurse there said.")
    assert attr(text, "48")[0] == "Nurse"


# --------------------------------------------------------------------------- an earlier issue of the document's own series

def test_an_earlier_issue_of_the_documents_own_series_is_its_voice() -> None:
    text = ("Bulletin No. 12 of the Valley Defence Staff\n\nRidgetown, 4 March 1999\n\n"
            "1. Bulletin No. 11 gave the number of enemy tanks destroyed at the ford as nine. The correct figure is 6.\n")
    assert own_issue(text, "Bulletin No. 11")
    source, stype, _ = attribution_at(text, "nine", outlet="Valley Defence Staff", published=date(1999, 3, 4))
    assert (source, stype) == ("Valley Defence Staff", "publication")


def test_a_numbered_document_of_another_series_stays_a_claimant() -> None:
    text = body("Communique No. 5 of the army said 14 rebels were killed.")
    assert not own_issue(text, "Communique No. 5")
    assert not own_issue("Bulletin No. 12 of the Staff\n\nText.", "Resolution No. 5")


# --------------------------------------------------------------------------- counts going on with a speaker

def test_he_said_and_the_count_after_it_are_the_person_named_before() -> None:
    text = body("The army denied the report. Its spokesman, Major Ana Ruiz, said no post had fallen. He said four "
                "soldiers were killed near the pass. Another nine were wounded.")
    assert attr(text, "nine")[0] == "Major Ana Ruiz"


def test_he_said_with_nobody_named_before_leaves_the_count_to_the_writer() -> None:
    text = body("He said four soldiers were killed near the pass. Another nine were wounded.")
    assert attr(text, "nine")[0] == OUTLET


def test_a_part_of_the_count_goes_on_with_its_speaker() -> None:
    text = body("Villagers told us that gunmen took at least 20 men from the market. The bodies of four of them "
                "were found in a ditch.")
    assert attr(text, "four")[0] == "Villagers"
    text = body("Gunmen took at least 20 men from the market. The bodies of four of them were found in a ditch.")
    assert attr(text, "four")[0] == OUTLET


# --------------------------------------------------------------------------- a doubt on witnesses' accounts

def test_a_doubt_on_the_villagers_accounts_disputes_every_witness_claim() -> None:
    text = body("Displaced villagers said soldiers burned 40 houses. Survivors said 9 men were shot.",
                "The governor says 2 soldiers died.",
                "Method. We could not reach the area, and the villagers' accounts could not be verified.")
    assert attr(text, "40")[2] == "disputed"
    assert attr(text, "9")[2] == "disputed"
    assert attr(text, "2")[2] == "claimed"  # (an official, not a witness)


def test_a_doubt_on_some_other_owners_accounts_does_not_reach_witnesses() -> None:
    text = body("Displaced villagers said soldiers burned 40 houses.",
                "The army's accounts could not be verified.")
    assert attr(text, "40")[2] == "claimed"


# --------------------------------------------------------------------------- a relief body counting its own work

def test_a_relief_body_that_evacuated_people_is_the_claimant() -> None:
    s = "The Red Crescent of Sudan has evacuated about 900 people from the flooded camps."
    assert [n for n, *_ in relief_cues(s, s.lower())] == ["Red Crescent of Sudan"]
    text = body(s)
    assert attr(text, "900")[0] == "Red Crescent of Sudan"
    assert attr(text, "900")[2] == "claimed"


def test_troops_or_a_town_evacuating_people_are_no_claimants() -> None:
    s = "Troops evacuated 300 villagers from the valley."
    assert relief_cues(s, s.lower()) == []
    s = "The Red Crescent of Sudan has evacuated its staff from the camps."  # (no count after the verb)
    assert relief_cues(s, s.lower()) == []


# --------------------------------------------------------------------------- a counter-figure told to our reporter

def test_a_counter_figure_told_to_our_reporter_by_someone_else_is_not_the_writers_doubt() -> None:
    text = body("The police said 32 people died in the raid. A nurse at the clinic told our reporter the real "
                "number was more than 80.")
    assert attr(text, "32")[2] == "claimed"


def test_the_writers_own_counter_figure_still_disputes() -> None:
    text = body("The police said 32 people died in the raid. Our reporter found the real number was more than 80.")
    assert attr(text, "32")[2] == "disputed"


# --------------------------------------------------------------------------- "… at face value", "Nobody … verify it"

def test_not_taking_an_owners_statements_at_face_value_disputes_its_figures_before() -> None:
    text = body("The Hill Liberation Army says it shot down 3 helicopters last week. The ministry says one crashed "
                "after a fault. I would warn against taking the liberation army's statements at face value.")
    assert attr(text, "3")[2] == "disputed"
    text = body("The Hill Liberation Army says it shot down 3 helicopters last week. Its claims cannot be taken "
                "lightly, and diplomats take the army's statements at face value.")
    assert attr(text, "3")[2] == "claimed"  # (no negation before "X's statements at face value")


def test_nobody_verifying_it_doubts_the_figure_the_sentence_before_owns() -> None:
    text = body("The rebel council claims 5,000 people have died in the blockade.",
                "We have seen the rebel council's figure. Nobody has been able to verify it. The health office says "
                "40 died of fever.")
    assert attr(text, "5,000")[2] == "disputed"
    assert attr(text, "40")[2] == "claimed"  # (after the doubt)


def test_an_owner_doubted_after_does_not_reach_another_claimant() -> None:
    text = body("The rebel council claims 5,000 people have died. The governor says 300 died.",
                "Officials have seen the rebel council's figure. Nobody has been able to verify it.")
    assert attr(text, "300")[2] == "claimed"


# --------------------------------------------------------------------------- "A neighbour came running and said …"

def test_a_role_noun_subject_shared_by_and_said_is_the_speaker() -> None:
    assert names("A neighbour came running and said hundreds of men were coming.") == ["neighbour"]
    assert names("The guard stood up and said 40 prisoners had escaped.") == ["guard"]
    text = body("A shepherd came down from the hills and said 12 houses were burning.")
    assert attr(text, "12")[0] == "Shepherd"


def test_a_thing_or_an_adjective_before_the_noun_is_no_such_speaker() -> None:
    assert names("A shell hit the school and said nothing of 40 pupils.") == []
    assert names("A report came out and said 40 died.") == []
    assert names("The old man stood up and said 40 were dead.") == []  # ("old" cannot be told from a noun here)
