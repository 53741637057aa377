"""Every number in a text, with its bounds, qualifier, unit and kind.

The scan finds hot spots (digits, currency signs, number words; the patterns
are in extract/numscan.py); at each, one anchored regex reads the candidate (a
number, number words, a vague count, a date, a clock time, a ratio), and small
anchored regexes and word lookups around it decide its qualifier ("at least",
"nearly", "about", "+"; extract/numqualifiers.py), ranges ("between seven and
nine", "7-9", "30 to 40"), a number in figures its value, scale and currency
(extract/numfigures.py), its unit (extract/numunits.py, which asks
quantulum3 about unit words it does not know) and its kind
(extract/numkinds.py): "number" for counts that can be claims, otherwise why
not ("date", "year", "time", "duration", "distance", "age", "calibre",
"ordinal", "name", "list", "url", "handle", "measurement", "fraction", "score").
Conventions follow ../shared/gold/GUIDELINES.md. A line break ends a phrase: no number is read with a word or
number on another line (a table's rows, figures one per line, a heading above a number), but a number word broken
at its hyphen ("twenty-\\nfive"); the patterns' blanks are [^\\S\\n] and numkinds.tail reads the words before a
number on its own line only. A soft wrap inside a paragraph of prose ("and at least\n30 people", "Some
2.5\nmillion") is a blank, and "1,\n200" one number (extract/numwraps.py).

Proportions, one convention: a ratio is the first side over the second, as
"580:1" is 580 — so "one in five" / "3 out of 4" are kind "number", unit
"ratio", value 0.2 / 0.75; a fraction that is a share of something ("half of
the seats", "up by a fifth", "two-thirds of", "2/3 of the wells") is a
percentage: kind "number", unit "percent", value 50 / 20 / 66.7; a fraction
that is not a share ("3/4 cup", "a two-thirds chance") stays kind "fraction"
(value 0.75); a fraction of an amount is the amount ("half a million").
Qualifiers bound measures as well as counts ("almost four minutes" at_most).
Clock times are hours of the day ("7:30 p.m." 19.5); HHMM keeps its digits
("1800 GMT" 1800). Scores ("a 3-1 win", "won 2-0") are one quantity, kind
"score", value the first side.
"""

from __future__ import annotations

import re

from extract.currencies import dollar_prefix
from extract import groupings as G
from extract import numcontext as C
from extract import southasian as SA
from extract import pressmarks as PM
from extract import numkinds as K
from extract import numqualifiers as Q
from extract import numshapes as S
from extract import numnames as N9
from extract import numsenses as NS
from extract import numtechnical as T
from extract.layoutnums import footnotes_blanked, layout_atoms
from extract.numspanover import span_over
from extract.numspoken import spoken_atoms
from extract.numwraps import soft_wraps_blanked, thousands_rejoined
from extract.numcontext import unit_from_to, vague_of_unit
from extract.numpolls import pair_unit
from extract.numqualifiers import qualifier_after_unit
from extract.numsenses import couples_of_time
from extract.numfigures import figures_atom, num_atom, plain_atom
from extract.numphrases import read_vague, read_words
from extract.numranges import merge_ranges
from extract.numscan import (
    HOT_CHAR, HOT_CHAR_PLAIN_ASCII, HOT_RUN, HOT_WORD, HOT_WORD_I, PLAIN_DIGIT_RUN, PLAIN_NUMBER, PLAIN_TOKEN,
    TOKEN_SEPARATORS, _Atom, cand_match, hot_words_ascii, masked_token, new_quantity,
)
from extract.numunits import dollar_named, mentions_dollar
from extract.numyears import era_year, year_span_end
from extract.numwords import MULTIPLIER_WORDS
from extract.records import Quantity

# "over" right after a distance: what the distance is spread across, not a bound ("3,404 km over 21 stages").
_SPREAD_OVER = re.compile(r"\d[^\S\n]*(?:km|kilomet(?:er|re)s|miles|met(?:er|re)s)[^\S\n]+over[^\S\n]+\Z")


def _spread_over(text: str, start: int) -> bool:
    """`_SPREAD_OVER.search(text, max(0, start - 40), start)`, asked only where "over" (its one literal word, in
    lower case) is in the window."""
    lo = start - 40 if start > 40 else 0
    return text.find("over", lo, start) >= 0 and _SPREAD_OVER.search(text, lo, start) is not None


