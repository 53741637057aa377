"""Shared helpers for the browser tests: a real `counterclaim serve` subprocess and headless Chromium.

Nothing is mocked: the server is the console script on a free port over a
warehouse file built by the test, and the browser is Debian's Chromium
driven by Playwright. Each page records console errors, failed requests and
every URL requested (to prove the app works offline).
"""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlparse

REPO = Path(__file__).resolve().parent.parent
SCREENSHOTS = REPO / "test-output" / "screenshots"
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                 "--disable-sync"]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@dataclass
class Server:
    url: str
    process: subprocess.Popen
    log: Path


@contextmanager
def serve(db: Path, *, timeout: float = 120.0, extra_args: list[str] | None = None, command: str = "serve"
          ) -> Iterator[Server]:
    """`counterclaim serve --db DB --port FREE` (or `demo`) as a subprocess, ready when its page answers."""
    port = free_port()
    log = Path(db).with_suffix(f".serve-{port}.log")
    exe = Path(sys.executable).with_name("counterclaim")
    cmd = [str(exe) if exe.exists() else sys.executable, *([] if exe.exists() else ["-m", "counterclaim.cli"]),
           command, "--db", str(db), "--port", str(port), *(extra_args or [])]
    with open(log, "wb") as out:
        proc = subprocess.Popen(cmd, stdout=out, stderr=subprocess.STDOUT, cwd=REPO, start_new_session=True,
                                env={**os.environ, "PYTHONUNBUFFERED": "1"})
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + timeout
        while True:
            if proc.poll() is not None:
                raise RuntimeError(f"server exited with {proc.returncode}:\n{log.read_text()}")
            try:
                with urllib.request.urlopen(url + "/_dash-layout", timeout=2) as r:
                    if r.status == 200:
                        break
            except OSError:
                pass
            if time.monotonic() > deadline:
                raise TimeoutError(f"server did not start in {timeout}s:\n{log.read_text()}")
            time.sleep(0.25)
        yield Server(url, proc, log)
    finally:
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGTERM)
            try:
                proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                os.killpg(proc.pid, signal.SIGKILL)
                proc.wait()


@dataclass
class PageLog:
    console_errors: list[str] = field(default_factory=list)
    page_errors: list[str] = field(default_factory=list)
    failed: list[str] = field(default_factory=list)
    requests: list[str] = field(default_factory=list)

    def external(self, base: str) -> list[str]:
        """Requested URLs that do not go to the app's own host (a CDN, fonts, analytics...)."""
        host = urlparse(base).netloc
        return [u for u in self.requests
                if urlparse(u).scheme in ("http", "https", "ws", "wss") and urlparse(u).netloc != host]

    def assert_clean(self, base: str) -> None:
        assert not self.console_errors, f"console errors: {self.console_errors}"
        assert not self.page_errors, f"page errors: {self.page_errors}"
        assert not self.failed, f"failed requests: {self.failed}"
        assert not self.external(base), f"external requests: {self.external(base)}"


