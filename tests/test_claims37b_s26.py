"""Session 26 round 3, batch 37's claim-layer leftovers (sentences written for these tests, not taken from any gold).

- people held, told past where they came from: "some 300 people from the two buses were held at the checkpoint"
  (a bare "held" at the clause's end, as "300 people were held at the checkpoint");
"""

from __future__ import annotations

from datetime import date

import pytest

from extract import extract_claims

_WAR = "Militia fighters stormed the crossing on Tuesday and 9 guards were killed. "


def _kinds(text: str) -> dict[str, tuple[str, str]]:
    claims = extract_claims(text, published=date(2025, 5, 14), outlet="The Valley Post")
    return {c.number_text: (c.measure, c.subject) for c in claims}


# --- held, past where the people came from


@pytest.mark.parametrize("sentence", [
    "Some 300 people from the two buses were held at the checkpoint.",
    "About 85 passengers from the convoy's trucks were held in a warehouse overnight.",
    "Nearly 60 workers from their farms were held at the police post.",
])
def test_people_from_somewhere_held(sentence: str) -> None:
    got = _kinds(_WAR + sentence)
    number = next(n for n in got if n != "9" and n not in ("two", "three"))
    assert got[number][0] == "captured"


@pytest.mark.parametrize("sentence", [
    "Some 40 delegates from the two parties were held up at the border.",
    "Talks from the first round were held at the hotel.",
])
def test_held_up_or_things_held_are_no_captives(sentence: str) -> None:
    got = _kinds(_WAR + sentence)
    assert all(kind[0] != "captured" for kind in got.values())
