"""The speed shortcuts of the claim layer answer what the long way answers (on generated input).

extract/wordset.py rules a regex search out by the words of the text; extract/tailwords.py reads
only the last words before a number; extract/phrase.py, extract/classify.py and extract/sides.py
test a cheap condition before a pattern. Each test runs the shortcut and the long way it replaces.
"""

from __future__ import annotations

import random
import re
import string
import sys

from hypothesis import given, settings
from hypothesis import strategies as st

from counterclaim.corpus import generate_articles
from extract import bombedarea as BA
from extract import classify as K
from extract import kindends as KE
from extract import heldpeople as HP
from extract import measures as M
from extract import nonclaims as N
from extract import partof as PO
from extract import phrase as P
from extract import phraseaux as PA
from extract import sharedverb as SV
from extract import sides as S
from extract import tailwords as T
from extract import triggers
from extract.rx import ascii_lower
from extract.wordset import cuts_word, fold, key_words, may_occur, words_of

_WORD = re.compile(r"\w")


def _sentences() -> list[str]:
    texts = [s for a in generate_articles(40, seed=23) for s in re.split(r"(?<=[.!?])\s+|\n", a["text"]) if s]
    return texts + [
        "The storm killed 12.", "flood12 victims", "12 died in the floods; 30 fled", "earthquake-hit town",
        "If 40 were killed", "not one soldier", "including5 children", "Kılled İf ſtorm Kelvin", "dollarsUSD 5",
        "the dollar buys about 41 hryvnias", "bringing the total to 300", "Russian losses at 350,000",
        "car bomb and air strikes on the market", "IS fighters and US troops", "Hezbollah-led forces",
        "killed the driver and 2 passengers", "at least 4 and as many as 9", "only 35 doctors", "just  5",
    ]


_TEXTS = _sentences()


def _windows(rnd: random.Random, text: str, n: int = 6):
    for _ in range(n):
        i = rnd.randrange(len(text) + 1)
        yield i, rnd.randrange(i, len(text) + 1)


# --------------------------------------------------------------------------- extract/wordset.py


def test_fold_keeps_length_and_word_characters_and_is_how_ignorecase_meets_ascii() -> None:
    ascii_word = re.compile(r"[a-z0-9_]", re.IGNORECASE)
    for cp in range(sys.maxunicode + 1):
        if 0xD800 <= cp < 0xE000:
            continue
        ch = chr(cp)
        f = fold(ch)
        assert len(f) == 1, hex(cp)
        is_w = bool(_WORD.match(ch))
        assert is_w == bool(_WORD.match(f)) == (ch.isalnum() or ch == "_"), hex(cp)
        assert ch.isspace() == f.isspace() and ch.isdecimal() == f.isdecimal(), hex(cp)
        assert bool(re.match(r"\d", ch)) == bool(re.match(r"\d", f)), hex(cp)
        if ascii_word.match(ch):  # IGNORECASE takes it for an ASCII letter, digit or _: folding makes it that
            assert f in string.ascii_lowercase + string.digits + "_" and re.match(f, ch, re.IGNORECASE), hex(cp)
        elif f.isascii():  # folding makes nothing else a letter IGNORECASE would take it for
            assert not ascii_word.match(f) or f == ch, hex(cp)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=string.printable, max_size=60) | st.text(max_size=30))
def test_words_of_are_the_runs_of_word_characters(text: str) -> None:
    assert words_of(text) == frozenset(m.group(0) for m in re.finditer(r"\w+", fold(text)))


def test_a_word_list_without_its_key_words_matches_nowhere() -> None:
    rnd = random.Random(5)
    lex = triggers.lexicon()
    lists = [(lex.cues[name], lex.keys["cue:" + name]) for name in lex.cues]
    lists += [(lex.event_re, lex.keys["event"]), (lex.side_re, lex.keys["side"])]
    for pattern, keys in lists:
        assert keys is not None
        for text in _TEXTS:
            if may_occur(keys, text):
                continue
            assert pattern.search(text) is None, (pattern.pattern[:40], text)
            for i, j in _windows(rnd, text):
                if not cuts_word(text, j):
                    assert pattern.search(text, i, j) is None, (text, i, j)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(["car", "bomb", "al-qaeda", "so far", "u.s.", "in", "the", "café", "‘x", "$5"]),
                min_size=1, max_size=4).map(" ".join),
       st.lists(st.sampled_from(["car", "Bomb", "AL-QAEDA", "so", "far", "U.S.", "in", "the", "café", "x",
                                 "‘x", "$5", "cars", "-", " ", "\n", "İn", "ſo"]), max_size=8).map(" ".join))
