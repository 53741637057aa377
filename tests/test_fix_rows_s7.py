"""Session 7 review fixes: one reader of table rows (extract/tablerows.py), one "Another N" opening for the date
and the claimant it carries (extract/datefollow.py ANOTHER_N, extract/carry.py), and every item of a list of what
a force or a place "has" as a standing size (extract/dateasides.py `standing_size`).

Every sentence is written for these tests; each rule has sentences it must not reach.
"""

from __future__ import annotations

from datetime import date

from hypothesis import given
from hypothesis import strategies as st

from extract import extract_claims
from extract.carry import _continues, _own_time
from extract.dateasides import standing_size
from extract.datefollow import follows_on
from extract.figurerows import is_figure_row
from extract.placescope import table_row
from extract.tablerows import ROW_END, heading_above, is_row, read_row
from tests.claim_probe import ClaimProbe

P = ClaimProbe(date(2019, 3, 8))
WAR = "Fighting between the army and the Taliban went on all week. "


def kinds(text: str) -> dict[str, tuple[str, str]]:
    """number_text -> (measure, subject) of the claims of `text`."""
    return {c.number_text: (c.measure, c.subject) for c in P.extracted(text)}


def dates(text: str, pub: date = date(2019, 3, 8)) -> dict[str, str | None]:
    return {c.number_text: c.event_date for c in extract_claims(text, published=pub, outlet="Test Desk")}


# --------------------------------------------------------------------------- one row reader

def test_a_row_above_a_blank_line_is_no_heading() -> None:
    got = kinds(WAR + "\n\nCivilians killed: 40\n\nKunduz: 12\nBalkh: 9\n")
    assert got == {"40": ("killed", "civilians")}  # 12 and 9 are no counts of civilians killed


def test_a_heading_over_a_blank_line_still_heads_its_rows() -> None:
    got = kinds(WAR + "\n\nCIVILIANS KILLED BY PROVINCE\n\nKunduz: 12\nBalkh: 9\n")
    assert got == {"12": ("killed", "civilians"), "9": ("killed", "civilians")}


def test_rows_past_a_blank_line_under_the_rows_are_another_table() -> None:
    got = kinds(WAR + "\n\nCIVILIANS KILLED BY PROVINCE\nKunduz: 12\nBalkh: 9\n\nHerat: 4\n")
    assert set(got) == {"12", "9"}


def test_a_share_is_a_row_but_no_count_under_a_heading_of_deaths() -> None:
    got = kinds(WAR + "\n\nDEATHS BY PROVINCE\n\nKunduz: 12%\nBalkh: 9\n")
    assert got == {"9": ("killed", "people")}  # the share row is walked past, not read as deaths


def test_heading_above_follows_the_blank_line_rule() -> None:
    text = "DEATHS BY PROVINCE\n\nKunduz: 12\nBalkh: 9\n"
    assert heading_above(text, text.index("Balkh")) == (0, len("DEATHS BY PROVINCE"))
    text = "Civilians killed: 40\n\nKunduz: 12\n"
    assert heading_above(text, text.index("Kunduz")) is None
    text = "Fighting went on all week in the north.\nKunduz: 12\n"
    assert heading_above(text, text.index("Kunduz")) is None  # a sentence with a stop heads no table
    text = "DEATHS\n\n\nKunduz: 12\n"
    assert heading_above(text, text.index("Kunduz")) is None  # two blank lines


def test_one_row_shape_for_every_reader() -> None:
    for line in ("Murders: 8 (5)", "Persons displaced: about 4,100", "Share destroyed: 12%", "West Wollega: 241 (130)",
                 "- Homes burned: 318 (205)", "Funds received: $4.5 million", "Killed: 27, says the monitor",
                 "Internally displaced in Chad (estimated): 450,000 (410,000)"):
        assert is_row(line) and is_figure_row(line), line
    for line in ("Gaza: 40 Killed in Strike", "Syria Crisis Update", "Aleppo: Day 12 of the Siege",
                 "Officials said 54 at 6:40.", "The minister said: 40 were killed and more are missing"):
        assert not is_row(line), line


