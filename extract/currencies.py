"""The world's currencies: the one table of their ISO 4217 codes, names and signs, read from Babel (CLDR).

A sum of money in any currency in use is a money quantity whose unit is the lower-case ISO code ("chf",
"cny", "sek"), as the guidelines write "usd", "syp", "rub". The facts come from Babel's copy of the Unicode
CLDR (the currencies each territory uses now, and their English names, singular and plural), built once
and cached; the number layer (extract/numunits.py, extract/numkinds.py), the claims' money rules
(extract/money.py) and the vocabulary (extract/vocab.py) all read them from here.

How a currency may be written, after a number unless said otherwise (the decisions of English usage, which CLDR
cannot give, are data in assets/lexicons/currencies.toml, read once here):
- its English name, singular or plural, any case: "5 million Swiss francs", "300 Norwegian kroner";
- its code, upper case, before or after: "CHF 12 million", "12 million CHF" (not codes that are English
  words or common abbreviations, ENGLISH_CODES: "ALL 5 were killed", "TOP 10");
- the last word of its name alone (a bare currency word is money): the currency of that word whose country the
  text names most often (by_country: "rupees" in a report from Pakistan are pkr, "kroner" in one from Denmark dkk,
  "pesos" beside "Colombian" cop, "francs" in Guinea gnf; the Syrian and Lebanese pounds are also "lira",
  ALSO_NAMED; where no such country is named, the one whose towns it names most: "francs" in Kigali rwf,
  place_choice), else the currency the word means in English news when no country is named (BARE_DEFAULTS, a
  decision, as "dollars" are usd): "yen" jpy, "yuan"/"renminbi" cny, "rupees" inr, "francs" chf, "pesos" mxn,
  "lira" try, "krona"/"kronor" sek, "krone"/"kroner" nok, "dinars" iqd, "rials" irr...; "CFA francs" xof or xaf
  by the country named, else xof (SHARED_NAMES);
- "Rs"/"Rs." before the number: Indian rupees;
- a sign before the digits (SIGNS): "¥" is the yen, or the yuan in a text that says yuan or renminbi
  (sign_code); "₩" the South Korean won, "₪" the shekel, "₺" the Turkish lira, "₦" the naira, "₱" the Philippine
  peso, "฿" the baht (each the one currency English news writes it for; "₿" is Bitcoin, no sign here);
- "$" with the capitals of a country before it, no blank between (DOLLAR_PREFIXES): "A$5 million" Australian,
  "C$" Canadian, "NZ$", "HK$", "S$" Singapore, "NT$" Taiwan, "R$" Brazilian reals, "MX$" pesos; "$" alone and
  "US$" are US dollars;
- the South Asian scale words "lakh" (1e5) and "crore" (1e7) after the digits (indian_scale).
Words that are ordinary English too are never a currency by this table alone (RISKY_WORDS): "won" (quantulum3
reads "50,000 won" as the South Korean won, krw here, and extract/numkinds.py keeps the verb: "won 3 medals"),
"rand" (the Rand Corporation), "real", "mark", "pound" (a weight: extract/numkinds.py decides), "dollar" (US
dollars: the unit table). Their full names ("South African rand", "Brazilian reals") are money.
(assets/lexicons/claims.toml [currencies] is another table: the claim layer's names of the currencies a rate is
of, "SYP per USD", with the corpus's war's defaults; reading a number does not use it.)
"""

from __future__ import annotations

import re
import tomllib
import unicodedata
from datetime import date
from functools import lru_cache

from extract.currencycountry import code_country_named, country_choice
from extract.resources import ASSETS

