"""Session 7, batch 16: a row of a table of figures ("Label: N (M)") is body, not a heading; sentences written for
these tests."""

from __future__ import annotations

from extract.figurerows import is_figure_row
from extract.sections import split_sections


def kinds(text: str) -> list[tuple[str, str]]:
    return [(s.kind, text[s.start:s.end].strip()) for s in split_sections(text)]


def test_rows_of_a_table_of_figures_are_body() -> None:
    text = ("Weekly Security Digest\n\nOur teams logged 212 incidents this week.\n\n"
            "BY DISTRICT (this week; last week in brackets)\n\nNorth Ridge: 41 (36)\nLake Shore: 17 (9)\n"
            "Arson: 12\n\nOUTLOOK\n\nMore rain is due.\n")
    found = kinds(text)
    rows = [k for k, t in found if "North Ridge" in t or "Arson" in t]
    assert rows and all(k == "body" for k in rows)
    assert ("headline", "OUTLOOK") in found


def test_is_figure_row_reads_only_a_label_and_its_figures() -> None:
    assert is_figure_row("Murders: 8 (5)")
    assert is_figure_row("Persons displaced: about 4,100")
    assert is_figure_row("Share destroyed: 12%")
    assert not is_figure_row("Gaza: 40 Killed in Strike")
    assert not is_figure_row("Syria Crisis Update")
    assert not is_figure_row("Aleppo: Day 12 of the Siege")


def test_a_titled_headline_with_a_figure_after_its_colon_stays_a_heading() -> None:
    text = "Front Page\n\nSome text here.\n\nAleppo: 40 Killed in Market Strike\n\nMore text follows.\n"
    assert ("headline", "Aleppo: 40 Killed in Market Strike") in kinds(text)
