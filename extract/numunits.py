"""What a number measures, from the words right after it (and a few right before).

The fast path is a table of unit words as compiled regexes (of which only
the rules that can start with the next character are tried, as worked out by
extract/rx.py); a word the table does not know, which quantulum3 lists
as a unit and which is not a common English word, is decided by quantulum3
(once per word, cached). Units of
claims are vocab.UNITS ("count", "ratio", "percent", "usd", "syp", "rub",
"tons"); other quantities carry their unit word and a `kind` saying why they
are not a count ("duration", "distance", "age", "calibre", "measurement").
The rate patterns run only in a text that names the dollar or euro at all.
A "p" fused to a comma-grouped amount is pence ("2,145p", `grouped_pence_end`).
"""

from __future__ import annotations

import re
import warnings
from functools import lru_cache

from extract.currencies import RISKY_WORDS, SIGNS, code_of_name, money_after
from extract.nummultiples import multiple_of
from extract.rx import first_chars

# (kind, unit, regex after the number). First match wins; each regex starts
# right after the number (and its scale word) and must consume the unit.
# Possessive: no unit word starts with white space or a dash, so giving back separator characters
# could never find a unit the first try missed (and would retry every unit once more).
_SEP = r"(?:[^\S\n]*+[-\u2010\u2011][^\S\n]*+|[^\S\n]*+)"
_UNIT_RULES: list[tuple[str, str, str]] = [
    ("distance", "light year", r"light[\s\u00a0-]+years?\b"),
    ("age", "year", r"(?:years?|yrs?)[\s\u00a0-]+olds?\b|years?[\s\u00a0-]+of[\s\u00a0-]+age\b"),
    ("age", "month", r"(?:months?|weeks?|days?)[\s\u00a0-]+olds?\b"),
    ("measurement", "temperature", r"(?-i:(?<=[0-9])°?[CF]\b)"),  # "-12C" (case-sensitive: not "12c")
    # "7pc", "11.6pc": per cent as British papers write it (lower case: a "PC" is a computer)
    ("number", "percent", r"(?:percent|per[^\S\n]cent|pct\b\.?|percentage[^\S\n]+points?\b|(?-i:pc)\b)"),
    # "8.6t", "3 t": a "t" right after the digits is tonnes (case-sensitive: not "T-72")
    ("number", "tons", r"(?:metric[^\S\n]+)?(?:tons?|tonnes?)\b|(?-i:(?<=[0-9])t\b|(?<=[0-9][^\S\n])t\b)"),
    ("number", "usd", r"(?:US[^\S\n]+)?dollars?\b|USD\b|US\$"),
    ("number", "syp", r"(?:Syrian[^\S\n]+(?:pounds?|lira|liras|lire)\b|SYP\b|S\.P\.|SP\b|L\.S\.)"),
    ("number", "rub", r"(?:roubles?|rubles?|RUB\b)"),
    ("number", "eur", r"(?:euros?\b|EUR\b)"),
    ("number", "gbp", r"(?:pounds?[^\S\n]+sterling\b|GBP\b)"),
    ("distance", "millimetre", r"(?:mm|millimet(?:er|re)s?)(?=[^\S\n]+of\b)"),  # "200 mm of rain"
    ("calibre", "mm", r"(?:mm|millimet(?:er|re)s?)\b|cal(?:ibre|iber)?\b\.?"),
    ("distance", "km", r"(?:km|kms|kilomet(?:er|re)s?)\b(?![/²2])"),
    ("distance", "nanometre", r"nanomet(?:er|re)s?\b"),  # "a 3-nanometre chip" (quantulum3 does not know it)
    ("distance", "nautical mile", r"nautical[^\S\n]+miles?\b|(?-i:nmi)\b"),  # 1,852 metres: not a mile
    ("distance", "mile", r"miles?\b|mi\b"),
    # volumes: "39.3 billion cubic metres of water", "2m3"
    ("measurement", "cubic metre", r"cubic[^\S\n]+met(?:er|re)s?\b|(?-i:m3\b)|m³"),
    ("measurement", "cubic foot", r"cubic[^\S\n]+(?:feet|foot)\b"),
    ("distance", "metre", r"(?:met(?:er|re)s?|m)\b(?![/²2])"),
    ("distance", "yard", r"(?:yards?|yds?)\b"),
    ("distance", "foot", r"(?:feet|foot|ft)\b"),
    # "6 inches", "5in of snow" (fused to the digits; "3in Homs" is a missing space)
    ("distance", "inch", r"inch(?:es)?\b|(?-i:(?<=[0-9])in\b(?![^\S\n]+[A-Z]))"),
    ("duration", "second", r"(?:seconds?|secs?)\b(?![-\u2010\u2011][^\W\d_])"),  # not "second-hand", "second-rate"
    ("duration", "minute", r"(?:minutes?|mins?)\b"),
    ("duration", "hour", r"(?:hours?|hrs?)\b"),
    ("duration", "day", r"(?:days?|nights?)\b"),
    ("duration", "week", r"(?:weeks?|weekends?|fortnights?)\b"),
    ("duration", "month", r"months?\b"),
    ("duration", "year", r"(?:years?|yrs?)\b"),
    ("duration", "decade", r"(?:decades?|centur(?:y|ies))\b"),
    ("measurement", "kilogram", r"(?:kg|kgs|kilos?|kilograms?)\b"),

    ("measurement", "pound", r"(?:lbs?|pounds?)\b"),
    # areas take their unit's name, as "hectare" and "acre" do ("6,288 sq km", "4.28 million square kilometres")
    ("measurement", "square kilometre", r"(?:sq\.?|square)[^\S\n]+(?:km|kilomet(?:er|re)s?)\b|km2\b|km²"),
    ("measurement", "square mile", r"(?:sq\.?|square)[^\S\n]+miles?\b"),
    ("measurement", "square metre", r"(?:sq\.?|square)[^\S\n]+(?:met(?:er|re)s?|m)\b|m²"),
    ("measurement", "hectare", r"hectares?\b"),
    ("measurement", "acre", r"acres?\b"),
    # energy and power keep their prefix in the unit's name ("460 terawatt hours", "2 GW")
    ("measurement", "kilowatt hour", r"(?:kilowatt[\s\u00a0-]+hours?\b|(?-i:kWh\b))"),
    ("measurement", "megawatt hour", r"(?:megawatt[\s\u00a0-]+hours?\b|(?-i:MWh\b))"),
    ("measurement", "gigawatt hour", r"(?:gigawatt[\s\u00a0-]+hours?\b|(?-i:GWh\b))"),
    ("measurement", "terawatt hour", r"(?:terawatt[\s\u00a0-]+hours?\b|(?-i:TWh\b))"),
    ("measurement", "watt hour", r"watt[\s\u00a0-]+hours?\b"),
    ("measurement", "kilowatt", r"(?:kilowatts?\b|(?-i:kW\b))"),
    ("measurement", "megawatt", r"(?:megawatts?\b|(?-i:MW\b))"),
    ("measurement", "gigawatt", r"(?:gigawatts?\b|(?-i:GW\b))"),
    ("measurement", "watt", r"watts?\b"),
    # the calorie of food and exercise is the kilocalorie ("about 300 calories", "110 kcal", "a 2,000-calorie diet")
    ("measurement", "kilocalorie", r"(?:kilocalories?|kcals?|calories?)\b"),
    # frequencies ("a 5.7GHz chip", "2,400MHz memory"): quantulum3 does not read the fused symbols
    ("measurement", "gigahertz", r"(?:gigahertz\b|(?-i:GHz\b))"),
    ("measurement", "megahertz", r"(?:megahertz\b|(?-i:MHz\b))"),
    ("measurement", "kilohertz", r"(?:kilohertz\b|(?-i:kHz\b))"),
    ("measurement", "hertz", r"(?:hertz\b|(?-i:Hz\b))"),
    ("measurement", "speed", r"(?:km/h|kph|mph|knots?)\b"),
    ("measurement", "temperature", r"°[CF]?|degrees?\b(?:[^\S\n]+(?:Celsius|Fahrenheit|C|F)\b)?"),
    ("measurement", "litre", r"(?:lit(?:er|re)s?|gallons?)\b"),
    # "28 hectolitres a hectare" (wine); "a 0.5ml dose" (case-sensitive: "ML" is no volume)
    ("measurement", "hectolitre", r"hectolit(?:er|re)s?\b|(?-i:hl)\b"),
    ("measurement", "millilitre", r"millilit(?:er|re)s?\b|(?-i:ml)\b"),
    # "a 6-storey block", "a 72-storey tower": the floors counted, as "94 storeys" is (no unit of length)
    ("number", "count", r"(?<=[-\u2010\u2011])(?:storey|story|floor)\b"),
    ("measurement", "magnitude", r"magnitude\b|on[^\S\n]+the[^\S\n]+Richter\b"),  # "3.2 on the Richter scale"
    # "424 parts per million" in words, as "424 ppm" (the scale word is the unit's, no number of its own)
    ("measurement", "part per million", r"parts?[^\S\n]+per[^\S\n]+million\b"),
    ("measurement", "part per billion", r"parts?[^\S\n]+per[^\S\n]+billion\b"),
    # a multiplier before a comparison: "400,000 times brighter", "five times as many", "3 times the size",
    # "three times its upper estimate" (a possessive: a multiple of what it owns)
    # ("visited three times", "three times the next day", "three times a week" count occasions)
    ("number", "ratio", r"times(?=[^\S\n]+(?:as|more|less|fewer|higher|lower|larger|bigger|smaller|greater|"
                        r"faster|slower|longer|shorter|brighter|stronger|weaker|cheaper|better|worse|[a-z]+ier|"
                        r"(?:its|their)[^\S\n]+\w+|"
                        r"the[^\S\n]+(?:size|rate|amount|number|level|price|cost|average|speed|area|population|"
                        r"value|volume|weight|total|national|estimate|original|previous|normal|usual)\b|"
                        # a multiple of a sum or count said after it: "five times the ₦185 it cost", "3 times the 40"
                        r"the[^\S\n]+(?:[A-Z]{0,2}[^\w\s]|[A-Z]{3}[^\S\n]+)?\d))"),
]
# Unit symbols of science and medicine, tried after _UNIT_RULES find nothing and only where the first two characters
# can start one (`_symbol_unit`): "pp", "m/", "mS", "mg", "mc", "µ"/"μ" (so the common words after a number pay
# nothing). Case-sensitive ("MG" is a car, "PPM" no unit here).
_SYMBOL_RULES: list[tuple[str, str, str]] = [
    # a concentration or a dose written as a rate takes the unit of its numerator ("12 µg/m³", "40 mg/L",
    # "10 mg/kg"), as "24.5p per kWh" is pence
    ("measurement", "microgram", r"(?:[µμ]g|mcg)(?:/[A-Za-z]{1,3}[²³23]?)?(?![\w/])"),
    ("measurement", "milligram", r"mg/[A-Za-z]{1,3}[²³23]?(?![\w/])"),
    ("measurement", "part per million", r"ppm\b"),
    ("measurement", "part per billion", r"ppb\b"),
    # a dose of radiation: "mSv" is the millisievert, never a millisecond-volt (quantulum3's reading of it)
    ("measurement", "millisievert", r"mSv\b"),
    ("measurement", "microsievert", r"[µμ]Sv(?!\w)"),
    # "braked at 3 m/s²": an acceleration, named as "speed" is (the metre stops at "/")
    ("measurement", "acceleration", r"m/s(?:²|\^?2)(?!\w)"),
]
_SYMBOL_RE = re.compile(_SEP + "(?:" + "|".join(f"(?P<s{i}>{rx})" for i, (_, _, rx) in enumerate(_SYMBOL_RULES)) + ")")
_SYMBOL_SECOND = {"p": "p", "m": "/Sgc", "µ": "", "μ": ""}  # "" : any second character


