"""Session 19, helper place28: places of events in ordinary news of other conflicts (batch 28's misses).

Each rule has a positive and a negative test on sentences written for them (no gold or seed text).
"""

from __future__ import annotations

from extract.gazetteer import Mention, gazetteer
from extract.placeimprint import imprint_spans
from extract.placementions import _document_mentions
from extract.placescope import refuge
from extract.placetold import event_mentions, told
from placehelpers import location as _location


def _mention(text: str, name: str) -> Mention:
    i = text.index(name)
    return next(m for m in gazetteer().mentions(text) if m.start == i)


# --- places the gazetteer lacked (assets/gazetteer/supplement.tsv and regions.tsv) ---

def test_new_places_resolve_to_their_country() -> None:
    for name, country in (("Las Navas", "PH"), ("Khar", "PK"), ("Kibeho", "RW"), ("Agok", "SS"), ("Anka", "NG"),
                          ("Pawe", "ET"), ("Bajaur district", "PK"), ("Metekel zone", "ET")):
        place = gazetteer().lookup(name)
        assert place is not None and place.country == country, name


def test_a_philippine_province_is_not_a_russian_city() -> None:
    text = "Rebels ambushed a patrol in Northern Samar on Sunday."
    found = gazetteer().mentions(text)
    assert [m.place.country for m in found] == ["PH"]
    assert found[0].place.precision == "admin1"
    # negative: a town spelt "Samara" is not the Philippine province
    assert gazetteer().mentions("Shelling hit Samara overnight.")[0].place.country != "PH"


# --- where researchers interviewed people is where they were told, not the scene ---

def test_interviews_of_several_words_before_the_place_are_told() -> None:
    text = "The monitors interviewed 31 refugees and aid workers in Gondar last week."
    assert told(text, _mention(text, "Gondar"))


def test_a_place_of_the_event_after_interviews_stays() -> None:
    text = "The monitors interviewed refugees who said gunmen killed 31 people in Gondar last week."
    assert not told(text, _mention(text, "Gondar"))


# --- a press release's mixed-case dateline ---

def test_press_release_dateline_is_no_place_of_the_event() -> None:
    text = "Title line\n\nNairobi/Goma, 3 March 2023 - The group said 20 civilians were killed last week.\n"
    spans = imprint_spans(text)
    assert len(spans) == 1
    s, e = spans[0]
    assert text[s:e].strip() == "Nairobi/Goma, 3 March 2023 -"
    assert not any(text[m.start:m.end] == "Goma" for m in _document_mentions(text))


def test_a_sentence_with_a_date_and_a_dash_is_no_dateline() -> None:
    text = "Title line\n\nFighting resumed in Goma, 3 May 2001 - the army said 20 were killed.\n"
    assert imprint_spans(text) == []
    assert any(text[m.start:m.end] == "Goma" for m in _document_mentions(text))


# --- displaced "to" a town: where they went, lent to no other sentence ---

def test_displaced_to_a_town_is_a_refuge() -> None:
    text = "About 9,000 people were displaced to Gondar town after the raids."
    assert refuge(text, _mention(text, "Gondar"))


def test_displaced_in_a_town_is_the_scene() -> None:
    text = "About 9,000 people were displaced in Gondar after the raids."
    assert not refuge(text, _mention(text, "Gondar"))


# --- a Nigerian council area ("Local Government Area") is a place, not a body ---

def test_council_areas_are_places_joined_as_a_pair() -> None:
    text = ("Gunmen kill 30 in Zamfara\n\nGunmen killed 30 people in villages of Anka and Bukkuyum Local Government "
            "Areas on Sunday, police said.\n")
    assert _location(text, "30") == "Anka and Bukkuyum"


def test_a_council_body_is_still_a_name() -> None:
    text = "Title line\n\nThe Bukkuyum Local Government Council said 30 people were killed on Sunday.\n"
    assert not any(text[m.start:m.end] == "Bukkuyum" for m in _document_mentions(text))


# --- "made available to our correspondent in X": where it was told ---