@contextmanager
def chromium() -> Iterator[object]:
    """A headless Chromium browser (Playwright driving /usr/bin/chromium)."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True)
        try:
            yield browser
        finally:
            browser.close()


def open_page(browser, *, width: int = 1400, height: int = 1000, downloads: bool = False):
    """A new page in its own context, with its PageLog as `page.log`."""
    context = browser.new_context(viewport={"width": width, "height": height}, accept_downloads=downloads)
    page = context.new_page()
    log = PageLog()
    page.on("console", lambda m: log.console_errors.append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda e: log.page_errors.append(str(e)))
    page.on("requestfailed", lambda r: log.failed.append(f"{r.url}: {r.failure}")
            if "_dash-update-component" not in r.url or r.failure != "net::ERR_ABORTED" else None)
    page.on("request", lambda r: log.requests.append(r.url))
    page.log = log
    page.set_default_timeout(30_000)
    return page


def wait_ready(page, selector: str = "#_pages_content") -> None:
    """Wait until Dash rendered the page and no callback is pending."""
    page.wait_for_selector(selector, state="attached")
    page.wait_for_function(
        "() => !document.querySelector('[data-dash-is-loading=\"true\"]') && "
        "document.title.indexOf('Updating') < 0", timeout=30_000)
    page.wait_for_timeout(300)


def screenshot(page, name: str) -> Path:
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    path = SCREENSHOTS / f"{name}.png"
    page.screenshot(path=str(path), full_page=True)
    return path


def figure_traces(page, graph_id: str) -> list[dict]:
    """The traces Plotly drew in the graph `graph_id`: meta, name, x and y of each."""
    return page.evaluate(
        """(id) => { const el = document.querySelector('#' + CSS.escape(id) + ' .js-plotly-plot');
            if (!el || !el.data) return [];
            return el.data.map(t => ({meta: t.meta ?? null, name: t.name ?? null, type: t.type,
                                      x: Array.from(t.x ?? []), y: Array.from(t.y ?? []),
                                      base: t.base ? Array.from(t.base) : null})); }""",
        graph_id)


def wait_for_traces(page, graph_id: str, min_traces: int = 1) -> list[dict]:
    page.wait_for_function(
        """([id, n]) => { const el = document.querySelector('#' + CSS.escape(id) + ' .js-plotly-plot');
            return el && el.data && el.data.length >= n; }""", arg=[graph_id, min_traces])
    return figure_traces(page, graph_id)


# Short reports written for these tests (not taken from any real source): one incident told by four
# outlets with different numbers, a toll raised over days, exchange rates, and reader comments.
ARTICLES: list[dict[str, str]] = [
    {"name": "a1.txt", "outlet": "Northern Dispatch", "published": "2019-03-13",
     "text": "Airstrikes Hit Market in Saraqib\n\n"
             "Airstrikes on a crowded market in Saraqib killed at least 23 civilians on Tuesday, "
             "the Syrian Observatory for Human Rights said.\n\n"
             "Medics at the town's field hospital said 40 people were wounded.\n"},
    {"name": "a2.txt", "outlet": "Levant Wire", "published": "2019-03-14",
     "text": "Market Strike Toll Rises\n\n"
             "The death toll from Tuesday's air raid on the market in Saraqib rose to 31, "
             "according to the Syrian Observatory for Human Rights.\n\n"
             "State television said 12 people were killed in Saraqib and blamed the rebels.\n"},
    {"name": "a3.txt", "outlet": "Idlib Voice", "published": "2019-03-15",
     "text": "Civil Defence Counts the Dead\n\n"
             "Rescue workers of the Syrian Civil Defence said 37 people were killed when airstrikes hit the market "
             "in Saraqib on Tuesday.\n"},
    {"name": "a4.txt", "outlet": "Levant Wire", "published": "2019-04-08",
     "text": "Pound Slides in Damascus\n\n"
             "On the black market in Damascus the Syrian pound traded at about 560 to the US dollar on Sunday, "
             "money changers said.\n"},
    {"name": "a5.txt", "outlet": "Northern Dispatch", "published": "2019-06-03",
     "text": "Currency Falls Again\n\n"
             "Traders in Aleppo said the Syrian pound fell to 610 to the US dollar on Sunday.\n\n"
             "Shelling of Kafr Nabudah killed 6 civilians on Saturday, local activists said.\n\n"
             "3 Comments\n\n"
             "Omar says:\nJune 3, 2019 at 9:12 am\nMy cousin says at least 20 were killed in Kafr Nabudah.\n"},
    {"name": "a6.txt", "outlet": "Idlib Voice", "published": "2019-07-22",
     "text": "Barrel Bombs on Khan Shaykhun\n\n"
             "Helicopters dropped at least 16 barrel bombs on Khan Shaykhun on Sunday, killing 9 people, "
             "activists said.\n\n"
             "The army said it destroyed 3 rebel tanks near Khan Shaykhun.\n"},
    # A background total over a period: no event date of its own (the guidelines), so the timeline
    # leaves it out by default; dated by publication it lands alone in a week of its own.
    {"name": "a7.txt", "outlet": "Levant Wire", "published": "2019-09-02",
     "text": "Talks Stall in Geneva\n\n"
             "Delegates left Geneva on Friday without agreeing on a ceasefire for Idlib.\n\n"
             "The conflict has killed more than 370,000 people since 2011, a monitoring group in London says.\n"},
]


def build_warehouse(folder: Path) -> Path:
    """A warehouse of ARTICLES built by the real ingest (extraction, incident linking, snapshot)."""
    import json

    from warehouse import ingest

    folder = Path(folder)
    src = folder / "articles"
    src.mkdir(parents=True, exist_ok=True)
    with open(src / "metadata.jsonl", "w", encoding="utf-8") as meta:
        for a in ARTICLES:
            (src / a["name"]).write_text(a["text"], encoding="utf-8")
            meta.write(json.dumps({"doc": a["name"], "outlet": a["outlet"], "published": a["published"],
                                   "title": a["text"].split("\n", 1)[0]}) + "\n")
    db = folder / "test.duckdb"
    report = ingest([src], db, metadata=src / "metadata.jsonl")
    assert report.new == len(ARTICLES) and not report.rejected, report
    return db


def sql(db: Path, query: str, params: list | None = None) -> list[dict]:
    """Rows from the warehouse through the same reader the dashboard uses (expected values of tests)."""
    from warehouse.reader import WarehouseReader

    return WarehouseReader(db).query(query, params or [])
