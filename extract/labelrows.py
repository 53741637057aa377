"""Label rows: "Civilians killed: 2", "Houses burned or destroyed: 41", "Health posts still working: 3".

Reports, NGO releases and tables give a count as a row: a label, a colon, the number, and the end of the line
(or of the row: "Killed: 12; wounded: 40"). The label is the number's phrase: its noun is what is counted
and its verb what befell it, as in "2 civilians killed". A row counts something of the war only when

- the document speaks of a war (extract/triggers.py `names_a_war`): a shop's "Eggs: 12" is no claim;
- its label holds a noun of the lexicon ([nouns], or [rows.nouns]) or a verb of harm: "Score: 3-1",
  "Founded: 1982", "Phone: 555 0100", "Tickets sold: 40,000" hold neither;
- the noun and verb give a measure (extract/triggers.py `measure_for`), or, with no verb, the noun's class does
  ([rows.default_measure]): "Troops deployed: 4,000", "Refugees: 1,200"; "Population: 30,000" and
  "Civilians: 40" (nothing said to have befallen them) give none.

A part in brackets after the number ("6,312 (of whom 3,480 children)") is read by extract/classify.py as a part
of the row's count. extract/classify.py asks `label_row` for every number; the first test is whether a colon
stands just before it.
"""

from __future__ import annotations

import re

from extract.context import SentenceContext
from extract.records import Quantity
from extract.rowwords import row_words
from extract.sides import resolve_side
from extract.tablerows import ROW_END
from extract.triggers import lexicon, measure_for, names_a_war, norm, side_mentions, theatre_side

_QUALIFIER_BEFORE = re.compile(r"(?:about|around|some|nearly|almost|over|roughly|approximately|at\s+least|more\s+than|"
                               r"an\s+estimated|up\s+to|close\s+to|between)\s+\Z|(?:c\.|ca\.|circa\s)\s*\Z",
                               re.IGNORECASE)  # "Refugees: about 50,000", an infobox's "Injured: c. 220" (circa)
# A part of the row's count told after it on the row: "Mines lifted since 1993: 76,112, of them 21,400 in the north".
_PART_AFTER = re.compile(r",[ \t]+of[ \t]+(?:them|which|whom)[ \t]+[^.;\n]{0,80}(?:[;|.]|\n|\Z)", re.IGNORECASE)
_BULLET = re.compile(r"[ \t]*(?:[-*•·–—▪►+]+|\(?\d{1,2}[.)]|\(?[a-z][.)])?[ \t]*")
_JOIN = re.compile(r"\s*(?:,|and|or|&|/)\s*", re.IGNORECASE)  # between coordinated nouns: "Wells and water points"
_MAX_WORDS = 12  # a longer "label" is a sentence ("The minister told parliament on Monday: ...")
_HARM = frozenset({"kill", "wound", "capture", "displace", "destroy", "damage", "attack"})
_BY_NOUN = re.compile(r"\sby\s+(?:the\s+|a\s+)?(?:[\w'’-]+\s+(?:and\s+)?){0,3}\Z", re.IGNORECASE)  # "by navy and passenger "


def label_row(ctx: SentenceContext, q: Quantity) -> tuple[str, str, str] | None:
    """(measure, subject, side) of a number that is the value of a label row, else None."""
    text, k = ctx.text, q.char_start
    if ":" not in text[max(ctx.start, k - 18) : k]:
        return None  # (the cheap test: most numbers follow no colon)
    p = k
    if (text[k - 1 : k].isspace() or text[k - 1 : k] == ".") and text[k - 2 : k - 1] != ":":  # ("c.220")
        qual = _QUALIFIER_BEFORE.search(text, max(ctx.start, k - 16), k)
        p = qual.start() if qual else k  # a qualifier between the colon and the number
    while p > ctx.start and text[p - 1] in " \t":
        p -= 1
    if p <= ctx.start or text[p - 1] != ":":
        return None
    colon = p - 1
    if not ROW_END.match(text, q.char_end) and not (text.startswith(", ", q.char_end) and _PART_AFTER.match(
            text, q.char_end)):  # (extract/tablerows.py; a part after it: `_PART_AFTER`)
        return None  # "Update: 40 soldiers were killed": a sentence goes on after the number
    a = max(text.rfind("\n", 0, colon), text.rfind(";", 0, colon), text.rfind("|", 0, colon)) + 1
    read = label_measure(text, a, colon)
    if read is None or read[0] < ctx.start or not names_a_war(text):
        return None  # (a label starting before the sentence: the sentence began inside it, no row of its own)
    a, cls, subject, group, noun_end, measure = read
    if cls in (None, "toll", "injury") and text[:a].rstrip().endswith(";"):
        cls, subject = _noun_of_row_before(text, a) or (cls, subject)  # "Soldiers killed: 1; wounded: 3"
    named = side_mentions(text, a, noun_end) if noun_end > a else []
    if named:  # "Regime soldiers killed: 40": a side named on the label's noun is the side of what is counted
        side = theatre_side(text, named[-1].side)
    else:  # otherwise as of a passive ("40 were killed"): the label's words stand before the number
        side = resolve_side(ctx, q, measure, cls, subject or None, "right" if group else "", np_end=q.char_end)
    return measure, subject or "people", side


