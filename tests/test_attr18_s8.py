"""Session 8, batch 18's forms of attribution, on sentences written for these tests (not the batch's): a fronted
"On that basis" phrase before a named subject, a report's own body under the short form of its name, a claimant
narrowed to the body it speaks for, a quotation going on in the next sentence, a body's own people named by "Its",
a name the text calls a militia, an apposition about the counted people, "no support for that account", another
party's silence, and a count continued along the bullets of one list."""

from __future__ import annotations

from datetime import date

from attribution_probe import attribution_at, body
from extract.cues import sentence_cues
from extract.fronted import demonstrative_front
from extract.kindnoun import kind_noun_type
from extract.nosupport import finds_no_support
from extract.ownname import short_name_of
from extract.sourcetidy import describes_the_count, narrowed_source
from extract.stance import _has_doubt

OUTLET = "Lakeside Courier"


def attr(text: str, number: str, outlet: str = OUTLET, occurrence: int = 0) -> tuple[str | None, str, str]:
    return attribution_at(text, number, outlet=outlet, published=date(2011, 5, 4), occurrence=occurrence)


def names(sentence: str) -> list[str]:
    return [c.name for c in sentence_cues(sentence) if c.name]


# --------------------------------------------------------------------------- "On that basis the X has documented"

def test_a_fronted_demonstrative_phrase_leaves_the_named_subject() -> None:
    assert demonstrative_front("By that count the Truth Commission has ") == ("the Truth Commission", 14)
    assert names("From this evidence the Observatory has recorded 212 deaths in the valley.") == ["Observatory"]
    assert names("On that basis the Commission has documented the deaths of 64 miners.") == ["Commission"]


def test_a_fronted_phrase_without_a_named_subject_gives_none() -> None:
    assert demonstrative_front("In that village the fighting ") is None  # (no capitalised name)
    assert demonstrative_front("On that basis we ") is None
    assert names("On that day 40 houses burned, and nobody came.") == []


# --------------------------------------------------------------------------- the report's own short name

def test_the_short_form_of_the_outlets_name_is_its_own_voice() -> None:
    assert short_name_of("Syrian Observatory", "Syrian Observatory for Human Rights")
    assert short_name_of("Northern Commission", "Northern Commission on Refugees and Displaced Persons")
    outlet = "Northern Commission on Refugees and Displaced Persons"
    text = body("This chapter is the Northern Commission on Refugees and Displaced Persons' account of the year.",
                "On that basis the Commission has documented the deaths of 340 people in the camps.")
    assert attr(text, "340", outlet=outlet) == (outlet, "publication", "confirmed")
    text = body("On that basis the Commission has documented the deaths of 340 people in the camps.")
    assert attr(text, "340", outlet=outlet) == (outlet, "publication", "confirmed")  # (named by its noun only)


def test_another_name_or_a_one_word_opening_is_not_the_outlet() -> None:
    assert not short_name_of("Syrian", "Syrian Observatory for Human Rights")  # (one word, no noun of inquiry)
    assert not short_name_of("Coalition", "Coalition Casualty Monitor")  # (may be another coalition)
    assert not short_name_of("Human Rights Watch", "Human Rights Watch Daily")  # (not cut before "for"/"of")
    assert not short_name_of("Electoral Commission", "Northern Commission on Refugees")
    outlet = "Northern Commission on Refugees and Displaced Persons"
    text = body("The Electoral Commission said 12 polling stations had been burned.")
    assert attr(text, "12", outlet=outlet)[0] == "Electoral Commission"


# --------------------------------------------------------------------------- narrowed claimants

def test_a_spokesman_for_a_described_body_speaks_for_the_body() -> None:
    assert narrowed_source("spokeswoman for the breakaway Northern Front") == "Northern Front"
    assert narrowed_source("a spokesman for the outlawed River Liberation Army") == "River Liberation Army"
    text = body("A spokesman for the outlawed River Liberation Army said 14 of its men were killed.")
    assert attr(text, "14") == ("River Liberation Army", "armed_group", "claimed")


def test_a_listed_body_in_a_place_and_a_speaking_participle_are_narrowed() -> None:
    assert narrowed_source("Red Crescent in Aleppo") == "Red Crescent"
    assert narrowed_source("diplomat speaking") == "diplomat"


def test_names_that_are_no_described_body_stay_as_written() -> None:
    assert narrowed_source("spokesman for the rebel officers") == "spokesman for the rebel officers"
    assert narrowed_source("government in Bamako") == "government in Bamako"  # (which government)
    assert narrowed_source("Peace Monitoring Group in Bougainville") == "Peace Monitoring Group in Bougainville"


def test_an_apposition_about_the_counted_people_gives_the_source_no_type() -> None:
    assert describes_the_count(" most of them women")
    assert describes_the_count("all of whom were children")
    assert not describes_the_count("a teacher at the school")
    text = body("The dead numbered 19 on Friday, according to St Mary's Hospital, all of them civilians.")
    assert attr(text, "19")[1] == "official"


# --------------------------------------------------------------------------- a quotation going on

def test_a_whole_quotation_after_a_tagged_one_is_the_speakers() -> None:
    text = body('"The shelling started after dark," said Anna Berg, a nurse at the clinic. '
                '"By morning we had counted 23 dead in the two streets."')
    assert attr(text, "23")[0] == "Anna Berg"
    assert attr(text, "23")[2] == "claimed"


