"""Incidents: claims from one or more reports that describe the same event, and the spread between them.

`link_claims` is pure (records in, one incident id per record out); `relink`
recomputes the `incidents` table and `claims.incident_id` inside an open write
connection, at the end of every ingest.

Two claims are linked when they describe one event:
- they were quoted from one another (the same sentence and number in two
  documents: an excerpt, a syndicated copy; places and dates must not clash), or
  they are numbers of one sentence ("killing 150 and wounding 225"); or
- their measures are of event kinds that go together (casualties, attacks,
  materiel, displacement; never exchange rates, funding, force sizes or
  capacity, nor an undated count over a period such as "220,000 since 2011"), and
- their places agree: the same place, one inside the other's governorate, a
  district or site within a town's reach; within one document a country agrees
  with itself and with every place in it (across documents it agrees with
  nothing); an unknown place agrees with nothing; and
- their event dates overlap within a window set by their precision (a day, +/- 1
  across reports; a week; a month), and
- their event wording does not clash (a car bomb is not an airstrike; a strike on
  a bakery is not one on a hospital); claims of different measure families must
  both name the event at all ("attack", "bombs", "airstrike" ...).
Precise claims (a town or finer, a day or a week) link transitively, but an
event never spans more than MAX_EVENT_DAYS, so daily reports from one town do
not chain into one endless incident. Vaguer claims (a governorate, a country, a
month, no date) join at most one event, the nearest in their own report (or, for
a dated one, in the same governorate), so a province-wide toll cannot bridge two
strikes. An undated claim only joins events of its own report.
An incident's id is a hash of its earliest claim's id (earliest published, then
position), so it stays the same when nothing about that claim changes, and
re-linking never duplicates rows. `relink` links only the claims new or
removed documents touch (warehouse/linking.py), so its cost follows the new
documents, not the size of the warehouse.
"""

from __future__ import annotations

import bisect
import hashlib
from collections import Counter, defaultdict
from datetime import date
from typing import Any

from warehouse.event_match import (
    DAY_SLACK,
    LABEL_WORDS,
    LINKABLE_FAMILIES,
    MAX_EVENT_DAYS,
    QUOTE_MIN_CHARS,
    as_date,
    dates_agree,
    facts as _facts_of,
    interval,
    may_attach,
    places_agree,
    same_event,
    wording,
)

__all__ = ["INCIDENT_VIEWS", "LINKABLE_FAMILIES", "incident_label", "incident_rows", "link_claims", "relink"]

# --------------------------------------------------------------------------- pure linking


def link_claims(records: list[dict[str, Any]]) -> list[str | None]:
    """One incident id per claim record (None for claims of kinds that are not events).

    A record has the claims-table columns (claim_id, doc_id, measure, location, event_date,
    date_precision, sentence, number_text, section, char_start, source, ...) plus the document's
    `published` (date or ISO string) and `outlet`; `event_words` is used when present. The result does not
    depend on the order of the records: they are linked in a canonical order (publication, document,
    position), so linking a part of a warehouse gives the same ids as linking all of it.
    """
    order = sorted(range(len(records)), key=lambda i: _order_key(records[i]))
    ids = _link_ordered([records[i] for i in order])
    out: list[str | None] = [None] * len(records)
    for pos, i in enumerate(order):
        out[i] = ids[pos]
    return out


def _order_key(r: dict[str, Any]) -> tuple:
    pub = as_date(r.get("published"))
    key = r.get("claim_id") or f"{r.get('doc_id')}:{r.get('char_start')}:{r.get('measure')}"
    return (pub.toordinal() if pub else 10**7, str(r.get("doc_id")), r.get("char_start") or 0, str(key))


