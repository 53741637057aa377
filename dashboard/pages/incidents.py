"""Incidents: the most contested incidents, and for one of them every source's claim side by side."""

from __future__ import annotations

from typing import Any
from urllib.parse import urlencode

import dash
import dash_ag_grid as dag
from dash import Input, Output, State, callback, dcc, html

from dashboard import components as ui
from dashboard import figures, state
from dashboard.filters import measure_options
from dashboard.figures import SOURCE_TYPE_COLOURS
from warehouse import queries as q

dash.register_page(__name__, path="/incidents", name="Incidents", title="counterclaim · incidents")

P = "inc"
ORDERS = [{"label": "spread ratio (highest / lowest)", "value": "ratio"},
          {"label": "absolute spread (highest − lowest)", "value": "absolute"},
          {"label": "number of sources", "value": "sources"}, {"label": "most recent", "value": "date"}]
COLUMNS = [
    {"field": "label", "headerName": "Incident", "flex": 2, "minWidth": 260},
    {"field": "measure", "width": 100},
    {"field": "date_start", "headerName": "Date", "width": 110},
    {"field": "n_sources", "headerName": "Sources", "width": 105, "type": "numericColumn"},
    {"field": "best_min", "headerName": "Lowest", "width": 105, "type": "numericColumn"},
    {"field": "best_max", "headerName": "Highest", "width": 105, "type": "numericColumn"},
    {"field": "spread_ratio", "headerName": "Ratio", "width": 120, "type": "numericColumn",
     "valueFormatter": {"function": "params.value == null ? '' : '×' + d3.format('.2f')(params.value)"}},
    {"field": "spread_abs", "headerName": "Difference", "width": 125, "type": "numericColumn"},
]


def layout(id: str | None = None, measure: str | None = None, search: str | None = None,  # noqa: A002
           order: str | None = None, m: str | None = None, **_: Any) -> html.Div:
    """`id` and `measure` select an incident; `search`, `order` and `m` (measure) filter the list."""
    order = order if order in q.INCIDENT_ORDER else "ratio"
    return html.Div([
        ui.page_title("Incidents", "Claims that describe the same event, ranked by how far the sources disagree. "
                      "Select one to see every source's number on one axis and the sentences behind them."),
        html.Div([
            html.Div([html.Label("Search", htmlFor=f"{P}-search"),
                      dcc.Input(id=f"{P}-search", type="search", value=search or "", debounce=True,
                                placeholder="place, label or incident id")], className="control"),
            html.Div([html.Label("Rank by"), dcc.Dropdown(id=f"{P}-order", options=ORDERS, value=order,
                                                          clearable=False)], className="control"),
            html.Div([html.Label("Measure"), dcc.Dropdown(id=f"{P}-measure", options=measure_options(),
                                                          value=m or None, placeholder="any measure")],
                     className="control"),
        ], className="filter-bar"),
        html.Div(id=f"{P}-notice"),
        dag.AgGrid(id=f"{P}-grid", columnDefs=COLUMNS, rowData=[], getRowId="params.data.key",
                   defaultColDef={"sortable": True, "resizable": True, "filter": True},
                   dashGridOptions={"rowSelection": {"mode": "singleRow", "checkboxes": False,
                                                     "enableClickSelection": True}, "animateRows": False},
                   style={"height": "320px"}, className="ag-theme-alpine"),
        dcc.Store(id=f"{P}-selected", data={"id": id, "measure": measure} if id else None),
        html.Div(id=f"{P}-detail"),
        *ui.url_sync(P),
    ])


@callback(Output(f"{P}-grid", "rowData"), Output(f"{P}-notice", "children"), Output(f"{P}-grid", "selectedRows"),
          Output(f"{P}-grid", "scrollTo"),
          Input(f"{P}-search", "value"), Input(f"{P}-order", "value"), Input(f"{P}-measure", "value"),
          State(f"{P}-selected", "data"))
def update_list(search: str | None, order: str | None, measure: str | None, selected: dict[str, Any] | None
                ) -> tuple[Any, ...]:
    return render_list(search or "", order or "ratio", measure, selected)


def render_list(search: str, order: str, measure: str | None, selected: dict[str, Any] | None = None
                ) -> tuple[Any, ...]:
    """Rows of the list, notice, and the selected incident's row selected and scrolled into view
    (so a shared /incidents?id=... link shows which row it is)."""
    try:
        rows, stale = state.fetch(q.incidents, search=search, measure=measure or None, order=order)
    except state.Busy as e:
        return [], ui.notice(str(e)), dash.no_update, dash.no_update
    if not rows:
        return [], ui.empty_state("incidents", "Try another search, or any measure."), dash.no_update, dash.no_update
    for r in rows:
        r["key"] = f"{r['incident_id']}|{r['measure']}"
        r["date_start"] = str(r["date_start"]) if r["date_start"] else None
        r["date_end"] = str(r["date_end"]) if r["date_end"] else None
    notice = ui.notice(state.BUSY_MESSAGE) if stale else None
    try:
        sel = _resolve(selected)
    except state.Busy:
        sel = None
    key = f"{sel['id']}|{sel['measure']}" if sel and sel.get("id") else None
    if key is None or key not in {r["key"] for r in rows}:
        return rows, notice, {"ids": []}, dash.no_update
    return rows, notice, {"ids": [key]}, {"rowId": key, "rowPosition": "middle"}


