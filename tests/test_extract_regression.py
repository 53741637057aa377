"""The speed caches of extraction change nothing: the cached path gives the claims the uncached one gives.

extract_claims shares a per-document memo between the stages (extract/context.py,
`per_sentence`) and builds one context per sentence; `_extract(..., cache=False)`
builds a fresh context without a memo for every number, as the orchestrator did
before the caches. Other shortcuts are checked against what they replace.
"""

from __future__ import annotations

import random
import re
import tomllib
from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from counterclaim.corpus import generate_articles
from extract import gazetteer, placeextent, triggers
from extract.claims import _extract, extract_claims
from extract.context import Section, SentenceContext, per_sentence
from extract.dateanchors import _ON_DATE
from extract.dates import _EXPR, _expressions, _hits

# Documents of our own, dense with what the caches touch: several numbers per sentence, pronouns and
# quotes resolved from neighbouring sentences, dates and places lent by earlier sentences, updates,
# excerpts and reader comments.
DOCS = [
    (
        "Shelling Kills Dozens in Aleppo, Monitor Says\n\n"
        "The Syrian Observatory for Human Rights said 23 civilians were killed and 41 wounded on Tuesday "
        "when barrel bombs hit a market in eastern Aleppo city. It said 7 of the dead were children.\n"
        "Rebels said they destroyed 3 tanks and captured 12 soldiers near Palmyra, a claim that could not "
        "be independently verified.\n"
        "“We counted 15 bodies in one street,” a rescue worker told Reuters. The real toll is much higher, "
        "residents said.\n\n"
        "False.\n",
        date(2016, 5, 24),
        "Test Wire",
    ),
    (
        "On May 23, suicide bombers struck bus stations in Jableh and Tartous. State media said 78 people "
        "died in Jableh and 48 in Tartous; the monitor gave a toll of 148. Around 200 were wounded, it said.\n"
        "UPDATE 1530 GMT: The toll in Jableh rose to at least 100, activists said, with dozens still missing.\n"
        "The pound fell to 620 against the dollar, and the army sent 2,000 troops and 40 tanks to the coast.\n",
        date(2016, 5, 24),
        "Daily Test",
    ),
    (
        "Fighting in Idlib\n\n"
        "Government forces said they killed 150 militants over the past two weeks. The group denied it.\n"
        "Hassan Omar, a village elder, said 9 houses were destroyed and between 30 and 40 families fled "
        "to Turkey last week.\n\n"
        "Source: Clashes continue – Example News\n\n"
        "12 Comments\n"
        "Jane says:\n"
        "May 6, 2016 at 3:41 pm\n"
        "They lie. Only 5 people died, not 50. —Jane\n",
        date(2016, 6, 1),
        "Example Outlet",
    ),
    (
        "A storm killed 12 people in the north. In a separate attack, gunmen killed 4 police officers "
        "and seized 2 armoured vehicles on Sunday, officials said. He added that 3 more were missing.\n"
        "The economy has shrunk by 35% since the war began, and the rate reached 47:1.\n",
        None,
        None,
    ),
]


def _dicts(claims) -> list[dict]:
    return [c.to_dict() for c in claims]


@pytest.mark.parametrize("text,published,outlet", DOCS)
def test_cached_path_gives_the_uncached_claims(text: str, published, outlet) -> None:
    cached = extract_claims(text, published=published, outlet=outlet)
    assert cached, "each document has claims, so the comparison means something"
    assert _dicts(cached) == _dicts(_extract(text, published, outlet, cache=False))


def test_cached_path_on_generated_reports() -> None:
    for article in generate_articles(25, seed=5):
        published = date.fromisoformat(str(article["published"])[:10])
        cached = extract_claims(article["text"], published=published, outlet=article["outlet"])
        plain = _extract(article["text"], published, article["outlet"], cache=False)
        assert _dicts(cached) == _dicts(plain), article["text"][:200]


def test_cached_path_on_the_seeds(seeds) -> None:
    paths = sorted(seeds.glob("*.txt"))
    assert paths
    for path in paths:
        text = path.read_text(encoding="utf-8")
        published = date(2016, 6, 1)
        cached = extract_claims(text, published=published, outlet="EA WorldView")
        assert _dicts(cached) == _dicts(_extract(text, published, "EA WorldView", cache=False)), path.name