def test_key_words_rule_out_only_texts_without_the_phrase(phrase: str, text: str) -> None:
    keys = key_words([phrase])
    pattern = triggers.whole_words([phrase])
    if not may_occur(keys, text):
        assert pattern.search(text) is None


def test_hand_written_whole_word_patterns_need_their_words() -> None:
    rnd = random.Random(8)
    checks = [(K._CONDITION_WORD, K._CONDITION_WORDS), (K._DOLLAR_BUYS, K._DOLLAR_WORDS),
              (K._NEGATED, K._NEGATION_WORDS), (PO._PART_BEFORE, PO._PART_WORDS),
              (PO._RUNNING_TOTAL, PO._TOTAL_WORDS), (KE._SIDE_LOSSES, KE._LOSS_WORDS),
              (N.GOAL_AFTER, N.GOAL_WORDS), (N.GOAL_BEFORE, N.GOAL_WORDS), (N._DEBRIS_BEFORE, N._DEBRIS_WORDS),
              (N.SUSPECTED, frozenset({"suspected"})), (HP.HELD_WITHOUT, HP.HELD_WORDS),
              (PO._SAID_BEFORE, PO._SAID_WORDS)]
    attack = re.compile(r"\b(?:bombs?|bombings?|blasts?|explosions?|attacks?|suicide|i?ieds?|vbieds?|massacre|"
                        r"strikes?|struck|hit|shelled|raided|raids?|stormed|detonated)\b", re.IGNORECASE)
    for text in _TEXTS:
        words = words_of(text)
        assert BA._attack((text,)) == bool(attack.search(text))
        for pattern, needed in checks:
            if needed.isdisjoint(words):
                for i, j in _windows(rnd, text, 10):
                    if not cuts_word(text, j):
                        assert pattern.search(text, i, j) is None, (pattern.pattern[:30], text, i, j)
        if not K._dollar_named(text):
            for i, j in _windows(rnd, text, 10):
                assert K._RATE_AFTER.match(text, i, j) is None


def test_folded_patterns_find_what_the_lexicon_patterns_find() -> None:
    rnd = random.Random(11)
    lex = triggers.lexicon()
    pairs = [(lex.cues[name], lex.folded_re["cue:" + name]) for name in lex.cues]
    pairs += [(PO._COUNT_BEFORE, PO._COUNT_BEFORE_FOLDED), (lex.event_re, lex.folded_re["event"]), (lex.side_re, lex.folded_re["side"]),
              (lex.theatre_re, lex.folded_re["theatre"]), (lex.elsewhere_re, lex.folded_re["elsewhere"])]
    texts = _TEXTS + ["KİLLED İN AN AİRSTRİKE", "Syrıa’s ſhelling", "REBELS AND HEZBOLLAH", "Ⓐirstrike µ"]
    for pattern, fast in pairs:
        assert fast is not None
        for text in texts:
            low = fold(text)
            assert [m.span() for m in pattern.finditer(text)] == [m.span() for m in fast.finditer(low)], text
            for i, j in _windows(rnd, text, 3):
                assert [m.span() for m in pattern.finditer(text, i, j)] == [m.span() for m in fast.finditer(low, i, j)]


def test_folded_twins_match_where_the_case_insensitive_patterns_match() -> None:
    """read_phrase and classify run some case-insensitive patterns on the folded document: match and search
    from any place, to any end, find the same spans as the patterns on the text."""
    rnd = random.Random(17)
    lex = triggers.lexicon()
    pairs = [(SV._CONJUNCT, SV._F_CONJUNCT), (PA.AUX, PA.F_AUX), (lex.side_re, lex.folded_re["side"]),
             (lex.cues["toll"], lex.folded_re["cue:toll"]), (lex.cues["non_conflict"], lex.folded_re["cue:non_conflict"])]
    texts = _TEXTS + ["40 SOLDİERS WERE KİLLED", "12 Members of the armed group ıs", "9 tanks, or 3 ſhells",
                      "the number dıſplaced rose to 40", "3 wounded AND 4 Kılled", "20 were NOT hurt", "Ⓐ 5 µ ſo far"]
    for pattern, fast in pairs:
        assert fast is not None and not fast.flags & re.IGNORECASE
        for text in texts:
            low = fold(text)
            starts = [m.start() for m in re.finditer(r"(?<!\S)\S", text)] + [rnd.randrange(len(text) + 1) for _ in range(4)]
            for i in starts:
                for j in (len(text), rnd.randrange(i, len(text) + 1)):
                    got, want = fast.match(low, i, j), pattern.match(text, i, j)
                    assert (got and got.span()) == (want and want.span()), (pattern.pattern[:30], text, i, j)
                    got, want = fast.search(low, i, j), pattern.search(text, i, j)
                    assert (got and got.span()) == (want and want.span()), (pattern.pattern[:30], text, i, j)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["killed", "the", "  ", "\t", "driver’s", "al-Assad", "'", "-", "x_y", "(", ",", "Ⅻ",
                                 "٣", "İn", "\n", "and", "40", "ſo", "…"]), max_size=10).map("".join),
       st.integers(0, 60), st.integers(0, 60))
