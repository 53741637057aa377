"""Incident linking: the pure linker on our own records, and relink on real warehouse files."""

from __future__ import annotations

import json
from datetime import date, timedelta
import shutil
from pathlib import Path

import duckdb
from hypothesis import given, settings
from hypothesis import strategies as st

from warehouse.incidents import INCIDENT_VIEWS, incident_label, link_claims, relink


def rec(claim_id: str, doc: str, measure: str, best: float, sentence: str, *, location: str | None,
        event_date: str | None, precision: str | None = "day", source: str = "Someone",
        published: str = "2020-01-08", char_start: int = 0, number_text: str | None = None) -> dict:
    return {
        "claim_id": claim_id, "doc_id": doc, "measure": measure, "best": best, "low": best, "high": best,
        "sentence": sentence, "number_text": number_text or str(int(best)), "location": location,
        "event_date": event_date, "date_precision": precision if event_date else None, "source": source,
        "published": published, "outlet": "Outlet " + doc, "char_start": char_start, "section": "body",
    }


CAR_BOMB_A = rec("a1", "d1", "killed", 40, "State media said a car bomb killed 40 people in Jableh on Monday.",
                 location="Jableh", event_date="2020-01-06", source="State media")
CAR_BOMB_B = rec("b1", "d2", "killed", 65, "Monitors counted 65 dead after the car bombing in Jablah.",
                 location="Jablah", event_date="2020-01-06", source="Monitors", published="2020-01-07")
CAR_BOMB_C = rec("c1", "d3", "wounded", 120, "The blast also wounded 120 people in Jableh, medics said.",
                 location="Jableh", event_date="2020-01-07", source="Medics", published="2020-01-09")
BAKERY = rec("e1", "d4", "killed", 12, "An airstrike on a bakery in Jableh killed 12 people.",
             location="Jableh", event_date="2020-01-06", source="Activists")
OTHER_TOWN = rec("f1", "d5", "killed", 40, "A car bomb killed 40 people in Manbij on Monday.",
                 location="Manbij", event_date="2020-01-06")
MONTH_LATER = rec("g1", "d6", "killed", 40, "A car bomb killed 40 people in Jableh.",
                  location="Jableh", event_date="2020-02-10", published="2020-02-11")
RATE = rec("h1", "d1", "rate", 600, "The pound fell to 600:1 in Jableh.", location=None, event_date="2020-01-08")


def test_reports_of_one_car_bombing_are_one_incident() -> None:
    ids = link_claims([CAR_BOMB_A, CAR_BOMB_B, CAR_BOMB_C])
    assert ids[0] is not None and ids[0] == ids[1] == ids[2]


def test_different_method_target_place_or_time_are_different_incidents() -> None:
    ids = link_claims([CAR_BOMB_A, BAKERY, OTHER_TOWN, MONTH_LATER])
    assert len(set(ids)) == 4 and None not in ids


def test_rates_and_money_are_not_incidents() -> None:
    assert link_claims([RATE]) == [None]


def test_a_town_inside_a_named_governorate_links() -> None:
    town = rec("t1", "d1", "killed", 9, "Shelling killed 9 people in Saraqib on Monday.",
               location="Saraqib", event_date="2020-01-06")
    province = rec("t2", "d2", "killed", 11, "Rebel media said shelling killed 11 in Idlib Province on Monday.",
                   location="Idlib Province", event_date="2020-01-06", published="2020-01-07")
    ids = link_claims([town, province])
    assert ids[0] == ids[1] is not None


def test_a_country_named_for_an_event_links_with_a_town_of_it_in_the_same_report() -> None:
    """A headline gives the country ("in eastern Syria"), the body the town: one report, one event."""
    head = rec("k1", "d1", "killed", 9, "Shelling kills 9 in eastern Syria.", location="eastern Syria",
               event_date="2020-01-06")
    town = rec("k2", "d1", "killed", 9, "Shelling killed nine people in Saraqib on Monday.",
               location="Saraqib", event_date="2020-01-06", char_start=400)
    elsewhere = rec("k3", "d1", "killed", 9, "Shelling killed nine people in Kirkuk on Monday.",
                    location="Kirkuk", event_date="2020-01-06", char_start=900)
    other_report = rec("k4", "d2", "killed", 9, "Shelling kills 9 in eastern Syria.", location="eastern Syria",
                       event_date="2020-01-06", char_start=0, published="2020-01-07")
    ids = link_claims([head, town])
    assert ids[0] == ids[1] is not None
    ids = link_claims([head, elsewhere])  # a town of another country
    assert ids[0] != ids[1]
    ids = link_claims([town, other_report])  # another report's country: too vague to join an event
    assert ids[0] != ids[1]


