"""Numbers in money, ratios and percentages: exchange rates, war funding, lost capacity.

A ratio is a rate only when a currency is named in the sentence or just before
it ("580:1", "4,000 pounds to the dollar"); a percentage is a rate when a named
currency fell, capacity when production, the economy or aid reach shrank because
of the war; money is funding only when the sentence (or the one before) is about
aid, arms or war. The words are in assets/lexicons/claims.toml (extract/triggers.py).
"""

from __future__ import annotations

import re

from functools import lru_cache

from extract.appeals import appeal_subject
from extract.context import SentenceContext
from extract.recipient import relief_label
from extract.currencies import codes, currency_of_word
from extract.fundshares import from_a_fund, share_of_sum
from extract.giftmoney import given_to_appeal, list_funding, per_head, unit_price
from extract.peacemoney import money_of_no_war
from extract.purchases import price_paid
from extract.records import Quantity
from extract.sides import resolve_side
from extract.triggers import cue_in, lexicon, names_a_war, norm
from extract.tradedcounts import spent_on_weapons
from extract.warcosts import cost_of_war, for_war_victims, war_cost
from extract.wordset import folded, words_of

MONEY_UNITS = codes()  # every currency in use, by its lower-case ISO code (extract/currencies.py)
RATE_AFTER = re.compile(r"\s*(?:[a-z]+\s+){0,2}?(?:against|per|to\s+the|vs\.?|versus|for\s+"
                        r"(?:one|each|a|1))\s+(?:the\s+|one\s+|a\s+|1\s+)?(?:US\s+|U\.S\.\s+)?(?:dollar|usd|\$)",
                        re.IGNORECASE)
DOLLAR_BUYS = re.compile(r"\b(?:dollar|usd)\s+(?:now\s+)?(?:buys|bought|fetches|fetched|costs|cost|is\s+worth|was\s+worth|"
                         r"sells\s+for|sold\s+for|trades\s+(?:at|for)|traded\s+(?:at|for))\s*(?:about|around|some)?\s*$",
                         re.IGNORECASE)
DOLLAR_WORDS = frozenset({"dollar", "usd"})  # the words DOLLAR_BUYS needs (a test of the sentence's words first)


def not_a_count(ctx: SentenceContext, q: Quantity) -> tuple[str, str, str] | None:
    """(measure, subject, side) of a ratio, percentage, sum of money or weight: a rate, capacity, funding or
    explosives; None when it is no claim."""
    text, start, end, k = ctx.text, ctx.start, ctx.end, q.char_start
    if q.unit in ("ratio", "percent"):
        share = share_of_sum(ctx, q, not_a_count)  # "donors had given $12 million, or 15%" (extract/fundshares.py)
        if share is not None:
            return share
        got = rate_or_capacity(ctx, q)
        if got is not None and got[0] != "rate" and not names_a_war(text) and not _aid_money(ctx):
            return None  # "raise defence spending from 2.3% to 2.5% of GDP": no war's economy
        if got is None:
            return None
        measure, what, side = got
        return measure, what, side or resolve_side(ctx, q, measure, "capacity", None, "")
    if q.unit in MONEY_UNITS:
        if q.unit != "usd" and (RATE_AFTER.match(text, q.char_end, end) or DOLLAR_BUYS.search(
                text, max(start, k - 40), k)):
            return "rate", f"{q.unit.upper()} per USD", "unknown"  # "a dollar buys 2,500 pounds"
        if not names_a_war(text) and price_paid(ctx):
            return None  # "bought the painting for $4.5 million with help from donors": a price (extract/purchases.py)
        if money_of_no_war(ctx):
            return None  # a charity's appeal, a war-crimes court's budget (extract/peacemoney.py)
        if unit_price(ctx, q) or per_head(ctx, q):
            return None  # "a blanket costs us $1.80", "pay 2,117 people $1,500 each": a sum for one (giftmoney.py)
        subject = funding(ctx, q) or war_cost(ctx, q) or (  # (extract/warcosts.py: damage, an operation's budget)
            "funding" if list_funding(ctx, q) or given_to_appeal(ctx, q)  # an appeal's account (giftmoney.py)
            or spent_on_weapons(ctx, q, words_of(ctx.sentence)) else None)  # "£1.6bn on 5,000 missiles" (tradedcounts.py)
        subject = subject and (appeal_subject(ctx, q) or subject)  # "appealed for $71 million" (extract/appeals.py)
        if subject == "funding" and text.startswith(": ", k - 2) and relief_label(ctx, k):
            subject = "aid"  # "Emergency food for the displaced: $41,250": a list's line of relief bought (recipient.py)
        if subject == "funding" and cost_of_war(ctx, q):
            subject = "war costs"  # "the war has cost Ecuador $250 million" (extract/warcosts.py)
        if subject is None or not (names_a_war(text) or _aid_money(ctx)):
            return None  # "the navy ordered patrol boats at an arms fair for €3.2 billion": arms, but no war
        return "funding", subject, resolve_side(ctx, q, "funding", None, None, "")
    if q.unit == "tons":
        if not cue_in("explosive", ctx.sentence):
            return None  # "120 tons of food", "2.1 million tonnes of grain"
        return "attacks", _weighed(text, q.char_end, end), resolve_side(ctx, q, "attacks", "munition", "explosives", "")
    return None


