"""Per-document analysis (language, claims) and running it on all cores during ingest.

`analyse_text` is pure (text in, language and claims out) and never touches
the database, so ingest can run it in worker processes while the main
process keeps reading files and writing batches (DuckDB allows one writer;
workers never open the warehouse).

The pool (`Extractor`) uses the spawn start method: a worker is a fresh
interpreter, so it inherits neither the parent's open DuckDB file nor its
threads. A worker asks the kernel to kill it when the ingest process dies
(PR_SET_PDEATHSIG on Linux; elsewhere a watchdog thread polls the parent), so a
killed ingest leaves no orphans. Work is submitted in small chunks and at most
`max_pending` documents are in flight, which bounds memory whatever the corpus
size; results come back in submission order.

Language: documents are identified with py3langid (a maintained fork of
langid.py: a small bundled model, no download, ~97 languages). Text that is
confidently not English is stored with its language and no claims, since the
extractor's rules are English; text too short to tell ('und') is read as
English.
"""

from __future__ import annotations

import os
import sys
import threading
import time
from collections import deque
from collections.abc import Callable, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from datetime import date
from functools import lru_cache

from extract import extract_claims
from extract.records import Claim

CLAIM_LANGUAGES = {"en", "und"}
MIN_LETTERS_FOR_LANGUAGE = 40
CHUNK_DOCS = 8  # documents per task: small enough to spread a batch over every worker
POOL_MIN_DOCS = 64  # fewer documents to extract than this: not worth starting worker processes

# (language, claims, warnings) on success; an error message otherwise
Analysis = tuple[str, list[Claim], list[str]]
Job = tuple[str, date | None, str | None]  # (text, published, outlet)


@lru_cache(maxsize=1)
def _identifier():
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def detect_language(text: str) -> str:
    """ISO 639-1 code of the text's language; 'und' when it has too few letters or the guess is unsure."""
    sample = text[:5000]
    letters = [ch for ch in sample if ch.isalpha()]
    if len(letters) < MIN_LETTERS_FOR_LANGUAGE:
        return "und"
    lang, prob = _identifier().classify(sample)
    if lang == "en":
        return "en"
    latin = sum(ch.isascii() for ch in letters) / len(letters)
    # Mostly non-Latin letters cannot be English, however unsure the model is about which language it is.
    return lang if prob >= 0.9 or latin < 0.5 else "und"


def analyse_text(text: str, published: date | None, outlet: str | None) -> Analysis:
    """The text's language, its claims (English, or too short to tell, only) and what to warn about."""
    language = detect_language(text)
    if language in CLAIM_LANGUAGES:
        return language, extract_claims(text, published=published, outlet=outlet), []
    return language, [], [f"language {language!r}: stored without claims (the extractor reads English only)"]


def _analyse_chunk(jobs: Sequence[Job]) -> list[Analysis | str]:
    """Worker task: analyse each job; an exception on one text becomes its error message."""
    out: list[Analysis | str] = []
    for text, published, outlet in jobs:
        try:
            out.append(analyse_text(text, published, outlet))
        except Exception as e:  # noqa: BLE001 - an extractor bug on one text must not stop the rest
            out.append(f"extraction failed ({type(e).__name__}: {e})")
    return out


def _die_with_parent(parent: int) -> None:
    """Worker initialiser: exit as soon as the ingest process `parent` is gone (never outlive it)."""
    _identifier()  # load the language model once per worker
    from warehouse.gcbatch import batch_process

    batch_process()  # a worker runs many documents: the collector's settings for a batch (warehouse/gcbatch.py)
    if sys.platform.startswith("linux"):
        try:
            import ctypes
            import signal

            libc = ctypes.CDLL("libc.so.6", use_errno=True)
            libc.prctl(1, int(signal.SIGKILL))  # PR_SET_PDEATHSIG: the kernel kills us when the parent dies
            if os.getppid() != parent:  # it died before prctl took effect
                os._exit(1)
            return
        except (OSError, AttributeError):
            pass

    def watch() -> None:
        while True:
            time.sleep(0.5)
            if os.getppid() != parent:
                os._exit(1)

    threading.Thread(target=watch, daemon=True).start()


class Extractor:
    """Analyses documents in `workers` processes (in this process for workers <= 1) and hands each result to
    `on_result(key, Analysis | error message)` in submission order.

    At most `max_pending` documents are in flight: submit() blocks on the oldest chunk beyond that, which
    bounds memory whatever the corpus size. The pool starts only once POOL_MIN_DOCS documents have been
    submitted, so a small ingest never pays for starting processes. If a worker dies (out of memory, say),
    its chunk and the rest are analysed in this process and `note` says so.
    """

    def __init__(self, workers: int, on_result: Callable[[object, Analysis | str], None],
                 max_pending: int | None = None) -> None:
        self.workers = max(1, int(workers))
        self.on_result = on_result
        self.max_pending = max_pending or 4 * CHUNK_DOCS * self.workers
        self.note: str | None = None
        self._pool: ProcessPoolExecutor | None = None
        self._queued: list[tuple[object, Job]] = []
        self._inflight: deque[tuple[list[object], list[Job], Future | None]] = deque()
        self._pending = 0
        self._submitted = 0

    def submit(self, key: object, job: Job) -> None:
        self._queued.append((key, job))
        self._pending += 1
        self._submitted += 1
        if len(self._queued) >= CHUNK_DOCS:
            self._send()
        while self._pending > self.max_pending and self._inflight:
            self._collect()

    def flush(self) -> None:
        """Wait for every document submitted so far."""
        self._send()
        while self._inflight:
            self._collect()

    def close(self) -> None:
        """Stop the workers (after the current chunks; queued ones are cancelled)."""
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)
            self._pool = None

    def _send(self) -> None:
        if not self._queued:
            return
        keys, jobs = [k for k, _ in self._queued], [j for _, j in self._queued]
        self._queued = []
        pool = self._ensure_pool()
        self._inflight.append((keys, jobs, pool.submit(_analyse_chunk, jobs) if pool else None))
        if pool is None:
            self._collect()

    def _ensure_pool(self) -> ProcessPoolExecutor | None:
        if self.workers <= 1 or self.note:
            return None
        if self._pool is None and self._submitted >= POOL_MIN_DOCS:
            import multiprocessing

            self._pool = ProcessPoolExecutor(self.workers, mp_context=multiprocessing.get_context("spawn"),
                                             initializer=_die_with_parent, initargs=(os.getpid(),))
        return self._pool

    def _collect(self) -> None:
        keys, jobs, future = self._inflight.popleft()
        results = None
        if future is not None:
            try:
                results = future.result()
            except BrokenProcessPool as e:
                self.note = f"worker processes stopped ({e or 'a worker died'}); the rest was extracted in the ingest process"
                self.close()
        if results is None:
            results = _analyse_chunk(jobs)
        self._pending -= len(keys)
        for key, result in zip(keys, results):
            self.on_result(key, result)
