"""Session 19 (helper when28) date rules, on sentences written for these tests about other conflicts: people taken
in the incident (abducted, kidnapped, missing) take its date as its dead do, while people arrested afterwards stay
undated (extract/dateabducted.py); an arrest told in a coordinated clause after a toll does not undate the toll."""

from __future__ import annotations

from datetime import date

from hypothesis import given, settings
from hypothesis import strategies as st

from extract.claims import extract_claims
from extract.dateabducted import incident_harm, later_event

PUB = date(2019, 3, 8)  # a Friday


def _dates(text: str) -> dict[str, str | None]:
    return {c.number_text: c.event_date for c in extract_claims(text, published=PUB, outlet="Test Desk")}


# the lead dates the incident; three sentences without a date follow, so that no nearer sentence lends its date
_LEAD = ("Armed men stormed the village of Kalenga on Wednesday night, setting fire to the clinic and shooting "
         "people as they ran, local officials said. The clinic burned to the ground. Families fled into the forest "
         "with what they could carry. Aid workers reached the village by road. ")


# --- the taken are the incident's ----------------------------------------------------------------------------

def test_people_abducted_in_the_story_take_the_incidents_date() -> None:
    got = _dates(_LEAD + "The district commissioner said nine schoolgirls had been abducted by the gunmen.")
    assert got["nine"] == "2019-03-06"


def test_people_missing_after_the_raid_take_the_incidents_date() -> None:
    got = _dates(_LEAD + '"We buried 14 of our neighbours and five others are missing," a farmer said.')
    assert got["five"] == "2019-03-06"


def test_people_arrested_after_the_raid_stay_undated() -> None:
    # negative: an arrest is a later event of its own (held-out majority)
    got = _dates(_LEAD + "Police said they had detained 16 suspects in the nearby town.")
    assert got["16"] is None


def test_incident_harm_reads_the_measure_and_the_taking() -> None:
    assert incident_harm("killed", "Gunmen killed 12 people.")
    assert incident_harm("captured", "Six traders were kidnapped on the road.")
    assert not incident_harm("captured", "Police arrested six traders.")  # negative: an arrest
    assert not incident_harm("displaced", "Six hundred families were missing their homes.")  # negative: no harm


# --- an arrest in another clause -----------------------------------------------------------------------------

def test_a_toll_before_a_coordinated_arrest_takes_the_incidents_date() -> None:
    got = _dates(_LEAD + "The army said its soldiers had shot dead 11 of the raiders and arrested four others.")
    assert got["11"] == "2019-03-06"
    assert got["four"] is None  # negative: the arrest's own count stays undated


def test_a_toll_in_the_same_clause_as_an_arrest_stays_undated() -> None:
    # negative: the arrest stands before the number ("arrested ... after 3 were killed" is no toll of the incident)
    assert later_event("Police arrested the men who had killed 3 people.", len("Police arrested the men who had killed "))
    assert not later_event("Troops killed 1,200 fighters and arrested 40.", len("Troops killed "))
    assert later_event("Troops said 1,200 fighters had been arrested.", len("Troops said "))


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet="abcdnrstei ,;-0123456789", max_size=60), st.integers(min_value=0, max_value=60))
def test_later_event_takes_any_sentence_and_offset(sentence: str, at: int) -> None:
    at = min(at, len(sentence))
    assert later_event(sentence, at) in (True, False)
    if "arrest" not in sentence and "detain" not in sentence:
        assert not later_event(sentence, at)


# --- "the dead of 22 April" ----------------------------------------------------------------------------------

_FEATURE = ("A month after the shelling of the market at Tarnava, the stalls are open again. The official figure for "
            "the dead of 3 June has not changed since it was first given. Few traders accept it. A nurse at the "
            "clinic said she had counted 58 bodies herself.")
_REPORT = ("A month after the shelling of the market at Tarnava, the stalls are open again. The inquiry's report of "
           "3 June has not been published. Few traders expect it. A nurse at the clinic said she had counted 58 "
           "bodies herself.")


def test_the_dead_of_a_day_date_the_story_after_it() -> None:
    got = {c.number_text: c.event_date for c in extract_claims(_FEATURE, published=date(2019, 7, 5), outlet="T")}
    assert got["58"] == "2019-06-03"


def test_a_report_of_a_day_lends_no_date() -> None:
    # negative: "the report of 3 June" is a day of telling, no harm's day
    got = {c.number_text: c.event_date for c in extract_claims(_REPORT, published=date(2019, 7, 5), outlet="T")}
    assert got["58"] is None


