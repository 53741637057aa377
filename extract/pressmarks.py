"""Marks other presses write around a number: currency letters fused before it, codes that are English words,
period codes, basis points and per mille, and qualifiers written before a currency code.

- A currency letter fused to the sum: "N825" naira (Nigerian papers), "Sh4.5mn" shillings (Kenyan, Tanzanian and
  Ugandan papers), "R350" rand (South African papers), "Dh4" dirhams (Emirati and Moroccan papers). The letters alone are no code ("N95", "Sh" in a name, the
  "R61" road), so they are money only where the text names the currency or its country ("the naira", "Kenya's"; the
  rand only by its name or code: South African roads are "R61"): `fused_money`; but "R" before a scale word is the
  rand wherever ("R50 million": a road takes no scale).
- An ISO code that is also an English word or acronym ("PHP" the language, "NPR" the radio: currencies.toml
  english_codes), spaced before a sum, is money where a scale word follows it ("PHP 1.5 billion": a language
  version takes none) or the text names its country ("tickets at NPR 500" in a report from Nepal):
  `english_code_money`.
- Period codes: "FY25", "FY2025" a (fiscal) year; "Q3", "H1" a quarter or half of a year, a date, with the year
  after it in the same date ("H1 2025"). "Q3"/"H1" alone are also names (an Audi Q3, an H1 heading): a period only
  after a preposition or determiner ("in Q3", "the H1 figures") or before a year: `period_code`. An event named
  with its year after an acronym ("IDEAS 2024 in Karachi", as "GCSE results 2025") is a year: `acronym_year`.
- Basis points ("50 bps", "25 basis points") are hundredths of a percentage point and per mille ("4.5 per mille",
  "4.5‰") tenths of a percent: unit percent, as percentage points are (`rate_marks`). "bps" and "bp" are basis
  points only in lower case and in a text of rates, yields or interest ("a 9600 bps modem" is bits per second).
- "Rs" is the rupees of the country the text names most, as the bare word "rupees" is (currencies.by_country):
  Pakistani, Nepali and Sri Lankan papers write it too (`rupees_of`); Indian rupees where none is named.
- A qualifier before a code reaches the sum after it: "under Rs 100", "over KES 2,000", and "crossed the Rs 300
  crore mark" passes a mark as "crossed 300" does (`qualifier_past_code`).
"""

from __future__ import annotations

import re
from functools import lru_cache

from extract import numqualifiers as Q
from extract.currencies import ENGLISH_CODES, _bare_marks, by_country
from extract.currencycountry import code_country_named, country_choice
from extract.numkinds import CURRENCY_CODES, tail
from extract.numscan import _Atom

# Fused currency letters: the letters, the currency's words whose naming in the text makes them money.
_FUSED = {"N": "naira", "Sh": "shillings", "R": "rand", "Dh": "dirhams"}
FUSED_LAST = frozenset("NhR")  # the last character of a fused letter mark (the cheap test before `fused_money`)
_FUSED_BEFORE = re.compile(r"(?<![\w.])(N|Sh|R|Dh)\Z")
_SCALED_MONEY = frozenset({"R"})  # money before a scale word wherever: "R50 million" (no road has one)


def fused_money(text: str, s: int, scaled: bool = False) -> tuple[str, int] | None:
    """(ISO code, start of the mark) for a currency letter fused before the digits at `s` ("N825", "Sh1,000") in a
    text that names the currency or its country, else None; "R" before a number with a scale word (`scaled`:
    "R50 million", "R2bn") is the rand named or not. Ask only where text[s - 1] in FUSED_LAST."""
    m = _FUSED_BEFORE.search(text, max(0, s - 3), s)
    if m is None:
        return None
    if scaled and m.group(1) in _SCALED_MONEY:
        return "zar", m.start()
    code = _currency_named(text, _FUSED[m.group(1)])
    return (code, m.start()) if code else None


_NAMED = {"naira": re.compile(r"\b(?:naira|Nigeria|Nigerian|NGN)s?\b"),
          # (the currency alone: a South African text writes its roads "R61" too)
          "rand": re.compile(r"\b(?:rand|ZAR)\b"),
          # (the Gulf's and Morocco's papers write "Dh4", "Dh150": the dirham where it, its country or a town is named)
          "dirhams": re.compile(r"\b(?:dirhams?|UAE|Emirat(?:es|i)|Dubai|Abu[^\S\n]+Dhabi|Sharjah|Morocc(?:o|an)|AED|"
                                r"MAD)\b"),
          "shillings": re.compile(r"\b(?:shillings?|Kenyan?|Tanzanian?|Ugandan?|Somalia|Somali|KES|TZS|UGX|KSh|TSh|"
                                  r"USh)\b")}