def _symbol_unit(text: str, end: int, j: int) -> tuple[str, str, int] | None:
    """(kind, unit, end) of a unit symbol of `_SYMBOL_RULES` starting at `j` (the number ends at `end`), else None."""
    second = _SYMBOL_SECOND.get(text[j : j + 1])
    if second is None or (second and text[j + 1 : j + 2] not in second) or text[j + 1 : j + 2] == "":
        return None
    m = _SYMBOL_RE.match(text, end)
    if m is None or m.lastgroup is None:
        return None
    kind, unit, _ = _SYMBOL_RULES[int(m.lastgroup[1:])]
    return kind, unit, m.end()


# One anchored alternation: the first unit that matches wins. Codes ("SP", "EUR")
# are case-sensitive so they do not match ordinary words.
_CASED = {"syp", "eur", "gbp", "rub"}
_UNIT_RE = re.compile(
    _SEP + "(?:" + "|".join(
        f"(?P<u{i}>" + (rx if unit in _CASED else f"(?i:{rx})") + ")" for i, (_, unit, rx) in enumerate(_UNIT_RULES)
    ) + ")"
)

# Currency names written after a number ("41 hryvnias", "1,450 kyats"), for rates; codes are in _UNIT_RULES.
CURRENCY_WORDS = (
    "pounds? lira liras lire hryvnias? rials? riyals? dinars? dirhams? rubles? roubles? rupees? nairas? kyats? "
    "afghanis? birrs? shillings? cedis? rand pesos? yuan yen won francs? euros? dollars? leones? kwachas? "
    "bolivars? manats? laris? drams? taka dong baht ringgits? zlotys? forints? korunas? lei levs? tenge soms? "
    "somonis? dalasis? leks? denars? marks? kron(?:a|or|e|er) reais reals? shekels? rupiahs? lempiras? quetzales "
    "soles colones guaranis? lari kwanzas?"
).split()
_CURRENCY_WORD = r"(?:[A-Z][a-z]+[^\S\n]+)?(?:" + "|".join(CURRENCY_WORDS) + r")\b"
# A rate against a currency: "580 pounds to the dollar", "36.9 hryvnias per US dollar", "58 against the dollar".
RATE_AFTER = re.compile(
    r"[^\S\n]+(?:" + _CURRENCY_WORD + r"[^\S\n]+)?(?:to|per|against)[^\S\n]+"
    r"(?:(?:the|one|a|each|every|1)[^\S\n]+)?(?:US[^\S\n]+|U\.S\.[^\S\n]+)?"
    r"(?:(?:dollar|USD|greenback|euro)\b|\$(?![^\S\n]*\d))",  # "to $30" is an amount, not "to the $"
    re.I,
)
# A rate after the currency it prices: "the dollar fetched about 41 hryvnias", "a dollar now buys 2,500 pounds".
RATE_BEFORE = re.compile(
    r"\b(?:dollar|greenback|euro|USD)[^\S\n]+(?:(?:now|then|was|is|had|has|already)[^\S\n]+)?"
    r"(?:buys|bought|buying|fetch(?:es|ed|ing)?|costs?|costing|(?:sells|sold|selling|goes|went|going)[^\S\n]+for|"
    r"trad(?:es|ed|ing)[^\S\n]+(?:at|for)|chang(?:es|ed|ing)[^\S\n]+hands[^\S\n]+(?:at|for)|"
    r"(?:is|was)[^\S\n]+worth|equals|equall?ed|st(?:oo|a)nds?[^\S\n]+at|stood[^\S\n]+at)[^\S\n]+"
    r"(?:(?:about|around|some|roughly|nearly|almost|approximately|more[^\S\n]+than|over|at[^\S\n]+least|"
    r"up[^\S\n]+to|as[^\S\n]+much[^\S\n]+as|an[^\S\n]+estimated)[^\S\n]+)?\Z",
    re.I,
)
# What may follow such a rate: a currency name, or no noun at all ("fetched 41 on the black market").
RATE_BEFORE_END = re.compile(
    r"[^\S\n]+" + _CURRENCY_WORD + r"|[^\S\n]*(?:[.,;:)]|$)|[^\S\n]+(?:on|in|at|against|from|by|and|or)\b",
    re.I,
)
_IGNORECASE_EXTRA = ("ſ", "ı", "İ")  # non-ASCII letters re.IGNORECASE matches to "s" and "i"


