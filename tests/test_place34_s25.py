"""Places on batch 34's registers (session 25): each rule on sentences written for it, and the cases it must not
reach. Every sentence here is our own."""

from __future__ import annotations

from extract.placementions import _document_mentions
from place_probe import place_of

_place = place_of  # (tests/place_probe.py)


def _names(text: str) -> list[str]:
    return [text[m.start : m.end] for m in _document_mentions(text)]


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
