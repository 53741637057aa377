"""Test data for the warehouse tests: articles in our own words, and a warehouse with known claims.

Nothing here is copied from the seeds; the sentences are written for the tests.
"""

from __future__ import annotations

import json
import random
from datetime import date, timedelta
from pathlib import Path

TOWNS = ["Douma", "Saraqib", "Jisr al-Shughur", "Manbij", "Tadmur", "Darayya", "Kafranbel", "Azaz", "Qusayr", "Talbiseh"]
VOICES = ["the monitoring group said", "state television reported", "a local council said",
          "activists told reporters", "the defence ministry said"]
OUTLETS = ["Northern Wire", "State Broadcaster", "Valley Monitor", "Opposition Channel"]


def article(i: int, rng: random.Random, seed: int = 3) -> dict:
    """One short report with a few countable claims, deterministic for (i, rng state)."""
    town = rng.choice(TOWNS)
    killed, wounded = rng.randint(2, 90), rng.randint(1, 200)
    day = date(2015, 1, 1) + timedelta(days=rng.randint(0, 700))
    text = (
        f"Report {i}: fighting near {town}.\n\n"
        f"At least {killed} civilians were killed in an air strike on {town} on Tuesday, {rng.choice(VOICES)}. "
        f"Another {wounded} people were wounded, {rng.choice(VOICES)}. "
        f"Rescue crews searched the rubble of {rng.randint(2, 9)} buildings into the night.\n"
    )
    return {"text": text, "title": f"Strike near {town} ({i})", "outlet": rng.choice(OUTLETS),
            "published": day.isoformat(), "url": f"https://example.org/{seed}/report/{i}"}


def articles(n: int, seed: int = 3) -> list[dict]:
    rng = random.Random(seed)
    return [article(i, rng, seed) for i in range(n)]


def write_jsonl(path: Path, rows: list[dict]) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    return path


def known_warehouse(db: Path) -> Path:
    """A warehouse whose claims are written directly (no extractor), for exact view results.

    Incident I1 (killed): A says 10, B 20, C 40. Incident I2 (killed): A 12, B 12.
    Two exchange-rate claims. A third document has no publication date and no event date.
    """
    from extract import Claim
    from warehouse.store import Document, connect, refresh_sources, store_documents

    def claim(best, source, start, measure="killed", event_date=None, unit="count", subject="civilians"):
        return Claim(number_text=str(int(best)), low=best, high=best, best=float(best), qualifier="exact",
                     unit=unit, measure=measure, subject=subject, side="civilian", char_start=start,
                     char_end=start + 2, sentence=f"{source} said {best}.", source=source,
                     source_type="monitor" if source != "C" else "state_media", stance="claimed",
                     confidence=0.5, confidence_reasons=["test"], event_date=event_date,
                     date_precision="day" if event_date else None)

    docs = [
        Document("d1", "/x/one.txt", "text one " * 10, "Outlet One", "One", date(2016, 5, 1), "en",
                 [claim(10, "A", 0, event_date="2016-04-30"), claim(20, "B", 10, event_date="2016-04-30"),
                  claim(40, "C", 20, event_date="2016-04-30"), claim(12, "A", 30), claim(12, "B", 40)]),
        Document("d2", "/x/two.txt", "text two " * 10, "Outlet Two", "Two", date(2017, 2, 3), "en",
                 [claim(580, "C", 0, measure="rate", unit="ratio", subject="SYP per USD"),
                  claim(600, "B", 10, measure="rate", unit="ratio", subject="SYP per USD", event_date="2017-02-01")]),
        Document("d3", "/x/three.txt", "text three " * 10, None, None, None, "en", [claim(7, "A", 0)]),
    ]
    con = connect(db)
    try:
        store_documents(con, docs)
        ids = {r[0]: r[1] for r in con.execute("SELECT claim_id, best FROM claims WHERE measure = 'killed' "
                                               "AND doc_id = 'd1'").fetchall()}
        for cid, best in ids.items():
            inc = "I1" if best in (10.0, 20.0, 40.0) else "I2"
            con.execute("UPDATE claims SET incident_id = ? WHERE claim_id = ?", [inc, cid])
        con.execute("DELETE FROM incidents")
        con.execute("INSERT INTO incidents VALUES ('I1', 'killed', 'Strike, Douma', 'Douma', '2016-04-30', "
                    "'2016-04-30', 3, 3, 10, 10, 40, 40, 4.0), ('I2', 'killed', 'Shelling, Azaz', 'Azaz', NULL, NULL, "
                    "2, 2, 12, 12, 12, 12, 1.0)")
        refresh_sources(con)
    finally:
        con.close()
    return db