# Ground and weather words before "above/below N metres": the height names a place (an altitude).
_ALTITUDE_CONTEXT = re.compile(r"\b(?:snow|snowfall|frost|ground|land|altitudes?|elevations?|hills?|mountains?|slopes?|"
                               r"peaks?|sea[^\S\n]+level)\b", re.I)


def _altitude(text: str, start: int) -> bool:
    """ "above/below N metres" after a ground or weather word in the clause: an altitude, not a bound."""
    if K.before_words(text, start, 1) not in (("above",), ("below",)):
        return False
    return bool(_ALTITUDE_CONTEXT.search(text, max(0, start - 80), start))


_CARRIED_KINDS = frozenset({"duration", "distance", "measurement"})
# "A X and B Y": the nouns of the first item (one to three words, the last no participle or verb: "200 killed and
# 50 wounded", "200 were killed and 50 ..." are two statements) and "and" right before the second number.
_PAIR_GAP = re.compile(r"(?:[^\S\n]+[a-z][a-z-]*){0,2}[^\S\n]+(?!(?:[a-z-]*ed|were|was|are|is|had|have|been)\b)"
                       r"[a-z][a-z-]*[^\S\n]+and[^\S\n]+")


_ESTIMATED_BEFORE = re.compile(r"\b(?:an?|the|their|its|some)[^\S\n]+estimated[^\S\n]+\Z", re.I)


def _pair_carries(text: str, a: _Atom, b: _Atom) -> bool:
    """Whether "estimated" before count `a` scopes over count `b`, coordinated right after it: "the estimated
    200,000 regular troops and 250,000 militia", "an estimated 300 tanks and 90 guns". "The/an estimated" is a
    determiner of the whole noun phrase, "A X and B Y"; "about", "some", "around" modify the first numeral alone
    ("killed some 30 soldiers and 25 fighters": 25 as written). Not across a verb or clause ("an estimated 200 were
    killed and 50 wounded"), nor for a second item with its own qualifier (b is exact only when none was written)."""
    if b.start - a.end > 40 or a.kind != "number" or a.unit != "count" or b.kind != "number" or b.unit != "count":
        return False
    return _PAIR_GAP.fullmatch(text, a.end, b.start) is not None and _ESTIMATED_BEFORE.search(
        text, max(0, a.start - 24), a.start) is not None
_LIST_GAP = re.compile(r"[^\S\n]*,?[^\S\n]*(?:(?:and|or)[^\S\n]+)?")


