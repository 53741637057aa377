"""Sources: who counts high and who counts low, against the other sources on the same incidents."""

from __future__ import annotations

from typing import Any
from urllib.parse import urlencode

import dash
import dash_ag_grid as dag
from dash import Input, Output, callback, dcc, html

from dashboard import components as ui
from dashboard import figures, state
from dashboard.filters import measure_options
from warehouse import queries as q

dash.register_page(__name__, path="/sources", name="Sources", title="counterclaim · sources")

P = "src"
COLUMNS = [
    {"field": "source", "flex": 2, "minWidth": 200},
    {"field": "source_type", "headerName": "Source type", "width": 140},
    {"field": "ratio", "headerName": "Ratio to others (geometric mean)", "width": 170, "type": "numericColumn",
     "valueFormatter": {"function": "'×' + d3.format('.2f')(params.value)"}, "sort": "desc"},
    {"field": "median_ratio", "headerName": "Median ratio", "width": 120, "type": "numericColumn",
     "valueFormatter": {"function": "'×' + d3.format('.2f')(params.value)"}},
    {"field": "n_incidents", "headerName": "Shared incidents", "width": 140, "type": "numericColumn"},
    {"field": "n_highest", "headerName": "Highest of all", "width": 120, "type": "numericColumn"},
    {"field": "n_lowest", "headerName": "Lowest of all", "width": 120, "type": "numericColumn"},
    {"field": "verdict", "headerName": "Counts", "width": 120},
]


def layout(measure: str | None = None, min: str | None = None, comments: str | None = None,  # noqa: A002
           **_: Any) -> html.Div:
    try:
        min_incidents = max(1, int(min or 3))
    except ValueError:
        min_incidents = 3
    return html.Div([
        ui.page_title("Sources", "For each source, its number divided by the median of the other sources on the "
                      "same incidents (its own claims' median when it made several), averaged over the incidents "
                      "it shares with others. Above 1: counts high; below 1: counts low."),
        html.Div([
            html.Div([html.Label("Measure"), dcc.Dropdown(id=f"{P}-measure", options=measure_options(), value=measure,
                                                          placeholder="all measures")], className="control"),
            html.Div([html.Label("Min. shared incidents", htmlFor=f"{P}-min"),
                      dcc.Input(id=f"{P}-min", type="number", min=1, step=1, value=min_incidents, debounce=True)],
                     className="control"),
            html.Div([html.Label("Reader comments"), dcc.Checklist(
                id=f"{P}-comments", options=[{"label": "include comments", "value": "yes"}],
                value=["yes"] if comments == "yes" else [], className="checks")], className="control"),
        ], className="filter-bar"),
        html.Div(id=f"{P}-notice"),
        dcc.Loading(dcc.Graph(id=f"{P}-graph", config={"displaylogo": False}), type="dot", delay_show=300),
        html.H2("Table"),
        dag.AgGrid(id=f"{P}-grid", columnDefs=COLUMNS, rowData=[], className="ag-theme-alpine",
                   defaultColDef={"sortable": True, "resizable": True, "filter": True}, style={"height": "420px"}),
        *ui.url_sync(P),
    ])


@callback(Output(f"{P}-graph", "figure"), Output(f"{P}-grid", "rowData"), Output(f"{P}-notice", "children"),
          Output(f"{P}-url", "data"),
          Input(f"{P}-measure", "value"), Input(f"{P}-min", "value"), Input(f"{P}-comments", "value"))
def update(measure: str | None, min_incidents: Any, comments: list[str] | None) -> tuple[Any, ...]:
    try:
        n = max(1, int(min_incidents or 1))
    except (TypeError, ValueError):
        n = 1
    return render(measure or None, n, "yes" in (comments or []))


def render(measure: str | None, min_incidents: int, include_comments: bool) -> tuple[Any, ...]:
    query = urlencode({k: v for k, v in {"measure": measure, "min": min_incidents,
                                         "comments": "yes" if include_comments else None}.items() if v})
    query = "?" + query if query else ""
    try:
        # The comparison is computed by each ingest (table source_comparison); this reads every source of the
        # slice once per warehouse version and cuts at the minimum here, so changing it costs nothing.
        rows, stale = state.fetch(q.source_bias, measure=measure, include_comments=include_comments,
                                  min_incidents=1)
    except state.Busy as e:
        return figures.empty_figure("The warehouse is busy"), [], ui.notice(str(e)), query
    rows = [dict(r) for r in rows if r["n_incidents"] >= min_incidents]
    if not rows:
        return (figures.empty_figure("No source shares enough incidents with others"), [],
                ui.empty_state("sources", "Lower the minimum of shared incidents, or choose all measures."), query)
    for r in rows:
        r["verdict"] = "high" if r["ratio"] > 1.1 else "low" if r["ratio"] < 1 / 1.1 else "about the same"
    fig_rows = sorted(rows, key=lambda r: -r["n_incidents"])[:60]
    note = ui.notice(state.BUSY_MESSAGE) if stale else None
    if len(rows) > 60:
        note = html.Div([note, ui.notice(f"The chart shows the 60 sources with the most shared incidents of "
                                         f"{len(rows):,}; the table lists all.", "info")])
    return figures.source_bias(fig_rows), rows, note, query


ui.register_url_sync(P)