_SHILLING_CODES = (("kes", ("KES", "KSh")), ("tzs", ("TZS", "TSh")), ("ugx", ("UGX", "USh")))


@lru_cache(maxsize=16)
def _towns_country(text: str) -> str | None:
    """The country (ISO territory) whose towns and regions (the gazetteer's) the text names most, the first named on
    a tie, or None: a Nigerian paper names Zamfara and Gusau, not always Nigeria."""
    from extract.gazetteer import gazetteer  # (asked only for a fused currency letter whose currency is not named)

    counts: dict[str, int] = {}
    first: dict[str, int] = {}
    for m in gazetteer().mentions(text):
        counts[m.place.country] = counts.get(m.place.country, 0) + 1
        first.setdefault(m.place.country, m.start)
    return min(counts, key=lambda c: (-counts[c], first[c], c)) if counts else None


def _currency_named(text: str, word: str) -> str | None:
    """The ISO code of the currency `word` names here, where the text names it or its country ("naira" ngn;
    "shillings" kes, tzs or ugx by the country named most), else None."""
    if word == "naira":  # named, or its country's towns named most ("approved N20 million" in a report from Gusau)
        return "ngn" if _NAMED[word].search(text) or _towns_country(text) == "NG" else None
    if not _NAMED[word].search(text):
        return None
    if word == "rand":
        return "zar"
    if word == "dirhams":
        return by_country(text, "dirhams", "aed") or "aed"  # the Emirati dirham, or Morocco's where it is named
    marks = _bare_marks().get(word) or _bare_marks().get(word.rstrip("s"))
    chosen = country_choice(text, marks) if marks else None
    if chosen is None:  # no country named: the shilling whose code the text writes ("KES 40.3 trillion")
        chosen = next((code for code, marks_ in _SHILLING_CODES if any(m in text for m in marks_)), None)
    return chosen or "kes"


def rupees_of(text: str) -> str:
    """The rupees "Rs" means in this text: as the bare word "rupees", those of the country the text names most
    ("Rs 3.5 crore" in a report naming Pakistan: pkr), else Indian rupees (currencies.toml code_before)."""
    return by_country(text, "rupees", "inr") or "inr"


_SCALE_NEXT = re.compile(r"[^\S\n]*(?:thousand|million|billion|trillion|lakhs?|lacs?|crores?|bn|mn|m|k|tn)\b", re.I)


def english_code_money(text: str, code: str, dig: str, end: int) -> str | None:
    """The lower-case ISO code for an English-word code spaced before a sum ("PHP 1.5 billion", "NPR 500" in a
    report from Nepal), or None. `dig` are the digits, ending at `end` (before any scale word). A country named
    makes money only of a sum of three digits or more that is no year: "COP 16 in Cali, Colombia" is a summit.
    Ask only where `code` is in ENGLISH_CODES."""
    iso = code.lower()
    if _SCALE_NEXT.match(text, end):
        return iso
    plain = dig.replace(",", "").split(".")[0]
    if len(plain) < 3 or (len(plain) == 4 and "1900" <= plain <= "2100"):
        return None
    return iso if code_country_named(text, iso) else None  # "costs ALL 100" in a report from Albania


PERIOD_LAST = frozenset("YQH")  # the last character of a period code fused before its digits
_PERIOD = re.compile(r"(?<![\w.])(FY|Q|H)\Z")
_YEAR_NEXT = re.compile(r"[^\S\n]+((?:19|20)\d\d|FY\d\d(?:\d\d)?)(?![\w.,-]?\d)")
_PERIOD_LEAD = frozenset("in the of for during by since from to and its their this last next a per each first second "
                         "third fourth until till before after over through throughout".split())


def period_code(text: str, a: _Atom) -> bool:
    """Whether the digits of `a` (fused after "FY", "Q" or "H") are a period code; if so `a` becomes it: "FY25" a
    year, "Q3" and "H1 2025" dates. Ask only where the character before `a` is in PERIOD_LAST."""
    s, d = a.start, a.digits
    m = _PERIOD.search(text, max(0, s - 3), s)
    if m is None or not d.isdigit() or text[a.end : a.end + 1].isalnum():
        return False
    mark = m.group(1)
    if mark == "FY":
        if len(d) not in (2, 4):
            return False
        a.kind = a.unit = "year"
        a.value = float(d) + (2000 if len(d) == 2 else 0)
        a.start = m.start()
        return True
    if len(d) != 1 or not ("1" <= d <= ("4" if mark == "Q" else "2")):
        return False
    year = _YEAR_NEXT.match(text, a.end)
    words, _ = tail(text, m.start())
    if year is None and not (words and words[-1].lower() in _PERIOD_LEAD):
        return False  # "the Audi Q3 costs": a name
    a.kind = a.unit = "date"
    a.start = m.start()
    if year is not None:
        a.end = year.end()
    return True


