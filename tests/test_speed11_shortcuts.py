"""The shortcuts of session 7's date and place rules agree with the long way they replace (generated input; our
own words).

- extract/placeimprint.py: the imprint pattern with possessive runs, against the pattern as first written.
- extract/placelabels.py: the area words' one search and the possessive letter runs, against the substring tests
  and the pattern as first written.
- extract/placefacility.py: one scan for a preposition before a possible capital, against the loop over str.find.
- extract/dateterms.py: "week" / "quarter" before the five substring tests.
- extract/dateasides.py other_events: the aside words' one trie-shaped search, against the substring tests.
"""

from __future__ import annotations

import re
from datetime import date

from hypothesis import given, settings
from hypothesis import strategies as st

from extract import dateasides, dates, dateterms, placefacility, placeimprint, placelabels

_SEPARATORS = st.sampled_from([" ", "  ", "\n", ", ", "\t", " \n", ",\n", "\n- ", "\n\n"])


def _texts(words: list[str]) -> st.SearchStrategy[str]:
    """Texts of the given words, a few characters of any kind, and the separators between them."""
    return st.lists(st.tuples(st.sampled_from(words) | st.text(max_size=3), _SEPARATORS), max_size=24).map(
        lambda pairs: "".join(w + s for w, s in pairs))


# ---- placeimprint --------------------------------------------------------------------------------------------

_IMPRINT_LONG = re.compile(r"\n[ \t]*[A-Z][^\n.;:!?,]{0,60}(?:,[ \t]*[A-Z0-9][^\n.;:!?,]{0,60}){0,3},[ \t]*"
                           + placeimprint._DATE + r"(?:,?[ \t]*\d{1,2}[:.]\d\d(?:[ \t]*(?:GMT|UTC|CET|local\s+time))?)?"
                           r"[ \t]*(?=\n|\Z)")
_IMPRINT_WORDS = ["Ljubljana", "Balkan Monitoring Desk", "Pristina", "Senate", "Official Hansard", "Thursday",
                  "1 July 1991", "July 7, 2000", "10 May 2001", "20 October 1994", "08:00", "8.30", "GMT", "local",
                  "time", "local\ntime", "Fighting resumed in Goma", ",", ".", ":", "1991", "2001", "May", "Eastern",
                  "3", "12", "A", "b c d e f g h i j k l m n o p q r s t u v w x y z", "É", "\t"]


@settings(max_examples=500, deadline=None)
@given(_texts(_IMPRINT_WORDS))
def test_imprint_pattern_is_the_pattern_as_first_written(text: str) -> None:
    padded = "\n" + text
    assert [m.span() for m in placeimprint._IMPRINT_NL.finditer(padded)] == \
        [m.span() for m in _IMPRINT_LONG.finditer(padded)]


def test_imprint_lines_are_found() -> None:
    text = "Ljubljana, 1 July 1991, 08:00\nFighting resumed in Goma, 3 May 2001.\nSenate, Hansard, 20 October 1994"
    assert [text[a:b] for a, b in placeimprint.imprint_spans(text)] == \
        ["Ljubljana, 1 July 1991, 08:00", "Senate, Hansard, 20 October 1994"]


# ---- placelabels -----------------------------------------------------------------------------------------------

_NAME_LONG = r"[A-Z][^\W\d_]+(?:[ -][A-Z][^\W\d_]+){0,2}"
_SITE_LINE_LONG = re.compile(r"\n[ \t]*(?:[-•*–—][ \t]+)?(?P<name>" + _NAME_LONG + r"),[ \t]+" + _NAME_LONG
                             + r"[ \t]+(?:zone|district|province|region|county|governorate|state|prefecture|woreda)"
                             r"[ \t]*(?=[:,]|[ \t][-–—][ \t])")


def _site_labels_long_way(text: str) -> list[tuple[int, int, str]]:
    low = text.lower()
    if not any(f" {w}" in low for w in placelabels._AREA_WORDS):
        return []
    padded = "\n" + text
    return [(m.start("name") - 1, m.end("name") - 1, "village") for m in _SITE_LINE_LONG.finditer(padded)]


