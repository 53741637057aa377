"""Places on batch 34's registers (session 25): each rule on sentences written for it, and the cases it must not
reach. Every sentence here is our own."""

from __future__ import annotations

from extract.placementions import _document_mentions
from extract.placetold import event_mentions
from place_probe import place_of

_place = place_of  # (tests/place_probe.py)


def _names(text: str) -> list[str]:
    return [text[m.start : m.end] for m in _document_mentions(text)]


def _names_told(text: str) -> list[str]:
    """The mentions that may be an event's place (less those where a claim was told: extract/placetold.py)."""
    return [text[m.start : m.end] for m in event_mentions(text)]


# --- "Across <country>" opening a sentence names all of the country ------------------------------------------------


def test_a_count_across_the_country_at_a_sentences_start_takes_the_country() -> None:
    text = ("Rioters set fire to a market in Kisumu on Sunday. "
            "Across Kenya more than 9,000 people have left their homes, the aid agencies say. "
            "In Kisumu the council opened two schools to them.")
    assert _place(text, "9,000") == "Kenya"


def test_throughout_the_country_at_a_sentences_start_takes_the_country() -> None:
    text = ("Gunmen attacked a bus near Mombasa on Friday. "
            "Throughout Kenya police have arrested 312 people since the vote.")
    assert _place(text, "312") == "Kenya"


def test_a_country_named_without_across_still_lends_the_town_nearby() -> None:
    text = ("Rioters set fire to a market in Kisumu on Sunday. "
            "In Kenya more than 40 people were hurt, the police say.")
    assert _place(text, "40") == "Kisumu"


# --- a region named whole ("across Gujarat") in the paragraph: its place-less counts are the region's --------------


def test_a_states_toll_after_violence_across_the_state_is_the_states() -> None:
    text = ("On 3 March a bomb at Godhra bus stand killed 11 people. In the days that followed, gangs burned shops "
            "across Gujarat. Officials later put the dead at 410 and the injured at 1,300.")
    assert _place(text, "410") == "Gujarat"
    assert _place(text, "1,300") == "Gujarat"
    assert _place(text, "11") == "Godhra"


def test_throughout_a_region_in_the_paragraph_before_two_sentences() -> None:
    text = ("A mob stormed the jail at Godhra and freed 30 inmates. Curfews were imposed throughout Gujarat. "
            "The curfew held for a week. Police said 260 people had been detained.")
    assert _place(text, "260") == "Gujarat"


def test_a_region_named_without_across_lets_the_town_before_it_speak() -> None:
    text = ("A mob stormed the jail at Godhra and freed 30 inmates. Curfews were imposed in parts of Gujarat. "
            "Police said 260 people had been detained.")
    assert _place(text, "260") == "Godhra"


def test_a_region_wide_sentence_of_another_paragraph_lends_nothing_so() -> None:
    text = ("A mob stormed the jail at Godhra and freed 30 inmates.\n\n"
            "Police have made arrests across Gujarat since then.\n\n"
            "A militant group said that 260 guards had fled.")
    assert _place(text, "260") == "Godhra"


def test_gujarat_is_a_region() -> None:
    text = "Curfews were imposed throughout Gujarat."
    assert _names(text) == ["Gujarat"]


# --- a stadium named with its kind ---------------------------------------------------------------------------------


def test_a_stadium_named_with_its_kind_is_a_place() -> None:
    text = ("Fans of the visiting side were trapped behind locked gates. "
            "At least 41 people were crushed to death at Ridgeway Park Stadium on Saturday.")
    assert "Ridgeway Park Stadium" in _names(text)
    assert _place(text, "41") == "Ridgeway Park Stadium"


def test_a_stadium_in_lower_case_after_its_name_is_a_place() -> None:
    text = "Police fired tear gas into the Tembo stadium, where 19 spectators died in the crush."
    assert _place(text, "19") == "Tembo stadium"


def test_a_stadium_lends_its_place_to_the_toll_after_it() -> None:
    text = ("The crush began at the north gate of Ridgeway Park Stadium. "
            "The health ministry says 230 people were injured.")
    assert _place(text, "230") == "Ridgeway Park Stadium"


def test_a_stadium_after_a_lower_case_word_is_no_place() -> None:
    text = "Rioters set fire to the old stadium and 14 people were hurt."
    assert _names(text) == []
    assert _place(text, "14") is None


# --- a clinic's place named after "at" -----------------------------------------------------------------------------


