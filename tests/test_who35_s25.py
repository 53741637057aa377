"""Session 25, batch 35's claimants: "X had informed him that …" and "read a letter from X stating that …" name
the claimant, as minutes record others' words (sentences written for these tests, not taken from any gold text)."""

from __future__ import annotations

from extract import extract_claims

_BOMB = "A car bomb exploded outside the covered market on Tuesday morning. "


def _sources(text: str) -> dict[str, tuple[str | None, str | None, str | None]]:
    return {c.number_text: (c.source, c.source_type, c.stance) for c in extract_claims(text, outlet="The Courier")}


# --- "informed": a verb of saying whose subject is the claimant

def test_police_had_informed_him():
    got = _sources(_BOMB + "The police had informed him that 11 people were killed.")
    assert got["11"] == ("Police", "official", "claimed")


def test_army_informs_us():
    got = _sources(_BOMB + "The army informs us that 9 soldiers were killed.")
    assert got["9"][0] == "Army"


def test_passive_informed_names_no_claimant():
    got = _sources(_BOMB + "He was informed that 9 people were killed.")
    assert got["9"][0] == "The Courier"