_LABEL_WORDS = ["Labigah", "Degehabur", "zone", "Zone", "ZONE", "district", "District", "state", "woreda", "Kuriga",
                "Chikun", "Ason Gabo", "Wardheer", ":", "-", "–", "•", "of the huts", "Smith", "Jones", "manager",
                "İ", "ſtate", "Kelvin", "\u212a", "É", "Ras-Al", "\t"]


@settings(max_examples=500, deadline=None)
@given(_texts(_LABEL_WORDS))
def test_site_labels_are_the_long_way(text: str) -> None:
    assert placelabels.site_labels(text) == _site_labels_long_way(text)


def test_site_labels_found_and_not() -> None:
    text = "Findings:\n- Labigah, Degehabur zone: of the huts, 40 burned\nKuriga, Chikun district - gunmen took 280"
    assert [text[a:b] for a, b, _ in placelabels.site_labels(text)] == ["Labigah", "Kuriga"]
    assert placelabels.site_labels("Smith, Jones district manager, said 12 died.") == []


# ---- placefacility ---------------------------------------------------------------------------------------------

def _facility_places_long_way(text: str) -> list[tuple[int, int, str]]:
    out = []
    for prep in placefacility._PREPOSITIONS:
        i = text.find(prep)
        while i >= 0:
            after = i + len(prep)
            if text[after : after + 1].isupper():
                before = text[max(0, i - 15) : i].rsplit(None, 1)
                if before and before[-1] in placefacility._FACILITY:
                    name = placefacility._NAME.match(text, after)
                    if name is not None and name.group().split()[0] not in placefacility._NOT_NAMES:
                        out.append((name.start(), name.end(), "village"))
            i = text.find(prep, after - 1)
    return sorted(out)


_FACILITY_WORDS = ["oil field", "camp", "camps", "base", "refinery", "mine", "port", "bootcamp", "at", "in", "near",
                   "outside", "in at", "at in", "Obole", "Kamina", "Baiji", "Dadaab", "Christmas", "The", "Éfaté",
                   "ǅemal", "Ⅻ", "1990", "x", "\u00a0", "  "]


@settings(max_examples=500, deadline=None)
@given(_texts(_FACILITY_WORDS))
def test_facility_places_are_the_long_way(text: str) -> None:
    assert placefacility.facility_places(text) == _facility_places_long_way(text)


def test_facility_places_found_and_not() -> None:
    text = ("the oil field at Obole, a camp outside Dadaab; the camp at Christmas; the base in at Kamina; "
            "the mine  near Panguna")
    assert [text[a:b] for a, b, _ in placefacility.facility_places(text)] == ["Obole", "Dadaab", "Panguna"]


# ---- dateterms and dateasides ----------------------------------------------------------------------------------

_TERM_WORDS = ["in the week", "in the\nweek", "the quarter", "the  quarter", "previous week", "PRECEDING WEEK",
               "the week before", "the week before the vote", "during the week of", "Week", "weekly", "quarterly",
               "prior week", "killed", "12", "since", "İn the week"]


def _period_terms_long_way(sentence: str, pub: date | None) -> list:
    text = sentence.lower()
    if not any(w in text for w in dateterms._WORDS):
        return []
    out = []
    for m in dateterms._IN_THE.finditer(sentence):
        if m.group("unit").lower() == "quarter":
            out.append(dates._Hit(m.start(), m.end(), "period", None))
        else:
            out.append(dates._Hit(m.start(), m.end(), "span", dateterms._week_month(pub, 0)))
    for m in dateterms._WEEK_BEFORE.finditer(sentence):
        out.append(dates._Hit(m.start(), m.end(), "span", dateterms._week_month(pub, 7)))
    return sorted(out, key=lambda h: h.start)


@settings(max_examples=400, deadline=None)
@given(_texts(_TERM_WORDS), st.none() | st.dates(min_value=date(1990, 1, 1), max_value=date(2030, 12, 31)))
def test_period_terms_are_the_long_way(sentence: str, pub: date | None) -> None:
    assert dateterms.period_terms(sentence, None, pub, dates._Hit) == _period_terms_long_way(sentence, pub)
    assert dateterms.period_terms(sentence, sentence.lower(), pub, dates._Hit) == _period_terms_long_way(sentence, pub)


