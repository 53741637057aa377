"""cost19's shortcuts, each compared with the long way it replaces (same answers), and an example per gate that
fails if the gate drops a hit.

- otherverbs.missing_or_gone: missingheld.missing_read (MISSING_AFTER) is asked only when "missing" or
  "unaccounted" is a word of the sentence (every match ends with one, a whole word).
- attribution._confirmed_after: _CONFIRMED_AFTER is tried only when "confirmed", "verified", "documented" or
  "recorded" is a word of the sentence.
- notplaces._person: the role before a given name is searched only when the text before the name ends with one of
  _ROLE_WORDS (every match of _ROLE_BEFORE ends with one, then its white space).
- dates._event_date: datewhen.when_clause_date is asked only when the sentence holds ", when ".
"""

from __future__ import annotations

from datetime import date

from hypothesis import given, settings, strategies as st

import extract.attribution as attribution
import extract.notplaces as notplaces
from extract import extract_claims
from extract.gazetteer import GazPlace, Mention
from extract.missingheld import MISSING_AFTER, MISSING_KEYS
from extract.wordset import words_of


def _text(pieces: list[str], max_size: int = 14) -> st.SearchStrategy[str]:
    return st.lists(st.sampled_from(pieces), max_size=max_size).map(" ".join)


# -- missing_or_gone: MISSING_KEYS before MISSING_AFTER

_MISSING_PIECES = ["12", "people", "were", "are", "still", "listed", "as", "missing", "MISSING", "Missing", "unaccounted",
                   "Unaccounted", "for", "from", "the", "village", ",", ", nine of them women,", "remain", "have been",
                   "missing-persons", "misSing", "ſtill", "reported", "in", "at", "of", "and", "İ", "K", "declared"]


@settings(max_examples=500, deadline=None)
@given(_text(_MISSING_PIECES))
def test_missing_after_needs_a_missing_key(sentence: str) -> None:
    for i in range(len(sentence) + 1):
        if MISSING_AFTER.match(sentence, i) is not None:
            assert not MISSING_KEYS.isdisjoint(words_of(sentence))
            break


def _rows(text: str) -> list[tuple]:
    return [(c.number_text, c.measure, c.subject) for c in extract_claims(text)]


def test_missing_gate_keeps_the_missing() -> None:
    # "are missing and feared dead": read by missing_read (killed); without it the 14 would be no such claim
    rows = _rows("Flood of fire in the valley\n\nRebels attacked the village of Ardana on Monday. Fourteen villagers "
                 "are missing and feared dead, the governor said.")
    assert ("Fourteen", "killed", "villagers") in rows


# -- attribution._confirmed_after

_CONFIRMED_PIECES = ["19", "of", "them", "have", "has", "were", "was", "been", "independently", "confirmed", "verified",
                     "documented", "recorded", "CONFIRMED", "Verified", "responsibility", "that", "the", "dead", "as",
                     "civilians", ",", "and", "İ", "recordings", "unconfirmed", "re-recorded"]


@settings(max_examples=500, deadline=None)
@given(_text(_CONFIRMED_PIECES))
def test_confirmed_after_as_the_long_way(sentence: str) -> None:
    for end in range(len(sentence) + 1):
        assert attribution._confirmed_after(sentence, end) == (
            attribution._CONFIRMED_AFTER.match(sentence, end) is not None)


def test_confirmed_after_still_confirms() -> None:
    claims = extract_claims("Attack on a market\n\nAt least 19 people have been confirmed dead after gunmen attacked "
                            "the market in Lirona on Monday.")
    assert [(c.number_text, c.stance) for c in claims] == [("19", "confirmed")]  # ("asserted" without the pattern)


# -- notplaces._person: the role words' suffix test before the surname and role patterns


def _person_long(text: str, m: Mention) -> bool:
    """notplaces._person before cost19: no suffix test before _SURNAME_AFTER and _ROLE_BEFORE."""
    if text.startswith(",", m.end) and m.place.precision != "country" and notplaces._CITATION_AFTER.match(text, m.end):
        return True
    a = m.start - 28 if m.start > 28 else 0
    if text[m.start - 1 : m.start] != " ":
        return False
    if notplaces._TITLE_BEFORE.search(text, a, m.start) is not None:
        return True
    return m.place.precision != "country" and text.startswith(" ", m.end) and text[m.start - 2 : m.start - 1].isalpha() \
        and notplaces._SURNAME_AFTER.match(text, m.end) is not None \
        and notplaces._ROLE_BEFORE.search(text, a, m.start) is not None \
        or (m.place.precision != "country" and notplaces._surname_after_role(text, m.start))  # (session 24)


