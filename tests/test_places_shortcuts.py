"""The shortcuts of the place stage agree with the long way they replace (generated input; our own words).

- extract/placefold.py normalise: an ASCII text folded by lower() and a few replacements, its possessives found
  by a pattern opening with the one apostrophe it has, and the offsets of its odd characters found by str.find,
  against the possessive class, str.translate and a regex over the odd characters.
- extract/placescope.py clauses: _CLAUSE_BREAK behind a look-ahead on its first characters.
- extract/placescope.py period_text: dates.names_period asked with the report's published date (the sentence's
  hits are then those the date stage found), against names_period without one.
"""

from __future__ import annotations

import re
from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from extract import dates, placefold, placescope


def _normalise_long_way(text: str) -> tuple[str, list[int], list[int], list[int]]:
    """normalise as first written: the possessive class over the whole text, str.translate, a regex for the
    characters that fold to more or fewer than one."""
    text1 = placefold._POSSESSIVE.sub(" ", text)
    placefold._learn(set(text1) - placefold._SEEN)
    odd_here = set(text1) & placefold._ODD
    folded = text1.translate(placefold._TABLE)
    orig: list[int] = []
    norm: list[int] = []
    width: list[int] = []
    if len(folded) != len(text1) or odd_here:
        odd = "".join(re.escape(c) for c in odd_here)
        shift = 0
        for m in re.finditer(f"[{odd}]", text1) if odd else ():
            i = m.start()
            w = len(placefold._TABLE[ord(text1[i])])
            orig.append(i)
            norm.append(i + shift)
            width.append(w)
            shift += w - 1
    return folded, orig, norm, width


_PLACE_WORDS = ["Aleppo's", "Syria's", "Kyiv’s", "its", "don't", "rock`n`roll", "Idlib`s", "'s", "`s", "s'", "'S",
                "al-Bab", "Deir ez-Zor", "Adré", "Ünal", "ﬁ", "İ", "ſ", "ß", "\n", "\t", "\r\n", "\x0b", "\x1c", "-", "—",
                "ʿAyn", "ʾ", "‘s", "  ", "x", "S", "sS", "9", "_"]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_PLACE_WORDS) | st.text(max_size=4)
                | st.text(st.characters(max_codepoint=127), max_size=5), max_size=14),
       st.sampled_from([" ", "", "'", "`"]))
def test_normalise_is_the_long_way(words: list[str], sep: str) -> None:
    text = sep.join(words)
    folded, offsets = placefold.normalise(text)
    assert (folded, offsets.orig, offsets.norm, offsets.width) == _normalise_long_way(text)
    assert len(offsets) == len(folded)


def test_normalise_on_generated_articles() -> None:
    from counterclaim.corpus import generate_articles

    for article in generate_articles(60, seed=29):
        text = article["text"]
        folded, offsets = placefold.normalise(text)
        assert (folded, offsets.orig, offsets.norm, offsets.width) == _normalise_long_way(text)


def test_ascii_fold_covers_every_ascii_character() -> None:
    """_fold_ascii is the table's fold for each ASCII character, alone and among others."""
    every = "".join(map(chr, range(128)))
    assert placefold._fold_ascii(every) == every.translate(placefold._TABLE)
    for c in every:
        assert placefold._fold_ascii(f"A{c}b{c}") == f"A{c}b{c}".translate(placefold._TABLE)


_CLAUSE_WORDS = ("as while whereas after before but bringing when which some most and that said says say reported "
                 "reports added stated on Monday that, ; : — – - killed in Aleppo was has basis rash , sa ra").split()


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_CLAUSE_WORDS) | st.text(max_size=3), max_size=18),
       st.sampled_from([" ", "  ", "\n", " \u00a0", ", "]))
def test_clause_scan_is_the_clause_regex(words: list[str], sep: str) -> None:
    sentence = sep.join(words)
    assert [m.span() for m in placescope._CLAUSE_BREAK_SCAN.finditer(sentence)] == \
        [m.span() for m in placescope._CLAUSE_BREAK.finditer(sentence)]


_PERIOD_WORDS = ("since 2015 2021 in the past last year month week over during after two weeks of so far this "
                 "May 23 June 7 : Monday yesterday today overnight said on Friday total KYIV, March 3 (Reuters) — "
                 "killed people Roundup, February 4 as of 6 ago tonight weekend").split()


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_PERIOD_WORDS) | st.text(max_size=3), max_size=16),
       st.dates(min_value=date(1990, 1, 1), max_value=date(2030, 12, 31)))
def test_names_period_does_not_depend_on_the_published_date(words: list[str], pub: date) -> None:
    """The kinds of a sentence's hits are the same whatever the published date: period_text may ask with it."""
    sentence = " ".join(words)
    assert dates.names_period(sentence, pub) == dates.names_period(sentence)
    assert [h.kind for h in dates._hits(sentence, pub)] == [h.kind for h in dates._hits(sentence, None)]