_ASIDE_TEXT = ["corrected on", "Updated", "REVISED", "amended", "changed", "in revenge for", "in retaliation for",
               "reprisal", "response", "to avenge", "Monday", "May 3", "killed", "12", "the", "İ", "correctly"]


@settings(max_examples=400, deadline=None)
@given(_texts(_ASIDE_TEXT))
def test_other_events_gate_is_the_substring_tests(sentence: str) -> None:
    low = sentence.lower()
    assert (dateasides._ASIDE_WORD_RX.search(low) is not None) == any(w in low for w in dateasides._ASIDE_WORDS)


# ---- placementions ---------------------------------------------------------------------------------------------

def _org_run_long_way() -> re.Pattern[str]:
    from extract.bodywords import body_word_alternation

    return re.compile(r"(?:\s+(?:[A-Z][\w'’]*|of|for))*?\s+(?:" + body_word_alternation() + r")\b")


def _org_words() -> list[str]:
    from extract.bodywords import body_words

    words = list(body_words())
    return words + [w + "s" for w in words[:8]] + [w[:-1] for w in words[:8]] + [w.lower() for w in words[:4]] + [
        "Arakan", "Tigray", "People's", "of", "for", "and", "Liberation", "Kashmir", "x", "Forcesx", "_"]


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(_org_words()) | st.text(max_size=3), max_size=10),
       st.sampled_from([" ", "  ", "\n", " \t"]))
def test_org_run_trie_is_the_flat_alternation(words: list[str], sep: str) -> None:
    from extract import placementions

    text = "Arakan" + sep + sep.join(words)
    for end in (0, len("Arakan")):
        assert bool(placementions._ORG_RUN_AFTER.match(text, end, end + 80)) == \
            bool(_org_run_long_way().match(text, end, end + 80))


# ---- placetold -------------------------------------------------------------------------------------------------

def _told_long_way(text: str, m: object) -> bool:
    """told() with the imprint's form inside the one search, as first written (unguarded)."""
    from extract import placetold as pt

    combined = re.compile(r"(?:" + pt._RELEASED + "|" + pt._IMPRINT + "|" + pt._SPOKEN + "|" + pt._TREATED + "|"
                          + pt._ROUTE + r")\s+(?:the\s+)?(?:[A-Z][\w'’-]*(?:,\s+|\s+(?:and|or)\s+))?$"
                          r"|(?:" + pt._SHIP + r")\s+$", re.IGNORECASE)
    if pt._POST_AFTER.match(text, m.end) or (m.place.precision == "country"
                                             and pt._NATIONALITY_AFTER.match(text, m.end)):
        return True
    word = pt._word_before(text, m.start)
    if word in pt._PREPOSITIONS:
        if not pt.has_anchor(text[m.start - pt._ANCHOR_REACH if m.start > pt._ANCHOR_REACH else 0 : m.start]):
            return False
    elif word not in pt._SHIP_WORDS:
        return False
    a = m.start - pt._REACH if m.start > pt._REACH else 0
    hit = combined.search(text, a, m.start)
    if hit is None:
        return False
    if pt._short_prefix(hit.group()):
        return bool(pt._SHIP_CASE.search(text, a, m.start))
    return True


_TOLD_WORDS = ["Released in", "released in the", "Published in", "issued in", "Printed in", "told reporters in",
               "INS", "ins", "MV", "aboard the", "ship", "report released in", "interviewed in", "correspondent, from",
               "flown to", "the road from", "Harare", "Kabul", "and", "or", ",", ".", ":", "\n", "in", "from", "the",
               "Friday 20 June 2008", "speaking from", "hospital in"]


@settings(max_examples=500, deadline=None)
@given(_texts(_TOLD_WORDS), st.sampled_from(["city", "country"]))
def test_told_is_the_one_search(before: str, precision: str) -> None:
    from extract import placetold
    from extract.gazetteer import GazPlace, Mention

    text = before + "Goma said 12 died"
    m = Mention(len(before), len(before) + 4, GazPlace("Goma", None, "CD", None, None, precision))
    assert placetold.told(text, m) == _told_long_way(text, m)


