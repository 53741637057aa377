"""Session 15 (helper when25) date rules (extract/datesaid.py), on sentences written for these tests about other
conflicts: a date that governs a verb of saying dates a statement, not the counted event; the lead's date goes on to
later sentences about the same incident that name no date, until another date is named; and the cases each must not
reach."""

from __future__ import annotations

from datetime import date

from hypothesis import given, settings
from hypothesis import strategies as st

from extract.claims import extract_claims
from extract.datelater import days_later
from extract.dates import _hits
from extract.datesaid import carries_incident, later_said


def _dates(text: str, pub: date) -> dict[str, str | None]:
    return {c.number_text: c.event_date for c in extract_claims(text, published=pub, outlet="Test Desk")}


# --- the date of a statement ---------------------------------------------------------------------------------

def test_an_opening_date_before_a_subject_and_said_is_a_statements() -> None:
    hits = _hits("On 9 March the provincial health office, citing clinic records, said 31 people had died.",
                 date(2017, 4, 2))
    assert [(h.kind, h.date) for h in hits] == [("said", None)]


def test_an_opening_date_before_published_is_a_statements() -> None:
    hits = _hits("On 2 May, the commission published its findings on the Kasai killings.", date(2017, 6, 1))
    assert [h.kind for h in hits] == ["said"]


def test_an_opening_date_before_an_event_verb_still_dates_the_event() -> None:
    # negative: the subject's verb is no verb of saying
    hits = _hits("On 9 March the militia attacked the market, and the mayor said 31 people died.", date(2017, 4, 2))
    assert hits[0].kind == "explicit" and hits[0].date is not None and hits[0].date.value == "2017-03-09"


def test_a_date_in_the_middle_of_the_sentence_is_not_read_here() -> None:
    # negative: only an opening date governs the main verb
    hits = _hits("Rebels shelled the camp on 9 March, the mayor said.", date(2017, 4, 2))
    assert hits[0].kind == "explicit"


def test_three_days_later_the_spokesman_said_counts_no_days_on() -> None:
    sentence = "Three days later the police spokesman, Inspector Otieno, said the raiders had shot four guards."
    assert later_said(sentence)
    assert days_later(sentence) == 0


def test_three_days_later_an_event_still_counts_days_on() -> None:
    # negative: the offset dates the sentence's own event
    assert not later_said("Three days later the bodies of four guards were found in the river.")
    assert days_later("Three days later the bodies of four guards were found in the river.") == 3


def test_the_statements_day_does_not_date_the_count() -> None:
    text = ("On the night of 3 May, militiamen raided Kibwezi, a village in the hills, and set fire to the church.\n\n"
            "On 6 May the regional governor said 18 villagers had been killed.")
    assert _dates(text, date(2019, 5, 20))["18"] == "2019-05-03"


# --- the lead's date goes on --------------------------------------------------------------------------------

_STORY = ("TESTVILLE, Oct 8 (Test Desk) - Gunmen attacked a mosque and a police station in the northern town of "
          "Kanem on Sunday evening, killing at least 12 worshippers, officials said on Monday.\n\n"
          "The governor said in a radio address that the attackers had come on motorbikes.\n\n"
          "A spokesman for the regional police said nine officers had died. He gave no names.\n\n"
          "The interior ministry later said 11 officers had been killed.\n\n"
          "Three of the gunmen were shot dead by soldiers at a checkpoint outside the town.")


def test_a_later_undated_sentence_takes_the_leads_day() -> None:
    got = _dates(_STORY, date(2023, 10, 9))
    assert got["12"] == "2023-10-08"
    assert got["11"] == "2023-10-08"
    assert got["Three"] == "2023-10-08"


def test_another_date_ends_the_incident() -> None:
    # negative: once the story names another event's date, the lead's day goes no further
    text = _STORY + "\n\nIn August, gunmen killed 40 people at a cattle market in the same district.\n\n" \
        "Local leaders say 25 more people had been abducted."
    got = _dates(text, date(2023, 10, 9))
    assert got["40"] == "2023-08"
    assert got["25"] is None