_MODEL_DIGITS = re.compile(r"0\d+|[1-9]\d?\.0")


def model_number(a: _Atom) -> bool:
    """A count after a capitalised word written as no count is ("Seal 06", "Agent 007": a leading zero; "Web 2.0",
    "PMAY-Urban 2.0": a version's ".0"): a model or scheme name. Asked by extract/numsenses.py count_sense only
    after a capitalised word."""
    return a.scale == 1 and _MODEL_DIGITS.fullmatch(a.digits) is not None


# What follows an event named with its year: the clause's end, a name, or a word of place, time or what it did
# ("IDEAS 2024 in Karachi", "CES 2025 opens"); a noun after the number is what it counts ("NATO 2000 troops").
_EVENT_NEXT = re.compile(r"[^\S\n]*(?:[,.;:)]|$)|[^\S\n]+(?:[A-Z]|(?:in|at|on|from|to|for|with|and|was|is|will|has|had|"
                         r"opens|opened|closes|closed|starts|started|begins|began|ends|ended|drew|attracted|saw|"
                         r"took|takes|runs|ran)\b)")


def acronym_year(words: list[str], text: str, end: int, v: float) -> bool:
    """A year after an acronym naming an event or edition ("IDEAS 2024 in Karachi", "CES 2025 opens"): three or more
    capitals right before it, no currency code, and after it the clause's end, a name or a word of place, time or
    what the event did, not a noun it counts ("NATO 2000 troops")."""
    if not words or not 1900 <= v <= 2099:
        return False
    w = words[-1]
    return (len(w) >= 3 and w.isalpha() and w.isupper() and w not in CURRENCY_CODES and w not in ENGLISH_CODES
            and _EVENT_NEXT.match(text, end) is not None)


_RATE_MARK = re.compile(r"[^\S\n]*(?:(?P<bp>(?-i:bps?)|basis[^\S\n-]*points?)\b|(?P<pm>per[^\S\n]+mille\b|‰))", re.I)
# "bps" is also bits per second ("a 9600 bps modem"): basis points only in a text of rates.
_RATES_TEXT = re.compile(r"\b(?:rates?|yields?|spreads?|interest|bonds?|coupons?|repo|lending|borrowing|banks?|"
                         r"monetary|inflation|treasury|Fed)\b", re.I)


def has_rate_mark(text: str) -> bool:
    """The cheap test before `rate_marks`."""
    return "bp" in text or "basis" in text or "mille" in text or "‰" in text


def rate_marks(text: str, atoms: list[_Atom]) -> None:
    """Basis points and per mille after a number, as a percent: "50 bps" 0.5, "4.5 per mille" 0.45."""
    for a in atoms:
        if a.unit == "percent" or a.kind not in ("number", "measurement", "distance") or a.word and a.qual == "vague":
            continue
        m = _RATE_MARK.match(text, a.end)
        if m is None or (m.group("bp") and m.group("bp")[0] == "b" and not _RATES_TEXT.search(text)):
            continue
        a.kind, a.unit = "number", "percent"
        a.value = round(a.value / (100 if m.group("bp") else 10), 9)
        for bound in ("low", "high"):
            if getattr(a, bound) is not None:
                setattr(a, bound, round(getattr(a, bound) / (100 if m.group("bp") else 10), 9))


_PASS_MARK = frozenset("crossed crosses crossing cross passed passes passing topped tops breached breaches surpassed "
                       "surpasses exceeded exceeds".split())


def qualifier_past_code(text: str, a: _Atom) -> str | None:
    """The qualifier of a sum written after a spaced currency code ("under Rs 100": at_most; "about TOP 1,200" in a
    report from Tonga, a code that is an English word too: approx), or of a mark passed
    ("crossed the Rs 300 crore mark", "passed the 1 million mark": at_least); None where there is none."""
    words, fused = tail(text, a.start)
    if fused or not words:
        return None
    start = a.start
    if (words[-1] in CURRENCY_CODES or words[-1].lower() == a.unit) and a.unit != "count":  # "about TOP 1,200"
        start = text.rfind(words[-1], 0, a.start)
        words = words[:-1]
        q = Q.qualifier_before(text, start, a.end) if words else None
        if q:
            return q
    if text.startswith(" mark", a.end) and len(words) >= 2 and words[-1].lower() == "the" and (
            words[-2].lower() in _PASS_MARK):
        return "at_least"
    return None
