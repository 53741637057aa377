"""A synthetic corpus of conflict reports about Syria, for the demo and the benchmark.

Every sentence is written by this module (never copied from real articles).
Incidents happen at real Syrian places on a timeline of 2015-2016; each is
reported by two to four fictional outlets of different leanings, each with
its own numbers, qualifiers and attributions, so the dashboard has real
disagreement to show. Some tolls rise over several days of updates.

The generator is seeded and deterministic, streams its output (bounded
memory) and is cheap enough for the benchmark to draw 100,000s of documents.

    python -m counterclaim.corpus --docs 240 --out assets/demo/corpus.jsonl
"""

from __future__ import annotations

import heapq
import json
import random
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path

from counterclaim import corpus_voices as voices

START = date(2015, 1, 1)
END = date(2016, 12, 31)
DEFAULT_DOCS = 240
DEFAULT_SEED = 7
DEMO_CORPUS = Path(__file__).resolve().parent.parent / "assets" / "demo" / "corpus.jsonl"
DEMO_INCIDENTS = DEMO_CORPUS.with_name("incidents.jsonl")


@dataclass(frozen=True)
class Outlet:
    name: str
    key: str  # which voice writes for it (see corpus_voices.VOICES)
    leaning: str
    domain: str


OUTLETS: tuple[Outlet, ...] = (
    Outlet("Barada National Television", "state", "state broadcaster, pro-government", "baradatv.example"),
    Outlet("Free Levant Channel", "opposition", "pro-opposition satellite channel", "freelevant.example"),
    Outlet("Orontes Casualty Monitor", "monitor", "monitoring group that documents victims by name",
           "orontesmonitor.example"),
    Outlet("Meridian Press Agency", "wire", "international wire agency", "meridianpress.example"),
    Outlet("The Levant Ledger", "blog", "aggregator blog with reader comments", "levantledger.example"),
    Outlet("@NorthSyriaPulse", "social", "social media account of a citizen journalist", "social.example"),
    Outlet("Euphrates Voice", "local", "local activist news network in the east", "euphratesvoice.example"),
)
BY_KEY = {o.key: o for o in OUTLETS}

# (place, governorate, areas). Roles say who holds a place and so which incidents happen there.
OPPOSITION_HELD = [
    ("Douma", "Rif Dimashq", ["the main market", "a residential block near the Grand Mosque", "al-Hajjar street"]),
    ("Darayya", "Rif Dimashq", ["the western quarter", "a field hospital", "the Khawlani area"]),
    ("Aleppo", "Aleppo", ["al-Shaar", "al-Sukkari", "Bustan al-Qasr", "al-Kalasa", "Tariq al-Bab"]),
    ("Idlib", "Idlib", ["the city centre", "the vegetable market", "the industrial zone"]),
    ("Maarat al-Numan", "Idlib", ["the town's fuel market", "a school", "the main square"]),
    ("Saraqeb", "Idlib", ["a bakery", "the eastern neighbourhood"]),
    ("Kafr Zita", "Hama", ["the town centre", "farmland on the edge of town"]),
    ("Talbiseh", "Homs", ["a mosque", "the northern neighbourhood"]),
    ("al-Rastan", "Homs", ["the town centre", "a residential street"]),
    ("Daraa", "Daraa", ["Daraa al-Balad", "the Tariq al-Sadd district"]),
    ("Jisr al-Shughur", "Idlib", ["the town's hospital", "the bus station"]),
]
REGIME_HELD = [
    ("Jableh", "Latakia", ["the bus station", "the entrance of the national hospital"]),
    ("Tartous", "Tartous", ["the Arzoneh roundabout", "the corniche"]),
    ("Homs", "Homs", ["al-Zahraa", "Akrama", "the Wadi al-Dhahab district"]),
    ("Aleppo", "Aleppo", ["New Aleppo", "al-Hamdaniya", "al-Midan", "al-Mogambo"]),
    ("Hama", "Hama", ["the city centre", "the southern entrance"]),
    ("Latakia", "Latakia", ["the port area", "al-Ziraa"]),
    ("Damascus", "Damascus", ["Sayyida Zeinab", "Bab Touma", "Jaramana"]),
]
ISIS_HELD = [
    ("Raqqa", "Raqqa", ["the al-Naim roundabout", "the city centre", "al-Mishlab"]),
    ("Deir ez-Zor", "Deir ez-Zor", ["al-Mayadin", "al-Bukamal", "al-Muhassan"]),
    ("al-Bab", "Aleppo", ["the town centre", "the grain silos"]),
    ("Palmyra", "Homs", ["the old city", "the residential district"]),
]
FRONTS = [
    ("Palmyra", "Homs", ["the desert east of the town", "the hills above the citadel"]),
    ("Morek", "Hama", ["the northern Hama countryside"]),
    ("Souran", "Hama", ["the northern Hama countryside"]),
    ("al-Eis", "Aleppo", ["the southern Aleppo countryside"]),
    ("Khan Tuman", "Aleppo", ["the southern Aleppo countryside"]),
    ("Sheikh Maskin", "Daraa", ["the Daraa countryside"]),
    ("Deir ez-Zor", "Deir ez-Zor", ["the military airport", "the Panorama checkpoint"]),
    ("Salma", "Latakia", ["the Latakia mountains"]),
    ("Handarat", "Aleppo", ["the hills north of Aleppo"]),
]

