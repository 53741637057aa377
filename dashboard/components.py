"""Small layout pieces shared by the pages: notices, empty states, highlighted sentences, grids."""

from __future__ import annotations

import re
from typing import Any
from urllib.parse import urlencode

import dash_ag_grid as dag
from dash import Input, Output, clientside_callback, dcc, html

EMPTY_HINT = "Widen the date range, lower the minimum confidence or clear a filter."


def notice(message: str | None, kind: str = "busy") -> html.Div | None:
    """A visible notice (busy warehouse, capped results); None when there is nothing to say."""
    if not message:
        return None
    return html.Div(message, className=f"notice notice-{kind}", role="status")


def empty_state(what: str = "claims", hint: str = EMPTY_HINT) -> html.Div:
    return html.Div([html.Strong(f"No {what} match these filters."), html.Span(" " + hint)],
                    className="empty-state", role="status")


def doc_href(doc_id: str | None, claim_id: str | None = None) -> str:
    params = {"id": doc_id or ""}
    if claim_id:
        params["claim"] = claim_id
    return "/document?" + urlencode(params)


def find_number(sentence: str, number_text: str | None) -> int:
    """Where `number_text` stands in `sentence` as a whole token (not the 8 of 'November 28'); -1 if absent."""
    if not number_text:
        return -1
    m = re.search(rf"(?<![\w.,]){re.escape(number_text)}(?![\w]|[.,]\d)", sentence)
    return m.start() if m else sentence.find(number_text)


def highlighted_sentence(sentence: str, start: int | None, length: int | None, number_text: str | None
                         ) -> html.Span:
    """The sentence with its number marked: at the claim's own offset when it falls inside the
    sentence, else where the number as written stands as a whole token."""
    sentence = sentence or ""
    if start is None or length is None or not (0 <= start and start + length <= len(sentence)) or (
        number_text and sentence[start:start + length] != number_text
    ):
        found = find_number(sentence, number_text)
        start, length = (found, len(number_text or "")) if found >= 0 else (None, None)
    if start is None or not length:
        return html.Span(sentence)
    return html.Span([sentence[:start], html.Mark(sentence[start:start + length], className="number"),
                      sentence[start + length:]])


def sentence_offset(text: str, sentence: str, char_start: int) -> int | None:
    """Where the number at `char_start` of the document `text` stands in its `sentence`."""
    if not sentence or char_start is None:
        return None
    at = text.find(sentence, max(0, char_start - len(sentence) + 1))
    while 0 <= at and at + len(sentence) <= char_start:  # an earlier copy of the sentence that ends before it
        at = text.find(sentence, at + 1)
    return char_start - at if 0 <= at <= char_start < at + len(sentence) else None


def fmt_number(v: Any) -> str:
    if v is None:
        return "–"
    try:
        f = float(v)
    except (TypeError, ValueError):
        return str(v)
    return f"{f:,.0f}" if f == int(f) else f"{f:,.2f}"


def claim_columns(*, reasons: bool = True, auto_height: bool = True) -> list[dict[str, Any]]:
    """Column definitions of a claims grid (field names are CLAIM_SELECT's). The infinite row model
    cannot size rows to their text, so there the sentence wraps inside a fixed row height."""
    wrap = {"wrapText": True, "autoHeight": auto_height}
    cols: list[dict[str, Any]] = [
        {"field": "day", "headerName": "Date", "width": 120, "filter": "agDateColumnFilter", **wrap,
         "headerTooltip": "The date of the event the text gives; '(published)' marks a claim without one, "
                          "placed at its report's publication date",
         "valueFormatter": {"function": "params.value == null ? '' : (params.data && !params.data.event_date "
                                        "? params.value + ' (published)' : params.value)"}},
        {"field": "measure", "width": 105},
        {"field": "number_text", "headerName": "As written", "width": 105},
        {"field": "best", "width": 85, "filter": "agNumberColumnFilter", "type": "numericColumn"},
        {"field": "source", "width": 160, **wrap},
        {"field": "sentence", "headerName": "Evidence sentence", "flex": 1, "minWidth": 460,
         "cellClass": "sentence-cell", "cellRenderer": "markdown", "tooltipField": "sentence_plain", **wrap},
        {"field": "confidence", "width": 105, "filter": "agNumberColumnFilter",
         "valueFormatter": {"function": "params.value == null ? '' : d3.format('.2f')(params.value)"}},
        {"field": "qualifier", "width": 100},
        {"field": "source_type", "headerName": "Source type", "width": 130},
        {"field": "side", "width": 100},
        {"field": "location", "width": 130},
        {"field": "admin1", "headerName": "Governorate", "width": 130},
        {"field": "section", "width": 100},
        {"field": "stance", "width": 100},
        {"field": "outlet", "width": 140},
        {"field": "published", "width": 110, "filter": "agDateColumnFilter"},
    ]
    if reasons:
        cols.insert(7, {"field": "reasons", "headerName": "Confidence reasons", "width": 280, "sortable": False,
                        "filter": False, "cellClass": "sentence-cell", **wrap})
    return cols


def claims_grid(grid_id: str, rows: list[dict[str, Any]] | None = None, **kwargs: Any) -> dag.AgGrid:
    """A client-side claims grid (small row sets: the timeline's table, an exchange-rate table)."""
    return dag.AgGrid(
        id=grid_id, rowData=rows or [], columnDefs=claim_columns(reasons=False),
        defaultColDef={"sortable": True, "resizable": True, "filter": True},
        dashGridOptions={"animateRows": False, "rowHeight": 36, "domLayout": "normal"},
        style={"height": "420px"}, className="ag-theme-alpine", **kwargs)


def with_sentence_markdown(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Rows whose sentence is Markdown linking to its document (the grid renders Markdown safely)."""
    out = []
    for r in rows:
        r = dict(r)
        s = _md_escape(r.get("sentence") or "")
        raw, n = r.get("sentence") or "", r.get("number_text")
        i = find_number(raw, n)
        if i >= 0:
            s = _md_escape(raw[:i]) + "**" + _md_escape(n) + "**" + _md_escape(raw[i + len(n):])
        r["sentence_plain"] = r.get("sentence")
        r["sentence"] = f"{s} [(document)]({doc_href(r.get('doc_id'), r.get('claim_id'))})"
        for k in ("day", "published"):
            if r.get(k) is not None:
                r[k] = str(r[k])
        out.append(r)
    return out


def _md_escape(text: str) -> str:
    for ch in "\\`*_[]()#+-!<>|":
        text = text.replace(ch, "\\" + ch)
    return text.replace("\n", " ")


def page_title(title: str, subtitle: str) -> html.Div:
    return html.Div([html.H1(title), html.P(subtitle, className="subtitle")], className="page-title")


def url_sync(prefix: str) -> list[dcc.Store]:
    """Stores for `register_url_sync`: `{prefix}-url` holds the page's query string."""
    return [dcc.Store(id=f"{prefix}-url", data=None), dcc.Store(id=f"{prefix}-url-done")]


def register_url_sync(prefix: str) -> None:
    """Write `{prefix}-url` into the address bar without reloading, so the view can be shared."""
    clientside_callback(
        "function(q) { if (q !== null && q !== undefined && window.location.search !== q) {"
        " window.history.replaceState(null, '', window.location.pathname + q); }"
        " return window.dash_clientside.no_update; }",
        Output(f"{prefix}-url-done", "data"), Input(f"{prefix}-url", "data"),
    )
