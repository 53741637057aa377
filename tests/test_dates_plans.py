"""Dates of plans (extract/dateplans.py) and day spans inside a named month (extract/daysinmonth.py)."""

from datetime import date

from extract.dates import _hits
from extract.dateresolve import EventDate

PUB = date(2014, 4, 16)  # a Wednesday


def _kinds_dates(sentence: str) -> list[tuple[str, str, EventDate | None]]:
    return [(sentence[h.start : h.end], h.kind, h.date) for h in _hits(sentence, PUB)]


def test_scheduled_day_is_no_event_day():
    hits = _kinds_dates("The final, due on Saturday, was postponed after shelling on Monday night.")
    assert ("on Saturday", "plan", None) in hits
    assert ("on Monday night", "weekday", EventDate("2014-04-14", "day")) in hits


def test_an_event_set_on_a_day_keeps_its_day():
    hits = _kinds_dates("The market fire was set on Monday and destroyed 40 stalls.")
    assert hits == [("on Monday", "weekday", EventDate("2014-04-14", "day"))]
    hits = _kinds_dates("The vote, set for May 3, was cancelled after shelling on Monday.")
    assert hits[0][1:] == ("plan", None)


def test_future_month_counts_forward():
    hits = _kinds_dates("The alliance plans to station 3,000 extra soldiers in the Baltic states in June.")
    assert hits[-1][2] == EventDate("2014-06", "month")
    hits = _kinds_dates("Both navies will hold joint drills with about 40 ships in January.")
    assert hits[-1][2] == EventDate("2015-01", "month")


def test_future_marker_in_published_month_stays():
    hits = _kinds_dates("The government will send 500 police to the border in April.")
    assert hits[-1][2] == EventDate("2014-04", "month")


def test_past_month_is_not_moved():
    # no future marker: the last June before publication
    assert _kinds_dates("Rebels killed 40 villagers in June.")[-1][2] == EventDate("2013-06", "month")
    # a future verb whose relative clause tells of a past event
    hits = _kinds_dates("Investigators will examine the strike that killed 12 people in June.")
    assert hits[-1][2] == EventDate("2013-06", "month")
    # a plan's clause ends at the comma: the month after it is past
    hits = _kinds_dates("The ministry plans a new inquiry, after 30 people died in June.")
    assert hits[-1][2] == EventDate("2013-06", "month")


def test_days_in_a_month_is_a_span():
    hits = _kinds_dates("Militias besieged the town for five days in March 2011 before withdrawing.")
    assert hits == [("March 2011", "span", EventDate("2011-03", "month"))]


def test_weeks_or_bare_month_are_not_day_spans():
    assert _kinds_dates("They fought for two weeks in March 2011.")[-1][1] != "span"
    assert _kinds_dates("The town fell in March 2011.")[-1][1] == "monthyear"


def test_day_span_month_lends_to_next_sentence():
    from extract import extract_claims
    text = ("The two armies clashed for four days in August 2009 along the northern ridge. "
            "At least 27 soldiers were killed, the defence ministry said.")
    claims = extract_claims(text, published=date(2015, 2, 2), outlet="Test Wire")
    assert [c.event_date for c in claims if c.best == 27] in (["2009-08"], [EventDate("2009-08", "month")])


def test_scheduled_day_lends_nothing():
    from extract import extract_claims
    text = ("The match, due on Saturday, was called off after the ground was shelled on Sunday night. "
            "At least nine people were killed, the city's mayor said.")
    claims = extract_claims(text, published=date(2014, 4, 16), outlet="Test Wire")
    dates = [c.event_date for c in claims if c.best == 9]
    assert dates and str(getattr(dates[0], "value", dates[0])) == "2014-04-13"


def test_whole_war_total_is_undated_and_lends_nothing():
    from extract import extract_claims
    text = ("On Monday veterans laid wreaths at the memorial in Gorazde. "
            "The army lists 2,140 soldiers killed in the entire war, most of them near the river. "
            "The rebels give a figure of 3,100 dead.")
    claims = {c.best: c for c in extract_claims(text, published=date(2015, 6, 3), outlet="Test Weekly")}
    assert claims[2140].event_date is None
    assert claims[3100].event_date is None


def test_fighting_of_a_day_still_inherits():
    from extract import extract_claims
    text = ("Clashes broke out on Monday near the river crossing. "
            "At least 17 soldiers were killed in the fighting, the army said.")
    claims = [c for c in extract_claims(text, published=date(2015, 6, 3), outlet="Test Wire") if c.best == 17]
    assert claims and str(getattr(claims[0].event_date, "value", claims[0].event_date)) == "2015-06-01"


def test_whole_war_words():
    from extract.datewhole import whole_war
    assert whole_war("Some 900 civilians died throughout the war.")
    assert whole_war("It lost 40 aircraft over the course of the conflict.")
    assert not whole_war("Twelve people were killed in the war-torn town on Friday.")
    assert not whole_war("Ten were killed in the fighting.")


def test_two_dates_joined_by_and_are_a_total():
    hits = _kinds_dates("Floods in March 2009 and August 2011 drove 6,000 families from their homes.")
    assert [(k, d) for _, k, d in hits] == [("period", None), ("period", None)]


def test_two_days_of_one_month_keep_their_days():
    hits = _kinds_dates("Car bombs on 4 February and 11 February killed 23 people.")
    assert [d for _, _, d in hits] == [EventDate("2014-02-04", "day"), EventDate("2014-02-11", "day")]


def test_dates_of_two_clauses_or_bounds_are_not_joined():
    hits = _kinds_dates("A raid on March 2 killed 8, and on March 20 another killed 14.")
    assert [d for _, _, d in hits] == [EventDate("2014-03-02", "day"), EventDate("2014-03-20", "day")]
    from extract.dateresolve import EventDate as ED
    from extract.dates import _Hit
    from extract.datepairs import joined_dates
    for opener, joined in (("between", False), ("raids in", True)):
        sentence = opener + " May 2013 and June 2014 some 40 people were detained"
        a, b = sentence.index("May 2013"), sentence.index("June 2014")
        hits = [_Hit(a, a + 8, "monthyear", ED("2013-05", "month")), _Hit(b, b + 9, "monthyear", ED("2014-06", "month"))]
        # a span's bounds are datehits._bounds's to read; raids in two months are a total
        assert (joined_dates(sentence, hits) != hits) is joined
