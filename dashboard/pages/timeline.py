"""Timeline: claims per day, week or month by measure, the band from the lowest to the highest
claim, the most contested incidents, and the latest claims in view."""

from __future__ import annotations

from typing import Any

import dash
from dash import Input, Output, State, callback, dcc, html

from dashboard import components as ui
from dashboard import figures, filters, state
from warehouse import queries as q

dash.register_page(__name__, path="/", name="Timeline", title="counterclaim · timeline")

P = "tl"
CONTROLS = filters.control_ids(P, period=True, dates=True)
DATES = filters.DATES_ON_TIME_AXIS


def layout(**params: Any) -> html.Div:
    values = filters.parse(params, dates=DATES)
    if not params.get("measure"):
        values["measure"] = _default_measures()
    return html.Div([
        ui.page_title("Timeline", "How each measure moves over time and how far the claims spread. Claims are "
                      "placed at the date of the event they report; claims without one (totals over a period such "
                      "as 'since 2011', reports that give no date) are left out unless you date them by "
                      "publication. Lines: median claim per period; band: lowest to highest; diamonds: the most "
                      "contested incidents."),
        filters.filter_bar(P, values, period=True, dates=True),
        # Linear by default: with the totals over a period left out, a measure's claims mostly span one or
        # two orders of magnitude (tolls of 1 to 150), which a log axis squeezes together.
        html.Div([dcc.Checklist(id=f"{P}-log", options=[{"label": "log scale", "value": "log"}],
                                value=["log"] if params.get("scale") == "log" else [],
                                inline=True, className="checks")], className="chart-options"),
        html.Div(id=f"{P}-notice"),
        html.Div([html.Span(id=f"{P}-undated-text"), " ",
                  html.Button(id=f"{P}-dates-toggle", className="link-button")],
                 id=f"{P}-undated", className="notice notice-info", role="status", style={"display": "none"}),
        dcc.Loading(dcc.Graph(id=f"{P}-graph", config={"displaylogo": False}), type="dot", delay_show=300),
        html.Div(id=f"{P}-summary", className="summary"),
        html.H2("Latest claims in view"),
        ui.claims_grid(f"{P}-table"),
        html.A("Open these claims in the Claims table", id=f"{P}-claims-link", href="/claims",
               className="more-link"),
        *ui.url_sync(P),
    ])


def _default_measures() -> list[str]:
    """The most frequent measure, so the first chart is readable on one scale."""
    try:
        opts, _ = state.fetch(q.filter_options)
    except state.Busy:
        return []
    return [opts["measure"][0]["value"]] if opts.get("measure") else []


@callback(
    Output(f"{P}-graph", "figure"), Output(f"{P}-table", "rowData"), Output(f"{P}-summary", "children"),
    Output(f"{P}-notice", "children"), Output(f"{P}-url", "data"), Output(f"{P}-claims-link", "href"),
    Output(f"{P}-undated-text", "children"), Output(f"{P}-dates-toggle", "children"),
    Output(f"{P}-undated", "style"),
    *[Input(cid, prop) for _, cid, prop in CONTROLS], Input(f"{P}-log", "value"),
)
def update(*args: Any) -> tuple[Any, ...]:
    values = filters.values_from([k for k, _, _ in CONTROLS], args[:-1])
    log_y = "log" in (args[-1] or [])
    return render(values, log_y)


@callback(Output(f"{P}-dates", "value"), Input(f"{P}-dates-toggle", "n_clicks"), State(f"{P}-dates", "value"),
          prevent_initial_call=True)
def toggle_dates(clicks: int | None, current: str | None) -> Any:
    """The notice's button: include the claims without an event date, or leave them out again."""
    if not clicks:
        return dash.no_update
    return "event-or-published" if current == "event" else "event"


LATEST = 200


def _recent(f: q.ClaimFilter, rows: list[dict[str, Any]], n: int) -> q.ClaimFilter:
    """The filter narrowed to the last periods that hold `n` claims: the same latest claims, but the
    warehouse sorts only those periods' claims instead of every claim in the filter. (Running the
    latest-claims query beside the timeline query instead costs more CPU, which a shared machine
    does not have to spare.)"""
    from dataclasses import replace

    total = 0
    for period in sorted({r["period"] for r in rows}, reverse=True):
        total += sum(r["n"] for r in rows if r["period"] == period)
        if total >= n:
            return replace(f, date_from=max(period, f.date_from) if f.date_from else period)
    return f


HIDDEN = {"display": "none"}


def undated_notice(n: int, dates: str) -> tuple[str, str, dict[str, str]]:
    """Text, button label and style of the notice about the claims without an event date."""
    if not n:
        return "", "", HIDDEN
    many = n != 1
    claims = f"{n:,} claim{'s' if many else ''} without an event date {'are' if many else 'is'}"
    if dates == "event":
        return (f"{claims} left out: totals over a period (such as 'since 2011') and reports whose text gives "
                "no date.", "Include them at their publication date", {})
    return (f"{claims} placed at the publication date of {'their' if many else 'its'} report; a total over a "
            "period among them can stretch the lowest-to-highest band far above the events around it.",
            "Leave them out", {})


def render(values: dict[str, Any], log_y: bool = False) -> tuple[Any, ...]:
    """Figure, table rows, summary, notice, URL query, claims link and the notice about claims
    without an event date (text, button, style) for control values."""
    values = {"dates": DATES, **values}
    f = filters.claim_filter(values)
    query = filters.to_query(values, {"scale": "log" if log_y else None}, dates=DATES)
    claims_link = "/claims" + filters.to_query({**values, "period": "week"}, dates=filters.DATES_IN_TABLES)
    try:
        (rows, stale1), (n_undated, stale2) = state.fetch_all(
            (q.timeline, (f, values["period"])), (q.undated_count, (f, True)))
        markers, stale3 = state.fetch(q.incident_markers, f)
        latest, stale4 = state.fetch(q.latest_claims, _recent(f, rows, LATEST), LATEST)
    except state.Busy as e:
        return (figures.empty_figure("The warehouse is busy"), [], None, ui.notice(str(e)), query, claims_link,
                "", "", HIDDEN)
    notice = ui.notice(state.BUSY_MESSAGE) if (stale1 or stale2 or stale3 or stale4) else None
    undated = undated_notice(n_undated, values["dates"])
    if not rows:
        return (figures.empty_figure("No claims match these filters"), [], ui.empty_state(), notice, query,
                claims_link, *undated)
    n = sum(r["n"] for r in rows)
    summary = f"{n:,} claims in {len({r['period'] for r in rows}):,} {values['period']}s; " \
              f"{len(markers)} contested incidents marked."
    return (figures.timeline(rows, markers, log_y=log_y, period=values["period"]),
            ui.with_sentence_markdown(latest), summary, notice, query, claims_link, *undated)


ui.register_url_sync(P)
