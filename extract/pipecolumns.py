"""A pipe table with one column per source: each cell's figure is its column header's claim.

    Figure | Ministry (to May) | Red Cross | Local council
    Deaths | 40 | 52 | 61

A report that sets the figures of several sources side by side heads each column with the source (GUIDELINES.md:
who makes the claim, as named). The header row is the first line of the run of "|" lines the number stands in;
its first cell labels the rows, each other cell (without a bracket: "(to May)") names a column. The header names
sources only when the prose before the table names each of them as one giving figures ("given by the Ministry",
"from X", "according to X") or defines it ("The Lakeland Observatory (LO)"), and none holds a digit or is a place
of the gazetteer: "| Region | 2019 | 2020 |", "| Killed | Wounded |" and "| Kabul | Herat |" are not. A number in
the first column, or under no such header, is left to the other cues.
Its type is the body the header stands for ("LO": the observatory named in full before; an unlisted name typed by
its introduction, extract/introduced.py). Its stance: disputed when the prose after the table says its figures
could not be tested ("we could not check the Ministry's figures or Green Dawn's"), confirmed when the prose before
says the source documented its count (the sentence naming it or the next), else claimed.
extract/attribution.py asks first for a number in a "|" line; extract/sections.py reads a row of figures as the
table's body, not as a heading (extract/tablerows.py `is_figure_pipe_row`).
"""

from __future__ import annotations

import re

from extract.context import SentenceContext
from extract.gazetteer import gazetteer, key_of
from extract.introduced import introduced_type
from extract.lexicon import expand_acronym, lookup, type_of
from extract.sentencefacts import Attribution
from extract.tablerows import is_pipe_row

__all__ = ["column_attribution", "column_source"]

# The prose after the table saying the writers could not test a column's figures: "we were not able to test the
# Government's figures or Al Wefaq's" (each name owning figures within the clause after it is doubted).
_NOT_TESTED = re.compile(r"\b(?:(?:not|never|un)\s*(?:been\s+)?able\s+to|could\s+not|cannot|can\s*not)\s+"
                         r"(?:independently\s+)?(?:test|check|verify|confirm|corroborate)\b[^.;]{0,120}", re.I)
# The prose before the table saying the column's source documented its count: "The X Commission … . It documented 35
# deaths" (within the sentence naming it or the next).
_DOCUMENTED = re.compile(r"\b(?:documented|verified|recorded)\b")
_SENTENCE_END = re.compile(r"[.!?](?:\s|$)")

_BRACKET = re.compile(r"\s*\([^()]*\)\s*")
_DIGIT = re.compile(r"\d")
_NAME = re.compile(r"[A-Z][\w'’.&-]*(?:\s+[\w'’.&-]+){0,5}")


def _line_at(text: str, at: int) -> tuple[int, int]:
    start = text.rfind("\n", 0, at) + 1
    end = text.find("\n", at)
    return start, len(text) if end < 0 else end


def _header_names(text: str, start: int, end: int) -> tuple[str, ...] | None:
    """The column names of a header row text[start:end] (its first cell left out), or None when they are not all
    sources named in the prose before the table (module doc)."""
    cells = [_BRACKET.sub(" ", c).strip() for c in text[start:end].strip().strip("|").split("|")]
    names = cells[1:]
    if len(names) < 2:
        return None
    before = text[:start]
    for name in names:
        if not _NAME.fullmatch(name) or _DIGIT.search(name) or key_of(name) in gazetteer().places:
            return None
        esc = re.escape(name)
        if not re.search(r"\b(?:by|from|according\s+to)\s+(?:the\s+)?" + esc + r"(?![\w-])|(?<![\w-])" + esc
                         + r"\s*\(|\(\s*" + esc + r"\s*\)", before):
            return None  # (not named before the table as one giving figures: a header of measures, periods, places)
    return tuple(names)


def _table_top(text: str, start: int) -> int:
    """Where the run of pipe rows holding the line starting at `start` begins (its header row)."""
    top = start
    while top > 0:
        a, b = _line_at(text, top - 1)
        if not is_pipe_row(text[a:b]):
            break
        top = a
    return top


def _table_header(text: str, start: int, end: int) -> tuple[str, ...] | None:
    """The column names of the pipe table whose row is text[start:end], or None (the header row itself, or a header
    naming no sources)."""
    top = _table_top(text, start)
    if top == start:
        return None  # the header row itself
    return _header_names(text, top, _line_at(text, top)[1])


def column_source(ctx: SentenceContext, at: int) -> str | None:
    """The column's source, as its header writes it, of the number at document offset `at` in a row of a table
    whose header names a source per column (module doc); None elsewhere."""
    if "|" not in ctx.sentence:
        return None
    text = ctx.text
    start, end = _line_at(text, at)
    if not is_pipe_row(text[start:end]):
        return None
    names = _table_header(text, start, end)
    if names is None:
        return None
    column = text.count("|", start, at) - text[start:end].lstrip().startswith("|")
    if column < 1 or column > len(names):
        return None
    return names[column - 1]


def column_attribution(ctx: SentenceContext, name: str) -> Attribution:
    """The column's source as its header writes it, typed as the body it stands for ("BICI": the commission named
    in full before), claimed; disputed when the prose after the table says its figures could not be tested,
    confirmed when the prose before says it documented its count (module doc)."""
    text = ctx.text
    full = expand_acronym(text, name)
    stance = "claimed"
    table_end = text.find("\n\n", ctx.start)
    after = text[table_end:ctx.section.end] if table_end >= 0 else ""
    if any(re.search(r"(?<![\w-])" + re.escape(name) + r"['’]s?\b", m.group()) for m in _NOT_TESTED.finditer(after)):
        stance = "disputed"
    else:
        before = text[:_table_top(text, _line_at(text, ctx.start)[0])]
        at = max(before.rfind(full), before.rfind(name))
        if at >= 0:
            first = _SENTENCE_END.search(before, at)
            second = _SENTENCE_END.search(before, first.end()) if first else None
            if _DOCUMENTED.search(before, at, second.end() if second else len(before)):
                stance = "confirmed"
    kind = type_of(full)
    if kind == "official" and not lookup(full):
        kind = introduced_type(text, full) or kind  # "Al Wefaq, the largest opposition society." (introduced.py)
    return Attribution(name, kind, stance)
