"""Re-mentioned tolls carry their first mention's fields; key-figure box rows labelled by their source; a church's
count; "X said that its parishes had recorded N"; "cannot be taken seriously"; "A X spokesman" of an armed group.

Every document is written for the test, about invented places and bodies (extract/remcarry.py, extract/paralabel.py
row_label, extract/claimantof.py, extract/stance.py, extract/spokesbody.py, assets/lexicons/sources.json).
"""

from __future__ import annotations

from datetime import date

from hypothesis import given, settings
from hypothesis import strategies as st

from extract import extract_claims
from extract.lexicon import type_of
from extract.paralabel import row_label
from extract.sections import split_sections

OUTLET = "The Valley Courier"
DAY = date(2019, 4, 2)

ANALYSIS = (
    "Analysis: how many died in Lumbe?\n\n"
    "By Jo Marsh, The Valley Courier, 2 April 2019\n\n"
    "The army. Defence Minister Paul Ntaganda told reporters on 3 March that 120 people had been killed in Lumbe "
    "during the fighting of 28 February.\n\n"
    "The Red Cross. The Red Cross said its volunteers had buried 86 bodies.\n\n"
    "The rebels. A spokesman for the Lumbe Freedom Front said on 4 March that 700 people had died.\n\n"
    "Which figure holds? The army's 120 leaves out the villages it shelled; it cannot be taken seriously. "
    "The Red Cross's 86 is a verified minimum. The Front's 700 rests on nothing. The 700 grows with every retelling.\n"
)


def _claims(text: str):
    return extract_claims(text, published=DAY, outlet=OUTLET)


def _at(claims, number: str, nth: int):
    return [c for c in claims if c.number_text == number][nth]


def test_remention_takes_first_claimant_date_and_place():
    claims = _claims(ANALYSIS)
    first, again = _at(claims, "120", 0), _at(claims, "120", 1)
    assert again.source == first.source and "Ntaganda" in again.source
    assert again.source_type == "official"
    assert again.event_date == first.event_date and again.location == first.location
    assert again.stance == "disputed"  # "it cannot be taken seriously"


def test_remention_vouched_is_confirmed():
    again = _at(_claims(ANALYSIS), "86", 1)
    assert again.source == _at(_claims(ANALYSIS), "86", 0).source
    assert again.stance == "confirmed"  # "is a verified minimum"


def test_remention_owner_from_label_and_bare_the_n():
    claims = _claims(ANALYSIS)
    first = _at(claims, "700", 0)
    for again in [c for c in claims if c.number_text == "700"][1:]:
        assert again.source == first.source  # "The Front's 700" and "The 700"
        assert again.source_type == first.source_type


def test_remention_other_owner_is_named_as_before():
    text = ("The ministry said 45 people had been killed in Ombo. The Kasolo militia was blamed.\n\n"
            "The militia's 45 came with no list.\n")
    claims = _claims(text)
    again = _at(claims, "45", 1)
    assert again.source == "Kasolo"
    assert again.source_type == "armed_group"


def test_remention_adopted_by_writer_keeps_own_voice():
    text = "Health officials said 64 people had been killed in Taro.\n\nWe use 64, and will revise it.\n"
    claims = _claims(text)
    assert [c.source for c in claims if c.number_text == "64"][-1] == OUTLET


def test_first_mention_not_changed():
    claims = _claims(ANALYSIS)
    assert _at(claims, "120", 0).stance == "claimed"


def test_key_numbers_rows():
    text = ANALYSIS + "\nKey numbers\n- Government (March): 120 killed\n- Catholic Church (March): 950 killed\n" \
        "- UN (March): 88 killings confirmed\n- Displaced: 40,000\n"
    claims = _claims(text)
    rows = {c.number_text: c for c in claims if "(March):" in c.sentence or "Displaced:" in c.sentence}
    assert rows["120"].source == "Government" and rows["120"].stance == "claimed"
    assert rows["950"].source == "Catholic Church" and rows["950"].source_type == "monitor"
    assert rows["88"].source == "UN" and rows["88"].stance == "confirmed"
    assert rows["40,000"].source == OUTLET
    assert all(c.section == "body" for c in rows.values())


def test_row_label_not_a_clause_nor_people():
    assert row_label("Residents killed: 12", 19) is None
    assert row_label("Police said: 40 killed", 13) is None
    assert row_label("Displaced: 40,000", 11) is None
    assert row_label("- Government (May): 400 killed", 20) == ("Government", "gives")


def test_dash_bullet_is_not_a_heading():
    text = "Title line here\n\nBody text says things.\n- Catholic Church (June): 3,000 Killed\n"
    kinds = [s.kind for s in split_sections(text) if "Church" in text[s.start:s.end]]
    assert kinds == ["body"]


def test_church_bodies_are_monitors_but_not_church_leaders():
    assert type_of("the bishops' conference") == "monitor"
    assert type_of("Catholic Church") == "monitor"
    assert type_of("the Archdiocese of Lumbe") == "monitor"
    assert type_of("church leaders") == "activists"


def test_its_staff_after_a_named_speaker_is_the_speaker():
    text = "The Ombo diocese said on Monday that its priests had recorded 212 deaths since January.\n"
    c = _at(_claims(text), "212", 0)
    assert "diocese" in c.source.casefold()
    assert c.stance == "claimed"
    text2 = "The Ombo diocese met on Monday. Its priests had recorded 212 deaths since January.\n"
    assert _at(_claims(text2), "212", 0).stance != "claimed" or "diocese" in _at(_claims(text2), "212", 0).source.casefold()


