"""Incremental, blocked incident linking: relink only what new or removed claims touch, in bounded memory.

warehouse.incidents.link_claims is the rule (which claims describe one
event); this module decides which claims it must see. Claims that need
linking ("seeds") are found from the warehouse's state, so a crash between
storing and linking is repaired by the next run:
- claims of an event kind (incidents.LINKABLE_FAMILIES) with no incident yet
  (new documents, revived versions), except background totals over a period,
  which never link;
- the remaining claims of incidents that lost claims (a superseded version).

Seeds are taken in time order, CHUNK_CLAIMS at a time. For each chunk the
*region* is found in SQL: every claim that could link with a seed, i.e. in the
same document (undated, or dated within a day of it, or in the same sentence),
with the same sentence and number (a quotation), or in the
same governorate block with an event date within BLOCK_DAYS (day- or
week-precise claims; vaguer ones link only within their document) — plus all
the claims of the incidents those belong to. The region is linked with
link_claims and written back in one transaction; claims outside it keep
their incidents, and incident ids (a hash of the earliest claim) stay stable.
Place blocks come from the gazetteer (each distinct location is resolved
once), date windows from event_date, and the window is joined through week
buckets so a block's history is never scanned pairwise.

Cost: a handful of set-based queries over the claims table per run, plus
linking regions whose size depends on how many claims are near the new ones
in place and time, not on the size of the warehouse. A first ingest of a
large corpus links chunk by chunk, with memory bounded by the chunk's region.
"""

from __future__ import annotations

from typing import Any

import pyarrow as pa

from warehouse.schema import event_day_sql

CHUNK_CLAIMS = 50_000  # seeds linked per region: bounds memory (a region holds them and their neighbours)
BLOCK_DAYS = 1  # a seed's block neighbours: event dates this close (DAY_SLACK: linked day-dated claims are at most a day apart)
WEEK = 7

_WS = r"[\s\x{a0}\x{1c}-\x{1f}\x{85}\x{0b}\x{1680}\x{2000}-\x{200a}\x{2028}\x{2029}\x{202f}\x{205f}\x{3000}]+"

CLAIM_COLUMNS = ("c.claim_id, c.doc_id, c.measure, c.location, c.admin1, c.event_date, c.date_precision, c.sentence, "
                 "c.number_text, c.section, c.char_start, c.source, c.low, c.best, c.high, d.published, d.outlet, "
                 "c.incident_id")
INCIDENT_COLUMNS = ["incident_id", "measure", "label", "location", "date_start", "date_end", "n_claims", "n_sources",
                    "low_min", "best_min", "best_max", "high_max", "spread_ratio"]
_INCIDENT_SCHEMA = pa.schema([("incident_id", pa.string()), ("measure", pa.string()), ("label", pa.string()),
                              ("location", pa.string()), ("date_start", pa.date32()), ("date_end", pa.date32()),
                              ("n_claims", pa.int32()), ("n_sources", pa.int32()), ("low_min", pa.float64()),
                              ("best_min", pa.float64()), ("best_max", pa.float64()), ("high_max", pa.float64()),
                              ("spread_ratio", pa.float64())])


def relink_incremental(con, *, full: bool = False, chunk: int | None = None) -> dict[str, int]:
    """Link the claims that need it (all of them with full=True) in the open write connection.

    Returns counts: seeds, regions, claims relinked, incidents (in the warehouse afterwards).
    """
    from extract.vocab import MEASURE_FAMILIES
    from warehouse.incidents import LINKABLE_FAMILIES

    chunk = chunk or CHUNK_CLAIMS
    linkable = sorted(m for m, f in MEASURE_FAMILIES.items() if f in LINKABLE_FAMILIES)
    stats = {"seeds": 0, "regions": 0, "relinked": 0}
    if full:
        con.execute("BEGIN TRANSACTION")
        con.execute("UPDATE claims SET incident_id = NULL WHERE incident_id IS NOT NULL")
        con.execute("DELETE FROM incidents")
        con.execute("COMMIT")
    try:
        _prepare(con, linkable)
        stats["seeds"] = con.execute("SELECT count(*) FROM _cc_dirty").fetchone()[0]
        while True:
            seeds = con.execute("SELECT claim_id FROM _cc_dirty ORDER BY t, claim_id LIMIT ?", [chunk]).fetchall()
            if not seeds:
                break
            stats["relinked"] += _link_region(con, [s[0] for s in seeds])
            stats["regions"] += 1
        con.execute("DELETE FROM incidents WHERE incident_id NOT IN "
                    "(SELECT incident_id FROM claims WHERE incident_id IS NOT NULL)")
    finally:
        for t in ("_cc_dirty", "_cc_keys", "_cc_blk", "_cc_locblock", "_cc_seed", "_cc_region"):
            con.execute(f"DROP TABLE IF EXISTS {t}")
    stats["incidents"] = con.execute("SELECT count(DISTINCT incident_id) FROM incidents").fetchone()[0]
    return stats


