"""Session 23, batch 31's claimants (sentences written for these tests, not taken from any gold text)."""

from __future__ import annotations

from datetime import date

import pytest

from extract import extract_claims
from extract.lexicon import type_of


def _claims(text: str):
    return extract_claims(text, published=date(2015, 5, 4), outlet="The Harbour Gazette")


def _by_number(text: str) -> dict[str, tuple[str | None, str, str]]:
    return {c.number_text: (c.source, c.source_type, c.stance) for c in _claims(text)}


# --- a trade union, a relief or memorial committee, a pamphlet: their types by the rules of sources.json

@pytest.mark.parametrize("name", ["the dockers' union", "Union", "leader of the rival union", "union officials",
                                  "a mine workers union", "trade unionists"])
def test_a_union_speaks_as_activists(name: str) -> None:
    assert type_of(name) == "activists"


@pytest.mark.parametrize("name", ["European Union", "the African Union", "Soviet Union", "head of the European Union"])
def test_a_union_of_states_stays_official(name: str) -> None:
    assert type_of(name) == "official"


@pytest.mark.parametrize("name", ["the flood relief committee", "Memorial association", "a remembrance society"])
def test_a_relief_or_memorial_committee_is_a_monitor(name: str) -> None:
    assert type_of(name) == "monitor"


def test_a_state_committee_is_no_memorial_committee() -> None:
    assert type_of("provincial security committee") == "official"


@pytest.mark.parametrize("name", ["an anonymous pamphlet", "Radical handbills", "a Jacobin broadsheet"])
def test_a_pamphlet_is_partisan_media(name: str) -> None:
    assert type_of(name) == "partisan_media"


def test_a_government_leaflet_is_no_partisan_print() -> None:
    assert type_of("a government leaflet") == "official"


def test_the_union_claimant_in_a_sentence() -> None:
    got = _by_number("The strikers' union said 14 dockers were killed when guards fired on the picket line.")
    assert got["14"][1] == "activists"


# --- a broadcaster's own correspondent speaks for it in a transcript

_TRANSCRIPT = """Night bulletin, 3 May 2015: Clashes at the port

PRESENTER (Ana Ruiz): Good evening. Our reporter Tomas Breen is at the harbour gates. Tomas, how bad was it?

BREEN: Ana, it was very bad. Nine dock workers died here this afternoon when guards opened fire.

PRESENTER: And the hospital?

BREEN: Doctors at the port hospital say 31 people are being treated for gunshot wounds.
"""


def test_our_reporter_speaks_for_the_outlet() -> None:
    got = _by_number(_TRANSCRIPT)
    assert got["Nine"][:2] == ("The Harbour Gazette", "publication")
    assert got["Nine"][2] == "asserted"


def test_a_named_source_in_the_reporters_turn_still_speaks() -> None:
    assert _by_number(_TRANSCRIPT)["31"][1] == "activists"


def test_a_guest_not_introduced_as_ours_keeps_the_turn() -> None:
    text = _TRANSCRIPT.replace("Our reporter Tomas Breen is at the harbour gates.",
                               "The port director Tomas Breen joins us from the harbour gates.")
    assert _by_number(text)["Nine"][0] == "Tomas Breen"


# --- "what did the X tell reporters?": the X introduced before, by its fuller name

_ASKED = """Night bulletin, 3 May 2015: Clashes at the port

PRESENTER (Ana Ruiz): Good evening. The regional harbour commissioner says seven guards were injured in the riot. \
Our reporter Tomas Breen is at the harbour gates. Tomas, what did the commissioner tell the press?

BREEN: Ana, at a briefing an hour ago he said 40 people had been detained. He said 12 rifles were seized.
"""


def test_the_question_names_the_commissioner_introduced_before() -> None:
    got = _by_number(_ASKED)
    assert got["40"][0].casefold() == "regional harbour commissioner"
    assert got["12"][0].casefold() == "regional harbour commissioner"


def test_no_question_word_is_left_in_a_claimant() -> None:
    got = _by_number(_ASKED)
    assert not any((src or "").casefold().startswith(("what", "how")) for src, _, _ in got.values())


# --- a review whose bibliographic line gives the publisher in brackets: the book's author speaks for its figures

_REVIEW = """Review: The river crossing, seventy years on
The Last Ferry: Tolvik, 3 March 1945, by Ingrid Halvorsen (Northlight Books, 412 pages, £22)

Halvorsen's careful book returns to the morning the ferry was shelled. Her register names 212 dead, \
and she finds that at least 40 of them were children.
"""


def test_the_author_of_a_bracketed_bibliographic_line_speaks_for_the_review() -> None:
    got = _by_number(_REVIEW)
    assert got["212"][:2] == ("Ingrid Halvorsen", "monitor")
    assert got["40"][:2] == ("Ingrid Halvorsen", "monitor")


def test_a_book_named_in_a_news_story_gives_no_author() -> None:
    text = ("Shelling killed 14 people in Tolvik on Sunday, officials said. A new book by Ingrid Halvorsen (Northlight "
            "Books) tells the story of the ferry.")
    assert _by_number(text)["14"][0] != "Ingrid Halvorsen"