def test_the_last_word_read_backwards_starts_where_the_pattern_finds_it(text: str, a: int, b: int) -> None:
    lo, hi = min(a, b, len(text)), min(max(a, b), len(text))
    want = T._LAST_WORD.search(text, lo, hi)
    assert T.last_word_start(text, lo, hi) == (want.start() if want else None), (text, lo, hi)


# --------------------------------------------------------------------------- extract/tailwords.py


def _all_tokens(text, lo, hi):
    """Every token of text[max(lo, hi - 90):hi], lower-cased as IGNORECASE compares ("İn" is "in"), with its offsets."""
    return [(ascii_lower(m.group(0)), m.start(), m.end()) for m in T._TAIL_TOKEN.finditer(text, max(lo, hi - 90), hi)]


def _long_drop_filler(tokens, i):
    if i >= 2 and (tokens[i - 2][0], tokens[i - 1][0], tokens[i][0]) in T._FILLERS:
        return i - 3
    if i >= 1 and (tokens[i - 1][0], tokens[i][0]) in T._FILLERS:
        return i - 2
    if i >= 0 and (tokens[i][0],) in T._FILLERS:
        return i - 1
    return i


def _long_verb_ending(verb_group, text, lo, hi):
    """The walk over all the words of the stretch, as it was before the shortcut."""
    tokens = _all_tokens(text, lo, hi)
    words = [t[0] for t in tokens]
    longest = max(len(k.split(" ")) for k in verb_group)
    lasts = {k.split(" ")[-1] for k in verb_group}
    i = len(tokens) - 1
    for _ in range(7):
        if i < 0:
            return None
        for n in (4, 3, 2, 1) if words[i] in lasts else ():
            if i - n + 1 >= 0 and n <= longest:
                group = verb_group.get(" ".join(words[i - n + 1 : i + 1]))
                if group:
                    return group, tokens[i - n + 1][1]
        j = _long_drop_filler(tokens, i)
        if j == i:
            return None
        i = j
    return None


def _long_strip_fillers(text, lo, hi):
    tokens = _all_tokens(text, lo, hi)
    i = len(tokens) - 1
    for _ in range(7):
        if i < 0:
            return lo
        j = _long_drop_filler(tokens, i)
        if j == i:
            return tokens[i][2]
        i = j
    return hi


_TAIL_WORDS = ["killed", "were", "killing", "wounded", "at", "least", "more", "than", "some", "about", "the", "a",
               "of", "by", "“", "”", "(", ",", "'", "-", "and", "&", "2", "people", "soldiers", "Killed", "AT LEAST",
               "İn", "dozens", "took", "captured", "x-y", "it's", "’", "--", "up", "to", "an", "estimated", "shot",
               "dead", "fell", "into", "the hands of", "all", "only"]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(_TAIL_WORDS), st.sampled_from([" ", "  ", "", "\n", " \t"])),
                max_size=25).map(lambda parts: "".join(w + s for w, s in parts)),
       st.integers(0, 200), st.integers(0, 200))
def test_reading_the_last_words_first_gives_what_reading_them_all_gives(text: str, a: int, b: int) -> None:
    lo, hi = min(a, b, len(text)), min(max(a, b), len(text))
    verbs = triggers.lexicon().verb_group
    T._last_words.cache_clear()
    assert T.verb_ending(verbs, text, lo, hi) == _long_verb_ending(verbs, text, lo, hi)
    assert T.strip_fillers(text, lo, hi) == _long_strip_fillers(text, lo, hi)


# --------------------------------------------------------------------------- extract/phrase.py, sides, triggers


_AROUND_NUMBERS = ["and", "&", "plus", "as well as", "along with", "12", "40", "two", "dozens", "soldiers", "killed",
                   "only", "just", "Only", "the", "And", "wıth", "pluſ", "were", "been", "have been", "so far", ",",
                   ")", "”", "all", "x", "is", "remained", "remain", "badly", "\n", "  "]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_AROUND_NUMBERS), max_size=12).map(" ".join), st.integers(0, 120),
       st.integers(0, 120))