def _resolve(sel: dict[str, Any] | None) -> dict[str, Any] | None:
    """The selection with its measure: a link with only an incident id means its most contested measure."""
    if not sel or not sel.get("id") or sel.get("measure"):
        return sel
    found, _ = state.fetch(q.incidents, search=sel["id"], min_sources=1, limit=1)
    return {**sel, "measure": found[0]["measure"] if found else None}


@callback(Output(f"{P}-selected", "data"), Input(f"{P}-grid", "selectedRows"), State(f"{P}-selected", "data"),
          prevent_initial_call=True)
def select(rows: list[dict[str, Any]] | None, current: dict[str, Any] | None) -> Any:
    if not rows or not isinstance(rows, list):
        return dash.no_update
    if not rows[0].get("incident_id"):
        return dash.no_update
    chosen = {"id": rows[0]["incident_id"], "measure": rows[0].get("measure")}
    return dash.no_update if chosen == current else chosen


@callback(Output(f"{P}-detail", "children"), Output(f"{P}-url", "data"),
          Input(f"{P}-selected", "data"), Input(f"{P}-search", "value"), Input(f"{P}-order", "value"),
          Input(f"{P}-measure", "value"))
def update_detail(sel: dict[str, Any] | None, search: str | None, order: str | None, measure: str | None
                  ) -> tuple[Any, str]:
    params = {"search": search or None, "order": order if order and order != "ratio" else None,
              "m": measure or None}
    if sel:
        params.update(id=sel["id"], measure=sel["measure"])
    query = urlencode({k: v for k, v in params.items() if v})
    return render_detail(sel), ("?" + query if query else "")


def render_detail(sel: dict[str, Any] | None) -> Any:
    if not sel or not sel.get("id"):
        return html.Div("Select an incident in the table to compare its sources.", className="notice notice-info")
    try:
        sel = _resolve(sel) or sel
        inc, _ = state.fetch(q.incident, sel["id"], sel["measure"])
        claims, stale = state.fetch(q.incident_claims, sel["id"], sel["measure"])
    except state.Busy as e:
        return ui.notice(str(e))
    if not inc or not claims:
        return ui.empty_state("claims", "This incident is not in the warehouse (any more); pick another.")
    for c in claims:
        c["published"] = str(c["published"]) if c["published"] else None
    n_sources = len({c["source"] for c in claims})
    head = html.Div([
        html.Div(inc["label"] or inc["incident_id"], className="big"),
        html.Span(f"{inc['measure']} · {n_sources} sources · {len(claims)} claims"),
        html.Span(f"lowest {ui.fmt_number(inc['best_min'])} · highest {ui.fmt_number(inc['best_max'])}"
                  + (f" · ratio ×{inc['spread_ratio']:.2f}" if inc["spread_ratio"] else "")),
    ], className="incident-head panel")
    return html.Div([
        ui.notice(state.BUSY_MESSAGE) if stale else None,
        head,
        html.H2("Each source's claim"),
        html.P("Points are single values; bars are ranges, and bounds ('at least', 'nearly') run open to one side. "
               "Colour: source type; size and shade: confidence.", className="muted"),
        dcc.Graph(id=f"{P}-spread", figure=figures.incident_spread(claims), config={"displaylogo": False}),
        html.H2("Updates over publication time"),
        dcc.Graph(id=f"{P}-updates", figure=figures.source_updates(claims), config={"displaylogo": False}),
        html.H2("The sentences"),
        html.Ul([_claim_item(c) for c in claims], className="claim-list", id=f"{P}-sentences"),
    ])


def _claim_item(c: dict[str, Any]) -> html.Li:
    colour = SOURCE_TYPE_COLOURS.get(c["source_type"] or "", "#555")
    return html.Li([
        html.Div([
            html.Span((c["source_type"] or "unknown").replace("_", " "), className="badge",
                      style={"background": colour}),
            html.Strong(c["source"] or "unattributed"),
            f" · {c['number_text']} ({c['qualifier']}) · confidence {float(c['confidence'] or 0):.2f}"
            f" · {c['outlet'] or 'unknown outlet'}, {c['published'] or 'undated'} · {c['section']}",
        ], className="claim-meta"),
        ui.highlighted_sentence(c["sentence"], c.get("number_offset"), c.get("number_length"), c["number_text"]),
        " ", html.A("document →", href=ui.doc_href(c["doc_id"], c["claim_id"]), className="doc-link"),
    ], className="claim-item")


ui.register_url_sync(P)
