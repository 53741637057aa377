"""While another process writes the warehouse, the dashboard keeps serving (and says so)."""

from __future__ import annotations

import duckdb
import pytest

from browser import build_warehouse, chromium, open_page, screenshot, serve, wait_for_traces, wait_ready

pytestmark = pytest.mark.browser


def test_pages_keep_working_and_say_so_while_a_writer_holds_the_warehouse(tmp_path):
    db = build_warehouse(tmp_path)
    with serve(db) as srv, chromium() as browser:
        page = open_page(browser)
        page.goto(srv.url + "/")
        wait_ready(page)
        before = [t for t in wait_for_traces(page, "tl-graph") if t["meta"] == "median"]
        assert before and not page.locator(".notice-busy").count()

        writer = duckdb.connect(str(db))  # what an ingest does: hold the file and write to it
        try:
            writer.execute("BEGIN TRANSACTION")
            writer.execute("INSERT INTO meta VALUES ('busy-test', 'x') ON CONFLICT DO NOTHING")
            writer.execute("COMMIT")
            # Each page, reloaded until the reader notices the writer (it checks every few seconds).
            for path, graph in (("/", "tl-graph"), ("/claims", None), ("/exchange-rate", "fx-graph")):
                for _ in range(20):
                    page.goto(srv.url + path)
                    wait_ready(page)
                    if page.locator(".notice-busy").count():
                        break
                    page.wait_for_timeout(500)
                assert "An ingest is writing" in page.locator(".notice-busy").first.inner_text()
                if graph:
                    assert [t for t in wait_for_traces(page, graph) if t["meta"] in ("median", "claim")]
                screenshot(page, f"busy{path.replace('/', '-').rstrip('-')}")
            after = [t for t in wait_for_traces(page, "fx-graph")]
            assert after
        finally:
            writer.close()
        page.log.assert_clean(srv.url)
