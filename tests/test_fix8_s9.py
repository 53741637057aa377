"""Session 9 (fix8): readings of dates, places and attribution fixed as rules of the language. Each rule is tested
on sentences of our own, with the cases it must not reach."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from extract import dates, lexicon, nearby, quotecarry
from extract.elidedsubject import elided_subject
from extract.claims import extract_claims
from extract.names import first_named

PUB = date(2024, 5, 8)  # a Wednesday: "Friday" counted back is 2024-05-03


def _claim(text: str, number: str, pub: date | None = PUB):
    """The claim of `text` whose number is `number`."""
    found = [c for c in extract_claims(text, published=pub, outlet="The Courier") if c.number_text == number]
    assert found, (text, number)
    return found[0]


# --- a timetable's day in the present tense is a plan, lent to no sentence (extract/dateplans.py) ---

@pytest.mark.parametrize("opening", [
    "Two ferries sail for Constanta on Friday.",
    "The talks resume on Monday.",
    "The last convoy leaves for Odesa on Friday.",
    "The ceasefire expires on May 3.",
])
def test_a_timetable_in_the_present_lends_no_date(opening: str) -> None:
    assert _claim(opening + " Rioters killed 12 people.", "12").event_date is None


@pytest.mark.parametrize("opening, day", [
    ("Two ferries sailed for Constanta on Friday.", "2024-05-03"),  # the past: an event's day
    ("After his return on Friday, rioters went on the rampage.", "2024-05-03"),  # a noun, not a verb
    ("Troops were ordered to leave on Friday.", "2024-05-03"),  # an infinitive after a past verb
    ("The ferry did not sail on Friday.", "2024-05-03"),  # a past auxiliary
    ("Drones fly into Odesa on Friday.", "2024-05-03"),  # a live blog's present of what happened
])
def test_a_past_or_noun_form_still_dates_the_next_sentence(opening: str, day: str) -> None:
    assert _claim(opening + " Rioters killed 12 people.", "12").event_date == day


def test_the_plan_is_the_hit_of_its_own_sentence() -> None:
    (hit,) = dates._hits("Two ferries sail for Constanta on Friday.", PUB)
    assert hit.kind == "plan" and hit.date is None


# --- the place of a speech is not the place of the figure it gave (extract/placetold.py) ---

@pytest.mark.parametrize("text, number", [
    ("The Front's leader told a rally in Bucharest that 60,000 had died.", "60,000"),
    ("The president told supporters in Kyiv that 40 soldiers had been killed.", "40"),
    ("The minister addressed a crowd of supporters in Bucharest, saying 60,000 had died.", "60,000"),
])
def test_a_speech_place_is_no_scene(text: str, number: str) -> None:
    assert _claim(text, number).location is None


def test_a_speech_leaves_the_scene_it_names() -> None:
    text = "The Front's leader told a rally in Bucharest that 60,000 had died in Timisoara."
    assert _claim(text, "60,000").location == "Timisoara"


@pytest.mark.parametrize("text", [
    "Police killed 12 people at a rally in Bucharest.",  # a rally is where it happened
    "Snipers fired on a crowd in Bucharest, killing 12.",
    "A father told mourners in Bucharest that 12 people had been shot dead.",  # a funeral is by its dead
])
def test_a_crowd_where_people_died_is_the_scene(text: str) -> None:
    assert _claim(text, "12").location == "Bucharest"


# --- a capital's figure is a speaker's, a place's toll is where the dead were (extract/placementions.py) ---

@pytest.mark.parametrize("text", [
    "Hanoi's figure for Chinese dead was 20,000.",
    "According to Hanoi's estimate, 20,000 Chinese soldiers were killed.",
    "Hanoi's version put Chinese dead at 20,000.",
])
def test_a_capitals_figure_is_no_scene(text: str) -> None:
    assert _claim(text, "20,000").location is None


def test_a_capital_that_later_speaks_is_no_scene() -> None:
    assert _claim("Moscow later said 40 soldiers had been killed.", "40").location is None


@pytest.mark.parametrize("text, place", [
    ("Gaza's toll rose to 40 on Tuesday.", "Gaza"),
    ("Timisoara's count of the dead stands at 40.", "Timisoara"),  # a town's own count is of its dead
    ("Gaza's figures put the dead at 40.", "Gaza"),
    ("Shelling killed 12 people in Kharkiv's Saltivka district.", "Saltivka district"),
])
def test_a_places_toll_or_district_stays(text: str, place: str) -> None:
    number = "40" if "40" in text else "12"
    assert _claim(text, number).location == place


# --- attribution ---

@pytest.mark.parametrize("text, source", [
    ("Kyiv welcomed the deal, and then said 40 soldiers had been killed in the shelling.", "Kyiv"),
    ("The ministry welcomed the deal, then said 40 soldiers had been killed.", "Ministry"),
    ("The army confirmed the blast but later said 40 soldiers had been killed.", "Army"),
])
def test_a_sequenced_verb_shares_the_opening_subject(text: str, source: str) -> None:
    assert _claim(text, "40").source == source


@pytest.mark.parametrize("text, source", [
    ("The ministry then said 40 soldiers had been killed.", "Ministry"),  # "then" with its subject before it
    ("Shelling hit the town, and then residents said 40 people had been killed.", "Residents"),
])
def test_then_with_a_subject_of_its_own_keeps_it(text: str, source: str) -> None:
    assert _claim(text, "40").source == source


def test_elided_subject_words() -> None:
    for before in ("X welcomed it and then ", "X welcomed it, then ", "X welcomed it but later ", "X welcomed it and "):
        assert elided_subject(before + "said", len(before)), before
    for before in ("The ministry then ", "X welcomed it, and then residents ", "Later "):
        assert not elided_subject(before + "said", len(before)), before


@pytest.mark.parametrize("phrase, name", [
    ("A report of 2004 by the Kilo Institute", "Kilo Institute"),
    ("figures from March 2019 by the Lima Centre", "Lima Centre"),
    ("A report by the Kilo Institute", "Kilo Institute"),
])
def test_a_documents_year_is_no_part_of_its_makers_name(phrase: str, name: str) -> None:
    assert first_named(phrase) == name


def test_a_dated_report_goes_to_its_maker() -> None:
    text = "A report of 2004 by the Kilo Institute counted 400 civilians killed in the fighting."
    assert _claim(text, "400").source == "Kilo Institute"


@pytest.mark.parametrize("name", ["a wire service", "the news agency", "a local newspaper", "a Russian broadcaster"])
def test_a_news_organisation_named_by_its_kind_is_an_outlet(name: str) -> None:
    assert lexicon.type_of(name) == "wire_or_outlet"


@pytest.mark.parametrize("name, kind", [
    ("the state news agency", "state_media"),  # a state's
    ("the UN refugee agency", "official"),  # an agency, not a news agency
    ("the army newspaper", "official"),  # an army's own paper is no independent outlet
])
def test_other_agencies_and_papers_keep_their_type(name: str, kind: str) -> None:
    assert lexicon.type_of(name) == kind


# --- one count of quotation marks (extract/nearby.py uses extract/quotecarry.py's) ---

@settings(max_examples=200, deadline=None)
@given(st.text(alphabet='ab “”"., ', max_size=30))
def test_quote_speaker_opens_only_where_a_quotation_is_left_open(sentence: str) -> None:
    """_quote_speaker looks ahead only for a sentence quotecarry.quote_left_open calls open: the two cannot
    disagree on what is open."""
    if not quotecarry.quote_left_open(sentence):
        ctx = _Ctx(sentence)
        assert nearby._quote_speaker(ctx) is None  # (it returns before it reads any neighbour)


class _Ctx:
    """Only the sentence: _quote_speaker must return before it asks for anything else."""

    def __init__(self, sentence: str) -> None:
        self.sentence = sentence


@pytest.mark.parametrize("open_, close", [("“", "”"), ('"', '"')])
def test_a_quotation_closed_in_the_next_sentence_is_its_speakers(open_: str, close: str) -> None:
    text = (f"Night of shelling\nThe town was shelled again. {open_}There were 14 bodies in the square. The rest "
            f"fled,{close} the mayor, Ana Pop, said.")
    assert _claim(text, "14").source == "Ana Pop"


def test_a_straight_quote_opened_mid_sentence_looks_for_no_speaker_ahead() -> None:
    """A straight quote does not say which way it faces: left open mid-sentence, it may be a closing one."""
    text = ('Night of shelling\nThe town was shelled again, and one man "saw 14 bodies in the square. The rest '
            'fled," the mayor, Ana Pop, said.')
    assert _claim(text, "14").source == "The Courier"


# --- money has no place, in any currency (extract/places.py) ---

@pytest.mark.parametrize("text, number", [
    ("In Geneva, donors pledged 40 million Swiss francs for the refugees.", "40 million"),
    ("In Tokyo, the government pledged 5 billion yen in aid for the refugees.", "5 billion"),
])
def test_money_in_any_currency_has_no_place(text: str, number: str) -> None:
    found = [c for c in extract_claims(text, published=PUB, outlet="The Courier") if number in c.number_text]
    assert found and all(c.location is None for c in found)


def test_a_count_beside_money_keeps_its_place() -> None:
    text = "Shelling killed 12 people in Kharkiv, and donors pledged 40 million Swiss francs."
    assert _claim(text, "12").location == "Kharkiv"
