"""Session 27, helper who38: attribution rules fitted on batch 38 (sentences of my own)."""

from __future__ import annotations

from datetime import date

from extract import extract_claims


def _by_number(text: str, outlet: str = "Example Wire") -> dict:
    return {c.number_text: c for c in extract_claims(text, published=date(2021, 5, 4), outlet=outlet)}


def _attribution(claim) -> tuple[str, str, str]:
    return claim.source.casefold(), claim.source_type, claim.stance


# --- a law report's outlet is not the court (courtvoice.own_court)


def test_a_law_report_outlet_keeps_the_court_s_finding():
    """An outlet named "... Court Reports" reports on a court; "The tribunal found that ..." is the tribunal's."""
    text = ("Verdict in the Marlow case\nHigh Court Reports, Leeds. 3 May 2021.\n\n"
            "The tribunal found that 27 villagers were killed by the patrol.\n")
    assert _attribution(_by_number(text, "High Court Reports")["27"]) == ("tribunal", "official", "confirmed")


def test_a_court_s_own_summary_is_still_its_own_voice():
    """Negative: an outlet that is a court ("Regional Criminal Tribunal") speaks for itself."""
    text = ("Summary of judgment\nRegional Criminal Tribunal, press office. 3 May 2021.\n\n"
            "The Tribunal found that 27 villagers were killed by the patrol.\n")
    claim = _by_number(text, "Regional Criminal Tribunal")["27"]
    assert (claim.source, claim.source_type) == ("Regional Criminal Tribunal", "publication")
