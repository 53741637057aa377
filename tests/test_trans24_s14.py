"""Session 14, helper trans24: a witness's answers in a transcript of speaker-labelled turns (extract/answerturns.py),
a ship named after a town (extract/notplaces.py), a question turn stopping a date's carry (extract/dates.py).

Sentences of our own, each with a negative: the rule fires on the construction, not on the words of a report."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

import extract
from extract.answerturns import question_turn

_AIR = """Inquiry into the border war.

COUNSEL: How many helicopters did the rebels have?
WITNESS: Eight, I think.
COUNSEL: And how many of them did your gunners shoot down?
WITNESS: I saw three fall behind the ridge. Later we heard the garrison radio say five.
COUNSEL: How old were you then?
WITNESS: I was 19.
COUNSEL: Which battalion?
WITNESS: The 4th. We had marched for 6 days.
"""


def _got(text: str) -> dict[str, tuple[str, str]]:
    return {c.number_text: (c.measure, c.subject) for c in extract.extract_claims(text)}


def test_a_number_seen_answers_a_question_turned_by_do():
    # "how many of them did X shoot down?" / "I saw three fall": the helicopters of the question before, shot down
    assert _got(_AIR).get("three") == ("destroyed", "helicopter")


def test_a_number_another_voice_gave_answers_the_question():
    # "we heard the garrison radio say five": the count the question asks for, given by another voice
    assert _got(_AIR).get("five") == ("destroyed", "helicopter")


def test_age_battalion_and_march_are_no_claims():
    got = _got(_AIR)
    assert "19" not in got and "4th" not in got and "6" not in got


def test_a_number_seen_needs_a_how_many_question():
    text = ("Inquiry into the border war.\n\nCOUNSEL: What did you see from the ridge?\n"
            "WITNESS: I saw three fall behind the ridge. Later we heard the garrison radio say five.\n")
    got = _got(text)
    assert "three" not in got and "five" not in got


def test_a_number_seen_with_its_own_noun_is_read_as_it_stands():
    text = ("Inquiry into the border war.\n\nCOUNSEL: How many of them did your gunners shoot down?\n"
            "WITNESS: I saw three goats fall behind the ridge.\n")
    assert "three" not in _got(text)


def test_a_question_turn_is_told_from_an_answer():
    text = "COUNSEL: And the lorries?\nWITNESS: Yes, all burned."
    assert question_turn(text, 0, 25) and not question_turn(text, 26, len(text))
    assert not question_turn("Why did they come? Nobody knows.", 0, 18)


def test_a_date_of_an_earlier_answer_does_not_cross_a_question():
    text = ("Inquiry into the border war, 2004.\n\nCOUNSEL: How many helicopters did the rebels have?\n"
            "WITNESS: Eight. After the first raid on 3 May there were fewer.\n"
            "COUNSEL: And how many of them did your gunners shoot down?\nWITNESS: I saw three fall.\n")
    got = {c.number_text: c for c in extract.extract_claims(text)}
    assert got["three"].measure == "destroyed" and got["three"].event_date is None


def test_a_ship_named_after_a_town_is_no_place():
    base = "During the war the {} carried about 300 soldiers to the island; she was hit and sank."
    for town in ("Houston", "Leeds"):
        claims = {c.number_text: c for c in extract.extract_claims(base.format(town))}
        assert claims["300"].location != town
    # a town without the article, or with a noun after it, stays a place
    kept = {c.number_text: c for c in extract.extract_claims(
        "During the war the Houston garrison lost 30 soldiers killed in an attack on the city.")}
    assert kept["30"].location == "Houston"


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(["COUNSEL:", "WITNESS:", "How many", "of them", "did", "shoot down", "?", "I saw",
                                 "three", "fall", ".", "say", "five", "\n", "heard", "war", "Leeds", "the",
                                 "carried", "sank"]), max_size=30))
def test_answer_turns_never_raise(parts):
    for c in extract.extract_claims(" ".join(parts)):
        assert c.measure


# --------------------------------------------------------------------------- more of a force to follow; companions

def test_another_force_to_follow_counts_as_the_force_before():
    text = "The rebels attacked the town in the war.\n\nAbout 900 fighters crossed the river. Another 500 would follow."
    assert _got(text).get("500") == ("forces", "fighters")


def test_another_n_after_no_force_is_no_claim():
    text = "The rebels attacked the town in the war.\n\nThe fair drew 900 visitors. Another 500 would follow."
    assert "500" not in _got(text)


_CAPTURE = """Inquiry into the border war.

COUNSEL: Where were you captured?
WITNESS: In the hills near the pass on 3 May, together with 25 others.
COUNSEL: Where did you train?
WITNESS: In the camp by the lake, together with 60 others.
"""


def test_companions_of_a_witness_captured_were_captured():
    assert _got(_CAPTURE).get("25") == ("captured", "people")


def test_companions_in_an_answer_of_no_capture_are_no_claim():
    assert "60" not in _got(_CAPTURE)
