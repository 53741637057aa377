"""Session 23, batch 31's claimants (sentences written for these tests, not taken from any gold text)."""

from __future__ import annotations

from datetime import date

import pytest

from extract import extract_claims
from extract.lexicon import type_of


def _claims(text: str):
    return extract_claims(text, published=date(2015, 5, 4), outlet="The Harbour Gazette")


def _by_number(text: str) -> dict[str, tuple[str | None, str, str]]:
    return {c.number_text: (c.source, c.source_type, c.stance) for c in _claims(text)}


# --- a trade union, a relief or memorial committee, a pamphlet: their types by the rules of sources.json

@pytest.mark.parametrize("name", ["the dockers' union", "Union", "leader of the rival union", "union officials",
                                  "a mine workers union", "trade unionists"])
def test_a_union_speaks_as_activists(name: str) -> None:
    assert type_of(name) == "activists"


@pytest.mark.parametrize("name", ["European Union", "the African Union", "Soviet Union", "head of the European Union"])
def test_a_union_of_states_stays_official(name: str) -> None:
    assert type_of(name) == "official"


@pytest.mark.parametrize("name", ["the flood relief committee", "Memorial association", "a remembrance society"])
def test_a_relief_or_memorial_committee_is_a_monitor(name: str) -> None:
    assert type_of(name) == "monitor"


def test_a_state_committee_is_no_memorial_committee() -> None:
    assert type_of("provincial security committee") == "official"


@pytest.mark.parametrize("name", ["an anonymous pamphlet", "Radical handbills", "a Jacobin broadsheet"])
def test_a_pamphlet_is_partisan_media(name: str) -> None:
    assert type_of(name) == "partisan_media"


def test_a_government_leaflet_is_no_partisan_print() -> None:
    assert type_of("a government leaflet") == "official"


def test_the_union_claimant_in_a_sentence() -> None:
    got = _by_number("The strikers' union said 14 dockers were killed when guards fired on the picket line.")
    assert got["14"][1] == "activists"
