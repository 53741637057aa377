"""Event dates (session 18, helper when27b): counts that point back at the report's incident take its date (the
dead in the words of memory, "the figure N is the toll of the whole attack": extract/dateincident.py); a bullet that
ends "was higher: 45" is a sentence of the story, not a row of key figures (extract/datesaid.py); "so far" yields to
any other date of its sentence (extract/datehits.py); an appeal's running account of funding ("has so far received
$1.6 million") has no event date (extract/datefunds.py).

Every document is written for the test, about invented places and bodies.
"""

from __future__ import annotations

from datetime import date

from tests.claim_probe import ClaimProbe
from tests.claim_probe import claim_at as _at

OUTLET = "The Lowland Herald"
DAY = date(2021, 6, 9)  # a Wednesday


def _claims(text: str, day: date = DAY):
    return ClaimProbe(day, OUTLET).extracted(text)



# --------------------------------------------------------------------------- the dead in the words of memory

ANNIVERSARY = (
    "Twenty years after Kessara, the valley still mourns\n\n"
    "By Ana Doru\n\n"
    "On the night of 14 March 2001, militiamen of the Free Valley Front attacked the village of Kessara in the "
    "civil war and killed its men in the square.\n\n"
    "In 2004 a government commission concluded that 120 people had been killed in the village that night.\n\n"
    "The memorial unveiled beside the church in 2011 carries 133 names.\n\n"
    "Maria Tosu, 70, lost her husband and three sons.\n"
)


def test_memorial_names_take_the_incidents_date_not_the_unveiling_year():
    claims = _claims(ANNIVERSARY)
    assert _at(claims, "133").event_date == "2001-03-14"


def test_kin_lost_take_the_incidents_date():
    claims = _claims(ANNIVERSARY)
    assert _at(claims, "three").event_date == "2001-03-14"


def test_a_commemorations_date_is_not_lent_to_the_names():
    text = ("Valley remembers its dead\n\n"
            "On Sunday, hundreds gathered at the Kessara memorial to remember the dead of the civil war.\n\n"
            "The memorial unveiled beside the church in 2011 carries 133 names.\n")
    claims = _claims(text)
    assert _at(claims, "133").event_date is None  # neither Sunday nor 2011


def test_memorial_names_without_a_dated_incident_are_undated():
    text = ("Valley remembers its dead of the civil war\n\n"
            "The memorial unveiled beside the church in 2011 carries 133 names.\n")
    claims = _claims(text)
    assert _at(claims, "133").event_date is None  # not the memorial's year


# --------------------------------------------------------------------------- a figure named as the attack's toll

FACT_CHECK = (
    "Fact check: did the raid on Ostra kill 40 police?\n\n"
    "What happened\n\n"
    "Before dawn on 3 June, gunmen attacked the police station in Ostra and killed 14 people.\n\n"
    "What the sources say\n\n"
    "- The interior ministry said on Friday evening that 14 people had been killed.\n"
    "- The army's figure for gunmen killed, given at a briefing on Saturday, was higher: 19.\n"
    "- Key figures: 40\n\n"
    "What we found\n\n"
    "The post's author, contacted on Tuesday, did not reply. Shops reopened on Tuesday.\n\n"
    "Our verdict\n\n"
    "The figure 14 is the toll of the whole attack, not of the police.\n"
)


def test_the_figure_named_as_the_attacks_toll_takes_its_date():
    claims = _claims(FACT_CHECK)
    assert _at(claims, "14", -1).event_date == "2021-06-03"  # not Tuesday's, lent from the sentence before


def test_a_figure_named_as_anothers_toll_takes_no_incident_date():
    text = FACT_CHECK.replace("the toll of the whole attack", "the toll of the whole year")
    claims = [c for c in _claims(text) if c.number_text == "14"]
    assert all(c.event_date != "2021-06-03" for c in claims[-1:])


def test_a_bullet_ending_was_higher_colon_is_a_sentence_of_the_story():
    claims = _claims(FACT_CHECK)
    assert _at(claims, "19").event_date == "2021-06-03"


def test_a_label_and_colon_still_make_a_row():
    text = FACT_CHECK.replace("was higher: 19", "was higher. Gunmen killed: 19")
    claims = [c for c in _claims(text) if c.number_text == "19"]
    assert all(c.event_date is None for c in claims)


# --------------------------------------------------------------------------- "so far" and other dates

def test_so_far_with_a_period_counts_over_the_period():
    text = ("Troops of the operation have so far killed 47 rebels in the hills since its start in January 2021, "
            "the army said.\n")
    assert _at(_claims(text), "47").event_date is None


def test_so_far_with_two_bounding_days_gives_their_month():
    text = ("The prosecutor's office has so far registered 93 dead in Ostra between 16 and 22 May in the civil "
            "war.\n")
    assert _at(_claims(text), "93").event_date == "2021-05"


def test_so_far_alone_stays_the_published_day():
    text = "Rebels have so far killed 12 soldiers in the fighting around Ostra, the army said.\n"
    assert _at(_claims(text), "12").event_date == "2021-06-09"


# --------------------------------------------------------------------------- funding's running account

APPEAL = (
    "Ostra fighting: aid appeal\n\n"
    "Fighting between the army and rebels around Ostra has displaced thousands since Monday.\n\n"
    "The Relief Alliance's appeal of $4.2 million for the Ostra response has so far received $1.3 million.\n\n"
    "Donors have so far pledged $800,000.\n\n"
    "A further $2 million from the central emergency fund arrived on Monday.\n"
)


