"""Numbers pointing back at a count told in the sentence before: they count what it counts.

- "N others" with a verb people do not undergo: "Six ships were lost ... Ten others were damaged" (ships);
- a bare number opening its sentence, found or recovered: "The dead numbered 41. Fifteen were found along the
  road" (the dead);
- a bare number after a verb of counting: "The army counted 481 incidents last year. We recorded 562";
- a range restating a count: "... 25,000 deaths ... Its statisticians gave a range of 61,007 to 77,552"; a figure
  with an open bound restates only a toll of the dead: "... put the toll at 700 to 800. The Red Crescent gave a
  figure of more than 2,000".

The words are those of [rows.counting] in assets/lexicons/claims.toml; extract/listitems.py asks
`pointing_back` for a number no verb of its own reaches, and the caller's classifier (`again`) about the
earlier count.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Callable

from extract.anaphora import earlier_count
from extract.context import SentenceContext
from extract.docnumbers import counts_in
from extract.records import Quantity
from extract.rowwords import row_words
from extract.tailwords import FILLER_LASTS, strip_fillers
from extract.triggers import lexicon, measure_for, norm
from extract.wordset import folded

if TYPE_CHECKING:
    from extract.phrase import Phrase

Kind = tuple[str, str, str]
Again = Callable[[SentenceContext, Quantity, int], "Kind | None"]

# The measures of harm done to people (listitems.py reads them too).
PEOPLE_MEASURES = frozenset({"killed", "wounded", "captured", "displaced"})
_THING_GROUPS = {"destroy": "destroyed", "damage": "damaged", "capture": "seized"}
_THING_MEASURES = frozenset({"destroyed", "damaged", "seized", "attacks", "forces"})
_OTHERS = re.compile(r"\s+(?:others|more)(?:\s+(?:were|was|had\s+been|have\s+been|has\s+been|are|is))*\s+",
                     re.IGNORECASE)
_OPENING = re.compile(r"[\"“]?(?:(?:another|about|around|some|nearly|almost|roughly|at\s+least|more\s+than|over|"
                      r"a\s+further)\s+)?\Z", re.IGNORECASE)
_FOUND_AFTER = re.compile(r"\s+(?:(?:more|others)\s+)?(?:(?:were|was|had\s+been|have\s+been|has\s+been|are|is)\s+)?"
                          r"(?:(?:later|also|since|then)\s+)?([a-z]+)\b", re.IGNORECASE)
_CLAUSE_END = re.compile(r"\s*(?:[,.;:)]|$|(?:because|as|since|while|but|and|in|last|this|so)\b)", re.IGNORECASE)


def _earlier(ctx: SentenceContext, q: Quantity, depth: int, again: Again, first: bool = False) -> Kind | None:
    """What the last count of the sentence before counts, or with `first` its first (the head count that "N
    others" sets itself against); None when it holds none, or no claim."""
    at = ctx.sentences[ctx.index - 1][0] if ctx.index else 0  # where the sentence before starts
    got = earlier_count(ctx, q, lambda text: counts_in(text, at)[: 1 if first else None])
    if got is None:
        return None
    kind = again(got[0], got[1], depth + 1)
    return (kind[0], kind[1], kind[2]) if kind is not None else None


def pointing_back(ctx: SentenceContext, q: Quantity, ph: Phrase, depth: int, again: Again,
                  last: str | None) -> Kind | None:
    """(measure, subject, side) of a number pointing back at the count of the sentence before, else None. `last`:
    the last word before the number, when cheap to tell (a qualifier, a verb of counting, or None)."""
    text, k = ctx.text, q.char_start
    if ph.subject == "people" and text.startswith(" others", q.char_end) or ph.cls is None and text.startswith(
            " more", q.char_end):
        return _others(ctx, q, depth, again)
    if ph.cls is not None:
        return None
    if k - ctx.start < 24 and _OPENING.match(text, ctx.start, k):
        return _found(ctx, q, depth, again)
    lo, rows = max(ctx.start, k - 40), row_words()
    ftext = folded(text)
    if last is None or last in rows.counting or last in FILLER_LASTS and rows.counting_re.search(ftext, lo, k):
        before = text[lo : strip_fillers(text, lo, k)].rsplit(None, 1)
        if before and before[-1].lower() in rows.counting and _CLAUSE_END.match(text, q.char_end, ctx.end):
            return _earlier(ctx, q, depth, again)  # "We recorded 562, because ..."
    if (last is None or last == "of" or last in FILLER_LASTS) and rows.range_heads.search(ftext, lo, k):
        m = rows.range_re.search(text, lo, k)
        if m is None or not _CLAUSE_END.match(text, q.char_end, ctx.end):
            return None  # (not "The budget has a figure of 400 for repairs": the figure's clause goes on to its use)
        whole = _earlier(ctx, q, depth, again)  # "gave a range of 61,007 to 77,552"
        if m.group("bound") and (whole is None or whole[0] != "killed"):
            return None  # "gave a figure of more than 2,000": a bound figure restates only a toll of the dead
        return whole
    return None


def _others(ctx: SentenceContext, q: Quantity, depth: int, again: Again) -> Kind | None:
    """"Ten others were damaged": things of the count before, when the verb is one people do not undergo."""
    m = _OTHERS.match(ctx.text, q.char_end, ctx.end)
    verb = lexicon().verb_re.match(ctx.text, m.end(), ctx.end) if m else None
    group = lexicon().verb_group[norm(verb.group(0))] if verb else None
    if group not in _THING_GROUPS or measure_for(group, "people") is not None:
        return None
    whole = _earlier(ctx, q, depth, again, first=True)
    if whole is None or whole[0] not in _THING_MEASURES:
        return None
    return _THING_GROUPS[group], whole[1], whole[2]


def _found(ctx: SentenceContext, q: Quantity, depth: int, again: Again) -> Kind | None:
    """"Fifteen were found along the road": a bare number opening its sentence, found or recovered, counts the
    people of the count before (the dead, the missing)."""
    m = _FOUND_AFTER.match(ctx.text, q.char_end, ctx.end)
    if m is None or m.group(1).lower() not in row_words().found:
        return None
    whole = _earlier(ctx, q, depth, again)
    return whole if whole is not None and whole[0] in PEOPLE_MEASURES else None