def _link_ordered(records: list[dict[str, Any]]) -> list[str | None]:
    facts = [_facts_of(i, r) for i, r in enumerate(records)]
    parent = list(range(len(records)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    # each event's date span, so that linking does not chain day after day into one endless incident
    span: dict[int, tuple[int, int]] = {f["i"]: (f["lo"], f["hi"]) for f in facts if f["dated"]}
    # the widest single claim of each event: a week-precise report may spread the event over its week,
    # but no further, and day-precise ones over MAX_EVENT_DAYS
    width: dict[int, int] = {f["i"]: f["hi"] - f["lo"] for f in facts if f["dated"]}

    def union(i: int, j: int) -> None:
        a, b = find(i), find(j)
        if a != b:
            root, child = min(a, b), max(a, b)
            parent[child] = root
            sa, sb = span.get(root), span.get(child)
            if sa or sb:
                span[root] = (min(x[0] for x in (sa, sb) if x), max(x[1] for x in (sa, sb) if x))
                width[root] = max(width.get(root, 0), width.get(child, 0))

    def fits(i: int, j: int) -> bool:
        a, b = find(i), find(j)
        sa, sb = span.get(a), span.get(b)
        if not sa or not sb:
            return True
        allowed = max(MAX_EVENT_DAYS, width.get(a, 0), width.get(b, 0))
        return max(sa[1], sb[1]) - min(sa[0], sb[0]) <= allowed

    # quoted copies and shared sentences
    by_sentence: dict[tuple, list[int]] = defaultdict(list)
    for f in facts:
        if f["linkable"] and f["sentence_key"]:
            by_sentence[f["sentence_key"]].append(f["i"])
    for group in by_sentence.values():
        for j in group[1:]:
            a, b = facts[group[0]], facts[j]
            if a["doc"] == b["doc"] or (len(a["sentence_key"][0]) >= QUOTE_MIN_CHARS
                                         and (not (a["dated"] and b["dated"]) or dates_agree(a, b))
                                         and (not (a["places"] and b["places"]) or places_agree(a, b))):
                union(group[0], j)
    # numbers of one sentence ("killing 150 people and wounding 225") describe one event, unless their places differ
    by_doc_sentence: dict[tuple, list[int]] = defaultdict(list)
    for f in facts:
        if f["linkable"] and f["sentence_key"]:
            by_doc_sentence[(f["doc"], f["sentence_key"][0])].append(f["i"])
    for group in by_doc_sentence.values():
        for j in group[1:]:
            a, b = facts[group[0]], facts[j]
            if not (a["places"] and b["places"]) or places_agree(a, b):
                union(group[0], j)
    # events among precise claims (a town or finer, a day or a week): blocked by governorate, then pairwise
    blocks: dict[str, list[int]] = defaultdict(list)
    for f in facts:
        if f["linkable"] and f["fine"]:
            for b in f["blocks"]:
                blocks[b].append(f["i"])
    for block in sorted(blocks):
        members = blocks[block]
        members.sort(key=lambda i: facts[i]["sort"])
        for x, i in enumerate(members):
            for j in members[x + 1 :]:
                if facts[j]["lo"] - facts[i]["hi"] > DAY_SLACK:  # sorted by start: nothing later can overlap
                    break
                if find(i) != find(j) and fits(i, j) and same_event(facts[i], facts[j]):
                    union(i, j)
    # vaguer claims (a governorate or country, a month, no date) join at most one event: they must not
    # bridge two (a province-wide toll would otherwise merge every strike in the province). Candidates come
    # from their own document, or for a day-dated one from the same governorate within the date window.
    fine_lo = {b: [facts[i]["lo"] for i in m] for b, m in blocks.items()}
    by_doc: dict[Any, list[int]] = defaultdict(list)
    for f in facts:
        if f["linkable"] and f["fine"]:
            by_doc[f["doc"]].append(f["i"])
    vague_by_day: dict[tuple[str, int], list[int]] = defaultdict(list)
    for f in sorted((f for f in facts if f["linkable"] and not f["fine"] and f["places"]), key=lambda f: f["order"]):
        cands = set(by_doc[f["doc"]])
        day_dated = f["dated"] and f["hi"] - f["lo"] <= 8
        if day_dated:
            for b in f["blocks"]:
                lo = bisect.bisect_left(fine_lo.get(b, []), f["lo"] - 9 - DAY_SLACK)
                hi = bisect.bisect_right(fine_lo.get(b, []), f["hi"] + DAY_SLACK)
                cands.update(blocks[b][lo:hi] if b in blocks else ())
                for d in range(f["lo"] - 9 - DAY_SLACK, f["hi"] + DAY_SLACK + 1):
                    cands.update(vague_by_day.get((b, d), ()))
        best, best_cost = None, None
        for j in cands:
            g = facts[j]
            if j != f["i"] and may_attach(f, g) and fits(f["i"], j) and same_event(f, g):
                cost = (f["doc"] != g["doc"], abs((f["pos"] or 0) - (g["pos"] or 0)), g["order"])
                if best_cost is None or cost < best_cost:
                    best, best_cost = j, cost
        if best is not None:
            union(best, f["i"])
        by_doc[f["doc"]].append(f["i"])
        if day_dated:
            for b in f["blocks"]:
                vague_by_day[(b, f["lo"])].append(f["i"])

    groups: dict[int, list[int]] = defaultdict(list)
    for f in facts:
        if f["linkable"]:
            groups[find(f["i"])].append(f["i"])
    out: list[str | None] = [None] * len(records)
    for members in groups.values():
        first = min(members, key=lambda i: facts[i]["order"])
        iid = "inc_" + hashlib.sha256(facts[first]["key"].encode("utf-8")).hexdigest()[:12]
        for i in members:
            out[i] = iid
    return out


# --------------------------------------------------------------------------- the incidents table

_MEASURE_NOUNS = {"killed": "Deaths", "wounded": "Wounded", "captured": "Captures", "displaced": "Displacement",
                  "destroyed": "Destruction", "damaged": "Damage", "seized": "Seizures", "attacks": "Attacks"}

def relink(con, *, full: bool = False) -> int:
    """Link the claims that new or superseded documents touched (every claim with full=True), updating
    claims.incident_id and the incidents table in the open write connection; the number of incidents.

    Incremental and blocked (warehouse/linking.py): claims far from the new ones in place and time keep
    their incidents, so the cost follows the new documents, not the warehouse. Idempotent: with nothing new,
    nothing changes, however often it runs.
    """
    from warehouse.linking import relink_incremental

    return relink_incremental(con, full=full)["incidents"]


def incident_rows(records: list[dict[str, Any]], ids: list[str | None]) -> list[dict[str, Any]]:
    """One row per incident and measure, with the label and the spread between its claims (pure)."""
    members: dict[str, list[dict]] = defaultdict(list)
    for r, iid in zip(records, ids):
        if iid is not None:
            members[iid].append(r)
    rows = []
    for iid in sorted(members):
        claims = members[iid]
        label = incident_label(claims)
        where = _most_common([c.get("location") for c in claims])
        for measure in sorted({c["measure"] for c in claims}):
            of = [c for c in claims if c["measure"] == measure]
            spans = _spans(of) or _spans(claims)
            bests = [c["best"] for c in of if c.get("best") is not None]
            lows = [c["low"] for c in of if c.get("low") is not None]
            highs = [c["high"] for c in of if c.get("high") is not None]
            best_min, best_max = (min(bests), max(bests)) if bests else (None, None)
            rows.append({
                "incident_id": iid, "measure": measure, "label": label, "location": where,
                "date_start": date.fromordinal(min(s[0] for s in spans)) if spans else None,
                "date_end": date.fromordinal(max(s[1] for s in spans)) if spans else None,
                "n_claims": len(of),
                "n_sources": len({c.get("source") for c in of if c.get("source")}),
                "low_min": min(lows) if lows else None,
                "best_min": best_min, "best_max": best_max,
                "high_max": max(highs) if highs else None,
                "spread_ratio": best_max / best_min if best_min else None,
            })
    return rows


def _spans(claims: list[dict[str, Any]]) -> list[tuple[int, int]]:
    spans = [interval(c.get("event_date"), c.get("date_precision")) for c in claims]
    return [s for s in spans if s[0] is not None]


def incident_label(claims: list[dict[str, Any]]) -> str:
    """"Car bombs, Jableh and Tartous, 2016-05-23": what happened, where, when."""
    words: Counter = Counter()
    for c in claims:
        methods, targets, _ = wording(" ".join((c.get("sentence") or "").split()), c.get("event_words"))
        words.update(methods)
        words.update(targets)
    what = next((LABEL_WORDS[w] for w, _ in words.most_common() if w in LABEL_WORDS), None)
    if what is None:
        what = _MEASURE_NOUNS.get(Counter(c["measure"] for c in claims).most_common(1)[0][0], "Incident")
    where = _most_common([c.get("location") for c in claims]) or "place unknown"
    dates = [c.get("event_date") for c in claims if c.get("event_date")]
    when = Counter(dates).most_common(1)[0][0] if dates else "date unknown"
    return f"{what}, {where}, {when}"


def _most_common(values: list) -> Any:
    vals = [v for v in values if v]
    if not vals:
        return None
    counts = Counter(vals)
    return max(counts, key=lambda v: (counts[v], -vals.index(v)))


# --------------------------------------------------------------------------- views

INCIDENT_VIEWS: dict[str, str] = {
    # per incident and measure: each source's latest claim (by publication date) and the spread between them
    "v_incident_sources": """
WITH c AS (
    SELECT c.incident_id, c.measure, coalesce(c.source, '(unnamed)') AS source, c.source_type, c.claim_id,
           c.number_text, c.low, c.best, c.high, c.qualifier, c.confidence, c.sentence, c.location, c.event_date,
           d.published, d.outlet, c.doc_id,
           row_number() OVER (PARTITION BY c.incident_id, c.measure, coalesce(c.source, '(unnamed)')
                              ORDER BY d.published DESC NULLS LAST, c.doc_id DESC, c.char_start DESC) AS rn,
           count(*) OVER (PARTITION BY c.incident_id, c.measure, coalesce(c.source, '(unnamed)')) AS n_reports
    FROM claims c JOIN documents d USING (doc_id)
    WHERE c.incident_id IS NOT NULL
)
SELECT c.incident_id, c.measure, i.label, source, source_type, claim_id, number_text, low, best, high, qualifier,
       confidence, published, outlet, doc_id, c.location, event_date, sentence, n_reports::INTEGER AS n_reports,
       count(*) OVER w AS n_sources,
       min(best) OVER w AS best_min,
       max(best) OVER w AS best_max,
       max(best) OVER w / nullif(min(best) OVER w, 0) AS spread_ratio
FROM c LEFT JOIN incidents i ON i.incident_id = c.incident_id AND i.measure = c.measure
WHERE rn = 1
WINDOW w AS (PARTITION BY c.incident_id, c.measure)
""",
    # per incident, measure and source: its claims in publication order, with the change from the previous one
    "v_source_updates": """
SELECT c.incident_id, c.measure, coalesce(c.source, '(unnamed)') AS source, d.published, d.outlet, c.doc_id,
       c.claim_id, c.number_text, c.best,
       row_number() OVER w AS step,
       count(*) OVER (PARTITION BY c.incident_id, c.measure, coalesce(c.source, '(unnamed)')) AS n_steps,
       lag(c.best) OVER w AS previous_best,
       c.best - lag(c.best) OVER w AS change,
       c.sentence
FROM claims c JOIN documents d USING (doc_id)
WHERE c.incident_id IS NOT NULL
WINDOW w AS (PARTITION BY c.incident_id, c.measure, coalesce(c.source, '(unnamed)')
             ORDER BY d.published NULLS FIRST, c.doc_id, c.char_start)
""",
}