@lru_cache(maxsize=8)
def mentions_dollar(text: str) -> bool:
    """Whether `text` names the dollar or the euro anywhere: RATE_AFTER and RATE_BEFORE need one of these words.

    A necessary condition, checked once per text, so that the two regexes run only where they can match.
    """
    if not text.isascii() and any(c in text for c in _IGNORECASE_EXTRA):
        return True
    return dollar_named(text.lower())


def dollar_named(low: str) -> bool:
    """mentions_dollar for an ASCII text, given lower-cased (no letter of it folds to another under re.I)."""
    return "dollar" in low or "greenback" in low or "euro" in low or "usd" in low or "$" in low


def rate_after(text: str, end: int) -> re.Match | None:
    """RATE_AFTER.match(text, end), skipped in a text that names no dollar or euro."""
    return RATE_AFTER.match(text, end) if mentions_dollar(text) else None


# Times of day written as HHMM with a zone ("1800 GMT", "0600 hrs").
TIME_ZONE_AFTER = re.compile(
    r"[^\S\n]*(?:GMT|UTC|Z|CET|CEST|EET|EEST|BST|EST|EDT|PST|PDT|MSK|AST|IDT|hrs|hours|h|local[^\S\n]+time)\b"
)
CURRENCY_SIGNS: dict[str, str] = SIGNS  # "$", "A$", "€", "₩"... -> ISO code (extract/currencies.py)

