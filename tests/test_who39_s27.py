"""Session 27, batch 39's attribution rules (sentences written for these tests, not taken from any gold text).

- a relative clause opened by a part of its antecedent ("many of whose members …", "most of whom …") between a
  claimant and its verb is skipped, as ", whose …," is (extract/subjectshape.py WHOSE);
- the writer's distancing "so-called" is no part of a name, and a word joined by a hyphen ("So-called") is no
  discourse word to trim (extract/lexicon.py _LEADING, extract/claimanttrim.py _TRIM_HEAD);
- a named political party out of government is `activists`, a doctors' association `monitor`
  (assets/lexicons/sources.json rules);
- "none of them Americans", a verbless apposition after a count, says what the count was not: no doubt on it
  (extract/stance.py _COUNTER);
- a writer preferring one of two tolls ("we see no reason to doubt the lower figure") disputes the other
  (extract/prefdoubt.py).
"""

from __future__ import annotations

from datetime import date

import pytest

from extract import extract_claims
from extract.lexicon import clean_name, type_of


def _who(text: str) -> dict[str, tuple[str | None, str, str]]:
    claims = extract_claims(text, published=date(2024, 3, 9), outlet="The Valley Courier")
    return {c.number_text: (c.source, c.source_type, c.stance) for c in claims}


# --- a relative clause opened by a part of its antecedent


@pytest.mark.parametrize(("sentence", "number", "source"), [
    ("The nurses' union, most of whose members work in the city's hospitals, said 14 people were killed in the blast.",
     "14", "Nurses' union"),
    ("The village council, several of whose elders had fled, said on Monday that 23 civilians were killed.",
     "23", "Village council"),
    ("The Red Crescent, some of whose volunteers were wounded, reported that 31 people died in the shelling.",
     "31", "Red Crescent"),
    ("The rebels, many of whom were teenagers, said they had killed 40 soldiers.", "40", "Rebels"),
    ("The opposition alliance, one of whose founders was arrested, said 60 protesters were shot dead.",
     "60", "Opposition alliance"),
])
def test_partitive_relative_clause_is_skipped(sentence: str, number: str, source: str) -> None:
    assert _who(sentence)[number][0] == source


def test_plain_whose_clause_still_skipped() -> None:
    got = _who("The miners' federation, whose offices were raided, said 12 miners were killed.")
    assert got["12"][0] == "Miners' federation"


def test_quantifier_subject_without_relative_clause_is_not_skipped() -> None:
    # "Many of the villagers said": the quantifier heads the subject itself, no relative clause set off by commas
    got = _who("Many of the villagers said 30 houses were burned.")
    assert got["30"][0] != "The Valley Courier"


# --- "so-called" and hyphened words at the head of a claimant


@pytest.mark.parametrize(("sentence", "number"), [
    ("So-called Islamic State said its fighters had killed 19 soldiers.", "19"),
    ("The so-called Islamic State claimed it had killed 35 militiamen near the dam.", "35"),
])
def test_so_called_is_no_part_of_the_name(sentence: str, number: str) -> None:
    assert _who(sentence)[number][:2] == ("Islamic State", "armed_group")


@pytest.mark.parametrize(("raw", "clean"), [
    ("the so-called Islamic State", "Islamic State"),
    ("So-called Islamic State", "Islamic State"),
    ("the so called People's Tribunal", "People's Tribunal"),
    ("the Islamic State", "Islamic State"),
    ("Solidarity Committee", "Solidarity Committee"),  # ("so" only as the distancing word)
])
def test_clean_name_drops_so_called(raw: str, clean: str) -> None:
    assert clean_name(raw) == clean


def test_hyphened_head_word_is_kept() -> None:
    got = _who("Then-governor Amos Kerr said 8 prisoners died in the riot.")
    assert got["8"][0] is not None and got["8"][0].startswith("Then-governor")


# --- a political party and a doctors' association


@pytest.mark.parametrize("name", [
    "Hazara Democratic Party", "Peoples' Democratic Party", "National Unity Party", "Democratic Party of Kosovo",
])
def test_named_party_is_activists(name: str) -> None:
    assert type_of(name) == "activists"