_TONS_OF = re.compile(r"\s+(?:tons?|tonnes?|t)\s+of\s+([a-z][\w-]*)\b", re.IGNORECASE)


def _weighed(text: str, at: int, end: int) -> str:
    """What a weight in tons counts: the munition written after "tons of", as written ("30 tons of bombs" -> bombs,
    as the gold writes a weight's munition), else explosives ("40 tons of explosives", "a 40-ton blast")."""
    m = _TONS_OF.match(text, at, end)
    got = lexicon().noun_class.get(m.group(1).lower()) if m else None
    return m.group(1).lower() if m is not None and got and got[0] == "munition" else "explosives"


def _aid_money(ctx: SentenceContext) -> bool:
    """Whether money in the sentence (or the one before) pays for aid ([cues] aid_money): a claim even where the
    report names no war ("our emergency response is only 30% funded"); arms and budgets need a war."""
    return cue_in("aid_money", ctx.sentence) or cue_in("aid_money", ctx.neighbour(-1))


@lru_cache(maxsize=1024)
def dollar_named(sentence: str) -> bool:
    """Whether the sentence holds "dollar", "usd" or "$" anywhere, as RATE_AFTER needs."""
    return "$" in sentence or "dollar" in (low := folded(sentence)) or "usd" in low

_ECONOMY_SHRINK = re.compile(r"\b(economy|gdp|output|production|exports|revenues?)\b[^.;,]{0,30}?\s(\w+)\s+"
                             r"(?:by\s+)?(?:(?:about|around|some|nearly|almost|more\s+than|over|at\s+least|up\s+to)\s+)?$",
                             re.IGNORECASE)


def currencies(ctx: SentenceContext, back: int = 3) -> list[tuple[str, str]]:
    """(name, ISO code) of the currencies named in the sentence, or else in the nearest of the `back` before it."""
    lex = lexicon()
    for off in range(0, -back - 1, -1):
        found = [lex.currencies[norm(m.group(0))] for m in lex.currency_re.finditer(ctx.neighbour(off))]
        if found:
            return found
    return []


# A currency the lexicon does not know, the subject of a verb of the market right before its rate ("the sucre closed at
# 2,480 to the dollar", "the kip ended at"); not a word that names no currency ("the currency", "the market").
# "Venezuela's bolivar slides to 38 to the dollar", "The bolivar had been held at 14.50 to the dollar" too.
_MARKET_SUBJECT = re.compile(r"(?:\b[Tt]he|\b[A-Z][\w-]*['’]s)\s+([^\W\d_A-Z]{3,})\s+(?:(?:had|has|have)\s+been\s+|"
                             r"(?:was|is|were|are)\s+)?(?:closed|ended|opened|traded|stood|fell|falls|rose|rises|slid|"
                             r"slides|slipped|slips|sank|sinks|dropped|drops|plunged|plunges|weakened|weakens|recovered|"
                             r"finished|held|pegged|fixed|set)\s+(?:at|to)\s+(?:(?:about|around|some|nearly|roughly|"
                             r"almost)\s+)?\Z")
_NO_CURRENCY = frozenset("currency market rate exchange index bourse price stock stocks shares bond bonds".split())


