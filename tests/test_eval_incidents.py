"""Incident-linking scores of `counterclaim eval`: pairs of matched claims, over the documents the gold
incidents file covers."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from counterclaim.evaluation import evaluate

DOCS = {
    # Two claims about one strike; the gold incidents file names this document.
    "a.txt": ("Shelling Kills Nine in Harbour Town\n\n"
              "Shelling killed nine civilians in Latakia on Monday, the governor said. "
              "Another 21 people were wounded in the shelling of Latakia on Monday, the governor said.\n"),
    # Two claims about another strike, in a document nobody annotated for incidents.
    "b.txt": ("Car Bomb Kills 12 in Hama\n\n"
              "A car bomb killed 12 people in Hama on Tuesday, police said. "
              "The car bomb also wounded 30 people in Hama on Tuesday, police said.\n"),
}
GOLD = {
    "a.txt": [("killed nine civilians", "nine", 9, "killed"), ("Another 21 people were wounded", "21", 21, "wounded")],
    "b.txt": [("killed 12 people", "12", 12, "killed"), ("wounded 30 people", "30", 30, "wounded")],
}


def _write(tmp_path: Path, incidents: list[dict]) -> Path:
    folder = tmp_path / "corpus"
    folder.mkdir(parents=True)
    meta = []
    for doc, text in DOCS.items():
        (folder / doc).write_text(text, encoding="utf-8")
        meta.append(json.dumps({"doc": doc, "outlet": "Test Wire", "published": "2016-03-08"}))
        rows = [{"doc": doc, "quote": q, "number_text": n, "low": v, "high": v, "best": v, "qualifier": "exact",
                 "unit": "count", "measure": m, "subject": "people", "side": "civilian", "location": None,
                 "event_date": None, "source": None, "source_type": None, "stance": None, "section": "body"}
                for q, n, v, m in GOLD[doc]]
        (folder / doc.replace(".txt", ".claims.jsonl")).write_text(
            "\n".join(json.dumps(r) for r in rows) + "\n", encoding="utf-8")
    (folder / "metadata.jsonl").write_text("\n".join(meta) + "\n", encoding="utf-8")
    (folder / "incidents.jsonl").write_text(
        "\n".join(json.dumps(i) for i in incidents) + "\n", encoding="utf-8")
    return folder


def _incident(doc: str) -> dict:
    return {"incident": f"strike-{doc}", "label": "a strike",
            "claims": [{"doc": doc, "quote": q} for q, _, _, _ in GOLD[doc]]}


@pytest.fixture()
def linked_scores(tmp_path: Path):
    def score(incidents: list[dict]) -> dict:
        folder = _write(tmp_path / str(len(list(tmp_path.iterdir()))), incidents)
        result = evaluate(folder, folder)
        assert result["matched"] == 4  # every gold claim found: the pairs below are over all four
        return result["incidents"]
    return score


def test_documents_without_incident_gold_are_not_scored(linked_scores):
    # Only a.txt is annotated: its one pair is right; b.txt's claims, linked or not, neither help nor hurt.
    assert linked_scores([_incident("a.txt")]) == {"pair_precision": 1.0, "pair_recall": 1.0, "pair_f1": 1.0}


def test_annotated_documents_are_all_scored(linked_scores):
    # Both annotated: two right pairs, and no cross-document pair linked (other town, other day).
    assert linked_scores([_incident("a.txt"), _incident("b.txt")]) == {
        "pair_precision": 1.0, "pair_recall": 1.0, "pair_f1": 1.0}


def test_a_claim_in_no_gold_incident_of_an_annotated_document_counts_against_a_link(linked_scores):
    # a.txt annotated with only its first claim in an incident: the linker's a.txt pair is a false link.
    only_first = {"incident": "strike-a", "label": "a strike",
                  "claims": [{"doc": "a.txt", "quote": GOLD["a.txt"][0][0]}]}
    assert linked_scores([only_first])["pair_precision"] == 0.0
