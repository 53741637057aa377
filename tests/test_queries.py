"""warehouse/queries.py against a real warehouse: results match plain SQL, user input stays data."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from browser import build_warehouse, sql
from warehouse import queries as q
from warehouse.reader import WarehouseReader


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    return build_warehouse(tmp_path_factory.mktemp("queries"))


@pytest.fixture(scope="module")
def r(db):
    return WarehouseReader(db)


ALL_SECTIONS = q.ClaimFilter(sections=())


def _day_sql(db):
    return {row["claim_id"]: row["day"] for row in sql(db, f"SELECT c.claim_id, {q.CLAIM_DAY} AS day {q.FROM_CLAIMS}")}


def test_the_stored_day_is_the_event_day_else_the_publication_date(db, seeds_warehouse):
    """claims.day, filled at ingest, equals the definition computed from the raw columns, for every claim."""
    for w in (db, seeds_warehouse):
        rows = sql(w, f"SELECT c.day, {q.CLAIM_DAY} AS computed, c.event_date, d.published {q.FROM_CLAIMS}")
        assert rows and all(x["day"] == x["computed"] for x in rows)
        assert any(x["event_date"] is None and x["day"] == x["published"] is not None for x in rows)
        assert any(x["event_date"] and x["day"] != x["published"] for x in rows)


def test_timeline_matches_plain_sql(db, r):
    rows = q.timeline(r, ALL_SECTIONS, "month")
    expected = sql(db, f"""SELECT date_trunc('month', {q.CLAIM_DAY})::DATE AS period, c.measure, count(*) AS n,
                                  min(best) AS low, median(best) AS median, max(best) AS high
                           {q.FROM_CLAIMS} WHERE {q.CLAIM_DAY} IS NOT NULL GROUP BY ALL ORDER BY 1, 2""")
    assert [(x["period"], x["measure"], x["n"], x["low"], x["median"], x["high"]) for x in rows] == \
           [(e["period"], e["measure"], e["n"], e["low"], e["median"], e["high"]) for e in expected]
    # Hover text: the lowest and highest claims' own sentences.
    for x in rows:
        lows = sql(db, f"SELECT sentence FROM claims c {q.FROM_CLAIMS[len('FROM claims c'):]} WHERE c.measure = ? "
                       f"AND date_trunc('month', {q.CLAIM_DAY}) = ? AND c.best = ?", [x["measure"], x["period"], x["low"]])
        assert x["low_sentence"] in {s["sentence"] for s in lows}


def test_comments_are_left_out_by_default(db, r):
    n_all = sum(x["n"] for x in q.timeline(r, ALL_SECTIONS, "year"))
    n_default = sum(x["n"] for x in q.timeline(r, q.ClaimFilter(), "year"))
    n_comments = sql(db, "SELECT count(*) AS n FROM claims WHERE section = 'comment'")[0]["n"]
    assert n_default == n_all - n_comments


def test_claims_without_an_event_date_can_be_left_out_and_counted(db, r):
    """undated=False keeps only claims whose text dates the event; undated_count says how many that leaves out."""
    from dataclasses import replace

    for f in (q.ClaimFilter(sections=()), q.ClaimFilter(measures=("killed",)),
              q.ClaimFilter(date_from=date(2019, 3, 1), date_to=date(2019, 9, 30))):
        dated = replace(f, undated=False)
        n_all = sum(x["n"] for x in q.timeline(r, f, "week"))
        n_dated = sum(x["n"] for x in q.timeline(r, dated, "week"))
        where, params = f.where()
        expected = sql(db, f"SELECT count(*) AS n {q.FROM_CLAIMS} WHERE {where} AND c.event_date IS NOT NULL "
                           "AND c.best IS NOT NULL", params)[0]["n"]
        assert n_dated == expected
        assert q.undated_count(r, f, True) == q.undated_count(r, dated, True) == n_all - n_dated
        assert q.claims_count(r, f) - q.claims_count(r, dated) == q.undated_count(r, f)
        assert all(row["event_date"] for row in q.claims_page(r, dated, start=0, end=1000))
    total = q.ClaimFilter(measures=("killed",))
    assert q.undated_count(r, total, True) > 0, "the test corpus has a total over a period, with no event date"
    assert max(x["high"] for x in q.timeline(r, total)) > max(x["high"] for x in q.timeline(
        r, replace(total, undated=False)))


def test_date_range_uses_event_date_else_publication_date(db, r):
    days = _day_sql(db)
    lo, hi = date(2019, 3, 1), date(2019, 4, 30)
    f = q.ClaimFilter(date_from=lo, date_to=hi, sections=())
    expected = sorted(cid for cid, d in days.items() if d is not None and lo <= d <= hi)
    assert expected, "the test corpus has claims in March and April 2019"
    assert q.claims_count(r, f) == len(expected)
    page = q.claims_page(r, f, start=0, end=1000)
    assert sorted(row["claim_id"] for row in page) == expected
    assert all(row["day"] == days[row["claim_id"]] for row in page)


def test_claims_page_sorts_and_pages_consistently(db, r):
    f = q.ClaimFilter(sections=())
    total = q.claims_count(r, f)
    sort = [{"colId": "best", "sort": "desc"}]
    whole = q.claims_page(r, f, sort_model=sort, start=0, end=1000)
    assert len(whole) == total
    assert [x["best"] for x in whole] == sorted((x["best"] for x in whole), reverse=True)
    pieces = q.claims_page(r, f, sort_model=sort, start=0, end=3) + q.claims_page(r, f, sort_model=sort, start=3,
                                                                                   end=1000)
    assert [x["claim_id"] for x in pieces] == [x["claim_id"] for x in whole]
    by_outlet = q.claims_page(r, f, sort_model=[{"colId": "outlet", "sort": "asc"}], start=0, end=1000)
    assert [x["outlet"] for x in by_outlet] == sorted(x["outlet"] for x in by_outlet)
    assert q.claims_export(r, f, None, sort) == whole


def test_grid_filters_translate_to_sql(db, r):
    f = q.ClaimFilter(sections=())
    killed = sql(db, "SELECT count(*) AS n FROM claims WHERE measure = 'killed'")[0]["n"]
    model = {"measure": {"filterType": "text", "type": "equals", "filter": "KILLED"}}
    assert q.claims_count(r, f, model) == killed
    big = {"best": {"filterType": "number", "type": "greaterThan", "filter": 20}}
    assert q.claims_count(r, f, big) == sql(db, "SELECT count(*) AS n FROM claims WHERE best > 20")[0]["n"]
    either = {"measure": {"filterType": "text", "operator": "OR", "conditions": [
        {"filterType": "text", "type": "equals", "filter": "killed"},
        {"filterType": "text", "type": "equals", "filter": "rate"}]}}
    assert q.claims_count(r, f, either) == sql(
        db, "SELECT count(*) AS n FROM claims WHERE measure IN ('killed', 'rate')")[0]["n"]
    outlet = {"outlet": {"filterType": "text", "type": "contains", "filter": "levant"}}
    assert q.claims_count(r, f, outlet) == sql(
        db, "SELECT count(*) AS n FROM claims c JOIN documents d USING (doc_id) WHERE d.outlet ILIKE '%levant%'")[0]["n"]
    # Unknown columns and operators are ignored, never spliced into SQL.
    assert q.claims_count(r, f, {"1=1; DROP TABLE claims; --": {"type": "contains", "filter": "x"},
                                 "best": {"filterType": "number", "type": "DROP", "filter": 1}}) == q.claims_count(r, f)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=st.text(max_size=30), column=st.sampled_from(sorted(q.TEXT_COLUMNS)),
       kind=st.sampled_from(["contains", "notContains", "startsWith", "endsWith", "equals", "notEqual"]))
def test_any_text_filter_is_data_not_sql(db, r, text, column, kind):
    f = q.ClaimFilter(sections=())
    n = q.claims_count(r, f, {column: {"filterType": "text", "type": kind, "filter": text}})
    total = q.claims_count(r, f)
    assert 0 <= n <= total
    if kind == "contains" and text and text.isascii():
        expected = [row for row in sql(db, f"SELECT {q.CLAIM_COLUMNS[column]} AS v {q.FROM_CLAIMS} "
                                           f"WHERE {q.CLAIM_COLUMNS[column].replace('x.day', q.CLAIM_DAY)} IS NOT NULL")
                    if text.lower() in str(row["v"]).lower()]
        assert n == len(expected)
    assert sql(db, "SELECT count(*) AS n FROM claims")[0]["n"] == total


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(search=st.text(max_size=20))
def test_incident_search_takes_any_text(r, search):
    rows = q.incidents(r, search=search, min_sources=1)
    assert all(search.strip().lower() in (x["label"] or "").lower() + (x["location"] or "").lower()
               or x["incident_id"] == search.strip() for x in rows) or not search.strip()


def test_incident_claims_locate_the_number_in_its_sentence(db, r):
    inc = sql(db, "SELECT incident_id, measure FROM incidents ORDER BY n_claims DESC, incident_id LIMIT 1")[0]
    rows = q.incident_claims(r, inc["incident_id"], inc["measure"])
    assert rows
    for x in rows:
        start, length = x["number_offset"], x["number_length"]
        assert x["sentence"][start:start + length] == x["number_text"]


def test_source_bias_ratio_against_the_others(db, r):
    rows = q.source_bias(r, min_incidents=1)
    shared = sql(db, """SELECT incident_id, measure FROM claims WHERE incident_id IS NOT NULL AND section <> 'comment'
                        GROUP BY 1, 2 HAVING count(DISTINCT source) >= 2""")
    assert rows and shared
    for x in rows:
        assert x["ratio"] > 0 and x["n_incidents"] >= 1
    # Two sources on one incident: their ratios are each other's inverse.
    if len(rows) == 2 and all(x["n_incidents"] == 1 for x in rows):
        assert rows[0]["ratio"] * rows[1]["ratio"] == pytest.approx(1)


def test_exchange_rate_series_and_points(db, r):
    f = q.ClaimFilter()
    series = q.exchange_series(r, f, "month")
    points = q.exchange_claims(r, f)
    n = sql(db, "SELECT count(*) AS n FROM claims WHERE measure = 'rate' AND section <> 'comment'")[0]["n"]
    assert sum(x["n"] for x in series) == n == len(points)
    rates = {x["claim_id"] for x in sql(db, "SELECT claim_id FROM claims WHERE measure = 'rate'")}
    assert all(p["claim_id"] in rates and p["pair"] and p["sentence"] for p in points)
    assert [p["confidence"] for p in points] == sorted((p["confidence"] for p in points), reverse=True)


def test_document_and_its_claims(db, r):
    doc_id = sql(db, "SELECT doc_id FROM claims GROUP BY 1 ORDER BY count(*) DESC LIMIT 1")[0]["doc_id"]
    doc = q.document(r, doc_id)
    claims = q.document_claims(r, doc_id)
    assert doc and claims
    for c in claims:
        assert doc["text"][c["char_start"]:c["char_end"]] == c["number_text"] or c["number_text"] in c["sentence"]
    assert q.document(r, "no-such-doc") is None


def test_filter_options_and_bad_period(r):
    opts = q.filter_options(r)
    assert opts["measure"] and all(o["n"] > 0 for o in opts["measure"])
    with pytest.raises(ValueError):
        q.timeline(r, q.ClaimFilter(), "fortnight; DROP TABLE claims")


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(a=st.dates(date(2013, 1, 1), date(2017, 12, 31)), b=st.dates(date(2013, 1, 1), date(2017, 12, 31)))
def test_any_date_range_matches_the_claim_day(seeds_warehouse, a, b):
    """Month- and year-precision event dates and undated claims are all counted by their day."""
    lo, hi = min(a, b), max(a, b)
    r = WarehouseReader(seeds_warehouse)
    expected = sql(seeds_warehouse, f"SELECT count(*) AS n {q.FROM_CLAIMS} WHERE {q.CLAIM_DAY} BETWEEN ? AND ?",
                   [lo, hi])[0]["n"]
    f = q.ClaimFilter(date_from=lo, date_to=hi, sections=())
    assert q.claims_count(r, f) == expected
    assert sum(x["n"] for x in q.timeline(r, f, "year")) == sql(
        seeds_warehouse, f"SELECT count(*) AS n {q.FROM_CLAIMS} WHERE {q.CLAIM_DAY} BETWEEN ? AND ? "
                         "AND c.best IS NOT NULL", [lo, hi])[0]["n"]
    # By event date only: the undated claims are out, and counted as left out.
    dated = q.ClaimFilter(date_from=lo, date_to=hi, sections=(), undated=False)
    assert q.claims_count(r, dated) == sql(
        seeds_warehouse, f"SELECT count(*) AS n {q.FROM_CLAIMS} WHERE {q.EVENT_DAY} BETWEEN ? AND ?", [lo, hi])[0]["n"]
    assert q.claims_count(r, dated) + q.undated_count(r, dated) == expected
