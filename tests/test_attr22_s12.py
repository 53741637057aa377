"""Session 12, batch 22 attribution rules (helper attr22): each on sentences written for the test, with the cases it
must not reach."""

from __future__ import annotations

from datetime import date

from hypothesis import given, strategies as st

from attribution_probe import attribution_at, body
from extract import extract_claims
from extract.cues import sentence_cues
from extract.cuescope import applicable
from extract.findings import found_with_documented
from extract.lexicon import type_of
from extract.listsource import _announced
from extract.sections import split_sections
from extract.sourcenames import documents_owner
from extract.stance import has_counter
from extract.tablerows import is_figure_pipe_row, is_pipe_row

DAY = date(2004, 3, 2)


def at(text: str, number: str, outlet: str = "Valley Courier", occurrence: int = 0) -> tuple[str | None, str, str]:
    source, kind, stance = attribution_at(text, number, outlet=outlet, published=DAY, occurrence=occurrence)
    return (source.casefold() if source else source), kind, stance  # (the scorer compares names casefolded)


# --- a source named once for the list of figures after it (extract/listsource.py)

LIST = ("Readers ask what the border war cost. The totals usually quoted, from the regimental record, are these. "
        "Soldiers killed numbered 412, of whom 80 were officers. Civilians killed came to 1,210.")


def test_a_source_announced_for_a_list_reaches_each_sentence_of_it() -> None:
    text = body(LIST)
    assert at(text, "412") == ("regimental record", "official", "claimed")
    assert at(text, "80")[0] == "regimental record"
    assert at(text, "1,210")[0] == "regimental record"


def test_the_list_ends_with_its_paragraph() -> None:
    text = body(LIST, "In the villages 300 houses burned.")
    assert at(text, "300")[0] == "valley courier"


def test_a_sentence_with_its_own_claimant_ends_the_list() -> None:
    text = body("The figures, according to the provincial archive, are as follows. Soldiers killed numbered 412. "
                "The mayor said 60 died in the town. Another 90 houses burned in the hills.")
    assert at(text, "412")[0] == "provincial archive"
    assert at(text, "60")[0] == "mayor"
    assert at(text, "90 houses")[0] != "provincial archive"


def test_an_announcement_needs_figure_words_and_no_figure_of_its_own() -> None:
    assert _announced("The figures most often given, from the official history, are these.") == "the official history"
    assert _announced("The songs we learned from the old sergeant are these.") is None  # no figures announced
    assert _announced("The 40 figures from the archive are these.") is None  # a figure of its own


# --- a quotation opened by "X writes: \"" goes on in the sentences after (extract/openquote.py)

def test_a_letter_quoted_at_length_is_its_writer_s() -> None:
    text = body('Mary Loft, 80, who nursed at the field hospital from 1951, writes: "We had no surgeon for weeks. '
                'In the worst week nine of the boys died on the ward and 14 were sent home."')
    assert at(text, "nine") == ("mary loft", "activists", "claimed")
    assert at(text, "14")[0] == "mary loft"


def test_a_closed_quotation_does_not_reach_past_itself() -> None:
    text = body('Mary Loft writes: "We had no surgeon." The hospital later counted 30 beds.')
    assert at(text, "30")[0] != "mary loft"


# --- a ship master's report tagged after the figures; "; another N" goes on with it (cuetails.py, cuescope.py)

def test_a_tag_with_its_channel_closes_the_speech_and_another_goes_on() -> None:
    text = body("A shell hit the bridge. Two officers died, the master said by telephone; another four were burned.")
    assert at(text, "Two") == ("master", "activists", "claimed")
    assert at(text, "four") == ("master", "activists", "claimed")


def test_a_new_subject_after_the_semicolon_is_not_the_tag_s() -> None:
    s = "Two officers died, the master said by telephone; the port reopened with 40 berths."
    pos = s.index("40")
    assert [c.name for c in applicable(sentence_cues(s), s, pos, pos + 2)] == []


# --- source types from the lexicon (assets/lexicons/sources.json)

def test_source_types_of_state_radio_a_bureau_the_imb_a_master_an_inquiry() -> None:
    assert type_of("Ruritanian state radio") == "state_media"
    assert type_of("Ruritania's Bureau of Shipping Affairs") == "official"
    assert type_of("International Maritime Bureau") == "monitor"
    assert type_of("IMB") == "monitor"
    assert type_of("the master") == "activists"
    assert type_of("Ruritanian Commission of Inquiry") == "official"
    assert type_of("the main opposition society") == "activists"
    # not reached: a radio station is an outlet, a headmaster or a captain is no ship's master
    assert type_of("Radio Ruritania") != "state_media"
    assert type_of("the headmaster") != "activists"
    assert type_of("Captain Jones") != "activists"


# --- source spans that overrun (sourcenames.py, claimants.py)

def test_a_body_s_written_evidence_or_published_figures_are_the_body_s() -> None:
    assert documents_owner("Ruritanian Government's written evidence") == "Ruritanian Government"
    assert documents_owner("Ruritanian General Staff's figures published") == "Ruritanian General Staff"
    assert documents_owner("Jane's Defence Weekly") == "Jane's Defence Weekly"  # (a name, not a document's owner)


def test_a_participial_apposition_is_stepped_over_to_its_body() -> None:
    names = [c.name for c in sentence_cues("The Lakeland Commission of Inquiry (LCI), set up by the governor and "
                                           "chaired by a judge, said 40 people died.") if c.name]
    assert names[0] == "Lakeland Commission of Inquiry"
    names = [c.name for c in sentence_cues("The ministry, founded by decree, said 40 people died.") if c.name]
    assert names == ["ministry"]


# --- stance

