"""Claims: every claim with its evidence sentence, filtered and sorted in the warehouse, downloadable."""

from __future__ import annotations

import io
from typing import Any

import dash
import dash_ag_grid as dag
from dash import Input, Output, State, callback, clientside_callback, dcc, html

from dashboard import components as ui
from dashboard import filters, state
from warehouse import queries as q

dash.register_page(__name__, path="/claims", name="Claims", title="counterclaim · claims")

P = "cl"
CONTROLS = filters.control_ids(P, dates=True)
DATES = filters.DATES_IN_TABLES
KEYS = [k for k, _, _ in CONTROLS]
EXPORT_COLUMNS = ["claim_id", "doc_id", "day", "published", "outlet", "measure", "number_text", "best", "low", "high",
                  "qualifier", "unit", "subject", "side", "source", "source_type", "stance", "section", "location",
                  "admin1", "event_date", "date_precision", "confidence", "reasons", "sentence", "incident_id"]


def layout(**params: Any) -> html.Div:
    values = filters.parse(params, dates=DATES)
    return html.Div([
        ui.page_title("Claims", "Every claim with the sentence it came from. Filter with the bar or the column "
                      "menus; sort by clicking a header. Filtering and sorting run in the warehouse."),
        filters.filter_bar(P, values, dates=True),
        html.Div(id=f"{P}-notice"),
        html.Div([
            html.Span(id=f"{P}-count", className="summary"),
            html.Button("Download CSV", id=f"{P}-csv"), html.Button("Download Parquet", id=f"{P}-parquet"),
            dcc.Download(id=f"{P}-download"),
        ], className="downloads"),
        dag.AgGrid(
            id=f"{P}-grid", rowModelType="infinite", columnDefs=ui.claim_columns(auto_height=False),
            defaultColDef={"sortable": True, "resizable": True, "filter": "agTextColumnFilter",
                           "filterParams": {"buttons": ["apply", "reset"], "closeOnApply": True,
                                            "maxNumConditions": 1}},
            dashGridOptions={"cacheBlockSize": 100, "maxBlocksInCache": 20, "rowBuffer": 10,
                             "infiniteInitialRowCount": 1, "animateRows": False, "rowHeight": 112, "tooltipShowDelay": 400},
            style={"height": "640px"}, className="ag-theme-alpine"),
        dcc.Store(id=f"{P}-filter", data=values),
        *ui.url_sync(P), dcc.Store(id=f"{P}-purged"),
    ])


@callback(Output(f"{P}-filter", "data"), Output(f"{P}-url", "data"),
          *[Input(cid, prop) for _, cid, prop in CONTROLS])
def update_filter(*args: Any) -> tuple[Any, ...]:
    values = filters.values_from(KEYS, args)
    return values, filters.to_query(values, dates=DATES)


@callback(Output(f"{P}-count", "children"), Output(f"{P}-notice", "children"),
          Input(f"{P}-filter", "data"), Input(f"{P}-grid", "filterModel"))
def update_count(values: dict[str, Any], grid_filter: dict[str, Any] | None) -> tuple[Any, Any]:
    return count_text(values, grid_filter or None)


def count_text(values: dict[str, Any], grid_filter: dict[str, Any] | None) -> tuple[Any, Any]:
    try:
        n, stale = state.fetch(q.claims_count, filters.claim_filter(values), grid_filter)
    except state.Busy as e:
        return "", ui.notice(str(e))
    left_out = 0
    if values.get("dates") == "event" and not grid_filter:  # say how many the choice leaves out
        try:
            left_out, _ = state.fetch(q.undated_count, filters.claim_filter(values))
        except state.Busy:
            pass
    note = f" ({left_out:,} without an event date left out)" if left_out else ""
    if n == 0:
        return "0 claims" + note, ui.empty_state()
    text = f"{n:,} claims" + note
    if n > q.EXPORT_LIMIT:
        text += f" (downloads stop at {q.EXPORT_LIMIT:,} rows; `counterclaim export` writes them all)"
    return text, ui.notice(state.BUSY_MESSAGE) if stale else None


@callback(Output(f"{P}-grid", "getRowsResponse"), Input(f"{P}-grid", "getRowsRequest"),
          State(f"{P}-filter", "data"))
def rows(request: dict[str, Any] | None, values: dict[str, Any] | None) -> Any:
    if not request or values is None:
        return dash.no_update
    return get_rows(request, values)


def get_rows(request: dict[str, Any], values: dict[str, Any]) -> dict[str, Any]:
    """One block of rows for the grid's infinite row model. The total is sent with the last block
    only (a short block): counting on every scroll would double the work; the bar shows the count."""
    f = filters.claim_filter(values)
    start, end = int(request.get("startRow", 0)), int(request.get("endRow", 100))
    try:
        block, _ = state.fetch(q.claims_page, f, grid_filter=request.get("filterModel") or None,
                               sort_model=request.get("sortModel"), start=start, end=end)
    except state.Busy:
        return {"rowData": [], "rowCount": start}
    response: dict[str, Any] = {"rowData": ui.with_sentence_markdown(block)}
    if len(block) < end - start:
        response["rowCount"] = start + len(block)
    return response


# A new filter from the bar empties the grid's cache, so it asks again for its first block.
clientside_callback(
    """async function(values) {
        const api = await dash_ag_grid.getApiAsync('cl-grid');
        api.purgeInfiniteCache();
        return Date.now();
    }""",
    Output(f"{P}-purged", "data"), Input(f"{P}-filter", "data"), prevent_initial_call=True,
)


@callback(Output(f"{P}-download", "data"), Input(f"{P}-csv", "n_clicks"), Input(f"{P}-parquet", "n_clicks"),
          State(f"{P}-filter", "data"), State(f"{P}-grid", "getRowsRequest"), prevent_initial_call=True)
def download(_csv: Any, _parquet: Any, values: dict[str, Any], request: dict[str, Any] | None) -> Any:
    """The grid's last request holds its current column filters and sort: the download follows them."""
    fmt = "parquet" if dash.ctx.triggered_id == f"{P}-parquet" else "csv"
    request = request or {}
    return export(fmt, values, request.get("filterModel"), request.get("sortModel"))


def export(fmt: str, values: dict[str, Any], grid_filter: Any, sort_model: Any) -> Any:
    """The filtered rows (the bar's filters and the grid's column filters and sort) as a file."""
    import pyarrow as pa

    try:
        rows, _ = state.fetch(q.claims_export, filters.claim_filter(values), grid_filter or None,
                              sort_model or None, cache=False)
    except state.Busy:
        return dash.no_update
    table = pa.Table.from_pylist(rows) if rows else pa.table({c: pa.array([], pa.string()) for c in EXPORT_COLUMNS})
    table = table.select(EXPORT_COLUMNS)
    if fmt == "parquet":
        import pyarrow.parquet as pq

        buf = io.BytesIO()
        pq.write_table(table, buf)
        return dcc.send_bytes(buf.getvalue(), "claims.parquet")
    import pyarrow.csv as pacsv

    buf = io.BytesIO()
    pacsv.write_csv(table, buf)
    return dcc.send_bytes(buf.getvalue(), "claims.csv")


ui.register_url_sync(P)