def find_quantities(text: str) -> list[Quantity]:
    """Every number in `text`, in order, with spans into `text` (never raises on str input)."""
    if not text:
        return []
    surface_text = text
    text = footnotes_blanked(text)  # "in 2024[2]": the marker no number (extract/layoutnums.py)
    if "\n" in text:
        text = soft_wraps_blanked(text)  # "at least\n30 people": a wrap inside prose is a blank (extract/numwraps.py)
    atoms = _scan(text)
    if G.may_regroup(text, atoms):
        atoms = G.regrouped(text, atoms)  # "1,16,145", "25'380", "2 500 mm", "1.500 people" (extract/groupings.py)
    if SA.has_scale_word(text):
        atoms = SA.word_scales(text, atoms)  # "one crore", "half a lakh", "lakhs of" (extract/southasian.py)
    atoms = unit_from_to(text, merge_ranges(text, atoms))  # "from 21 to 28 minutes" (extract/numcontext.py)
    atoms = layout_atoms(text, atoms)  # "round 9", "39 × 28 × 62 cm", "2.4 × 10⁶", "625 Wh" (extract/layoutnums.py)
    if "±" in text:
        T.tolerance_units(text, atoms)  # "42 ± 3 months": 42 months too (extract/numtechnical.py)
    if PM.has_rate_mark(text):
        PM.rate_marks(text, atoms)  # "50 bps", "4.5 per mille": a percent (extract/pressmarks.py)
    atoms = spoken_atoms(text, atoms)  # "forty-odd", "a score of", "five quid", "ten past ten" (extract/numspoken.py)
    if "\n" in text:
        atoms = thousands_rejoined(text, atoms)  # "1,\n200 homes" is 1,200 (extract/numwraps.py)
    if "couple" in text:
        atoms = sorted(atoms + couples_of_time(text), key=lambda a: a.start)  # "a couple of hours"
    out: list[Quantity] = []
    prev = None
    for b in atoms:
        a, prev = prev, b
        if a is not None and b.kind == "number" and not b.qual and b.unit == "count":
            if a.kind == "age" and a.end < b.start and _LIST_GAP.fullmatch(text, a.end, b.start):
                b.kind, b.unit = "age", a.unit  # "aged 4, 6 and 9"
            elif a.kind == "number" and a.unit in ("ratio", "percent") and (C.compared(text, a.end, b.start, b.end) or (
                    a.unit == "percent" and pair_unit(text, a, b))):
                b.unit = a.unit  # "4,000 pounds to the dollar, against 47 before the war", "yes on 47% and no on 45"
            elif a.kind in _CARRIED_KINDS and (C.unit_carried(text, a.start, a.end, b.start, b.end) or (
                    a.kind != "duration" and C.measure_compared(text, a.end, b.start, b.end))):
                b.kind, b.unit = a.kind, a.unit  # "cuts the crossing from 40 minutes to 10": minutes again
            elif a.unit == "temperature" and b.value < 0 and C.temperature_carried(text, a.end, b.start, b.end):
                b.kind, b.unit = a.kind, a.unit  # "-8.5C in Oslo, and it felt like minus 20": degrees again
            elif a.kind == "name" and a.unit == "name" and b.start - a.end == 1 and text[a.end] in "-–":
                b.kind, b.unit = "name", "name"  # "pp. 64-71", "pages 12-14": the range's end names a page too
            elif a.kind == "year" and b.end - b.start == 4 and year_span_end(text, a, b):
                b.kind, b.unit = a.kind, a.unit  # "between 1948 and 1960": a year again (extract/numyears.py)
        elif a is not None and b.unit == "metre" and a.unit == "hour" and (
                S.minutes_after_hours(text, a.end, b.start, b.end)):
            b.kind, b.unit = "duration", "minute"  # "runs for 2h 49m": minutes, not metres
        kind = b.kind
        if kind == "year":
            era_year(text, b)  # "c. 120 AD" approximate, "3000 BC" negative (extract/numyears.py)
        if kind == "drop":
            continue
        if kind in _QUALIFIED_KINDS and b.qual not in ("vague", "range"):
            _qualify(text, b)
            if b.qual == "exact" and a is not None and a.qual == "approx" and _pair_carries(text, a, b):
                b.qual = "approx"  # "the estimated 200,000 troops and 250,000 militia": one estimate of both
        # the Quantity (its bounds from the qualifier), written out here as it is made once per number
        qual = b.qual or "exact"
        v = b.value
        low: float | None
        high: float | None
        if qual == "exact" or qual == "approx":
            low = high = v
        elif qual == "range":
            low, high = b.low, b.high
        elif qual == "at_least" or qual == "vague":
            low, high = v, None
        elif qual == "at_most":
            low, high = None, v
        else:
            low = high = v
            if kind != "number":
                qual = "exact"
        out.append(new_quantity(v, low, high, qual, b.unit, surface_text[b.start : b.end], b.start, b.end, kind))
    return out


# Words that start before the hot word: "a dozen", "half a million", "several hundred", "tens of thousands".
_B = r"[^\S\n]+"  # blanks within one line (a line break ends a phrase)
_LEAD = re.compile(
    rf"(?:(?:an?{_B})?(?:half|quarter){_B}(?:of{_B})?(?:an?|[a-z]){_B}|an?{_B}|a{_B}few{_B}|several{_B}"
    rf"|a{_B}couple(?:{_B}of)?{_B}|many{_B}|(?:tens|hundreds|dozens){_B}of{_B})\Z"
)
_A_LEAD = re.compile(r"(?<![\w'’])an?[^\S\n]+\Z", re.I)
_LEAD_WORDS = frozenset("half quarter dozen hundred hundreds thousand thousands million millions billion billions "
                        "trillion".split())