def test_cheap_tests_before_the_phrase_patterns(text: str, a: int, b: int) -> None:
    lo, hi = min(a, b, len(text)), min(max(a, b), len(text))
    if not SV._ends_with_conjunction(text, lo, hi):
        assert SV._CONJUNCT.search(text, lo, hi) is None
    if not SV._ends_with_and(text, lo, hi):
        assert SV._AND_END.search(text, lo, hi) is None
    flat = re.compile(r"(?:\s*(?:[,)”\"’]|(?:" + PA.AUX_WORDS + r")\b))*\s*", re.IGNORECASE)
    assert PA.AUX.match(text, lo, hi).end() == flat.match(text, lo, hi).end()
    before = text[lo:hi].lower()
    if not before.rstrip().endswith(("only", "just")):
        assert P._ONLY_BEFORE.search(before) is None


def _long_side_mentions(text: str, start: int, end: int) -> list[triggers.Mention]:
    """Both scans over the stretch, as side_mentions made them before its cheap test."""
    lex = triggers.lexicon()
    found = [triggers.Mention(m.start(), m.end(), lex.side_of[triggers.norm(m.group(0))])
             for m in lex.side_re.finditer(text, start, end)]
    found += [triggers.Mention(m.start(), m.end(), lex.side_cs[m.group(0)]) for m in lex.side_cs_re.finditer(text, start, end)]
    found.sort(key=lambda x: (x.start, -x.end))
    out, last_end = [], -1
    foreign = not triggers.in_theatre(text)
    for mention in found:
        if mention.start < last_end:
            continue
        last_end = mention.end
        if lex.media_re.match(text, mention.end, min(len(text), mention.end + 40)) or lex.speaker_re.match(
                text, mention.end, min(len(text), mention.end + 60)):
            continue
        if foreign and mention.side in lex.theatre_sides:
            continue
        out.append(mention)
    return out


def test_sides_found_after_the_cheap_test_are_those_of_both_scans() -> None:
    rnd = random.Random(9)
    for text in _TEXTS:
        for i, j in [(0, len(text)), *_windows(rnd, text, 8)]:
            assert triggers.find_sides(text, i, j) == _long_side_mentions(text, i, j), (text, i, j)



# --------------------------------------------------------------------------- round 2: cheap tests before patterns


@settings(max_examples=400, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(_TAIL_WORDS + ["#aleppo", "al-bab:", "İs", "x_y", "—"]),
                          st.sampled_from([" ", "  ", "", "\n", " \t", "\u00a0"])),
                max_size=25).map(lambda parts: "".join(w + s for w, s in parts)),
       st.integers(0, 200), st.integers(0, 200))
def test_the_last_token_read_cheaply_is_the_last_of_all_the_tokens(text: str, a: int, b: int) -> None:
    lo, hi = min(a, b, len(text)), min(max(a, b), len(text))
    tokens = _all_tokens(text, lo, hi)
    got = T.last_token(text, lo, hi)
    if got is not None:
        assert got == ((tokens[-1][0], tokens[-1][2]) if tokens else ("", got[1])), (text, lo, hi)
    if not tokens:
        assert got is not None and got[0] == ""
    seg = text[max(lo, hi - 90) : hi]
    if seg.isascii() and "'" not in seg and "-" not in seg:
        assert T._PLAIN_TOKEN.findall(seg.lower()) == T._TAIL_TOKEN.findall(seg.lower())


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_AROUND_NUMBERS + ["more", "Other", "of the", "+", "odd", "or so", "or", "OR",
                                                   "extra", "people", "\t", "İn", "ıN", "ſo", "(12 of them)",
                                                   ", including", "FROM", "near", "Within", "were", "in the town"]),
                max_size=12).map(" ".join),
       st.integers(0, 120), st.integers(0, 120))
def test_cheap_tests_before_the_noun_phrase_patterns(text: str, a: int, b: int) -> None:
    pos, end = min(a, b, len(text)), min(max(a, b), len(text))
    assert P._np_lead(text, pos, end) == P._NP_LEAD.match(text, pos, end).end()
    if not P._may_coordinate(text, pos, end):
        assert P._COORD.match(text, pos, end) is None
    if not P._next_in(text, pos, end, ",("):
        assert P._ASIDE.match(text, pos, end) is None
    if not (pos < end and text[pos].isspace() and P._next_in(text, pos, end, P._PP_FIRST)):
        assert P._PP.match(text, pos, end) is None


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_AROUND_NUMBERS + _TAIL_WORDS + ["Thailand", "bands", "as", "with", "plus", "Just",
                                                                 "justly", "solely", "#x", "x-y"]),
                max_size=14).map(" ".join),
       st.integers(0, 150), st.integers(0, 150), st.sampled_from(["", " ", "  "]))
