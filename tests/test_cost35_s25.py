"""cost35 (session 25): same-output cost gates. Sentences of our own."""

from __future__ import annotations

import re
from datetime import date

import extract.callertags as callertags
from extract.context import Section, SentenceContext
from extract.sentences import split_sentences

PHONE_IN = ("Callers to the evening show described the night.\n\n"
            "Mr. Osei, Kettering: said militiamen rounded up 25 men in his neighbourhood before dawn.\n\n"
            "Lena, 34, Corby: asked why nobody had warned them.")
NO_TAGS = "A witness said: militiamen rounded up 25 men in his neighbourhood before dawn, and left at noon."


def _ctx(text: str, needle: str) -> SentenceContext:
    spans = tuple(split_sentences(text, 0, len(text)))
    at = text.index(needle)
    index = next(i for i, (s, e) in enumerate(spans) if s <= at < e)
    return SentenceContext(text, spans, index, Section("body", 0, len(text)), date(2025, 3, 1), None)


class _Spy:
    """A stand-in for the "his neighbourhood" pattern that counts its searches."""

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern = pattern
        self.calls = 0

    def search(self, s: str) -> re.Match[str] | None:
        self.calls += 1
        return self.pattern.search(s)


def test_caller_area_still_reads_a_callers_neighbourhood() -> None:
    got = callertags.caller_area(_ctx(PHONE_IN, "25 men"))
    assert got is not None and got.written == "Kettering"


def test_caller_area_none_without_tags() -> None:
    assert callertags.caller_area(_ctx(NO_TAGS, "25 men")) is None


def test_caller_area_searches_no_sentence_in_a_document_without_tags(monkeypatch) -> None:  # noqa: ANN001
    spy = _Spy(callertags._OWN_AREA)
    monkeypatch.setattr(callertags, "_OWN_AREA", spy)
    assert callertags.caller_area(_ctx(NO_TAGS, "25 men")) is None
    assert spy.calls == 0  # the document has no caller tags: the sentence is not searched


def test_caller_area_searches_in_a_phone_in(monkeypatch) -> None:  # noqa: ANN001
    spy = _Spy(callertags._OWN_AREA)
    monkeypatch.setattr(callertags, "_OWN_AREA", spy)
    got = callertags.caller_area(_ctx(PHONE_IN, "25 men"))
    assert got is not None and got.written == "Kettering" and spy.calls == 1
