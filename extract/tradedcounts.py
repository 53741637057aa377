"""Counts traded, bought or sent: both sides of a swap, weapons bought or sent to a side, money spent on weapons.

Three readings the phrase reader (extract/phrase.py) has no words for (general news 24):
- `swapped_for`, `swapped_against`: "exchanged 95 for 95 prisoners", "swapped 40 for 52 soldiers": the first number
  of a swap has no noun of its own; it counts what the second one counts, and the second takes the verb of the swap
  (the [verbs] free group: captives freed in an exchange are a captured claim, as the held-out gold takes swapped
  prisoners);
- `weapons_received`: munitions bought ("will spend £1.6bn on 5,000 air-defence missiles", "ordered 200 cruise
  missiles", "a deal for 300 shells") or told for a side ("5,000 missiles for Ukraine") are weapons a side holds or
  receives, its forces (GUIDELINES), not munitions fired (attacks);
- `spent_on_weapons`: the money spent on such a count ("£1.6bn on 5,000 air-defence missiles") pays for arms, a
  funding claim in a report of a war (extract/money.py asks this when no word of aid or arms stands in the sentence).
"""

from __future__ import annotations

import re

from extract.context import SentenceContext
from extract.numwords import NUMBER_WORDS
from extract.phrase import Phrase
from extract.records import Quantity
from extract.triggers import lexicon, norm

# "for" and a second number right after the first number of a swap, then the noun the second one counts.
_FOR_NUMBER = re.compile(r"[\s\u00a0]+for[\s\u00a0]+(?P<n>\d[\d,]*|[a-z]+(?:-[a-z]+)?)[\s\u00a0]+", re.IGNORECASE)


def swapped_for(ctx: SentenceContext, q: Quantity, ph: Phrase) -> None:
    """Give the first number of "exchanged A for B <noun>" the class and subject of B's noun (the module); the
    phrase's verb (the swap's, group "free") stays. Asked where the number has no noun and "free" acts on it."""
    m = _FOR_NUMBER.match(ctx.text, q.char_end, ctx.end)
    if m is None or not (m.group("n")[0].isdigit() or m.group("n").lower() in NUMBER_WORDS):
        return  # ("exchanged 95 for the prisoners it held": no second count)
    lex = lexicon()
    noun = lex.noun_re.match(ctx.text, m.end(), ctx.end)
    if noun is None:
        return
    cls, subject = lex.noun_class.get(norm(noun.group(0)), (None, None))
    if cls in ("captive", "fighter", "civilian", "people"):
        ph.cls, ph.subject = cls, subject


# The swap's verb, the first number and "for" right before the second number: "exchanged 95 for ".
_SWAP_BEFORE = re.compile(r"\b(?:exchanged|exchanges|exchanging|exchange|swapped|swaps|swapping|swap|traded|trading)"
                          r"[\s\u00a0]+(?:\d[\d,]*|[a-z]+)[\s\u00a0]+for[\s\u00a0]+\Z", re.IGNORECASE)


def swapped_against(ctx: SentenceContext, q: Quantity, ph: Phrase) -> None:
    """Give the second number of "exchanged A for B <noun>" the swap's verb (group "free"), which the phrase reader
    does not reach past the first number: "swapped 120 for 115 soldiers" frees both counts of prisoners."""
    m = _SWAP_BEFORE.search(ctx.text, max(ctx.start, q.char_start - 40), q.char_start)
    if m is not None:
        ph.verb, ph.verb_side, ph.verb_start = "free", "left", m.start()


# Verbs or nouns of a purchase right before the count ("spend £1.6bn on", "ordered", "a $2bn deal for").
_BOUGHT_BEFORE = re.compile(
    r"(?:\b(?:spend|spends|spent|spending|invest|invests|invested|investing)\b[^,.;:!?]{1,30}?\bon"
    r"|\b(?:buy|buys|bought|buying|purchase|purchased|purchases|purchasing|order|orders|ordered|ordering|acquire|"
    r"acquires|acquired|acquiring)"
    r"|\b(?:deal|contract|order|orders|sale)[\s\u00a0]+(?:for|of))"
    r"[\s\u00a0]+(?:(?:another|a[\s\u00a0]+further|up[\s\u00a0]+to|some|about|around|nearly|more[\s\u00a0]+than)"
    r"[\s\u00a0]+)?\Z", re.IGNORECASE)
_BOUGHT_WORDS = frozenset({"spend", "spends", "spent", "spending", "invest", "invests", "invested", "investing", "buy",
                           "buys", "bought", "buying", "purchase", "purchased", "purchases", "purchasing", "order",
                           "orders", "ordered", "ordering", "acquire", "acquires", "acquired", "acquiring", "deal",
                           "contract", "sale"})
# "for" and a name right after the munitions: the side they are for ("5,000 missiles for Ukraine", "for Kyiv's army").
_FOR_NAME = re.compile(r"[\s\u00a0]+for[\s\u00a0]+(?:the[\s\u00a0]+)?[A-Z]")


def weapons_received(ctx: SentenceContext, q: Quantity, ph: Phrase, words: frozenset[str]) -> int | None:
    """Where munitions no verb acts on are bought or told for a side (the module): the offset of the word that says
    so (the phrase's verb start), else None."""
    text, k = ctx.text, q.char_start
    if not _BOUGHT_WORDS.isdisjoint(words):
        m = _BOUGHT_BEFORE.search(text, max(ctx.start, k - 50), k)
        if m is not None:
            return m.start()
    if "for" in words and _FOR_NAME.match(text, ph.np_end, ctx.end):
        return ph.np_end
    return None


# The money's "on" and a count of munitions, weapons or equipment right after: "£1.6bn on 5,000 air-defence missiles".
_ON_COUNT = re.compile(r"[\s\u00a0]+on[\s\u00a0]+(?:(?:another|a[\s\u00a0]+further|up[\s\u00a0]+to|some|about|around|"
                       r"nearly|more[\s\u00a0]+than)[\s\u00a0]+)?(?:\d[\d,.]*|[a-z]+)[\s\u00a0]+", re.IGNORECASE)
_WORD = re.compile(r"[A-Za-z-]+[\s\u00a0]+")  # a modifier before the noun ("air-defence", "new")
_ARMS = frozenset({"munition", "weapon", "equipment"})
_SPENT = frozenset({"spend", "spends", "spent", "spending", "invest", "invests", "invested", "investing"})


def spent_on_weapons(ctx: SentenceContext, q: Quantity, words: frozenset[str]) -> bool:
    """Whether the sum is spent on a count of munitions, weapons or equipment named right after it: "will spend £1.6bn
    on 5,000 air-defence missiles" (money for arms)."""
    if _SPENT.isdisjoint(words):
        return False  # (the usual case: a test of the sentence's words first)
    m = _ON_COUNT.match(ctx.text, q.char_end, ctx.end)
    if m is None:
        return False
    lex = lexicon()
    at = m.end()
    for _ in range(3):  # the noun, or one or two modifiers before it
        noun = lex.noun_re.match(ctx.text, at, ctx.end)
        if noun is not None:
            return lex.noun_class.get(norm(noun.group(0)), ("",))[0] in _ARMS
        w = _WORD.match(ctx.text, at, ctx.end)
        if w is None:
            return False
        at = w.end()
    return False
