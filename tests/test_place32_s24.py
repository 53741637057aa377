"""Places on batch 32's registers (session 24): each rule on sentences written for it, and the cases it must not
reach. Every sentence here is our own."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from extract.placementions import _document_mentions
from place_probe import place_of

_place = place_of  # (tests/place_probe.py)


def _names(text: str) -> list[str]:
    return [text[m.start : m.end] for m in _document_mentions(text)]


# --- a leader's name after "<kind> of" and before his following's possessive -------------------------------------


def test_the_camp_of_a_leaders_band_is_no_place_named_for_him() -> None:
    text = ("Cavalry troopers surrounded the camp of Running Hawk's band at dawn. "
            "They shot 40 of the warriors before noon.")
    assert "Running Hawk" not in _names(text)
    assert _place(text, "40") is None


def test_a_leaders_followers_and_men_after_the_possessive() -> None:
    for following in ("followers", "men", "warriors", "fighters"):
        text = f"Raiders burned the village of Gray Owl's {following} and killed 12 people."
        assert "Gray Owl" not in _names(text), following


def test_a_town_of_whose_residents_is_still_a_town() -> None:
    text = "Shelling hit the town of Kuvalo's market and killed 12 people."
    assert "Kuvalo" in _names(text)
    assert _place(text, "12") == "Kuvalo"


def test_the_town_of_a_name_without_a_possessive_is_still_a_town() -> None:
    text = "Gunmen raided the town of Belmora and killed 9 people."
    assert _place(text, "9") == "Belmora"


# --- a creek named with its kind -----------------------------------------------------------------------------------


def test_a_creek_named_with_its_kind_is_a_place() -> None:
    text = "Troops attacked the winter camp on Bitter Root Creek, killing 60 people."
    assert "Bitter Root Creek" in _names(text)
    assert _place(text, "60") == "Bitter Root Creek"


def test_a_creek_after_an_opening_word_keeps_the_name_only() -> None:
    text = "At Sand Ford Creek, militiamen killed 14 villagers."
    assert _place(text, "14") == "Sand Ford Creek"


def test_creek_after_a_lower_case_word_is_no_place() -> None:
    text = "The creek rose overnight and 30 families fled the flood."
    assert not any("reek" in n for n in _names(text))


# --- a surname after a role word and a given name -------------------------------------------------------------------


def test_a_surname_after_a_role_and_a_given_name_is_a_person_throughout() -> None:
    text = ("Our guest, the court reporter, Ann Walsall, sat through the trial. "
            "Walsall notes that the gunman fired 60 rounds in the hall.")
    assert "Walsall" not in _names(text)
    assert _place(text, "60") is None


def test_a_surname_after_a_role_word_without_a_comma() -> None:
    text = ("The correspondent Mark Bolton was there. Bolton notes that 25 people were hurt in the crush.")
    assert "Bolton" not in _names(text)


def test_a_place_after_a_compass_word_after_a_role_is_still_a_place() -> None:
    text = "The commander, North Kivu, said 25 rebels were killed in the hills."
    assert any("Kivu" in n for n in _names(text))


def test_a_town_after_a_role_word_and_a_preposition_is_still_a_place() -> None:
    text = "The reporter in Walsall said 18 people were hurt when a car bomb went off in Walsall."
    assert "Walsall" in _names(text)
    assert _place(text, "18") == "Walsall"


def test_a_town_after_a_capitalised_word_but_no_role_is_still_a_place() -> None:
    text = "Heavy shelling of Upper Walsall killed 11 people, officials said. Walsall was cut off."
    assert "Walsall" in _names(text)


# --- a letter's signature: the writer's town -------------------------------------------------------------------------


_LETTERS = ("Letters to the editor\n\n"
            "Too few remembered\n"
            "Your report on the riot in Fairhaven said 40 people died. The county's own record says more.\n"
            "Agnes Morrow, retired nurse, Leicester\n\n"
            "The shelters\n"
            "Some 900 families slept in the church halls of Fairhaven that week.\n"
            "Paul D. Kerrigan, Leicester\n")


def test_a_letters_signature_town_is_not_the_place_of_its_figures() -> None:
    spans = [(m.start, m.end) for m in _document_mentions(_LETTERS)]
    k = _LETTERS.index("Leicester")
    assert all(not (a <= k < b) for a, b in spans)
    assert _place(_LETTERS, "40") == "Fairhaven"


def test_signoff_spans_take_each_signature_town() -> None:
    from extract.placesignoff import signoff_spans

    assert [_LETTERS[a:b] for a, b in signoff_spans(_LETTERS)] == ["Leicester", "Leicester"]


def test_a_heading_of_places_is_no_signature() -> None:
    from extract.placesignoff import signoff_spans

    text = "Fighting spread last week.\n\nGoma, North Kivu\nRebels killed 12 people in Goma on Sunday.\n"
    assert signoff_spans(text) == []
    text = "Fighting spread last week.\nNorth Kivu, Congo\nRebels killed 12 people in Goma on Sunday.\n"
    assert signoff_spans(text) == []  # (the "name" is a place the gazetteer knows)


_LINE_PARTS = ("Agnes", "Morrow", "D.", "retired", "nurse", ",", ".", "Leicester", "North", "Kivu", "Paul", "\n", " ",
               "said", "12", "—")


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(_LINE_PARTS) | st.text(max_size=3), max_size=20))
def test_signoff_spans_are_a_lines_capitalised_tail_after_a_finished_line(parts: list[str]) -> None:
    from extract.placesignoff import signoff_spans

    text = " ".join(parts)
    for a, b in signoff_spans(text):
        assert 0 < a < b <= len(text)
        assert text[b:].lstrip(" \t")[:1] in ("", "\n")  # the town ends its line
        assert text[a - 1] in ", \t" and text[a].isupper()
        line_start = text.rfind("\n", 0, a)
        assert line_start > 0 and text[:line_start].rstrip(" \t")[-1:] in ".!?\"”)"


def test_a_line_that_is_a_sentence_is_no_signature() -> None:
    from extract.placesignoff import signoff_spans

    text = "The siege ended.\nTroops entered Leicester, Fairhaven.\n"
    assert signoff_spans(text) == []


# --- a situation report titled with one town -------------------------------------------------------------------------

_OVERVIEW = ("Fighting went on all week. Markets stayed shut. Water trucks did not run. Schools were closed. "
             "Power came back on Thursday. Clinics reported 31 admissions for burns during the week.\n")


def test_a_situation_reports_title_town_is_its_counts_place() -> None:
    text = "Protection Cluster Situation Update No. 4: Kismayo, 12 May 2024\n\nOVERVIEW\n" + _OVERVIEW
    assert _place(text, "31") == "Kismayo"


def test_a_flash_update_titled_with_a_town() -> None:
    text = "Flash Update 2: Beledweyne\n\n" + _OVERVIEW
    assert _place(text, "31") == "Beledweyne"


def test_a_town_in_an_ordinary_title_is_not_lent_to_counts() -> None:
    text = "Kismayo traders count the cost\n\n" + _OVERVIEW
    assert _place(text, "31") is None


def test_a_situation_report_titled_with_two_towns_lends_neither() -> None:
    text = "Situation Report No. 7: Kismayo and Baidoa, 12 May 2024\n\n" + _OVERVIEW
    assert _place(text, "31") is None


# --- a journey's end is where people went --------------------------------------------------------------------------


def test_a_crossings_destination_is_no_place_for_the_sentence_before() -> None:
    text = ("Rockets fell on the harbour area on Monday. A rocket struck the pier, killing 3 dockers. "
            "Two ferries carried 400 people out on the long crossing to Alexandria.")
    assert _place(text, "3") is None


def test_a_place_after_crossing_without_to_is_still_a_place() -> None:
    text = ("Rockets fell on the harbour area on Monday. A rocket struck the pier, killing 3 dockers. "
            "Gunmen later opened fire at the border crossing in Rafah.")
    assert _place(text, "3") == "Rafah"


# --- an island named with its kind, and "the island" after it ---------------------------------------------------------


_ISLAND = ("Gunmen attacked a summer school on Kerrin island and a ferry port in Dunmore on Saturday. "
           "The port blast wounded 12. Rescue boats searched the lake all night. Divers joined them at dawn. "
           "Volunteers set up a shelter in a school. Relatives gathered at the quay. "
           "Police count 40 dead on the island.")


def test_an_island_named_with_its_kind_is_a_place() -> None:
    assert "Kerrin" in _names(_ISLAND)


def test_the_island_points_at_the_island_the_text_names() -> None:
    assert _place(_ISLAND, "40") == "Kerrin"


def test_the_island_of_a_name_is_not_pointed_back_at() -> None:
    text = _ISLAND.replace("Police count 40 dead on the island.", "Police count 40 dead on the island of Brannock.")
    assert _place(text, "40") != "Kerrin"


def test_the_island_with_two_islands_named_points_at_neither() -> None:
    text = _ISLAND.replace("a ferry port in Dunmore", "a ferry port on Tarra island")
    assert _place(text, "40") not in ("Kerrin", "Tarra")