def test_a_province_wide_toll_does_not_bridge_two_incidents() -> None:
    a = rec("p1", "d1", "killed", 9, "Shelling killed 9 people in Saraqib on Monday.",
            location="Saraqib", event_date="2020-01-06")
    b = rec("p2", "d1", "killed", 5, "A car bomb killed 5 people in Maarrat al-Numan on Monday.",
            location="Maarrat al-Numan", event_date="2020-01-06", char_start=5000)
    province = rec("p3", "d1", "killed", 30, "In all, 30 people died across Idlib Province on Monday.",
                   location="Idlib Province", event_date="2020-01-06", char_start=6000)
    ids = link_claims([a, b, province])
    assert ids[0] != ids[1]
    assert ids[2] in (ids[0], ids[1])  # it joins one of them (the nearest in its report)


def test_a_quoted_excerpt_links_to_the_report_it_quotes() -> None:
    sentence = "Witnesses said 23 people were killed when the market was hit."
    original = rec("q1", "d1", "killed", 23, sentence, location=None, event_date=None)
    excerpt = rec("q2", "d9", "killed", 23, sentence, location=None, event_date=None, published="2020-03-01")
    ids = link_claims([original, excerpt])
    assert ids[0] == ids[1] is not None


def test_ids_are_stable_when_unrelated_claims_arrive() -> None:
    before = link_claims([CAR_BOMB_A, CAR_BOMB_B])
    after = link_claims([OTHER_TOWN, CAR_BOMB_B, MONTH_LATER, CAR_BOMB_A])
    assert after[1] == before[1] and after[3] == before[0]


@settings(max_examples=25, deadline=None)
@given(st.permutations([CAR_BOMB_A, CAR_BOMB_B, CAR_BOMB_C, BAKERY, OTHER_TOWN, MONTH_LATER, RATE]))
def test_linking_does_not_depend_on_record_order(records: list[dict]) -> None:
    ids = dict(zip((r["claim_id"] for r in records), link_claims(records)))
    reference = dict(zip(("a1", "b1", "c1", "e1", "f1", "g1", "h1"),
                         link_claims([CAR_BOMB_A, CAR_BOMB_B, CAR_BOMB_C, BAKERY, OTHER_TOWN, MONTH_LATER, RATE])))
    assert ids == reference


def test_label_reads_what_where_when() -> None:
    assert incident_label([CAR_BOMB_A, CAR_BOMB_B]) == "Car bombs, Jableh, 2020-01-06"


# --------------------------------------------------------------------------- on the seeds warehouse


def _copy(db: Path, tmp_path: Path) -> Path:
    out = tmp_path / "w.duckdb"
    shutil.copy(db, out)
    return out


def test_jableh_tartous_is_one_incident_with_four_sources(seeds_warehouse: Path) -> None:
    con = duckdb.connect(str(seeds_warehouse), read_only=True)
    try:
        iid = con.execute("SELECT incident_id FROM claims WHERE sentence LIKE '%lower death toll of 78%' "
                          "AND measure = 'killed'").fetchone()[0]
        assert iid is not None
        killed = con.execute("SELECT source, best FROM claims WHERE incident_id = ? AND measure = 'killed'",
                             [iid]).fetchall()
        sources = {s.lower() for s, _ in killed if s}
        assert len(sources) >= 4, killed
        for wanted in ("state media", "local monitoring groups", "reuters", "business insider"):
            assert any(wanted in s for s in sources), (wanted, killed)
        row = con.execute("SELECT best_min, best_max, n_sources, label FROM incidents "
                          "WHERE incident_id = ? AND measure = 'killed'", [iid]).fetchone()
        assert row[0] == 78 and row[1] == 150 and row[2] >= 4
        assert "Jableh" in row[3] and "2016-05-23" in row[3]
        spread = con.execute("SELECT count(*), min(best_min), max(best_max) FROM v_incident_sources "
                             "WHERE incident_id = ? AND measure = 'killed'", [iid]).fetchone()
        assert spread[0] >= 4 and spread[1] == 78 and spread[2] == 150
    finally:
        con.close()


def test_relink_twice_gives_the_same_ids_and_no_duplicates(seeds_warehouse: Path, tmp_path: Path) -> None:
    db = _copy(seeds_warehouse, tmp_path)
    con = duckdb.connect(str(db))
    try:
        first = con.execute("SELECT claim_id, incident_id FROM claims ORDER BY claim_id").fetchall()
        rows1 = con.execute("SELECT * FROM incidents ORDER BY incident_id, measure").fetchall()
        n = relink(con)
        n2 = relink(con)
        assert n == n2 == con.execute("SELECT count(DISTINCT incident_id) FROM incidents").fetchone()[0]
        assert con.execute("SELECT claim_id, incident_id FROM claims ORDER BY claim_id").fetchall() == first
        assert con.execute("SELECT * FROM incidents ORDER BY incident_id, measure").fetchall() == rows1
        dupes = con.execute("SELECT count(*) FROM (SELECT incident_id, measure FROM incidents "
                            "GROUP BY ALL HAVING count(*) > 1)").fetchone()[0]
        assert dupes == 0
        orphans = con.execute("SELECT count(*) FROM claims c WHERE incident_id IS NOT NULL AND NOT EXISTS "
                              "(SELECT 1 FROM incidents i WHERE i.incident_id = c.incident_id)").fetchone()[0]
        assert orphans == 0
    finally:
        con.close()


