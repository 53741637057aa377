"""The synthetic demo corpus: reproducible, and rich enough to show disagreement between sources."""

from __future__ import annotations

import itertools
import json
import re
from collections import defaultdict
from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from counterclaim.corpus import (DEFAULT_DOCS, DEFAULT_SEED, DEMO_CORPUS, DEMO_INCIDENTS, OUTLETS,
                                 generate_articles, syp_per_usd, write_corpus)
from counterclaim.corpus_voices import count, when

KEYS = {"text", "title", "outlet", "published", "url"}
PLACES = ["Aleppo", "Douma", "Darayya", "Idlib", "Homs", "Hama", "Deir ez-Zor", "Raqqa", "Jableh", "Tartous",
          "Palmyra", "Daraa"]


@pytest.fixture(scope="module")
def corpus() -> list[dict]:
    return [json.loads(line) for line in DEMO_CORPUS.read_text(encoding="utf-8").splitlines()]


@pytest.fixture(scope="module")
def incidents() -> list[dict]:
    return [json.loads(line) for line in DEMO_INCIDENTS.read_text(encoding="utf-8").splitlines()]


def test_committed_corpus_is_what_the_generator_writes(tmp_path):
    out, key = tmp_path / "corpus.jsonl", tmp_path / "incidents.jsonl"
    assert write_corpus(out, DEFAULT_DOCS, seed=DEFAULT_SEED, incidents_out=key) == DEFAULT_DOCS
    assert out.read_bytes() == DEMO_CORPUS.read_bytes(), "regenerate: python -m counterclaim.corpus"
    assert key.read_bytes() == DEMO_INCIDENTS.read_bytes()


def test_same_seed_same_corpus_other_seed_other_corpus():
    a = list(generate_articles(50, seed=3))
    assert a == list(generate_articles(50, seed=3))
    assert a != list(generate_articles(50, seed=4))


def test_size_span_and_outlets(corpus):
    assert len(corpus) >= 200
    assert all(set(a) == KEYS and all(a[k] for k in KEYS) for a in corpus)
    days = [date.fromisoformat(a["published"]) for a in corpus]
    assert days == sorted(days)
    assert len({(d.year, d.month) for d in days}) >= 18
    assert len({a["outlet"] for a in corpus}) >= 6
    assert {a["outlet"] for a in corpus} <= {o.name for o in OUTLETS}
    assert len({a["url"] for a in corpus}) == len(corpus)
    assert len({a["text"] for a in corpus}) == len(corpus), "a repeated text would be one document"


def test_outlets_cover_the_leanings(corpus):
    leanings = {o.name: o.leaning for o in OUTLETS}
    seen = " | ".join(leanings[a["outlet"]] for a in corpus)
    for kind in ("state broadcaster", "pro-opposition", "monitoring group", "wire agency", "aggregator blog",
                 "social media"):
        assert kind in seen


def test_at_least_30_incidents_reported_by_several_outlets_with_different_numbers(corpus, incidents):
    by_url = {a["url"]: a for a in corpus}
    disputed = 0
    for inc in incidents:
        reports = [by_url[u] for u in inc["urls"]]
        outlets = {r["outlet"] for r in reports}
        numbers = {tuple(re.findall(r"\d[\d,]*", r["text"])) for r in reports}
        if len(outlets) >= 2 and len(numbers) >= 2:
            disputed += 1
    assert disputed >= 30


def test_real_places_and_the_kinds_of_claims_the_demo_needs(corpus):
    text = "\n".join(a["text"] for a in corpus)
    for place in PLACES:
        assert place in text, place
    for phrase in ("at least", "nearly", "dozens", "barrel bombs", "tanks", "to the dollar",
                   "the Syrian Observatory for Human Rights said", "state media reported", "according to activists",
                   "yesterday", "on Tuesday", "Leave a Comment"):
        assert phrase in text, phrase
    assert re.search(r"\b\d{3}:1\b", text), "an exchange rate written as a ratio"


