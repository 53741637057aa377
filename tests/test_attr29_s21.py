"""Session 21, batch 29's claimants (sentences written for these tests, not taken from any gold text)."""

from __future__ import annotations

import pytest

from extract import extract_claims


def _sources(text: str) -> list[str | None]:
    return [c.source for c in extract_claims(text)]


@pytest.mark.parametrize("text, source", [
    ("Within days the health ministry raised its toll for the day to 638.", "Health ministry"),
    ("Within hours the army said 40 rebels were killed.", "Army"),
    ("Within a week, the governor said 12 people had died.", "Governor"),
])
def test_a_span_of_time_opening_the_sentence_is_no_part_of_the_claimant(text, source):
    assert _sources(text) == [source]


@pytest.mark.parametrize("text, source", [
    ("The interior ministry has always said eight of its officers died in the square.", "Interior ministry"),
    ("The army has long said 12 soldiers were killed in the raid.", "Army"),
])
def test_an_adverb_of_time_before_the_verb_is_no_part_of_the_claimant(text, source):
    assert _sources(text) == [source]


def test_a_claimant_named_within_is_kept():
    assert _sources("The Within Reach Foundation said 40 people were killed in the raid.") == [
        "Within Reach Foundation"]


# --- a state's "Defence Force" alone is its military: official (a people's or a liberation defence force is armed)


@pytest.mark.parametrize("text, kind", [
    ("The Defence Force says it has about 100 soldiers in the province and will send more.", "official"),
    ("The People's Defence Force said 12 soldiers were killed.", "armed_group"),
])
def test_a_defence_force_alone_is_a_states(text, kind):
    assert [c.source_type for c in extract_claims(text)] == [kind]


# --- a live page's earlier entry is another story: the side it is about is not the next entry's


def test_an_earlier_entry_lends_no_side_to_the_next():
    text = ("LIVE: Almaty unrest\n\n"
            "23:40 - The president says he has asked the CSTO, the Russian-led military alliance, for help. A source "
            "tells us about 2,500 troops could arrive within days.\n\n"
            "20:05 - The interior ministry says eight members of the police have been killed.\n")
    sides = {c.number_text: c.side for c in extract_claims(text)}
    assert sides["eight"] == "unknown"


def test_the_sentence_before_in_the_same_entry_still_tells_the_side():
    text = ("LIVE: Aleppo\n\n"
            "20:05 - Russian jets bombed the airport at dawn. The ministry says eight soldiers were killed there.\n")
    sides = {c.number_text: c.side for c in extract_claims(text)}
    assert sides["eight"] != "unknown"


# --- a court's finding reported in an article is confirmed; a prosecutor's or an inquiry's figure stays a claim


@pytest.mark.parametrize("text, stance", [
    ("Judge Maria Lopez found that the gunmen killed 45 people in the village.", "confirmed"),
    ("At least 26 people were wounded in the attack, the judgment said.", "confirmed"),
    ("The tribunal found that soldiers had killed 45 villagers.", "confirmed"),
    ("The prosecutor said the gunmen killed 45 people.", "claimed"),
    ("The commission of inquiry found that soldiers killed 13 civilians.", "claimed"),
    ("Judge Maria Lopez said 45 people were killed.", "claimed"),
])
def test_a_courts_finding_is_confirmed(text, stance):
    assert [c.stance for c in extract_claims(text)] == [stance]


# --- a body named as the label of a line of figures gives them (extract/labelsource.py)


def test_a_bulleted_line_labelled_by_a_police_service_is_its_claim():
    text = ("- Ghana Police Service: 146 people killed between November 2021 and December 2024, counting only cases "
            "reported to the police.")
    assert [(c.source, c.source_type) for c in extract_claims(text, outlet="Post")] == [
        ("Ghana Police Service", "official")]


def test_a_label_of_what_is_counted_is_no_claimant():
    assert [c.source for c in extract_claims("Civilians: 12 dead in the war", outlet="Post")] == ["Post"]
    assert [c.source for c in extract_claims("Aleppo: 12 dead in shelling", outlet="Post")] == ["Post"]


def test_a_clause_before_a_colon_is_no_label():
    assert [c.source for c in extract_claims("The reason is the army's: 212 soldiers were killed.", outlet="Post")] == [
        "Post"]


def test_a_wire_report_is_an_outlet():
    text = ("Levant Roundup: 117 detained in Hama\n\nSecurity forces detained some 117 people in Hama on Friday, "
            "activists say.\n\nState outlets claimed 67, while a wire report put the figure at roughly 106.")
    got = {c.number_text: (c.source, c.source_type) for c in extract_claims(text, outlet="Ledger")}
    assert got["67"] == ("State outlets", "state_media")
    assert got["106"] == ("Wire report", "wire_or_outlet")


# --- an apposition closed by a relative clause ("the pacifist group to which the victims belonged") gives way to the
# name before it; a pacifist or victims' group is no armed group


def test_a_group_with_a_relative_clause_in_apposition_gives_way_to_the_name():
    text = "Las Abejas, the pacifist group to which the victims belonged, said 48 people had died."
    assert [(c.source, c.source_type) for c in extract_claims(text)] == [("Las Abejas", "activists")]


@pytest.mark.parametrize("text, kind", [
    ("The peace movement said 48 people had died in the war.", "activists"),
    ("A victims' group said 48 people had died.", "activists"),
    ("An armed group said 48 soldiers had died.", "armed_group"),
])
def test_a_pacifist_or_victims_group_is_no_armed_group(text, kind):
    assert [c.source_type for c in extract_claims(text)] == [kind]


def test_a_labels_description_after_a_comma_is_no_part_of_the_name():
    text = "ACLED, the conflict monitor: 378 reported fatalities from January 2022."
    assert [(c.source, c.source_type) for c in extract_claims(text)] == [("ACLED", "monitor")]


# --- "claimed, without presenting any evidence, that ...": the writer doubts the figure (disputed); written by helper
# attr29 (its commit 206d30f)


def _stances(text: str) -> list[str]:
    return [c.stance for c in extract_claims(text)]


def test_without_offering_any_evidence_disputes():
    assert _stances("Some opposition websites claimed, without offering any evidence, that 60 protesters had been "
                    "killed in the crackdown.") == ["disputed"]


def test_without_presenting_evidence_disputes():
    assert _stances("The rebels said, without presenting evidence, that 25 soldiers died in the ambush.") == ["disputed"]


def test_evidence_of_something_else_does_not_dispute():
    assert _stances("The army said 25 soldiers died in the ambush, without presenting any evidence of chemical weapons "
                    "use by the rebels.") == ["claimed"]
