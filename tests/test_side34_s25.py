"""Session 25, batch 34's sides: the dead and wounded of a mob's attack on a civilian target and of an attack named by
its target and weapon ("the metro gas attack"); buildings at a military post (sentences written for these tests,
not taken from any gold text)."""

from __future__ import annotations

from hypothesis import given, settings, strategies as st

from extract import extract_claims
from extract.civiliantarget import civilian_target_report, mob_attacked_at


def _sides(text: str) -> dict[str, tuple[str, str, str]]:
    return {c.number_text: (c.measure, c.subject, c.side) for c in extract_claims(text)}


# --- a mob attacking a civilian target: the unidentified dead and wounded counted from then on are civilians

_CHURCH = ("Relief workers reach Tamsel\n\nLate on Sunday a mob of young men set fire to the church at Tamsel, where "
           "about a hundred families had gathered for safety.\n\n")


def test_dead_after_a_mob_burned_a_church_are_civilians():
    got = _sides(_CHURCH + "The district officer said 26 people had died in the flames.")
    assert got["26"] == ("killed", "people", "civilian")


def test_wounded_after_mobs_attacked_neighbourhoods_are_civilians():
    text = ("Over two days mobs attacked Christian neighbourhoods on the east side of Harlan.\n\n"
            "Doctors at the city hospital said they had treated 93 people for burns and stab wounds.")
    got = _sides(text)
    assert got["93"][0] == "wounded" and got["93"][2] == "civilian"


def test_dead_told_before_the_mob_stay_unknown():
    got = _sides("The district officer said 26 people had died by Monday.\n\n" + _CHURCH)
    assert got["26"][2] == "unknown"


def test_a_mob_burning_houses_is_no_attack_on_a_civilian_target():
    got = _sides("Mobs have burned hundreds of houses in Harlan district.\n\nOfficials said 31 people had died.")
    assert got["31"][2] == "unknown"  # houses may stand empty: the toll's side is left to the other rules


def test_a_mob_storming_a_police_post_beside_a_market_is_a_mixed_toll():
    assert mob_attacked_at("A mob stormed the police post by the market at Tamsel.") == -1


def test_mob_attacked_at_finds_the_attack():
    text = "Calm returned on Monday. " + _CHURCH
    assert mob_attacked_at(text) == text.index("mob")
    assert mob_attacked_at("The mobile clinic treated 40 people.") == -1  # "mob" inside another word: no mob


_PIECES = ["A", "mob", "mobs", "Mob", "set fire to", "attacked", "the", "church", "village", "police", "station",
           "houses", "of", "youths", "then", ".", "\n", "market", "MOBS", "ATTACKED", "İ"]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=20).map(" ".join))
def test_mob_attacked_at_is_a_position_of_a_mob_word(text: str) -> None:
    at = mob_attacked_at.__wrapped__(text)
    assert at == -1 or text[at : at + 3].casefold() == "mob"


# --- an attack named by its target and weapon in the headline: "the subway gas attack"

def test_target_weapon_attack_in_the_headline_is_an_attack_on_a_civilian_target():
    text = ("Osaka marks ten years since the metro gas attack\n\nThe city fell silent at noon on Saturday.\n\n"
            "The fire brigade said 310 people were taken to hospital that morning.")
    assert civilian_target_report(text)
    got = _sides(text)
    assert got["310"][0] == "wounded" and got["310"][2] == "civilian"


def test_an_armed_post_named_by_the_attack_stays_mixed():
    assert not civilian_target_report("Ten years since the barracks market bomb attack\n\nThe town fell silent.")


def test_two_words_between_target_and_attack_is_no_compound():
    assert not civilian_target_report("Ten years since the market of old Rangi attack\n\nThe town fell silent.")


# --- buildings at a military post: a force's, not facilities of civilian life

def test_buildings_damaged_at_an_army_base_are_no_civilians():
    got = _sides("At the army base outside Tamsel, 14 buildings were damaged by the shelling.")
    assert got["14"] == ("damaged", "building", "unknown")


def test_buildings_destroyed_inside_the_barracks_are_no_civilians():
    got = _sides("The rebels said nine buildings were destroyed inside the barracks at Harlan.")
    assert got["nine"][2] == "unknown"


def test_a_named_command_s_base_is_a_post():
    got = _sides("At the base of the Northern Command near Tamsel, 14 buildings were damaged.")
    assert got["14"][2] == "unknown"


def test_the_base_of_a_hill_is_no_post():
    got = _sides("At the base of the hill, 14 buildings were damaged by the shelling.")
    assert got["14"][2] == "civilian"
