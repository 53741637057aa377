"""The shortcuts of session 9's speed15 agree with the long way they replace (generated input; our own words).

- extract/classgates.py open_rules: classify (extract/classify.py) asks a gated rule only when the sentence opens it.
  The long way asks every rule (every gate open): the claims must be the same, on generated sentences made of the
  gates' own words and on generated reports. Each gated rule also answers "no" wherever its gate is shut.
  The gates that also read the number's phrase (read_hints, reread) are checked with it.
  The table is read fast (`open_rules_of`: one union of words per rule) and literally (`open_rules_long`).
- extract/classify.py classify: harm_of_no_war asked only for a measure of harm or "captured".
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from extract import classgates as G
from extract import classify as C
from extract import peacetolls as P
from extract.capacitylists import capacity_or_roll
from extract.claims import extract_claims
from extract.context import SENTENCE_TEXTS, Section, SentenceContext
from extract.notcounts import counts_nothing
from extract.numbers import find_quantities
from extract.ellipses import elliptic_kind
from extract.headrows import heading_row
from extract.labelrows import label_row
from extract.offcounts import off_the_war
from extract.phrasehints import read_hints
from extract.rereads import reread
from extract.phrase import read_phrase
from extract.sentences import split_sentences
from extract.vocab import MEASURES


def _gate_words() -> list[str]:
    """Every word of every gate of the table (sorted: the same draws on every run)."""
    out: set[str] = set()
    for alternatives in G._openers().values():
        for alt in alternatives:
            if isinstance(alt, str):
                out.add(alt)
            else:
                for need in alt:
                    out |= need or set()
    return sorted(out)


# Words of harm, people, places, numbers and marks around the gates' words (our own words).
_BASE = ["killed", "wounded", "captured", "were", "was", "the", "of", "their", "army", "rebels", "soldiers", "people",
         "civilians", "tanks", "fled", "in", "Aleppo", "Homs", "said", "40", "12", "1,200", "2200", "0715 hours",
         "3.5", "dozens", "about", "at least", "men", "hospital", "taken to", "killings", "of them", "including",
         "hostage", "paragraph", ":", "Deaths:", "a storm", "the club's casualty list", "in custody", "with wounds",
         "spoke to", "our trucks", "strong", "bodies", "fortune", "police forces", "war", "the war", "Syria",
         "of our trucks", "of our own vehicles", "Civilians killed:", "Soldiers wounded: 3\n", "Deaths: 14;", "KILLED",
         "were sentenced", "interviewed", "the bodies of", "found", "a search", "in hospital", "later died",
         "all of them", "dollar", "US$", "against the dollar", "hryvnias"]
_SEPARATORS = st.sampled_from([" ", " ", " ", ", ", ". ", "; ", "\n", ": ", " - "])


def _texts(words: list[str], size: int = 18) -> st.SearchStrategy[str]:
    """Texts of the given words and the separators between them."""
    return st.lists(st.tuples(st.sampled_from(words), _SEPARATORS), min_size=3, max_size=size).map(
        lambda pairs: "".join(w + s for w, s in pairs))


_WORDS = _BASE + _gate_words()


def _claims(text: str) -> list:
    """The claims of a text (records compared field by field)."""
    return list(extract_claims(text))


def _the_long_way(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every gate of classgates open: classify asks every rule, as before the gates."""
    monkeypatch.setattr(C, "open_rules", lambda ctx: G.every_rule())


@settings(max_examples=250, deadline=None)
@given(_texts(_WORDS))
def test_gates_change_no_claim(text: str) -> None:
    short = _claims(text)
    with pytest.MonkeyPatch.context() as mp:
        _the_long_way(mp)
        long = _claims(text)
    assert short == long


_REPORTS = [
    "Rebels said they killed 40 soldiers near Homs on Monday. The army put its losses at 12.",
    "Deaths: 14\nWounded: 30\nThe ministry said 1,200 people had fled the war in Syria.",
    "Our trucks, 12 of them, were held at the checkpoint. Investigators spoke to 30 villagers in Aleppo.",
    "The militia is holding 23 aid workers hostage. Some 400 fighters, a unit 150 strong, held the town.",
    "The club's casualty list grew to nine. Three prisoners died in custody in the city jail.",
    "A battalion of about 600 men defended the bridge; 19 killings of opposition supporters were recorded.",
    "The bus can carry up to 50 passengers, including 12 children. Paragraph 16 of the report counts 70 dead.",
]


@pytest.mark.parametrize("text", _REPORTS)
def test_gates_on_reports(text: str, monkeypatch: pytest.MonkeyPatch) -> None:
    short = _claims(text)
    _the_long_way(monkeypatch)
    assert short == _claims(text)


def test_gates_on_generated_reports(monkeypatch: pytest.MonkeyPatch) -> None:
    from counterclaim.corpus import generate_articles
    texts = [a["text"] for a in generate_articles(40, seed=15)]
    short = [_claims(t) for t in texts]
    assert any(short)  # (the reports hold claims: the comparison means something)
    _the_long_way(monkeypatch)
    assert short == [_claims(t) for t in texts]