def test_an_appeals_running_account_is_undated():
    claims = _claims(APPEAL)
    assert _at(claims, "$1.3 million").event_date is None
    assert _at(claims, "$800,000").event_date is None


def test_a_promised_sum_and_an_appeals_state_are_undated():
    text = APPEAL + ("\nThe Relief Alliance said on Monday it would send $3 million in emergency aid.\n"
                     "\nThe plan, which seeks $9 million, is 20 per cent funded.\n")
    claims = _claims(text)
    assert _at(claims, "$3 million").event_date is None
    assert _at(claims, "$9 million").event_date is None


def test_a_sum_that_arrived_on_a_day_keeps_it():
    claims = _claims(APPEAL)
    assert _at(claims, "$2 million").event_date == "2021-06-07"


# --------------------------------------------------------------------------- properties

from types import SimpleNamespace  # noqa: E402

from hypothesis import given  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

from extract.datefunds import undated_funding  # noqa: E402


@given(st.text(max_size=80), st.sampled_from(["killed", "displaced", None, "funding"]))
def test_undated_funding_needs_funding(sentence: str, measure: str | None):
    text = sentence + " so far"
    ctx, q = SimpleNamespace(sentence=text, start=0), SimpleNamespace(char_start=len(sentence))
    assert undated_funding(measure, ctx, q) == (measure == "funding")


# --------------------------------------------------------------------------- "On Monday police had given a toll"

RAID = (
    "Ostra raid: toll rises to 30\n\n"
    "OSTRA — The number of people killed in Sunday night's raid on this market town rose to 30 yesterday after "
    "searchers found more bodies.\n\n"
    "On Monday morning police had given a toll of 22.\n\n"
    "Another 17 were hurt and were flown to the capital.\n\n"
    "Gunmen burned 12 shops in the main street.\n"
)


def test_a_toll_given_on_a_day_is_a_statement_and_the_raid_goes_on():
    claims = _claims(RAID)
    assert _at(claims, "22").event_date == "2021-06-06"  # the Sunday of the raid, not the Monday of the telling
    assert _at(claims, "17").event_date == "2021-06-06"
    assert _at(claims, "12").event_date == "2021-06-06"


def test_a_day_that_opens_a_harm_still_ends_the_story():
    text = RAID.replace("police had given a toll of 22", "police had killed 22 rebels near Bako")
    claims = _claims(text)
    assert _at(claims, "22").event_date == "2021-06-07"
    assert _at(claims, "17").event_date != "2021-06-06"


# --------------------------------------------------------------------------- the attackers' strength; a count's cut-off

VILLAGE = (
    "Gunmen kill 30 in Tesso villages\n\n"
    "At least 30 people were killed in attacks on villages in Tesso district, officials say.\n\n"
    "The raids began on Saturday night and continued into Monday, mostly in the hills.\n\n"
    "The district council said 22 bodies had been recovered by Monday afternoon.\n\n"
    "The army said its troops had recovered 19 more bodies.\n\n"
    "Survivors said the attackers, numbering in the hundreds, arrived on motorcycles after dark.\n"
)


def test_the_attackers_strength_takes_the_incidents_date():
    claims = _claims(VILLAGE)
    assert _at(claims, "hundreds").event_date == "2021-06"


def test_a_standing_strength_names_no_attackers_and_stays_undated():
    text = VILLAGE.replace("the attackers, numbering in the hundreds, arrived on motorcycles after dark",
                           "the militia has about 400 armed men in the hills")
    claims = _claims(text)
    assert _at(claims, "400").event_date is None


def test_a_counts_cut_off_day_does_not_end_the_story():
    claims = _claims(VILLAGE)
    assert _at(claims, "19").event_date == "2021-06"  # past "by Monday afternoon", the incident's month


def test_a_new_events_day_still_ends_the_story():
    text = VILLAGE.replace("22 bodies had been recovered by Monday afternoon",
                           "bandits killed 22 herders near Oru on Tuesday")
    claims = _claims(text)
    assert _at(claims, "19").event_date != "2021-06"


# --------------------------------------------------------------------------- a count's standing day

RIOT = (
    "BERA, July 8 (Lowland Wire) - The death toll from Sunday's rioting in Bera, the capital of Kessa province, has "
    "risen to 90, the provincial government said on Wednesday.\n\n"
    "The dead numbered 71 on Monday evening.\n\n"
    "Officials reported that 400 people had been injured and that 52 shops had been burned.\n"
)


def test_a_counts_standing_day_is_not_its_deaths_day():
    claims = _claims(RIOT, date(2021, 7, 8))
    assert _at(claims, "71").event_date == "2021-07-04"  # Sunday's rioting, not Monday's count
    assert _at(claims, "400").event_date == "2021-07-04"


def test_a_day_after_killed_n_still_dates_the_killing():
    text = RIOT.replace("The dead numbered 71 on Monday evening.", "Police killed 71 rioters on Monday evening.")
    claims = _claims(text, date(2021, 7, 8))
    assert _at(claims, "71").event_date == "2021-07-05"


def test_a_figure_given_by_a_two_word_teller_on_a_day_is_not_dated_by_it():
    text = ("The government's own figure, given by the interior minister on 30 May, was 57 dead in the clashes "
            "with rebels in Bera.\n")
    assert _at(_claims(text), "57").event_date != "2021-05-30"


def test_killed_by_a_two_word_force_on_a_day_keeps_the_day():
    text = "Seven rebels were killed by the border police on 30 May in the clashes near Bera.\n"
    assert _at(_claims(text), "Seven").event_date == "2021-05-30"
