"""A heading naming who wrote the passage under it (extract/docheads.py), a book cited for figures
(extract/citedbooks.py), a document labelled with its sender and a bullet's marker kept off a source's name."""

from __future__ import annotations

from datetime import date

from hypothesis import given, strategies as st

from extract import extract_claims
from extract.citedbooks import book_author, cites_author
from extract.sourcenames import documents_owner

OUT = "Kestrel Archive"


def _claim(text: str, number: str):
    claims = extract_claims(text, published=date(2020, 5, 1), outlet=OUT)
    found = [c for c in claims if c.number_text == number]
    assert found, [c.number_text for c in claims]
    return found[0]


def test_catalogue_item_speaks_for_its_sender() -> None:
    text = ("Catalogue of the Ruritania file\n\n"
            "f. 8  Telegram No. 55, High Commissioner to Foreign Office, 3 June 1921. Reports that rebels killed 40 villagers "
            "at Zenda.\n\n"
            "f. 11  Letter from the Zenda Relief Mission, Strelsau, 9 June 1921. Says that 300 families have fled "
            "their homes.\n")
    c = _claim(text, "40")
    assert (c.source, c.source_type, c.stance) == ("High Commissioner", "official", "claimed")
    assert _claim(text, "300").source == "Zenda Relief Mission"


def test_item_without_a_sender_keeps_the_catalogue_voice() -> None:
    text = ("Catalogue of the Ruritania file\n\n"
            "f. 9  Notes on the district, 1921. Rebels killed 40 villagers at Zenda.\n")
    c = _claim(text, "40")
    assert (c.source, c.stance) == (OUT, "asserted")


def test_figures_owner_named_in_the_item_wins() -> None:
    text = ("f. 28  Minute by the head of the Africa desk, 14 June 1921. Gives the War Office's figures for the year: "
            "230 rebels killed.\n")
    assert _claim(text, "230").source == "War Office"


_SOURCE = ("Source D\n"
           "From a speech by the Ruritanian government, given in Strelsau on 2 May 1920.\n"
           "\"The invaders have killed 300 of our citizens.\"\n\n")


def test_heading_above_a_quotation_names_its_speaker() -> None:
    c = _claim(_SOURCE + "Questions\n\n1. Study Source D.\n", "300")
    assert (c.source, c.source_type, c.stance) == ("Ruritanian government", "official", "claimed")


def test_later_verdict_on_the_labelled_source_disputes_it() -> None:
    text = _SOURCE + "Then and now\n\nHistorians now regard the figures in Source D as far too high.\n"
    assert _claim(text, "300").stance == "disputed"


def test_report_in_a_paper_is_an_excerpt_of_the_paper() -> None:
    text = ("Source E\nFrom a report by Jane Doe in The Guardian, published on 3 May 1920.\n"
            "\"In the square the bodies of at least 40 people lay in rows.\"\n")
    c = _claim(text, "40")
    assert (c.source, c.source_type, c.stance) == ("The Guardian", "wire_or_outlet", "asserted")


def test_relayed_signal_in_a_log_and_the_line_after() -> None:
    text = ("LOG OF HMS KITE\n\n"
            "5 JAN - Signal from TF 12: convoy attacked at dawn. Losses: 14 sailors killed.\n"
            "Observed from bridge: 3 aircraft shot down over the convoy.\n")
    c = _claim(text, "14")
    assert (c.source, c.source_type, c.stance) == ("TF 12", "official", "claimed")


def test_book_cited_in_a_bullet_speaks_for_its_author() -> None:
    text = ("Talk: casualty figures\n\n"
            ":* Smith, The Hill War (1999), p. 40: about 600 soldiers killed in the battle.\n"
            ":* The army said 250 soldiers were killed in the battle.\n")
    c = _claim(text, "600")
    assert (c.source, c.source_type) == ("Smith", "monitor")
    assert _claim(text, "250").source != "Smith"  # the next bullet is not the book's


def test_bullet_marker_is_not_part_of_the_name() -> None:
    text = "Notes\n\n* Ruritania said that 300 soldiers were killed in the battle.\n"
    assert _claim(text, "300").source == "Ruritania"


