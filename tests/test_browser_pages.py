"""Every dashboard page in real headless Chromium against a real `counterclaim serve` subprocess.

The warehouse is built in the test from short reports written for it
(tests/browser.py ARTICLES) by the real ingest. Expected numbers come from
SQL on that warehouse, so the tests check that the pages show what is stored.
"""

from __future__ import annotations

import csv
import io
from pathlib import Path
from urllib.parse import parse_qs, urlparse

import pytest

from browser import (build_warehouse, chromium, figure_traces, open_page, screenshot, serve, sql, wait_for_traces,
                     wait_ready)

pytestmark = pytest.mark.browser

NOT_COMMENT = "c.section <> 'comment'"
DATED = "c.event_date IS NOT NULL"


@pytest.fixture(scope="module")
def db(tmp_path_factory) -> Path:
    return build_warehouse(tmp_path_factory.mktemp("browser"))


@pytest.fixture(scope="module")
def server(db):
    with serve(db) as srv:
        yield srv


@pytest.fixture(scope="module")
def browser():
    with chromium() as b:
        yield b


@pytest.fixture
def page(browser):
    p = open_page(browser, downloads=True)
    yield p
    p.context.close()


def _weeks(db: Path, measure: str, *, undated: bool = False) -> int:
    """Weeks with a claim of `measure`: by event date only (the timeline's default), or with the claims
    without one at their publication date."""
    from warehouse.queries import CLAIM_DAY, EVENT_DAY, FROM_CLAIMS

    day = CLAIM_DAY if undated else EVENT_DAY
    rows = sql(db, f"""SELECT count(DISTINCT date_trunc('week', {day})) AS n {FROM_CLAIMS}
                       WHERE c.measure = ? AND {NOT_COMMENT} AND c.best IS NOT NULL""", [measure])
    return rows[0]["n"]


def _count(db: Path, measure: str, where: str = "TRUE") -> int:
    return sql(db, f"SELECT count(*) AS n FROM claims c WHERE measure = ? AND {NOT_COMMENT} AND {where}",
               [measure])[0]["n"]


def _medians(page) -> int:
    """Points of the timeline's median lines."""
    return sum(_points(t) for t in figure_traces(page, "tl-graph") if t["meta"] == "median")


def _points(trace: dict) -> int:
    """Points drawn by a trace (None marks a gap in a line)."""
    return len([x for x in trace["x"] if x is not None])


def _grid_rows(page, grid_id: str) -> int:
    return page.locator(f"#{grid_id} .ag-center-cols-container .ag-row").count()


def test_timeline_shows_points_and_reacts_to_a_filter(db, server, page):
    top = sql(db, f"SELECT measure, count(*) AS n FROM claims c WHERE {NOT_COMMENT} GROUP BY 1 ORDER BY 2 DESC, 1")
    assert len(top) >= 2, f"the test corpus should give claims of two measures at least: {top}"
    first, second = top[0]["measure"], top[1]["measure"]
    page.goto(server.url + "/")
    wait_ready(page)
    traces = wait_for_traces(page, "tl-graph", 2)
    medians = [t for t in traces if t["meta"] == "median"]
    assert [t["name"] for t in medians] == [first]
    assert _points(medians[0]) == _weeks(db, first) > 0
    assert _points([t for t in traces if t["meta"] == "band"][0]) == _points(medians[0])
    rows_before = _grid_rows(page, "tl-table")
    assert rows_before == min(200, _count(db, first, DATED))
    assert page.locator("#tl-log input").is_checked() is False  # linear unless asked
    screenshot(page, "timeline")

    # Add the second measure: a second median line appears and the table gains its claims.
    page.locator(f"#tl-measure input[value='{second}']").check()
    page.wait_for_function(
        "() => document.querySelector('#tl-graph .js-plotly-plot').data.filter(t => t.meta === 'median').length == 2")
    wait_ready(page)
    traces = figure_traces(page, "tl-graph")
    by_name = {t["name"]: t for t in traces if t["meta"] == "median"}
    assert set(by_name) == {first, second}
    assert _points(by_name[second]) == _weeks(db, second)
    n_both = _count(db, first, DATED) + _count(db, second, DATED)
    page.wait_for_function(f"() => document.querySelectorAll('#tl-table .ag-center-cols-container .ag-row').length"
                           f" == {min(200, n_both)}")
    # The filter is in the address bar, so the view can be shared.
    query = parse_qs(urlparse(page.url).query)
    assert set(query["measure"][0].split(",")) == {first, second}
    page.log.assert_clean(server.url)


