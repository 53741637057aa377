"""The shortcuts of session 12's speed22 agree with the long way they replace (generated input; our own words).

- extract/context.py per_sentence and extract/places.py, extract/docnumbers.py: a memo read by get, not by a
  KeyError caught; a helper whose answer is None is still worked out once.
- extract/kindmemo.py: the key by the fields of the section and the number; an equal number, another record,
  takes the answer kept.
- extract/dateexpr.py dated_expressions: the expression scan of a sentence, cached apart from the report's date,
  against the scan and trigger test dates._hits made inline.
- extract/kindnoun.py _ARMED_HEADS: where the pattern of armed nouns matches, one of its heads is in the text.
- extract/names.py first_named, extract/classgates.py open_rules_of: cached, the same answers as uncached.
"""

from __future__ import annotations

import re
from datetime import date

from hypothesis import example, given, settings
from hypothesis import strategies as st

from extract import dateexpr, dates, kindnoun
from extract.classgates import open_rules_long, open_rules_of
from extract.context import Section, SentenceContext, per_sentence
from extract.introduced import _role_after, introduced_type
from extract.kindmemo import asked_again
from extract.names import first_named
from extract.records import Quantity
from extract.rx import lowered


def _ctx(text: str, memo: dict | None) -> SentenceContext:
    return SentenceContext(text=text, sentences=((0, len(text)),), index=0, section=Section("body", 0, len(text)),
                           published=None, outlet=None, memo=memo)


def test_a_helper_answering_none_is_worked_out_once_per_sentence() -> None:
    calls: list[int] = []

    @per_sentence
    def nothing_found(ctx: SentenceContext) -> None:
        calls.append(ctx.index)
        return None

    ctx = _ctx("Shelling killed 12 people in the town.", {})
    assert [nothing_found(ctx) for _ in range(3)] == [None, None, None]
    assert calls == [0]
    assert nothing_found(_ctx("Shelling killed 12 people in the town.", None)) is None  # without a memo: afresh
    assert calls == [0, 0]


def test_an_equal_number_takes_the_answer_kept() -> None:
    calls: list[float] = []

    def work(ctx: SentenceContext, q: Quantity, depth: int) -> tuple:
        calls.append(q.value)
        return ("kind of", q.surface)

    ctx = _ctx("x" * 30, {})
    q = Quantity(12.0, 12.0, 12.0, "exact", "count", "12", 4, 6, "number")
    again = Quantity(12.0, 12.0, 12.0, "exact", "count", "12", 4, 6, "number")  # equal, another record
    other = Quantity(12.0, 12.0, 12.0, "approx", "count", "12", 4, 6, "number")  # one field apart
    assert asked_again(ctx, q, 0, work) == asked_again(ctx, again, 0, work) == ("kind of", "12")
    assert calls == [12.0]
    asked_again(ctx, other, 0, work)
    assert calls == [12.0, 12.0]


# Words of date expressions and of the trigger test, in several cases (our own words).
_DATE_WORDS = ("in the past two weeks on Monday since May 3 2016 yesterday overnight last month said told on "
               "Tuesday's March march 12 23rd İn ſince \u212aM today Sept. 4 for hours killed were at least the "
               "weekend , . ; : 1999 now night").split()


def _long_way(sentence: str, low: str | None) -> tuple | None:
    """dates._hits's scan and trigger test as it was written inline."""
    if low is None:
        if not dateexpr._TRIGGER.search(sentence):
            return None
        return tuple(dateexpr._expressions_in(sentence, None))
    found = list(dateexpr._expressions_in(sentence, low))
    if not found or not (any(dateexpr._TRIGGER_LOW.search(low, m.start(), m.end()) for m in found)
                         or dateexpr._TRIGGER_LOW.search(low)):
        return None
    return tuple(found)


def _spans(found: tuple | None) -> list | None:
    return None if found is None else [(m.span(), m.groupdict()) for m in found]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_DATE_WORDS) | st.text(max_size=3), max_size=14),
       st.sampled_from([str, str.upper, str.title]))