def _prepare(con, linkable: list[str]) -> None:
    """Temporary tables: seeds (_cc_dirty), per-claim keys (_cc_keys) and place-date blocks (_cc_blk)."""
    from extract.dates import names_period
    from extract.writtenplaces import resolve_written

    # place blocks of each distinct location (as event_match.facts: a governorate, or the place itself)
    locations = [r[0] for r in con.execute("SELECT DISTINCT location FROM claims WHERE location IS NOT NULL "
                                           "AND event_date IS NOT NULL").fetchall()]
    pairs = [(loc, f"{p.admin1 or p.name}:{p.country}") for loc in locations for p in resolve_written(loc)
             if p.precision != "country"]  # a country links only within its document
    con.execute("CREATE OR REPLACE TEMP TABLE _cc_locblock (location VARCHAR, block VARCHAR)")
    if pairs:
        con.register("_cc_pairs", pa.table({"location": [p[0] for p in pairs], "block": [p[1] for p in pairs]}))
        con.execute("INSERT INTO _cc_locblock SELECT DISTINCT location, block FROM _cc_pairs")
        con.unregister("_cc_pairs")
    con.execute(f"""
        CREATE OR REPLACE TEMP TABLE _cc_keys AS
        SELECT claim_id, doc_id, location, event_date IS NOT NULL AS dated,
               date_diff('day', DATE '1970-01-01', lo) AS lo,
               date_diff('day', DATE '1970-01-01', CASE length(event_date) WHEN 10 THEN lo
                   WHEN 7 THEN last_day(lo) ELSE lo + INTERVAL 1 YEAR - INTERVAL 1 DAY END) AS hi,
               CASE WHEN sentence_n <> '' THEN hash(sentence_n, number_text) END AS skey,
               CASE WHEN sentence_n <> '' THEN hash(sentence_n) END AS shash
        FROM (SELECT *, {event_day_sql()} AS lo, regexp_replace(trim(coalesce(sentence, '')), '{_WS}', ' ', 'g') AS sentence_n
              FROM claims)
    """)
    con.execute(f"""
        CREATE OR REPLACE TEMP TABLE _cc_blk AS
        SELECT k.claim_id, b.block, k.lo, k.hi, k.lo // {WEEK} AS wk
        FROM _cc_keys k JOIN _cc_locblock b USING (location)
        WHERE k.lo IS NOT NULL AND k.hi - k.lo <= 8
    """)
    # seeds: unlinked claims of event kinds (minus background totals), and what is left of shrunken incidents
    con.execute("CREATE OR REPLACE TEMP TABLE _cc_dirty (claim_id VARCHAR, t BIGINT)")
    time_key = ("coalesce(k.lo, date_diff('day', DATE '1970-01-01', d.published) - 7, 0)")
    con.execute(f"""
        INSERT INTO _cc_dirty
        SELECT c.claim_id, {time_key} FROM claims c JOIN _cc_keys k USING (claim_id) JOIN documents d ON d.doc_id = c.doc_id
        WHERE c.incident_id IS NULL AND c.measure IN (SELECT unnest(?)) AND k.lo IS NOT NULL
    """, [linkable])
    after = ""
    while True:  # undated ones: pages by claim_id (one result at a time on this connection)
        rows = con.execute(f"""
            SELECT c.claim_id, c.sentence, {time_key} FROM claims c JOIN _cc_keys k USING (claim_id)
            JOIN documents d ON d.doc_id = c.doc_id
            WHERE c.incident_id IS NULL AND c.measure IN (SELECT unnest(?)) AND k.lo IS NULL AND c.claim_id > ?
            ORDER BY c.claim_id LIMIT 50000
        """, [linkable, after]).fetchall()
        if not rows:
            break
        after = rows[-1][0]
        keep = [(cid, t) for cid, sentence, t in rows if not names_period(" ".join((sentence or "").split()))]
        if keep:
            con.register("_cc_undated", pa.table({"claim_id": [k[0] for k in keep], "t": [k[1] for k in keep]}))
            con.execute("INSERT INTO _cc_dirty SELECT claim_id, t FROM _cc_undated")
            con.unregister("_cc_undated")
    con.execute(f"""
        INSERT INTO _cc_dirty
        SELECT c.claim_id, {time_key} FROM claims c JOIN _cc_keys k USING (claim_id) JOIN documents d ON d.doc_id = c.doc_id
        WHERE c.incident_id IN (
            SELECT coalesce(i.incident_id, n.incident_id)
            FROM incidents i FULL JOIN (SELECT incident_id, measure, count(*) AS n FROM claims
                                        WHERE incident_id IS NOT NULL GROUP BY ALL) n USING (incident_id, measure)
            WHERE i.n_claims IS DISTINCT FROM n.n)
    """)


