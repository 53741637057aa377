"""Whether a report is about a massacre, so that the unidentified dead it counts far from the word are its victims.

A massacre ([cues] massacre_report of assets/lexicons/claims.toml) makes a report's unidentified dead civilians
even where the count stands sentences away from the word ("None of this makes the massacre smaller" closing a
report on the registered dead). A passing mention does not: the report must tell of the massacre as its subject,

- in its headline or lead (the first paragraph of prose after the headline), or named at least twice (a trace,
  "a mass grave", naming it once), or in the paragraph of the count ("The massacres are named by their villages. In Kalo a patrol killed
  40 men");
- and, like a massacre told in the sentences just before the count (`atrocity_near`), not a past one set apart by
  a year or a memory ("the massacre of 1995", "last year's massacre", "the town is
  remembered for the massacre"), nor a figure of speech ("an electoral massacre").

And a sentence that gives its own cause of death, a battle or an accident ("exchanged fire", "the helicopter
crashed, killing 14 on board"), is not read as the massacre's, wherever the massacre is told. The words of each
test are [massacre_told] of assets/lexicons/claims.toml (a table after the others, parsed alone).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from extract.triggers import closing_table, lexicon
from extract.trie import trie_alternation
from extract.wordset import folded, key_words, may_occur

_LEAD_LINES = 4  # non-empty lines read at most looking for the lead
_LEAD_CAP = 800  # characters of the lead at most (a report with no line breaks)
_SENTENCE_END = frozenset(".!?\"”’'")  # how a paragraph of prose ends (not a byline, nor a book's line with its price)
# A year right after the word: "the massacre of 1995", "the genocide in 1994".
_YEAR_AFTER = re.compile(r"\s+(?:of|in)\s+(?:1[6-9]|20)\d\d\b")
# A year right before it: "the 1995 massacre".
_YEAR_BEFORE = re.compile(r"\b(?:1[6-9]|20)\d\d(?:'s|’s)?\s+\Z")


@dataclass(frozen=True, slots=True)
class _Words:
    past: re.Pattern[str]  # words before the massacre that set it in the past, to the end of the stretch
    figurative: re.Pattern[str]  # words before it that make it a figure of speech, to the end of the stretch
    stop: re.Pattern[str]  # a sentence's own battle or accident
    stop_keys: frozenset[str] | None
    traces: re.Pattern[str]  # traces of a massacre that count as naming it ("mass grave"), on folded text
    trace_keys: frozenset[str] | None


def _before(phrases: list[str]) -> re.Pattern[str]:
    """Any of `phrases` as whole words ending the stretch it is searched in (folded text)."""
    return re.compile(r"(?<!\w)(?:" + trie_alternation(phrases, fold=True, flexible_space=True) + r")\s+\Z")


@lru_cache(maxsize=1)
def _words() -> _Words:
    """The [massacre_told] table (read once per process)."""
    table = closing_table("massacre_told")
    stop, traces = table["stop"], table["traces"]
    return _Words(past=_before(table["past"]), figurative=_before(table["figurative"]), stop=_any(stop),
                  stop_keys=key_words(stop), traces=_any(traces), trace_keys=key_words(traces))


def _any(phrases: list[str]) -> re.Pattern[str]:
    """Any of `phrases` as whole words (folded text)."""
    return re.compile(r"(?<!\w)(?:" + trie_alternation(phrases, fold=True, flexible_space=True) + r")(?!\w)")


def _told_as_present(ftext: str, start: int, end: int) -> bool:
    """Whether the massacre word at ftext[start:end] tells of a massacre of this report: not dated to a year
    ("of 1995", "the 1995 massacre"), not a memory ("last year's", "remembered for the"), no figure of speech."""
    if _YEAR_AFTER.match(ftext, end):
        return False
    before = ftext[max(0, start - 40) : start]
    words = _words()
    return not (_YEAR_BEFORE.search(before) or words.past.search(before) or words.figurative.search(before))


def _lead_end(text: str) -> int:
    """Where the headline and lead end: after the headline and the lines after it up to the first that ends a
    sentence (the lead paragraph: a byline or a review's line naming the book, which end with no full stop, may come
    before it), `_LEAD_LINES` non-empty lines and `_LEAD_CAP` characters at most."""
    at, seen = 0, 0
    while seen < _LEAD_LINES:
        nl = text.find("\n", at)
        if nl < 0:
            return min(len(text), _LEAD_CAP)
        line = text[at:nl]
        at = nl + 1
        if line.strip():
            seen += 1
            if seen > 1 and line.rstrip()[-1] in _SENTENCE_END:
                break
    return min(at, _LEAD_CAP)


def massacre_told(text: str, start: int, end: int) -> bool:
    """Whether the unidentified dead of the sentence at text[start:end] are a massacre's: the report is about one
    (`massacre_report`), or its paragraph tells of one ("The massacres are named by their villages. In Kalo a
    patrol killed 40 men")."""
    return massacre_report(text) or _in_paragraph(text, start, end)


def _in_paragraph(text: str, start: int, end: int) -> bool:
    """A massacre of this report (`_told_as_present`) in the paragraph (the line) holding text[start:end]."""
    lo, hi = text.rfind("\n", 0, start) + 1, text.find("\n", end)
    return _present_mentions(text[lo : hi if hi >= 0 else len(text)], None, 1)


def atrocity_near(sentence: str) -> bool:
    """Whether a sentence near the count tells of an atrocity of this report ([cues] atrocity: "massacre",
    "executed", "mass graves"), not a past one or a figure of speech ("an electoral massacre")."""
    return _present_mentions(sentence, None, 1, "atrocity")


def _present_mentions(text: str, lead: int | None, enough: int, cue: str = "massacre_report") -> bool:
    """Whether `text` names a massacre of this report ([cues] `cue`) `enough` times, or once before offset `lead`."""
    lex = lexicon()
    if not may_occur(lex.keys["cue:" + cue], text):
        return False
    fast = lex.folded_re["cue:" + cue]
    ftext = folded(text) if fast is not None else text
    count = 0
    for m in (fast or lex.cues[cue]).finditer(ftext):
        if _told_as_present(ftext, m.start(), m.end()):
            count += 1
            if count >= enough or (lead is not None and m.start() < lead):
                return True
    return False


@lru_cache(maxsize=16)  # pure on the document; asked for its unidentified dead
def massacre_report(text: str) -> bool:
    """Whether the report tells of a massacre, pogrom or genocide as its subject: one of this report (no past one,
    no figure of speech) named in the headline or lead, or named twice (a trace, "a mass grave", counting as one)."""
    if _present_mentions(text, _lead_end(text), 2):
        return True
    words = _words()
    if not may_occur(words.trace_keys, text) or not _present_mentions(text, None, 1):
        return False
    ftext = folded(text)
    return any(_told_as_present(ftext, m.start(), m.end()) for m in words.traces.finditer(ftext))


def own_cause(sentence: str) -> bool:
    """Whether the sentence gives its own cause of death, a battle or an accident ("exchanged fire", "crashed",
    "on board"): its unidentified dead are not a massacre's told elsewhere."""
    words = _words()
    return may_occur(words.stop_keys, sentence) and words.stop.search(folded(sentence)) is not None