def test_book_author_from_a_dated_title() -> None:
    text = "…, according to Cooper's Air War in Asia (2019), pp. 4-7."
    assert book_author("Cooper's Air War in Asia", text) == "Cooper"
    assert cites_author(text, "Cooper")
    # no year in brackets after it: a body's service, not a book
    assert book_author("Reuters's Arabic Service", "Reuters's Arabic Service said 40 died.") is None
    assert not cites_author("Cooper said 40 died.", "Cooper")


def test_document_labelled_with_its_sender() -> None:
    assert documents_owner("Intel summary from X Corps G-2") == "X Corps G-2"
    assert documents_owner("Signal from TF 12") == "TF 12"
    assert documents_owner("Letters from Home Trust") == "Letters from Home Trust"  # no document noun leads it


@given(st.text(alphabet="abcdefg ,.:'()-\n0123456789ABCD", max_size=60))
def test_book_author_total(s: str) -> None:
    out = book_author(s, s)
    assert out is None or out in s
    assert isinstance(cites_author(s, s.strip() or "A"), bool)


def test_press_cutting_is_the_papers_excerpt() -> None:
    text = ("Catalogue\n\n"
            "f. 4  Press cutting, The Daily Telegraph, 5 June 1921, headed \"At least 60 slain in Zenda raid\". 1 p.\n")
    c = _claim(text, "60")
    assert (c.source, c.source_type, c.stance, c.section) == ("The Daily Telegraph", "wire_or_outlet", "asserted",
                                                               "excerpt")


def test_according_to_carries_past_a_semicolon() -> None:
    text = ("The border war.\n\nThe army lost 120 men killed in the war, according to the Defence Ministry; the "
            "allied contingent lost more than 40 soldiers.\n")
    assert _claim(text, "40").source == "Defence Ministry"


def test_semicolon_clause_with_its_own_speaker_keeps_it() -> None:
    text = ("The border war.\n\nThe army lost 120 men killed in the war, according to the Defence Ministry; the "
            "rebels said they lost only 15 fighters.\n")
    assert _claim(text, "15").source != "Defence Ministry"


def test_doubt_by_an_unsupported_figure_and_a_missing_citation() -> None:
    text = ("The raid.\n\nRebel radio claimed that 90 soldiers had been killed, a figure no army or police record "
            "supports.\n")
    assert _claim(text, "90").stance == "disputed"
    wiki = "Talk\n\nThe infobox currently says \"3,000 killed\" with no citation.\n"
    c = _claim(wiki, "3,000")
    assert (c.source, c.stance) == (OUT, "disputed")  # the page's own box, and doubted


def test_a_record_that_supports_the_figure_is_no_doubt() -> None:
    text = "The raid.\n\nRebel radio claimed that 90 soldiers had been killed, and army records support it.\n"
    assert _claim(text, "90").stance == "claimed"


def test_a_reason_cited_is_not_a_source() -> None:
    text = ("After the battle.\n\nIn the weeks after, some 60 fighters surrendered to the army, many citing the "
            "defeat at the pass as their reason.\n")
    assert _claim(text, "60").source == OUT
    cited = "After the battle.\n\nSome 60 fighters surrendered, citing the army's count.\n"
    assert _claim(cited, "60").source != OUT  # a source cited, not a reason


def test_a_movements_radio_is_its_own_media() -> None:
    from extract.lexicon import type_of
    assert type_of("the Front's radio") == "partisan_media"
    assert type_of("the Front's commander") == "armed_group"


def test_own_dead_given_as_and_a_dated_report() -> None:
    text = "Casualties\n\n- Zenda gives its own dead as 13, with 31 wounded.\n"
    assert _claim(text, "31").source == "Zenda"
    report = ("The war.\n\nThe UN inquiry committee's report of 1970 gives between 900 and 1,200 soldiers killed in "
              "the war.\n")
    assert _claim(report, "900 and 1,200").source == "UN inquiry committee"