def test_not_taken_seriously_disputes_and_seriously_alone_does_not():
    assert _at(_claims("The army said 30 rebels were killed, a figure that cannot be taken seriously.\n"), "30",
               0).stance == "disputed"
    assert _at(_claims("The army said 30 rebels were killed, and officials took the attack seriously.\n"), "30",
               0).stance == "claimed"


def test_armed_group_spokesman_type():
    text = ("Fighting between the army and the Lumbe Tigers militia went on.\n\n"
            "A Lumbe Tigers spokesman said 19 soldiers had been killed.\n")
    c = _at(_claims(text), "19", 0)
    assert c.source_type == "armed_group"
    plain = "A Lumbe Tigers spokesman said 19 soldiers had been killed.\n"
    assert _at(_claims(plain), "19", 0).source_type != "armed_group"


@settings(max_examples=60, deadline=None)
@given(st.text(alphabet="ABCabc ():-–•*0123456789\n'", max_size=40))
def test_row_label_never_raises(s):
    for pos in range(len(s) + 1):
        r = row_label(s, pos)
        assert r is None or r[1] in ("gives", "confirmed")


def test_surname_takes_full_name_given_before():
    text = ("Gunmen attacked a market in Ombo on Monday, army spokesman Tomas Kilembe said.\n\n"
            "Twelve of the dead were traders, Kilembe said.\n")
    assert _at(_claims(text), "Twelve", 0).source == "Tomas Kilembe"


def test_surname_after_a_title_or_body_stays():
    from extract.surnames import full_name
    t = "Deputy Chief of Staff Marcus Oduya spoke. Oduya said"
    assert full_name("Oduya", t, len(t)) == "Oduya"  # ("Staff Marcus": a title's word before the given name)
    t = "the Anglican Church said. Church"
    assert full_name("Church", t, len(t)) == "Church"
    t = "Lord Ashby said. Ashby added"
    assert full_name("Ashby", t, len(t)) == "Ashby"


def test_force_unit_named_by_its_proper_name():
    from extract.sourcetidy import narrowed_source
    assert narrowed_source("the Army's Tiger Corps") == "Tiger Corps"
    assert narrowed_source("Ruritania's General Staff") == "Ruritania's General Staff"
    assert narrowed_source("the army's 3rd Division") == "the army's 3rd Division"


def test_relief_body_with_acronym_in_brackets():
    c = _at(_claims("- Health: International Rescue Committee (IRC) has treated 31 wounded people in Ombo.\n"), "31", 0)
    assert c.source == "International Rescue Committee" and c.stance == "claimed"
    c = _at(_claims("Soldiers (FAR) have treated 31 wounded people in Ombo.\n"), "31", 0)
    assert c.source == OUTLET


def test_description_with_listed_acronym_takes_bracketed_acronym():
    c = _at(_claims("Troops of the UN mission (UNMOX) said that one attacker was killed.\n"), "one", 0)
    assert c.source == "UNMOX"
    c = _at(_claims("Troops of the rebel mission (QXZ) said that one attacker was killed.\n"), "one", 0)
    assert c.source != "QXZ"


def test_stamped_original_post_is_body():
    text = ("LIVE: Raid in Ombo\n\nThe Courier | Monday, May 6, 2024\n\n"
            "4:10 p.m. - Police say 9 people were killed.\n\n"
            "1:30 p.m. - The toll rose to 5, police said.\n\n"
            "9:00 a.m. ORIGINAL POST - Police shot dead 3 suspects in a dawn raid in Ombo.\n")
    claims = extract_claims(text, published=date(2024, 5, 6), outlet=OUTLET)
    assert _at(claims, "3", 0).section == "body"
    assert _at(claims, "3", 0).event_date == "2024-05-06"  # (dated as the entries are: the page's day)
    assert _at(claims, "9", 0).section == "update"


def test_earlier_figure_replaced_is_claimed():
    claims = _claims("The health ministry now confirms 31 dead, up from 17 on Sunday.\n")
    assert _at(claims, "31", 0).stance == "confirmed"
    assert _at(claims, "17", 0).stance == "claimed"
    claims = _claims("The health ministry confirmed 31 dead and 17 wounded.\n")
    assert _at(claims, "17", 0).stance == "confirmed"


def test_day_a_toll_was_given_is_no_event_date():
    text = "Police had given a toll of 46 on Tuesday evening.\n"
    assert _at(_claims(text), "46", 0).event_date is None
    text = "Gunmen killed 46 people on Tuesday evening.\n"
    assert _at(_claims(text), "46", 0).event_date is not None


def test_toll_told_later_keeps_the_incidents_day():
    text = ("Ombo attack: toll rises to 40\n\n"
            "The number of people killed in Sunday's raid on a market in Ombo has risen to 40, police say.\n\n"
            "Police had given a toll of 25 on Monday evening. Relatives said 12 of the dead were children.\n")
    claims = extract_claims(text, published=date(2024, 5, 7), outlet=OUTLET)
    assert _at(claims, "25", 0).event_date == "2024-05-05"  # Sunday's raid, not the Monday the toll was given
    assert _at(claims, "12", 0).event_date == "2024-05-05"
    # Outside an incident's story the day a toll was given dates nothing.
    alone = extract_claims("Police had given a toll of 25 on Monday evening.\n", published=date(2024, 5, 7),
                           outlet=OUTLET)
    assert _at(alone, "25", 0).event_date is None