# (not a word a dash and digits follow: "12 F-35A jets", "4 Su-24s" are models, not farads or units; nor the first
# word of a compound: "400 second-hand phones")
_WORD_AFTER = re.compile(
    r"[^\S\n]*[-\u2010\u2011]?[^\S\n]*([^\W\d_][\w°²³/]*+|[°²³µ]\w*+)(?![-\u2010\u2011](?:\d|[^\W\d_]))")
# Words quantulum3 knows as units that, after a number in a conflict report, count things.
COUNT_WORDS = frozenset(
    "barrel barrels round rounds shell shells pair pairs set sets unit units piece pieces bit bits point points "
    "cup cups bag bags sack sacks box boxes pack packs can cans bottle bottles ton tons head heads "
    "bar bars pound pounds percent per a an at in on of to as by or and is it be we he no up so us "
    "league leagues".split()  # "412 league games": no unit of length
)
_PHYSICAL_KINDS = {"time": "duration", "length": "distance"}


def _unit_buckets() -> dict[str, re.Pattern] | None:
    """_UNIT_RE cut by the first character of the unit word (ASCII, lower-cased): for each, the rules that can
    start with it, in their order. None if some rule could start with anything, white space or a dash: then
    the place where the unit word starts is not one position and _UNIT_RE is used whole."""
    firsts = [first_chars(rx if unit in _CASED else f"(?i:{rx})") for _, unit, rx in _UNIT_RULES]
    if any(f is None or any(c.isspace() or c in "-\u2010\u2011" for c in f) for f in firsts):
        return None
    known = [f for f in firsts if f is not None]  # (all of them, by the test above)
    keys = {c.lower() for f in known for c in f if c.isascii()}
    return {
        k: re.compile(_SEP + "(?:" + "|".join(
            f"(?P<u{i}>" + (rx if unit in _CASED else f"(?i:{rx})") + ")"
            for i, ((_, unit, rx), f) in enumerate(zip(_UNIT_RULES, known)) if any(c.lower() == k for c in f)
        ) + ")")
        for k in keys
    }


