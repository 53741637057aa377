"""The warehouse the app serves, and a small result cache that survives a busy warehouse.

The pages' global callbacks need the reader of the app that was created;
`configure` sets it once per process. Results are cached per warehouse
version (the snapshot's identity, else the file's size and modification
time), so a page that asks again (the filter options on every page, the
Sources page as its minimum changes) does not query again, and when an ingest
holds the file the last good result is served with a notice instead of an
error.
"""

from __future__ import annotations

import os
import threading
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from warehouse.reader import WarehouseBusy, WarehouseReader


@dataclass
class AppState:
    db: Path | None = None
    demo: bool = False
    reader: WarehouseReader | None = None


STATE = AppState()
_CACHE: OrderedDict[tuple[Any, str], Any] = OrderedDict()
_STALE: dict[str, Any] = {}
_LOCK = threading.Lock()
CACHE_SIZE = 512
BUSY_MESSAGE = ("An ingest is writing to the warehouse right now: this shows the data as of the last finished "
                "ingest. Reload when it is done for fresh data.")

NOTHING_YET_MESSAGE = ("An ingest is writing the warehouse and there is no earlier data to show yet; "
                       "reload when it finishes.")


def configure(db: str | Path, demo: bool = False) -> None:
    STATE.db = Path(db)
    STATE.demo = demo
    try:  # a short wait: a page should say "busy" quickly rather than hang while an ingest writes
        STATE.reader = WarehouseReader(db, wait=2.0)  # type: ignore[call-arg]
    except TypeError:
        STATE.reader = WarehouseReader(db)
    with _LOCK:
        _CACHE.clear()
        _STALE.clear()


def clear_cache() -> None:
    """Forget cached results (the benchmark uses it to time cold queries)."""
    with _LOCK:
        _CACHE.clear()


def reader() -> WarehouseReader:
    if STATE.reader is None:
        raise RuntimeError("dashboard not configured: call dashboard.create_app(db) first")
    return STATE.reader


def version() -> tuple[Any, bool]:
    """(identity of the data being served, is an ingest writing right now?).

    The reader's status when it offers one (its read snapshot's identity);
    otherwise the warehouse file's size and modification time.
    """
    r = reader()
    status = getattr(r, "status", None)
    if status is not None:
        try:
            st = status()
            return st["version"], bool(st.get("writing"))
        except WarehouseBusy:
            return None, True
    out: list[int] = []
    for p in (STATE.db, Path(f"{STATE.db}.wal")):
        try:
            stat = os.stat(p)  # type: ignore[arg-type]
            out += [stat.st_size, stat.st_mtime_ns]
        except (OSError, TypeError):
            out += [0, 0]
    return tuple(out), False


class Busy(Exception):
    """The warehouse is being written and no earlier result is cached."""


def fetch(fn: Callable[..., Any], *args: Any, cache: bool = True, **kwargs: Any) -> tuple[Any, bool]:
    """(result of fn(reader, *args, **kwargs), busy?) — busy: an ingest is writing, so the result is
    from before it (the last read snapshot, or the last result cached before the warehouse got busy).

    Raises Busy when the warehouse is busy and nothing earlier can be shown for this call.
    """
    key = repr((fn.__module__, fn.__qualname__, args, sorted(kwargs.items())))
    ver, writing = version()
    if cache and ver is not None:
        with _LOCK:
            hit = _CACHE.get((ver, key), _MISSING)
            if hit is not _MISSING:
                _CACHE.move_to_end((ver, key))
                return hit, writing
    try:
        result = fn(reader(), *args, **kwargs)
    except WarehouseBusy:
        with _LOCK:
            stale = _STALE.get(key, _MISSING)
        if stale is _MISSING:
            raise Busy(NOTHING_YET_MESSAGE) from None
        return stale, True
    with _LOCK:
        if cache and ver is not None:
            _CACHE[(ver, key)] = result
            while len(_CACHE) > CACHE_SIZE:
                _CACHE.popitem(last=False)
        _STALE[key] = result
        while len(_STALE) > CACHE_SIZE:
            _STALE.pop(next(iter(_STALE)))
    return result, writing


_MISSING = object()
_POOL = None


def fetch_all(*calls: tuple[Callable[..., Any], tuple[Any, ...]]) -> list[tuple[Any, bool]]:
    """fetch() of several independent queries at once, in threads: DuckDB runs each query mostly on
    one core and releases the GIL, so a page's queries together take about as long as the slowest.
    Raises Busy if any of them does."""
    global _POOL
    from concurrent.futures import ThreadPoolExecutor

    if _POOL is None:
        _POOL = ThreadPoolExecutor(max_workers=4, thread_name_prefix="counterclaim-query")
    futures = [_POOL.submit(fetch, fn, *args) for fn, args in calls]
    return [f.result() for f in futures]
