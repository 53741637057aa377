"""A warehouse without a single claim: every page says so plainly, with no errors."""

from __future__ import annotations

import pytest

from browser import chromium, open_page, screenshot, serve, wait_ready

pytestmark = pytest.mark.browser


def test_every_page_shows_a_clear_empty_state(tmp_path):
    from warehouse import ingest

    src = tmp_path / "quiet.txt"
    src.write_text("A quiet week\n\nNothing was reported from the front this week, and the markets were calm.\n",
                   encoding="utf-8")
    db = tmp_path / "empty.duckdb"
    ingest([src], db)
    with serve(db) as srv, chromium() as browser:
        for path in ("/", "/incidents", "/sources", "/claims", "/exchange-rate", "/document"):
            page = open_page(browser)
            page.goto(srv.url + path)
            wait_ready(page)
            if path == "/claims":
                page.wait_for_function("() => document.querySelector('#cl-count').innerText.startsWith('0 claims')")
            page.wait_for_selector(".empty-state")
            assert page.locator(".empty-state").first.is_visible()
            if path == "/":
                screenshot(page, "timeline-no-claims")
            page.log.assert_clean(srv.url)
            page.context.close()