def _scan(text: str) -> list[_Atom]:
    atoms: list[_Atom] = []
    low = text.lower()
    hot_char = HOT_CHAR
    # the rate rules of K.number_kind need the dollar or euro named in the text (mentions_dollar)
    if text.isascii():
        hot_char = HOT_CHAR_PLAIN_ASCII
        dollar = dollar_named(low)
        words = hot_words_ascii(low)  # HOT_WORD_ASCII's matches, found faster (extract/numscan.py)
    else:
        dollar = mentions_dollar(text)
        if len(low) == len(text):
            words_at = HOT_WORD
        else:
            words_at, low = HOT_WORD_I, text
        words = [(w.start(), w.group()) for w in words_at.finditer(low)]
    n = len(text)
    words.append((n + 1, ""))  # sentinel
    wi = 0
    pos = 0
    while True:
        while words[wi][0] < pos:
            wi += 1
        p, g = words[wi]
        if hot_char is HOT_CHAR:
            c = HOT_CHAR.search(low, pos, p)
        else:  # an ASCII text: the search may also read a plain number (and may look past the next word)
            c = hot_char.search(low, pos)
            if c is not None:
                cs, ce = c.span()
                if cs >= p:
                    c = None
                elif c.lastgroup is not None:  # "plain": PLAIN_DIGIT_RUN's match at a digit
                    dig = c.group()
                    atom = figures_atom(text, cs, ce, float(dig), dig, "", dollar)
                    atoms.append(atom)
                    pos = atom.end if atom.end > ce else ce
                    continue
        if c is not None:
            p, g = c.start(), c.group()  # a digit or currency sign before the next number word
            if g.isdecimal() and (p == 0 or text[p - 1] in TOKEN_SEPARATORS):
                # the commonest case: PLAIN_NUMBER's match, with the digits all of it (the ASCII search asked already)
                m = PLAIN_DIGIT_RUN.match(text, p) if hot_char is HOT_CHAR else None
                if m is not None:
                    dig = m.group()
                    atom = figures_atom(text, p, m.end(), float(dig), dig, "", dollar)
                    atoms.append(atom)
                    pos = max(atom.end, m.end())
                    continue
                m = PLAIN_NUMBER.match(text, p)
                if m is not None:  # the usual case, decided as the general path below would
                    atom = plain_atom(text, m, dollar)
                    atoms.append(atom)
                    pos = max(atom.end, m.end())
                    continue
        elif p > n:
            break
        floor, pos = pos, max(pos, p + 1)  # floor: the end of the last number
        start = p
        if g in _LEAD_WORDS:
            lead = _LEAD.search(low, max(floor, p - 24), p)
            if lead:
                start = lead.start()
        elif g == "$" and low[max(0, p - 2) : p] == "us":
            start = p - 2
        elif g == "$" and p and text[p - 1].isupper():
            start = p - dollar_prefix(text, p)  # "A$5 million", "NZ$3": the country's dollar (extract/currencies.py)
        elif p and text[p - 1] == "." and g.isdecimal() and (h := HOT_RUN.match(low, p)) is not None \
                and h.group().isdigit() and not (
                p > 1 and text[p - 2].isalnum()):
            start = p - 1  # ".5"
        if start > 1 and text[start - 1] in "-−" and text[start - 2] in " \t(\u00a0" and (
                text[start - 1] == "−" or text[text.rfind("\n", 0, start) + 1 : start - 1].strip()):
            start -= 1  # a minus sign ("fell to -5C"), not a bullet at a line start
        if (p == 0 or text[p - 1] in TOKEN_SEPARATORS) and PLAIN_TOKEN.match(text, p):
            masked = None  # the usual case: a plain word or number (masked_token would say None)
        else:
            masked = masked_token(text, p)
        if masked is not None:
            ms, me, mkind = masked
            for d in re.finditer(r"\d+", text[ms:me]):
                if ms + d.start() >= floor:
                    atoms.append(_Atom(ms + d.start(), ms + d.end(), float(d.group()), kind=mkind, unit=mkind))
            pos = me
            continue
        word = g.lower()
        if word in MULTIPLIER_WORDS:  # "a threefold rise": a ratio
            atoms.append(_Atom(p, p + len(g), float(MULTIPLIER_WORDS[word]), unit="ratio", word=True))
            pos = p + len(g)
            continue
        if word in C.DENOMINATOR_WORDS:  # "a fifth of", "half the seats", "by half": a share
            lead = _A_LEAD.search(text, max(floor, p - 4), p)
            st = lead.start() if lead else p
            share = C.share_word(text, st)
            if share is not None:
                value = NS.share_of_point(text, share[0], share[1])  # "a quarter point" is 0.25, not 25%
                atoms.append(_Atom(st, share[0], value, unit="percent", word=True))
                pos = share[0]
                continue
            if word not in ("half", "quarter"):
                continue
        m = cand_match(text, start) or (cand_match(text, p) if start != p else None)
        if m is None:
            continue
        group = m.lastgroup
        if group == "num":
            atom = num_atom(text, m, dollar)
        elif group == "word":
            new = read_words(text, m, dollar)
            atoms.extend(new)
            pos = max(m.end(), new[-1].end if new else m.end())
            continue
        elif group == "vague":
            atom = read_vague(m)
            vague_of_unit(text, atom)  # "hundreds of miles" (extract/numcontext.py)
        elif group == "ndate":
            atom = _Atom(m.start(), m.end(), _first_int(m.group()), kind="date", unit="date")
            if "." in m.group() and N9.dotted_version(text, m.start(), m.group()):
                atom.kind = atom.unit = "name"  # "Version 3.12.10": a release, not 3 December 2010
        elif group == "slash":
            atom = S.slash_atom(text, m)  # "2/3 of the wells", "a 100/1 outsider", "Resolution 2254/15"
            if atom.kind == "fraction" and atoms and T.mixed_number(text, atoms[-1], atom):
                pos = max(atom.end, m.end())  # "2 1/2 inches": one number (extract/numtechnical.py)
                continue
        elif group == "clock":
            atom = S.clock_atom(text, m)  # "7:30 p.m.", or a race time "ran 2:00:35"
        else:  # ratio
            atom = _ratio(text, m)
        atoms.append(atom)
        pos = max(atom.end, m.end())
    return atoms


