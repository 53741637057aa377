"""SIGKILL a real `counterclaim ingest` in the middle of a large batch: the warehouse opens, holds only whole
documents, and running the same command again completes the rest."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import duckdb
import pytest
from warehouse_factory import articles, write_jsonl

from extract import extract_claims
from warehouse.store import Document, _claim_rows

pytestmark = pytest.mark.slow

N_DOCS = 600
CLI = [str(Path(sys.executable).parent / "counterclaim")]


def start_ingest(src: Path, db: Path) -> subprocess.Popen:
    env = dict(os.environ, COUNTERCLAIM_INGEST_BATCH="10")
    return subprocess.Popen(CLI + ["ingest", str(src), "--db", str(db), "--workers", "2"], env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def descendants(pid: int) -> set[int]:
    """Every live process below `pid` (Linux /proc): the extraction workers and their helpers."""
    children: dict[int, list[int]] = {}
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        children.setdefault(int(fields[1]), []).append(int(stat.parent.name))
    out, todo = set(), [pid]
    while todo:
        for child in children.get(todo.pop(), []):
            out.add(child)
            todo.append(child)
    return out


def alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state not in ("Z", "X")


def kill_after_some_commits(proc: subprocess.Popen, db: Path, wal_bytes: int) -> set[int]:
    """SIGKILL once the write-ahead log shows committed batches (bounded wait; no timing is asserted); returns
    the processes the ingest had started."""
    wal = Path(f"{db}.wal")
    deadline = time.monotonic() + 300
    while proc.poll() is None and time.monotonic() < deadline:
        if wal.exists() and wal.stat().st_size >= wal_bytes:
            break
        time.sleep(0.02)
    workers = descendants(proc.pid)
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=60)
    return workers


def assert_no_orphans(workers: set[int]) -> None:
    """The ingest's worker processes die with it (bounded wait for the kernel to deliver the signal)."""
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline and any(alive(p) for p in workers):
        time.sleep(0.1)
    assert not [p for p in workers if alive(p)], "worker processes outlived the killed ingest"


def check_whole_documents(db: Path) -> int:
    """Every stored document has exactly the claims its text gives, none is orphaned; returns documents."""
    with duckdb.connect(str(db), read_only=True) as con:
        docs = con.execute("SELECT doc_id, path, text, outlet, title, published, language FROM documents").fetchall()
        stored = {}
        for doc_id, claim_id in con.execute("SELECT doc_id, claim_id FROM claims").fetchall():
            stored.setdefault(doc_id, set()).add(claim_id)
        orphans = con.execute("SELECT count(*) FROM claims WHERE doc_id NOT IN (SELECT doc_id FROM documents)"
                              ).fetchall()[0][0]
        unpathed = con.execute("SELECT count(*) FROM documents WHERE doc_id NOT IN (SELECT doc_id FROM paths)"
                               ).fetchall()[0][0]
    assert orphans == 0 and unpathed == 0
    for doc_id, path, text, outlet, title, published, language in docs:
        claims = extract_claims(text, published=published, outlet=outlet)
        want = {r["claim_id"] for r in _claim_rows(Document(doc_id, path, text, outlet, title, published, language,
                                                            claims))}
        assert stored.get(doc_id, set()) == want, path
    return len(docs)


def test_sigkill_mid_ingest_keeps_whole_documents_and_rerun_completes(tmp_path):
    src = write_jsonl(tmp_path / "big.jsonl", articles(N_DOCS, seed=11))
    db = tmp_path / "w.duckdb"

    proc = start_ingest(src, db)
    workers = kill_after_some_commits(proc, db, wal_bytes=150_000)
    assert proc.returncode == -signal.SIGKILL
    assert workers, "the ingest ran no worker processes (expected --workers default = all cores)"
    assert_no_orphans(workers)
    first = check_whole_documents(db)
    assert 0 < first < N_DOCS, f"the kill landed outside the ingest ({first} of {N_DOCS} stored)"

    # Killed again while re-running: still whole documents, and more of them.
    proc = start_ingest(src, db)
    kill_after_some_commits(proc, db, wal_bytes=Path(f"{db}.wal").stat().st_size + 150_000
                            if Path(f"{db}.wal").exists() else 150_000)
    second = check_whole_documents(db)
    print(f"stored after first kill: {first}, after second: {second} of {N_DOCS}")
    assert first <= second <= N_DOCS

    done = subprocess.run(CLI + ["ingest", str(src), "--db", str(db)], capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr
    assert f"{N_DOCS - second} new, {second} unchanged, 0 rejected" in done.stdout
    assert check_whole_documents(db) == N_DOCS