def _numbers(text: str) -> list[tuple[SentenceContext, object]]:
    """(context, number) for every number of the text inside one sentence (as extract/claims.py asks: a number
    across a sentence boundary is no claim), in contexts without a memo."""
    spans = tuple(split_sentences(text, 0, len(text)))
    section = Section("body", 0, len(text))
    out = []
    for q in find_quantities(text):
        for i, (s, e) in enumerate(spans):
            if s <= q.char_start and q.char_end <= e:
                out.append((SentenceContext(text, spans, i, section, None, None), q))
    return out


@settings(max_examples=250, deadline=None)
@given(_texts(_WORDS, 12))
def test_a_shut_gate_is_a_no(text: str) -> None:
    """Where the sentence does not open a rule, the rule itself says no (the table holds its first tests)."""
    from extract.wordset import words_of
    for ctx, q in _numbers(text):
        opened = G.open_rules(ctx)
        words = words_of(ctx.sentence)
        if "counts_nothing" not in opened and "." not in q.surface and not ctx.text.startswith("-", q.char_end):
            assert not counts_nothing(ctx, q)  # (a hyphen after the number asks it too: "a three-member panel")
        if "table_row" not in opened:
            assert heading_row(ctx, q) is None and label_row(ctx, q) is None
        if "capacity_or_roll" not in opened:
            assert not capacity_or_roll(ctx, q, words)
        if "sport_news" not in opened:
            assert not P.sport_news(ctx, q, words)
        if "custody_deaths_in_peace" not in opened:
            assert not P.custody_deaths_in_peace(ctx)
        ph = read_phrase(ctx, q)
        if "off_the_war" not in opened:
            assert not off_the_war(ctx, q, ph, words)
        if "elliptic_kind" not in opened:
            assert elliptic_kind(ctx, q, ph, words, 0) is None
        if "read_hints" not in opened and ph.verb not in G.READ_HINTS_VERBS and ph.cls not in G.READ_HINTS_CLASSES:
            before = _fields(ph)
            read_hints(ctx, q, ph, words)
            assert _fields(ph) == before
        if "reread" not in opened and ph.cls not in ("toll", "homicide"):
            before = _fields(ph)
            reread(ctx, q, ph, words)
            assert _fields(ph) == before


def _fields(ph) -> tuple:
    """What the phrase says (to tell whether a rule changed it)."""
    return (ph.verb, ph.verb_side, ph.verb_start, ph.cls, ph.subject, ph.owner_cls, ph.np_end)


@settings(max_examples=300, deadline=None)
@given(_texts(_WORDS, 12))
def test_open_rules_of_is_the_table_read_literally(text: str) -> None:
    assert G.open_rules_of(text) == G.open_rules_long(text)


def test_open_rules_of_sentences() -> None:
    assert "off_the_war" in G.open_rules_of("Investigators spoke to 30 villagers.")
    assert "off_the_war" not in G.open_rules_of("Rebels killed 30 villagers.")
    assert "table_row" in G.open_rules_of("Wounded: 30")
    assert "table_row" not in G.open_rules_of("30 were wounded")
    assert "custody_deaths_in_peace" in G.open_rules_of("Three men died in police custody.")
    assert "capacity_or_roll" in G.open_rules_of("40 witnesses, among them 12 injured.")
    assert "capacity_or_roll" not in G.open_rules_of("40 witnesses and 12 injured.")  # (a roll word, no "among")
    assert G.open_rules_of("") == frozenset()


@settings(max_examples=200, deadline=None)
@given(_texts(_WORDS, 10))
def test_names_dollar_is_dollar_named(text: str) -> None:
    from extract.money import dollar_named
    spans = tuple(split_sentences(text, 0, len(text)))
    memo = {SENTENCE_TEXTS: [text[s:e] for s, e in spans]}
    for i in range(len(spans)):
        ctx = SentenceContext(text, spans, i, Section("body", 0, len(text)), None, None, memo)
        assert G.names_dollar(ctx) == dollar_named(ctx.sentence) == G.names_dollar(ctx)


def test_open_rules_per_sentence_is_the_same() -> None:
    text = "Investigators spoke to 30 villagers. Deaths: 14"
    spans = tuple(split_sentences(text, 0, len(text)))
    memo = {SENTENCE_TEXTS: [text[s:e] for s, e in spans]}
    for i in range(len(spans)):
        ctx = SentenceContext(text, spans, i, Section("body", 0, len(text)), None, None, memo)
        assert G.open_rules(ctx) == G.open_rules_of(ctx.sentence) == G.open_rules(ctx)


@settings(max_examples=200, deadline=None)
@given(_texts(_WORDS, 10), st.sampled_from(sorted(MEASURES)))
def test_harm_of_no_war_only_for_harm(text: str, measure: str) -> None:
    """classify skips harm_of_no_war for a measure neither of harm nor "captured": there it is always False."""
    if measure in P._HARM_MEASURES or measure == "captured":
        return
    for ctx, q in _numbers(text):
        assert not P.harm_of_no_war(ctx, q, measure, "people")
