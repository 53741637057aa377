"""Exchange rate: the currency claims (SYP per USD and others) as a time series, with their sources."""

from __future__ import annotations

from typing import Any

import dash
from dash import Input, Output, callback, dcc, html

from dashboard import components as ui
from dashboard import figures, filters, state
from warehouse import queries as q

dash.register_page(__name__, path="/exchange-rate", name="Exchange rate", title="counterclaim · exchange rate")

P = "fx"
CONTROLS = filters.control_ids(P, measures=False, places=False)
KEYS = [k for k, _, _ in CONTROLS]
POINTS = 1000
TABLE_ROWS = 200


def layout(**params: Any) -> html.Div:
    values = filters.parse(params)
    return html.Div([
        ui.page_title("Exchange rate", "Currency rates claimed in the reports (such as Syrian pounds per US dollar), "
                      "each claim a point coloured by its source (by source type when there are many), with the monthly "
                      "median and range. A rate is placed at the date the text gives, else at its report's publication "
                      "date: a rate quoted without a date is the rate of the day it was reported."),
        filters.filter_bar(P, values, measures=False, places=False),
        html.Div(id=f"{P}-notice"),
        dcc.Loading(dcc.Graph(id=f"{P}-graph", config={"displaylogo": False}), type="dot", delay_show=300),
        html.Div(id=f"{P}-summary", className="summary"),
        html.H2("The claims"),
        ui.claims_grid(f"{P}-table"),
        *ui.url_sync(P),
    ])


@callback(Output(f"{P}-graph", "figure"), Output(f"{P}-table", "rowData"), Output(f"{P}-summary", "children"),
          Output(f"{P}-notice", "children"), Output(f"{P}-url", "data"),
          *[Input(cid, prop) for _, cid, prop in CONTROLS])
def update(*args: Any) -> tuple[Any, ...]:
    return render(filters.values_from(KEYS, args))


def render(values: dict[str, Any]) -> tuple[Any, ...]:
    f = filters.claim_filter({**values, "measure": ["rate"]})
    query = filters.to_query(values)
    try:
        (series, stale1), (points, stale2) = state.fetch_all((q.exchange_series, (f, "month")),
                                                             (q.exchange_claims, (f, POINTS)))
    except state.Busy as e:
        return figures.empty_figure("The warehouse is busy"), [], None, ui.notice(str(e)), query
    notice = ui.notice(state.BUSY_MESSAGE) if (stale1 or stale2) else None
    if not series:
        return (figures.empty_figure("No exchange rates match these filters"), [],
                ui.empty_state("exchange-rate claims"), notice, query)
    n = sum(r["n"] for r in series)
    pairs = sorted({r["pair"] for r in series})
    summary = f"{n:,} rate claims ({', '.join(pairs)})" + (
        f"; the points show the {POINTS:,} most confident" if n > POINTS else "")
    for p in points:
        p["day"] = str(p["day"])
    try:  # the table: full rows of the most confident claims
        table, _ = state.fetch(q.rows_by_id, tuple(p["claim_id"] for p in points[:TABLE_ROWS]))
    except state.Busy:
        table = []
    return figures.exchange(series, points), ui.with_sentence_markdown(table), summary, notice, query


ui.register_url_sync(P)