def test_a_last_token_with_no_qualifier_or_conjunction_rules_the_shared_verb_out(text: str, a: int, b: int,
                                                                               tail: str) -> None:
    text += tail
    lo, hi = min(a, b, len(text)), min(max(a, b), len(text)) if not tail else len(text)
    last = T.last_token(text, lo, hi)
    if last is None:
        return
    tok = last[0]
    if "and" not in fold(text)[lo:hi] and "&" not in text[lo:hi]:  # shared_verb skips the "and" rule then
        assert all(SV._AND_END.search(text, lo, stop) is None for stop in range(lo, hi + 1))
    if tok not in T.FILLER_LASTS and not tok.endswith(SV.CONJUNCTION_ENDS):  # read_phrase skips both then
        assert not SV._ends_with_conjunction(text, lo, hi) or SV._CONJUNCT.search(text, lo, hi) is None
        stop = T.strip_fillers(text, lo, hi)
        assert not (stop > lo and SV._ends_with_and(text, lo, stop) and SV._AND_END.search(text, lo, stop))
    if not tok.endswith(("only", "just")) and hi > lo and text[hi - 1].isspace():
        before = text[max(lo, hi - 12) : hi].lower()
        assert P._ONLY_BEFORE.search(before) is None


def test_cheap_tests_before_the_classify_and_side_patterns() -> None:
    rnd = random.Random(13)
    lex = triggers.lexicon()
    keys = lex.keys["cue:toll"]
    texts = _TEXTS + ["the car  bomb", "a truck-\tbomb", "sUİcide bomb", "TRUCK bomb", "trucK bomb",
                      "killed 9, including 3 CİVİLİANS", "Base 559", "a toll of 4", "deaths toll3"]
    for text in texts:
        words = words_of(text)
        for i, j in [(0, len(text)), *_windows(rnd, text, 12)]:
            window = text[i:j]
            assert BA._car_bomb(window) == bool(BA._CAR_BOMB.search(window)), window
            if S._CIVILIAN_WORDS.isdisjoint(words):
                assert S._SOME_CIVILIANS.match(text, i, len(text)) is None
            if "," not in window:
                assert PO._RESTATED.search(text, i, j) is None
            if j == i or not text[j - 1].isspace():
                assert K._NAME_BEFORE.search(text, i, j) is None
            if "number" not in fold(text)[i:j]:
                assert M._NUMBER_OF.search(text, i, j) is None
            assert bool(PO._BREAKDOWN_NEXT.match(text[i:j])) == bool(PO._BREAKDOWN_NEXT.match(text, i, j))
            if triggers.find_sides(text, i, j):
                assert S._may_name_side(lex, text, i, j), (text, i, j)
            if not K._capital_last(text, i, j):
                assert K._NAME_BEFORE.search(text, i, j) is None
            if keys.isdisjoint(words) and not cuts_word(text, j) and not cuts_word(text, i):
                assert not triggers.cue_search("toll", window), window


def _bombing_long_way(ctx) -> bool:
    """bombing_of_populated_area as it read before the sentence's cues were asked for once."""
    sentence = (ctx.sentence,)
    if BA._cue("period_total", sentence) and not BA._aerial(sentence):
        return False
    if BA._attack(sentence) or BA._cue("aerial", sentence):
        if BA._aerial(sentence) or BA._cue("populated", sentence):
            return True
        near = (ctx.neighbour(-1), ctx.neighbour(1))
        return BA._aerial(near) or BA._cue("populated", near)
    if BA._cue("general_cause", sentence):
        return False
    wide = tuple(ctx.neighbour(i) for i in (-3, -2, -1, 1))
    return BA._aerial(wide) or (BA._attack(wide) and BA._cue("populated", wide))


def test_bombing_of_a_populated_area_reads_as_the_long_way() -> None:
    from extract.context import Section, SentenceContext
    from extract.sentences import split_sentences

    extra = ["A car bomb hit the market.", "Air strikes hit the town; 4 died.", "The war has killed 10,000 since 2015.",
             "Suicide bombers struck. Then an air strike hit a school.", "Truck bomb. Vehicle-borne air strike."]
    for doc in [a["text"] for a in generate_articles(12, seed=31)] + extra:
        spans = tuple(split_sentences(doc))
        for i in range(len(spans)):
            ctx = SentenceContext(doc, spans, i, Section("body", 0, len(doc)), None, None)
            assert BA.bombing_of_populated_area(ctx) == _bombing_long_way(ctx), ctx.sentence
