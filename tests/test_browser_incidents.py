"""The Incidents page on the seeds: the Jableh and Tartous bombings of 23 May 2016, every source's toll.

Depends on the extractor and the incident linker finding that incident in
seed 004 (state media 78, local monitoring groups 120+, Reuters nearly 150,
Business Insider about 150, ...). The expected values are read from the
warehouse; the test checks the chart shows each of them, per source.
"""

from __future__ import annotations

import pytest

from browser import chromium, open_page, screenshot, serve, sql, wait_for_traces, wait_ready

pytestmark = pytest.mark.browser


def test_jableh_tartous_incident_shows_each_sources_value(seeds_warehouse):
    db = seeds_warehouse
    found = sql(db, """SELECT i.incident_id, i.measure FROM incidents i
                       WHERE i.measure = 'killed' AND (i.label ILIKE '%jableh%' OR i.location ILIKE '%jableh%'
                                                       OR i.label ILIKE '%tartous%')
                       ORDER BY i.n_sources DESC LIMIT 1""")
    assert found, "no 'killed' incident for Jableh and Tartous was linked in the seeds warehouse"
    inc = found[0]
    claims = sql(db, "SELECT source, best FROM claims WHERE incident_id = ? AND measure = ?",
                 [inc["incident_id"], inc["measure"]])
    values = {c["best"] for c in claims}
    assert {78.0, 150.0} <= values and len({c["source"] for c in claims}) >= 4, claims

    with serve(db) as srv, chromium() as browser:
        page = open_page(browser)
        page.goto(srv.url + "/incidents")
        wait_ready(page)
        page.fill("#inc-search", "Jableh")
        page.press("#inc-search", "Enter")
        row = page.locator(f"#inc-grid .ag-row[row-id='{inc['incident_id']}|{inc['measure']}']")
        row.wait_for()
        row.click()
        traces = wait_for_traces(page, "inc-spread")
        points = [t for t in traces if t["meta"] == "claim"]
        shown = sorted((y.split(" · ")[0], x) for t in points for x, y in zip(t["x"], t["y"]))
        assert shown == sorted((c["source"] or "unattributed", c["best"]) for c in claims)
        # Each source's sentence is listed with its number highlighted and a link to its document.
        assert page.locator("#inc-sentences li").count() == len(claims)
        marks = [m.inner_text() for m in page.locator("#inc-sentences mark.number").all()]
        assert "78" in marks and "150" in marks
        assert page.locator("#inc-sentences a.doc-link").first.get_attribute("href").startswith("/document?id=")
        screenshot(page, "incidents-jableh-tartous")

        # Shared URL: opening it again shows the same incident, its row selected in the list.
        page.goto(page.url)
        wait_ready(page)
        traces = wait_for_traces(page, "inc-spread")
        assert sorted(x for t in traces if t["meta"] == "claim" for x in t["x"]) == sorted(c["best"] for c in claims)
        page.wait_for_selector(f"#inc-grid .ag-row-selected[row-id='{inc['incident_id']}|{inc['measure']}']")
        page.log.assert_clean(srv.url)