@pytest.mark.parametrize("sentence", ["Gunmen killed 9 on May 23 this year.", "in May this year", "yesterday last year"])
def test_a_day_and_its_year_word_read_the_same_without_a_date(sentence: str) -> None:
    """ "on May 23 this year" is one day, with or without the published date: no "this year" period is left over
    without one (session 25: the joining was asked only with a date, so names_period said yes without one)."""
    assert not dates.names_period(sentence) and not dates.names_period(sentence, date(2016, 5, 1))
    assert [h.kind for h in dates._hits(sentence, None)] == [h.kind for h in dates._hits(sentence, date(2016, 5, 1))]


def test_period_text_reads_a_period_with_or_without_a_date() -> None:
    """A total since a year is a story of its own; a count of one day with the report's year is not."""
    assert placescope.period_text("The war has killed 4,000 people since 2015.", date(2016, 5, 1))
    assert placescope.period_text("The war has killed 4,000 people since 2015.", None)
    assert not placescope.period_text("Shelling killed 12 people on Monday.", date(2016, 5, 1))


_REFUGE_TEXT = ("treated taken brought admitted rushed transferred evacuated shelter sheltering refuge arriving arrived "
                "fled flee fleeing crossed into to the nearby neighbouring neighboring hospital hospitals clinic camps "
                "homes in at and or Dori Niamey Cox's Bazar . ; were people killed Treated TAKEN").split()


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_REFUGE_TEXT) | st.text(max_size=3), max_size=22),
       st.sampled_from(["Dori", "Hospital", "Aleppo"]), st.sampled_from([" ", "  ", "\n"]))
def test_refuge_is_the_refuge_search(words: list[str], place: str, sep: str) -> None:
    """refuge (a search only when the window holds a word of _REFUGE_WORDS) is the plain search."""
    from extract.gazetteer import GazPlace, Mention

    text = sep.join(words) + sep
    m = Mention(len(text), len(text) + len(place), GazPlace(place, None, "SY", None, None, "city"))
    text += place + " today"
    long_way = text.endswith("Hospital", m.start, m.end) or \
        bool(placescope._REFUGE_BEFORE.search(text, max(0, m.start - 90), m.start))
    assert placescope.refuge(text, m) == long_way


def test_refuge_finds_where_people_went() -> None:
    from extract.gazetteer import GazPlace, Mention

    text = "Thousands fled into the neighbouring Chad, and the wounded were taken to hospitals in Dori"
    chad = Mention(text.index("Chad"), text.index("Chad") + 4, GazPlace("Chad", None, "TD", None, None, "country"))
    dori = Mention(text.index("Dori"), len(text), GazPlace("Dori", None, "BF", None, None, "city"))
    assert placescope.refuge(text, chad) and placescope.refuge(text, dori)
    assert not placescope.refuge("Shelling killed 12 in Dori", Mention(22, 26, dori.place))


def _guarded_pairs() -> list[tuple[re.Pattern, re.Pattern]]:
    """(plain, guarded) for each pattern of the place stage behind rx.guarded's look-ahead."""
    from extract import placeextent, placementions, placerank, places
    from extract.rx import REGISTRY

    ours = [placementions._ORG_BEFORE, placementions._ACTOR_BEFORE, placementions._PREPOSITION_BEFORE,
            placerank._COMPASS_BEFORE, placeextent._PREFIX, places._SAME_PERIOD, placerank._DESTINATION, places._NO_PLACE_SAID,
            placescope._BACK_TO_PLACE, placescope._SINCE_DAYS, placescope._YEAR]
    pairs = [(plain, fast) for plain, fast in REGISTRY if any(fast is p for p in ours)]
    assert len(pairs) == len(ours), "every one of them is guarded"
    return pairs


_GUARD_WORDS = ("by the By in at from near of to into outside Syria's Kayah State Mission Office Centre Center "
                "Organization Council for on north southern north-eastern Central central outskirts rebel-held "
                "government-controlled areas besieged near the same period that year this time city town there "
                "is are since Monday last dawn May 12 2015 in 2021 mid-2016 July 2016 2000 , . across the country "
                "nationwide did not say where undisclosed location İn ſince \u212a").split()


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_GUARD_WORDS) | st.text(max_size=3), max_size=16),
       st.sampled_from([str, str.lower, str.upper]), st.integers(0, 40))
def test_guarded_place_patterns_are_the_plain_ones(words: list[str], case, cut: int) -> None:
    """Each guarded pattern finds what its plain twin finds: over the text, and searched in a window ending at a
    place (as the place stage searches them, their "$" at the window's end)."""
    text = case(" ".join(words)) + " "
    end = max(0, len(text) - cut)
    for plain, fast in _guarded_pairs():
        assert [m.span() for m in fast.finditer(text)] == [m.span() for m in plain.finditer(text)]
        assert [m.groups() for m in fast.finditer(text)] == [m.groups() for m in plain.finditer(text)]
        for a in (0, max(0, end - 24), max(0, end - 40)):
            got, want = fast.search(text, a, end), plain.search(text, a, end)
            assert (got and got.span()) == (want and want.span())


