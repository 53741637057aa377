"""Session 26, helper who37: side and attribution rules fitted on batch 37 (sentences of my own)."""

from __future__ import annotations

from datetime import date

from extract import extract_claims


def _by_number(text: str) -> dict:
    return {c.number_text: c for c in extract_claims(text, published=date(2019, 3, 9), outlet="Example Wire")}


def test_the_dead_of_an_attack_on_an_airport_are_civilians():
    """An attack on an airport with no armed side named: its unidentified dead and wounded are civilians."""
    text = ("Update on the gun attack at Halvern Airport\nHalvern Airport Authority, press desk. Issued on Saturday "
            "morning to passengers, staff and the families of those caught up in it.\n\n"
            "The regional health office says 31 people were killed and 112 were wounded.\n")
    claims = _by_number(text)
    assert claims["31"].side == "civilian"
    assert claims["112"].side == "civilian"


def test_the_dead_of_an_arena_attack_are_civilians():
    """A target-then-attack compound ("Ridgeway Arena attack") names a civilian place as well."""
    text = ("Ridgeway Arena attack: what we know\nNews desk. Compiled on Sunday for readers who have asked "
            "us what happened on the night and what is known so far.\n\n"
            "Officials said 14 people had died and 40 were being treated in hospital.\n")
    claims = _by_number(text)
    assert claims["14"].side == "civilian"
    assert claims["40"].side == "civilian"


def test_a_police_byline_under_the_headline_does_not_make_the_toll_mixed():
    """The publisher's line under the headline ("Eastvale Police press office") is not an armed target of the
    attack: the headline's own sentence is what is read for armed men."""
    text = ("Ridgeway Arena attack: statements\nEastvale Police press office. Compiled on 10 March for the media; the "
            "times are those at which each statement was issued to the press.\n\n"
            "The health office said 17 people were killed.\n")
    assert _by_number(text)["17"].side == "civilian"


def test_armed_men_attacked_beside_the_place_still_make_the_toll_mixed():
    """Negative: police named in the headline's own sentence as attacked keep the toll unknown."""
    text = ("Attack on Tarvo airport and police post\nRegional desk. Compiled on Sunday for readers who have "
            "asked us what happened on the night and what is known so far.\n\n"
            "The health office said 14 people had died.\n")
    assert _by_number(text)["14"].side == "unknown"


def test_an_airport_named_without_an_attack_makes_no_victims():
    """Negative: a crash near an airport is no attack on a civilian place."""
    text = ("Cargo plane crashes near Halvern Airport\nRegional desk. Compiled on Sunday for readers who have asked "
            "us what happened and what is known so far about the cause.\n\n"
            "The health office said 4 people had died.\n")
    assert _by_number(text)["4"].side == "unknown"


def _one(sentence: str, number: str):
    return _by_number("Clashes in the north\n\n" + sentence + "\n")[number]


def test_a_unit_that_lists_a_toll_is_its_source():
    """ "lists/registers" name a source only when their subject is a body: a "... Unit" or "... Bureau" is one."""
    c = _one("The Missing Persons Unit lists 212 people killed in the province since May.", "212")
    assert (c.source, c.source_type, c.stance) == ("Missing Persons Unit", "official", "claimed")
    c = _one("The Refugee Bureau registers 3,100 people displaced by the floods of war.", "3,100")
    assert c.source == "Refugee Bureau"


def test_a_generic_owner_before_a_bodys_name_is_dropped():
    """ "the state's Victims Unit", "the city's Relief Bureau": the body's name, not its owner's possessive."""
    assert _one("The region's Casualty Unit says 51 people were killed.", "51").source == "Casualty Unit"
    assert _one("The city's Relief Bureau said 140 families were displaced.", "140").source == "Relief Bureau"


def test_a_named_owner_before_a_bodys_name_stays():
    """Negative: a named owner ("Kenya's") is kept as the name was written; a lower-case body keeps its owner."""
    assert _one("The state's health office says 51 people were killed.", "51").source != "Health office"


def test_a_possessive_count_was_that_names_its_source():
    """ "X's count/figure/estimate was that N ..." names X as the source, as "X's toll was N" does."""
    c = _one("The Red Cross's estimate was that 310 people were killed in the shelling.", "310")
    assert (c.source, c.stance) == ("Red Cross", "claimed")
    c = _one("The Ministry of the Interior's figure was that 75 people were killed and 200 were wounded.", "200")
    assert (c.source, c.source_type) == ("Ministry of the Interior", "official")


def test_a_count_that_is_not_owned_names_no_source():
    """Negative: "the count was that ..." with no owner stays the writer's."""
    c = _one("The final count was that 310 people were killed in the shelling.", "310")
    assert c.source_type == "publication"


def test_by_our_own_count_is_the_writers_own():
    """ "By our own count" is the publisher's count (publication, asserted), not a claimant named "our own"."""
    c = _one("By our own count at least 64 villagers were wounded in the raid.", "64")
    assert (c.source, c.source_type, c.stance) == ("Example Wire", "publication", "asserted")


def test_count_as_a_verb_still_names_its_subject():
    """Negative: "Rebels count 40 dead" keeps its verb reading."""
    c = _one("Local monitors count 40 dead in the town.", "40")
    assert c.source_type != "publication"


def test_its_first_figure_is_the_body_told_of_before():
    """ "Its first figure, given …, was N" opening a sentence is the figure of the body of the sentence before."""
    claims = _by_number("Blast in the north\n\nThe Red Cross says 61 people were killed. Its first figure, released "
                        "at dawn, was 40.\n")
    assert (claims["40"].source, claims["40"].stance) == ("Red Cross", "claimed")


def test_its_toll_is_not_read_as_its_figure():
    """Negative: "Its toll was N" may count the body's own dead: no claim of the body's is made of it."""
    claims = _by_number("Blast in the north\n\nThe Red Cross says 61 people were killed. Its toll was 40 dead.\n")
    assert claims["40"].source_type == "publication"


def test_nationals_among_the_dead_are_civilians():
    """ "N of the dead were X citizens", "and one a Y national": nationals among the victims are civilians."""
    claims = _by_number("Blast in the north\n\nThe embassy says 5 of the dead were Danish citizens and one a Swiss "
                        "national.\n")
    assert claims["5"].side == "civilian"
    assert claims["one"].side == "civilian"


def test_national_as_an_adjective_makes_no_civilians():
    """Negative: "national guard members" are no nationals."""
    claims = _by_number("Blast in the north\n\nOfficials say 6 of the dead were national guard members.\n")
    assert claims["6"].side != "civilian"