def _first_int(s: str) -> float:
    d = re.match(r"\d+", s)
    return float(d.group()) if d else 0.0


def _ratio(text: str, m: re.Match) -> _Atom:
    a, _, b = m.group().partition(":")
    try:
        num, den = float(a.replace(",", "").strip()), float(b.strip())
    except ValueError:
        return _Atom(m.start(), m.end(), 0.0, kind="name", unit="name")
    value = num / den if den else num
    return _Atom(m.start(), m.end(), value, unit="ratio", digits=m.group())


_UNDER_RULE = re.compile(r"[^\S\n]+[a-z]+[^\S\n]+of\b")  # "under two years of rule": "under" is during, no bound
# Kinds whose bounds a qualifier sets: counts, and measures ("almost four minutes", "up to 30 centimetres").
_QUALIFIED_KINDS = frozenset({"number", "duration", "distance", "measurement", "age"})  # "children under 5"


def _qualify(text: str, a: _Atom) -> None:
    """Qualifier of a number from the words around it ("nearly 150", "almost four minutes").

    Not for a vague count or a range, whose qualifier is their own (find_quantities does not ask).
    """
    q = Q.qualifier_before(text, a.start, a.end)
    if not q and (a.unit != "count" or text.startswith(" mark", a.end)):
        q = PM.qualifier_past_code(text, a)  # "under Rs 100", "crossed the Rs 300 crore mark" (extract/pressmarks.py)
    if q and a.kind == "duration" and ((w1 := K.before_words(text, a.start, 1)) in (("over",), ("past",)) or (
            w1 == ("under",) and _UNDER_RULE.match(text, a.end))) and K.before_words(text, a.start, 2)[:1] != ("in",):
        q = None  # "killed 40 over two weeks", "under two years of rule": a span; "took under four hours" a bound
    elif q == "at_least" and (_spread_over(text, a.start) or span_over(text, a.start)):
        q = None  # "covers 3,404 km over 21 stages": a distance spread across them
    elif q and a.kind == "distance" and a.unit in ("metre", "foot") and _altitude(text, a.start):
        q = None  # "snow is expected above 1,500 metres": where it falls, not a bound
    if q:
        a.qual = q
    elif a.qual is None:
        a.qual = Q.qualifier_after(text, a.end) or qualifier_after_unit(text, a) or "exact"  # "150kW or more"
