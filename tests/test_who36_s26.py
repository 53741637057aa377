"""Session 26, helper who36: side and attribution rules fitted on batch 36 (sentences of my own)."""

from __future__ import annotations

from datetime import date

from extract import extract_claims
from extract.lexicon import canonical_source

_RECORD = """House of Commons, Tuesday 4 May 1976: Border Incident
Official Report, Volume 910. Extract.

The Secretary of State for Defence: With permission, I will make a statement. Yesterday 9 soldiers were killed \
in an ambush near the border, and 4 others were wounded.

Mr. Harold Finch (Leeds West): Is the Defence Secretary aware that 11 people died?

The Secretary of State for Defence: The Army has sent a further 300 troops to the border today.

Mr. Speaker: Order.
"""


def _by_number(text: str) -> dict:
    return {c.number_text: c for c in extract_claims(text, published=date(1976, 5, 4), outlet="Official Report")}


def test_a_ministers_seat_labelling_a_turn_is_the_speaker():
    """ "The Secretary of State for Defence:" opens the minister's turn: the lines under it are his claims."""
    claims = _by_number(_RECORD)
    for n in ("9", "4"):
        assert canonical_source(claims[n].source) == "Defence Secretary"
        assert (claims[n].source_type, claims[n].stance) == ("official", "claimed")


def test_a_sentence_under_a_seats_label_is_not_the_previous_speakers():
    """The 300 stand in the minister's second turn, not in the MP's before it."""
    claims = _by_number(_RECORD)
    assert canonical_source(claims["300"].source) == "Defence Secretary"
    assert claims["11"].source == "Harold Finch"


def test_a_seat_named_in_full_is_its_short_name():
    assert canonical_source("Secretary of State for the Home Department") == "Home Secretary"
    assert canonical_source("The Secretary of State for Northern Ireland") == "Northern Ireland Secretary"
    assert canonical_source("Secretary of State John Kerry") == "John Kerry"  # a title before a person: no seat


def test_a_line_opened_by_a_body_or_a_clause_is_no_seats_label():
    """ "The Army:" or "The Prime Minister said:" open no turn (no office word closing the label's head, or a verb)."""
    from extract.speakers import turns

    text = ("Mr. Harold Finch (Leeds West): Is he aware?\n\nThe Army: 12 soldiers were hurt.\n\n"
            "The Prime Minister said: nothing.\n\nMr. Speaker: Order.\n")
    assert [t.speaker for t in turns(text)] == ["Harold Finch", "Speaker"]


def test_a_monitor_called_a_group_stays_a_monitor():
    """ "a Ghanaian group" says nothing of arms: the Conflict Monitor is typed by its own name."""
    [c] = extract_claims("The Coastal Conflict Monitor, a Ghanaian group, says 45 people were killed in the clashes.")
    assert (c.source, c.source_type) == ("Coastal Conflict Monitor", "monitor")


def test_a_group_of_unknown_kind_is_still_typed_by_its_apposition():
    """A name with no type of its own keeps the apposition's: "Jund al-Sahel, a Malian group" is armed."""
    [c] = extract_claims("Jund al-Sahel, a Malian group, says its fighters killed 12 soldiers near Gao.")
    assert c.source_type == "armed_group"
    [c] = extract_claims("The Coastal Conflict Monitor, a rebel group, says 45 people were killed in the clashes.")
    assert c.source_type == "armed_group"


def test_a_figure_the_writer_calls_too_low_in_its_own_sentence_is_disputed():
    """ "…; the panel considers this far too low" and "…, which we regard as an undercount" doubt the figure before."""
    [c] = extract_claims("The governor gave a figure of 52 deaths on Friday; the panel considers this far too low.")
    assert c.stance == "disputed"
    [c] = extract_claims("The army says 14 civilians were killed, which we regard as an undercount.")
    assert c.stance == "disputed"


def test_too_low_said_of_something_else_or_far_after_leaves_the_figure_claimed():
    [c] = extract_claims("The governor says 52 people were killed; the panel considers the water level too low for boats.")
    assert c.stance == "claimed"
    [c] = extract_claims("The governor says 52 people were killed in the market and the roads around it during the "
                         "two days of fighting before the ceasefire, and the panel considers this too low.")
    assert c.stance == "claimed"