def test_the_named_options_narrow_the_row() -> None:
    assert read_row("Kunduz: 12", name_label=True)
    assert not read_row("people displaced in the north: 12", name_label=True)  # no capital first
    assert not read_row("One Two Three Four Five Six: 12", name_label=True)  # more than five words
    assert read_row("Kunduz: 12%") and not read_row("Kunduz: 12%", counts_only=True)
    assert not read_row("Kunduz: $40", counts_only=True)


def test_row_end_closes_a_row_after_its_figure() -> None:
    assert ROW_END.match("; wounded: 3")
    assert ROW_END.match(" (of whom 12 children)\n")
    assert ROW_END.match(", says the monitor\n")
    assert not ROW_END.match(" soldiers were killed on Monday.\n")


def test_placescope_reads_the_same_row() -> None:
    assert table_row("People displaced in Chad (estimated): 450,000 (410,000)\n")
    assert not table_row("Schools closed: 120\n")
    assert not table_row("The ministry had given 184 at 17:10 in Bangui.")


@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=120))
def test_any_text_reads_without_error(text: str) -> None:
    found = read_row(text)
    assert found is None or ":" in text
    if "\n" in text:
        heading = heading_above(text, text.rindex("\n") + 1)
        assert heading is None or heading[0] <= heading[1] <= len(text)


# --------------------------------------------------------------------------- "Another N": one opening

def test_another_n_opens_a_follow_up_for_dates_and_claimants() -> None:
    for s in ("Another 40 were hurt.", "A further 30 were arrested.", "Another at least 12 died.",
              "Another twelve were wounded.", "- Another 250 have been treated for wounds."):
        assert follows_on(s) and _continues(s), s
    for s in ("Another car bomb killed 12.", "A further attack killed 3."):
        assert not follows_on(s) and not _continues(s), s


def test_a_follow_up_takes_the_date_before_it() -> None:
    text = ("Gunmen killed 12 people in Kunduz on Monday, police said. Another 40 were wounded.")
    got = dates(text)
    assert got["40"] == got["12"] == "2019-03-04"


def test_own_time_is_the_date_layers_days_and_what_is_to_come() -> None:
    for s in ("Three more were buried today.", "Nine more victims will be buried on Sunday.",
              "Three more died last night.", "A further 12 were hurt this week.", "Three more die tomorrow."):
        assert _own_time(s), s
    for s in ("Another 40 are now in hospital.", "Another 250 have been treated for wounds.",
              "Another 40 died overnight.", "Another 40 have died so far."):
        assert not _own_time(s), s


def test_a_follow_up_carries_the_claimant_unless_it_dates_its_own_event() -> None:
    said = "The Red Cross says at least 60 people have been killed in the town. "
    claims = {c.number_text: c.source for c in P.extracted(WAR + said + "Another 250 have been treated for wounds.")}
    assert claims["250"] == "Red Cross"
    claims = {c.number_text: c.source for c in P.extracted(WAR + said + "Three more were buried today.")}
    assert claims.get("Three") != "Red Cross"


# --------------------------------------------------------------------------- what is had: every item of a list

MONDAY = "Shelling hit the town of Kunduz on Monday. "


def test_every_item_of_a_list_after_has_is_a_standing_size() -> None:
    got = dates(MONDAY + "The hospital has 650 beds, 40 nurses and 212 doctors.")
    assert got == {"650": None, "40": None, "212": None}
    got = dates(MONDAY + "The hospital has 650 beds and 212 doctors.")
    assert got == {"650": None, "212": None}


def test_standing_size_reads_the_lexicons_words() -> None:
    text = "The clinic has 3 ambulances, 2 generators, 12 surgeons and 4 intensive care beds."
    for n in ("3", "2", "12", "4"):
        k = text.index(n + " ")
        assert standing_size(text, k, k + len(n)), n
    text = "The rebels still have about 300 men and 40 peacekeepers watch them."
    k = text.index("300")
    assert standing_size(text, k, k + 3)


def test_a_list_of_harm_is_no_standing_size() -> None:
    got = dates(MONDAY + "The shells killed 40 people, 12 children and 3 nurses.")
    assert got == {"40": "2019-03-04", "12": "2019-03-04", "3": "2019-03-04"}
    text = "The town has seen 40 houses, 12 shops and 3 schools burned."
    for n in ("40", "12", "3"):
        k = text.index(n + " ")
        assert not standing_size(text, k, k + len(n)), n