def test_timeline_date_by_control_changes_points_and_url(db, server, page):
    """Claims without an event date (a total 'since 2011') are left out by default, and the page says how
    many; dating them by publication adds their weeks, and the choice is kept in the URL."""
    n_undated = _count(db, "killed", "c.event_date IS NULL AND c.best IS NOT NULL")
    by_event, with_undated = _weeks(db, "killed"), _weeks(db, "killed", undated=True)
    assert n_undated and with_undated > by_event > 0, "the test corpus has a total over a period in a week of its own"
    page.goto(server.url + "/?measure=killed")
    wait_ready(page)
    wait_for_traces(page, "tl-graph", 2)
    assert _medians(page) == by_event
    assert page.locator("#tl-dates input[value='event']").is_checked()
    notice = page.locator("#tl-undated")
    assert notice.is_visible()
    expected = f"{n_undated} claims without an event date are" if n_undated > 1 else "1 claim without an event date is"
    assert notice.inner_text().startswith(f"{expected} left out")
    assert 370_000 not in [y for t in figure_traces(page, "tl-graph") if t["meta"] == "median" for y in t["y"]]
    # The link to the Claims table carries the choice: the same claims there.
    href = page.locator("#tl-claims-link").get_attribute("href")
    assert "dates=event" in href

    # The notice's button includes them, at their publication date.
    page.click("#tl-dates-toggle")
    page.wait_for_function(f"""() => document.querySelector('#tl-graph .js-plotly-plot').data
        .filter(t => t.meta === 'median').reduce((n, t) => n + t.x.filter(x => x !== null).length, 0)
        == {with_undated}""")
    wait_ready(page)
    assert page.locator("#tl-dates input[value='event-or-published']").is_checked()
    assert parse_qs(urlparse(page.url).query)["dates"] == ["event-or-published"]
    assert "placed at the publication date" in notice.inner_text()
    bands = [t for t in figure_traces(page, "tl-graph") if t["meta"] == "band"][0]
    assert max(b + h for b, h in zip(bands["base"], bands["y"])) == 370_000
    screenshot(page, "timeline-undated-included")

    # The radio takes them out again; the default is not written into the URL.
    page.locator("#tl-dates input[value='event']").check()
    page.wait_for_function(f"""() => document.querySelector('#tl-graph .js-plotly-plot').data
        .filter(t => t.meta === 'median').reduce((n, t) => n + t.x.filter(x => x !== null).length, 0)
        == {by_event}""")
    wait_ready(page)
    assert "dates" not in parse_qs(urlparse(page.url).query)

    # A shared URL opens with the same choice, and the Claims table follows the timeline's link.
    page.goto(server.url + "/?measure=killed&dates=event-or-published")
    wait_ready(page)
    wait_for_traces(page, "tl-graph", 2)
    assert _medians(page) == with_undated
    page.goto(server.url + href)
    wait_ready(page)
    n_dated = _count(db, "killed", DATED)
    n_left_out = _count(db, "killed", "c.event_date IS NULL")
    page.wait_for_function(f"() => document.querySelector('#cl-count').innerText.startsWith("
                           f"'{n_dated} claims ({n_left_out} without an event date left out)')")
    assert page.locator("#cl-dates input[value='event']").is_checked()
    page.log.assert_clean(server.url)


def test_timeline_state_from_url_and_empty_state(db, server, page):
    page.goto(server.url + "/?measure=killed&from=2099-01-01")
    wait_ready(page)
    page.wait_for_selector(".empty-state")
    assert "No claims match" in page.locator(".empty-state").inner_text()
    assert page.locator("#tl-from").input_value() == "2099-01-01"
    assert not [t for t in figure_traces(page, "tl-graph") if t["meta"] == "median"]
    screenshot(page, "timeline-empty")
    page.log.assert_clean(server.url)


