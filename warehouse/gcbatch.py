"""The garbage collector's settings for a run over many documents (`counterclaim bench`, `counterclaim ingest`).

The extractor allocates many short-lived records per number and keeps large long-lived tables (the gazetteer,
the lexicon, compiled patterns, lru caches). With Python's defaults a generation-0 collection runs every 700 net
allocations and now and then a full one walks every one of those tables. `batch_gc` moves what exists when it is
entered (the tables, once loaded by a warm-up) out of the collector's sight (gc.freeze) and raises the generation-0
threshold, for the length of the run; the settings are put back after. The extractor itself never touches the
collector: importing `extract` changes nothing.

Measured (session 13, speed24) over the 2,000 documents of `counterclaim bench`, the collector's own time by
gc.callbacks, CPU seconds: 0.16 s of 5.2 s with the defaults (60 generation-0, 6 generation-1 and one full
collection), 0.04 s with batch_gc (4 generation-0 collections); over the 127 held-out reports 0.025 s -> 0.012 s.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager

GEN0_THRESHOLD = 10_000  # net allocations between generation-0 collections (Python's default: 700)


@contextmanager
def batch_gc(gen0: int = GEN0_THRESHOLD) -> Iterator[None]:
    """For the block: what exists now frozen (after one collection) and generation 0 collected every `gen0` net
    allocations. Enter it after a warm-up, so the loaded tables are among what is frozen."""
    old = gc.get_threshold()
    was_frozen = gc.get_freeze_count()
    batch_process(gen0)
    try:
        yield
    finally:
        gc.set_threshold(*old)
        if not was_frozen:  # (someone else's freeze is theirs to undo)
            gc.unfreeze()


def batch_process(gen0: int = GEN0_THRESHOLD) -> None:
    """The settings of batch_gc for the rest of a process whose whole life is the batch (an ingest worker,
    warehouse/analysis.py): nothing to put back."""
    gc.collect()
    gc.freeze()
    gc.set_threshold(gen0, *gc.get_threshold()[1:])