_TOWN = GazPlace("Katana", "Katana", "KE", 0.0, 0.0, "town", 0)
_BEFORE = ["our", "correspondent", "Correspondent", "the", "security", "minister", "spokeswoman", "spokes", "chief",
           "vice-president", "mayor", "in", "co-director", "officers", "governor,", "\n", "  ", "analyst\t", "Mr",
           "Capt.", "said", "x" * 30]
_AFTER = [" Mwaro", " District", " Police Station", " said", ", Smith, The War (1981)", " Hills", " Aboud", "",
          " Road", " mwaro", " Ngala Street"]


@settings(max_examples=600, deadline=None)
@given(_text(_BEFORE, 6), st.sampled_from(_AFTER))
def test_person_as_the_long_way(before: str, after: str) -> None:
    text = before + " Katana" + after
    m = Mention(len(before) + 1, len(before) + 7, _TOWN)
    assert notplaces._person(text, m) == _person_long(text, m)


def test_role_before_still_makes_a_person() -> None:
    text = "our correspondent Katana Mwaro reported"
    m = Mention(18, 24, _TOWN)
    assert notplaces._person(text, m)
    assert not notplaces._person("people in Katana District fled", Mention(10, 16, _TOWN))


# -- dates: datewhen.when_clause_date asked only with ", when " in the sentence


def test_when_clause_still_dates_its_count() -> None:
    text = ("The raid brings to 90 the number of people killed in Lirona district since June 9, when 41 villagers "
            "died at Samo market.\n")
    claims = extract_claims(text, published=date(2022, 8, 30))
    assert {c.number_text: c.event_date for c in claims}.get("41") == "2022-06-09"


# -- guarded patterns (extract/rx.py): each is in rx.REGISTRY, so tests/test_rx.py compares it with its plain twin on
# generated reports and hypothesis text; here, that they are guarded and equal their plain twins on sentences of
# their own words.

import importlib  # noqa: E402
import re  # noqa: E402

from extract.rx import REGISTRY, lower_pattern  # noqa: E402

_GUARDED = """notplaces._TITLE_BEFORE tollgiven._GIVEN placeforms._ARTICLE_NAME southasian._LAC datecompare._COMPARED
classify._COUNTED_TO datespans._GREW_BEFORE bookreview._BIBLIOGRAPHIC partof._SAID_BEFORE storyyear._OPENED_BEFORE
partof._UP_FROM harmscene._HARM_BEFORE listitems._PART partof._PART_BEFORE cueforms._NOUN_FIGURE ellipses._COUNT_IS
numberof._NUMBER_OF dateplans._SCHEDULED_BEFORE armedowner._NAME_PUT classify._COUNTING storyyear._PERIOD_BEFORE
sharedcounts._EARLIER placekept._CARRIED_BEFORE datespans._SINCE_BEGAN_DAY ownsighting._SEEN_BY_OURS
placescope._TOWN_ANAPHOR numscan.HOT_WORD_I dates._REPORT_BEFORE_LOW""".split()


def _pattern(name: str) -> re.Pattern:
    module, attr = name.split(".")
    return getattr(importlib.import_module(f"extract.{module}"), attr)


def test_cost19_patterns_are_guarded() -> None:
    fast = {id(f): plain for plain, f in REGISTRY}
    for name in _GUARDED:
        assert id(_pattern(name)) in fast, name


_RX_PIECES = ["Mr", "Capt.", "Hull", "said", "on", "Monday", "in", "near", "Deir", "al-Balah", "the", "number", "of",
              "total", "up", "from", "including", "among", "them", "rose", "to", "since", "fighting", "began", "gave",
              "its", "toll", "as", "12", "lacs", "Lac", "against", "compared", "with", "carried", "to", "the", "city",
              "due", "for", "ETA", "put", "Army", "dead", "at", "count", "is", ",", ".", "\n", "İ", "ſ", "K",
              "announced", "by", "government", "broadcast", "on", "state", "television", "late"]


@settings(max_examples=300, deadline=None)
@given(_text(_RX_PIECES, 20))
def test_cost19_guarded_patterns_equal_their_plain_twins(text: str) -> None:
    plain_of = {id(f): plain for plain, f in REGISTRY}
    for name in _GUARDED:
        fast = _pattern(name)
        plain = plain_of[id(fast)]
        subject = text.lower() if name == "dates._REPORT_BEFORE_LOW" else text
        assert [m.span() for m in fast.finditer(subject)] == [m.span() for m in plain.finditer(subject)], name
        for i in range(0, len(subject) + 1, 3):
            got = fast.search(subject, 0, i)
            want = plain.search(subject, 0, i)
            assert (got and got.span()) == (want and want.span()), name