def test_a_clinic_at_an_unlisted_village_names_the_village() -> None:
    text = ("Gangs attacked farms on the plateau after the vote. "
            "Our clinic at Mossy Ridge has treated 85 people for stab wounds.")
    assert "Mossy Ridge" in _names(text)
    assert _place(text, "85") == "Mossy Ridge"


def test_the_clinics_village_is_named_again_without_its_clinic() -> None:
    text = ("Our clinic at Mossy Ridge has treated 85 people for stab wounds. "
            "Elders say gangs burned 600 homes in the villages around Mossy Ridge.")
    assert _place(text, "600") == "Mossy Ridge"


def test_a_clinic_at_a_time_or_a_lower_case_word_names_no_place() -> None:
    for text in ("The clinic at Christmas treated 85 people.", "The clinic at night treated 85 people."):
        assert _names(text) == [], text
        assert _place(text, "85") is None, text


# --- gazetteer: the Lake Chad shore towns of Borno ------------------------------------------------------------------


def test_baga_and_doron_baga_are_towns() -> None:
    text = "Insurgents raided Doron Baga at dawn and then Baga, where 23 fishermen were killed."
    assert _names(text) == ["Doron Baga", "Baga"]
    assert _place(text, "23") == "Baga"


def test_baga_inside_a_longer_word_is_no_town() -> None:
    text = "Troops entered Bagatelle and 23 fishermen were killed."
    assert "Baga" not in _names(text)


# --- the town a speaker fled to, with a verb of saying after it ------------------------------------------------------


def test_the_town_a_speaker_fled_to_is_where_he_spoke() -> None:
    text = ("Gunmen overran the garrison at Baga on Sunday. "
            "A village elder who fled to Maiduguri told reporters that 300 people had been killed.")
    assert "Maiduguri" not in _names_told(text)
    assert _place(text, "300") == "Baga"


def test_the_town_a_speaker_had_escaped_to_says() -> None:
    text = ("Gunmen overran the garrison at Baga on Sunday. "
            "A teacher who had escaped to Maiduguri said 45 pupils were missing.")
    assert _place(text, "45") == "Baga"


def test_the_town_people_counted_fled_to_stays_their_refuge() -> None:
    text = ("Gunmen overran the garrison at Baga on Sunday. "
            "Some 3,000 villagers who fled to Maiduguri said they had walked for two days.")
    assert "Maiduguri" in _names_told(text)


def test_the_town_a_speaker_fled_to_without_a_saying_verb_stays() -> None:
    text = "A farmer who fled to Maiduguri lost 12 cattle on the road."
    assert "Maiduguri" in _names_told(text)


# --- a name fronted by "At" and a comma sets the scene --------------------------------------------------------------


def test_a_name_fronted_by_at_and_a_comma_is_a_place() -> None:
    text = ("Mobs attacked two districts of the city on Tuesday. "
            "At Kandel Nagar, 58 people were killed, among them 20 women.")
    assert "Kandel Nagar" in _names(text)
    assert _place(text, "58") == "Kandel Nagar"
    assert _place(text, "20") == "Kandel Nagar"


def test_a_time_fronted_by_at_is_no_place() -> None:
    for when in ("Dawn", "Christmas", "Midnight", "First"):
        text = f"At {when}, 58 people were killed in the raid."
        assert when not in _names(text), when
        assert _place(text, "58") is None, when


def test_at_a_name_without_a_comma_is_not_fronted() -> None:
    text = "The clashes spread. At Kandel Nagar police said 58 people were killed."
    assert "Kandel Nagar" not in _names(text)


# --- a mountain named with "Mount" -------------------------------------------------------------------------------


def test_a_mountain_named_with_mount_is_a_place() -> None:
    text = ("Commandos stormed the sect's farm on the slopes of Mount Karbel at dawn. "
            "More than 600 officers took part in the operation, police said.")
    assert "Mount Karbel" in _names(text)
    assert _place(text, "600") == "Mount Karbel"


def test_mt_with_or_without_a_stop_is_a_mountain_too() -> None:
    assert _place("Rebels shot down a helicopter over Mt Karbel, killing 7 soldiers.", "7") == "Mt Karbel"
    assert _place("A helicopter crashed on Mt. Karbel and 7 soldiers died.", "7") == "Mt. Karbel"


def test_mount_as_a_verb_or_in_lower_case_is_no_place() -> None:
    for text in ("Losses mount as 40 soldiers were killed.", "Rebels held the mount and killed 40 soldiers.",
                 "Tensions Mount Over Border; 40 people were hurt."):
        assert _names(text) == [], text