def rate_or_capacity(ctx: SentenceContext, q: Quantity) -> tuple[str, str, str] | None:
    """Ratios and percentages: a currency's rate, or lost capacity / aid reach."""
    lex = lexicon()
    sentence = ctx.sentence
    back = 3 if q.unit == "ratio" else 2 if _THE_CURRENCY.search(sentence) else 0
    cur = currencies(ctx, back=back)
    if q.unit == "ratio":
        if _PROPORTION.search(q.surface):
            return None  # "one in five families" is a proportion, not a currency's rate
        codes = [c for _, c in cur]
        if all(c == "USD" for c in codes):  # "4,000 pounds to the dollar": the other currency may stand earlier
            codes += [c for _, c in currencies(ctx, back=3) if c != "USD"][:1]
        if all(c == "USD" for c in codes) and (m := _MARKET_SUBJECT.search(ctx.text, max(ctx.start, q.char_start - 40),
                                                                          q.char_start)) and m.group(1) not in _NO_CURRENCY:
            code = currency_of_word(m.group(1), ctx.published)  # ("bolivar" in 1989: VEB; "sucre": ECS, from CLDR's
            # history, extract/currencies.py)
            return "rate", f"{code or m.group(1)} per USD", "unknown"  # "the sucre closed at 2,480 to the dollar"
        if not codes:
            return None
        base = next((c for c in codes if c != "USD"), codes[0])
        quote = "USD" if "USD" in codes and base != "USD" else (codes[1] if len(codes) > 1 else "USD")
        return "rate", f"{base} per {quote}", "unknown"
    after = ctx.text[q.char_end : ctx.end]
    if cur and lex.cues["currency_fall"].search(sentence) and not _PRODUCTION.match(after):
        name = next((n for n, c in cur if c != "USD"), cur[0][0])
        if name in ("US dollar",) and len(cur) == 1:
            return None
        return "rate", name, "unknown"
    m = _PRODUCTION.match(after)
    if m and lex.cues["capacity_loss"].search(sentence):
        return "capacity", m.group(1).lower(), ""
    m = _ECONOMY_SHRINK.search(ctx.text, ctx.start, q.char_start)
    if m and lex.cues["economy_shrink"].fullmatch(m.group(2)) and (
            lex.cues["conflict"].search(sentence) or lex.cues["conflict"].search(ctx.neighbour(-1))):
        return "capacity", m.group(1).lower(), ""  # "the economy will shrink by 35% because of the war"
    if _FUNDED.match(after) and (_war_money_near(ctx) or lex.cues["war_money"].search(ctx.neighbour(1))
                                 or names_a_war(ctx.text)):
        return "funding", "funding", "unknown"  # "the emergency response is only 30% funded", "is 47 per cent funded"
    m = _AID_SHARE.match(after)
    if m and lex.cues["aid_reach"].search(sentence):
        return "capacity", m.group(1).lower(), "civilian"  # "only 10% of the food needed has reached the region"
    m = re.match(r"\s*of\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(people|population|syrians|civilians|residents|"
                 r"[A-Z][a-z]+(?:ians|ans|is))\b", after)
    if m and re.search(r"\b(?:assisted|reached|served|received|helped|fed|access)\b", sentence, re.I):
        return "capacity", "people", "civilian"
    return None


_FUNDED = re.compile(r"\s*(?:%|per\s*cent|percent)?\s*(?:funded|financed|covered)\b", re.IGNORECASE)
_PROPORTION = re.compile(r"\s(?:in|out\s+of)\s", re.IGNORECASE)
_AID_SHARE = re.compile(r"\s*of\s+(?:the\s+|its\s+|their\s+)?(food|aid|assistance|supplies|medicines?|fuel|water)\b",
                        re.IGNORECASE)
_THE_CURRENCY = re.compile(r"\b(?:the|its|their)\s+currency\b|\bof\s+its\s+value\b", re.IGNORECASE)
_PRODUCTION = re.compile(r"\s*of\s+(?:its|their|the|his|her|our)?\s*((?:[\w-]+\s+){0,4}?"
                         r"(?:production|output|capacity|gdp|economy|exports|revenue|revenues|income))\b", re.I)


def funding(ctx: SentenceContext, q: Quantity) -> str | None:
    """What the money pays for, or None when the sentence is not about aid, arms or war."""
    lex = lexicon()
    if _asked_in_war(ctx, q):
        m = lex.cues["aid_kinds"].search(ctx.text, q.char_end, ctx.end)
        return _aid_name(m.group(0)) if m else "funding"  # "UNHCR appealed for $25 million", "WFP needs $11 million"
    if not lex.cues["funding"].search(ctx.sentence) and not from_a_fund(ctx) and not for_war_victims(ctx):
        # (extract/fundshares.py; "for the displaced" in a report of a war: extract/warcosts.py)
        return None
    if not _war_money_near(ctx) and not (from_a_fund(ctx) and names_a_war(ctx.text)):
        return None  # "raised $120 million in its latest funding round": money, but not a war's (a sum from an
        # emergency or pooled fund in a report of a war is: extract/fundshares.py)
    if lex.cues["civil_budget"].search(ctx.text, ctx.start, q.char_start):
        return None  # "the entire health budget is about $90 million a year"
    if "budget" in ctx.sentence and body_budget(ctx, q):
        return None  # "The Commission's budget for 2009 was 1.9 billion Guinean francs": its own running costs
    if lex.cues["takings"].search(ctx.text, max(ctx.start, q.char_start - 30), q.char_start) and not _aid_money(ctx):
        return None  # "the war epic took $48.2m in its first week": what a film or a business took in
    m = lex.cues["aid_kinds"].search(ctx.text, q.char_end, ctx.end) or lex.cues["aid_kinds"].search(ctx.sentence)
    return _aid_name(m.group(0)) if m else "funding"


