"""Document: the text of one report with its claims highlighted in place, each with its fields."""

from __future__ import annotations

from typing import Any

import dash
from dash import html

from dashboard import components as ui
from dashboard import state
from dashboard.figures import SOURCE_TYPE_COLOURS
from warehouse import queries as q

dash.register_page(__name__, path="/document", name="Document", title="counterclaim · document")

FIELDS = ["measure", "number_text", "best", "low", "high", "qualifier", "unit", "subject", "side", "source",
          "source_type", "stance", "section", "location", "admin1", "event_date", "date_precision", "confidence",
          "reasons", "incident_id"]


def layout(id: str | None = None, claim: str | None = None, **_: Any) -> html.Div:  # noqa: A002
    if not id:
        return html.Div([ui.page_title("Document", ""), ui.empty_state(
            "document", "Open a document from a claim's sentence (Claims, Incidents or Timeline).")])
    try:
        doc, _ = state.fetch(q.document, id)
        claims, _ = state.fetch(q.document_claims, id) if doc else ([], False)
    except state.Busy as e:
        return html.Div([ui.page_title("Document", ""), ui.notice(str(e))])
    if not doc:
        return html.Div([ui.page_title("Document", ""),
                         ui.empty_state("document", f"There is no document {id!r} in this warehouse.")])
    return html.Div([
        ui.page_title(doc["title"] or doc["path"] or doc["doc_id"], ""),
        html.Div(f"{doc['outlet'] or 'unknown outlet'} · published {doc['published'] or 'unknown'} · "
                 f"{len(claims)} claims · {doc['chars']:,} characters · {doc['path']}", className="doc-meta"),
        html.Div(_marked_text(doc["text"] or "", claims, claim), className="doc-text", id="doc-text"),
        html.H2("Claims in this document"),
        html.Ul([_claim_fields(i, c, claim, doc["text"] or "") for i, c in enumerate(claims)], className="claim-list",
                id="doc-claims"),
    ])


def _marked_text(text: str, claims: list[dict[str, Any]], selected: str | None) -> list[Any]:
    """The text cut into plain runs and <mark>s at each claim's character offsets (overlaps skipped)."""
    out: list[Any] = []
    pos = 0
    for i, c in enumerate(sorted(claims, key=lambda c: (c["char_start"], c["char_end"]))):
        s, e = c["char_start"], c["char_end"]
        if s is None or e is None or s < pos or e > len(text) or s >= e:
            continue
        out.append(text[pos:s])
        out.append(html.Mark(text[s:e], id=f"claim-{c['claim_id']}",
                             className="claim selected" if c["claim_id"] == selected else "claim",
                             title=_tooltip(c)))
        pos = e
    out.append(text[pos:])
    return out


def _tooltip(c: dict[str, Any]) -> str:
    return (f"{c['measure']} · {c['number_text']} → {c['best']} ({c['qualifier']}) · {c['source'] or 'unattributed'}"
            f" ({c['source_type']}, {c['stance']}) · confidence {float(c['confidence'] or 0):.2f}")


def _claim_fields(i: int, c: dict[str, Any], selected: str | None, text: str) -> html.Li:
    colour = SOURCE_TYPE_COLOURS.get(c["source_type"] or "", "#555")
    fields = [html.Span([html.B(f"{k.replace('_', ' ')}: "), ui.fmt_number(c[k]) if k in ("best", "low", "high")
                         else f"{float(c[k]):.2f}" if k == "confidence" and c[k] is not None else str(c[k] or "–")],
                        className="field") for k in FIELDS if k in c]
    offset = ui.sentence_offset(text, c["sentence"], c["char_start"])
    return html.Li([
        html.Div([html.Span((c["source_type"] or "unknown").replace("_", " "), className="badge",
                            style={"background": colour}),
                  html.A(f"#{i + 1}", href=f"#claim-{c['claim_id']}"), " ", *_join(fields)], className="claim-meta"),
        ui.highlighted_sentence(c["sentence"], offset, (c["char_end"] or 0) - (c["char_start"] or 0),
                                c["number_text"]),
    ], className="claim-item selected" if c["claim_id"] == selected else "claim-item")


def _join(items: list[Any]) -> list[Any]:
    out: list[Any] = []
    for i, x in enumerate(items):
        if i:
            out.append(" · ")
        out.append(x)
    return out