def test_report_before_low_is_the_lowered_pattern() -> None:
    import extract.dates as dates

    plain = next(p for p, f in REGISTRY if f is dates._REPORT_BEFORE_LOW)
    assert plain.pattern == lower_pattern(dates._REPORT_BEFORE).pattern


# -- dates._hits: _REPORT_BEFORE asked only when one of its verbs is a word of the sentence

_REPORT_PIECES = ["the", "army", "said", "SAID", "says", "told", "reporters", "gave", "a", "toll", "of", "46", "given",
                  "at", "briefing", "read", "on", "state", "television", "aired", "by", "government", "announced",
                  "in", "late", "early", "İ", "ſaid", "re-said", "Monday", "retold", "sayings", "x"]


@settings(max_examples=500, deadline=None)
@given(_text(_REPORT_PIECES, 12))
def test_report_before_needs_a_report_key(sentence: str) -> None:
    import extract.dates as dates

    if dates._REPORT_KEYS.isdisjoint(words_of(sentence)):
        for i in range(len(sentence) + 1):
            assert dates._REPORT_BEFORE.search(sentence, max(0, i - 40), i) is None


def test_report_before_gate_keeps_a_day_of_telling() -> None:
    claims = extract_claims("Raid on Lirona\n\nGunmen killed 14 villagers in Lirona, the governor said on Monday.",
                            published=date(2022, 8, 30))
    assert [(c.number_text, c.event_date) for c in claims] == [("14", None)]  # Monday: the day it was said


# -- southasian.has_scale_word: the "lac" pattern asked only with "lac"/"lacs" among the text's words

import extract.southasian as southasian  # noqa: E402


@settings(max_examples=400, deadline=None)
@given(_text(["5", "lac", "lacs", "Lac", "Lacs", "LAC", "place", "black", "lactose", "of", "rupees", "Lac-", "İ"], 8))
def test_lac_words_gate_as_the_long_way(text: str) -> None:
    long_way = ("lac" in text or "Lac" in text) and southasian._LAC.search(text) is not None
    short = ("lac" in text or "Lac" in text) and not southasian._LAC_WORDS.isdisjoint(words_of(text)) and (
        southasian._LAC.search(text) is not None)
    assert short == long_way


def test_lac_still_scales() -> None:
    from extract import find_quantities

    assert [q.value for q in find_quantities("Floods left five lacs of people homeless.")] == [500_000]
    assert [q.value for q in find_quantities("Half a lac of people fled the floods.")] == [50_000]


# -- the lexicon's noun and verb patterns and every folded twin (wordset.fold_pattern) are guarded

from extract.triggers import lexicon  # noqa: E402
from extract.wordset import fold, fold_pattern  # noqa: E402


def test_lexicon_patterns_are_guarded() -> None:
    fast = {id(f) for _, f in REGISTRY}
    lex = lexicon()
    assert id(lex.noun_re) in fast and id(lex.verb_re) in fast
    assert id(lex.folded_re["side"]) in fast and id(lex.folded_re["event"]) in fast


_LEX_PIECES = ["12", "soldiers", "Soldiers", "were", "killed", "KILLED", "wounded", "rebels", "the", "army", "Army",
               "al-Shabaab", "air", "strike", "airstrike", "shelling", "in", "of", "civilians", "displaced", ",", ".",
               "İ", "ſ", "K", "police", "died", "houses", "destroyed", "\n"]


@settings(max_examples=300, deadline=None)
@given(_text(_LEX_PIECES, 16))
def test_guarded_lexicon_patterns_as_the_long_way(text: str) -> None:
    lex = lexicon()
    for guarded_p in (lex.noun_re, lex.verb_re):
        plain = re.compile(guarded_p.pattern.split(")(?:", 1)[1][:-1], guarded_p.flags)  # the pattern without its guard
        assert [m.span() for m in guarded_p.finditer(text)] == [m.span() for m in plain.finditer(text)]
        for i in range(len(text) + 1):
            got, want = guarded_p.match(text, i), plain.match(text, i)
            assert (got and got.span()) == (want and want.span())
    folded_text = fold(text)
    for name in ("side", "event", "theatre", "cue:aerial"):
        fast = lex.folded_re[name]
        plain = re.compile(fast.pattern.split(")(?:", 1)[1][:-1], fast.flags)
        assert [m.span() for m in fast.finditer(folded_text)] == [m.span() for m in plain.finditer(folded_text)]


