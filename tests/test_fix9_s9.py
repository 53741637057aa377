"""Session 9, fix9: the review's findings (notes/s9/review6_findings.md), each a rule of the language with the cases
it must not reach. Sentences written for these tests."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from extract.claims import extract_claims
from extract.cueforms import set_against
from extract.currencies import _bare_marks, by_country, currency_after
from extract.currencycountry import country_choice
from extract.massacretold import massacre_report, massacre_told, own_cause
from extract.numbers import find_quantities
from extract.partitives import in_partitive

PUB = date(2024, 5, 10)


def _claims(text: str) -> dict[str, tuple[str, str, str]]:
    return {c.number_text: (c.measure, c.side, c.unit) for c in extract_claims(text, published=PUB)}


def _quantities(text: str) -> list[tuple[str, str, str]]:
    return [(q.surface, q.kind, q.unit) for q in find_quantities(text)]


# Finding 1: a massacre makes the report's unidentified dead civilians only where it is the report's subject.

@pytest.mark.parametrize("text", [
    # a past massacre, named once, far from the count; and the count's own accident
    "A navy helicopter came down near the coast on Monday, killing 11 people on board, officials said. "
    "Last year's massacre in the hills is still unpunished.",
    # a battle's dead; the massacre dated to a year
    # (the massacre two sentences on: right after the count, "massacre" is an attack word of the passage for
    # sides.bombing_of_populated_area, another rule)
    "Soldiers and militiamen exchanged fire outside Lomba on Tuesday, and 23 people were killed, the army said. "
    "The roads were closed. The town is remembered for the massacre of 1997.",
    # a figure of speech
    "The ruling party called the vote an electoral massacre. Separately, a bus plunged off a bridge, and "
    "17 people died, police said.",
])
def test_a_passing_massacre_leaves_other_dead_unknown(text: str) -> None:
    got = _claims(text)
    assert got, text
    assert all(side == "unknown" for _measure, side, _unit in got.values()), got


def test_a_massacre_in_the_headline_makes_the_far_dead_civilians() -> None:
    text = ("Massacre in Tarbo: families bury their dead\n\nArmed men entered the hamlet of Tarbo before dawn.\n\n"
            "The district officer said 27 people were killed. Relatives searched the fields until noon.")
    assert _claims(text)["27"][:2] == ("killed", "civilian")


def test_a_massacre_named_twice_is_the_reports_subject() -> None:
    assert massacre_report("Men with rifles came at night. Later, 9 died.\n\nThe massacre shocked the region. "
                           "Elders said the massacre lasted an hour.")
    assert not massacre_report("Men with rifles came at night. Later, 9 died.\n\nThe 1995 massacre is still "
                               "remembered. Last year's massacre was worse.")


def test_a_massacre_in_the_paragraph_tells_of_its_dead() -> None:
    text = "Intro line.\n\nSecond line.\n\nThe massacres are named by their villages. In Kalo a patrol killed 40 men."
    start = text.index("In Kalo")
    assert massacre_told(text, start, len(text))
    other = "Intro line.\n\nSecond line.\n\nThe massacres are named by their villages.\n\nIn Kalo a patrol killed 40."
    assert not massacre_told(other, other.index("In Kalo"), len(other))


@pytest.mark.parametrize(("sentence", "own"), [
    ("The plane crashed into a hillside, killing all 60 on board.", True),
    ("Two patrols exchanged fire for an hour.", True),
    ("Gunmen killed 12 villagers at dawn.", False),
])
def test_own_cause(sentence: str, own: bool) -> None:
    assert own_cause(sentence) is own


# Finding 2: a lost match is a score, not a wounded toll.

@pytest.mark.parametrize("text", [
    "Lyon were beaten 3-1 at home by Nantes on Saturday, their second defeat in 5 games, the club said.",
    "The visitors were outplayed 4-0 in the second half.",
])
def test_beaten_by_a_score_is_no_wound(text: str) -> None:
    assert not any(m == "wounded" for m, _s, _u in _claims(text).values())
    assert any(kind == "score" for _s, kind, _u in _quantities(text))


def test_beaten_people_still_wounded() -> None:
    assert _claims("Police said 14 protesters were beaten by soldiers in the square.")["14"][0] == "wounded"


# Findings 3, 4, 6: currencies.

@pytest.mark.parametrize(("text", "code"), [
    ("Pakistan said Indian troops shelled Kotli; Islamabad will pay 300,000 rupees to each family.", "pkr"),
    ("Nepal's government, which blamed Indian traders, set aside 50,000 rupees a family.", "npr"),
    ("The Indian army will pay 200,000 rupees to each family.", "inr"),
    ("Rebels in Guinea-Bissau seized 4 million francs from a bank.", "xof"),
    ("In Equatorial Guinea, soldiers took 2 million francs.", "xaf"),
    ("Guinea received 6 billion francs in aid.", "gnf"),
    ("In Congo, militiamen levy 300 francs on every truck.", "cdf"),
    ("Switzerland pledged 8 million francs to the Red Cross, the Swiss government said.", "chf"),
])
def test_bare_currency_by_the_country_named(text: str, code: str) -> None:
    units = [u for _s, _k, u in _quantities(text)]
    assert code in units, units


def test_bare_francs_with_no_country_are_money_in_the_default_franc() -> None:
    # Session 10 (fix10) changed session 9's call: a bare "francs" with no country named was a plain count, which
    # read money as people; it is now the default franc (chf, as bare "dollars" are usd; assets/lexicons/currencies.toml)
    text = "The gang stole 3 million francs from the depot."
    assert [u for _s, _k, u in _quantities(text)] == ["chf"]
    assert by_country(text, "rupees", "inr") == "inr"  # a default that holds with no country named


def test_country_names_are_whole() -> None:
    # "Niger" in "Nigeria" names no Niger: the naira is no franc, so no country of the word is named
    assert by_country("Troops in Nigeria found 5 million francs.", "francs", "chf") != "xof"


@pytest.mark.parametrize("text", [
    "SAR 3 teams searched the rubble.",
    "REBELS TRY 3 TIMES TO TAKE TOWN",
    "RON 3 was wounded in the leg.",
    "The airport has 40 ILS approaches a day.",
])
def test_codes_that_are_words_are_no_currency(text: str) -> None:
    assert all(u in ("count", None) for _s, _k, u in _quantities(text)), _quantities(text)


def test_codes_still_read() -> None:
    assert currency_after("5 million CHF in aid", 10) == "chf"
    assert "sar" in [u for _s, _k, u in _quantities("Riyadh gave 500 million riyals.")]


def test_rand_is_no_currency_of_quantulum() -> None:
    assert all(u != "south african rand" for _s, _k, u in _quantities("Gunmen stole 20 rand from the shop."))
    assert "zar" in [u for _s, _k, u in _quantities("Gunmen stole 20 South African rand.")]


# Finding 7: "all of them" covers the whole count.

def test_all_of_them_is_no_part() -> None:
    text = "Troops killed 30 militants, all of them in the fight for Baro on 2 May, the army said."
    assert not in_partitive(text, 0, text.index("2 May"))
    text = "Troops killed 30 militants, each of them in Baro on 2 May, the army said."
    assert not in_partitive(text, 0, text.index("2 May"))
    most = "Troops killed 30 militants, most of them in Baro on 2 May, the army said."
    assert in_partitive(most, 0, most.index("2 May"))  # a part: the rest may have died elsewhere
    part = "Troops killed 30 militants, 9 of them in Baro on 2 May, the army said."
    assert in_partitive(part, 0, part.index("2 May"))
    some = "Troops killed 30 militants, several of them in Baro on 2 May, the army said."
    assert in_partitive(some, 0, some.index("2 May"))


# Finding 8: "swollen by 1990" is an amount; "will be withdrawn by 2025" a deadline.

@pytest.mark.parametrize(("text", "kind"), [
    ("The camp's population was swollen by 1990 in a week.", "number"),
    ("The convoy was joined by 1500 in Lobi.", "number"),
    ("The troops will be withdrawn by 2025 under the deal.", "year"),
    ("The stockpile must be destroyed by 2030 at a cost of $4 million.", "year"),
])
def test_by_year_after_a_participle(text: str, kind: str) -> None:
    assert [k for s, k, _u in _quantities(text) if s.isdigit() and len(s) == 4] == [kind]


# Finding 9: "to level 12 of the houses" is the verb.

@pytest.mark.parametrize(("text", "kind"), [
    ("Amid tight security, the army began to level 30 of the shops in the market.", "number"),
    ("The storm alert was raised to level 3 on Sunday.", "name"),
    ("Fire danger was raised to level 4 of the five-level scale.", "name"),
])
def test_level_verb_or_name(text: str, kind: str) -> None:
    assert _quantities(text)[0][1] == kind


# Finding 10: the writer's comparison is no closing cue.

@pytest.mark.parametrize(("text", "against"), [
    ("The raid killed 30 people, far more than the army and police say.", True),
    ("The raid killed 30 people, fewer than the rebels say.", True),
    ("The raid killed 30 people, whatever the critics say.", True),
    ("The raid killed 30 people, the army and police say.", False),
    ("The raid killed 30 people, more than the army did, police say.", False),
])
def test_set_against(text: str, against: bool) -> None:
    assert set_against(text, text.rindex(" say") + 1) is against


@settings(max_examples=60, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("NigerGuinea-Bissau EquatorialCongoPakistnIdSwzl,.\n")), max_size=80))
def test_country_choice_is_one_of_the_words_currencies(text: str) -> None:
    for word in ("francs", "rupees"):
        marks = _bare_marks()[word]
        got = country_choice(text, marks)
        assert got is None or got in {code for code, _w in marks}


@pytest.mark.parametrize(("text", "source_type", "stance"), [
    # the writer sets the figure against what others say: no closing cue, the writer's own figure
    ("The strike killed 40 people, far more than the army and police say.", "publication", "asserted"),
    ("The raid left 12 dead, fewer than the rebels say.", "publication", "asserted"),
    # a plain closing cue still gives the claim to whoever says it
    ("The strike killed 40 people, the army and police say.", "official", "claimed"),
])
def test_a_comparison_with_what_others_say_is_no_closing_cue(text: str, source_type: str, stance: str) -> None:
    (claim,) = extract_claims(text)
    assert (claim.source_type, claim.stance) == (source_type, stance)
