"""Event dates of a story's incident (session 17, helper when27): the lead's "yesterday" goes on through the story;
an aside's date ("the officers, who were deployed after last week's clashes,") neither dates a count nor ends the
story; a figure "announced by the government on Sunday", "given at a briefing on Tuesday" or "read on state television
overnight" is dated by its telling, not its event; a toll told before the sentence that dates the incident is of that
incident.

Every document is written for the test, about invented places and bodies (extract/datesaid.py, extract/dates.py).
"""

from __future__ import annotations

from datetime import date

from extract.dates import _hits
from extract.datesaid import incident_date
from extract.sentences import split_sentences
from tests.claim_probe import ClaimProbe
from tests.claim_probe import claim_at as _at

OUTLET = "The Lowland Herald"
DAY = date(2021, 6, 9)  # a Wednesday


def _claims(text: str, day: date = DAY):
    return ClaimProbe(day, OUTLET).extracted(text)



STORY = (
    "Gunmen kill 21 in Marobo village raid\n\n"
    "Twenty-one people were killed yesterday when gunmen raided Marobo village in Kessa district.\n\n"
    "District commander Tom Aluka said the guards, who had been sent to the village after last month's cattle raids, "
    "were outnumbered. \"We lost five of our men,\" he said.\n\n"
    "A local doctor said 14 people were wounded by bullets.\n"
)


def test_yesterday_of_the_lead_goes_on_through_the_story():
    claims = _claims(STORY)
    assert _at(claims, "Twenty-one").event_date == "2021-06-08"
    assert _at(claims, "five").event_date == "2021-06-08"  # past the aside's "last month"
    assert _at(claims, "14").event_date == "2021-06-08"


def test_a_new_date_still_ends_the_story():
    text = STORY.replace("A local doctor said 14 people",
                         "On Sunday, bandits attacked a bus near Oru. A local doctor said 14 people")
    claims = _claims(text)
    assert _at(claims, "14").event_date != "2021-06-08"


def test_an_undated_lead_lends_nothing():
    text = STORY.replace(" yesterday", "")
    claims = _claims(text)
    assert _at(claims, "five").event_date is None
    assert _at(claims, "14").event_date is None


def test_days_of_telling_with_where_or_by_whom():
    pub = date(2021, 6, 9)
    for sentence in ("The 30 dead first announced by the ministry on Sunday were all men.",
                     "The figure of 30 killed, given at a press briefing on Sunday, was revised.",
                     "A statement read on state television overnight put the toll at 30 dead."):
        assert [h.kind for h in _hits(sentence, pub)] == ["report"], sentence
    # an event's date after "by" is still an event's: the verb is not one of telling
    assert [h.kind for h in _hits("The 30 killed by the militia on Sunday were buried.", pub)] == ["weekday"]
    assert [h.kind for h in _hits("The convoy was hit on state television road on Sunday.", pub)] == ["weekday"]


def test_toll_told_before_the_incident_is_dated_is_of_the_incident():
    text = ("Rebels kill 60 in attack on Dunga barracks\n\n"
            "Rebels killed 60 soldiers in an attack on the Dunga barracks, the defence minister said on Tuesday.\n\n"
            "An earlier toll given by the army on Monday had put the dead at 52. The rebels came across the river "
            "before dawn on Monday and burned the armoury.\n")
    claims = _claims(text)
    assert _at(claims, "52").event_date == "2021-06-07"
    assert _at(claims, "60", 1).event_date == "2021-06-07"


def test_told_only_without_a_dated_incident_stays_undated():
    text = ("Rebels kill 60 in attack on Dunga barracks\n\n"
            "Rebels killed 60 soldiers in an attack on the Dunga barracks, the defence minister said on Tuesday.\n\n"
            "An earlier toll given by the army on Monday had put the dead at 52.\n")
    claims = _claims(text)
    assert _at(claims, "52").event_date is None
    assert _at(claims, "60", 1).event_date is None


def test_an_asides_date_is_no_incident():
    text = ("Aid worker counts 40 burned houses in Tala\n\n"
            "The bishop of Tala, who drove to the town on Saturday, said he had counted 40 burned houses.\n")
    assert incident_date(text, tuple(split_sentences(text)), DAY)[2] is None
    text = text.replace(", who drove to the town on Saturday,", " said on Saturday")
    assert incident_date(text, tuple(split_sentences(text)), DAY)[2] is None  # a day of telling
    text = ("Aid worker counts 40 burned houses in Tala\n\n"
            "Militiamen burned 40 houses in Tala on Saturday, the bishop said.\n")
    assert incident_date(text, tuple(split_sentences(text)), DAY)[2] is not None


