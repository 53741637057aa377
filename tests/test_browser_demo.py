"""`counterclaim demo`: every page over the synthetic demo corpus, labelled as such, with no console errors."""

from __future__ import annotations

import pytest

from browser import chromium, figure_traces, open_page, screenshot, serve, sql, wait_for_traces, wait_ready

pytestmark = [pytest.mark.browser, pytest.mark.slow]


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory):
    from counterclaim.demo import build_demo_warehouse

    db = tmp_path_factory.mktemp("demo") / "demo.duckdb"
    build_demo_warehouse(db)
    return db


def test_every_page_of_the_demo(demo_db):
    inc = sql(demo_db, "SELECT incident_id, measure FROM incidents WHERE n_sources >= 3 "
                       "ORDER BY n_sources DESC, incident_id LIMIT 1")
    doc = sql(demo_db, "SELECT doc_id FROM claims GROUP BY 1 ORDER BY count(*) DESC, 1 LIMIT 1")[0]["doc_id"]
    pages = [("/", "tl-graph", "demo-timeline"), ("/sources", "src-graph", "demo-sources"),
             ("/exchange-rate", "fx-graph", "demo-exchange-rate"), ("/claims", None, "demo-claims"),
             (f"/document?id={doc}", None, "demo-document")]
    if inc:
        pages.insert(1, (f"/incidents?id={inc[0]['incident_id']}&measure={inc[0]['measure']}", "inc-spread",
                         "demo-incidents"))
    with serve(demo_db, command="demo") as srv, chromium() as browser:
        for path, graph, name in pages:
            page = open_page(browser)
            page.goto(srv.url + path)
            wait_ready(page)
            label = page.locator(".demo-label")
            assert label.is_visible() and "synthetic demo data" in label.inner_text().lower()
            if graph:
                traces = wait_for_traces(page, graph)
                assert sum(len(t["x"]) for t in traces) > 0, (path, figure_traces(page, graph))
            if name == "demo-incidents":  # the linked incident's row is selected and in view
                row = page.locator(f"#inc-grid .ag-row-selected[row-id='{inc[0]['incident_id']}|{inc[0]['measure']}']")
                row.wait_for()
                assert row.is_visible()
            if name == "demo-claims":
                page.wait_for_selector("#cl-grid .ag-center-cols-container .ag-row")
            screenshot(page, name)
            page.log.assert_clean(srv.url)
            page.context.close()
