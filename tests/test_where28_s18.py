"""Session 18, where28: kinds of location errors that recur across the held-out reports, on sentences written for
these tests."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

import extract
from extract.placementions import _document_mentions
from extract.placetold import event_mentions


def _where(text: str, number: str) -> str | None:
    return next(c.location for c in extract.extract_claims(text) if c.number_text == number)


def _event_names(text: str) -> list[str]:
    return [text[m.start : m.end] for m in event_mentions(text)]


def test_hospital_towns_are_gazetteer_towns() -> None:
    """The towns of the hospital tests are the gazetteer's, so the tests below could fail without the rule."""
    for town in ("Bunia", "Gulu", "Kitgum"):
        text = f"Rebels shelled {town} on Monday."
        assert [text[m.start : m.end] for m in _document_mentions(text)] == [town]


# --- a hospital's town where the hurt were taken or treated is not where they were hurt ---------------------

_SCENE = "Gunmen raided the village of Mabanga on Sunday, killing 14 people. "


def test_taken_to_a_town_named_hospital() -> None:
    assert _where(_SCENE + "Another 9 were taken to Bunia general hospital with machete wounds.", "9") == "Mabanga"


def test_in_critical_condition_at_a_town_named_hospital() -> None:
    assert _where(_SCENE + "Nine more were in serious condition at Bunia hospital.", "Nine") == "Mabanga"


def test_treated_for_wounds_at_the_hospital_in_a_town() -> None:
    text = _SCENE + "The army said 9 people were being treated for bullet and burn wounds at the district hospital in Bunia."
    assert _where(text, "9") == "Mabanga"


def test_a_hospital_that_speaks_keeps_its_town() -> None:
    assert _where("Staff at Bunia general hospital said 9 people had died there on Sunday.", "9") == "Bunia"


def test_a_hospital_that_was_hit_keeps_its_town() -> None:
    assert _where("A mortar round hit Bunia general hospital on Sunday, killing 9 patients.", "9") == "Bunia"


def test_the_scene_named_before_its_own_hospital_stays() -> None:
    assert _where("Rebels shelled Bunia on Sunday; 9 wounded were taken to Bunia general hospital.", "9") == "Bunia"


@settings(max_examples=40, deadline=None)
@given(st.sampled_from(("taken to", "rushed to", "admitted to", "treated at", "in critical condition at")),
       st.sampled_from(("Gulu", "Kitgum", "Bunia")),
       st.sampled_from(("", "regional ", "general referral ", "district ")),
       st.sampled_from(("hospital", "clinic")))
def test_cared_at_a_town_named_hospital_is_never_the_scene(verb: str, town: str, adj: str, kind: str) -> None:
    text = f"Eleven wounded people were {verb} {town} {adj}{kind} on Monday."
    assert town not in _event_names(text)


@given(st.sampled_from(("Staff at", "Doctors at", "A nurse at", "Shelling hit")),
       st.sampled_from(("Gulu", "Kitgum", "Bunia")))
def test_a_hospital_not_cared_at_keeps_its_town(who: str, town: str) -> None:
    text = f"{who} {town} regional hospital said eleven people had died."
    assert town in _event_names(text)


# --- "<Name> camp" named bare is a site the gazetteer lacks, written with its kind ---------------------------

def test_a_camp_named_bare_is_the_scene() -> None:
    assert _where("Rebels attacked Obiya camp on Sunday night, killing 9 people.", "9") == "Obiya camp"


def test_a_camp_named_bare_is_lent_to_the_next_sentence() -> None:
    text = "Rebels attacked Obiya camp on Sunday night. Camp leaders said 9 huts were burned."
    assert _where(text, "9") == "Obiya camp"


def test_the_camp_of_a_side_is_no_place() -> None:
    assert _where("The Obiya camp said 9 of its fighters were killed in Gulu.", "9") == "Gulu"
    assert _where("Fighters loyal to the Obiya camp said 9 soldiers were killed.", "9") is None