LEXICON_PATH = ASSETS / "lexicons" / "currencies.toml"
# The decisions of how English news writes money (which words and codes are money alone, the default of a bare word,
# signs and prefixed dollars) are data in assets/lexicons/currencies.toml, read once here; CLDR (Babel) gives the rest.
_LEX = tomllib.loads(LEXICON_PATH.read_text(encoding="utf-8"))
# Codes that are English words, abbreviations or names of other things: no currency alone ("ALL 5", "TOP 10").
ENGLISH_CODES = frozenset(_LEX["english_codes"])
# The currency a bare name word means when no country is named (its singular and plural, from Babel).
BARE_DEFAULTS = tuple(_LEX["bare_defaults"])
# Last words of names that are also ordinary English words: never money alone.
RISKY_WORDS = frozenset(_LEX["risky_words"])
# Other words and spellings of English news ("renminbi", "reais").
EXTRA_NAMES: dict[str, str] = dict(_LEX["extra_names"])
# Defaults a bare word takes only where their country is named.
NAMED_ONLY = frozenset(_LEX["named_only"])
# Currencies a word also names beyond CLDR's English names (the Syrian pound is "lira"): word -> ((code, marks), ...).
ALSO_NAMED: dict[str, tuple[tuple[str, tuple[str, ...]], ...]] = {
    word: tuple((code, tuple(marks)) for code, marks in entry["codes"].items())
    for entry in _LEX["also_named"] for word in entry["words"]}
# Names of several currencies that hold no country ("CFA francs"): name -> (default code, the codes it may be).
SHARED_NAMES: dict[str, tuple[str, frozenset[str]]] = {
    name: (entry["default"], frozenset(entry["codes"])) for name, entry in _LEX["shared_names"].items()}
CODE_BEFORE: dict[str, str] = dict(_LEX["code_before"])  # written before the digits, like a code ("Rs 50 crore")
# The dollars (and reals, pesos) written with a country's capitals before "$", upper case, no blank ("A$5 million").
DOLLAR_PREFIXES: dict[str, str] = dict(_LEX["dollar_prefixes"])
# Currency signs before the digits -> ISO code, the prefixed dollars among them ("A$" -> "aud").
SIGNS: dict[str, str] = {**_LEX["signs"], **{prefix + "$": code for prefix, code in DOLLAR_PREFIXES.items()}}
SIGN_CHARS = "".join(sorted(s for s in SIGNS if len(s) == 1))  # the one-character signs, hot spots of the scan


def dollar_prefix(text: str, p: int) -> int:
    """The length of the capitals before the "$" at text[p] that name its dollar ("A$", "NZ$": 1, 2), or 0.

    Only as written (upper case) and as a word of its own: "A$5" but not "a$5", "USA$5" or "ASDA$5"."""
    for n in (2, 1):
        if p >= n and text[p - n : p] in DOLLAR_PREFIXES and (p == n or not text[p - n - 1].isalnum()):
            return n
    return 0


@lru_cache(maxsize=1)
def _current() -> tuple[str, ...]:
    """The ISO codes of the currencies legal tender somewhere today (CLDR's territory currencies), sorted."""
    from babel.core import get_global

    found = {code for spans in get_global("territory_currencies").values()
             for code, _start, end, tender in spans if end is None and tender}
    return tuple(sorted(found))


@lru_cache(maxsize=1)
def codes() -> frozenset[str]:
    """The lower-case ISO codes of the currencies in use ("usd", "chf", "cny"): the money units."""
    return frozenset(c.lower() for c in _current())


@lru_cache(maxsize=1)
def names() -> dict[str, str]:
    """Lower-case English name (singular, plural; bare last words of BARE_DEFAULTS) -> lower-case ISO code."""
    from babel.numbers import get_currency_name

    table: dict[str, str] = {}
    for code in _current():
        for count in (1, 2):
            name = get_currency_name(code, count=count, locale="en").lower()
            table.setdefault(name, code.lower())
    for code in BARE_DEFAULTS:
        for count in (1, 2):
            last = get_currency_name(code, count=count, locale="en").lower().split()[-1]
            if last not in RISKY_WORDS:
                table.setdefault(last, code.lower())
    for name, code in EXTRA_NAMES.items():
        table.setdefault(name, code)
    for word in RISKY_WORDS:
        table.pop(word, None)
    return table


@lru_cache(maxsize=1)
def _currency_words() -> dict[str, tuple[tuple[str, tuple | None, tuple | None], ...]]:
    """Accent-folded last word of every currency's English name, current or past ("bolivar", "sucre") -> the
    (upper-case code, first day, last day) of each territory's tender currency so named (CLDR's history, Babel)."""
    from babel.core import get_global
    from babel.numbers import get_currency_name

    found: dict[str, set[tuple[str, tuple | None, tuple | None]]] = {}
    for history in get_global("territory_currencies").values():
        for code, start, end, tender in history:
            if not tender:
                continue
            name = re.sub(r"\s*\(.*?\)\s*$", "", get_currency_name(code, locale="en"))  # "… (1871–2008)"
            word = _fold(name.split()[-1].lower()) if name.split() else ""
            if word and word not in RISKY_WORDS:
                found.setdefault(word, set()).add((code, start, end))
    return {w: tuple(sorted(v, key=str)) for w, v in found.items()}