def test_repeated_calls_give_the_same_claims() -> None:
    """Caches that outlive a call (lru caches keyed by strings) do not leak from one document to another."""
    text, published, outlet = DOCS[0]
    first = _dicts(extract_claims(text, published=published, outlet=outlet))
    for other, pub, out in DOCS[1:]:
        extract_claims(other, published=pub, outlet=out)
    assert _dicts(extract_claims(text, published=published, outlet=outlet)) == first
    # the same text with another published date resolves its dates again
    moved = _dicts(extract_claims(text, published=date(2016, 6, 30), outlet=outlet))
    assert [c["event_date"] for c in moved] != [c["event_date"] for c in first]


def test_per_sentence_memo_is_keyed_by_sentence_and_arguments() -> None:
    calls: list[tuple[int, tuple]] = []

    @per_sentence
    def probe(ctx: SentenceContext, *args) -> str:
        calls.append((ctx.index, args))
        return f"{ctx.sentence}|{args}"

    text = "One. Two."
    spans = ((0, 4), (5, 9))
    memo: dict = {}
    sec = Section("body", 0, len(text))
    a = SentenceContext(text, spans, 0, sec, None, None, memo)
    b = SentenceContext(text, spans, 1, sec, None, None, memo)
    assert probe(a) == "One.|()" and probe(a) == "One.|()"
    assert probe(b) == "Two.|()" and probe(b, 2) == "Two.|(2,)"
    assert calls == [(0, ()), (1, ()), (1, (2,))]
    bare = SentenceContext(text, spans, 0, sec, None, None)
    probe(bare), probe(bare)
    assert calls[-2:] == [(0, ()), (0, ())]  # no memo: no caching


_DATE_WORDS = (
    "since throughout over in during the past last previous two five weeks days of after for months years so "
    "far this month to date on May 23 23 May 2016 March 2013 late April mid- mid by June week Monday Tuesday "
    "morning night weekend at yesterday ago today tonight now until right from earlier later , ; : - – Jan. "
    "Sept. 1st 12th 12-14 and 1800 a ſince K"
).split()


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_DATE_WORDS) | st.text(max_size=4), max_size=14))
def test_date_scan_finds_what_the_full_regex_finds(words: list[str]) -> None:
    sentence = " ".join(words)
    assert [m.span() for m in _expressions(sentence)] == [m.span() for m in _EXPR.finditer(sentence)]


def test_date_scan_on_tricky_sentences() -> None:
    """Where a word starts an expression only before particular words, and where one candidate word
    is followed by another that starts an expression."""
    for sentence in ("12 to date, 30 were killed", "on 12 to 14 May", "12to 14 May 2016", "3 days ago",
                     "five days ago", "in the past two weeks", "in March 2013", "in 2015", "mid-April",
                     "mid April", "Monday night", "on Monday", "at the weekend", "the weekend", "of 2015",
                     "by June", "so far this year", "so far", "to date", "23 May 2016: 40 killed", "now",
                     "until now", "right now 5", "earlier today", "Sept. 12", "12th-14th June", "2nd and 3rd May"):
        assert [m.span() for m in _expressions(sentence)] == [m.span() for m in _EXPR.finditer(sentence)], sentence


def test_date_scan_on_generated_sentences() -> None:
    for article in generate_articles(40, seed=9):
        for sentence in re.split(r"(?<=[.!?])\s+|\n", article["text"]):
            assert [m.span() for m in _expressions(sentence)] == [m.span() for m in _EXPR.finditer(sentence)]


def test_anchored_dates_are_never_skipped_by_the_cheap_test() -> None:
    """document_anchors skips sentences without "on <month|day>"; every anchored explicit date has one."""
    pub = date(2016, 5, 24)
    for article in generate_articles(40, seed=9):
        for sentence in re.split(r"(?<=[.!?])\s+|\n", article["text"]):
            if any(h.anchored and h.kind == "explicit" for h in _hits(sentence, pub)):
                assert _ON_DATE.search(sentence), sentence


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(_DATE_WORDS) | st.text(max_size=4), max_size=14))
def test_anchored_dates_cheap_test_property(words: list[str]) -> None:
    sentence = " ".join(words)
    if any(h.anchored and h.kind == "explicit" for h in _hits(sentence, date(2016, 5, 24))):
        assert _ON_DATE.search(sentence)


# --------------------------------------------------------------------------- lexicon regexes as tries


def _flat_words(phrases: list[str], flags: int = re.IGNORECASE) -> re.Pattern[str]:
    """The lexicon regex as it was first written: a flat alternation, longest phrase first."""
    parts = sorted({p.strip() for p in phrases if p.strip()}, key=len, reverse=True)
    alternation = "|".join(r"\s+".join(re.escape(w) for w in p.split()) for p in parts)
    return re.compile(r"(?<![\w])(?:" + alternation + r")(?![\w])", flags)