def test_arrests_and_list_rows_take_no_incident_date() -> None:
    assert not carries_incident("x\nHouses destroyed: 41", "Houses destroyed: 41", len("x\nHouses destroyed: "))
    assert not carries_incident("Police said they had arrested 14 suspects.",
                                "Police said they had arrested 14 suspects.", 32)
    assert carries_incident("Three of the gunmen were shot dead.", "Three of the gunmen were shot dead.", 0)


def test_a_deployment_after_the_lead_takes_no_incident_date() -> None:
    # negative: a force's strength is no harm of the incident (datesaid.INCIDENT_MEASURES)
    text = _STORY + "\n\nThe army has sent about 600 troops to the district."
    got = _dates(text, date(2023, 10, 9))
    assert got["Three"] == "2023-10-08"
    assert got["600"] is None


def test_a_document_without_a_dated_lead_lends_nothing() -> None:
    # negative: no lead sentence dates an event
    text = ("Militias have fought over the valley for a decade.\n\n"
            "A spokesman for the regional police said nine officers had died. He gave no names.\n\n"
            "The interior ministry later said 11 officers had been killed.")
    got = _dates(text, date(2023, 10, 9))
    assert got["11"] is None


@settings(max_examples=40, deadline=None)
@given(st.text(alphabet="abcdefghij ,.:;-\nOnMayaid0123456789", max_size=80))
def test_later_said_and_carries_never_raise(s: str) -> None:
    later_said(s)
    carries_incident(s, s, len(s) // 2)


# --- a run of days (extract/dateruns.py) -------------------------------------------------------------------

def test_a_run_of_weekdays_within_a_month_is_its_month() -> None:
    hits = _hits("The raids began on Friday night and continued into Sunday, mostly in Jalingo.", date(2022, 3, 14))
    assert [(h.kind, h.date.value if h.date else None) for h in hits] == [("wdspan", "2022-03")]


def test_a_run_of_dates_across_two_months_has_no_date() -> None:
    hits = _hits("The siege of the port started on 29 April and lasted until 3 May.", date(2022, 6, 1))
    assert [h.date for h in hits] == [None, None]


def test_the_run_lends_its_month_to_the_next_sentence() -> None:
    text = ("The raids began on Friday night and continued into Sunday, mostly in Jalingo.\n\n"
            "Local officials said 48 people had been killed.")
    assert _dates(text, date(2022, 3, 14))["48"] == "2022-03"


def test_a_beginning_without_a_run_stays_its_day() -> None:
    # negative: "began on Friday" alone names one day
    hits = _hits("The raids began on Friday in the hills near Jalingo.", date(2022, 3, 14))
    assert [(h.kind, h.date.value) for h in hits] == [("weekday", "2022-03-11")]


def test_a_caption_dates_no_incident() -> None:
    # negative: a photo caption's day is not the lead's
    text = ("Image caption: Mourners at a burial in Wukari on Tuesday\n\n"
            "Militias have fought over the valley for a decade.\n\n"
            "A spokesman for the regional police said nine officers had died. He gave no names.\n\n"
            "The interior ministry later said 11 officers had been killed.")
    assert _dates(text, date(2023, 10, 12))["11"] is None


def test_a_trailing_attribution_leaves_the_opening_date_to_the_count() -> None:
    """The subject read before the verb of saying may hold no count: "On 3 June raiders killed 9 herders near the
    well, elders said" dates the killing, not a statement."""
    text = "On 3 June raiders killed 9 herders near the well, elders said."
    got = [c for c in extract_claims(text, published=date(2019, 6, 5)) if c.number_text == "9"]
    assert got and got[0].event_date == "2019-06-03"


def test_a_total_takes_no_incident_date() -> None:
    """A total after a dated lead ("In all, the insurgency has killed ...", "Overall ...") is not the lead's day."""
    text = ("On Friday, bandits raided the market in Kaura. Traders fled. Stalls burned. The road was shut. "
            "Police came at dusk. Overall the insurgency killed 3,000 people.")
    got = [c for c in extract_claims(text, published=date(2021, 3, 8)) if c.number_text == "3,000"]
    assert got and got[0].event_date is None
