"""Session 24, batch 32's attribution rules (sentences written for these tests, not taken from any gold text)."""

from __future__ import annotations

from datetime import date

import pytest

from extract import extract_claims


def _claims(text: str):
    return extract_claims(text, published=date(2019, 9, 14), outlet="The Valley Courier")


def _by_number(text: str) -> dict[str, tuple[str | None, str, str]]:
    return {c.number_text: (c.source, c.source_type, c.stance) for c in _claims(text)}


# --- a page of signed letters without a salutation: each letter is its signer's voice

_PAGE = """Letters: Remembering the mill town riots

The Valley Courier, Saturday 14 September 2019.

Not forgotten here
The shooting at the mill gates left 14 strikers dead, and the town still argues about it.
Agnes Morrow, Millbrook

Their homes, too
The company's guards wounded 40 pickets on the hill that night.
Peter Lund, retired miner, Eastfield

Editor's note: our earlier report gave 12 dead.
"""


def test_each_signed_letter_on_a_page_is_its_signers() -> None:
    got = _by_number(_PAGE)
    assert got["14"] == ("Agnes Morrow", "reader_comment", "claimed")
    assert got["40"] == ("Peter Lund", "reader_comment", "claimed")


def test_the_editors_note_after_the_letters_stays_the_outlets() -> None:
    assert _by_number(_PAGE)["12"][0] == "The Valley Courier"


def test_one_name_and_town_line_is_no_page_of_letters() -> None:
    text = _PAGE.replace("Peter Lund, retired miner, Eastfield\n", "")
    assert _by_number(text)["14"][0] == "The Valley Courier"


def test_signed_paragraphs_without_a_letters_title_stay_the_outlets() -> None:
    text = _PAGE.replace("Letters: Remembering", "Remembering")
    got = _by_number(text)
    assert got["14"][0] == "The Valley Courier" and got["40"][0] == "The Valley Courier"


# --- a year between an owner and its document: "the commission's 2001 report put …"

@pytest.mark.parametrize("sentence", [
    "The inquiry's 1998 report put the dead at 212 in the valley.",
    "The agency's 2016 survey counted 212 dead in the valley.",
])
def test_a_dated_report_names_its_owner(sentence: str) -> None:
    source, kind, stance = _by_number(sentence)["212"]
    assert source is not None and source.lower().startswith(("inquiry", "agency")) and stance == "claimed"


def test_a_year_that_is_no_owners_document_stays_a_number() -> None:
    assert _by_number("In 2016 212 people died in the valley, the town's records show.")["212"][0] != "2016"


# --- a key-figures row "Label (source): N": the body in brackets gives the row's figure

_ROWS = """Flood camp health update No. 4

KEY FIGURES
Deaths since 2 May (health ministry): 312
Wounded treated since 2 May (provincial health authorities): more than 900
Clinics functioning today (estimated): 3

OVERVIEW
Shelling continued in the district this week.
"""


def test_a_row_takes_the_body_in_its_brackets() -> None:
    got = _by_number(_ROWS)
    assert got["312"] == ("Health ministry", "official", "claimed")
    assert got["900"] == ("Provincial health authorities", "official", "claimed")


def test_a_row_whose_brackets_name_no_body_stays_the_outlets() -> None:
    assert _by_number(_ROWS)["3"] == ("The Valley Courier", "publication", "asserted")


# --- a bare "count" with its number right after is a verb of saying: "Police count 86 dead"

@pytest.mark.parametrize("sentence, source", [
    ("Police count 64 dead on the ferry.", "Police"),
    ("Local officials count at least 64 dead in the valley.", "Local officials"),
])
def test_a_bare_count_before_its_number_is_a_verb(sentence: str, source: str) -> None:
    assert _by_number(sentence)["64"] == (source, "official", "claimed")


@pytest.mark.parametrize("sentence", [
    "The death count rose to 64 in the valley.",
    "The final count 64 dead stands in the valley.",
    "Watching the clip again, I count 64 dead in the valley.",
])
def test_a_count_as_a_noun_names_nobody(sentence: str) -> None:
    assert _by_number(sentence)["64"][0] == "The Valley Courier"


# --- a document posted on a medium: the medium speaks ("A message posted on a web forum claimed …")

_POSTED = ("The provincial governor said 40 people died in the blast in Tarsa. "
           "A message posted on a militant web forum claimed the blast had killed 310 soldiers in Tarsa.")


def test_a_message_posted_on_a_forum_is_the_forums() -> None:
    assert _by_number(_POSTED)["310"][:2] == ("Militant web forum", "partisan_media")