def test_comments_are_excluded_by_default_and_can_be_included(db, server, page):
    n_comment = sql(db, "SELECT count(*) AS n FROM claims WHERE section = 'comment' AND measure = 'killed'")[0]["n"]
    if not n_comment:
        pytest.skip("the extractor found no claim in the reader comments of the test corpus")
    n_body = sql(db, f"SELECT count(*) AS n FROM claims c WHERE {NOT_COMMENT} AND measure = 'killed'")[0]["n"]
    page.goto(server.url + "/claims?measure=killed")
    wait_ready(page)
    page.wait_for_function(f"() => document.querySelector('#cl-count').innerText.startsWith('{n_body} claims')")
    page.locator("#cl-section input[value='comment']").check()
    page.wait_for_function(f"() => document.querySelector('#cl-count').innerText.startsWith("
                           f"'{n_body + n_comment} claims')")
    page.log.assert_clean(server.url)


def test_claims_grid_filters_sorts_and_downloads_the_filtered_rows(db, server, page):
    total = sql(db, f"SELECT count(*) AS n FROM claims c WHERE {NOT_COMMENT}")[0]["n"]
    page.goto(server.url + "/claims")
    wait_ready(page)
    page.wait_for_function(f"() => document.querySelector('#cl-count').innerText.startsWith('{total} claims')")
    page.wait_for_function(f"() => document.querySelectorAll('#cl-grid .ag-center-cols-container .ag-row').length"
                           f" == {total}")
    screenshot(page, "claims")

    measure = sql(db, f"SELECT measure FROM claims c WHERE {NOT_COMMENT} GROUP BY 1 ORDER BY count(*) DESC LIMIT 1"
                  )[0]["measure"]
    expected = sql(db, f"SELECT claim_id, number_text FROM claims c WHERE {NOT_COMMENT} AND measure = ?",
                   [measure])
    page.locator(f"#cl-measure input[value='{measure}']").check()
    page.wait_for_function(f"() => document.querySelector('#cl-count').innerText.startsWith('{len(expected)} claims')")
    page.wait_for_function(f"() => document.querySelectorAll('#cl-grid .ag-center-cols-container .ag-row').length"
                           f" == {len(expected)}")
    assert f"measure={measure}" in page.url

    # Sort by the value (a click on the column header): the grid asks the server again, sorted.
    page.click("#cl-grid .ag-header-cell[col-id='best'] .ag-header-cell-label")
    page.wait_for_function("""() => { const v = Array.from(document.querySelectorAll(
        "#cl-grid .ag-center-cols-container .ag-row .ag-cell[col-id='best']"))
        .sort((a, b) => a.closest('.ag-row').getAttribute('row-index') - b.closest('.ag-row').getAttribute('row-index'))
        .map(c => parseFloat(c.innerText.replace(/,/g, '')));
        return v.length > 1 && v.every((x, i) => i == 0 || v[i - 1] <= x); }""")

    with page.expect_download() as info:
        page.click("#cl-csv")
    data = Path(info.value.path()).read_text(encoding="utf-8")
    rows = list(csv.DictReader(io.StringIO(data)))
    assert sorted(r["claim_id"] for r in rows) == sorted(r["claim_id"] for r in expected)
    assert {r["measure"] for r in rows} == {measure}
    assert all(r["sentence"] for r in rows)
    assert [float(r["best"]) for r in rows] == sorted(float(r["best"]) for r in rows)

    with page.expect_download() as info:
        page.click("#cl-parquet")
    import pyarrow.parquet as pq

    table = pq.read_table(info.value.path())
    assert table.num_rows == len(expected)
    assert set(table.column("measure").to_pylist()) == {measure}
    page.log.assert_clean(server.url)