_UNIT_BUCKETS = _unit_buckets()
_SEP_RE = re.compile(_SEP)
_SEP_CHARS = "-\u2010\u2011"


def _past_sep(text: str, end: int) -> int:
    """Where the separator (white space, a dash, white space; maybe none) after `end` ends."""
    m = _SEP_RE.match(text, end)
    assert m is not None  # (it matches the empty string)
    return m.end()


def unit_after(text: str, end: int) -> tuple[str, str, int] | None:
    """(kind, unit, end of unit word) for the unit word right after position `end`, or None."""
    if _UNIT_BUCKETS is None:
        m = _UNIT_RE.match(text, end)
        j = _past_sep(text, end)
    else:
        # where the unit word would start: past the separator (white space, a dash, white space)
        c = text[end : end + 1]
        if c == " ":
            c = text[end + 1 : end + 2]
            j = end + 1 if not (c.isspace() or c in _SEP_CHARS) else _past_sep(text, end)
        else:
            j = end if not (c.isspace() or c in _SEP_CHARS) else _past_sep(text, end)
        c = text[j : j + 1]
        if not c:
            return None
        if c.isascii():
            rx = _UNIT_BUCKETS.get(c.lower())
            if rx is None:
                return None  # no unit starts with this character
            m = rx.match(text, end)
        else:
            m = _UNIT_RE.match(text, end)
    if m is None or m.lastgroup is None:
        if text[j : j + 1] in _SYMBOL_SECOND:
            sym = _symbol_unit(text, end, j)  # "12 µg/m³", "2.5 mSv", "0.3 ppm", "3 m/s²"
            if sym is not None:
                return sym
        return multiple_of(text, end)  # "27 times the WHO's daily limit" (extract/nummultiples.py)
    kind, unit, _ = _UNIT_RULES[int(m.lastgroup[1:])]
    return kind, unit, m.end()