def test_a_message_without_a_medium_is_still_the_speaker_before() -> None:
    text = _POSTED.replace("A message posted on a militant web forum claimed", "The message said")
    assert _by_number(text)["310"][0] == "Provincial governor"


@pytest.mark.parametrize("name", ["an Islamist web forum", "militant online forums", "an insurgent message board"])
def test_a_partisan_forum_is_partisan_media(name: str) -> None:
    from extract.lexicon import type_of
    assert type_of(name) == "partisan_media"


# --- a speaker relaying what others say: "X notes that police say …" is the police's (the relay rule)

@pytest.mark.parametrize("sentence, source", [
    ("The presenter notes that police say 17 people died in the fire.", "Police"),
    ("The host adds that rescuers say 17 people died in the fire.", "Rescuers"),
])
def test_a_relayed_that_clause_names_its_speaker(sentence: str, source: str) -> None:
    assert _by_number(sentence)["17"][0] == source


def test_a_relative_that_clause_is_no_relay() -> None:
    got = _by_number("The toll that rescuers gave rose to 17 after the fire, the mayor said.")
    assert got["17"][0] == "Mayor"


# --- a figure spread on social media is the platform's: 'a figure of "90 dead" spread on social media'

def test_a_figure_spread_on_social_media_is_its() -> None:
    got = _by_number('Gunmen attacked the bus station in Tarsa on Friday. Within an hour a figure of "90 dead" '
                     'spread on social media, and the police later gave their own count.')
    assert got["90"][:2] == ("Social media", "social_media")


def test_a_figure_given_before_a_post_is_not_the_platforms() -> None:
    got = _by_number("The governor said 90 people died in Tarsa on Friday; her statement was shared on Facebook.")
    assert got["90"][0] == "Governor"


# --- doubt: "nothing ever supported it", "is not believed by historians"

@pytest.mark.parametrize("sentence", [
    "Rebels said 300 soldiers died in Tarsa; nothing ever supported it.",
    "Rebels said 300 soldiers died in Tarsa, a figure that is not believed by historians.",
])
def test_no_support_or_no_belief_disputes_the_figure(sentence: str) -> None:
    assert _by_number(sentence)["300"][2] == "disputed"


def test_a_figure_not_believed_to_include_is_no_doubt() -> None:
    assert _by_number("Rebels said 300 soldiers died in Tarsa, a toll not believed to include the wounded.")["300"][2] == "claimed"


# --- the next sentence names who gave the figure out: "That figure was put out by the city …"

def test_the_next_sentence_names_the_figures_owner() -> None:
    got = _by_number("The old toll of 58 dead is still quoted in schoolbooks. That figure was put out by the "
                     "provincial government in the week after the riot.")
    assert got["58"][:2] == ("Provincial government", "official")


def test_an_owner_named_in_the_sentence_itself_stays() -> None:
    got = _by_number("Rebels said 58 soldiers died in Tarsa. That figure was put out by the army a day later.")
    assert got["58"][0] == "Rebels"


def test_an_owner_named_after_a_paragraph_break_does_not_reach_back() -> None:
    got = _by_number("The old toll of 58 dead is still quoted in schoolbooks.\n\nThat figure was put out by the "
                     "provincial government in the week after the riot.")
    assert got["58"][0] == "The Valley Courier"


# --- a scholar's role written before the name: "The historian Ann Lowe estimates …" names Ann Lowe

@pytest.mark.parametrize("sentence", [
    "The historian Ann Lowe estimates that 420 people were killed in the valley.",
    "The archivist Ann Lowe counted 420 dead in the valley.",
])
def test_a_scholars_role_before_the_name_is_no_part_of_it(sentence: str) -> None:
    assert _by_number(sentence)["420"][0] == "Ann Lowe"


def test_a_historians_role_types_the_person() -> None:
    got = _by_number("The historian Ann Lowe estimates that 420 people were killed in the valley.")
    assert got["420"] == ("Ann Lowe", "monitor", "claimed")


def test_historians_without_a_name_stay_historians() -> None:
    assert _by_number("Historians estimate that 420 people were killed in the valley.")["420"][0] == "Historians"


# --- a count of "other" things of the claimant's own kind is not carried to it

_OTHERS = "Staff at Kira hospital reported 57 deaths in the town during the week. {} "


def test_others_of_the_claimants_kind_are_the_writers() -> None:
    got = _by_number(_OTHERS.format("Three other hospitals have closed since March after shelling damaged them."))
    assert got["Three"] == ("The Valley Courier", "publication", "asserted")


def test_other_people_still_go_on_with_the_claimants_count() -> None:
    got = _by_number("Police said 12 people died in the town. Two other people died later in the town.")
    assert got["Two"][0] == "Police"
