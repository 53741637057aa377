"""Claim layer: measure, subject and side from the words around a number (sentences are our own)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from extract import vocab
from extract.classify import Classification, classify
from extract.context import Section, SentenceContext
from extract.numbers import find_quantities
from extract.records import Quantity
from extract.sentences import split_sentences
from extract.triggers import lexicon


def kind(text: str, surface: str, *, unit: str = "count", value: float = 1.0, nth: int = 0,
         q_kind: str = "number") -> Classification | None:
    """Classify the `nth` occurrence of `surface` in `text`, read as a plain number."""
    at = -1
    for _ in range(nth + 1):
        at = text.index(surface, at + 1)
    q = Quantity(value, value, value, "exact", unit, surface, at, at + len(surface), q_kind)
    spans = tuple(split_sentences(text))
    index = next(i for i, (s, e) in enumerate(spans) if s <= at < e)
    ctx = SentenceContext(text, spans, index, Section("body", 0, len(text)), None, None)
    return classify(ctx, q)


def mss(text: str, surface: str, **kw) -> tuple[str, str, str] | None:
    got = kind(text, surface, **kw)
    return (got.measure, got.subject, got.side) if got else None


# --------------------------------------------------------------------------- people


@pytest.mark.parametrize(
    "text, surface, expected",
    [
        ("Shelling killed 14 people in the market on Friday.", "14", ("killed", "people", "civilian")),
        ("Two drone strikes on the town left 9 people dead.", "9", ("killed", "people", "civilian")),
        ("The blast at the bus depot wounded 27.", "27", ("wounded", "people", "civilian")),
        ("Security forces arrested 60 protesters in the capital.", "60", ("captured", "protesters", "civilian")),
        ("Militants kidnapped 12 aid workers near the border.", "12", ("captured", "aid workers", "unknown")),
        ("Fighting has displaced 30,000 villagers this month.", "30,000", ("displaced", "villagers", "civilian")),
        ("Border guards deported 70 Afghans overnight.", "70", ("displaced", "Afghans", "civilian")),
        ("The ministry gave a death toll of 52 for the week.", "52", ("killed", "people", "unknown")),
        ("At least 8 children died when rockets hit the school.", "8", ("killed", "children", "civilian")),
        ("Some 300 families were displaced by the floods of war.", "300", ("displaced", "families", "civilian")),
        ("More than 2 million refugees are registered in Turkey.", "2 million", ("displaced", "refugees", "civilian")),
        ("The group still holds 40 hostages.", "40", ("captured", "hostages", "civilian")),  # (h-set: hostages civilian)
        ("Troops freed 22 hostages from the compound.", "22", ("captured", "hostages", "civilian")),  # (freedcaptives.py)
    ],
)
def test_people_counts(text, surface, expected):
    assert mss(text, surface) == expected


def test_verb_before_the_number_wins_for_each_number():
    text = "The attack killed 31 people and wounded 58 others in the city."
    assert mss(text, "31")[0] == "killed"
    assert mss(text, "58")[0] == "wounded"


def test_passive_after_the_noun_phrase():
    assert mss("Officials say 17 Iranian advisers and officers were killed.", "17")[:2] == ("killed", "officers")
    assert mss("About 45 soldiers and militiamen were captured near the dam.", "45")[:2] == ("captured", "troops")


def test_side_named_on_the_counted_noun():
    assert mss("The strike killed at least 12 Hezbollah fighters.", "12") == ("killed", "fighters", "regime")
    assert mss("Jets bombed the column, killing 20 regime soldiers.", "20") == ("killed", "troops", "regime")
    assert mss("Clashes left 7 YPG fighters dead.", "7") == ("killed", "fighters", "kurdish")
    assert mss("Army units killed 15 rebels in the hills.", "15") == ("killed", "fighters", "opposition")


@pytest.mark.parametrize("text,number,side", [
    ("Rebels said 40 soldiers were killed in the hills.", "40", "unknown"),  # the speaker owns nothing counted
    ("The army said 40 soldiers were killed in the hills.", "40", "unknown"),
    ("Rebels said they destroyed 9 tanks near the base.", "9", "regime"),  # the speaker's own deed: the opponent's
    ("Rebels said on Monday that they destroyed 9 tanks.", "9", "regime"),
    ("The regime said rebels killed 12 soldiers near the dam.", "12", "regime"),
])
def test_a_side_that_speaks_is_the_source_not_the_actor_unless_it_speaks_of_its_own_deed(text, number, side):
    assert mss(text, number)[2] == side


def test_unidentified_people_are_civilian_only_when_a_populated_area_is_bombed():
    assert mss("Barrel bombs killed 11 people in the old quarter.", "11")[2] == "civilian"
    assert mss("A roadside bomb killed 3 people on the desert highway.", "3")[2] == "unknown"


def test_a_war_total_after_a_bombing_report_stays_unknown():
    text = ("Jets struck a crowded market on Monday. "
            "The agency says the war has killed more than 9,000 people since it began.")
    assert mss(text, "9,000") == ("killed", "people", "unknown")
    text = "Jets struck a crowded market on Monday. Medics said 12 people were killed."
    assert mss(text, "12") == ("killed", "people", "civilian")


def test_breakdown_numbers_inherit_the_count_before_them():
    text = "In all 40 soldiers were killed on Monday, 25 in the north and 15 near the coast."
    assert mss(text, "25") == mss(text, "40") == ("killed", "troops", "unknown")
    assert mss(text, "15")[0] == "killed"


@pytest.mark.parametrize(
    "text, surface, expected",
    [
        ("At least 31 people, including 6 children, were killed in the raid.", "31", ("killed", "people", "unknown")),
        ("At least 31 people, including 6 children, were killed in the raid.", "6", ("killed", "children", "civilian")),
        ("Jets bombed the village, killing a farmer and his 5 sons.", "5", ("killed", "people", "civilian")),
        ("In all, 52 fighters from both factions were killed.", "52", ("killed", "fighters", "unknown")),
        ("Medics said 9 of the injured were in a serious state.", "9", ("wounded", "people", "unknown")),
        ("Some 80 people were feared dead after the ambush.", "80", ("killed", "people", "unknown")),
        ("The war has claimed more than 4,000 lives this year.", "4,000", ("killed", "people", "unknown")),
        ("Rescuers pulled 64 bodies from the ruins.", "64", ("killed", "people", "unknown")),
        ("Losses included 4 border guards.", "4", ("killed", "border guards", "unknown")),
        ("Opposition fighters downed a helicopter and captured its 2 pilots.", "2", ("captured", "pilots", "regime")),
        ("More than 40,000 people remain trapped in the encircled town.", "40,000", ("displaced", "people", "civilian")),
    ],
)
def test_harder_people_phrasing(text, surface, expected):
    assert mss(text, surface) == expected


def test_parts_of_a_toll_count_what_the_toll_counts():
    text = "Mortar fire killed 16 people, including 7 children, near the bakery."
    assert mss(text, "7") == ("killed", "children", "civilian")
    text = "The ambush killed 21 soldiers, 4 of whom were officers."
    assert mss(text, "4") == ("killed", "officers", "unknown")
    assert kind("The district has 3 clinics, including 2 for children.", "2") is None


def test_toll_phrases_before_the_number():
    assert mss("The number of people killed in the unrest has climbed to 318.", "318")[:2] == ("killed", "people")
    assert mss("Medics raised the number of dead to 75.", "75")[:2] == ("killed", "people")


def test_the_loser_of_a_loss_verb_owns_what_was_lost():
    assert mss("Hezbollah Loses 6 Fighters Near the Border", "6") == ("killed", "fighters", "regime")
    assert mss("The rebels lost 9 tanks in the counter-attack.", "9") == ("destroyed", "tank", "opposition")


# --------------------------------------------------------------------------- materiel and facilities


@pytest.mark.parametrize(
    "text, surface, expected",
    [
        ("Rebels destroyed four government tanks near the bridge.", "four", ("destroyed", "tank", "regime")),
        ("Insurgents say they destroyed 5 tanks outside the airport.", "5", ("destroyed", "tank", "regime")),
        ("Islamic State fighters seized 2 oil fields east of the city.", "2", ("seized", "oil field", "regime")),
        ("The army said 6 armoured vehicles were damaged in the ambush.", "6", ("damaged", "armored vehicle", "unknown")),
        ("Air raids hit 4 hospitals in the besieged district.", "4", ("damaged", "hospital", "civilian")),
        ("Only 7 ambulances still operate in the north.", "7", ("capacity", "ambulance", "civilian")),
        ("Just 3 functioning clinics are left for the whole province.", "3", ("capacity", "clinic", "civilian")),
        ("There are now 12 doctors in the enclave.", "12", ("capacity", "doctors", "civilian")),
        ("Militias burned homes by the hundreds.", "hundreds", ("destroyed", "home", "civilian")),
        ("Kurdish units recaptured 3 checkpoints from ISIS.", "3", ("seized", "checkpoint", "isis")),
    ],
)
def test_materiel_and_facilities(text, surface, expected):
    assert mss(text, surface) == expected


def test_equipment_taken_by_a_named_actor_belongs_to_its_opponent():
    assert mss("ISIS announced the capture of 14 tanks from the garrison.", "14") == ("seized", "tank", "regime")


# --------------------------------------------------------------------------- attacks and forces


@pytest.mark.parametrize(
    "text, surface, expected",
    [
        ("Warplanes dropped 18 barrel bombs on the town overnight.", "18", ("attacks", "barrel bomb", "regime")),
        ("Russian jets carried out 31 airstrikes on the province.", "31", ("attacks", "airstrike", "russia")),
        ("Some 1,200 Hezbollah fighters were deployed to the front.", "1,200", ("forces", "fighters", "regime")),
        ("The US will send 400 more troops to the base.", "400", ("forces", "troops", "us")),
        ("The rebels received 50 anti-tank missiles last month.", "50", ("forces", "anti-tank missile", "opposition")),
        ("The group claimed 3 suicide bombings in the capital.", "3", ("attacks", "suicide bombing", "unknown")),
    ],
)
def test_attacks_and_forces(text, surface, expected):
    assert mss(text, surface) == expected


def test_coordinated_munitions_keep_both_kinds():
    got = kind("Jihadists set off between 4 and 6 car and suicide bombs.", "4 and 6")
    assert got.measure == "attacks" and got.subject == "car and suicide bomb"


def test_explosive_weight_is_an_attack():
    got = kind("Rebels detonated a 20-ton truck bomb under the barracks.", "20", unit="tons")
    assert (got.measure, got.subject, got.side) == ("attacks", "explosives", "opposition")


def test_event_words_describe_the_event():
    got = kind("A car bomb killed 9 people near the hospital gate.", "9")
    assert "car bomb" in got.event_words and "hospital" in got.event_words


# --------------------------------------------------------------------------- money and rates


def test_money_for_aid_is_funding_for_the_recipient():
    got = kind("Washington pledged $50 million in military aid to the Syrian rebels.", "$50 million", unit="usd")
    assert (got.measure, got.subject, got.side) == ("funding", "military aid", "opposition")


def test_unrelated_prices_are_not_claims():
    assert kind("His pension is $125 a month, he told the paper.", "$125", unit="usd") is None
    assert kind("Inflation reached 12 percent in May.", "12", unit="percent") is None


def test_exchange_rates():
    got = kind("On the black market the Syrian pound traded at 515:1 against the dollar.", "515:1", unit="ratio")
    assert (got.measure, got.subject, got.side) == ("rate", "SYP per USD", "unknown")
    got = kind("The Syrian pound has lost 40% of its value this year.", "40%", unit="percent")
    assert (got.measure, got.subject) == ("rate", "Syrian pound")
    assert kind("The team won 3:1 on Sunday.", "3:1", unit="ratio") is None
    got = kind("The Syrian pound slid to 640 against the dollar on Sunday.", "640")
    assert (got.measure, got.subject) == ("rate", "SYP per USD")
    got = kind("In Damascus a dollar now buys 3,100 Syrian pounds.", "3,100", unit="syp")
    assert (got.measure, got.subject) == ("rate", "SYP per USD")


def test_lost_production_is_capacity_of_its_owner():
    got = kind("The regime has lost 80% of its wheat production.", "80%", unit="percent")
    assert (got.measure, got.side) == ("capacity", "regime")


# --------------------------------------------------------------------------- out of scope


@pytest.mark.parametrize(
    "text, surface",
    [
        ("The rebels took 5 villages in the offensive.", "5"),
        ("Delegates held 3 meetings in Geneva.", "3"),
        ("A video shows 4 armed men standing by a truck.", "4"),
        ("The leaked archive contains 40,000 documents.", "40,000"),
        ("At least 12 factions signed the statement.", "12"),
        ("The election had 7 candidates.", "7"),
        ("The stadium holds 50,000 people.", "50,000"),
        ("The company hired 300 workers last year.", "300"),
        ("The earthquake killed 120 people in the valley.", "120"),
        ("If 500 troops are sent, the town could hold.", "500"),
        ("He was seen near Checkpoint 46 at dawn.", "46"),
        ("The documentary follows 7 people through a year of war.", "7"),
        ("Government forces retook 13 districts of the city.", "13"),
    ],
)
def test_out_of_scope(text, surface):
    assert kind(text, surface) is None


@pytest.mark.parametrize(
    "text, surface",
    [
        ("Not one soldier was hurt in the raid.", "one"),
        ("None of the 40 passengers was injured.", "40"),
        ("Neither of the two hostages was harmed.", "two"),
        ("All 15 crew members survived the crash landing.", "15"),
        ("About 30 residents were not evacuated in time.", "30"),
    ],
)
def test_negated_and_spared_counts_are_not_claims(text, surface):
    assert kind(text, surface) is None


def test_numbers_that_are_not_counts_are_skipped():
    assert kind("On 23 May 40 people were killed.", "23", q_kind="date") is None
    assert kind("The 5th Division lost 30 men.", "5", q_kind="ordinal") is None


# --------------------------------------------------------------------------- the lexicon and robustness


def test_lexicon_values_are_in_the_vocabularies():
    lex = lexicon()
    assert set(lex.side_of.values()) | set(lex.side_cs.values()) <= set(vocab.SIDES)
    assert set(lex.opponent) | set(lex.opponent.values()) <= set(vocab.SIDES)
    assert set(lex.munition_user.values()) <= set(vocab.SIDES)
    assert lex.noun_class["barrel bombs"] == ("munition", "barrel bomb")


_WORDS = st.sampled_from(
    "killed wounded 12 40 dozens of the rebels regime tanks were by $5 million 580:1 90% people "
    "airstrike hospital only if . , : ; \" “ ” — - and taken from detained refugees IS US".split()
)


@settings(max_examples=150, deadline=None)
@given(st.lists(_WORDS | st.text(max_size=8), max_size=30).map(" ".join))
def test_classify_never_raises_and_answers_in_the_vocabulary(sentence):
    spans = tuple(split_sentences(sentence)) or ((0, len(sentence)),)
    for q in find_quantities(sentence):
        index = max(0, next((i for i, (s, e) in enumerate(spans) if s <= q.char_start < e), 0))
        ctx = SentenceContext(sentence, spans, index, Section("body", 0, len(sentence)), None, None)
        got = classify(ctx, q)
        if got is not None:
            assert got.measure in vocab.MEASURES
            assert got.side in vocab.SIDES
            assert got.subject


@settings(max_examples=150, deadline=None)
@given(st.text(max_size=80), st.integers(0, 80), st.integers(0, 10), st.sampled_from(sorted(vocab.UNITS)))
def test_classify_never_raises_on_any_span(text, start, length, unit):
    start = min(start, len(text))
    end = min(len(text), start + length)
    q = Quantity(3.0, 3.0, 3.0, "exact", unit, text[start:end], start, end)
    ctx = SentenceContext(text, ((0, len(text)),), 0, Section("body", 0, len(text)), None, None)
    got = classify(ctx, q)
    assert got is None or got.measure in vocab.MEASURES