# kind: (weight, places, perpetrators, outlets that may report it)
KINDS: dict[str, tuple[int, list, tuple[str, ...], tuple[str, ...]]] = {
    "airstrike": (26, OPPOSITION_HELD + ISIS_HELD, ("regime", "russia"),
                  ("opposition", "monitor", "wire", "blog", "social", "local", "state")),
    "barrel": (16, OPPOSITION_HELD, ("regime",), ("opposition", "monitor", "wire", "blog", "social")),
    "bombing": (10, REGIME_HELD, ("isis",), ("state", "monitor", "wire", "blog", "social", "opposition")),
    "shelling": (12, REGIME_HELD, ("rebels",), ("state", "monitor", "wire", "blog", "social")),
    "clashes": (20, FRONTS, ("rebels", "isis"), ("state", "opposition", "monitor", "wire", "blog", "social", "local")),
    "displacement": (6, OPPOSITION_HELD + ISIS_HELD, ("regime", "russia", "isis"),
                     ("opposition", "monitor", "wire", "blog", "local")),
    "detentions": (8, REGIME_HELD, ("regime",), ("opposition", "monitor", "wire", "blog")),
}
EAST = {"Raqqa", "Deir ez-Zor", "al-Bab", "Palmyra"}
RUSSIA_FROM = date(2015, 9, 30)  # the first Russian air strikes


@dataclass
class Incident:
    """What really happened (in this fiction): the truth each outlet bends its own way."""

    id: str
    kind: str
    place: str
    governorate: str
    area: str
    day: date
    perp: str
    truth: dict[str, int]
    escalate: bool = False
    reporters: list[str] = field(default_factory=list)


