"""Session 17, batch 27 attribution rules (helper attr27): each on sentences written for the test, with the cases
it must not reach."""

from __future__ import annotations

from datetime import date

from hypothesis import given, strategies as st

from attribution_probe import attribution_at, body
from extract.dashaside import in_dash_aside

DAY = date(2019, 6, 3)


def at(text: str, number: str, outlet: str = "Valley Courier", occurrence: int = 0) -> tuple[str | None, str, str]:
    return attribution_at(text, number, outlet=outlet, published=DAY, occurrence=occurrence)


# --- a count between dashes in a speaker's clause, and "said on Friday evening that" (cuescope.py, dashaside.py)

def test_a_sum_between_dashes_stays_the_speakers() -> None:
    text = body("The police said on Friday that 14 rebels and 3 constables had died - 17 in all - in the raid.")
    assert at(text, "17") == ("Police", "official", "claimed")


def test_the_second_that_clause_after_a_dash_aside_stays_the_speakers() -> None:
    text = body("The health office said on Sunday evening that 8 farmers had been shot - 11 in all - and that "
                "5 herders had been detained.")
    assert at(text, "11")[1:] == ("official", "claimed")
    assert at(text, "5")[1:] == ("official", "claimed")


def test_a_clause_after_one_dash_is_the_writers() -> None:
    text = body("The police said 14 rebels had died - 30 more were found in the forest on Monday.")
    assert at(text, "30") == ("Valley Courier", "publication", "asserted")


def test_an_aside_that_does_not_open_with_the_number_is_no_dash_aside() -> None:
    s = "The police said 14 rebels died - among them 9 boys - on Friday."
    assert in_dash_aside(s, 15, s.index("9"), s.index("9") + 1) == -1


@given(st.text(alphabet="ab -,.0", max_size=40))
def test_dash_aside_never_fails_on_any_text(s: str) -> None:
    pos = len(s) // 2
    assert in_dash_aside(s, 0, pos, pos) >= -1


# --- "X's list names …": a list of the dead is its owner's count (sourcephrases.py)

def test_a_ministrys_list_names_its_own_count() -> None:
    text = body("The health ministry said 9 guards were killed on the border.",
                "Of the 9 guards, the ministry's list names five conscripts and four sergeants.")
    assert at(text, "five")[1:] == ("official", "claimed")
    assert at(text, "four")[1:] == ("official", "claimed")


def test_a_list_that_names_no_count_is_no_cue() -> None:
    text = body("The farmers' list of demands runs to 12 pages.")
    assert at(text, "12") == ("Valley Courier", "publication", "asserted")


# --- "A court in X heard that …" (courtheard.py)

def test_what_a_court_heard_is_the_courts_claim() -> None:
    text = body("Two men were jailed. A tribunal in Arusha, far from the valley, heard in 2004 that the militia "
                "numbered about 300.")
    assert at(text, "300") == ("Tribunal in Arusha", "official", "claimed")


def test_residents_who_heard_are_no_court() -> None:
    text = body("Residents heard that 45 villagers had been killed in the night.")
    assert at(text, "45") == ("Valley Courier", "publication", "asserted")


def test_a_court_that_heard_a_case_gives_no_figure() -> None:
    text = body("The court heard the case of 12 farmers on Monday.")
    assert at(text, "12")[0] == "Valley Courier"


# --- a fact-check: a post named by its platform, a negated list of sources, the checked figure (factchecks.py,
# nosource.py, stance.py)

CHECK = ("Fact check: did 40 police die in Gulu?\n\n"
         "Claim: \"40 of our police were killed in Gulu and nobody reports it\" - a video shared 9,000 times on "
         "TikTok this week.\n\n"
         "Verdict: FALSE. The police say 3 officers were hurt.\n\n"
         "We found no record - police, army or hospital - that gives a figure of 40 police.\n")


def test_a_post_named_by_its_platform_is_the_claimant() -> None:
    assert at(CHECK, "40", occurrence=1) == ("TikTok video", "social_media", "disputed")


def test_a_post_with_its_poster_named_keeps_the_poster() -> None:
    text = CHECK.replace("a video shared", "a video by the account @gulu_news shared")
    assert at(text, "40", occurrence=1)[0] == "@gulu_news"


def test_a_negated_list_of_sources_is_no_source_and_the_figure_is_the_claims() -> None:
    assert at(CHECK, "40", occurrence=2) == ("TikTok video", "social_media", "disputed")


def test_no_source_giving_a_figure_is_the_writers_doubt() -> None:
    text = body("We found no source that gives a figure of 70 dead in the valley.")
    assert at(text, "70") == ("Valley Courier", "publication", "disputed")


def test_a_source_after_no_source_keeps_its_name() -> None:
    text = body("No source named the dead, but the police said 9 died.")
    assert at(text, "9") == ("Police", "official", "claimed")


# --- an armed group's spokesman (apposedname.py, kindnoun.py, spokesbody.py)

def test_the_second_verb_of_an_apposed_spokesman_keeps_him() -> None:
    text = body("The armed men of Kivuko have fought the army since May.",
                "A Kivuko spokesman, Okello Mwangi, rejected the claim as lies and said only four of its men had "
                "been hurt.")
    assert at(text, "four") == ("Okello Mwangi", "armed_group", "claimed")


def test_a_list_of_bodies_before_the_verb_is_no_apposed_person() -> None:
    text = body("The army, police and militia stormed the camp and said 30 rebels died.")
    assert at(text, "30") == ("Valley Courier", "publication", "asserted")


def test_a_groups_spokesman_speaks_as_the_armed_group_the_text_calls_it() -> None:
    text = body("The militant group Jund al-Wadi attacked the post on Monday.",
                "Jund al-Wadi's spokesman said only two of its fighters had died.")
    assert at(text, "two") == ("Jund al-Wadi", "armed_group", "claimed")


def test_a_spokesman_of_a_body_not_called_armed_stays_the_spokesman() -> None:
    text = body("The Harbour Trust runs the docks.", "Harbour Trust's spokesman said 12 cranes were damaged.")
    assert at(text, "12")[0] == "Harbour Trust's spokesman"


# --- a rumour rebutted keeps the rumour as its source (claimnoun.py)

def test_reports_on_social_media_are_the_claimant_of_their_figure() -> None:
    text = body("The police have seen reports circulating on social media that 25 constables were killed near the "
                "dam. The police say the report is false.")
    assert at(text, "25") == ("Social media reports", "social_media", "disputed")


def test_posts_on_a_platform_are_named_by_it() -> None:
    text = body("Posts shared on Telegram that 60 recruits died in the blast have been viewed widely.")
    assert at(text, "60")[:2] == ("Telegram posts", "social_media")


def test_reports_in_a_newspaper_are_not_social_media() -> None:
    text = body("Reports in the regional press that 25 constables were killed near the dam were denied.")
    assert at(text, "25")[1] != "social_media"


# --- a body's statement speaks for the body; "officials inside" (sourcenames.py, claimanttrim.py)

def test_an_army_statement_read_on_television_is_the_armys() -> None:
    text = body("An army statement read on state radio overnight put the army's losses at 14 dead.")
    assert at(text, "14")[:2] == ("Army", "official")


def test_a_witness_statement_is_no_body() -> None:
    text = body("A witness statement said 9 civilians died.")
    assert at(text, "9")[0] == "Witness statement"


def test_officials_inside_are_the_officials() -> None:
    text = body("Camp officials inside say at least 7 civilians were killed.")
    assert at(text, "7")[0] == "Camp officials"