# --- a correction notice: the paper's own earlier piece, and "not N as we reported", are the outlet's, disputed

_NOTICE = """Corrections and clarifications
The Harbour Gazette corrects errors of fact.

A story on Monday about the harbour riot gave the wrong toll. It said 16 dock workers were killed; the coroner's \
inquest found that 11 died. The story also said "about 60" people were hurt.

The port authority says nine guards were killed in the riot, not 30 as we reported.
"""


def test_a_corrected_storys_figures_are_the_outlets_own() -> None:
    got = _by_number(_NOTICE)
    assert got["16"] == ("The Harbour Gazette", "publication", "disputed")
    assert got["60"] == ("The Harbour Gazette", "publication", "disputed")


def test_not_n_as_we_reported_is_the_outlets_figure() -> None:
    got = _by_number(_NOTICE)
    assert got["30"] == ("The Harbour Gazette", "publication", "disputed")
    assert got["nine"][0] != "The Harbour Gazette"


def test_an_article_outside_a_correction_notice_is_not_the_outlet() -> None:
    text = "Shelling killed 12 people in Tolvik on Sunday. A story in the Northern Post said 20 people were hurt."
    assert _by_number(text).get("20", ("",))[0] != "The Harbour Gazette"


def test_not_n_as_the_ministry_said_stays_with_the_sentence_claimant() -> None:
    text = "The port authority says nine guards were killed in the riot, not 30 as the ministry said."
    assert _by_number(text).get("30", ("",))[0] != "The Harbour Gazette"


# --- "X published its account. It says N …": the account's publisher speaks

def test_it_says_after_a_published_account_is_its_publisher() -> None:
    text = ("On Monday the regional coroner's office published its long-awaited account of the ferry fire. It says 31 "
            "passengers died and 12 crew members were injured.")
    got = _by_number(text)
    assert got["31"][0].casefold() == "regional coroner's office"
    assert got["12"][0].casefold() == "regional coroner's office"


def test_a_report_published_by_nobody_named_gives_no_publisher() -> None:
    text = ("A report on the ferry fire was published on Monday. It says 31 passengers died.")
    assert "coroner" not in (_by_number(text)["31"][0] or "").casefold()


@pytest.mark.parametrize("sentence,expected", [
    ("The ministry released its findings on Monday.", "ministry"),
    ("On Friday the UN human rights office issued a report on the fighting.", "UN human rights office"),
    ("It published a list of names.", None),
    ("The army said it had fired on the crowd.", None),
])
def test_publisher(sentence: str, expected: str | None) -> None:
    from extract.publisheddoc import publisher

    assert publisher(sentence) == expected


def test_a_document_published_for_its_author_is_the_authors() -> None:
    from extract.publisheddoc import publisher

    assert publisher("On Monday the ministry published the findings of an independent panel.") is None


# --- a count the sentence says was built from records: the claimant's documented count, confirmed

_HEAD = """Review: The river crossing, seventy years on
The Last Ferry: Tolvik, 3 March 1945, by Ingrid Halvorsen (Northlight Books, 412 pages, £22)

"""


def test_a_register_built_from_records_is_confirmed() -> None:
    got = _by_number(_HEAD + "Her register, compiled from parish records and hospital ledgers, names 212 dead, 40 of "
                     "them children.\n")
    assert got["212"] == ("Ingrid Halvorsen", "monitor", "confirmed")
    assert got["40"][2] == "confirmed"


def test_adding_the_admission_books_confirms_the_count() -> None:
    got = _by_number(_HEAD + "The wounded are harder to count. Halvorsen, adding the admissions books of the county "
                     "hospital, reaches 380 injured.\n")
    assert got["380"][2] == "confirmed"


def test_a_count_without_its_records_stays_claimed() -> None:
    got = _by_number(_HEAD + "Her register names 212 dead, 40 of them children.\n")
    assert got["212"][2] == "claimed"


def test_records_named_after_the_figure_do_not_confirm_it() -> None:
    from extract.writtenrecords import built_from_records_before

    sentence = "She puts the dead at 212, a figure later checked against hospital records."
    assert not built_from_records_before(sentence, sentence.index("212"))
    assert built_from_records_before(sentence + " It reaches 300.", len(sentence) + 12)


# --- "nothing in <records> supports it": the writer finds nothing behind the figure, disputed

def test_nothing_in_the_register_supports_it_disputes_the_figure() -> None:
    got = _by_number(_HEAD + "A broadsheet claimed that 300 passengers were killed at the ferry; nothing in the parish "
                     "records supports it.\n")
    assert got["300"][2] == "disputed"


def test_nothing_in_the_register_contradicts_it_is_no_doubt() -> None:
    from extract.nosupport import finds_no_support

    assert finds_no_support("Nothing in the parish records supports it.")
    assert not finds_no_support("Nothing in the parish records contradicts it.")
    assert not finds_no_support("Everything in the parish records supports it.")
