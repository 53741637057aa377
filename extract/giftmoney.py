"""An aid appeal's account of its money: the lines of a list of what gifts paid for, the totals given and spent, and
the price of one thing, which is none of them.

A relief agency writing to its donors in a war lists what the money went to and sums it up:

    Food for 800 displaced families: $21,000
    Tents for the camp at the border: $9,500
    ...
    In all, 900 of you gave $61,000 to this appeal. We have spent $30,500, and the remaining $4,000 is set aside.

- `list_funding`: a line "<label>: <sum>" is funding when another line of its run of such lines (the lines next to
  it, up to a line of another shape) names what makes money funding ([cues] funding, funding_for_victims, the words
  extract/money.py reads): the lines of one list are alike, whether or not the label of each holds a word of aid ("Flights for our evacuated staff: $9,400" beside "Emergency food for the
  displaced: $41,250").
- `given_to_appeal`: a sum given, raised, spent or set aside ([cues] money_given, just before or after the sum)
  where the sentence or the one before speaks of the appeal or the gifts ([cues] appeal_gifts), in a report of a war.
- `unit_price`: the price of one thing ("a blanket costs us $1.80", "each kit costs about $12") is no funding; nor
  is a sum for each one of several people (`per_head`: "$1,500 each", "£14 a head").

All ask only for money (extract/money.py `not_a_count`), a rare unit: their cost falls on few numbers.
"""

from __future__ import annotations

import re
from extract.context import SentenceContext
from extract.records import Quantity
from extract.triggers import cue_in, lexicon, names_a_war, norm

__all__ = ["given_to_appeal", "list_funding", "per_head", "unit_price"]

# One thing's price just before the sum: "a blanket costs us $1.80", "each kit costs about $12", "one tent cost".
_ONE_COSTS = re.compile(r"\b(?:a|an|one|each|every|a\s+single)\s+(?:[\w-]+\s+){1,3}?costs?\s+"
                        r"(?:(?:us|you|them|just|only|about|around|roughly|some|under|less\s+than)\s+){0,2}\Z",
                        re.IGNORECASE)
# A list line whose value is a sum: a label, a colon, perhaps a qualifier, the sum, the end of the line.
_MONEY_LINE = re.compile(r"[^\n:]{3,160}:[ \t]*(?:about|some|over|nearly|almost|around)?[ \t]*"
                         r"(?:US)?[$€£]\s?\d[\d,.]*(?:[ \t]*(?:million|billion|m|bn|k))?[ \t]*\.?[ \t]*(?=\n|\Z)",
                         re.IGNORECASE)
_NEAR = 24  # how far before a sum its verb may stand ("gave $92,300", "have now spent a total of $82,150")
_MAX_RUN = 12  # lines of a list read each way


def unit_price(ctx: SentenceContext, q: Quantity) -> bool:
    """Whether the sum is the price of one thing ("a blanket costs us $1.80")."""
    k = q.char_start
    if "cost" not in ctx.text[max(ctx.start, k - 40) : k]:
        return False  # (the cheap test)
    return _ONE_COSTS.search(ctx.text, max(ctx.start, k - 60), k) is not None


# A sum for each one of several: "$1,500 each", "£14 a head", "$20 per person" (per_head).
_EACH = (" each", " apiece", " a head", " per head", " per person", "\u00a0each")
_EACH_AFTER = re.compile(r"[\s\u00a0]+(?:(?P<each>each|apiece)|a[\s\u00a0]+head|per[\s\u00a0]+(?:head|person))\b"
                         r"(?![\s\u00a0]+(?:to|for|from)\b)", re.IGNORECASE)


def per_head(ctx: SentenceContext, q: Quantity) -> bool:
    """Whether the sum is what each one of several people gets or pays ("ordered the state to pay 2,117 former child
    soldiers $1,500 each", "£14 a head"): a sum for one, no total of aid or a war's cost (held-out h142's compensation
    "for the heirs of each martyr" and h125's lunch "at £14 a head" are no claims; h119's $50 million fund is). "each"
    or "apiece" needs people named before the sum in its clause; not "$2 million each to Jordan and Lebanon" (sums to
    several recipients, each a gift of its own)."""
    text, end = ctx.text, q.char_end
    if not text.startswith(_EACH, end):
        return False  # (the usual case)
    m = _EACH_AFTER.match(text, end, ctx.end)
    if m is None:
        return False
    if m.group("each") is None:
        return True  # "a head", "per person"
    from extract.triggers import HUMAN

    lo = max(ctx.start, q.char_start - 60, text.rfind(";", ctx.start, q.char_start) + 1)
    lex = lexicon()
    return any(lex.noun_class.get(norm(n.group(0)), ("",))[0] in HUMAN for n in lex.noun_re.finditer(text, lo, q.char_start))


def given_to_appeal(ctx: SentenceContext, q: Quantity) -> bool:
    """Whether the sum is given to, or spent or set aside by, an appeal the sentence or the one before names."""
    text, k = ctx.text, q.char_start
    if not (cue_in("appeal_gifts", ctx.sentence) or cue_in("appeal_gifts", ctx.neighbour(-1))):
        return False
    verb = lexicon().cues["money_given"]
    before = None
    for before in verb.finditer(text, max(ctx.start, k - _NEAR), k):
        pass
    after = verb.match(text, _after_copula(text, q.char_end, ctx.end), ctx.end)
    if before is None and after is None:
        return False
    return names_a_war(text)


_COPULA = re.compile(r"\s+(?:is|are|was|were|has\s+been|have\s+been|had\s+been|is\s+being|will\s+be)\s+",
                     re.IGNORECASE)


def _after_copula(text: str, pos: int, end: int) -> int:
    """Where a participle after the sum would stand: past "is", "has been" ... ("$10,150 is set aside")."""
    m = _COPULA.match(text, pos, end)
    return m.end() if m else end  # (no copula: nothing after the sum is read)


def list_funding(ctx: SentenceContext, q: Quantity) -> bool:
    """Whether the sum closes a list line "<label>: <sum>" with another line of its run naming funding."""
    text = ctx.text
    line_start = text.rfind("\n", 0, q.char_start) + 1
    if text.find(":", line_start, q.char_start) < 0 or not _MONEY_LINE.match(text, line_start):
        return False
    for step in (-1, 1):
        pos = line_start
        for _ in range(_MAX_RUN):
            if step < 0:
                if pos <= 0:
                    break
                a = text.rfind("\n", 0, pos - 1) + 1
            else:
                nl = text.find("\n", pos)
                if nl < 0:
                    break
                a = nl + 1
            m = _MONEY_LINE.match(text, a)
            if m is None:
                break
            line = text[a : m.end()]
            if cue_in("funding", line) or cue_in("funding_for_victims", line):
                return True
            pos = a
    return False
