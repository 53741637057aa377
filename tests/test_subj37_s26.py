"""Session 26 (subj37): a restatement of the count before refers to the whole, not to a part of it."""

from extract import extract_claims


def _subject(text: str, number: str) -> str | None:
    return next(c.subject for c in extract_claims(text) if c.number_text == number)


def test_true_number_after_of_them_part_is_people() -> None:
    text = ("The district office counts 64 people killed, 21 of them women. "
            "Village elders say the real number is 90.")
    assert _subject(text, "90") == "people"


def test_first_figure_after_among_them_part_is_people() -> None:
    text = ("The provincial police now say 52 people died, among them 14 pilgrims. "
            "Their earlier figure was 40.")
    assert _subject(text, "40") == "people"


def test_part_keeps_its_own_subject() -> None:
    text = ("The district office counts 64 people killed, 21 of them women. "
            "Village elders say the real number is 90.")
    assert _subject(text, "21") == "women"


def test_restatement_of_a_plain_count_keeps_its_noun() -> None:
    text = "The district office counts 64 soldiers killed. Village elders say the real number is 90."
    assert _subject(text, "90") == _subject(text, "64")