@example(["killed", "12", "on", "Monday"], str)
@example(["killed", "12", "people"], str)
def test_dated_expressions_are_the_inline_scan(words: list[str], case) -> None:
    sentence = case(" ".join(words))
    low = lowered(sentence)
    assert _spans(dateexpr.dated_expressions(sentence, low)) == _spans(_long_way(sentence, low))
    assert _spans(dateexpr.dated_expressions(sentence, None)) == _spans(_long_way(sentence, None))


def test_a_sentence_recurring_under_another_date_is_dated_by_its_own_report() -> None:
    sentence = "Shelling killed 12 people on Monday."
    first = dates._hits(sentence, date(2016, 5, 4))  # a Wednesday
    second = dates._hits(sentence, date(2016, 5, 11))  # a week later: the same scan, another Monday
    assert [h.date.value for h in first] == ["2016-05-02"]
    assert [h.date.value for h in second] == ["2016-05-09"]
    assert dateexpr.dated_expressions(sentence, lowered(sentence)) is not None
    assert dateexpr.dated_expressions("Shelling killed 12 people.", lowered("Shelling killed 12 people.")) is None


_NAME_PIECES = ["Kivu Watch", "Kivu", "Watch", " ", "  ", "\t", "\n", "\u00a0", "\u2003", ",", ", ", "the", "a",
                "monitor", "said", "x", ".", "K"]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_NAME_PIECES) | st.text(max_size=2), max_size=14), st.sampled_from(["Kivu Watch",
                                                                                                   "Kivu", "K"]))
def test_no_apposition_is_read_where_no_comma_follows_the_name(pieces: list[str], name: str) -> None:
    # (speed22's cheap comma test before the apposition is gone: _role_after, speed23, asks for the comma itself)
    text = "".join(pieces)
    if not re.search(rf"{re.escape(name)}\s*,", text):
        assert _role_after(text, name) is None


def test_an_apposition_still_types_its_name() -> None:
    text = "Kivu Rights Watch, the province's human rights monitor, said 30 people were killed. Kivu Rights Watch said"
    assert introduced_type(text, "Kivu Rights Watch") == "monitor"
    assert introduced_type("Kivu Rights Watch said 30 people were killed.", "Kivu Rights Watch") is None  # no comma


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["Lake Eagle Force", "militia", "militias", "rebels", "rebel group", "guerrillas",
                                 "insurgency", "paramilitaries", "faction", "armed group", "police", "Militia",
                                 " ", "\n", ",", "the", "seized", "fighters", "militant group", "of"]), max_size=10))
def test_armed_heads_are_in_every_text_the_pattern_matches(pieces: list[str]) -> None:
    text = " ".join(pieces)
    after = re.search(rf"\b{re.escape('Lake Eagle Force')}\s+{kindnoun._ARMED_NOUNS}\b", text)
    # (session 17: or the noun before the name, "the rebel group Lake Eagle Force", kindnoun._NOUN_BEFORE)
    before = re.search(kindnoun._NOUN_BEFORE.pattern.removesuffix(r"\Z") + r"\bLake Eagle Force", text)
    if after or before:
        assert any(h in text for h in kindnoun._ARMED_HEADS)
    assert (kindnoun.kind_noun_type(text, "Lake Eagle Force") == "armed_group") == bool(
        "Lake Eagle Force" in text and (after or before))


def test_cached_readers_give_the_uncached_answers() -> None:
    for phrase in ("the security consultancy Beacon Ridge", "figures compiled by Lakeside Monitor",
                   "a source at the police command", "the ministry"):
        assert first_named(phrase) == first_named.__wrapped__(phrase)
        assert getattr(first_named(phrase), "role", "") == getattr(first_named.__wrapped__(phrase), "role", "")
    assert first_named("the security consultancy Beacon Ridge").role == "security consultancy"
    for sentence in ("Investigators spoke to 30 villagers.", "Wounded: 30", "Rebels killed 30 villagers."):
        assert open_rules_of(sentence) == open_rules_of(sentence) == open_rules_long(sentence)