def test_a_figure_told_to_parliament_or_a_press_conference_is_the_tellers_claim():
    """ "…, the Interior Minister told parliament" and "…, he told a news conference" name the claimant after the count."""
    [c] = extract_claims("Security forces arrested more than 2,400 people over the summer, the Interior Minister told "
                         "parliament.")
    assert (c.source, c.source_type, c.stance) == ("Interior Minister", "official", "claimed")
    text = ("Kenya's police chief spoke on Monday. Officers shot dead 11 of the raiders and arrested four, "
            "he told a news conference.")
    claims = extract_claims(text)
    assert {c.number_text: c.source for c in claims} == {"11": "Kenya's police chief", "four": "Kenya's police chief"}


def test_told_a_conference_that_goes_on_to_an_order_names_no_claimant():
    """ "told a conference of elders to keep calm" is an order, not the telling of the count: the outlet's voice stays."""
    [c] = extract_claims("Gunmen killed 12 villagers near the well, and the governor told a conference of elders to keep "
                         "calm.")
    assert (c.source, c.stance) == (None, "asserted")


def test_a_first_person_quote_after_its_speakers_says_colon_is_the_speakers():
    """ 'A nurse says: "I counted 26 bodies …"': the quote's "I" is the nurse, not the outlet counting itself."""
    [c] = extract_claims('A nurse says: "I counted 26 bodies in the corridor that night."', outlet="The Valley Courier")
    assert (c.source_type, c.stance) == ("activists", "claimed")
    assert c.source.casefold() == "nurse"


def test_a_first_person_count_without_a_speaker_stays_the_outlets():
    [c] = extract_claims("We counted 26 bodies in the corridor that night.", outlet="The Valley Courier")
    assert (c.source, c.source_type) == ("The Valley Courier", "publication")


def test_its_office_closing_a_sentence_is_the_office_of_the_sentences_own_subject():
    """ "The World Food Programme shipped …, its office in Juba said": the WFP's office, not the army named before."""
    text = ("The army moved 800 troops to the border on Sunday. The World Food Programme released $3 million for the "
            "displaced, its office in Juba said.")
    claims = {c.number_text: c for c in extract_claims(text)}
    assert canonical_source(claims["$3 million"].source) == canonical_source("World Food Programme")


def test_its_spokesman_after_a_sentence_of_no_body_keeps_the_body_named_before():
    text = "The army moved 800 troops to the border on Sunday. Gunmen killed 12 villagers near Kodok, its spokesman said."
    claims = {c.number_text: c for c in extract_claims(text)}
    assert claims["12"].source.casefold() == "army"


def test_according_to_its_records_is_the_records_of_the_body_opening_the_sentence():
    """ "Mulago Hospital treated 54 of the injured, according to its admissions book": the hospital's count."""
    text = ("Soldiers fired on the crowd at noon. Mulago Hospital treated 54 of the injured that night, according to its "
            "admissions book, now in the city archive.")
    claims = {c.number_text: c for c in extract_claims(text, outlet="City Museum")}
    assert (claims["54"].source, claims["54"].stance) == ("Mulago Hospital", "claimed")


def test_an_inquests_finding_is_confirmed_as_a_coroners_is():
    """ "The inquest found that 31 people were killed": a coroner's court finding a fact, confirmed."""
    [c] = extract_claims("The inquest found that 31 people were killed when the troops fired on the square.")
    assert c.stance == "confirmed"


def test_a_commission_of_inquirys_finding_stays_claimed():
    [c] = extract_claims("The commission of inquiry found that 31 people were killed when the troops fired on the square.")
    assert c.stance == "claimed"


def test_the_dead_of_an_attack_on_a_sides_ship_or_base_are_that_sides():
    """ "Attack on USS Mason kills 6 sailors": the men of the side attacked, not its opponent's."""
    [c] = extract_claims("Missile attack on USS Mason kills 6 sailors.")
    assert c.side == "us"
    [c] = extract_claims("Rocket attack on American base kills 4 troops.")
    assert c.side == "us"


def test_an_attack_on_a_side_that_kills_named_fighters_keeps_their_own_side():
    [c] = extract_claims("Attack on American convoy kills 5 insurgents.")
    assert c.side != "us"


def test_a_speaker_named_with_a_whose_clause_is_the_clauses_head():
    """ "A nurse whose diary is displayed in the hall writes: …" — the verb inside the clause opens no subject."""
    [c] = extract_claims('A nurse whose diary is displayed in the hall above says: "I counted 26 bodies in the '
                         'corridor that night."', outlet="The Valley Courier")
    assert c.source.casefold() == "nurse"
    assert (c.source_type, c.stance) == ("activists", "claimed")