def test_fold_pattern_still_finds_the_folded_words() -> None:
    p = fold_pattern(re.compile(r"(?<![\w])(?:car\s+bomb|airstrikes?)(?![\w])", re.IGNORECASE))
    assert p is not None and [m.group() for m in p.finditer(fold("An AIRSTRIKE and a Car Bomb"))] == ["airstrike",
                                                                                                      "car bomb"]


# -- cuescope._scope_broken: the pattern asked only with ",", ";" or a dash in the gap

import extract.cuescope as cuescope  # noqa: E402


def _scope_broken_long(gap: str) -> bool:
    for m in cuescope._SCOPE_BREAK.finditer(gap):
        if (m.group().lstrip(",; ").lower().startswith("with") and cuescope._WITH_THE_NUMBER.fullmatch(gap, m.end())
                and cuescope._DIGIT.search(gap, 0, m.start())):
            continue
        return True
    return False


@settings(max_examples=500, deadline=None)
@given(_text(["said", "that", "at", "92", ",", ", with", "with", "47", "wounded", ";", "-", "–", "—", "while", "but",
              "which", "after", "x", "\n", "since", "as", "WHEN", "But that"], 10))
def test_scope_broken_as_the_long_way(gap: str) -> None:
    assert cuescope._scope_broken(gap) == _scope_broken_long(gap)


def test_scope_break_still_ends_a_speech() -> None:
    claims = extract_claims("Fighting in the north\n\nThe army said 40 rebels were killed, but 12 soldiers died in a "
                            "later ambush.")
    assert [(c.number_text, c.source) for c in claims] == [("40", "Army"), ("12", None)]  # ", but": the writer's


# -- classify: numbergiven.number_brought_to asked only with "number" among the sentence's words; looseforms:
# deadnamed.dead_named only with "names" or "lost"

from extract.numbergiven import _NUMBER_AFTER  # noqa: E402


@settings(max_examples=400, deadline=None)
@given(_text(["12", "the", "THE", "total", "number", "Number", "NUMBER", "numbers", "of", "renumber", "killed", "to",
              "bringing", ",", "\n", "İ"], 10))
def test_number_after_needs_the_word_number(sentence: str) -> None:
    if "number" not in words_of(sentence):
        assert all(_NUMBER_AFTER.match(sentence, i) is None for i in range(len(sentence) + 1))


def test_number_brought_to_and_dead_named_still_read() -> None:
    rows = _rows("Raids in the delta\n\nThe raid, in which 12 fighters were killed, brings to 40 the number of "
                 "militants killed in the district this month.")
    assert ("40", "killed", "fighters") in rows
    text = ("War memorial unveiled\n\nThe civil war killed thousands in the valley. The memorial in the square now carries "
            "312 names.")
    assert ("312", "killed", "people") in _rows(text)


# -- tailwords._PLAIN_TOKEN: \w as ASCII ranges, read only in ASCII text

import extract.tailwords as tailwords  # noqa: E402


@settings(max_examples=800, deadline=None)
@given(st.text(st.characters(max_codepoint=127), max_size=40))
def test_plain_token_as_the_unicode_pattern_on_ascii(seg: str) -> None:
    assert tailwords._PLAIN_TOKEN.findall(seg) == re.findall(r"\w+|[^\w\s]", seg)
    assert tailwords._PLAIN_TOKEN.findall(seg.lower()) == re.findall(r"\w+|[^\w\s]", seg.lower())


# -- rx.guarded: under IGNORECASE the guard's set (every case variant of the first characters) is tested as written


def test_ignorecase_guards_are_tested_as_written_and_hold_every_variant() -> None:
    from re import _parser

    import extract.rx as rx

    lexicon()
    firsts = []
    for plain, fast in REGISTRY:
        if plain.flags & re.IGNORECASE:
            first = frozenset(rx._first_chars_of(_parser.parse(plain.pattern, plain.flags)))
            cls = "".join(rx._escape(c) for c in sorted(first))
            assert fast.pattern.startswith(f"(?=(?-i:[{cls}]))")
            firsts.append((first, cls))
    assert len(firsts) >= 60
    union = "".join(rx._escape(c) for c in sorted(frozenset().union(*(f for f, _ in firsts))))
    wide = re.compile(f"[{union}]", re.IGNORECASE)
    candidates = [chr(i) for i in range(0x110000) if not 0xD800 <= i < 0xE000 and wide.match(chr(i))]
    for first, cls in firsts:  # the guard as it was tested before (under IGNORECASE) takes no character beyond its set
        ignoring_case = re.compile(f"[{cls}]", re.IGNORECASE)
        assert all(c in first for c in candidates if ignoring_case.match(c)), cls