def label_measure(text: str, a: int, b: int) -> tuple[int, str | None, str | None, str | None, int, str] | None:
    """(where the label's words start, class, subject, verb group, end of its noun, measure) of the label text[a:b] of a row,
    or None when it names no harm: no noun or verb read, a word of sparing ("Hostages freed: 12"), or no measure
    for its noun and verb. Shared by the rows of extract/labelrows.py and extract/headrows.py."""
    read = row_label(text, a, b)
    if read is None:
        return None
    a, (cls, subject, group, noun_end, _) = read
    if group == "spare":
        return None
    measure = measure_for(group, cls) if group else row_words().default_measure.get(cls or "")
    return None if measure is None else (a, cls, subject, group, noun_end, measure)


def row_label(text: str, a: int, colon: int) -> tuple[int, tuple[str | None, str | None, str | None, int, int]] | None:
    """(start, `_read_label`) of the label of a row from `a` (its line's start) to its `colon`, after a bullet
    ("- Houses burned:"); None when it is no label: empty, a sentence (more than _MAX_WORDS words, or a stop or
    quote in it), or holding neither a noun nor a verb of harm. extract/verbreach.py reads a list's label so too."""
    bullet = _BULLET.match(text, a, colon)
    assert bullet is not None  # (it matches the empty string)
    a = bullet.end()
    label = text[a:colon]
    if not label.strip() or len(label.split()) > _MAX_WORDS or any(c in label for c in ".!?\"“”"):
        return None
    found = _read_label(text, a, colon)
    return (a, found) if found is not None else None


def _read_label(text: str, a: int, b: int) -> tuple[str | None, str | None, str | None, int, int] | None:
    """(noun class, subject, verb group, end of the noun, start of the verb or -1) of the label text[a:b]; None
    when it holds no noun and no verb of harm."""
    lex = lexicon()
    noun = _first_noun(text, a, b)
    cls = subject = None
    verb_from = n_end = a
    if noun is not None:
        cls, subject, n_start, n_end = noun
        if cls == "out":
            return None  # "Days: 12", "Rounds: 11"
        for _ in range(3):  # the last of coordinated nouns: "Wells and water points damaged"
            join = _JOIN.match(text, n_end, b)
            nxt = _noun_at(text, join.end(), b) if join and join.end() > n_end else None
            if nxt is None or nxt[0] == "out":
                break
            cls, subject, _, n_end = nxt
        verb_from = n_end
    group, verb_at = None, -1
    for m in lex.verb_re.finditer(text, a, b):
        if noun is not None and noun[2] <= m.start() < verb_from:
            continue  # the noun itself ("Displaced people")
        group, verb_at = lex.verb_group[norm(m.group(0))], m.start()
        break
    if noun is None and group not in _HARM:
        return None
    if noun is not None and group is None and lex.cues["moved_out"].match(text, a, noun[2]):
        group, verb_at = "move", a  # "Shipped out by navy ships: 31,450" ([cues] moved_out)
    if noun is not None and 0 <= verb_at < noun[2] and _BY_NOUN.search(text, verb_at, noun[2]):
        cls = subject = None  # "Evacuated by army trucks: 900": the noun is the means, the people are counted
    return cls, subject, group, n_end, verb_at


def _first_noun(text: str, a: int, b: int) -> tuple[str, str, int, int] | None:
    """The first noun of the lexicon or of [rows.nouns] in text[a:b]: (class, subject, start, end)."""
    best = None
    for pattern in (lexicon().noun_re, row_words().noun_re):
        m = pattern.search(text, a, b)
        if m and (best is None or m.start() < best.start() or (m.start() == best.start() and m.end() > best.end())):
            best = m
    if best is None:
        return None
    cls, subject = _class_of(best.group(0))
    return cls, subject, best.start(), best.end()


def _noun_at(text: str, pos: int, b: int) -> tuple[str, str, int, int] | None:
    """A noun of the lexicon or of [rows.nouns] starting at `pos`."""
    best = None
    for pattern in (lexicon().noun_re, row_words().noun_re):
        m = pattern.match(text, pos, b)
        if m and (best is None or m.end() > best.end()):
            best = m
    if best is None:
        return None
    cls, subject = _class_of(best.group(0))
    return cls, subject, best.start(), best.end()


def _class_of(written: str) -> tuple[str, str]:
    """(class, subject) of a noun as written; class "out" for a noun out of scope."""
    lex, key = lexicon(), norm(written)
    if key in lex.out_of_scope:
        return "out", key
    return lex.noun_class.get(key) or row_words().noun_class[key]


def _noun_of_row_before(text: str, a: int) -> tuple[str, str] | None:
    """(class, subject) of the noun of the row before on the same line, for a row whose label names only what
    befell ("TNI soldiers killed: 1; wounded: 3": the wounded are soldiers too)."""
    semi = text.rfind(";", 0, a)
    start = max(text.rfind("\n", 0, semi), text.rfind(";", 0, semi)) + 1
    colon = text.find(":", start, semi)
    if colon < 0:
        return None
    bullet = _BULLET.match(text, start, colon)
    assert bullet is not None  # (it matches the empty string)
    start = bullet.end()
    noun = _first_noun(text, start, colon)
    return (noun[0], noun[1]) if noun is not None and noun[0] != "out" else None