def test_told_reads_imprints_and_ships() -> None:
    from extract import placetold
    from extract.gazetteer import GazPlace, Mention

    for before, want in (("Report.\nReleased in ", True), ("Aid was released in ", False), ("aboard INS ", True),
                         ("troops told reporters in ", True), ("Shelling in ", False)):
        text = before + "Goma on Friday"
        m = Mention(len(before), len(before) + 4, GazPlace("Goma", None, "CD", None, None, "city"))
        assert placetold.told(text, m) is want, before


# ---- tablerows -------------------------------------------------------------------------------------------------

def _read_row_long_way(text: str, start: int, end: int, name_label: bool, counts_only: bool) -> object:
    from extract import tablerows

    if text.find(":", start, end) < 0:
        return None
    m = tablerows._ROW.match(text, start, end)
    if m is None or m.end() != end:
        return None
    if name_label and tablerows._NAME.fullmatch(m.group("label")) is None:
        return None
    if counts_only and (m.group("money") or m.group("unit")):
        return None
    return m


_ROW_WORDS = ["Murder", "Homes burned", "West Wollega", ":", ": ", " : ", "19", "(14)", "about", "ABOUT", "ſome",
              "at least", "$", "€4", "12%", "million", "says APRODH", "BREAKING", "#Damascus", "- ", "• ", "\r\n",
              "\n", ".", ";", "|", "Killed", "٣", "Ⅻ", "(of whom 3,480 children)", "\t"]


@settings(max_examples=600, deadline=None)
@given(st.lists(st.sampled_from(_ROW_WORDS) | st.text(max_size=2), max_size=10), st.integers(0, 3),
       st.integers(0, 3), st.booleans(), st.booleans())
def test_read_row_is_the_long_way(words: list[str], cut_start: int, cut_end: int, name_label: bool,
                                  counts_only: bool) -> None:
    from extract import tablerows

    text = "".join(words)
    start, end = min(cut_start, len(text)), max(min(cut_start, len(text)), len(text) - cut_end)
    got = tablerows.read_row(text, start, end, name_label=name_label, counts_only=counts_only)
    want = _read_row_long_way(text, start, end, name_label, counts_only)
    assert (got.span() if got else None) == (want.span() if want else None)


def test_read_row_reads_rows_only() -> None:
    from extract import tablerows

    assert tablerows.is_row("Murder: 19 (14)") and tablerows.is_row("- Persons displaced: about 4,100\n")
    assert not tablerows.is_row("BREAKING: #Damascus shelling kills 6") and not tablerows.is_row("Killed: 12\nand 4")


# ---- placeorigin -----------------------------------------------------------------------------------------------

_ORIGIN_WORDS = ["arrived from", "Arrived from", "came from", "coming from", "flown in from", "flew in from", "drawn from",
                 "contributed from", "sent in from", "deployed from", "fled from", "from", "the", "Austria", "Britain",
                 "and", "or", ",", "reinforcements", "ARRIVED from", "arrive", "Afromosia", "x"]


@settings(max_examples=500, deadline=None)
@given(_texts(_ORIGIN_WORDS))
def test_origin_is_the_search(before: str) -> None:
    from extract import placeorigin
    from extract.gazetteer import GazPlace, Mention

    text = before + "Canada today"
    m = Mention(len(before), len(before) + 6, GazPlace("Canada", None, "CA", None, None, "country"))
    a = m.start - 160 if m.start > 160 else 0
    window = text[a : m.start]
    force_from = text[: m.start].endswith(placeorigin._FROM) and placeorigin._FORCE_FROM.search(
        text[max(0, m.start - 40) : m.start]) is not None  # ("reinforcements from Canada": the force's own rule)
    long_way = force_from or ("from" in window and placeorigin._ORIGIN_BEFORE.search(window) is not None)
    assert placeorigin.origin(text, m) == long_way