def test_views_are_valid_sql(seeds_warehouse: Path) -> None:
    con = duckdb.connect(str(seeds_warehouse), read_only=True)
    try:
        for name, sql in INCIDENT_VIEWS.items():
            cols = [d[0] for d in con.execute(f"SELECT * FROM ({sql}) LIMIT 1").description]
            assert {"incident_id", "measure", "source", "best"} <= set(cols), name
    finally:
        con.close()


def test_a_source_updating_its_toll_is_a_sequence(tmp_path: Path) -> None:
    from warehouse import ingest

    rows = [
        {"text": f"Bombing in Jableh\n\nState media said {n} people were killed in a car bomb attack in Jableh "
                 "on Monday.", "title": "Bombing in Jableh", "outlet": "Coast Daily", "published": pub}
        for n, pub in ((40, "2020-01-07"), (78, "2020-01-08"), (120, "2020-01-09"))
    ]
    table = tmp_path / "articles.jsonl"
    table.write_text("\n".join(json.dumps(r) for r in rows), encoding="utf-8")
    db = tmp_path / "u.duckdb"
    ingest([table], db, publish=False)
    con = duckdb.connect(str(db), read_only=True)
    try:
        seq = con.execute("SELECT step, best, previous_best FROM v_source_updates WHERE measure = 'killed' "
                          "ORDER BY step").fetchall()
        assert seq == [(1, 40.0, None), (2, 78.0, 40.0), (3, 120.0, 78.0)]
        assert con.execute("SELECT count(DISTINCT incident_id) FROM claims WHERE measure = 'killed'").fetchone()[0] == 1
    finally:
        con.close()


def test_numbers_of_one_sentence_are_one_event() -> None:
    s = "The blast in the bus station killed 31 people and wounded 70, medics said."
    killed = rec("s1", "d1", "killed", 31, s, location=None, event_date=None)
    wounded = rec("s2", "d1", "wounded", 70, s, location=None, event_date=None, char_start=40)
    ids = link_claims([killed, wounded])
    assert ids[0] == ids[1] is not None


def test_background_totals_over_a_period_are_not_events() -> None:
    s = "The conflict, now in its seventh year, has killed more than 350,000 people since 2011 across Jableh."
    background = rec("bg", "d1", "killed", 350000, s, location="Jableh", event_date=None)
    ids = link_claims([CAR_BOMB_A, background])
    assert ids[1] is None and ids[0] is not None


def test_a_new_report_joins_the_incident_and_keeps_its_id(seeds_warehouse: Path, tmp_path: Path) -> None:
    from warehouse import ingest

    db = _copy(seeds_warehouse, tmp_path)
    con = duckdb.connect(str(db), read_only=True)
    sql = "SELECT incident_id FROM claims WHERE sentence LIKE '%lower death toll of 78%' AND measure = 'killed'"
    before = con.execute(sql).fetchone()[0]
    n_before = con.execute("SELECT count(*) FROM incidents").fetchone()[0]
    con.close()
    rows = [{"text": "Coastal bombings\n\nA monitoring group said 161 people were killed in the car bombings in "
                     "Jableh and Tartous on Monday.", "title": "Coastal bombings", "outlet": "Coast Monitor",
             "published": "2016-05-25"}]
    table = tmp_path / "late.jsonl"
    table.write_text("\n".join(json.dumps(r) for r in rows), encoding="utf-8")
    ingest([table], db, publish=False)
    con = duckdb.connect(str(db), read_only=True)
    try:
        assert con.execute(sql).fetchone()[0] == before
        joined = con.execute("SELECT incident_id FROM claims WHERE best = 161").fetchone()
        assert joined is not None and joined[0] == before
        assert con.execute("SELECT best_max FROM incidents WHERE incident_id = ? AND measure = 'killed'",
                           [before]).fetchone()[0] == 161
        assert con.execute("SELECT count(*) FROM incidents").fetchone()[0] == n_before
    finally:
        con.close()


# --------------------------------------------------------------------------- incremental linking


def _links(db: Path) -> dict[str, str | None]:
    with duckdb.connect(str(db), read_only=True) as con:
        return dict(con.execute("SELECT claim_id, incident_id FROM claims").fetchall())