def test_reader_comments_only_on_the_blog(corpus):
    with_comments = {a["outlet"] for a in corpus if "\nLeave a Comment\n" in a["text"]}
    assert with_comments == {"The Levant Ledger"}


def test_tolls_rise_over_days_of_updates(corpus):
    rises = [a for a in corpus if "rises to" in a["title"]]
    assert len(rises) >= 3
    for a in rises:
        new = int(re.search(r"rises to ([\d,]+)", a["title"]).group(1).replace(",", ""))
        old = int(re.search(r"up from ([\d,]+)", a["text"]).group(1).replace(",", ""))
        assert new > old
    # one outlet follows one incident over at least three days: 40 -> 78 -> 120
    chains = defaultdict(list)
    for a in corpus:
        m = re.search(r"from (\w+)'s attack in ([\w\- ]+?) rose", a["text"])
        if m:
            chains[(a["outlet"], m.group(2))].append(a["published"])
    assert any(len(set(days)) >= 2 for days in chains.values())


def test_exchange_rate_follows_a_plausible_path():
    assert syp_per_usd(date(2015, 1, 1)) < syp_per_usd(date(2016, 5, 5))
    assert all(150 < syp_per_usd(date(2015, 1, 1).replace(month=m)) < 700 for m in range(1, 13))


def test_the_generator_streams():
    """A corpus far too big to hold starts at once: nothing is built ahead of what is read."""
    first = list(itertools.islice(generate_articles(10_000_000), 5))
    assert len(first) == 5 and first[0]["published"] == "2015-01-01"


def test_larger_corpora_keep_their_shape():
    arts = list(generate_articles(2000, seed=11))
    assert len(arts) == 2000
    assert len({a["outlet"] for a in arts}) == len(OUTLETS)
    assert len({a["text"] for a in arts}) >= 1990


@settings(max_examples=25, deadline=None)
@given(n=st.integers(0, 150), seed=st.integers(0, 10_000))
def test_any_size_and_seed_gives_exactly_n_dated_documents(n, seed):
    arts = list(generate_articles(n, seed=seed))
    assert len(arts) == n
    assert [a["published"] for a in arts] == sorted(a["published"] for a in arts)
    assert all(a["text"].startswith(a["title"]) for a in arts)


@settings(max_examples=60, deadline=None)
@given(v=st.integers(1, 100_000), style=st.sampled_from(["exact", "at_least", "approx", "at_most", "vague",
                                                         "range", "plus"]), seed=st.integers(0, 100))
def test_count_phrases_carry_the_number_or_a_vague_word(v, style, seed):
    import random

    phrase = count(v, style, random.Random(seed))
    assert re.search(r"\d|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens|scores|hundreds|"
                     r"thousands", phrase)


@given(delta=st.integers(0, 30), seed=st.integers(0, 50))
@settings(max_examples=40, deadline=None)
def test_relative_dates_name_the_event_day(delta, seed):
    import random
    from datetime import timedelta

    event = date(2016, 3, 1) + timedelta(days=seed)
    phrase = when(event, event + timedelta(days=delta), random.Random(seed))
    day_name = event.strftime("%A")
    if delta == 0:
        assert phrase in ("today", "this morning", "earlier today", f"on {day_name}")
    elif delta == 1:
        assert phrase in ("yesterday", "yesterday evening", f"on {day_name}")
    elif delta < 7:
        assert phrase == f"on {day_name}"
    else:
        assert phrase == f"on {event.day} {event:%B}"


def test_no_sentence_comes_from_the_seeds(corpus, seeds):
    """The corpus is written by the project: no run of eight words is shared with a seed article."""
    def shingles(text: str) -> set[tuple[str, ...]]:
        words = re.findall(r"\w+", text.lower())
        return {tuple(words[i:i + 8]) for i in range(len(words) - 7)}

    ours = set().union(*(shingles(a["text"]) for a in corpus))
    for path in sorted(seeds.glob("*.txt")):
        assert not ours & shingles(path.read_text(encoding="utf-8")), path.name
