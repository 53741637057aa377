"""A document read twice as two string objects that are equal reads the same (session 12).

Some pure functions of a document are cached on its text and hand back the text itself when they change nothing
(extract/peaceuses.idioms_blanked, extract/pastwars.past_wars_blanked). The cache may hand back an equal text read
before, not the caller's object, so their callers compare with ==; an identity test took a document that holds no
idiom of peace, read a second time (a re-ingest, a duplicate), for one that does. Hypothesis found it.
"""

from __future__ import annotations

from extract import pastwars
from extract import peacetolls as P
from extract.context import Section, SentenceContext
from extract.peaceuses import idioms_blanked
from extract.wordset import may_occur


def _twin(text: str) -> str:
    """An equal string that is another object."""
    twin = "".join(list(text))
    assert twin == text and twin is not text
    return twin


def _context(text: str) -> SentenceContext:
    return SentenceContext(text, ((0, len(text)),), 0, Section("body", 0, len(text)), None, None, memo={})


def test_peace_words_of_a_text_read_before_as_another_object():
    text = "Crews at the depot loaded 40 lorries with flour on Monday."
    idioms_blanked(text)  # cached on the first object
    twin = _twin(text)
    assert idioms_blanked(twin) == twin
    assert P.peace_words_in(_context(twin)) is may_occur(P._PEACE_KEYS, twin) is False


def test_past_war_money_of_a_text_read_before_as_another_object():
    text = "The council approved $5 million for new roads in the north of the city."
    pastwars.past_wars_blanked(text)
    twin = _twin(text)
    assert pastwars.past_war_money(_context(twin)) is False
    assert pastwars.past_war_money(_context(text)) is False


def test_past_war_money_still_read_where_a_past_war_is_named():
    # the rule's own case still holds (extract/pastwars.py): money beside a past war only, in a report of peace
    text = "Veterans on a war pension will get $40 a week more from April, the ministry said."
    pastwars.past_wars_blanked(text)
    assert pastwars.past_war_money(_context(_twin(text))) is pastwars.past_war_money(_context(text)) is True