def _rows(db: Path) -> list[tuple]:
    with duckdb.connect(str(db), read_only=True) as con:
        return con.execute("SELECT * FROM incidents ORDER BY incident_id, measure").fetchall()


def test_ingesting_in_parts_links_as_ingesting_at_once(seeds: Path, seeds_warehouse: Path, tmp_path: Path) -> None:
    """Incremental linking (only what new documents touch) gives the seeds the incidents a full relink gives."""
    from warehouse import ingest

    files = sorted(seeds.glob("*.txt"))
    db = tmp_path / "parts.duckdb"
    for part in (files[:2], files[2:4], files[4:]):
        ingest(part, db, metadata=seeds / "metadata.jsonl", publish=False)
    assert _links(db) == _links(seeds_warehouse)
    assert _rows(db) == _rows(seeds_warehouse)
    with duckdb.connect(str(db)) as con:
        relink(con, full=True)
    assert _links(db) == _links(seeds_warehouse) and _rows(db) == _rows(seeds_warehouse)


def test_relink_with_nothing_new_touches_nothing(seeds_warehouse: Path, tmp_path: Path) -> None:
    from warehouse.linking import relink_incremental

    db = _copy(seeds_warehouse, tmp_path)
    with duckdb.connect(str(db)) as con:
        stats = relink_incremental(con)
    assert stats["seeds"] == stats["relinked"] == 0 and stats["incidents"] > 0
    assert _links(db) == _links(seeds_warehouse)


def test_links_lost_in_a_crash_are_repaired_by_the_next_relink(seeds_warehouse: Path, tmp_path: Path) -> None:
    """Claims stored but not linked (the ingest died before relinking), and stale incident rows, are found from
    the warehouse's state and linked as before."""
    db = _copy(seeds_warehouse, tmp_path)
    with duckdb.connect(str(db)) as con:
        con.execute("UPDATE claims SET incident_id = NULL WHERE hash(claim_id) % 3 = 0")
        con.execute("DELETE FROM incidents WHERE hash(incident_id) % 4 = 0")
        relink(con)
    assert _links(db) == _links(seeds_warehouse)
    assert _rows(db) == _rows(seeds_warehouse)


def test_an_edited_report_updates_its_incident(tmp_path: Path) -> None:
    """A superseded version's claims leave their incident: its row is recomputed, no stale row is left."""
    from warehouse import ingest

    def report(n: int) -> str:
        return (f"Bombing in Jableh\n\nState media said {n} people were killed in a car bomb attack in Jableh on "
                "Monday.\n")

    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    a.write_text(report(40))
    b.write_text("Monitors said 65 people were killed in the car bombing in Jableh on Monday.\n")
    db = tmp_path / "e.duckdb"
    ingest([tmp_path], db, published=date(2020, 1, 7), publish=False)
    a.write_text(report(52))
    ingest([tmp_path], db, published=date(2020, 1, 7), publish=False)
    with duckdb.connect(str(db), read_only=True) as con:
        assert con.execute("SELECT count(DISTINCT incident_id) FROM claims WHERE measure = 'killed'").fetchone()[0] == 1
        assert con.execute("SELECT best_min, best_max, n_claims FROM incidents WHERE measure = 'killed'"
                           ).fetchall() == [(52.0, 65.0, 2)]


def test_an_event_spanning_days_does_not_absorb_later_strikes_on_the_same_town() -> None:
    # one sentence names two strikes ten days apart, so they are one group spanning ten days; that group
    # must not become a bridge that pulls every later strike on the same town into one incident
    sentence = "Shelling killed 5 people in Douma on May 1 and 8 more on May 11."
    first = rec("s1", "d0", "killed", 5, sentence, location="Douma", event_date="2020-05-01",
                published="2020-05-12", char_start=16)
    second = rec("s2", "d0", "killed", 8, sentence, location="Douma", event_date="2020-05-11",
                 published="2020-05-12", char_start=46)
    later = [  # daily shelling after it, each day's report close enough to the next to look alike
        rec(f"l{k}", f"d{k}", "killed", 10 + k, f"Shelling killed {10 + k} people in Douma.",
            location="Douma", event_date=(date(2020, 5, 11) + timedelta(days=k)).isoformat(),
            published=(date(2020, 5, 12) + timedelta(days=k)).isoformat())
        for k in range(1, 9)
    ]
    records = [first, second, *later]
    ids = link_claims(records)
    spans: dict[str, list[date]] = {}
    for r, iid in zip(records, ids):
        spans.setdefault(iid, []).append(date.fromisoformat(r["event_date"]))
    assert all(ids[i] != ids[0] for i in range(2, len(records))), ids
    assert max((max(d) - min(d)).days for iid, d in spans.items() if iid != ids[0]) <= 2, spans
