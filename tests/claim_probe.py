"""Claims of a test sentence as one outlet publishing on one day reports them (shared by the rule tests)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from extract import extract_claims
from extract.records import Claim


# A sentence naming a war and its two sides, put before a test sentence so that its numbers are read as a war
# report's (the rules that keep peacetime news out need the war named).
WAR = "Fighting between the army and the rebels went on all week. "


@dataclass(frozen=True)
class ClaimProbe:
    """extract_claims with a fixed published date and outlet, read the ways the rule tests read it."""

    published: date
    outlet: str = "Test Wire"

    def extracted(self, text: str) -> list[Claim]:
        return extract_claims(text, published=self.published, outlet=self.outlet)

    def claims(self, text: str) -> list[tuple]:
        """(number_text, measure, subject, side) of every claim in `text`."""
        return [(c.number_text, c.measure, c.subject, c.side) for c in self.extracted(text)]

    def numbers(self, text: str) -> list[str]:
        """The number_text of every claim in `text`."""
        return [c.number_text for c in self.extracted(text)]

    def one(self, text: str, number: str) -> Claim:
        """The one claim written as `number` in `text`."""
        got = [c for c in self.extracted(text) if c.number_text == number]
        assert len(got) == 1, self.claims(text)
        return got[0]

    def kind(self, text: str, number: str) -> tuple[str, str, str]:
        """(measure, subject, side) of the one claim written as `number`."""
        c = self.one(text, number)
        return c.measure, c.subject, c.side

    def kinds(self, text: str) -> dict[str, tuple[str, str, str]]:
        """number_text -> (measure, subject, side) of every claim in `text`."""
        return {c.number_text: (c.measure, c.subject, c.side) for c in self.extracted(text)}

    def measures(self, text: str) -> dict[str, str]:
        """number_text -> measure of every claim in `text`."""
        return {c.number_text: c.measure for c in self.extracted(text)}


def claim_at(claims: list[Claim], number: str, nth: int = 0) -> Claim:
    """The `nth` claim written as `number` among `claims` (IndexError when there are fewer)."""
    return [c for c in claims if c.number_text == number][nth]
