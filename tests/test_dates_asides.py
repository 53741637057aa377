"""Dates that are not the counted event's (session 6, batch 14's rules, extract/dateasides.py): photo captions,
a heading in capitals ending the look-back, a report's correction date, an avenged event's date, a force's
standing size, and a span of two days lending its month to the next sentence. Sentences written for these tests."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from extract.dateasides import caption_spans, in_caption, standing_size
from test_dates import when  # published Thursday 14 March 2019 (test_dates.PUB)

# --- photo captions (GUIDELINES: photo captions are not used) -------------------------------------------------


def test_a_count_in_a_numbered_gallery_caption_has_no_date() -> None:
    text = ("Our reporter spent a week in Kismayo.\n\n"
            "2/5 - Women queue for water. Officials say 14 wells were hit on Monday. (Photo: Ana Reis)\n\n"
            "3/5 - A market stall. Traders say 60 shops burned.")
    assert when(text, "14") is None
    assert when(text, "60") is None


def test_a_caption_lends_no_date_to_the_prose_after_it() -> None:
    text = ("1/2 - The port. Divers say 5 boats sank on Monday.\n\n"
            "Engineers reported that 20 cranes had been damaged.")
    assert when(text, "20") is None


def test_the_same_sentence_outside_a_caption_is_dated() -> None:
    text = "Women queue for water. Officials say 14 wells were hit on Monday."
    assert when(text, "14") == "2019-03-11"


def test_a_photo_credit_closing_a_paragraph_makes_it_a_caption() -> None:
    text = "Rescuers carry a boy from the rubble on Monday, where 7 died. (AP Photo/Jane Roe)\n\nMore text."
    assert caption_spans(text) == ((0, text.index("\n\n")),)
    assert not in_caption("Fractions such as 3/4 of the town burned on Monday.", 5)


# --- a heading in capitals ends the look-back -------------------------------------------------------------------


def test_a_heading_in_capitals_ends_the_story_a_date_is_borrowed_from() -> None:
    text = ("Gunmen killed 8 guards on Sunday.\n\nFUNDING\n\n"
            "The appeal asked for $20 million.")
    assert when(text, "$20 million") is None


def test_a_label_in_capitals_after_a_colon_does_not_end_the_story() -> None:
    # the capitals name the photo the line before introduces, not a new section
    text = ("Rebels seized the depot on Tuesday.\n\nA photo posted by the rebels shows:\n\nDEPOT RAID\n\n"
            "Other images showed the capture of 12 trucks.")
    assert when(text, "12") == "2019-03-12"


# --- a correction's date, an avenged event's date -------------------------------------------------------------


def test_the_day_a_figure_was_corrected_is_not_the_events() -> None:
    text = "The story was corrected on March 12 to give 9 dead in the March 3 raid."
    assert when(text, "9") == "2019-03-03"


def test_a_date_without_a_correction_still_governs_by_nearness() -> None:
    text = "Troops stormed the camp on March 12 to free 9 hostages taken in the March 3 raid."
    assert when(text, "9") == "2019-03-12"


def test_the_date_of_an_avenged_attack_is_not_the_reprisals() -> None:
    text = "Troops killed 40 fighters in retaliation for Sunday's ambush, a post claims."
    assert when(text, "40") is None
    # without the reprisal the possessive dates the count, as before
    assert when("Troops killed 40 fighters in Sunday's ambush.", "40") == "2019-03-10"


# --- a force's standing size ------------------------------------------------------------------------------------


def test_a_forces_standing_size_takes_no_date_from_before() -> None:
    text = ("Gunmen attacked the barracks on March 4. The militia is said to number between 800 and 900 men. "
            "Officials think the group has about 600 fighters.")
    assert when(text, "800") is None
    assert when(text, "600") is None


def test_a_toll_after_number_or_has_is_not_a_size() -> None:
    text = "Gunmen attacked the barracks on March 4. The dead numbered 41, officials said."
    assert when(text, "41") == "2019-03-04"
    text = "Gunmen attacked the barracks on March 4. The army has killed 30 of them since."
    assert not standing_size(text, text.index("30"), text.index("30") + 2)


def test_a_size_with_its_own_date_keeps_it() -> None:
    assert when("The army said in 2008 that it kept about 30,000 troops there.", "30,000") == "2008"


# --- a span of two days lends its month ---------------------------------------------------------------------


def test_a_night_of_two_days_dates_the_next_sentences() -> None:
    text = ("The court finds that on the night of 2 to 3 March a patrol entered the village. "
            "Before it left, the patrol burned 17 houses.")
    assert when(text, "17") == "2019-03"


@settings(max_examples=60, deadline=None)
@given(st.text(alphabet="ab /12-:\n()PhotoAP", max_size=120))
def test_caption_spans_never_raise_and_lie_in_the_text(text: str) -> None:
    for s, e in caption_spans(text):
        assert 0 <= s < e <= len(text)


def test_a_question_heading_ends_the_story_a_date_is_borrowed_from() -> None:
    text = ("Shells hit the port on Monday, killing 6.\n\nHow many have fled?\n\n"
            "Aid agencies say more than 9,000 people have left the coast.")
    assert when(text, "9,000") is None
    # the same sentences without the heading between them: the Monday is borrowed, as before
    text = "Shells hit the port on Monday, killing 6. Aid agencies say more than 9,000 people have left the coast."
    assert when(text, "9,000") == "2019-03-11"


def test_a_wire_credit_alone_does_not_make_a_caption() -> None:
    text = "Gunmen killed 5 guards on Monday, police said (Reuters)\n\nMore text."
    assert caption_spans(text) == ()
    assert when(text, "5") == "2019-03-11"