def _link_region(con, seeds: list[str]) -> int:
    """Link one chunk of seeds with every claim that could link with them; returns the region's size."""
    from warehouse.incidents import _order_key, incident_rows, link_claims

    con.execute("CREATE OR REPLACE TEMP TABLE _cc_seed AS SELECT unnest(?) AS claim_id", [seeds])
    con.execute(f"""
        CREATE OR REPLACE TEMP TABLE _cc_region AS
        WITH s AS (SELECT k.* FROM _cc_keys k SEMI JOIN _cc_seed USING (claim_id)),
        near AS (
            SELECT x.block, x.lo, x.hi, unnest(range((x.lo - {BLOCK_DAYS} - 8) // {WEEK},
                                                     (x.hi + {BLOCK_DAYS}) // {WEEK} + 1)) AS wk
            FROM _cc_blk x SEMI JOIN _cc_seed USING (claim_id)
        ),
        cand AS (
            SELECT claim_id FROM _cc_seed
            UNION SELECT k.claim_id FROM s JOIN _cc_keys k ON k.doc_id = s.doc_id
                  AND (s.lo IS NULL OR k.lo IS NULL OR (k.lo <= s.hi + 1 AND k.hi >= s.lo - 1) OR k.shash = s.shash)
            UNION SELECT claim_id FROM _cc_keys WHERE skey IN (SELECT skey FROM s)
            UNION SELECT b.claim_id FROM near n JOIN _cc_blk b ON b.block = n.block AND b.wk = n.wk
                  AND b.lo <= n.hi + {BLOCK_DAYS} AND b.hi >= n.lo - {BLOCK_DAYS}
        )
        SELECT claim_id FROM cand
        UNION SELECT claim_id FROM claims WHERE incident_id IN
            (SELECT incident_id FROM claims SEMI JOIN cand USING (claim_id) WHERE incident_id IS NOT NULL)
    """)
    cur = con.execute(f"SELECT {CLAIM_COLUMNS} FROM claims c JOIN documents d USING (doc_id) "
                      "SEMI JOIN _cc_region r ON r.claim_id = c.claim_id")
    names = [d[0] for d in cur.description]
    records: list[dict[str, Any]] = sorted((dict(zip(names, row)) for row in cur.fetchall()), key=_order_key)
    ids = link_claims(records)  # canonical order: labels and ties do not depend on how SQL returned the rows
    old = {r["incident_id"] for r in records if r["incident_id"]}
    rows = incident_rows(records, ids)
    links = pa.table({"claim_id": pa.array([r["claim_id"] for r in records], pa.string()),
                      "incident_id": pa.array(ids, pa.string())})
    inc = pa.table({c: [r[c] for r in rows] for c in INCIDENT_COLUMNS}, schema=_INCIDENT_SCHEMA)
    gone = sorted(old | {i for i in ids if i})
    con.register("_cc_links", links)
    con.register("_cc_incidents", inc)
    con.execute("BEGIN TRANSACTION")
    try:
        con.execute("UPDATE claims SET incident_id = l.incident_id FROM _cc_links l "
                    "WHERE claims.claim_id = l.claim_id AND claims.incident_id IS DISTINCT FROM l.incident_id")
        con.execute("DELETE FROM incidents WHERE incident_id IN (SELECT unnest(?))", [gone])
        con.execute(f"INSERT INTO incidents ({', '.join(INCIDENT_COLUMNS)}) "
                    f"SELECT {', '.join(INCIDENT_COLUMNS)} FROM _cc_incidents")
        con.execute("DELETE FROM _cc_dirty WHERE claim_id IN (SELECT claim_id FROM _cc_seed)")
        con.execute("COMMIT")
    except BaseException:
        con.execute("ROLLBACK")
        raise
    finally:
        con.unregister("_cc_links")
        con.unregister("_cc_incidents")
    return len(records)