# A budget of its own, then the verb that gives its size: "the Commission's budget for 2009 was", "the court's
# annual budget stood at", "the budget of the ombudsman's office is" (the owner word: group "owner" or "of").
_OWN_BUDGET = re.compile(
    r"\b(?P<owner>[\w-]+)['’]s\s+(?:(?:annual|yearly|operating|running|regular|own|total|core)\s+)?budget"
    r"|\b(?:annual|yearly|operating|running|regular|core)?\s*budget\s+of\s+the\s+(?:[\w'’-]+\s+){0,2}?(?P<of>[\w-]+)")
_BUDGET_SIZE = re.compile(
    r"(?:\s+(?:for|in)\s+(?:(?:the\s+)?(?:fiscal\s+|financial\s+)?year\s+)?\d{4}(?:[-–/]\d{2,4})?)?,?\s+"
    r"(?:was|is|were|are|stood\s+at|stands\s+at|totalled|totaled|totals|amounted\s+to|amounts\s+to|came\s+to|"
    r"reached|of)\s+(?:(?:about|around|some|nearly|almost|over|more\s+than|just\s+over|just\s+under|roughly|"
    r"an\s+estimated)\s+)?\Z", re.IGNORECASE)


def body_budget(ctx: SentenceContext, q: Quantity) -> bool:
    """Whether the sum is the size of an institution's own budget ([cues] budget_bodies: a commission, a court, a
    ministry), "for <year>", annual, or as it stands: its running costs, no aid, arms or war cost; not a mission's or
    a force's budget ("the UN mission's annual budget topped $200 million"), nor money given to one."""
    text, k = ctx.text, q.char_start
    lo = max(ctx.start, k - 90)
    lex = lexicon()
    for m in _OWN_BUDGET.finditer(text, lo, k):
        owner = (m.group("owner") or m.group("of") or "").lower()
        if lex.cues["budget_bodies"].fullmatch(owner) and _BUDGET_SIZE.match(text, m.end(), k):
            return True
    return False


def _aid_name(written: str) -> str:
    """The subject of money given as aid: "aid" for words naming no kind of it ([cues] aid_general: "humanitarian
    aid", "emergency relief"), else the words as written, lower case ("food aid", "military aid")."""
    return "aid" if lexicon().cues["aid_general"].fullmatch(written) else written.lower()


def _asked_in_war(ctx: SentenceContext, q: Quantity) -> bool:
    """Money asked for or needed just before the sum ([cues] money_asked: "appealed for", "needs", "requires", an
    "appeal:" row) or said needed right after it ("US$13.2 million required, 12% funded") in a report of war: what a war's relief costs. Not in general news ("The charity appealed for
    $2m for the new library": the document names no war)."""
    cue = lexicon().cues["money_asked"]
    return bool(cue.search(ctx.text, max(ctx.start, q.char_start - 30), q.char_start) or _NEEDED_AFTER.match(
        ctx.text, q.char_end, ctx.end)) and names_a_war(ctx.text)


# The participle of need right after the sum: a key-figures line "US$13.2 million required, 12% funded", "$40m needed".
_NEEDED_AFTER = re.compile(r"\s+(?:(?:is|are|was|were)\s+(?:still\s+)?)?(?:required|needed|requested|sought)\b(?!\s+(?:to|for)\s)",
                           re.IGNORECASE)


def _war_money_near(ctx: SentenceContext) -> bool:
    """A word that makes money a war's ([cues] war_money: aid, arms, refugees…) in the sentence or the one before."""
    cue = lexicon().cues["war_money"]
    return bool(cue.search(ctx.sentence) or cue.search(ctx.neighbour(-1)))


def war_rate(text: str, subject: str) -> bool:
    """An exchange rate is a claim of a war economy: the document speaks of the conflict ("The yen weakened past
    150 per dollar" in business news is none), and the currency is known ("USD per USD" would be no rate)."""
    return not subject.startswith("USD per") and names_a_war(text)