def test_harm_day_reads_the_noun_before_of() -> None:
    from extract.dateharmof import harm_day

    s = "the massacre of 14 June"
    assert harm_day(s, s.index("14"))
    s = "the statement of 14 June"
    assert not harm_day(s, s.index("14"))  # negative


# --- a statement's day; "so far" of bodies found; a war told with its length --------------------------------

_RAID = ("Gunmen killed villagers in Thursday's raids on farming settlements in Kware district, the state police "
         "command said. The police spokesman, in a statement made available to our reporter in Sokoto on Saturday, "
         "said the raiders came on motorcycles. ")
PUB_SUN = date(2022, 1, 9)  # a Sunday


def _sun(text: str) -> dict[str, str | None]:
    return {c.number_text: c.event_date for c in extract_claims(text, published=PUB_SUN, outlet="Test Desk")}


def test_bodies_recovered_so_far_take_the_incidents_date() -> None:
    got = _sun(_RAID + '"So far, 37 bodies have been recovered from the bush," the spokesman said.')
    assert got["37"] == "2022-01-06"


def test_a_statements_day_does_not_end_the_incidents_story() -> None:
    got = _sun(_RAID + "A village head said he had counted 90 bodies himself.")
    assert got["90"] == "2022-01-06"


def test_a_statement_day_hit_is_a_report() -> None:
    from extract.dates import _hits

    s = "The army, in a statement issued to journalists in the capital on Friday, said the road was open."
    assert [h.kind for h in _hits(s, PUB_SUN)] == ["report"]
    s = "The army published a statement about the attack on Friday."  # negative: no participle of giving out
    assert [h.kind for h in _hits(s, PUB_SUN)] != ["report"]


def test_so_far_alone_elsewhere_stays_the_published_day() -> None:
    # negative: a count that is no body found keeps "so far" as the published day (the house rule)
    assert _sun("Rebels have seized 9 checkpoints so far.")["9"] == "2022-01-09"


def test_bodies_found_reads_the_finding() -> None:
    from extract.datesofar import bodies_found

    assert bodies_found("Among the dead identified so far are three teachers.")
    assert bodies_found("So far 40 corpses were pulled from the rubble.")
    assert not bodies_found("So far 40 people have fled the town.")  # negative


def test_a_war_told_with_its_length_is_a_total() -> None:
    from extract.datewhole import whole_war

    assert whole_war("The region has seen an insurgency for three decades that has killed 40,000 people.")
    assert whole_war("A decades-long rebellion has killed more than 30,000.")
    assert not whole_war("The war has killed 200 people in three years of border raids.")  # negative: no length of war


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet="abdeinorstuy ,.-0123456789SB", max_size=80))
def test_statement_days_and_bodies_found_take_any_sentence(sentence: str) -> None:
    from extract.datesofar import bodies_found
    from extract.datestatement import statement_days

    assert bodies_found(sentence) in (True, False)
    assert statement_days(sentence, []) == []


# --- an aftermath's days: funerals, a future period ----------------------------------------------------------

_BLAST = ("The number of people killed in Friday's bombing of a bus station in Lorwa has risen to 31, health officials "
          "said on Sunday. The blast tore through the waiting hall. ")
PUB_MON = date(2022, 1, 10)  # a Monday; Friday is 2022-01-07


def _mon(text: str) -> dict[str, str | None]:
    return {c.number_text: c.event_date for c in extract_claims(text, published=PUB_MON, outlet="Test Desk")}


def test_counts_after_a_funeral_sentence_keep_the_incidents_date() -> None:
    got = _mon(_BLAST + "Funerals were held in the town on Saturday and Sunday. "
               "Among the dead were 9 schoolchildren, officials said.")
    assert got["9"] == "2022-01-07"


def test_a_burial_count_after_a_dated_burial_keeps_the_burial_day() -> None:
    # negative: a count of burials takes the burial's day (the house), not the incident's
    got = _mon(_BLAST + "Families buried their dead in Lorwa on Saturday. In Kesso they buried 12 more.")
    assert got["12"] == "2022-01-08"


def test_a_funeral_with_a_harm_is_a_new_event() -> None:
    from extract.dateaftermath import burial_only

    assert burial_only("Funerals were held in the town on Saturday.")
    assert not burial_only("Gunmen fired on mourners at a funeral on Saturday, killing 4.")  # negative


def test_a_future_period_starts_no_new_story() -> None:
    got = _mon(_BLAST + "Parliamentary elections are due later this year. "
               "A police spokesman said 14 of the wounded were in a critical condition.")
    assert got["14"] == "2022-01-07"
