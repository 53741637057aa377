"""`counterclaim ingest` while `counterclaim serve` serves the same warehouse: both keep working.

Real subprocesses, real files: the dashboard reads the published snapshot (warehouse/reader.py) and never
holds the main file, so the ingest never waits for it; the ingest replaces the snapshot atomically, so a page
never sees half a warehouse.
"""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest
from warehouse_factory import articles, write_jsonl

from warehouse import ingest
from warehouse.reader import WarehouseReader, snapshot_path
from warehouse.store import WarehouseBusy

pytestmark = pytest.mark.slow
CLI = str(Path(sys.executable).parent / "counterclaim")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def http(url: str, payload: dict | None = None, timeout: float = 60) -> tuple[int, bytes]:
    data = json.dumps(payload).encode() if payload is not None else None
    req = urllib.request.Request(url, data=data, headers={"Content-Type": "application/json"})
    with urllib.request.urlopen(req, timeout=timeout) as r:
        return r.status, r.read()


def wait_for_server(url: str, proc: subprocess.Popen) -> None:
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise AssertionError(f"server exited with {proc.returncode}")
        try:
            http(url, timeout=5)
            return
        except OSError:
            time.sleep(0.2)
    raise AssertionError("server did not start")


def page_requests(base: str) -> list[tuple[str, dict | None]]:
    """GET the shell and layout, and POST Dash's page-routing callback for each page (it builds the page's
    content on the server, which reads the warehouse)."""
    deps = json.loads(http(base + "/_dash-dependencies")[1])
    route = next(d for d in deps if not d.get("clientside_function")
                 and any(i["id"] == "_pages_location" for i in d["inputs"]))
    reqs: list[tuple[str, dict | None]] = [(base + "/", None), (base + "/_dash-layout", None)]
    for path in ("/", "/incidents", "/sources", "/claims", "/exchange-rate"):
        values = {"pathname": path, "search": "", "hash": "", "href": base + path}
        payload = {
            "output": route["output"],
            "outputs": [{"id": o.split(".")[0], "property": o.split(".")[-1]}
                        for o in route["output"].strip(".").split("...")] if "..." in route["output"]
            else {"id": route["output"].split(".")[0], "property": route["output"].split(".")[-1]},
            "inputs": [dict(i, value=values.get(i["property"])) for i in route["inputs"]],
            "state": [dict(s, value=None) for s in route.get("state", [])],
            "changedPropIds": ["_pages_location.pathname"],
        }
        reqs.append((base + "/_dash-update-component", payload))
    return reqs


def test_ingest_while_serving(tmp_path):
    db = tmp_path / "w.duckdb"
    ingest([write_jsonl(tmp_path / "first.jsonl", articles(20, seed=1))], db)
    big = write_jsonl(tmp_path / "more.jsonl", articles(400, seed=2))
    port = free_port()
    log = (tmp_path / "server.log").open("w")  # a file, not a pipe: request logs would fill a pipe and block
    server = subprocess.Popen([CLI, "serve", "--db", str(db), "--port", str(port)],
                              stdout=log, stderr=subprocess.STDOUT, text=True)
    try:
        base = f"http://127.0.0.1:{port}"
        wait_for_server(base + "/", server)
        requests = page_requests(base)
        env = dict(os.environ, COUNTERCLAIM_INGEST_BATCH="10")
        writer = subprocess.Popen([CLI, "ingest", str(big), "--db", str(db)], env=env,
                                  stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        reader = WarehouseReader(db, refresh_every=0)
        served = 0
        counts = []
        while writer.poll() is None or served < 2 * len(requests):
            for url, payload in requests:
                status, body = http(url, payload)
                assert status == 200 and body, url
                served += 1
            counts.append(reader.query("SELECT count(*) AS n FROM documents")[0]["n"])
        out, err = writer.communicate(timeout=600)
        assert writer.returncode == 0, err
        assert "400 new" in out
        assert counts == sorted(counts) and counts[0] >= 20  # never half a warehouse, never going back
        assert reader.query("SELECT count(*) AS n FROM documents")[0]["n"] == 420  # the new snapshot is read
        for url, payload in requests:  # and the server still serves, now over the new snapshot
            assert http(url, payload)[0] == 200
        assert server.poll() is None
    finally:
        server.terminate()
        try:
            server.wait(timeout=30)
        except subprocess.TimeoutExpired:
            server.kill()
        log.close()


def test_ingest_waits_boundedly_then_names_the_holder(tmp_path):
    db = tmp_path / "w.duckdb"
    ingest([write_jsonl(tmp_path / "a.jsonl", articles(3))], db)
    holder = subprocess.Popen([sys.executable, "-c", "import duckdb, sys; c = duckdb.connect(sys.argv[1]); "
                               "print('held', flush=True); sys.stdin.read()", str(db)],
                              stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "held"
        env = dict(os.environ, COUNTERCLAIM_LOCK_WAIT="1")
        run = subprocess.run([CLI, "ingest", str(tmp_path / "a.jsonl"), "--db", str(db)], env=env,
                             capture_output=True, text=True, timeout=120)
        assert run.returncode != 0
        assert f"is held by process {holder.pid}" in run.stderr and "waited 1 s" in run.stderr
        assert "Traceback" not in run.stderr
        # A reader with no snapshot yet cannot make one while the file is held: a clear WarehouseBusy.
        snapshot_path(db).unlink()
        with pytest.raises(WarehouseBusy, match="has no read snapshot yet"):
            WarehouseReader(db, wait=0.5).query("SELECT 1")
    finally:
        holder.stdin.close()
        holder.wait(timeout=30)
    # Once it is free, the reader publishes the snapshot itself.
    assert WarehouseReader(db).query("SELECT count(*) AS n FROM documents") == [{"n": 3}]
    assert snapshot_path(db).exists()


def test_reader_refreshes_a_stale_snapshot_after_a_crashed_writer(tmp_path):
    """A writer that died before publishing leaves the main file newer than the snapshot: the reader
    notices and publishes a fresh one (with the write-ahead log applied)."""
    db = tmp_path / "w.duckdb"
    ingest([write_jsonl(tmp_path / "a.jsonl", articles(3))], db)
    reader = WarehouseReader(db, refresh_every=0)
    assert reader.query("SELECT count(*) AS n FROM documents") == [{"n": 3}]
    code = ("import sys; from warehouse.ingest import ingest; import os; "
            "ingest([sys.argv[1]], sys.argv[2], publish=False); os._exit(0)")
    subprocess.run([sys.executable, "-c", code, str(write_jsonl(tmp_path / "b.jsonl", articles(4, seed=5))),
                    str(db)], check=True, timeout=300)
    assert reader.query("SELECT count(*) AS n FROM documents") == [{"n": 7}]
    assert reader.status()["writing"] is False
