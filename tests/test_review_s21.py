"""Debts of session 19's review, paid in session 21: one blanking helper, and the police asked of the lexicon."""

from __future__ import annotations

import re
from pathlib import Path

from extract import extract_claims
from extract.riotharm import police_subjects

EXTRACT = Path(__file__).resolve().parent.parent / "extract"


def test_only_rx_spells_out_the_blanking():
    """`pattern.sub(blank, text)` (extract/rx.py) is the one way to blank a match; no module writes its own."""
    own = re.compile(r'" " \* len\(m\.group\(0\)\)')
    writers = sorted(p.name for p in EXTRACT.glob("*.py") if own.search(p.read_text(encoding="utf-8")))
    assert writers == ["rx.py"]


def test_police_subjects_come_from_the_lexicon():
    assert police_subjects() == {"police", "officers"}
    assert "troops" not in police_subjects()


def test_police_hurt_in_a_riot_of_peace_are_no_claim_but_soldiers_are():
    riot = "Riot after cup final. Thirty policemen were injured during the riot outside the stadium, the mayor said."
    assert [c.number_text for c in extract_claims(riot)] == []
    war = "Thirty soldiers were injured when rebels shelled the barracks outside Goma, the army said."
    assert [(c.number_text, c.measure) for c in extract_claims(war)] == [("Thirty", "wounded")]