def test_a_quotation_after_a_paragraph_break_or_after_plain_speech_is_not_carried() -> None:
    text = body('"The shelling started after dark," said Anna Berg, a nurse at the clinic.',
                '"By morning we had counted 23 dead in the two streets."')
    assert attr(text, "23")[0] != "Anna Berg"
    text = body('Anna Berg said the shelling started after dark. "By morning 23 were dead."')
    assert attr(text, "23")[0] == OUTLET


# --------------------------------------------------------------------------- "Its volunteers treated …"

def test_a_bodys_own_people_named_by_its_count_for_the_body() -> None:
    text = body("The Halo Relief Trust said at least 30 people had died in the floods. "
                "Its medics have treated 85 injured since Sunday.")
    assert attr(text, "85")[0] == "Halo Relief Trust"
    assert attr(text, "85")[2] == "claimed"


def test_other_possessives_are_not_a_bodys_people() -> None:
    text = body("The Halo Relief Trust said at least 30 people had died in the floods. "
                "Their homes were washed away, 85 of them in one night.")
    assert attr(text, "85")[0] == OUTLET
    text = body("The army said it had retaken the bridge. Its troops killed 40 fighters there.")
    assert attr(text, "40")[0] == OUTLET


# --------------------------------------------------------------------------- a name the text calls a militia

def test_a_name_the_text_calls_a_militia_is_an_armed_group() -> None:
    text = body("Two days after the Black River Hawks militia took the port, its leaders spoke to reporters.",
                "The Hawks said they had taken 120 rifles from the police station.")
    assert kind_noun_type(text, "Black River Hawks") == "armed_group"
    assert kind_noun_type(text, "River Hawks") == "armed_group"  # (the end of the longer name)
    assert attr(text, "120") == ("Hawks", "armed_group", "claimed")


def test_a_name_without_an_armed_noun_after_it_is_not_typed() -> None:
    text = body("The Black River Port Authority said 120 containers were looted.")
    assert kind_noun_type(text, "Black River Port Authority") is None
    assert kind_noun_type("the militia of the Black River", "Black River") is None  # (the noun before, not after)
    text = body("Two days after the Black River Hawks took the port, its leaders spoke to reporters.",
                "The Hawks said they had taken 120 rifles from the police station.")
    assert attr(text, "120") == ("Hawks", "official", "claimed")  # (the lexicon's default, as before)


# --------------------------------------------------------------------------- "no support for that account"

def test_no_support_for_an_account_pointed_at_is_doubt() -> None:
    assert finds_no_support("The inquiry found no support for that account.")
    assert finds_no_support("We found nothing to support these figures.")
    text = body("The interior ministry put the toll at 31. "
                "The panel finds no support for the ministry's figure: the morgue lists far more.")
    assert attr(text, "31")[2] == "disputed"


def test_support_for_anything_else_is_no_doubt() -> None:
    assert not finds_no_support("There is no support for the ceasefire among the fighters.")
    assert not finds_no_support("The fund gives support for the families of the 31 victims.")
    assert not finds_no_support("Little basis for optimism remains.")


# --------------------------------------------------------------------------- another party's silence

def test_a_partys_silence_is_not_the_writers_doubt() -> None:
    assert not _has_doubt("Kenya has not confirmed the capture.")
    assert not _has_doubt("The navy had not confirmed this by Friday.")
    text = body("A rebel commander said his men had shot down two army helicopters. The army has not confirmed it.")
    assert attr(text, "two") == ("Rebel commander", "armed_group", "claimed")


def test_the_writers_own_doubt_stays_doubt() -> None:
    assert _has_doubt("This has not been confirmed.")
    assert _has_doubt("We have not verified the claim.")
    assert _has_doubt("Reuters has not independently verified the figures.")
    assert _has_doubt("The ministry has not confirmed the toll.")  # (about the figure itself)
    text = body("A rebel commander said his men had shot down two army helicopters. This has not been confirmed.")
    assert attr(text, "two") == ("Rebel commander", "armed_group", "disputed")


# --------------------------------------------------------------------------- bullets of one list

def test_a_count_continued_on_the_next_bullet_takes_the_speaker() -> None:
    text = ("Weekly summary\n\nNORTH\n* A police spokesman said six officers were killed at the checkpoint.\n"
            "* He said 20 attackers died. The rebels have given no figure of their own.\n"
            "* Another 11 officers were wounded.\n")
    assert attr(text, "11")[0] == "Police spokesman"
    assert attr(text, "11")[2] == "claimed"


def test_a_blank_line_or_a_plain_line_between_ends_the_account() -> None:
    text = ("Weekly summary\n\nNORTH\n* A police spokesman said six officers were killed at the checkpoint.\n\n"
            "* Another 11 officers were wounded.\n")
    assert attr(text, "11") == (OUTLET, "publication", "asserted")
    text = ("Weekly summary\n\nA police spokesman said six officers were killed at the checkpoint.\n"
            "Another 11 officers were wounded.\n")
    assert attr(text, "11") == (OUTLET, "publication", "asserted")


def test_a_remark_on_the_figures_between_does_not_end_the_account_but_news_does() -> None:
    text = body("The port authority said 9 dockers were killed. The union has given no figure of its own. "
                "Another 30 were hurt.")
    assert attr(text, "30")[0] == "Port authority"
    text = body("The port authority said 9 dockers were killed. A storm closed the harbour. Another 30 were hurt.")
    assert attr(text, "30") == (OUTLET, "publication", "asserted")
