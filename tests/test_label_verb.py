"""extract/verbreach.py `_label_verb` reads a list's label as a row's label is read (extract/labelrows.py
`row_label`): any bullet, up to twelve words, its verb saying what befell the items (sentences of our own)."""

from __future__ import annotations

from datetime import date

import pytest

from claim_probe import ClaimProbe
from extract.labelrows import row_label

_PROBE = ClaimProbe(date(2019, 5, 14))
_HEAD = "Army report for the week.\n\n"


@pytest.mark.parametrize("label", ["Weapons seized", "▪ Weapons seized", "- Weapons seized",
                                   "Weapons seized from the rebels in the northern hills"])
def test_the_items_of_a_list_take_the_verb_of_its_label(label):
    claims = _PROBE.claims(_HEAD + f"{label}: 11 rifles, 2 mortars\n")
    assert [(n, m) for n, m, _, _ in claims] == [("11", "seized"), ("2", "seized")]


def test_a_sentence_before_a_colon_is_no_label():
    text = "The minister told the national parliament on Monday that the army had seized these weapons: 11 rifles"
    assert row_label(text, 0, text.index(":")) is None
    assert row_label("Weapons seized: 11", 0, len("Weapons seized"))[0] == 0