def test_a_peoples_camp_is_no_place() -> None:
    assert _where("Soldiers from a British camp said 9 rebels were killed near Gulu.", "9") == "near Gulu"


# --- "the <Name> site for displaced people" is a site the gazetteer lacks, written as the bare name -----------

def test_a_site_for_the_displaced_is_the_scene() -> None:
    text = "Rebels attacked the Mabanga site for displaced people on Sunday, killing 9 people."
    assert _where(text, "9") == "Mabanga"


def test_a_web_site_is_no_place() -> None:
    assert _where("The Facebook site was down on Monday; 9 people were killed in Gulu.", "9") == "Gulu"
    assert _where("The Web site said 9 soldiers were killed.", "9") is None


# --- a body's strength told by a verb of having or numbering is lent no place ---------------------------------

_RAID = "Rebels attacked the town of Mabanga on Sunday and burned 40 houses. "


def test_a_factions_strength_borrows_no_town() -> None:
    assert _where(_RAID + "The faction, which the army says has about 2,500 fighters, denied it.", "2,500") is None


def test_a_militia_numbering_its_men_borrows_no_town() -> None:
    assert _where(_RAID + "The militia numbers up to 3,000 men, the army said.", "3,000") is None


def test_the_attacking_force_is_the_events_own() -> None:
    assert _where(_RAID + "The attacking force numbered about 600, residents said.", "600") == "Mabanga"


def test_troops_kept_in_the_district_keep_its_place() -> None:
    assert _where(_RAID + "The army keeps 5,000 troops in the district.", "5,000") == "Mabanga"


def test_a_strength_keeps_the_place_its_own_sentence_names() -> None:
    assert _where("The militia has about 3,000 fighters in Gulu, the army said.", "3,000") == "Gulu"


@given(st.sampled_from(("has", "had", "numbers", "numbered", "fielded")),
       st.sampled_from(("", "about ", "some ", "up to ", "fewer than ", "close to ")))
def test_strength_told_by_having_or_numbering(verb: str, qualifier: str) -> None:
    from extract.strengthplace import strength_told

    text = f"The group {verb} {qualifier}4,000 fighters."
    assert strength_told(text, text.index("4,000"))
    text = f"The attacking group {verb} {qualifier}4,000 fighters."
    assert not strength_told(text, text.index("4,000"))


# --- a total over a period lends its place to no sentence before it -------------------------------------------

_BEFORE_TOTAL = ("Gunmen attacked the village of Mabanga on Sunday. Residents said they fled into the bush. "
                 "Another 9 people were wounded, a nurse said. ")


def test_a_period_total_ahead_lends_no_town() -> None:
    assert _where(_BEFORE_TOTAL + "Fighting has killed 300 people around Bunia since 2019.", "9") == "Mabanga"


def test_an_ordinary_sentence_ahead_still_lends_its_town() -> None:
    assert _where(_BEFORE_TOTAL + "The raid on Bunia left houses burning.", "9") == "Bunia"


# --- a country that raises or puts its own toll, or frees captives, acts: it is no place ---------------------

def test_a_country_raising_its_toll_is_no_place() -> None:
    assert _where("Georgia raises its toll to 14 after the border clash.", "14") is None


def test_a_country_after_a_preposition_stays_a_place() -> None:
    assert _where("Fighting in Georgia raised the toll to 14 on Monday.", "14") == "Georgia"


def test_a_country_freeing_captives_is_no_place() -> None:
    assert _where("Uganda freed 12 prisoners of war on Monday.", "12") is None
    assert _where("Rebels in Uganda freed 12 hostages near Gulu on Monday.", "12") == "near Gulu"


def test_a_countrys_army_that_speaks_is_no_place() -> None:
    assert _where("Nigeria army says 12 insurgents killed after Konduga raid.", "12") is None
    assert _where("Troops in Nigeria killed 12 insurgents, the army says.", "12") == "Nigeria"