def test_a_finding_joined_to_a_documented_count_is_confirmed() -> None:
    s = "It documented 20 deaths in the camps, and found that three prisoners had died of neglect."
    assert found_with_documented("found", s, s.index("three"))
    s2 = "The panel found that the militia had received some 30 trucks."
    assert not found_with_documented("found", s2, s2.index("30"))  # a finding alone is the panel's claim
    text = body("The Lakeland Commission of Inquiry documented 20 deaths in the camps, and found that three "
                "prisoners had died of neglect.")
    assert at(text, "three") == ("lakeland commission of inquiry", "official", "confirmed")


def test_none_of_them_breaking_a_count_down_is_no_doubt() -> None:
    assert not has_counter("Ruritania lost 12 men and Borduria three, none of them in battle.")
    assert has_counter("They promise 500 tents, but I suspect none of them will arrive.")
    text = body("Soviet losses were 96 dead, according to the general staff. Ruritania lost 12 men, none of them in "
                "battle.")
    assert at(text, "96")[2] == "claimed"


# --- a pipe table with one column per source (extract/pipecolumns.py, tablerows.py, sections.py)

TABLE = ("Lakeland Relief Council\n\n"
         "The Lakeland Observatory (LO) visited every district. It documented 61 deaths in the spring. Table 2 sets "
         "its figures beside those given by the Ministry and by Green Dawn, a small opposition society.\n\n"
         "Figure | LO (to May) | Ministry | Green Dawn\n"
         "Deaths | 61 | 40 | 118\n"
         "Arrests | 900 | 700 | over 2,000\n\n"
         "We could not check the Ministry's figures or Green Dawn's.\n")


def test_each_cell_takes_its_column_header_as_source() -> None:
    claims = {c.number_text + c.sentence[:6]: c for c in extract_claims(TABLE, published=DAY, outlet="Courier")}
    row = [c for c in extract_claims(TABLE, published=DAY, outlet="Courier") if "|" in c.sentence]
    got = {c.number_text: (c.source, c.source_type, c.stance, c.section) for c in row}
    assert got["61"] == ("LO", "monitor", "confirmed", "body")
    assert got["40"] == ("Ministry", "official", "disputed", "body")
    assert got["118"] == ("Green Dawn", "activists", "disputed", "body")
    assert claims  # (the prose's own 61 is claimed as usual)


def test_a_header_of_periods_or_places_names_no_sources() -> None:
    text = ("Lakeland Relief Council\n\nDeaths rose in Kabul and Herat this year.\n\n"
            "Figure | Kabul | Herat\nDeaths | 61 | 40\n\n"
            "Figure | 2019 | 2020\nDeaths | 12 | 19\n")
    for c in extract_claims(text, published=DAY, outlet="Courier"):
        assert c.source == "Courier"


def test_a_running_order_line_is_no_row_of_figures() -> None:
    assert is_figure_pipe_row("Deaths | 35 | 52 | 98")
    assert is_figure_pipe_row("Arrests | 2,929 | over 4,000")
    assert not is_figure_pipe_row("02 | LEAD: BORDER | 2:40 | LIVE from the capital")
    assert is_pipe_row("02 | LEAD: BORDER | 2:40")
    kinds = [s.kind for s in split_sections("Lakeland Relief Council\n\nDeaths | 35 | 52 | 98\n")]
    assert kinds[-1] == "body"


@given(st.lists(st.text(alphabet="abc 12,|", max_size=8), max_size=5))
def test_pipe_rows_read_any_line(cells: list[str]) -> None:
    line = " | ".join(cells)
    assert is_figure_pipe_row(line) <= is_pipe_row(line)


# --- known wrong sources of earlier sessions: a time in a relative clause, an event as subject, a radio message

def test_a_time_inside_a_relative_clause_is_no_claimant() -> None:
    assert [c.name for c in sentence_cues("The militiamen, who attacked after dawn, said 12 villagers died.")
            if c.name] == ["militiamen"]
    # not reached: a time clause of the sentence's own, with its speaker inside
    assert [c.name for c in sentence_cues("Shelling resumed after the governor said 12 died.") if c.name] == \
        ["governor"]


def test_an_event_is_no_claimant() -> None:
    assert [c.name for c in sentence_cues("Fighting claimed 40 victims on Sunday.") if c.name] == []
    assert [c.name for c in sentence_cues("The shelling reported near the bridge left 12 dead.") if c.name] == []
    # not reached: a body whose name opens with such a word
    assert [c.name for c in sentence_cues("The Fighting Fund said 40 families were helped.") if c.name] == \
        ["Fighting Fund"]


def test_a_radio_message_picked_up_names_nobody() -> None:
    text = body("A radio message picked up by the coastguard said 30 sailors died.")
    assert at(text, "30") == ("valley courier", "publication", "claimed")
    # not reached: the body that sent its message is named
    text = body("A message from the harbour master said 30 sailors died.")
    assert at(text, "30")[0] != "valley courier"


def test_a_relative_clause_with_commas_of_its_own_is_stepped_over_to_its_speaker() -> None:
    assert [c.name for c in sentence_cues("Mary Loft, 80, who served with the 3rd Field Company, Royal Engineers "
                                          "from 1951 to 1953, writes that 40 men died.") if c.name] == ["Mary Loft"]
    # not reached: a speaker's own tag after the relative clause
    assert [c.name for c in sentence_cues("The rebels, who hold the north, the mayor said, killed 40.") if c.name] \
        == ["mayor"]


def test_a_ranked_writer_of_a_quoted_letter_is_not_typed_a_witness() -> None:
    text = body('Colonel Ade Roe writes: "We held the ridge for a week. In the end nine of our men died there."')
    assert at(text, "nine") == ("colonel ade roe", "official", "claimed")
