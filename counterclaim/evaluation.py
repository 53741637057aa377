"""Score the extractor against hand-annotated gold claims (`counterclaim eval`).

Each seed document is run through `extract.extract_claims` with its published
date and outlet from the seeds' metadata.jsonl. A gold claim's number span is
found from its quote (unique in the document) and its `number_text` inside the
quote. Predicted and gold claims are matched one-to-one when their number spans
overlap (greedy by overlap length, ties by text order), and each field's
accuracy is measured over the matched pairs. Definitions: ../shared/gold/GUIDELINES.md.
"""

from __future__ import annotations

import importlib
import json
import re
import sys
from datetime import date
from pathlib import Path
from typing import Any, Callable

from extract import extract_claims
from extract.records import Claim
from extract.sentences import split_sentences

FIELDS: tuple[str, ...] = (
    "best", "low", "high", "qualifier", "unit", "measure", "subject", "side",
    "location", "event_date", "source", "source_type", "stance", "section",
)
NUMERIC_FIELDS = frozenset({"best", "low", "high"})
TOLERANCE = 1e-6


# --------------------------------------------------------------------------- loading


def load_meta(seeds_dir: Path) -> dict[str, dict]:
    """metadata.jsonl rows by document file name ({} when the file is absent)."""
    path = Path(seeds_dir) / "metadata.jsonl"
    if not path.exists():
        return {}
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return {row["doc"]: row for row in rows}


