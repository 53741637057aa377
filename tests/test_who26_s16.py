"""Side and subject rules written after batch 26's first sight (tests/data/firstsight/README.md).

Settlers are a civilian noun of the lexicon (assets/lexicons/claims.toml, [nouns.civilian]): the subject is the
word as written and the side civilian; armed men who only pose as settlers keep their own noun. A displacement
site is a civilian target of extract/civiliantarget.py ([civilian_targets] of the lexicon): a report whose lead
tells of an attack on one counts its unidentified dead as civilians; one whose lead tells of an attack on armed
men near such a site does not.
"""

from __future__ import annotations

from datetime import date

import extract


def claims(text: str) -> dict[str, tuple[str, str]]:
    return {c.number_text: (c.subject, c.side)
            for c in extract.extract_claims(text, published=date(2023, 3, 9), outlet="Test Wire")}


def test_killed_settlers_are_civilian_settlers() -> None:
    got = claims("Gunmen killed 14 settlers in a village near Orvana on Tuesday, police said.")
    assert got.get("14") == ("settlers", "civilian")


def test_named_settlers_keep_the_noun() -> None:
    got = claims("Raiders massacred 22 Christian settlers at a farm outside Belmira, officials said.")
    assert got.get("22") == ("settlers", "civilian")


def test_aggressors_posing_as_settlers_are_not_settlers() -> None:
    got = claims('The rebel radio said its men had killed "more than 40 invaders disguised as settlers".')
    assert got.get("40", ("", ""))[0] != "settlers"


_REPORT = ("{head}\n\nRegional Desk\n\nKALEMBA, 8 March (Test Wire) - {lead} overnight, local officials and aid "
           "workers said on Wednesday.\n\nThe district hospital said it had received 27 bodies by the afternoon. "
           "Aid agencies suspended their work in the area.\n")


def test_attack_on_a_displacement_site_makes_the_dead_civilian() -> None:
    text = _REPORT.format(head="Attack on the Kalemba displacement site",
                          lead="Armed men attacked the Kalemba displacement site in the north of the province")
    assert claims(text).get("27") == ("people", "civilian")


def test_attack_on_rebels_near_a_displacement_site_stays_unknown() -> None:
    text = _REPORT.format(head="Army retakes hills above Kalemba",
                          lead="The army attacked rebel positions in the hills above the Kalemba displacement site")
    assert claims(text).get("27") == ("people", "unknown")
