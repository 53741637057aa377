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


def test_foreigners_are_their_own_subject() -> None:
    text = "The regional governor says at least 23 foreigners were killed in the shelling."
    assert _subject(text, "23") == "foreigners"


def test_foreign_nationals_are_foreigners() -> None:
    text = "Rescuers said 31 people died in the blast, among them 7 foreign nationals."
    assert _subject(text, "7") == "foreigners"


def test_dead_who_were_foreigners() -> None:
    text = "A consular official said 9 of the dead were foreigners."
    assert _subject(text, "9") == "foreigners"


def test_foreigners_among_militants_stay_fighters() -> None:
    text = "The army said 60 militants were killed in the raid, including 12 foreigners."
    assert _subject(text, "12") == _subject(text, "60")
    assert _subject(text, "12") != "foreigners"


def test_japanese_nationals_stay_nationals() -> None:
    text = "Officials said 4 Japanese nationals were wounded in the attack."
    assert _subject(text, "4") == "nationals"
