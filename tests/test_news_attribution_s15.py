"""Session 15 (attr25): attribution forms of ordinary news — "per X", "X said tonight: …", a revised live entry's
stamp, an ORIGINAL POST under stamped entries, "Sta." as an abbreviation, and source types of armed forces sharing
a wire's acronym, think tanks named "Group", state emergency agencies. Sentences written for these tests."""

from __future__ import annotations

from datetime import date

from hypothesis import given, strategies as st

from extract import extract_claims
from extract.entrystamps import entry_lead
from extract.lexicon import type_of
from extract.sections import split_sections
from extract.sentences import split_sentences


def _claims(body: str):
    return extract_claims("Clashes in the north\n\n" + body, published=date(2021, 5, 3), outlet="The Valley Courier")


def _by_number(body: str) -> dict[str, tuple[str, str, str]]:
    return {c.number_text: (c.source, c.source_type, c.stance) for c in _claims(body)}


def test_per_a_named_official_closing_the_sentence_is_the_source():
    got = _by_number("The death toll in the market town has climbed to 31, up from 18 on Sunday, per Governor Ana Lopes.")
    assert got["31"][0] == got["18"][0] == "Governor Ana Lopes"
    assert got["31"][2] == "claimed"


def test_per_the_body_opening_the_sentence_is_the_source():
    got = _by_number("Per the district health office, 23 villagers were killed in the raid.")
    assert got["23"][0].casefold() == "district health office" and got["23"][2] == "claimed"


def test_per_as_a_rate_is_no_source():
    got = _by_number("Militants lost 40 fighters per week during the offensive.")
    assert got["40"][0] == "The Valley Courier"


def test_a_closing_tag_with_time_adverb_and_colon_covers_the_toll_before_it():
    got = _by_number("The toll from the raid has risen to 19, the provincial government said tonight: "
                     "11 rebels, five civilians and three policemen.")
    assert got["19"][0].casefold() == "provincial government"
    assert got["five"][0].casefold() == "provincial government"


def test_a_closing_tag_with_today_is_the_source():
    got = _by_number("About 35 people were wounded in the shelling of the port, officials said today.")
    assert got["35"][0].casefold() == "officials"


def test_santa_abbreviation_does_not_end_the_sentence():
    text = "At least 40 houses burned in Sta. Cruz village, the fire bureau said."
    assert len(split_sentences(text, 0, len(text))) == 1
    assert _by_number(text)["40"][0].casefold() == "fire bureau"


_LIVE = ("LIVE: Flooding of the camp, day 2\n\n"
         "8:15 p.m. UPDATED - The camp authority said 14 people had drowned.\n\n"
         "5:40 p.m. - Rescuers said 300 tents were washed away.\n\n"
         "ORIGINAL POST - Heavy rain fell over the camp, home to 9,000 refugees, from early morning.\n")


def test_a_revised_entry_stamp_opens_an_update_and_original_post_is_body():
    kinds = [(s.kind, _LIVE[s.start:s.start + 12]) for s in split_sections(_LIVE)]
    assert kinds[1][0] == "update" and kinds[1][1].startswith("8:15 p.m.")
    assert kinds[-1][0] == "body" and kinds[-1][1].startswith("ORIGINAL")
    assert entry_lead("8:15 p.m. UPDATED - The camp authority said") == len("8:15 p.m. UPDATED - ")


def test_a_word_other_than_the_revision_mark_makes_no_stamp():
    text = "Events\n\n9:40 p.m. REVISED - The army spoke of 4 dead.\n\n6:05 p.m. REVISED - Again 5.\n"
    assert entry_lead("9:40 p.m. REVISED - The army") == 0
    assert all(s.kind != "update" for s in split_sections(text))


def test_an_acronym_shared_with_armed_forces_is_official_with_military_words():
    assert type_of("AFP spokesperson Maj. Rosa Lim") == "official"
    assert type_of("AFP troops") == "official"
    assert type_of("AFP correspondent Jane Roe") == "wire_or_outlet"  # a wire's own reporter stays the wire


def test_think_tanks_named_group_and_emergency_agencies():
    assert type_of("International Crisis Group") == "monitor"
    assert type_of("Crisis Group") == "monitor"
    assert type_of("the state emergency management agency") == "official"
    assert type_of("Moro National Liberation Front spokesman") == "armed_group"
    assert type_of("MNLF spokesman Ali Datu") == "armed_group"
    assert type_of("Reuters news agency") == "wire_or_outlet"


@given(st.sampled_from(["day", "week", "head", "cent", "capita", "month"]), st.integers(2, 900))
def test_per_a_lower_case_unit_never_makes_a_source(unit: str, n: int):
    got = _by_number(f"Fighters lost {n} men per {unit} in the siege of the town.")
    assert all(v[0] == "The Valley Courier" for v in got.values())


_ANALYSIS = ("Whose toll for Kolo?\n\n"
             "The army said on 3 May that its soldiers killed nine fighters in Kolo.\n\n"
             "Amnesty International. Its researchers interviewed 40 residents and put the toll at 17 civilians. "
             "They also documented 12 shops burned.\n\n"
             "The inquiry. In June the government published the findings of a board of inquiry. It found that "
             "troops had killed 15 civilians.\n")


def test_a_paragraph_label_speaks_for_its_pronouns_and_its_staff():
    got = {c.number_text: c for c in extract_claims(_ANALYSIS, published=date(2022, 7, 1), outlet="The Review")}
    assert got["17"].source == "Amnesty International" and got["17"].stance == "claimed"
    assert got["12"].source == "Amnesty International"
    assert got["15"].source.casefold() == "board of inquiry"


def test_no_label_without_a_paragraph_of_its_own():
    text = ("Whose toll?\n\nAmnesty International said 30 people died in the raid on the port.\n\n"
            "Residents were afraid. It found that troops had killed 15 civilians.\n")
    got = {c.number_text: c.source for c in extract_claims(text, published=date(2022, 7, 1), outlet="The Review")}
    assert got["15"] != "Residents"  # ("Residents were afraid." is a sentence, not a label)


def test_a_name_before_a_long_role_in_commas_is_the_speaker():
    got = _by_number("Aslan Tamaev, the governor of the small northern border province, said 14 police officers died.")
    assert got["14"][0] == "Aslan Tamaev"


def test_an_earlier_version_of_the_story_gives_a_superseded_figure():
    got = _by_number("An earlier version of this story, citing the border police, said 21 guards had been killed.")
    assert got["21"][0].casefold() == "border police" and got["21"][2] == "disputed"
    got = _by_number("An earlier version of this report said 30 houses had burned; the fire service later "
                     "gave the figure as 26.")
    assert got["30"] == ("The Valley Courier", "publication", "disputed")
    assert got["26"][2] == "claimed"


def test_a_first_version_of_something_else_is_no_superseded_figure():
    got = _by_number("The police said the first version of the plan sent 12 officers to the border.")
    assert all(v[2] != "disputed" for v in got.values())


def test_canonical_names_drop_long_roles_and_where_sources_work():
    from extract.lexicon import canonical_source

    assert canonical_source("Deputy Commissioner Amina Yusuf") == "Amina Yusuf"
    assert canonical_source("Riverside General Hospital chief Dr. Tom Baker") == "Tom Baker"
    assert canonical_source("Hospital sources at the Central Hospital Kano") == "Hospital sources"
    assert canonical_source("UN High Commissioner") == "UN High Commissioner"