def _truth(kind: str, rng: random.Random) -> dict[str, int]:
    r = rng.randint
    killed = int(rng.paretovariate(1.6) * 6)
    if kind == "airstrike":
        k = min(killed + 3, 140)
        return {"killed": k, "wounded": k * r(12, 30) // 10, "children": k * r(15, 35) // 100, "strikes": r(4, 25),
                "vehicles": r(2, 8)}
    if kind == "barrel":
        k = min(killed + 2, 90)
        return {"killed": k, "wounded": k * r(12, 25) // 10, "children": k * r(10, 30) // 100, "barrels": r(6, 45)}
    if kind == "bombing":
        k = min(killed * 2 + 10, 180)
        return {"killed": k, "wounded": k * r(13, 25) // 10, "bombs": r(1, 4)}
    if kind == "shelling":
        k = min(killed // 2 + 2, 40)
        return {"killed": k, "wounded": k * r(15, 30) // 10, "shells": r(12, 90)}
    if kind == "clashes":
        return {"troops": r(6, 70), "fighters": r(10, 90), "tanks": r(2, 9), "vehicles": r(2, 12)}
    if kind == "displacement":
        return {"displaced": r(2, 60) * 1000, "families": r(3, 80) * 50}
    return {"detained": r(12, 220)}


# How far each voice bends the truth: (low, high) multipliers by who did it.
BIAS: dict[str, dict[str, tuple[float, float]]] = {
    "state": {"regime": (0.2, 0.5), "russia": (0.2, 0.5), "isis": (1.0, 1.3), "rebels": (1.1, 1.6)},
    "opposition": {"regime": (1.1, 1.7), "russia": (1.1, 1.7), "isis": (0.8, 1.1), "rebels": (0.3, 0.7)},
    "monitor": {"*": (0.8, 1.0)},
    "wire": {"*": (0.75, 1.05)},
    "blog": {"*": (0.8, 1.2)},
    "social": {"*": (0.6, 1.4)},
    "local": {"regime": (1.0, 1.4), "russia": (1.0, 1.5), "isis": (1.1, 1.6), "rebels": (0.8, 1.0)},
}


UNBENT = {"vehicles", "bombs", "strikes"}  # counts no voice has a reason to inflate or play down


def bend(value: int, voice: str, perp: str, rng: random.Random) -> int:
    """The number a voice reports for a true `value` (never below 1)."""
    lo, hi = BIAS[voice].get(perp) or BIAS[voice]["*"]
    bent = value * rng.uniform(lo, hi)
    return rounded(bent) if value >= 1000 else max(1, round(bent))


def rounded(v: float) -> int:
    """Large counts as people write them: 3,400 and 35,000, not 3,417 (nobody counts the displaced to the person)."""
    return max(100, int(round(v, -2 if v < 10_000 else -3)))


def syp_per_usd(day: date) -> int:
    """The black-market Syrian pounds per US dollar in this fiction (roughly the real path of 2015-16)."""
    points = [(date(2015, 1, 1), 215), (date(2015, 6, 1), 285), (date(2015, 12, 1), 385),
              (date(2016, 5, 5), 620), (date(2016, 7, 1), 470), (date(2016, 12, 31), 520)]
    for (d0, r0), (d1, r1) in zip(points, points[1:]):
        if d0 <= day <= d1:
            return round(r0 + (r1 - r0) * (day - d0).days / (d1 - d0).days)
    return points[-1][1]


@dataclass
class Piece:
    """One article before rendering: who writes what about which incident, and when."""

    published: date
    seq: int
    outlet: Outlet
    title: str
    text: str
    incidents: tuple[str, ...]


def _pick_kind(rng: random.Random) -> str:
    kinds = list(KINDS)
    return rng.choices(kinds, weights=[KINDS[k][0] for k in kinds])[0]


def _new_incident(n: int, day: date, rng: random.Random) -> Incident:
    kind = _pick_kind(rng)
    _, places, perps, allowed = KINDS[kind]
    place, gov, areas = rng.choice(places)
    perp = rng.choice(perps)
    if kind == "airstrike" and place in EAST:
        perp = "russia"
    if kind == "clashes" and place in EAST:
        perp = "isis"
    if perp == "russia" and day < RUSSIA_FROM:
        perp = "regime"
    inc = Incident(f"I{n:05d}", kind, place, gov, rng.choice(areas), day, perp, _truth(kind, rng))
    eligible = [k for k in allowed if k != "local" or place in EAST]
    single = rng.random() < 0.12
    inc.reporters = rng.sample(eligible, 1 if single else min(len(eligible), rng.choice((2, 2, 3, 3, 4))))
    if "local" in eligible and "local" not in inc.reporters and rng.random() < 0.7:
        inc.reporters.append("local")  # the eastern network covers its own towns
    inc.escalate = kind in ("bombing", "airstrike", "barrel") and inc.truth["killed"] >= 20 and rng.random() < 0.7
    if inc.escalate and "wire" not in inc.reporters:
        inc.reporters.append("wire")
    return inc


def _pieces_for(inc: Incident, rng: random.Random, seq: int) -> list[Piece]:
    out = []
    for key in inc.reporters:
        outlet = BY_KEY[key]
        stages = (0.4, 0.7, 1.0) if inc.escalate and key in ("wire", "monitor") else (1.0,)
        delay = 0 if key in ("social", "wire", "state", "opposition") else rng.choice((0, 1, 1, 2))
        previous = None
        for i, share in enumerate(stages):
            pub = inc.day + timedelta(days=delay + (i if i < 2 else rng.choice((2, 3))))
            values = {m: bend(v, key, inc.perp, rng) if m not in UNBENT else max(2, v + rng.randint(-1, 1))
                      for m, v in inc.truth.items()}
            if len(stages) > 1:
                values["killed"] = max(1, round(inc.truth["killed"] * share * rng.uniform(0.9, 1.05)))
                if previous is not None:
                    values["killed"] = max(values["killed"], previous + 3)
            if "tanks" in values:
                values["tanks"] = max(2, values["tanks"])  # plural templates; single tank losses are left out
            if "children" in values:
                values["children"] = min(values["children"], values["killed"] // 2)
            title, text = voices.write(key, outlet.name, inc, values, pub, rng, stage=i, previous=previous)
            out.append(Piece(pub, seq + len(out), outlet, title, text, (inc.id,)))
            previous = values.get("killed")
    return out


ECONOMY_VOICES = ("wire", "opposition", "state", "social", "blog")


def _economy_piece(day: date, rng: random.Random, seq: int, k: int) -> Piece:
    key = ECONOMY_VOICES[k % len(ECONOMY_VOICES)]  # in turn, so even a small corpus hears every voice
    rate = syp_per_usd(day)
    title, text = voices.write_rate(key, BY_KEY[key].name, rate, day, rng)
    return Piece(day, seq, BY_KEY[key], title, text, ())


def _pieces(n_docs: int, seed: int) -> Iterator[tuple[Piece, Incident | None]]:
    """Pieces in order of creation, with their incident; dates advance with the share of docs produced."""
    rng = random.Random(seed)
    span = (END - START).days
    made = n_inc = n_economy = 0
    while made < n_docs:
        day = START + timedelta(days=span * made // max(n_docs, 1))
        if rng.random() < 0.1:
            yield _economy_piece(day, rng, made, n_economy), None
            made += 1
            n_economy += 1
            continue
        n_inc += 1
        inc = _new_incident(n_inc, day, rng)
        for p in _pieces_for(inc, rng, made):
            if made >= n_docs:
                return
            p.seq = made
            yield p, inc
            made += 1


def _in_date_order(n_docs: int, seed: int) -> Iterator[tuple[Piece, Incident | None]]:
    """The pieces sorted by publication date, holding back only those not yet due (bounded memory)."""
    heap: list[tuple[date, int, Piece, Incident | None]] = []
    for piece, inc in _pieces(n_docs, seed):
        due = inc.day if inc else piece.published
        while heap and heap[0][0] < due:
            yield heapq.heappop(heap)[2:]
        heapq.heappush(heap, (piece.published, piece.seq, piece, inc))
    while heap:
        yield heapq.heappop(heap)[2:]


def _as_dict(piece: Piece) -> dict:
    slug = "-".join(w for w in "".join(c if c.isalnum() else " " for c in piece.title.lower()).split()[:8])
    if piece.outlet.key == "social":
        url = f"https://{piece.outlet.domain}/{piece.outlet.name.lstrip('@')}/status/{90000 + piece.seq}"
    else:
        url = f"https://{piece.outlet.domain}/{piece.published:%Y/%m/%d}/{slug}-{piece.seq}"
    return {"text": piece.text, "title": piece.title, "outlet": piece.outlet.name,
            "published": piece.published.isoformat(), "url": url}


def generate_articles(n_docs: int, *, seed: int = DEFAULT_SEED) -> Iterator[dict]:
    """`n_docs` synthetic reports, in date order: dicts with text, title, outlet, published (ISO), url."""
    for piece, _ in _in_date_order(n_docs, seed):
        yield _as_dict(piece)


def generate_with_incidents(n_docs: int, *, seed: int = DEFAULT_SEED) -> Iterator[tuple[dict, Incident | None]]:
    """Like generate_articles, with the incident each report describes (the answer key)."""
    for piece, inc in _in_date_order(n_docs, seed):
        yield _as_dict(piece), inc


def write_corpus(out: Path, n_docs: int = DEFAULT_DOCS, *, seed: int = DEFAULT_SEED,
                 incidents_out: Path | None = None) -> int:
    """Write the corpus as JSON lines (and, optionally, its incidents answer key); returns documents written."""
    out.parent.mkdir(parents=True, exist_ok=True)
    key: dict[str, dict] = {}
    n = 0
    with out.open("w", encoding="utf-8", newline="\n") as f:
        for art, inc in generate_with_incidents(n_docs, seed=seed):
            f.write(json.dumps(art, ensure_ascii=False, sort_keys=True) + "\n")
            n += 1
            if inc is not None:
                row = key.setdefault(inc.id, {
                    "incident": inc.id, "kind": inc.kind, "place": inc.place, "governorate": inc.governorate,
                    "area": inc.area, "date": inc.day.isoformat(), "perpetrator": inc.perp,
                    "truth": inc.truth, "urls": []})
                row["urls"].append(art["url"])
    if incidents_out is not None:
        with incidents_out.open("w", encoding="utf-8", newline="\n") as f:
            for row in sorted(key.values(), key=lambda r: r["incident"]):
                f.write(json.dumps(row, ensure_ascii=False, sort_keys=True) + "\n")
    return n


def main(argv: list[str] | None = None) -> None:
    import argparse

    ap = argparse.ArgumentParser(description="Write the synthetic demo corpus as JSON lines.")
    ap.add_argument("--docs", type=int, default=DEFAULT_DOCS)
    ap.add_argument("--seed", type=int, default=DEFAULT_SEED)
    ap.add_argument("--out", type=Path, default=DEMO_CORPUS)
    ap.add_argument("--incidents", type=Path, default=None, help="Also write the incidents answer key here.")
    args = ap.parse_args(argv)
    incidents = args.incidents or (DEMO_INCIDENTS if args.out == DEMO_CORPUS else None)
    n = write_corpus(args.out, args.docs, seed=args.seed, incidents_out=incidents)
    print(f"wrote {n} documents to {args.out}")


if __name__ == "__main__":
    main()
