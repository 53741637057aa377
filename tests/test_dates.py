"""Event dates: each date expression, resolved against a published date (sentences are our own)."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from extract.context import Section, SentenceContext
from extract.dates import EventDate, resolve_event_date
from extract.records import Quantity
from extract.sentences import split_sentences
from extract.vocab import DATE_PRECISIONS
from generated_contexts import memo_and_fresh_contexts

PUB = date(2019, 3, 14)  # a Thursday


def _ctx(text: str, number: str, *, published: date | None = PUB, kind: str = "body", nth: int = 0):
    """The context of the nth occurrence of `number` in `text`, and its Quantity."""
    start = -1
    for _ in range(nth + 1):
        start = text.index(number, start + 1)
    spans = tuple(split_sentences(text, 0, len(text)))
    inside = [i for i, (s, e) in enumerate(spans) if s <= start and start + len(number) <= e]
    if not inside:  # the number is not inside one sentence: treat the text as one
        spans, inside = ((0, len(text)),), [0]
    index = inside[0]
    ctx = SentenceContext(text, spans, index, Section(kind, 0, len(text)), published, "Test Outlet")
    q = Quantity(1.0, 1.0, 1.0, "exact", "count", number, start, start + len(number))
    return ctx, q


def when(text: str, number: str, **kw) -> str | None:
    ctx, q = _ctx(text, number, **kw)
    d = resolve_event_date(ctx, q)
    return d.value if d else None


@pytest.mark.parametrize(
    ("text", "number", "expected"),
    [
        ("Shelling on Tuesday killed 12 people in the old market.", "12", "2019-03-12"),
        ("Shelling on Thursday killed 12 people in the old market.", "12", "2019-03-14"),  # on or before
        ("Shelling last Thursday killed 12 people in the old market.", "12", "2019-03-07"),
        ("Monday night's raid left 9 dead.", "9", "2019-03-11"),
        ("A drone strike today killed 4 fighters near the river.", "4", "2019-03-14"),
        ("There are now only 11 ambulances working in the district.", "11", "2019-03-14"),
        ("Militants have captured 6 villages so far.", "6", "2019-03-14"),
        ("Gunmen killed 3 guards yesterday at the checkpoint.", "3", "2019-03-13"),
        ("An ambush last night killed 7 soldiers.", "7", "2019-03-13"),
        ("A car bomb this morning wounded 15 people.", "15", "2019-03-14"),
        ("The convoy left two days ago and 5 trucks were destroyed.", "5", "2019-03-12"),
        ("Rockets hit the port on February 2, killing 19 people.", "19", "2019-02-02"),
        ("Rockets hit the port on 2 February, killing 19 people.", "19", "2019-02-02"),
        ("On 9 August 2017 the militia shelled the camp, killing 21 people.", "21", "2017-08-09"),
        ("On December 30, a blast killed 8 people.", "8", "2018-12-30"),  # no year: the last one before
    ],
)
def test_day_expressions(text: str, number: str, expected: str) -> None:
    assert when(text, number) == expected


@pytest.mark.parametrize(
    ("text", "number", "expected", "precision"),
    [
        ("Raids over the weekend killed 30 people in the valley.", "30", "2019-03", "week"),
        ("The army said 14 rebels were captured last week.", "14", "2019-03", "week"),
        ("Between January 4-6 the siege claimed 60 lives.", "60", "2019-01", "week"),
        ("Clashes in November 2016 killed 45 fighters.", "45", "2016-11", "month"),
        ("In January the militia seized 3 oil wells.", "3", "2019-01", "month"),
        ("Floods and fighting displaced 900 families in 2015.", "900", "2015", "year"),
    ],
)
def test_coarser_expressions(text: str, number: str, expected: str, precision: str) -> None:
    ctx, q = _ctx(text, number)
    assert resolve_event_date(ctx, q) == EventDate(expected, precision)


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("Since March 1, shelling has killed 230 civilians in the town.", "230"),
        ("Since the war began, 80,000 people have died in the province.", "80,000"),
        ("The currency has lost another 12% in the last three months.", "12%"),
        ("After almost three weeks of bombing that has killed 400 people, a truce began on Monday.", "400"),
        ("Years of siege left the city with 4 working bakeries.", "4"),
        ("The ministry pledged more aid on Monday, bringing the total to $90 million.", "$90 million"),
        ("The militia holds 12 tanks in reserve.", "12"),  # undated background
    ],
)
def test_periods_totals_and_background_have_no_date(text: str, number: str) -> None:
    assert when(text, number) is None


def test_nearest_expression_governs() -> None:
    text = "Bombing went on on Monday, though fewer died than over the weekend, when 70 people were killed each day."
    assert when(text, "70") == "2019-03"


def test_previous_sentence_lends_a_day() -> None:
    text = "Jets pounded the northern suburbs on Sunday. A monitoring group counted 27 dead."
    assert when(text, "27") == "2019-03-10"


def test_relative_words_are_not_lent_to_the_next_sentence() -> None:
    text = "A reader says the rebels shot down a jet today. Another account claims 35 soldiers were captured."
    assert when(text, "35") is None


@pytest.mark.parametrize(
    ("text", "number", "expected"),
    [
        # a date label heading a headline or an item dates the claims of its line
        ("Weekly Roundup, March 2: Militia shelling kills 6 in the port", "6", "2019-03-02"),
        ("March 2: 6 killed as militia shells the port", "6", "2019-03-02"),
        ("See Coast Digest, March 2: 6 Killed in Port Shelling", "6", "2019-03-02"),
        # possessive weekdays and dates
        ("The toll from Tuesday's raid on the bakery rose to 23.", "23", "2019-03-12"),
        ("Sunday’s ambush left 8 soldiers dead.", "8", "2019-03-10"),
        ("The March 9 bombings killed 17 people.", "17", "2019-03-09"),
        # parts of days and nights
        ("Jets struck 15 depots overnight, the army said.", "15", "2019-03-14"),
        ("Gunmen killed 4 guards on Saturday night.", "4", "2019-03-09"),
        # a dateline's date when the sentence has no other
        ("HARBOURTOWN, March 12 (Coast Wire) – Shelling killed 9 people in the port.", "9", "2019-03-12"),
        ("HARBOURTOWN, March 13 (Coast Wire) – Shelling on Monday killed 9 people.", "9", "2019-03-11"),
        # the day something was said is not the day it happened; what happened overnight, the night before
        ("Nine people were killed on Tuesday, the governor said on Wednesday.", "Nine", "2019-03-12"),
        ("The navy said on Sunday that it had sunk 3 boats overnight.", "3", "2019-03-10"),
    ],
)
def test_labels_possessives_nights_and_datelines(text: str, number: str, expected: str) -> None:
    assert when(text, number) == expected


def test_a_date_before_a_colon_mid_sentence_labels_nothing() -> None:
    assert when("The tally as of March 2: 6 killed and 9 wounded in the port", "6") is None


def test_the_day_a_statement_was_made_is_not_the_event_date() -> None:
    assert when("Police said on Friday that officers had killed 12 smugglers in a raid.", "12") is None
    assert when("The agency reported on Monday that 40 families had fled.", "40") is None
    # and it does not lend itself to the next sentence either
    assert when("The agency said on Monday that the road was cut. 40 families had fled.", "40") is None


@pytest.mark.parametrize(
    ("text", "number", "expected", "precision"),
    [
        ("The rebels fired 6 rockets at the airport this week.", "6", "2019-03", "week"),
        ("Earlier this week 11 aid workers were abducted.", "11", "2019-03", "week"),
        ("The navy lost 2 patrol boats last month.", "2", "2019-02", "month"),
    ],
)
def test_weeks_and_months_relative_to_publication(text: str, number: str, expected: str, precision: str) -> None:
    ctx, q = _ctx(text, number)
    assert resolve_event_date(ctx, q) == EventDate(expected, precision)


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("Fighting has displaced 8,000 people so far this year.", "8,000"),
        ("Raids killed 300 people over five days in the valley.", "300"),
        ("The army said it had lost 70 men over the previous 24 hours.", "70"),
        ("Clashes killed 90 people in the first three months of the year.", "90"),
        ("Another 40 were detained over the same period.", "40"),
        ("The health office said 312 people had died in ten days of bombing.", "312"),
        ("The war, now in its ninth year, has uprooted 2 million people.", "2 million"),
        ("Rebels have fired 500 rockets since the fighting began.", "500"),
    ],
)
def test_more_periods_have_no_date(text: str, number: str) -> None:
    assert when(text, number) is None


def test_the_morning_of_the_lead_dates_the_rest_of_its_paragraph() -> None:
    text = "Jets struck the market this morning, killing 14. The town lies near the border. Medics counted 5 more dead."
    assert when(text, "5") == "2019-03-14"
    other = "Jets struck the market this morning, killing 14.\n\nOfficials say 5 more people have died since."
    assert when(other, "5") is None


def test_live_update_means_the_published_day() -> None:
    assert when("UPDATE 1420 GMT: Medics say 16 people died in a strike on a bakery.", "16", kind="update") \
        == "2019-03-14"


def test_today_in_a_comment_is_the_published_day() -> None:
    assert when("Rebels knocked out 4 tanks today near the dam.", "4", kind="comment") == "2019-03-14"


def test_an_earlier_dated_event_at_the_same_place_dates_a_later_mention() -> None:
    text = ("On March 9, twin blasts hit Jableh and Tartous. "
            "A regional paper later reported that 64 people died in the attacks on Tartous and Jableh.")
    assert when(text, "64") == "2019-03-09"


def test_current_exchange_rate_is_the_published_day() -> None:
    text = "The pound traded at about 710:1 against the dollar on the black market."
    ctx, q = _ctx(text, "710:1")
    q = Quantity(710, 710, 710, "approx", "ratio", "710:1", q.char_start, q.char_end)
    assert resolve_event_date(ctx, q) == EventDate("2019-03-14", "day")


def test_without_published_date_only_absolute_dates_resolve() -> None:
    assert when("A blast on 9 August 2017 killed 21 people.", "21", published=None) == "2017-08-09"
    assert when("A blast on Tuesday killed 21 people.", "21", published=None) is None
    assert when("A blast on August 9 killed 21 people.", "21", published=None) is None
    assert when("A blast today killed 21 people.", "21", published=None) is None


_WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


@settings(max_examples=60, deadline=None)
@given(st.dates(min_value=date(1995, 1, 1), max_value=date(2035, 12, 31)), st.sampled_from(_WEEKDAYS))
def test_weekday_is_that_day_on_or_before_publication(pub: date, weekday: str) -> None:
    value = when(f"A strike on {weekday} killed 42 people, officials said.", "42", published=pub)
    d = date.fromisoformat(value)
    assert d.strftime("%A") == weekday
    assert pub - timedelta(days=6) <= d <= pub


@settings(max_examples=60, deadline=None)
@given(st.text(alphabet=st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=120),
       st.one_of(st.none(), st.dates(min_value=date(1990, 1, 1), max_value=date(2040, 1, 1))))
def test_any_text_gives_a_valid_date_or_none(noise: str, pub: date | None) -> None:
    text = noise + " 17 " + noise
    d = resolve_event_date(*_ctx(text, " 17 ", published=pub))
    if d is not None:
        assert d.precision in DATE_PRECISIONS
        assert len(d.value) in (4, 7, 10)


def test_a_dated_update_stamp_gives_its_day() -> None:
    text = "UPDATE, March 12, 0900 GMT: Medics say 16 people died in a strike on a bakery."
    assert when(text, "16", kind="update") == "2019-03-12"


@settings(max_examples=60, deadline=None)
@given(st.dates(min_value=date(1990, 1, 1), max_value=date(2039, 12, 31)), st.booleans())
def test_explicit_dates_round_trip(d: date, day_first: bool) -> None:
    written = f"{d.day} {d:%B} {d.year}" if day_first else f"{d:%B} {d.day}, {d.year}"
    assert when(f"Officials said 33 people were killed on {written}.", "33", published=None) == d.isoformat()


def test_memoised_dates_are_those_computed_afresh() -> None:
    """resolve_event_date with the per-document memo (shared per sentence) gives what it gives without one."""
    for cached, fresh, q in memo_and_fresh_contexts():
        assert resolve_event_date(cached, q) == resolve_event_date(fresh, q)