def test_when_clause_after_since_takes_its_date():
    text = "The raid brings to 75 the number of people killed in Oru county since May 2, when 30 died at Kadi market.\n"
    claims = _claims(text)
    assert _at(claims, "30").event_date == "2021-05-02"


def test_count_outside_the_when_clause_is_not_dated_by_it():
    text = "Some 4,000 people have fled Oru county since May 2, when the fighting began, aid workers said.\n"
    assert _at(_claims(text), "4,000").event_date is None
    text = "Since May 2, when the fighting began, 4,000 people have fled Oru county.\n"
    assert _at(_claims(text), "4,000").event_date is None


FACT = (
    "Did 80 die in the Sela attack?\n\n"
    "Verdict: partly true. Official figures put the number killed in the attack on Monday at 41.\n\n"
    "What the sources say\n\n"
    "- The interior ministry said on Monday night that 20 attackers, 15 police and six civilians had been killed "
    "- 41 in all - and that nine attackers had been arrested.\n"
    "- The district hospital told us it had treated 33 wounded.\n"
    "- Wounded: 33\n"
)


def test_told_bullets_take_the_incidents_day():
    claims = _claims(FACT)
    assert _at(claims, "20").event_date == "2021-06-07"  # (the arrests and the total in later clauses)
    assert _at(claims, "15").event_date == "2021-06-07"
    assert _at(claims, "33").event_date == "2021-06-07"


def test_rows_and_totals_stay_undated():
    claims = _claims(FACT)
    assert _at(claims, "41", 1).event_date is None  # "41 in all": a total
    assert _at(claims, "33", 1).event_date is None  # a row of key figures


ANNIVERSARY = (
    "Twenty years after Koru, families still wait\n\n"
    "On the night of 14 March 2004, militiamen surrounded the village of Koru. Over the next two days, survivors say, "
    "the men were taken to the river and shot.\n\n"
    "The first figures were small. On 20 March 2004 the district police spoke of 31 bodies found in the river. A week "
    "later the army put the toll at 64. Church leaders said at the time that more than 150 people had died.\n\n"
    "Exhumations in June 2004 recovered 42 bodies from two graves. In 2005 a commission of inquiry concluded that 118 "
    "people had been killed in Koru.\n"
)


def test_an_anniversarys_tolls_take_the_killings_month():
    claims = _claims(ANNIVERSARY, date(2024, 3, 14))
    for number in ("31", "64", "150", "42", "118"):
        assert _at(claims, number).event_date == "2004-03", number


def test_findings_and_conclusions_alone_date_nothing():
    pub = date(2024, 3, 14)
    for sentence in ("Exhumations in June 2004 recovered 42 bodies from two graves.",
                     "In 2005 a commission of inquiry concluded that 118 people had been killed in Koru.",
                     "On 20 March 2004 the district police spoke of 31 bodies found in the river."):
        assert [h.kind for h in _hits(sentence, pub)] == ["said"], sentence
    # the date of a killing stays an event's
    assert [h.kind for h in _hits("In June 2004 militiamen killed 42 people in Koru.", pub)] != ["said"]
    alone = _claims("Exhumations in June 2004 recovered 42 bodies from two graves near Koru.\n", pub)
    assert _at(alone, "42").event_date is None


def test_a_one_day_lead_without_a_span_keeps_its_day():
    text = ANNIVERSARY.replace("Over the next two days, survivors say, the men", "Survivors say the men")
    claims = _claims(text, date(2024, 3, 14))
    assert _at(claims, "64").event_date == "2004-03-14"


BULLETIN = (
    "Morning bulletin, 9 June 2021\n\n"
    "ANCHOR: The army says 12 of its soldiers were killed yesterday in fighting around Sela. The clashes began at "
    "dawn and went on into the night.\n\n"
    "REPORTER: The shelling eased only at about two this morning. An army statement read on state radio overnight "
    "put the number of rebels killed at 30. A rebel spokesman said only four of its men had died.\n"
)


def test_the_fightings_end_and_a_speakers_label_keep_the_story():
    claims = _claims(BULLETIN)
    assert _at(claims, "30").event_date == "2021-06-08"
    assert _at(claims, "four").event_date == "2021-06-08"


def test_a_new_event_this_morning_still_ends_the_story():
    text = BULLETIN.replace("The shelling eased only at about two this morning.",
                            "A car bomb exploded in the market this morning.")
    claims = _claims(text)
    assert _at(claims, "four").event_date != "2021-06-08"
    # a label before the number in its own sentence is still a label
    text = BULLETIN + "\nREPORTER: Houses burned: 25\n"
    assert _at(_claims(text), "25").event_date is None
