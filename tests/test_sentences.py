"""Sentence segmentation: abbreviations, quotes, lists, headlines, lines (our own sentences)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from extract.sentences import split_sentences


def sents(text: str, start: int = 0, end: int | None = None) -> list[str]:
    return [text[s:e] for s, e in split_sentences(text, start, end)]


def test_plain_sentences():
    assert sents("Shells fell at dawn. Nine people died! Who fired? Nobody knows.") == [
        "Shells fell at dawn.", "Nine people died!", "Who fired?", "Nobody knows."]


def test_abbreviations_do_not_end_sentences():
    text = "Mr. Haddad met Gen. Karimi and Dr. Salem at the U.S. embassy. They talked until 3 p.m. on Friday."
    assert sents(text) == ["Mr. Haddad met Gen. Karimi and Dr. Salem at the U.S. embassy.",
                           "They talked until 3 p.m. on Friday."]


def test_initialism_before_a_capitalised_word_runs_on():
    assert sents("The U.N. Security Council met. It voted.") == ["The U.N. Security Council met.", "It voted."]


def test_time_abbreviation_can_end_a_sentence():
    assert sents("The truce began at 2 a.m. Shelling resumed an hour later.") == [
        "The truce began at 2 a.m.", "Shelling resumed an hour later."]


def test_initials_and_numbered_abbreviations():
    assert sents("Lt. Col. R. Davies reported No. 4 Battery lost two guns. Nothing more.") == [
        "Lt. Col. R. Davies reported No. 4 Battery lost two guns.", "Nothing more."]


def test_decimals_and_ellipsis():
    assert sents("Inflation hit 7.5 percent… Prices kept rising. Then 2.5 million fled.") == [
        "Inflation hit 7.5 percent…", "Prices kept rising.", "Then 2.5 million fled."]


def test_quotes_close_after_the_period():
    assert sents("He said, “We lost 40 men.” The army denied it.") == [
        "He said, “We lost 40 men.”", "The army denied it."]
    assert sents('"Where are they?" she asked. Nobody answered.') == ['"Where are they?" she asked.',
                                                                        "Nobody answered."]


def test_headlines_and_lines_without_final_punctuation():
    text = "Car Bomb Kills 12 in Market Town\n\nUPDATE 0900 GMT: Officials say the toll rose.\nSee Also: Aid Convoy Hit"
    assert sents(text) == ["Car Bomb Kills 12 in Market Town", "UPDATE 0900 GMT: Officials say the toll rose.",
                           "See Also: Aid Convoy Hit"]


def test_list_items_and_bullets():
    text = "Three factors:\n#1: Air power\n#2: Supply lines\n  • 1) troops are tired\n  – the roads are cut"
    assert sents(text) == ["Three factors:", "#1: Air power", "#2: Supply lines", "1) troops are tired",
                           "the roads are cut"]


def test_hard_wrapped_line_continues():
    text = "The convoy carried food for\nthousands of families. It was stopped."
    assert sents(text) == ["The convoy carried food for\nthousands of families.", "It was stopped."]


def test_glued_sentences_in_careless_writing():
    assert sents("the video shows 3 trucks.2nd clip shows 1 jeep.No doubt about it") == [
        "the video shows 3 trucks.", "2nd clip shows 1 jeep.", "No doubt about it"]


def test_lowercase_after_period_runs_on():
    assert sents("They used approx. ten rockets. Then quiet.") == ["They used approx. ten rockets.", "Then quiet."]


def test_bounds_are_respected():
    text = "Ignore this. Keep this one. And this. Not this."
    start = text.index("Keep")
    end = text.index("Not") - 1
    assert sents(text, start, end) == ["Keep this one.", "And this."]


def test_empty_and_blank():
    assert split_sentences("") == []
    assert split_sentences("   \n\n  ") == []


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("ab AB.?!\n“”\"'•-1:…")) , max_size=120))
def test_spans_are_ordered_trimmed_and_inside_the_text(text):
    spans = split_sentences(text)
    last = 0
    for s, e in spans:
        assert last <= s < e <= len(text)
        piece = text[s:e]
        assert piece == piece.strip()
        last = e
    covered = "".join(text[s:e] for s, e in spans)
    # every letter or digit of the text belongs to some sentence
    assert sorted(c for c in covered if c.isalnum()) == sorted(c for c in text if c.isalnum())


@settings(max_examples=100, deadline=None)
@given(st.text(max_size=200))
def test_any_unicode_never_raises(text):
    for s, e in split_sentences(text):
        assert 0 <= s < e <= len(text)