def quantulum_unit(text: str, end: int) -> tuple[str, str] | None:
    """Ask quantulum3 about the word after a number when our table does not know it.

    Returns (kind, unit name) for physical quantities, None for counts. The
    answer depends only on the word, so it is cached per word.
    """
    m = _WORD_AFTER.match(text, end)
    if m is None:
        return None
    return money_after(text, m.start(1), m.group(1)) or quantulum_word(m.group(1))  # "5 million Swiss francs"


@lru_cache(maxsize=4096)
def quantulum_word(word: str) -> tuple[str, str] | None:
    """quantulum_unit for the word after the number (cached per word, as the answer depends only on it)."""
    if len(word) > 20 or word.lower() in COUNT_WORDS:
        return None
    return _quantulum_word(word)


@lru_cache(maxsize=1)
def _unit_index() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """quantulum3's unit surfaces and symbols and its common English words, read from its data files.

    Reading the JSON is fast; quantulum3's parser (which loads much more) is only
    imported when a word passes this gate.
    """
    import importlib.util
    import json
    from pathlib import Path

    spec = importlib.util.find_spec("quantulum3")
    if spec is None or not spec.submodule_search_locations:
        return frozenset(), frozenset(), frozenset()
    base = Path(list(spec.submodule_search_locations)[0])
    surfaces: set[str] = set()
    symbols: set[str] = set()
    for f in (base / "units.json", base / "_lang" / "en_US" / "units.json"):
        try:
            data = json.loads(f.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            continue
        for unit in data.values() if isinstance(data, dict) else []:
            if not isinstance(unit, dict) or unit.get("entity") in (None, "dimensionless"):
                continue
            for w in unit.get("surfaces", []):
                w = w.lower()
                surfaces.update((w, w + "s", w + "es"))
            symbols.update(unit.get("symbols", []))
    common: set[str] = set()
    try:
        words = json.loads((base / "_lang" / "en_US" / "common-words.json").read_text(encoding="utf-8"))
        for group in words.values():
            common.update(w.lower() for w in group)
    except (OSError, ValueError):
        pass
    return frozenset(surfaces), frozenset(symbols), frozenset(common)


# Read when the module is imported, not when a report first has a word quantulum3 may call a unit: its data files
# take ~9 ms to read, once per process, which then fell inside whichever document came first (and inside a
# bench's timed pass, whose one warm-up document holds no such word).
_unit_index()


@lru_cache(maxsize=4096)
def _quantulum_word(word: str) -> tuple[str, str] | None:
    surfaces, symbols, common = _unit_index()
    low = word.lower()
    maybe_symbol = len(word) <= 3 and not word.isupper() and word.isascii()  # prefixed symbols: kW, mg, GHz
    if not (low in surfaces or word in symbols or maybe_symbol):
        return None
    if low in common and word not in symbols:
        return None
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        from quantulum3 import parser

        try:
            found = parser.parse(f"5 {word}")
        except Exception:  # quantulum3 raises on some odd inputs; then it is no unit
            return None
    for q in found:
        if q.span[0] == 0 and q.span[1] > 2:
            entity = q.unit.entity.name
            if entity in ("dimensionless", "unknown"):
                return None
            if entity == "currency":
                # "chinese yuan": cny (extract/currencies.py), but no currency for a word that is English too
                # ("rand": RISKY_WORDS), nor for a name the currency table has read with the text already and
                # left without a currency (money_after)
                if (low in RISKY_WORDS and low != "won") or code_of_name(low) is not None:
                    return None
                return "number", code_of_name(q.unit.name) or q.unit.name
            return _PHYSICAL_KINDS.get(entity, "measurement"), q.unit.name
    return None


# Pence in a comma-grouped amount: "2,145p" is £21.45 (a share price; a screen's "1080p" is never grouped).
def grouped_pence_end(text: str, end: int, dig: str) -> int | None:
    """The end of a "p" fused to a comma-grouped amount ("a record 2,145p"): pence, whatever the amount."""
    if "," not in dig or text[end : end + 1] != "p" or text[end + 1 : end + 2].isalnum():
        return None
    return end + 1