def currency_of_word(word: str, on: date | None = None) -> str | None:
    """The upper-case ISO code of the one currency whose English name ends in `word` (accents aside, singular or
    plural) and which was in use on the day `on` (today's when None): "bolivar" on 1989-03-03 is VEB, today VES;
    "sucre" in 1995 ECS; None for an unknown word or one that ends the names of several ("dollar", "franc")."""
    table = _currency_words()
    folded = _fold(word.lower())
    got = table.get(folded) or (table.get(folded[:-1]) if folded.endswith("s") else None)
    if not got:
        return None
    day = (on.year, on.month, on.day) if on else None
    live = {code for code, start, end in got if (day is None and end is None)
            or (day is not None and (start is None or start <= day) and (end is None or day <= end))}
    return live.pop() if len(live) == 1 else None


def _fold(word: str) -> str:
    """`word` without its accents ("bolívar" -> "bolivar")."""
    return "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c))


@lru_cache(maxsize=1)
def first_words() -> frozenset[str]:
    """The first words (lower case) of the names, and the codes as written: the gate before currency_after."""
    return frozenset({n.split()[0] for n in [*names(), *SHARED_NAMES]} | set(code_words()))


@lru_cache(maxsize=1)
def code_words() -> dict[str, str]:
    """Upper-case code as written ("CHF", also "Rs") -> lower-case ISO code, less the English-word codes."""
    table = {c: c.lower() for c in _current() if c not in ENGLISH_CODES}
    table.update(CODE_BEFORE)
    return table


_WORDS = re.compile(r"[^\W\d_]+(?:[\s\u00a0]+[^\W\d_]+){0,3}")


def currency_after(text: str, i: int) -> str | None:
    """The ISO code of the currency named by the words at text[i:] ("Swiss francs", "yen", "CHF"), or None.

    The longest name wins ("South Korean won" before a bare word); codes count only upper case, names in any
    case. Ask only when the first word is in first_words() (a set test: most words after numbers are not)."""
    m = _WORDS.match(text, i)
    if m is None:
        return None
    words = m.group().split()
    if len(words[0]) <= 3 and (code := code_words().get(words[0])):
        return code
    table = names()
    for n in range(len(words), 0, -1):
        name = " ".join(words[:n]).lower()
        code = table.get(name)
        if code is None and n > 1 and name in SHARED_NAMES:
            return shared_name(text, name)  # "300 CFA francs": West or Central African, by the country named
        if code is not None:
            if n == 1 and _capital_name(text, i, words[0]):
                return None  # "killed 300 Lira residents": the town of Lira, no Turkish lira
            return by_country(text, words[0].lower(), code) if n == 1 else code  # (None: no currency)
    return None


_SCALE_WORDS = frozenset("hundred thousand million billion trillion".split())
# Words after which a capitalised currency word may still be the money ("gave 300 Kip to them", "5 Million Francs In
# Aid"): no noun the word could name.
_FUNCTION_WORDS = frozenset("to for in on at and or of from by with per each a an the as is was were are".split())
_NEXT_WORD = re.compile(r"[^\W\d_]+[\s\u00a0]+([^\W\d_]+)")


def _capital_name(text: str, i: int, word: str) -> bool:
    """Whether a bare currency word at text[i] is written with a capital in running text (the word before its number
    in lower case) and a word of content follows it: a name ("300 Lira residents", "30 Franc Tireurs"), as currency
    words are written in lower case but in a title-case headline ("UN Gives 5 Million Francs")."""
    if not (word[:1].isupper() and word[1:].islower()):
        return False
    nxt = _NEXT_WORD.match(text, i)
    if nxt is None or nxt.group(1).lower() in _FUNCTION_WORDS:
        return False
    before = text[max(0, i - 60) : i].split()
    while before and (any(c.isdigit() for c in before[-1]) or before[-1].lower() in _SCALE_WORDS):
        before.pop()  # the number and its scale word
    return bool(before) and before[-1][:1].islower()


