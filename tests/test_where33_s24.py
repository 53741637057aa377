"""Session 24, batch 33's place and date rules (sentences written for these tests, not taken from any gold text)."""

from __future__ import annotations

from datetime import date

from extract import extract_claims


def _places(text: str) -> dict[str, str | None]:
    return {c.number_text: c.location for c in extract_claims(text, published=date(2021, 3, 2))}


# --- a mountain range named with its kind word is the scene (extract/placekinds.py)

def test_named_mountain_range_is_the_place() -> None:
    got = _places("The army said it had killed 14 insurgents in the Tarvaz mountains since the spring.")
    assert got["14"] == "Tarvaz mountains"


def test_capitalised_mountains_kind() -> None:
    got = _places("Government troops killed 23 rebels in the Oskari Mountains last week.")
    assert got["23"] == "Oskari Mountains"


def test_bare_mountains_names_no_place() -> None:
    assert _places("Government troops killed 23 rebels in the mountains last week.")["23"] is None


def test_mountains_as_a_unit_name_is_no_place() -> None:
    assert _places("The Mountains Brigade killed 23 rebels.")["23"] is None


# --- the scene named before the verb of harm: "N <people> in <Name> died" (extract/harmscene.py)

def test_scene_before_died() -> None:
    got = _places("Nine of our neighbours in Ashdale Terrace died when the roof fell in.")
    assert got["Nine"] == "Ashdale Terrace"


def test_scene_before_passive_destroyed() -> None:
    got = _places("Fourteen houses in Kirkgate Row were destroyed by the blast.")
    assert got["Fourteen"] == "Kirkgate Row"


def test_scene_before_were_killed() -> None:
    assert _places("Six people in Hollybank were killed.")["Six"] == "Hollybank"


def test_institution_before_harm_is_no_scene() -> None:
    assert _places("Six officials in Parliament were killed.")["Six"] is None


def test_no_harm_after_no_scene() -> None:
    got = _places("Six people were killed on Monday. Forty residents in Hollybank were evacuated.")
    assert got.get("Forty") is None


# --- a timeline entry's day, with a colon or a clock time, dates the later sentences of its entry (entryscope.py)

def _dates(text: str) -> dict[str, str | None]:
    return {c.number_text: c.event_date for c in extract_claims(text, published=date(2009, 12, 1))}


_TIMELINE = """Chronology of the market bombing

3 May, 14:20: A car bomb explodes in the market square. Nine people die at the scene.
4 May: Rescuers search the wreckage. Four more bodies are recovered.
6 May - Soldiers seal off the town. Two more victims are found dead in a cellar.
"""


def test_entry_day_with_clock_time_dates_its_entry() -> None:
    assert _dates(_TIMELINE)["Nine"] == "2009-05-03"


def test_entry_day_with_colon_dates_its_entry() -> None:
    assert _dates(_TIMELINE)["Four"] == "2009-05-04"


def test_guard_entry_day_with_dash_still_dates_its_entry() -> None:
    assert _dates(_TIMELINE)["Two"] == "2009-05-06"


def test_paragraph_after_the_entries_is_not_dated_by_the_last() -> None:
    text = _TIMELINE + "\nOver the years the town has buried 31 victims of such fires.\n"
    assert _dates(text).get("31") != "2009-05-06"


# --- a name placed by a compass point from a known town is the scene, not the direction phrase (placewithin.py)

def test_resort_placed_north_of_a_town_is_the_place() -> None:
    text = ("The raid of 3 May hit a guest house in Cala Morena, north of Benghazi, where gunmen opened fire. "
            "Officials say 17 people were killed.")
    assert _places(text)["17"] == "Cala Morena"


def test_name_placed_by_distance_and_compass_point() -> None:
    text = ("Gunmen stormed a guest house in Ras Tamir, 40 km south-east of Benghazi, on Friday night. "
            "The police say 9 guests were killed.")
    assert _places(text)["9"] == "Ras Tamir"


def test_compass_point_from_no_known_place_names_nothing() -> None:
    from extract.placewithin import placed_names

    text = "Gunmen stormed a guest house in Ras Tamir, north of Qurvel Ridge, on Friday night."
    assert placed_names(text, set()) == []


def test_month_before_compass_point_is_no_place() -> None:
    from extract.placewithin import placed_names

    text = "The fighting moved in March, north of Benghazi."
    assert placed_names(text, {text.index("Benghazi")}) == []


# --- "this morning" of a paragraph's lead goes on to counts closed by a speaker's tag (extract/dates.py)

_BULLETIN = ("A car bomb went off outside the central post office at 9.40 this morning. Officials say 31 people "
             "were killed. By evening 27 of the dead had been named, the city's mayor said. Among the dead were "
             "four firefighters, the fire service said; two were off duty.")


def test_closing_tag_keeps_the_mornings_day() -> None:
    got = {c.number_text: c.event_date for c in extract_claims(_BULLETIN, published=date(2012, 4, 7))}
    assert got["27"] == "2012-04-07"


def test_closing_tag_before_a_semicolon_keeps_the_mornings_day() -> None:
    got = {c.number_text: c.event_date for c in extract_claims(_BULLETIN, published=date(2012, 4, 7))}
    assert got["four"] == "2012-04-07"


def test_another_account_still_takes_no_day() -> None:
    text = ("A car bomb went off outside the central post office at 9.40 this morning. "
            "Another source claims 35 people were killed.")
    got = {c.number_text: c.event_date for c in extract_claims(text, published=date(2012, 4, 7))}
    assert got.get("35") != "2012-04-07"


def test_speaker_before_the_count_is_not_a_closing_tag() -> None:
    from extract.dates import _ANOTHER_ACCOUNT, _CLOSING_TAG

    sentence = "The mayor said 27 of the dead had been named."
    assert _ANOTHER_ACCOUNT.search(_CLOSING_TAG.sub("", sentence)) is not None