def _lexicon_lists() -> dict[str, tuple[list[str], int]]:
    data = tomllib.loads(triggers.LEXICON_PATH.read_text(encoding="utf-8"))
    nouns = data["nouns"]
    lists = {
        "nouns": ([w for table in nouns.values() for w in (table["items"] if "items" in table else table)], re.I),
        "verbs": ([v for verbs in data["verbs"].values() for v in verbs], re.I),
        "sides": ([n for names in data["sides"].values() if isinstance(names, list) for n in names], re.I),
        "case_sensitive": ([n for names in data["sides"]["case_sensitive"].values() for n in names], 0),
    }
    for name, words in data["cues"].items():
        lists[f"cue {name}"] = (words, re.I)
    return lists


def test_trie_regexes_match_what_flat_alternations_match() -> None:
    rnd = random.Random(4)
    texts = [a["text"] for a in generate_articles(60, seed=13)] + [
        "Islamic State fighters and IS fighters; air strikes, airstrikes and an air  strike.",
        "REBELS said the regime's barrel-bombs killed civilians; car bombs and a car-bomb.",
    ]
    for name, (phrases, flags) in _lexicon_lists().items():
        flat, trie = _flat_words(phrases, flags), triggers.whole_words(phrases, flags)
        for text in texts:
            assert [m.span() for m in trie.finditer(text)] == [m.span() for m in flat.finditer(text)], name
            for _ in range(5):
                i = rnd.randrange(len(text))
                j = min(len(text), i + rnd.randrange(1, 120))
                for a, b in ((trie.search(text, i, j), flat.search(text, i, j)),
                             (trie.match(text, i, j), flat.match(text, i, j))):
                    assert (a and a.span()) == (b and b.span()), (name, text[i:j])


def test_trie_regex_prefers_the_longest_phrase_in_any_case() -> None:
    phrases = ["IS", "Islamic State", "islamic state fighters", "air strike", "air strikes"]
    for text in ("Islamic State fighters took it", "ISLAMIC STATE FIGHTERS", "two air  strikes", "IS fighters"):
        got = [m.group(0) for m in triggers.whole_words(phrases).finditer(text)]
        assert got == [m.group(0) for m in _flat_words(phrases).finditer(text)]
    assert triggers.whole_words(phrases).search("Islamic State fighters").group(0) == "Islamic State fighters"


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(["air", "strike", "strikes", "car", "bomb", "bombs", "IS", "is", "Islamic",
                                 "State", "fighters", "-", " ", "  ", "s"]) | st.text(max_size=3), max_size=12))
def test_trie_regex_property(words: list[str]) -> None:
    phrases = ["air strike", "air strikes", "airstrike", "car bomb", "car bombs", "IS", "Islamic State",
               "islamic state fighters", "is", "s"]
    text = " ".join(words)
    for flags in (re.I, 0):
        assert [m.span() for m in triggers.whole_words(phrases, flags).finditer(text)] == [
            m.span() for m in _flat_words(phrases, flags).finditer(text)]


# --------------------------------------------------------------------------- places


def _normalise_reference(text: str) -> tuple[str, list[int]]:
    """gazetteer.normalise as first written (a table per call), with every character's source offset."""
    text1 = gazetteer._POSSESSIVE.sub(" ", text)
    table = {ord(c): gazetteer._fold(c) for c in set(text1)}
    folded = text1.translate(table)
    offsets = []
    for i, c in enumerate(text1):
        offsets.extend([i] * len(table[ord(c)]))
    return folded, offsets


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from("aZ é'’s -–\u0130\u00dfﬁ\u0301Deir ez-Zor's"), max_size=30) | st.text(max_size=20))
def test_normalise_keeps_its_output_and_offsets(text: str) -> None:
    folded, offs = gazetteer.normalise(text)
    ref, ref_offs = _normalise_reference(text)
    assert folded == ref
    assert [offs[p] for p in range(len(folded))] == ref_offs


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["near", "in and near", "outskirts of", "rebel-held", "ISIS-controlled",
                                 "regime-held areas of", "eastern", "north", "northwest", "south-east",
                                 "central", "besieged", "the", "town", "of", "\n", "  "]), max_size=5),
       st.sampled_from([" ", "  ", "\n", "", " \n"]))
def test_place_prefix_is_only_skipped_where_it_cannot_match(words: list[str], gap: str) -> None:
    text = " ".join(words) + gap + "Aleppo"
    start = text.index("Aleppo")
    window = text[max(0, start - 40) : start]
    if placeextent._PREFIX.search(text, max(0, start - 40), start):
        assert window.rstrip().casefold().endswith(placeextent._PREFIX_ENDS)
