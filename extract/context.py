"""What each stage of claim extraction sees: a sentence in its document.

`SentenceContext.memo` is a per-document cache the orchestrator (extract/claims.py)
creates for each call of extract_claims and shares between all the contexts of that
document: a stage helper that depends only on the sentence (not on the number) is
decorated with `per_sentence` and computed once per sentence instead of once per claim.
A context built without a memo (tests, direct stage calls) computes everything afresh.
"""

from __future__ import annotations

import functools
import inspect
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from typing import Any, TypeVar


@dataclass(frozen=True, slots=True)
class Section:
    """A stretch of the document with one role: headline, body, update, excerpt or comment.

    `voice` is who speaks when nobody is named: the excerpt's outlet for an
    excerpt, "reader comment" for comments, None for the document's outlet.
    """

    kind: str
    start: int
    end: int
    voice: str | None = None


@dataclass(frozen=True, slots=True)
class SentenceContext:
    """One sentence, with the document around it for stages that look further."""

    text: str  # the whole document
    sentences: tuple[tuple[int, int], ...]  # every sentence's (start, end) in the document, in order
    index: int  # position of this sentence in `sentences`
    section: Section
    published: date | None
    outlet: str | None
    # Per-document cache shared by every context of one extract_claims call (None: no caching).
    memo: dict | None = field(default=None, compare=False, repr=False)
    # Worked out once at construction (read many times per number by the stages, a slot is the fastest read):
    start: int = field(init=False, compare=False, repr=False)  # this sentence's offsets in the document
    end: int = field(init=False, compare=False, repr=False)
    sentence: str = field(init=False, compare=False, repr=False)  # its text
    # This sentence's share of `memo`, where per_sentence keeps its answers (None until the first is kept, and
    # without a memo): keyed by the helper alone, a lookup hashes no tuple (~34 asks a document, most once a number).
    cache: dict | None = field(init=False, compare=False, repr=False)
    texts: list | None = field(init=False, compare=False, repr=False)  # memo[SENTENCE_TEXTS], or None (neighbour)

    def __post_init__(self) -> None:
        s, e = self.sentences[self.index]
        memo = self.memo
        texts = memo.get(SENTENCE_TEXTS) if memo is not None else None
        sentence = texts[self.index] if texts is not None else self.text[s:e]
        setattr_ = object.__setattr__  # (the class is frozen)
        setattr_(self, "texts", texts)
        setattr_(self, "start", s)
        setattr_(self, "end", e)
        setattr_(self, "sentence", sentence)
        setattr_(self, "cache", None)  # (made by the first per_sentence helper asked: `_sentence_cache`)

    def neighbour(self, offset: int) -> str:
        """The sentence `offset` places away ("" past either end)."""
        i = self.index + offset
        texts = self.texts
        if texts is not None:
            return texts[i] if 0 <= i < len(texts) else ""
        if 0 <= i < len(self.sentences):
            s, e = self.sentences[i]
            return self.text[s:e]
        return ""


# The memo's entry holding every sentence's text, in order (set by the orchestrator).
SENTENCE_TEXTS = "sentence texts"
_SENTENCE_CACHE = "per sentence"  # the first item of the key of each sentence's share of the memo


def _sentence_cache(ctx: SentenceContext) -> dict | None:
    """The context's share of its memo (None without a memo), made on first use and shared by every context of the
    same sentence (`replace(ctx, index=i)` makes another), kept in the context's `cache` slot."""
    memo = ctx.memo
    if memo is None:
        return None
    key = (_SENTENCE_CACHE, ctx.index)
    cache = memo.get(key)
    if cache is None:
        cache = memo[key] = {}
    object.__setattr__(ctx, "cache", cache)  # (the class is frozen)
    return cache


F = TypeVar("F", bound=Callable[..., Any])
_ABSENT = object()  # what memo.get gives for a key not yet worked out (a result may be None)


def per_sentence(fn: F) -> F:
    """Memoise `fn(ctx, *args)` per sentence of a document in `ctx.memo`.

    Only for helpers whose result depends on nothing but the context's document, sentence,
    section, published date and outlet (and the extra hashable `args`), and whose result
    callers never mutate. Without a memo the call goes straight through.
    """

    code = fn.__code__
    if code.co_argcount == 1 and not code.co_flags & inspect.CO_VARARGS:  # fn(ctx), as every helper so far

        @functools.wraps(fn)
        def wrapper(ctx: SentenceContext) -> Any:
            cache = ctx.cache
            if cache is None and (cache := _sentence_cache(ctx)) is None:
                return fn(ctx)
            got = cache.get(fn, _ABSENT)  # (not cache[fn] in a try: a first ask, as frequent as a hit, raised KeyError)
            if got is _ABSENT:
                got = cache[fn] = fn(ctx)
            return got

    else:

        @functools.wraps(fn)
        def wrapper(ctx: SentenceContext, *args: Any) -> Any:
            cache = ctx.cache
            if cache is None and (cache := _sentence_cache(ctx)) is None:
                return fn(ctx, *args)
            key = (fn, args)
            got = cache.get(key, _ABSENT)
            if got is _ABSENT:
                got = cache[key] = fn(ctx, *args)
            return got

    wrapper.uncached = fn  # type: ignore[attr-defined]  # for tests comparing the two paths
    return wrapper  # type: ignore[return-value]


def per_document(fn: F) -> F:
    """Memoise `fn(ctx)` once per document in `ctx.memo`: for helpers that read the whole document (its text,
    sentences, published date and outlet) and give the same answer for each of its sentences, which callers never
    mutate. Without a memo the call goes straight through."""

    @functools.wraps(fn)
    def wrapper(ctx: SentenceContext) -> Any:
        memo = ctx.memo
        if memo is None:
            return fn(ctx)
        got = memo.get(fn, _ABSENT)
        if got is _ABSENT:
            got = memo[fn] = fn(ctx)
        return got

    wrapper.uncached = fn  # type: ignore[attr-defined]  # for tests comparing the two paths
    return wrapper  # type: ignore[return-value]


def memo_list(maxsize: int = 4096) -> Callable[[F], F]:
    """Cache a pure function of strings and numbers that returns a list; every caller gets its own copy.

    For per-sentence analyses asked for once per number of the sentence (extract/cues.py,
    extract/triggers.py). The items must be immutable.
    """

    def decorate(fn: F) -> F:
        cached = functools.lru_cache(maxsize=maxsize)(lambda *args: tuple(fn(*args)))

        @functools.wraps(fn)
        def wrapper(*args: Any) -> list:
            return list(cached(*args))

        wrapper.uncached = fn  # type: ignore[attr-defined]
        wrapper.cache_clear = cached.cache_clear  # type: ignore[attr-defined]
        return wrapper  # type: ignore[return-value]

    return decorate
