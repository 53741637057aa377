"""Session 27, helper tidy27: one place for each fact (sentences of my own).

The court's own nouns (extract/courtvoice.py COURT_NOUNS) are also the first of extract/courtcarry.py's finders, so
a bench's finding runs on through its paragraph as a court's does.
"""

from __future__ import annotations

from datetime import date

from extract import courtcarry, courtvoice, extract_claims


def _by_number(text: str) -> dict:
    return {c.number_text: c for c in extract_claims(text, published=date(2022, 9, 14), outlet="Valley Courier")}


def test_court_finders_include_every_noun_a_court_names_itself_by() -> None:
    """The finders carried through a paragraph are the court's own nouns and then the other bodies of inquiry."""
    finders = courtcarry._FINDERS.split("|")
    assert finders[: len(courtvoice.COURT_NOUNS)] == list(courtvoice.COURT_NOUNS)
    assert {"coroner", "jury", "commission"} <= set(finders)


def test_a_bench_s_finding_runs_on_through_its_paragraph() -> None:
    """"The bench found that …": the facts told after it in the paragraph are the bench's findings."""
    text = ("Ruling on the Ostrava riots\n\n"
            "The bench found that the two officers ordered the charge. On the bridge itself, 14 marchers were "
            "beaten unconscious and 31 were hurt.\n")
    claims = _by_number(text)
    assert claims["31"].source.casefold() == "bench"  # (its stance: judge_finds, see the report)


def test_a_bench_heard_without_a_finding_gives_nothing() -> None:
    """Negative: a bench that only heard the case finds nothing for the sentences after it."""
    text = ("Ruling on the Ostrava riots\n\n"
            "The bench heard the two officers on Tuesday. On the bridge itself, 31 marchers were hurt.\n")
    claims = _by_number(text)
    assert "bench" not in (claims["31"].source or "").casefold()


def test_the_court_s_division_names_itself() -> None:
    """The court's nouns as names ("the Appeals Bench", "Trial Chamber") are the court speaking of itself."""
    assert courtvoice.court_itself("the Appeals Bench") and courtvoice.court_itself("Trial Chamber")
    assert not courtvoice.court_itself("the appeals bench")  # (a division is named with capitals)