@lru_cache(maxsize=1)
def _bare_marks() -> dict[str, tuple[tuple[str, tuple[str, ...]], ...]]:
    """A bare word several currencies end in ("rupees": inr, pkr, npr, lkr...) -> (code, the words that name its
    country: the adjective of its name, "Pakistani", and its territories' English names, "Pakistan") for each."""
    from babel import Locale
    from babel.core import get_global
    from babel.numbers import get_currency_name

    places = Locale("en").territories
    where: dict[str, list[str]] = {}
    for territory, spans in get_global("territory_currencies").items():
        for code, _start, end, tender in spans:
            if end is None and tender and territory in places:
                where.setdefault(code, []).append(places[territory])
    found: dict[str, list[tuple[str, tuple[str, ...]]]] = {}
    for code in _current():
        for count in (1, 2):
            *adjective, last = get_currency_name(code, count=count, locale="en").split()
            marks = tuple(w for w in [" ".join(adjective), *where.get(code, [])] if w)
            if marks and all(c != code.lower() for c, _ in found.get(last.lower(), [])):
                found.setdefault(last.lower(), []).append((code.lower(), marks))
    for word, extra in ALSO_NAMED.items():  # "lira" of Syria and Lebanon too (assets/lexicons/currencies.toml)
        have = found.setdefault(word, [])
        have.extend(entry for entry in extra if all(c != entry[0] for c, _ in have))
    return {word: tuple(v) for word, v in found.items() if len(v) > 1}


def shared_name(text: str, name: str) -> str:
    """The currency a name several currencies share means in this text ("CFA francs": xof or xaf): that of the
    country the text names most often among theirs, else the name's default (SHARED_NAMES)."""
    default, choices = SHARED_NAMES[name]
    marks = tuple(m for m in _bare_marks().get(name.split()[-1], ()) if m[0] in choices)
    chosen = place_choice(text, marks) if marks else None
    return chosen or default


@lru_cache(maxsize=64)
def by_country(text: str, word: str, default: str) -> str | None:
    """The currency a bare word means in this text: that of the country named most often (first, on a tie) among
    those whose currency the word is (extract/currencycountry.py: "45 billion rupees" in a report from Pakistan
    that names India once: pkr; "francs" in Guinea: gnf), else `default` (BARE_DEFAULTS), else None for a
    default only its own country's name makes (NAMED_ONLY: "francs" with no Swiss named are no chf)."""
    marks = _bare_marks().get(word)
    if not marks:
        return default
    chosen = place_choice(text, marks)
    if chosen is not None:
        return chosen
    return None if default.upper() in NAMED_ONLY else default


def place_choice(text: str, marks: tuple[tuple[str, tuple[str, ...]], ...]) -> str | None:
    """Of the currencies in `marks`, that of the country the text names most (extract/currencycountry.py); where it
    names none of their countries, that of the country whose towns and regions (the gazetteer's) it names most, the
    first named on a tie: "Rebels in Kigali demanded 5 million francs" are Rwandan francs. None if neither."""
    chosen = country_choice(text, marks)
    if chosen is not None:
        return chosen
    from babel.core import get_global  # (asked only for a bare word several currencies share, named by no country)

    from extract.gazetteer import gazetteer

    mine = {code for code, _words in marks}
    counts: dict[str, int] = {}
    first: dict[str, int] = {}
    tender = get_global("territory_currencies")
    for m in gazetteer().mentions(text):
        for code, _start, end, legal in tender.get(m.place.country, ()):
            if end is None and legal and code.lower() in mine:
                counts[code.lower()] = counts.get(code.lower(), 0) + 1
                first.setdefault(code.lower(), m.start)
    return min(counts, key=lambda code: (-counts[code], first[code], code)) if counts else None


# The pounds a bare "pounds" of money may be: code -> (territory, words naming its country), from
# assets/lexicons/currencies.toml [pounds] (a table of its own: no Babel load where a text speaks of pounds).
POUNDS: dict[str, tuple[str, tuple[str, ...]]] = {code: (v[0], tuple(v[1:])) for code, v in _LEX["pounds"].items()}
_POUND_NAMES = re.compile(r"(?<!\w)(?:" + "|".join(sorted((re.escape(w) for _t, ws in POUNDS.values() for w in ws),
                                                          key=len, reverse=True)) + r")(?!\w)")