def test_a_statement_to_our_correspondent_in_a_town_is_told() -> None:
    text = "The spokesman, in a statement made available to our correspondent in Gusau, said 12 were killed."
    assert told(text, _mention(text, "Gusau"))
    assert not any(text[m.start:m.end] == "Gusau" for m in event_mentions(text))


def test_our_correspondent_seeing_bodies_in_a_town_is_the_scene() -> None:
    text = "Our correspondent saw 12 bodies in Gusau on Sunday."
    assert not told(text, _mention(text, "Gusau"))


# --- the field of a superlative ("one of Asia's longest") is no place ---

def test_the_field_of_a_superlative_is_no_place() -> None:
    text = "Title line\n\nThe uprising, among Asia's bloodiest, cost some 9,000 lives in a decade.\n"
    assert not any(text[m.start:m.end] == "Asia" for m in _document_mentions(text))


def test_a_countrys_own_toll_stays_a_place() -> None:
    text = "Title line\n\nThe revolt in Chad's east has killed some 9,000 people since 1990.\n"
    assert any(text[m.start:m.end] == "Chad" for m in _document_mentions(text))


# --- where a road or a walk leads: lent to no other sentence ---

def test_the_end_of_a_road_is_a_refuge() -> None:
    text = "The agency says its trucks still run the road to Gondar every day."
    assert refuge(text, _mention(text, "Gondar"))
    text = "Most are too weak to walk the 40 km to Gondar."
    assert refuge(text, _mention(text, "Gondar"))


def test_a_road_in_a_town_is_the_scene() -> None:
    text = "A bomb on the main road in Gondar killed nine people."
    assert not refuge(text, _mention(text, "Gondar"))
    text = "Villagers found nine bodies on the road to Gondar."
    assert not refuge(text, _mention(text, "Gondar"))


# --- a headline returning to a place after the event ("<Place>, a month on") names the incident's place ---

_RETURN = ("Gori, a year on: the town that buried its dead\n\nBy a staff reporter\n\n"
           "The market has reopened and the shutters are painted again. Nobody here forgets that summer. "
           "{line}\n")


def test_a_return_headline_lends_its_place_to_a_toll_that_names_none() -> None:
    text = _RETURN.format(line="Twelve people were killed when a shell hit the school.")
    assert _location(text, "Twelve") == "Gori"


def test_a_plain_town_headline_or_a_countrywide_toll_takes_no_place() -> None:
    text = _RETURN.replace(", a year on:", ":").format(line="Twelve people were killed when a shell hit the school.")
    assert _location(text, "Twelve") is None
    text = _RETURN.format(line="Across the country, the war killed some 900 people.")
    assert _location(text, "900") is None


# --- a pair of towns joined past the first one's "town" ("to Gondar town and Bahir Dar") ---

def test_a_pair_joined_past_town_is_one_place() -> None:
    text = "Refugees reach Amhara towns\n\nAbout 5,000 people have fled to Gondar town and Bahir Dar since Monday.\n"
    assert _location(text, "5,000") == "Gondar town and Bahir Dar"


def test_a_town_council_is_no_join() -> None:
    text = "Refugees reach Amhara towns\n\nAbout 5,000 people have fled to Gondar town hall and Bahir Dar since Monday.\n"
    assert _location(text, "5,000") != "Gondar town hall and Bahir Dar"


# --- refuge's gate: one trie-shaped search finds a word of _REFUGE_WORDS wherever `in` does ---

from hypothesis import given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

from extract.placescope import _REFUGE_GATE, _REFUGE_WORDS  # noqa: E402

_PIECES = st.sampled_from(list(_REFUGE_WORDS) + ["the ", "road", "to ", "ru", "n th", "e", " walked", "displac",
                                                   "ed to", "x", ".", "Gondar"])


@given(st.lists(_PIECES, max_size=12))
@settings(max_examples=300, deadline=None)
def test_refuge_gate_finds_what_in_finds(pieces: list[str]) -> None:
    window = "".join(pieces)
    assert (_REFUGE_GATE.search(window) is not None) == any(w in window for w in _REFUGE_WORDS)
