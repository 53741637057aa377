"""Bugs that making extract/'s type hints true (tests/test_types.py) brought to light, each tested here."""

from __future__ import annotations

from extract.numbers import find_quantities


def _read(text: str) -> list[tuple[str, str]]:
    return [(q.surface, q.kind) for q in find_quantities(text)]


def test_spoken_time_whose_hour_runs_on_does_not_crash() -> None:
    # numspokentimes read "<minutes> to <hour>" after a word of time as a clock time, and crashed (None.group)
    # where the hour runs on with a dash ("six-thirty"), which _PAST_TO refuses: mypy's arg-type finding.
    got = _read("By ten to nine-fifteen on Tuesday, 31 villagers had been killed.")
    assert ("31", "number") in got
    assert not any(kind == "time" for _, kind in got)
    got = _read("The convoy left at five to six-thirty, carrying 12 wounded soldiers.")
    assert ("12", "number") in got


def test_spoken_time_still_read() -> None:
    # the clock time itself is still read where the hour stands alone
    got = _read("At ten to nine on Tuesday, 31 villagers had been killed.")
    assert ("ten to nine", "time") in got
    assert ("31", "number") in got