def test_incidents_page_lists_and_shows_an_incident(db, server, page):
    inc = sql(db, "SELECT incident_id, measure, label FROM incidents WHERE n_sources >= 2 "
                  "ORDER BY spread_ratio DESC, incident_id LIMIT 1")
    assert inc, "the test corpus should give an incident reported by two sources"
    inc = inc[0]
    n_listed = sql(db, "SELECT count(*) AS n FROM incidents WHERE n_sources >= 2")[0]["n"]
    page.goto(server.url + "/incidents")
    wait_ready(page)
    page.wait_for_function(f"() => document.querySelectorAll('#inc-grid .ag-center-cols-container .ag-row').length"
                           f" == {n_listed}")
    page.locator(f"#inc-grid .ag-row[row-id='{inc['incident_id']}|{inc['measure']}']").click()
    traces = wait_for_traces(page, "inc-spread")
    claims = sql(db, "SELECT best FROM claims WHERE incident_id = ? AND measure = ?",
                 [inc["incident_id"], inc["measure"]])
    points = [t for t in traces if t["meta"] == "claim"]
    assert sorted(x for t in points for x in t["x"]) == sorted(c["best"] for c in claims)
    assert page.locator("#inc-sentences li").count() == len(claims)
    assert page.locator("#inc-sentences mark.number").count() == len(claims)
    assert f"id={inc['incident_id']}" in page.url
    screenshot(page, "incidents")

    # A shared link selects the incident's row in the list too.
    row_id = f"{inc['incident_id']}|{inc['measure']}"
    for link in (f"/incidents?id={inc['incident_id']}&measure={inc['measure']}", f"/incidents?id={inc['incident_id']}"):
        page.goto(server.url + link)
        wait_ready(page)
        wait_for_traces(page, "inc-spread")
        page.wait_for_selector(f"#inc-grid .ag-row-selected[row-id='{row_id}']")
        assert page.locator("#inc-grid .ag-center-cols-container .ag-row-selected").count() == 1

    # The search narrows the list.
    page.fill("#inc-search", "no such place anywhere")
    page.press("#inc-search", "Enter")
    page.wait_for_selector("#inc-notice .empty-state")
    page.log.assert_clean(server.url)


def test_sources_page_chart_and_table(db, server, page):
    from warehouse.queries import source_bias
    from warehouse.reader import WarehouseReader

    rows = source_bias(WarehouseReader(db), min_incidents=1)
    assert rows, "the test corpus should give sources sharing an incident"
    page.goto(server.url + "/sources?min=1")
    wait_ready(page)
    traces = wait_for_traces(page, "src-graph")
    bars = [t for t in traces if t["meta"] == "bias"][0]
    assert sorted(bars["y"]) == sorted(r["source"] for r in rows)
    assert _grid_rows(page, "src-grid") == len(rows)
    screenshot(page, "sources")

    too_many = max(r["n_incidents"] for r in rows) + 1
    page.fill("#src-min", str(too_many))
    page.press("#src-min", "Enter")
    page.wait_for_selector("#src-notice .empty-state")
    assert f"min={too_many}" in page.url
    page.log.assert_clean(server.url)


def test_exchange_rate_page(db, server, page):
    rates = sql(db, f"SELECT best, source FROM claims c WHERE measure = 'rate' AND {NOT_COMMENT}")
    assert rates, "the test corpus should give exchange-rate claims"
    page.goto(server.url + "/exchange-rate")
    wait_ready(page)
    traces = wait_for_traces(page, "fx-graph")
    points = [t for t in traces if t["meta"] == "claim"]
    assert sorted(y for t in points for y in t["y"]) == sorted(r["best"] for r in rates)
    assert {t["name"] for t in points} == {r["source"] for r in rates}
    assert _grid_rows(page, "fx-table") == len(rates)
    screenshot(page, "exchange-rate")

    page.fill("#fx-to", "2000-01-01")
    page.press("#fx-to", "Enter")
    page.wait_for_selector("#fx-summary .empty-state")
    page.log.assert_clean(server.url)


def test_document_page_highlights_claims_in_place(db, server, page):
    doc = sql(db, "SELECT doc_id, count(*) AS n FROM claims GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT 1")[0]
    claims = sql(db, "SELECT c.number_text, substr(d.text, c.char_start + 1, c.char_end - c.char_start) AS surface "
                     "FROM claims c JOIN documents d USING (doc_id) WHERE doc_id = ? ORDER BY c.char_start",
                 [doc["doc_id"]])
    page.goto(server.url + f"/document?id={doc['doc_id']}")
    wait_ready(page)
    marks = page.locator("#doc-text mark.claim")
    assert marks.count() == len(claims)
    assert [marks.nth(i).inner_text() for i in range(marks.count())] == [c["surface"] for c in claims]
    assert page.locator("#doc-claims li").count() == len(claims)
    screenshot(page, "document")

    page.goto(server.url + "/document?id=doesnotexist")
    wait_ready(page)
    assert "no document" in page.locator(".empty-state").inner_text()
    page.log.assert_clean(server.url)
