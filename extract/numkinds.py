"""Why a number is or is not a count: the language rules around it.

A count found by extract/numbers.py gets its kind here (number_kind): names ("Base 559", "FTSE 100",
"Section 230", "iOS 18.2"), rankings ("the world No 2"), ages ("aged 34", "children under 10") and units
(durations, distances, money, tons, measurements, rates); and the reading of the words before a number
(tail, before_words) that every rule of the layer shares. A verb of change before a number is read in
extract/numchangeverbs.py; kinds of digits (dates, years, clock times, list numbers, ordinals, fused names like
"T-72") in extract/numdigits.py; numbers inside URLs and handles are
masked in extract/numscan.py, number words that are no counts ("no one") read in extract/numphrases.py.
Each rule is a named regex or word set. Where a rule's regex can only match after a given character, a test
of that character comes first: most numbers are plain counts, and the regex call is the cost.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from extract.currencies import code_words, codes, pound_currency
from extract.numdaycount import day_before_count, show_nights
from extract.numgroupverbs import past_verb_after
from extract.numlevels import level_name
from extract.numlifeages import age_at_life_step, age_at_record, life_expectancy, owned_age
from extract.numtravel import travel_kind
from extract.numspeeds import per_short_time
from extract.numspanover import study_span
from extract import numtechnical as T
from extract.numunits import (
    CURRENCY_SIGNS, RATE_AFTER, RATE_BEFORE, RATE_BEFORE_END, quantulum_unit, rate_after, unit_after,
)
from extract.rx import ascii_lower

if TYPE_CHECKING:
    from extract.numscan import _Atom

_S = r"[\s\u00a0]"
_MONTHS = ("January February March April May June July August September October November December "
           "Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec").split()
MONTH_WORDS = frozenset(m for x in _MONTHS for m in (x, x.upper(), x + "."))
NAME_HEADS = frozenset(
    "Base Resolution resolution Article Chapter Division Brigade Regiment Battalion Corps Squadron Flight flight "
    "Route Highway Checkpoint Hill Sector Room Building Number Vol Volume Issue Episode Season Paragraph Item "
    "Station Floor Street Avenue Exit Terminal Runway Page Fig Figure Table Decree Operation Model Mk Type Class "
    "Series Version Ward Prison Platform Channel Protocol Annex Amendment Clause Surah Sura Verse Psalm Camp Gate "
    "Zone Block Phase Unit Post Point Line Lot Plot Level Stage Apartment Act Law Order Geneva Astana Minsk "
    "No Nos Nr no nos nr p pp Bataillon Day day Update UPDATE Train Bus Tram Ferry "
    # series that number their members: stock indexes, spacecraft, aircraft makers, products ("FTSE 100",
    # "Apollo 11", "Boeing 737", "Windows 11")
    "FTSE Nikkei Stoxx STOXX DAX CAC Nasdaq Russell ASX Apollo Artemis Soyuz Voyager Pioneer Mariner Sputnik "
    "Vostok Chandrayaan Boeing Airbus Embraer Cessna Bombardier iPhone Windows PlayStation Pixel Formula S&P "
    # grades and phases of a scale: "a Category 5 storm", "Tier 2 restrictions", "a grade 4", "the phase 3 trial"
    "Category category Grade grade Tier phase "
    # numbered roads: "Interstate 95", "Junction 12"
    "Interstate Junction "
    # numbered places to moor, board or park: "Berth 9", "Pier 39", "Gate 22", "Platform 4", "Terminal 5"
    "Berth Pier Quay Dock Gate Platform Terminal Hangar "
    # sections of laws and numbered bills: "Section 230", "HB 1234", "Proposition 22"; school years: "Year 11"
    "Section Sec Title Rule Regulation Directive Schedule Bill Proposition Prop HB SB HR AB Year ISBN ISSN "
    # and in lower case, as a law's text is cited: "under section 18 of the Act" (not before a unit: _COMMON_HEADS)
    "section "
    # charts, car and software series: "the Billboard Hot 100", "a Ferrari 250 GTO", "Android 15"
    "Hot Billboard Ferrari Porsche Peugeot Fiat Renault Volvo Saab McLaren Bugatti Lamborghini Maserati Mercedes "
    "Jaguar Citroen Android "
    # pay and charge bands, a greyhound's trap, a watch's reference, a lower-case version: "a band 2 course",
    # "from trap 6", "the Daytona ref. 116500", "version 1.2 fixed 37 bugs"
    "Band band Trap trap ref Ref version "
    # numbered parts of a series and electoral districts: "by episode 100" (as "by day 10"), "won constituency 14"
    "episode Constituency constituency Precinct precinct "
    # pages of a book or a file: "the scan of page 31", "pages 64-71" (as "Page", "p", "pp")
    "page pages "
    # numbered places of travel in lower case: "wait on platform 9", "near junction 10", "in seat 14C"
    "platform junction seat".split()
)
# A word that is lower case then upper case names a product: "iOS 18.2", "macOS 15", "iPad 10", "eBay".
_CAMEL_NAME = re.compile(r"[a-z]+[A-Z][A-Za-z]*")
# Before "No." a ranking: "the world No 2", "at No. 1 on the chart", "seeded No. 3"; not an address or a unit
# ("outside No. 10 Downing Street", "No. 5 Squadron": a capitalised word after the number).
_RANK_BEFORE = frozenset("world ranked seeded reached hit climbed rose fell new former women's men's "
                         "finish finished finishes finishing placed slipped dropped "  # "to finish No. 3"
                         # verbs of a chart or table place in the present too ("ranks No. 9 among", "peaked at")
                         "rank ranks peaked peaks debuted debuts climbs rises falls slips drops reaches hits remains "
                         "remained".split())
# After "at", "to", "from" or "the", a ranking goes on with a word of place or the end of the clause ("at No. 1 on
# the chart", "the No. 2 seed"), where an address or a numbered thing takes its noun ("at No. 4 base").
_PLACE_BEFORE = frozenset("at to from the".split())
_RANK_NEXT = re.compile(r"[\s\u00a0]*(?:[.,;:)!?]|$)|[\s\u00a0]+(?:on|in|for|with|after|since|behind|ahead|spot|seed|"
                        r"position|ranking|place|single|album|hit|song|player|team)\b")
# A military unit's name after its number: capitalised words ending in a unit word.
_UNIT_NAME_AFTER = re.compile(r"(?:[\s\u00a0]+[A-Z][a-z]+){1,2}?[\s\u00a0]+(?:Rifles|Brigade|Regiment|Battalion|Commando|"
                              r"Squadron|Division|Corps|Infantry|Wing|Fleet|Cavalry|Artillery)\b")
_MONEY_CUE = re.compile(r"\b(?:rate|exchange|currency|pound|lira|dollars?|prices?|costs?|paid|pay|worth|salar(?:y|ies)"
                        r"|wages?|budget|funds?|fund(?:ing|ed)|bank|fine[ds]?|sells?|sold|bought|buy)\b", re.I)
# A sum's purpose after its unit: "2.5 billion pounds in aid" is money ("500,000 pounds of food aid" is a weight).
_MONEY_AFTER = re.compile(r"[^\S\n]+in[^\S\n]+(?:aid|funding|loans?|grants?|compensation|damages|revenue|ransom|"
                          r"assistance|reconstruction|debts?|reparations)\b", re.I)
_FUSED_WORD = re.compile(r"[^\W\d_]+(?![\d_])")
# Lower-case heads that are common nouns too: before a number with a unit they are no name ("the band 40 years ago")
_COMMON_HEADS = frozenset({"band", "trap", "version", "constituency", "precinct", "platform", "junction", "seat",
                           "section"})
# Words of guns and their rounds near a size in millimetres: it is a calibre ("155mm shells", "fired 122mm
# rockets", "a 7.62mm rifle"); with none near it is a size ("a 40mm watch", "a 6mm crack").
_WEAPON_NEAR = re.compile(
    r"\b(?:guns?|gunfire|shells?|shelling|shelled|cannons?|mortars?|rounds?|rockets?|grenades?|howitzers?|artillery|"
    r"ammunition|ammo|bullets?|cartridges?|rifles?|calib(?:re|er)|munitions?|projectiles?|launchers?|missiles?|"
    r"bombs?|weapons?|fired|firing|tanks?|barrels?|anti-aircraft|machine-guns?|mm\s+and)\b", re.IGNORECASE)
_SIGN_UNITS = frozenset(CURRENCY_SIGNS.values())  # money a sign before the digits names ("£400")
# "won" as the verb: a number, a medal, or what is won after it ("six won 4 golds", "3 won the vote", "5 won gold")
_WON_VERB = re.compile(r"[\s\u00a0]+won[\s\u00a0]+(?:\d|(?:the|their|its|his|her|gold|silver|bronze|seats?|"
                       r"medals?|games?|races?|titles?|awards?|prizes?|one|two|three|four|five|six|seven|eight|nine|"
                       r"ten)\b)", re.IGNORECASE)
_HYPHENS = frozenset("-\u2010\u2011")
# After "40-ton": the words that make it the weight of explosives (a claim), not of a vehicle or a load.
_BLAST_AFTER = re.compile(
    r"(?:[\s\u00a0\"”’']+[\w-]+){0,2}?[\s\u00a0\"”’']+(?:bombs?|explosives?|explosions?|blasts?|charges?|"
    r"devices?|v?ieds?|payloads?|warheads?|munitions?|ammunition|ordnance|tnt|weapons|arms|missiles?|shells?|rockets?|"
    r"mines?|strikes?|attacks?)\b",
    re.I,
)
_OF_AFTER = re.compile(r"[\s\u00a0]+of\b", re.I)
# A weight per a stretch of time is what a mine, a field or a plant turns out ("350,000 tonnes a year"), not a load.
_PER_PERIOD_AFTER = re.compile(r"[\s\u00a0]+(?:(?:a|per|each|every)[\s\u00a0]+(?:year|month|week|day)|annually|daily)\b",
                               re.I)
_ERA_AFTER = re.compile(r"[\s\u00a0](?:BC|BCE|AD|CE|B\.C\.|A\.D\.|B\.C\.E\.|C\.E\.)(?!\w)")
_ERA_FIRST = frozenset("ABC")
_DENOMINATORS = {"half": 2, "halve": 2, "third": 3, "quarter": 4, "fifth": 5, "sixth": 6, "seventh": 7,
                 "eighth": 8, "ninth": 9, "tenth": 10}
# Currency codes written before a number ("USD 5", "SYP 500"; numbers.py reads the last word before it).
CURRENCY_CODES = {"USD": "usd", "US$": "usd", "SYP": "syp", "S.P.": "syp", "RUB": "rub", "EUR": "eur",
                   "GBP": "gbp", **code_words()}  # (and every currency's in use: extract/currencies.py)
_LEAD_PUNCT = "([{“\"‘'«"
# Punctuation that no unit word, rate (RATE_AFTER starts with white space) or word (quantulum_unit) starts with.
PUNCT_AFTER = frozenset(",.;:)!?\"'")


@lru_cache(maxsize=32)
def tail(text: str, s: int) -> tuple[list[str], bool]:
    """Up to the last six words before position s, and whether the last one touches s (no space between).

    The words are those of the 48 characters before s, less a word the window cuts at its start. rsplit
    splits off at most the last six words (and the rest, dropped), which is all that is kept.
    """
    lo = s - 48
    nl = text.rfind("\n", lo if lo > 0 else 0, s)
    if nl >= 0:
        lo = nl + 1  # a line break ends a phrase: no word before it is read with the number ("8:12 pm\n50 people")
    if lo <= 0:
        chunk = text[:s]
        words = chunk.rsplit(None, 6)
        if len(words) == 7:
            del words[0]
    else:
        chunk = text[lo:s]
        words = chunk.rsplit(None, 6)
        if len(words) == 7:
            del words[0]  # the rest before the last six words (a cut word among them)
        elif words and not chunk[0].isspace() and not text[lo - 1].isspace():
            del words[0]  # a word cut by the window
    return words, bool(chunk) and not chunk[-1].isspace()


# The words RATE_BEFORE opens with ("the dollar fetched", "the euro buys", "USD trades at"), lower-cased
_RATE_BEFORE_WORDS = ("dollar", "euro", "usd", "greenback")


def _rate_before(text: str, s: int) -> bool:
    """`RATE_BEFORE.search(text, max(0, s - 60), s)`, asked only of a window that holds one of the words it
    opens with (folded as re.IGNORECASE compares them, extract/rx.py ascii_lower): most numbers have none."""
    lo = s - 60 if s > 60 else 0
    window = ascii_lower(text[lo:s])
    if not any(w in window for w in _RATE_BEFORE_WORDS):
        return False
    return RATE_BEFORE.search(text, lo, s) is not None


def before_words(text: str, s: int, k: int) -> tuple[str, ...]:
    """The last k words before s, lower-cased, when they end in a space right before s; else ()."""
    words, fused = tail(text, s)
    if fused or len(words) < k:
        return ()
    return tuple(w.lower().lstrip(_LEAD_PUNCT) for w in words[-k:])



_AGE_GROUPS = frozenset("children kids boys girls those anyone people adults men women youths minors patients residents "
                        "pensioners voters workers".split())
# Words that may stand between "aged" and the age: "aged just 14", "aged about 30", "aged at least 18".
_AGE_ADVERBS = frozenset("just only barely about around roughly approximately nearly almost over under between "
                         "some least most at more less than fewer up to".split())


def _aged_before(words: list[str]) -> bool:
    """ "aged" (or "age", "ages") and then one to three adverbs or qualifier words right before the number."""
    i, skipped = len(words) - 1, 0
    while i >= 0 and skipped < 3 and words[i].lower() in _AGE_ADVERBS:
        i, skipped = i - 1, skipped + 1
    return skipped > 0 and i >= 0 and words[i].lower() in ("aged", "age", "ages")


# the last word of the words an age (or magnitude) rule reads before a number
_AGE_LAST = frozenset({"aged", "age", "ages", "of", "under", "over", "youngest", "oldest", "was", "is", "being", "between",
                       "magnitude", "to", "at", "reached", "hit", "turned", "turns", "turning", "age,"}) | _AGE_ADVERBS
# Verbs that state an age after "age": "the median age rose to 40", "the retirement age is 67".
_AGE_VERBS = frozenset("is was rose risen fell fallen climbed dropped reached hit stood stands rises falls increased "
                       "decreased went raised lowered will be been has have had".split())


def _age_stated(words: list[str]) -> bool:
    """ "age", one to three verbs of being or change, and "to"/"at" before the number: "the median age rose to 40",
    "the retirement age was raised to 67", "the average age is 38"."""
    i = len(words) - 1
    if words[i].lower() in ("to", "at"):
        i -= 1
    verbs = 0
    while i >= 1 and verbs < 3 and words[i].lower() in _AGE_VERBS:  # "rose to", "will be raised to"
        i, verbs = i - 1, verbs + 1
    return verbs > 0 and words[i].lower() == "age"


# A "G" fused to a small number names a generation of mobile networks ("5G", "4G"), not gauss.
_GENERATION_AFTER = re.compile(r"G(?!\w)")
# "She turned 40 on Monday", "Windows 95 turned 30 this year": an age, a clause end or a time after it.
_TURNED = frozenset({"turned", "turns", "turning"})
_TURNED_AFTER = re.compile(r"[\s\u00a0]*(?:[,.;:)!?—]|$)|[\s\u00a0]+(?:this|last|next|on|in|today|tomorrow|yesterday|"
                           r"and|when|while|years?)\b")


# "two points ahead" in a poll: percentage points (in a game "four points clear" counts points).
_POINTS_AFTER = re.compile(r"[\s\u00a0]+points?\b")
# and in an election: "a swing of 4.5 points" next to seats, votes or turnout
_POLL_WORDS = re.compile(r"\b(?:polls?|polling|pollsters?|surveys?|elections?|electoral|votes?|voters|ballots?|"
                         r"turnout|seats|constituenc(?:y|ies)|referendum)\b", re.I)
_AGE_AFTER = re.compile(r"[\s\u00a0]*(?:[,.;:)!?]|$|(?:years?|and|or|who|were|are|was|is|has|have|had|will|would|"
                        r"should|can|could|may|might|must|do|does|did|[a-z]+ing|go|travel|ride|fly|pay|eat|enter|get|"
                        r"need|qualify|receive|face|live)\b)")  # "adults over 65 have had", "children under 5 go free"


def _blast_before(text: str, start: int) -> bool:
    """extract/numsenses.blast_before (imported here when a tonnage is read: numsenses imports this module)."""
    from extract.numsenses import blast_before

    return blast_before(text, start)


def between_before(text: str, s: int) -> bool:
    return before_words(text, s, 1) == ("between",)


def number_kind(text: str, a: _Atom, words: list[str], fused: bool, dollar: bool) -> None:
    """Names, ages and units (duration, distance, calibre, money, tons, measurements) of a count.

    `words, fused` are tail(text, a.start) and `dollar` is mentions_dollar(text), which the caller has.
    """
    s = a.start
    if words and words[-1] == "level" and not fused and level_name(text, a):
        a.kind, a.unit = "name", "name"  # "raised the avalanche warning to level 4" (extract/numlevels.py)
        return
    if words:
        last = words[-1]
        if fused:
            if last in ("No.", "no.", "Nr.", "nr."):
                a.kind, a.unit = "name", "name"
                return
            if last.lower() == "magnitude-":
                a.kind, a.unit = "measurement", "magnitude"  # "a magnitude-6.8 quake"
                return
        elif (last.rstrip(".") in NAME_HEADS and not day_before_count(words)  # ("the next day 12": a count)
              and not (last in _COMMON_HEADS and unit_after(text, a.end))) or (  # ("the band 40 years ago")
                len(words) > 1 and words[-2] in NAME_HEADS and 2 <= len(last) <= 3 and last.isalpha()
                and last.isupper()) or (  # "Flight UA 857", "Route N 12"
                not last.islower() and last[:1].islower() and _CAMEL_NAME.fullmatch(last)):  # "iOS 18.2"
            a.kind, a.unit = "name", "name"
            if last in ("No", "No.") and len(words) > 1 and (words[-2].lower() in _RANK_BEFORE or (
                    words[-2].lower() in _PLACE_BEFORE and _RANK_NEXT.match(text, a.end))):
                a.kind, a.unit = "ordinal", "ordinal"  # "the world No 2", "at No. 1": a ranking
            return
        elif (last == "move" or text.find("]", s - 24 if s > 24 else 0, s) >= 0) and (
                T.move_number(words) or T.citation_number(words)):
            a.kind, a.unit = "name", "name"  # "on move 14", "[2024] UKSC 52" (extract/numtechnical.py)
            return
        elif (last in ("the", "The") or "doing" in words[-4:]) and travel_kind(text, a, words):
            return  # "the 73 bus", "The 12.40 from Paddington", "a 50mph limit ... doing 60" (extract/numtravel.py)
        elif last in ("AD", "A.D."):
            a.kind, a.unit = "year", "year"  # "a coin dated to AD 79"
            return
        elif last in ("of", "from", "the", "with", "in") and _UNIT_NAME_AFTER.match(text, a.end):
            a.kind, a.unit = "name", "name"  # "a soldier of 44 Rashtriya Rifles", "the 3 Commando Brigade"
            return
        elif (low := last.lower()) in _AGE_LAST:  # the usual case, a word none of these rules ends in, is out
            if low in ("aged", "age", "ages", "youngest", "oldest") or (low in _AGE_ADVERBS and _aged_before(words)) or (
                    low == "of" and len(words) > 1 and words[-2].lower() == "age") or (
                    low in ("was", "is", "being") and len(words) > 1 and words[-2].lower() in ("youngest", "oldest")) or (
                    low == "between" and len(words) > 1 and words[-2].lower() in ("aged", "age", "ages")) or (
                    "age" in words and _age_stated(words)) or (
                    ("expectancy" in words or "Expectancy" in words) and life_expectancy(words)):  # (numlifeages.py)
                a.kind, a.unit = "age", "year"
                return
            if low == "at" and (age_at_life_step(text, s, a.end, a.value, a.digits) or age_at_record(
                    text, a.end, a.value, a.digits)) or low == "age," and owned_age(words, text, a.end, a.digits):
                a.kind, a.unit = "age", "year"  # "her first final at 19.", "his age, 71," (extract/numlifeages.py)
                return
            if low in _TURNED and _TURNED_AFTER.match(text, a.end):
                a.kind, a.unit = "age", "year"  # "she turned 40 on Monday"
                return
            if low == "magnitude":
                a.kind, a.unit = "measurement", "magnitude"  # "a magnitude 5.4 earthquake"
                return
            if low in ("under", "over") and len(words) > 1 and words[-2].lower() in _AGE_GROUPS and (
                    _AGE_AFTER.match(text, a.end) or past_verb_after(text, a.end)) and not (  # (numgroupverbs.py)
                    low == "over" and study_span(text, s, a.end)):  # "a study of 900 adults over 14 years" (numspanover.py)
                a.kind, a.unit = "age", "year"  # "children under 10", "children under 5 hit hardest"
                return
    if a.unit == "percent":
        return
    # RATE_BEFORE and RATE_AFTER need the dollar or euro named (dollar)
    if dollar and _rate_before(text, s) and RATE_BEFORE_END.match(text, a.end):
        a.unit = "ratio"  # "the dollar fetched about 41 hryvnias": hryvnias per dollar
        return
    if text[a.end : a.end + 1] in PUNCT_AFTER:
        return  # "12, the", "12.": no unit word, rate or name follows (unit_after, RATE_AFTER, quantulum_unit say None)
    if text[a.end + 1 : a.end + 2] in _ERA_FIRST and _ERA_AFTER.match(text, a.end):
        a.kind, a.unit = "year", "year"  # "500 BC", "AD" after the number: a year of an era
        return
    u = unit_after(text, a.end)
    if u is not None:
        kind, unit, _ = u
        if unit == "day" and text[u[2] - 1 : u[2]] == "s" and show_nights(text, s, u[2]):
            return  # "the 19-date run includes four nights at the arena": four shows (extract/numdaycount.py)
        if kind == "distance" and text[u[2] : u[2] + 1] == " " and per_short_time(text, u[2]):
            kind, unit = "measurement", "speed"  # "1,450 metres a minute" (extract/numspeeds.py)
        if unit == "mm" and not _WEAPON_NEAR.search(text, max(0, s - 60), u[2] + 60):
            kind, unit = "distance", "millimetre"  # "a new 40mm steel Submariner": a size, not a gun's calibre
        if unit == "pound" and (rate_after(text, u[2]) or _MONEY_CUE.search(text, max(0, s - 80), s)
                                or _MONEY_AFTER.match(text, u[2])):
            kind, unit = "number", pound_currency(text)  # money, not weight: the pound of the country named most
        if unit == "tons" and (text[a.end : a.end + 1] in _HYPHENS or _OF_AFTER.match(text, u[2])
                               or _PER_PERIOD_AFTER.match(text, u[2]) or not _blast_before(text, a.start)
                               ) and not _BLAST_AFTER.match(text, u[2]):
            # "a 40-ton lorry", "1.2 tonnes of cocaine", "350,000 tonnes a year", "a quota of 20,100 tonnes": what a
            # thing, a cargo or an output weighs ("a 40-ton truck bomb", "40 tons of explosives", "dropped 40 tons"
            # count)
            a.kind, a.unit = "measurement", unit
            return
        if kind == "number":
            if a.unit == "count" or unit in ("tons", "percent"):
                a.unit = unit
        elif a.unit in _SIGN_UNITS:
            return  # "about £400 second-hand", "$5 an hour": a sum with a currency sign stays money
        else:
            a.kind, a.unit = kind, unit
        if a.kind == "number" and a.unit not in ("count", "tons", "percent") and rate_after(text, u[2]):
            a.unit = "ratio"
        return
    if dollar and RATE_AFTER.match(text, a.end):
        a.unit = "ratio"
        return
    if a.unit == "count" and text.startswith("point", a.end + 1) and _POINTS_AFTER.match(text, a.end) and (
            _POLL_WORDS.search(text, max(0, a.start - 200), a.end + 200)):
        a.unit = "percent"  # "the poll puts her two points ahead": percentage points
        return
    if a.unit == "count" and not a.qual == "vague":
        q = None if text[a.end : a.end + 1] == "G" and _GENERATION_AFTER.match(text, a.end) else (
            quantulum_unit(text, a.end))
        if q is not None and q[1] == "krw" and (a.word and a.scale == 1 or _WON_VERB.match(text, a.end)):
            q = None  # "The team of six won 4 golds": the verb; the currency is "50,000 won", "6 trillion won"
        if q is not None:
            a.kind, a.unit = q
            if a.kind == "number" and a.unit not in codes():  # money in any currency (extract/currencies.py)
                a.kind = "measurement"
        elif text[a.end : a.end + 1].isalpha():
            fused_word = _FUSED_WORD.match(text, a.end)
            if not (fused_word and fused_word.group().islower() and len(fused_word.group()) >= 4):
                a.kind, a.unit = "name", "name"  # 4G, 17A, 9M83; but "30people" is a missing space