def _kind_named_long_way(text: str) -> list[tuple[int, int]]:
    """placekinds.kind_named_matches as first written: every anchor word searched for in the text itself."""
    from extract import placekinds as pn

    hits = []
    for w in pn._KIND_AFTER_NAME:
        i = text.find(w)
        while i >= 0:
            if pn._capitalised_name_before(text, i):
                hits.append(i)
            i = text.find(w, i + 1)
    for w in pn._KIND_OTHER:
        i = text.find(w)
        while i >= 0:
            hits.append(i)
            i = text.find(w, i + 1)
    for w in pn._KIND_BEFORE_OF:
        i = text.find(w)
        while i >= 0:
            j = i + len(w)
            while j < len(text) and text[j].isspace():
                j += 1
            if j > i + len(w) and text.startswith("of", j):
                hits.append(i)
            i = text.find(w, i + 1)
    for w in pn._APPOSITION_ANCHORS:
        i = text.find(w)
        while i >= 0:
            if text.find(",", max(0, i - 24), i) >= 0:
                hits.append(i)
            i = text.find(w, i + 1)
    hits.sort()
    windows: list[list[int]] = []
    for h in hits:
        a, b = pn._window(text, h)
        if windows and a <= windows[-1][1]:
            windows[-1][1] = b
        else:
            windows.append([a, b])
    out: list = []
    for a, b in windows:
        for u in pn._KIND_NAMED_SCAN.finditer(text, a, min(b, len(text))):
            if u.group("fac") in pn.OPENERS and u.group("fkind") == "Hotel":
                # (as placekinds does: "The Hotel Libertas", "In Hotel South": the hotel's name is after "Hotel")
                u = pn._KIND_NAMED_SCAN.match(text, u.start("fkind"), min(b, len(text))) or u
            if (not out or u.start() >= out[-1].end()) and not pn._after_not_a_name(text, u):
                out.append(u)
    return [u.span() for u in out]


_KIND_WORDS = ("the South Hospital Hotel Sahafi Karrada district Bohoma peninsula Peninsula township checkpoint "
               "Kayah State state province of Cauca region department El Plateado , a village town hamlet "
               "settlement neighbourhood neighborhood small of 3,000 Islamic STATE HOSPITAL İ ſ statement In").split()


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_KIND_WORDS) | st.text(max_size=3), max_size=18),
       st.sampled_from([str, str.lower, str.upper, str.title]))
def test_kind_named_matches_is_the_long_way(words: list[str], case) -> None:
    from extract import placekinds as pn

    text = case(" ".join(words))
    assert [u.span() for u in pn.kind_named_matches(text)] == _kind_named_long_way(text)


_UNLISTED_WORDS = ("the town of Kuriga Kayah region Region province Oblast oblast governorate of village Al Bab de "
                   "La , . - 9 _ Tal-Afar city camp neighbourhood commune of’ É Ünal İdlib town, Islamic State West "
                   "Africa Province").split()


@settings(max_examples=400, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(_UNLISTED_WORDS) | st.text(max_size=3),
                          st.sampled_from([" ", "", "-", ", ", "\n", "  ", ". "])), max_size=14))
def test_unlisted_matches_are_those_of_the_whole_scan(pieces: list[tuple[str, str]]) -> None:
    """placenames._unlisted_matches (the stretches around anchors) finds what _UNLISTED_SCAN finds over the text."""
    from extract import placenames as pn

    text = "".join(w + sep for w, sep in pieces)
    assert [(m.span(), m.groupdict()) for m in pn._unlisted_matches(text)] == \
        [(m.span(), m.groupdict()) for m in pn._UNLISTED_SCAN.finditer(text)]


def test_unlisted_matches_on_generated_articles() -> None:
    from counterclaim.corpus import generate_articles
    from extract import placenames as pn

    found = 0
    for article in generate_articles(300, seed=31):
        text = article["text"]
        want = [(m.span(), m.groupdict()) for m in pn._UNLISTED_SCAN.finditer(text)]
        assert [(m.span(), m.groupdict()) for m in pn._unlisted_matches(text)] == want
        found += bool(want)
    assert found, "some generated articles name an unlisted place"


_TOLD_WORDS = ["released", "RELEASED", "report", "told", "me from", "us  from", "bus", "ambush", "republic", "Live",
               "İ", "K", "ſ", "in", "Geneva", "the", "hospital", "writ", "w rit", "flown", "x", " ", "\n", "é"]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_TOLD_WORDS) | st.text(max_size=4), max_size=12), st.sampled_from([" ", ""]))
def test_told_anchor_test_is_the_long_way(words: list[str], sep: str) -> None:
    """placetold.has_anchor (one trie-shaped search) against one `in` per anchor on the lower-cased window."""
    from extract import placetold

    window = sep.join(words)
    low = window.lower()
    assert placetold.has_anchor(window) == any(w in low for w in placetold._ANCHORS)