_POUND_OF_NAME = {w: code for code, (_t, ws) in POUNDS.items() for w in ws}
_POUND_OF_TERRITORY = {t: code for code, (t, _ws) in POUNDS.items()}


@lru_cache(maxsize=64)
def pound_currency(text: str) -> str:
    """The currency of a bare "pounds" of money: that of the country the text names most among [pounds] ("Sudan said
    the shipment was worth 90 million pounds": sdg), the first named on a tie; where it names none, that of the
    country whose towns it names most ("In Aleppo bread costs 4,000 pounds": syp); else gbp."""
    counts: dict[str, int] = {}
    first: dict[str, int] = {}
    for m in _POUND_NAMES.finditer(text):
        code = _POUND_OF_NAME[m.group()]
        counts[code] = counts.get(code, 0) + 1
        first.setdefault(code, m.start())
    if not counts:
        from extract.gazetteer import gazetteer  # (only for a text that speaks of pounds and names no such country)

        for g in gazetteer().mentions(text):
            pound = _POUND_OF_TERRITORY.get(g.place.country)
            if pound is not None:
                counts[pound] = counts.get(pound, 0) + 1
                first.setdefault(pound, g.start)
    return min(counts, key=lambda code: (-counts[code], first[code], code)) if counts else "gbp"


def money_after(text: str, i: int, word: str) -> tuple[str, str] | None:
    """("number", ISO code) for a currency named by `word` (the word at i, after a number) and what follows it,
    or None: the hook extract/numunits.quantulum_unit asks before quantulum3. A code that is an English word too
    (ENGLISH_CODES) is money after a number where the text names its country ("5,839 CUP" in a report from Cuba)."""
    if word in ENGLISH_CODES:
        return ("number", word.lower()) if code_country_named(text, word.lower()) else None
    if word.lower() not in first_words() and word not in code_words():
        return None
    code = currency_after(text, i)
    return ("number", code) if code else None


def code_of_name(name: str) -> str | None:
    """The ISO code for a currency's English name ("chinese yuan", quantulum3's names), or None."""
    return names().get(name.lower())


# South Asian scale words after a number: "Rs 50 crore" (500 million rupees), "5 lakh people" (500,000); "lac" and
# "lacs" are older spellings of lakh, common in Indian and Pakistani papers ("5 lac people", "Rs 20 lacs"). Not in
# capitals: "LAC" is the Line of Actual Control.
INDIAN_SCALES = {"lakh": 100_000, "lakhs": 100_000, "lac": 100_000, "lacs": 100_000, "crore": 10_000_000,
                 "crores": 10_000_000}
INDIAN_FIRST = ("lakh", "crore", "Lakh", "Crore", "LAKH", "CRORE", "lac", "Lac")  # the cheap test before indian_scale


def indian_scale(text: str, end: int) -> tuple[int, int] | None:
    """(scale, end of the word) for "lakh"/"lac"/"crore" after the blank at text[end], or None. Ask only where
    text.startswith(INDIAN_FIRST, end + 1)."""
    j = end + 1
    k = j
    while k < len(text) and text[k].isalpha():
        k += 1
    scale = INDIAN_SCALES.get(text[j:k].lower())
    return (scale, k) if scale else None


@lru_cache(maxsize=8)
def yuan_named(text: str) -> bool:
    """Whether the text calls its money yuan or renminbi: then "¥" is the Chinese yuan, not the Japanese yen."""
    low = text.lower()
    return "yuan" in low or "renminbi" in low or "RMB" in text


def sign_code(sign_code_: str, text: str) -> str:
    """The ISO code a currency sign stands for in this text: "jpy" for "¥" turns "cny" where the text says yuan."""
    return "cny" if sign_code_ == "jpy" and yuan_named(text) else sign_code_


def currency_units() -> dict[str, str]:
    """Lower-case ISO code -> English name ("chf": "Swiss Franc"), for the vocabulary of units (extract/vocab.py)."""
    from babel.numbers import get_currency_name

    return {c.lower(): get_currency_name(c, locale="en") for c in _current()}
