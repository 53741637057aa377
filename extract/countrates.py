"""Readings of a bare number that come before its phrase is read (extract/classify.py): a dollar's rate in a
currency named after the number, and counts of violent events or of the dead given as a figure.

- "the dollar fetched about 41 hryvnias", "the pound fell to 600 against the dollar": a rate (extract/money.py
  holds the words);
- "recorded 17 breaches of the truce", "89 armed incidents" (extract/violentevents.py), "the count of bodies in the
  morgue was 212" (extract/tollfigure.py): a count with no noun and no verb of its own.
"""

from __future__ import annotations

from extract.context import SentenceContext
from extract.money import DOLLAR_BUYS, DOLLAR_WORDS, RATE_AFTER, currencies
from extract.partof import Kind
from extract.phraseparts import skip_space
from extract.records import Quantity
from extract.tollfigure import COUNT_WORDS as FIGURE_WORDS, HARM_WORDS as FIGURE_HARMS, figure_is_toll, toll_figure
from extract.triggers import lexicon, norm
from extract.violentevents import GATE as EVENT_GATE, violent_events


def dollar_rate(ctx: SentenceContext, q: Quantity, words: frozenset[str]) -> Kind | None:
    """The rate a count of a currency against the dollar states, or None (the caller asks only where the sentence
    names the dollar: extract/classgates.py names_dollar)."""
    text, k, end = ctx.text, q.char_start, ctx.end
    if not DOLLAR_WORDS.isdisjoint(words) and DOLLAR_BUYS.search(text, max(ctx.start, k - 40), k):
        lex = lexicon()
        m = lex.currency_re.match(text, skip_space(text, q.char_end, end), end)
        if m and lex.currencies[norm(m.group(0))][1] != "USD":  # "the dollar fetched about 41 hryvnias"
            return Kind("rate", f"{lex.currencies[norm(m.group(0))][1]} per USD", "unknown")
    if RATE_AFTER.match(text, q.char_end, end):  # "the pound fell to 600 against the dollar"
        cur = [c for _, c in currencies(ctx, back=0) if c != "USD"]
        if cur:
            return Kind("rate", f"{cur[0]} per USD", "unknown")
    return None


def event_or_figure(ctx: SentenceContext, q: Quantity, words: frozenset[str]) -> Kind | None:
    """A count of violent events or a toll given as a figure, for a number with no noun and no verb (the caller
    asks only for such a number); else None."""
    if not EVENT_GATE.isdisjoint(words):
        said = violent_events(ctx, q)  # "recorded 17 breaches of the truce", "89 armed incidents" (violentevents.py)
        if said is not None:
            return said
    said = toll_figure(ctx, q) if not (FIGURE_WORDS.isdisjoint(words) or FIGURE_HARMS.isdisjoint(words)) else None
    if said is None and "figure" in words and "toll" in words:  # ("the count of bodies in the morgue was 212")
        said = figure_is_toll(ctx, q)  # "The figure 55 is the toll of the whole attack" (extract/tollfigure.py)
    return said