@pytest.mark.parametrize("name", [
    "ruling Justice and Development Party", "Communist Party", "party officials", "opposition party",
])
def test_ruling_or_unnamed_party_is_not_activists(name: str) -> None:
    assert type_of(name) == "official"


def test_party_in_a_sentence() -> None:
    got = _who("The Green Valley Party said its observers counted 52 dead in the two districts.")
    assert got["52"][:2] == ("Green Valley Party", "activists")


@pytest.mark.parametrize("name", [
    "Indian Medical Association", "Lebanese Doctors' Union", "Kenya Association of Physicians",
])
def test_doctors_association_is_monitor(name: str) -> None:
    assert type_of(name) == "monitor"


@pytest.mark.parametrize(("name", "kind"), [("doctors", "activists"), ("nurses' union", "activists")])
def test_doctors_alone_keep_their_type(name: str, kind: str) -> None:
    assert type_of(name) == kind


def test_doctors_association_in_a_sentence() -> None:
    got = _who("The Nepal Medical Association, whose members staffed the field clinics, said 64 people were wounded.")
    assert got["64"][:2] == ("Nepal Medical Association", "monitor")


# --- "none of them <noun>": an apposition saying what the count was not, no doubt on it


@pytest.mark.parametrize(("sentence", "number"), [
    ("Police said 14 people were killed, none of them children.", "14"),
    ("The militia said it had killed 30 soldiers, none of them foreign advisers, on Monday.", "30"),
    ("According to the port authority, 19 sailors died, none of them Greeks, and 6 were hurt.", "19"),
])
def test_none_of_them_apposition_is_no_doubt(sentence: str, number: str) -> None:
    assert _who(sentence)[number][2] == "claimed"


@pytest.mark.parametrize(("sentence", "number"), [
    ("The army said it had killed 30 rebels, but none of this can be verified.", "30"),
    ("The rebels claimed 45 soldiers died; none of it is true, residents said.", "45"),
    ("The group said it had killed 12 police officers, none of them true.", "12"),
    ("The group claimed 50 dead, none of this verified.", "50"),
])
def test_none_of_it_with_a_predicate_still_doubts(sentence: str, number: str) -> None:
    assert _who(sentence)[number][2] == "disputed"


# --- a writer preferring one toll disputes the other (extract/prefdoubt.py)


@pytest.mark.parametrize("text", [
    "The ministry says 31 people were killed in the raid. Local officials had put the dead at 44. Some names appear "
    "twice on their list, and we see no reason to doubt the lower figure.",
    "Police said 12 people were killed in the shelling. The union counted 19 dead; the lower count seems more "
    "credible.",
    "The governor said 50 people were killed. A church group put the toll at 73. We find the lower estimate better "
    "founded.",
])
def test_preferring_the_lower_toll_disputes_the_higher(text: str) -> None:
    got = _who(text)
    higher = max(got, key=float)
    lower = min(got, key=float)
    assert got[higher][2] == "disputed"
    assert got[lower][2] == "claimed"


def test_preferring_the_higher_toll_disputes_the_lower() -> None:
    got = _who("Witnesses said 80 people were killed. The army said 35 died, but we accept the higher figure.")
    assert got["35"][2] == "disputed"
    assert got["80"][2] == "claimed"


@pytest.mark.parametrize("text", [
    "The ministry says 31 people were killed. Local officials had put the dead at 44. Fuel prices were lower in May.",
    "Local officials had put the dead at 44. We see no reason to doubt the lower figure.",  # no other toll
    "The ministry says 31 people were killed. Local officials had put the dead at 44. Weeks later the courts heard "
    "the case. We see no reason to doubt the lower figure.",  # the preference out of reach
])
def test_no_preference_no_dispute(text: str) -> None:
    assert all(stance == "claimed" for _, _, stance in _who(text).values())


def test_the_armed_wing_of_a_named_party_is_no_party() -> None:
    """The party rule types the party, not its armed wing named in an apposition (the armed_group rule after it)."""
    from extract import extract_claims

    text = "The Delta Brigades, the armed wing of the Delta Party, said 19 soldiers died."
    (claim,) = [c for c in extract_claims(text) if c.number_text == "19"]
    assert (claim.source, claim.source_type) == ("Delta Brigades", "armed_group")