def load_gold(gold_dir: Path) -> dict[str, list[dict]]:
    """Gold claims by document file name, in file order."""
    out: dict[str, list[dict]] = {}
    for path in sorted(Path(gold_dir).glob("*.claims.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                row = json.loads(line)
                out.setdefault(row["doc"], []).append(row)
    return out


def locate(text: str, claim: dict) -> tuple[int, int] | None:
    """Character span of a gold claim's number in `text`, or None if its quote is not found."""
    at = text.find(claim["quote"])
    if at < 0:
        return None
    quote, number = claim["quote"], claim["number_text"]
    # prefer an occurrence that is a whole token ("14" in "in 2014 ... killed 14"), else the first
    whole = re.search(r"(?<![\w.])" + re.escape(number) + r"(?!\w)", quote) if number else None
    inner = whole.start() if whole else quote.find(number)
    if inner < 0 or not number:
        return None
    start = at + inner
    return start, start + len(number)


def _published(row: dict | None) -> date | None:
    try:
        return date.fromisoformat(row["published"]) if row and row.get("published") else None
    except ValueError:
        return None


# --------------------------------------------------------------------------- matching


def match_spans(gold: list[tuple[int, int] | None], predicted: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """One-to-one (gold index, predicted index) pairs of overlapping spans.

    Greedy: the pair with the longest overlap first; ties go to the earlier
    gold claim, then the earlier prediction, so the result is deterministic.
    """
    candidates: list[tuple[int, int, int]] = []
    for gi, g in enumerate(gold):
        if g is None:
            continue
        for pi, p in enumerate(predicted):
            overlap = min(g[1], p[1]) - max(g[0], p[0])
            if overlap > 0:
                candidates.append((-overlap, gi, pi))
    candidates.sort()
    used_g: set[int] = set()
    used_p: set[int] = set()
    pairs: list[tuple[int, int]] = []
    for _, gi, pi in candidates:
        if gi not in used_g and pi not in used_p:
            used_g.add(gi)
            used_p.add(pi)
            pairs.append((gi, pi))
    return sorted(pairs)


# --------------------------------------------------------------------------- field comparison


def _optional(module: str, name: str) -> Callable | None:
    """A helper from another module if it exists yet (the modules are written in parallel)."""
    try:
        return getattr(importlib.import_module(module), name, None)
    except Exception:  # noqa: BLE001 - a broken sibling module must not break scoring
        return None


def _norm_text(value: Any) -> str | None:
    if value is None:
        return None
    text = " ".join(str(value).split()).casefold()
    return text or None


def same_value(field: str, gold: Any, predicted: Any, canon: dict[str, Callable | None] | None = None) -> bool:
    """Whether a predicted field value counts as right for the gold one."""
    if field in NUMERIC_FIELDS:
        if gold is None or predicted is None:
            return gold is None and predicted is None
        try:
            return abs(float(gold) - float(predicted)) <= TOLERANCE
        except (TypeError, ValueError):
            return False
    canon = canon or {}
    fn = canon.get(field)
    if fn is not None and gold is not None and predicted is not None:
        try:
            g, p = fn(str(gold)), fn(str(predicted))
        except Exception:  # noqa: BLE001
            g = p = None
        if g is not None and p is not None:
            return _norm_text(g) == _norm_text(p)
    return _norm_text(gold) == _norm_text(predicted)


def _canonicalisers() -> dict[str, Callable | None]:
    return {
        "source": _optional("extract.attribution", "canonical_source"),
        "location": _optional("extract.writtenplaces", "canonical_place"),
    }


# --------------------------------------------------------------------------- evaluation


def _prf(gold: int, predicted: int, matched: int) -> dict[str, float]:
    p = matched / predicted if predicted else 0.0
    r = matched / gold if gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4)}


def _claim_view(c: Claim) -> dict:
    return {
        "number_text": c.number_text, "char_start": c.char_start, "measure": c.measure,
        "subject": c.subject, "side": c.side, "sentence": " ".join(c.sentence.split()),
    }


def _sentence_around(text: str, span: tuple[int, int] | None, quote: str) -> str:
    """The sentence holding a gold number, for the developer reading the misses."""
    if span is None:
        return " ".join(quote.split())
    for s, e in split_sentences(text):
        if s <= span[0] < e:
            return " ".join(text[s:e].split())[:300]
    return " ".join(quote.split())


def evaluate(gold_dir: Path, seeds_dir: Path) -> dict:
    """Precision, recall, F1 and per-field accuracy of the extractor on the seed documents."""
    gold_dir, seeds_dir = Path(gold_dir), Path(seeds_dir)
    meta = load_meta(seeds_dir)
    gold = load_gold(gold_dir)
    canon = _canonicalisers()
    docs = sorted({p.name for p in seeds_dir.glob("*.txt")} | set(gold))

    totals = {"gold": 0, "predicted": 0, "matched": 0}
    right = {f: 0 for f in FIELDS}
    per_document: dict[str, dict] = {}
    all_matches: list[tuple[dict, Claim]] = []
    all_predicted: dict[str, list[Claim]] = {}

    for doc in docs:
        path = seeds_dir / doc
        text = path.read_text(encoding="utf-8") if path.exists() else ""
        row = meta.get(doc)
        predicted = extract_claims(text, published=_published(row), outlet=(row or {}).get("outlet"))
        all_predicted[doc] = predicted
        golds = gold.get(doc, [])
        spans = [locate(text, g) for g in golds]
        pairs = match_spans(spans, [(c.char_start, c.char_end) for c in predicted])
        matched_g = {gi for gi, _ in pairs}
        matched_p = {pi for _, pi in pairs}

        mismatches: list[dict] = []
        doc_right = {f: 0 for f in FIELDS}
        for gi, pi in pairs:
            g, c = golds[gi], predicted[pi]
            all_matches.append((g, c))
            for f in FIELDS:
                if same_value(f, g.get(f), getattr(c, f), canon):
                    doc_right[f] += 1
                else:
                    mismatches.append({
                        "field": f, "gold": g.get(f), "predicted": getattr(c, f),
                        "number_text": g["number_text"], "quote": " ".join(g["quote"].split()),
                    })
        for f in FIELDS:
            right[f] += doc_right[f]

        n_g, n_p, n_m = len(golds), len(predicted), len(pairs)
        totals["gold"] += n_g
        totals["predicted"] += n_p
        totals["matched"] += n_m
        per_document[doc] = {
            "gold": n_g, "predicted": n_p, "matched": n_m, **_prf(n_g, n_p, n_m),
            "fields": {f: round(doc_right[f] / n_m, 4) if n_m else 0.0 for f in FIELDS},
            "misses": [
                {"number_text": g["number_text"], "measure": g.get("measure"), "quote": " ".join(g["quote"].split()),
                 "located": spans[gi] is not None, "sentence": _sentence_around(text, spans[gi], g["quote"])}
                for gi, g in enumerate(golds) if gi not in matched_g
            ],
            "false_alarms": [_claim_view(c) for pi, c in enumerate(predicted) if pi not in matched_p],
            "mismatches": mismatches,
        }

    m = totals["matched"]
    result: dict[str, Any] = {
        "documents": len(docs),
        **totals,
        **_prf(totals["gold"], totals["predicted"], m),
        "fields": {f: round(right[f] / m, 4) if m else 0.0 for f in FIELDS},
        "per_document": per_document,
    }
    score_incidents = _optional("counterclaim.eval_incidents", "score_incidents")
    if score_incidents is not None:
        try:
            result["incidents"] = score_incidents(gold_dir, all_matches, all_predicted, meta)
        except Exception as exc:  # noqa: BLE001 - claim scores stand even if incident scoring breaks
            print(f"warning: incident scoring failed: {exc!r}", file=sys.stderr)
    return result


# --------------------------------------------------------------------------- table


def render_table(result: dict) -> str:
    """A developer's view: overall scores, per-field accuracy, then what to fix."""
    lines = [
        f"documents {result['documents']}  gold {result['gold']}  predicted {result['predicted']}  "
        f"matched {result['matched']}",
        f"precision {result['precision']:.3f}  recall {result['recall']:.3f}  f1 {result['f1']:.3f}",
        "",
        "field accuracy over matched claims:",
    ]
    lines += [f"  {f:<12} {v:.3f}" for f, v in result["fields"].items()]
    if "incidents" in result:
        lines += ["", "incidents: " + "  ".join(f"{k} {v:.3f}" for k, v in result["incidents"].items()
                                               if isinstance(v, (int, float)))]
    lines += ["", "per document:"]
    for doc, d in result["per_document"].items():
        lines.append(f"  {doc:<32} gold {d['gold']:>3}  pred {d['predicted']:>3}  matched {d['matched']:>3}  "
                     f"P {d['precision']:.2f}  R {d['recall']:.2f}  F1 {d['f1']:.2f}")
    for doc, d in result["per_document"].items():
        if not (d["misses"] or d["false_alarms"] or d["mismatches"]):
            continue
        lines += ["", f"== {doc}"]
        for miss in d["misses"]:
            where = "" if miss["located"] else " (quote not found)"
            lines.append(f"  MISS  {miss['number_text']!r} [{miss['measure']}]{where}: {miss['sentence']}")
        for fa in d["false_alarms"]:
            lines.append(f"  FALSE {fa['number_text']!r} [{fa['measure']}/{fa['subject']}/{fa['side']}]: "
                         f"{fa['sentence'][:240]}")
        for mm in d["mismatches"]:
            lines.append(f"  FIELD {mm['field']:<11} gold {mm['gold']!r:<28} got {mm['predicted']!r:<28} "
                         f"{mm['number_text']!r} in: {mm['quote'][:80]}")
    return "\n".join(lines)
