"""What money asked for is called: "appeal" ("The UN has appealed for $71 million"; "its emergency appeal, $34 million").

Money a relief agency asks for is counted as the appeal it makes, named as the text names it, where the appeal
stands just before the sum: "the regional appeal ... asked for $160 million" (regional appeal), "Emergency appeal:
$207 million" (emergency appeal), "UNHCR asked donors for $4.5 million" (appeal: the verb of asking, with no noun; "had asked for $9 million" alone
only where the sentence speaks of aid, [cues] aid_money).
Money given or pledged against the appeal of the sentence before takes its name too, when the sentence points back
at it ("So far donors have pledged $16 million of it"; "donors had given $31 million" — donors are those an appeal
asks). An appeal named elsewhere in the sentence is not the money's ("A court rejected the appeal and froze $40
million"; "The flash appeal is 30% funded, and Britain pledged $100 million"), nor is money asked of no donor
("Families asked for $500 in compensation"), and what the sum is "in" or "of" stays its subject ("pledged $100
million in military aid"). Money needed ("needs $38 million") or given with no appeal keeps what it pays for
(extract/money.py). The appeal's names are [cues] appeal_kinds of assets/lexicons/claims.toml.

extract/money.py asks `appeal_subject` for a sum of money it has found to be funding.
"""

from __future__ import annotations

import re
from functools import lru_cache

from extract.context import SentenceContext
from extract.currencies import code_words
from extract.records import Quantity
from extract.sums import SUM, SUM_OPENING
from extract.triggers import cue_in, lexicon

# A verb of appealing, or of asking those an appeal asks (donors, supporters, the public), then "for" and the sum;
# or "asked for" alone (group "bare"), an appeal only where the sentence speaks of aid.
_ASKED = re.compile(r"\b(?:appeal(?:s|ed|ing)?\s+(?:[\w-]+\s+){0,3}?|ask(?:s|ed|ing)?\s+(?:(?:(?:its|our|their|the)\s+)?"
                    r"(?:donors|supporters|readers|public|governments|member\s+states|international\s+community|"
                    r"well-wishers)\s+|(?P<bare>)))for\s+" + SUM_OPENING + r"\Z", re.IGNORECASE)
_GIVEN = re.compile(r"\b(?:pledged|given|gave|received|donated|contributed|raised|provided|funded|paid)\b", re.IGNORECASE)
# The sentence of money given points back at an appeal: "of it", "towards the appeal", or donors as the givers.
_BACK_TO_APPEAL = re.compile(r"\b(?:of|towards?|to|against)\s+(?:it|that|this|the\s+(?:appeal|sum|total|target|"
                             r"amount))\b|\bdonors\b", re.IGNORECASE)
# What a sum is given as, right after it: "$100 million in military aid", "$5 million of humanitarian assistance".
_GIVEN_AS = re.compile(r"\s*(?:in|of|as|worth\s+of)\s+(?:new\s+|additional\s+|extra\s+|further\s+)?", re.IGNORECASE)
_SUM_START = re.compile(SUM, re.IGNORECASE)
_APPEAL_WORDS = ("appeal", "Appeal", "APPEAL", "ask", "Ask")


def appeal_subject(ctx: SentenceContext, q: Quantity) -> str | None:
    """"appeal", or the appeal as named ("emergency appeal"), for money asked for by an appeal or given against
    the appeal of the sentence before; None otherwise."""
    if _given_as_aid(ctx, q):
        return None  # "Britain pledged $100 million in military aid": what it is given as
    sentence = ctx.sentence
    if any(w in sentence for w in _APPEAL_WORDS):
        at = code_start(ctx.text, q.char_start)
        return asked_before(ctx.text, max(ctx.start, at - 90), at, sentence)
    before = ctx.neighbour(-1)
    if any(w in before for w in _APPEAL_WORDS) and _GIVEN.search(sentence) and _BACK_TO_APPEAL.search(sentence):
        for m in _SUM_START.finditer(before):  # "The UN has appealed for $71 million. So far donors have pledged..."
            named = asked_before(before, max(0, m.start() - 90), m.start(), before)
            if named is not None:
                return named
    return None


_CODE_BEFORE = re.compile(r"(?<![\w$])([A-Z]{3}|Rs\.?)[\s\u00a0]?\Z")  # "CHF 12 million", "USD 5m", "Rs 50 crore"


def code_start(text: str, k: int) -> int:
    """Where the sum starting at `k` opens when a currency code is written before its digits ("appealed for CHF 12
    million": at "CHF"; extract/currencies.py's codes): the code is part of the sum, as "$" is of "$12 million"."""
    if k < 3 or not text[k - 2 : k].strip()[-1:].isalpha() and text[k - 1 : k] != ".":
        return k  # (no letter of a code right before: the usual case)
    m = _CODE_BEFORE.search(text, max(0, k - 5), k)
    return m.start() if m and m.group(1) in code_words() else k


def asked_before(text: str, start: int, at: int, sentence: str) -> str | None:
    """The appeal that asks for the sum at `at`, standing just before it in text[start:at]: the appeal as named
    ("emergency appeal: $207 million", "its regional appeal for the crisis asked for $160 million"), or "appeal"
    for a verb of appealing ("appealed for", "asked donors for"; "asked for" alone where `sentence`, the sum's,
    speaks of aid); None when neither stands there."""
    window = text[start:at]
    m = _named_before_sum().search(window)
    if m:
        return " ".join(m.group("name").lower().split())
    m = _ASKED.search(window)
    if m is None or m.group("bare") is not None and not cue_in("aid_money", sentence):
        return None  # "Families asked for $500 in compensation": asked, but for no aid
    return "appeal"  # "appealed for $71 million", "asked donors for", "the UNHCR had asked for $9 million for relief"



@lru_cache(maxsize=1)
def _named_before_sum() -> re.Pattern[str]:
    """An appeal named ([cues] appeal_kinds), at most a short "for the crisis" after it, then what joins it to the
    sum: a colon, comma or bracket, "of", "for", or a verb of asking or needing ("asked for", "needs")."""
    kinds = lexicon().cues["appeal_kinds"].pattern
    return re.compile(r"(?P<name>" + kinds + r")(?:\s+(?:for|in|to)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,2}?[\w'’-]+)?"
                      r"\s*(?:[:,(–—-]|\bof\b|\bfor\b|\b(?:asks?|asked|asking|seeks?|sought|seeking|needs?|needed|"
                      r"requires?|required|calls?\s+for|called\s+for|totals?|totalled|totaled|is|was|stands\s+at|"
                      r"stood\s+at|amounts\s+to|came\s+to)\b(?:\s+for\b)?)\s*" + SUM_OPENING + r"\Z", re.IGNORECASE)


def _given_as_aid(ctx: SentenceContext, q: Quantity) -> bool:
    """Whether the sum is said to be given as a kind of aid ([cues] aid_kinds) right after it ("$100 million in
    military aid"): that, not an appeal, is its subject."""
    m = _GIVEN_AS.match(ctx.text, q.char_end, ctx.end)
    return m is not None and lexicon().cues["aid_kinds"].match(ctx.text, m.end(), ctx.end) is not None
