"""The filter bar shared by the pages, and its round trip through the URL's query string.

Filter state lives in the URL so a researcher can share a view: a page's
layout reads the query parameters, the controls start from them, and every
change writes them back (history.replaceState, no reload).
"""

from __future__ import annotations

from datetime import date
from typing import Any
from urllib.parse import urlencode

from dash import dcc, html

from dashboard import state
from extract.vocab import MEASURES, SECTIONS, SIDES, SOURCE_TYPES
from warehouse import queries as q
from warehouse.queries import SECTIONS_EXCEPT_COMMENTS, ClaimFilter

LIST_KEYS = ("measure", "side", "source_type", "place", "section")
DEFAULT_SECTIONS = list(SECTIONS_EXCEPT_COMMENTS)
# How a claim is placed on a time axis. Without an event date a claim is mostly a total over a
# period ("since 2011"), which has no date of its own; its publication date is only when it was said.
DATE_BY = {"event": "event date",
           "event-or-published": "event date, else publication date"}
DATES_ON_TIME_AXIS = "event"  # default of pages that plot claims over time
DATES_IN_TABLES = "event-or-published"  # default of the claims table: every claim, each with a date
DATE_BY_HELP = {"event": "Only claims whose text dates the event; totals over a period and undated reports are "
                         "left out (the page says how many).",
                "event-or-published": "Claims without an event date are placed at their report's publication date: "
                                      "background totals over a period then sit beside single events."}
# Dates are typed (Dash's <input type=date> throws on every update in Chromium: setSelectionRange).
DATE_PATTERN = r"\d{4}-\d{2}-\d{2}"


def _as_list(v: Any) -> list[str]:
    if v is None or v == "":
        return []
    items = v if isinstance(v, list) else [v]
    return [p for item in items for p in str(item).split(",") if p]


def _as_date(v: Any) -> str | None:
    try:
        return date.fromisoformat(str(v)[:10]).isoformat() if v else None
    except ValueError:
        return None


def _as_conf(v: Any) -> float:
    try:
        return min(1.0, max(0.0, float(v)))
    except (TypeError, ValueError):
        return 0.0


def parse(params: dict[str, Any], *, dates: str | None = None) -> dict[str, Any]:
    """Control values from URL query parameters (bad values fall back to defaults). `dates`: the
    page's default way of dating claims (a DATE_BY key) when it has the control, else None."""
    values: dict[str, Any] = {k: _as_list(params.get(k)) for k in LIST_KEYS}
    if "section" not in params:
        values["section"] = list(DEFAULT_SECTIONS)
    values["from"] = _as_date(params.get("from"))
    values["to"] = _as_date(params.get("to"))
    values["conf"] = _as_conf(params.get("conf"))
    period = str(params.get("period") or "week")
    values["period"] = period if period in q.PERIODS else "week"
    if dates is not None:
        values["dates"] = _as_date_by(params.get("dates"), dates)
    return values


def _as_date_by(v: Any, default: str) -> str:
    return str(v) if str(v) in DATE_BY else default


def to_query(values: dict[str, Any], extra: dict[str, Any] | None = None, *, dates: str | None = None) -> str:
    """The query string ("?measure=killed&conf=0.5") of control values; defaults are left out
    (`dates`: the default way of dating claims of the page the query is for)."""
    pairs: list[tuple[str, str]] = []
    for k in LIST_KEYS:
        v = [str(x) for x in values.get(k) or []]
        if k == "section":
            if sorted(v) != sorted(DEFAULT_SECTIONS):
                pairs.append((k, ",".join(v)))
        elif v:
            pairs.append((k, ",".join(v)))
    for k in ("from", "to"):
        if values.get(k):
            pairs.append((k, str(values[k])))
    if values.get("conf"):
        pairs.append(("conf", f"{float(values['conf']):g}"))
    if values.get("period") and values["period"] != "week":
        pairs.append(("period", values["period"]))
    if values.get("dates") and values["dates"] != dates:
        pairs.append(("dates", values["dates"]))
    for k, v in (extra or {}).items():
        if v not in (None, "", []):
            pairs.append((k, str(v)))
    return "?" + urlencode(pairs) if pairs else ""


def claim_filter(values: dict[str, Any]) -> ClaimFilter:
    """The warehouse filter for control values."""
    return ClaimFilter(
        date_from=date.fromisoformat(values["from"]) if values.get("from") else None,
        date_to=date.fromisoformat(values["to"]) if values.get("to") else None,
        measures=tuple(values.get("measure") or ()),
        sides=tuple(values.get("side") or ()),
        source_types=tuple(values.get("source_type") or ()),
        places=tuple(values.get("place") or ()),
        sections=tuple(values.get("section") or ()),
        min_confidence=float(values.get("conf") or 0.0),
        undated=values.get("dates", "event-or-published") != "event",
    )


def measure_options() -> list[dict[str, str]]:
    """The measures present in the warehouse, for the pages' single-measure dropdowns."""
    try:
        opts, _ = state.fetch(q.filter_options)
    except state.Busy:
        return []
    return [{"label": o["value"], "value": o["value"]} for o in opts.get("measure", [])]


def _options(kind: str, descriptions: dict[str, str] | None = None) -> list[dict[str, Any]]:
    """Values of a column present in the warehouse, with counts; vocabulary values otherwise."""
    try:
        rows, _ = state.fetch(q.filter_options)
        found = rows.get(kind, [])
    except state.Busy:
        found = []
    if not found and descriptions:
        found = [{"value": k, "n": None} for k in descriptions]
    out = []
    for r in found:
        label = str(r["value"]).replace("_", " ")
        if r.get("n") is not None:
            label += f" ({r['n']:,})"
        opt: dict[str, Any] = {"label": label, "value": r["value"]}
        if descriptions and r["value"] in descriptions:
            opt["title"] = descriptions[r["value"]]
        out.append(opt)
    return out


def filter_bar(prefix: str, values: dict[str, Any], *, period: bool = False, measures: bool = True,
               places: bool = True, dates: bool = False) -> html.Div:
    """The filter controls, ids `{prefix}-{key}`, starting from `values`."""
    controls: list[Any] = [
        html.Div([html.Label("From", htmlFor=f"{prefix}-from"),
                  dcc.Input(id=f"{prefix}-from", type="text", value=values["from"], debounce=True,
                            placeholder="YYYY-MM-DD", pattern=DATE_PATTERN, className="date-input")],
                 className="control"),
        html.Div([html.Label("To", htmlFor=f"{prefix}-to"),
                  dcc.Input(id=f"{prefix}-to", type="text", value=values["to"], debounce=True,
                            placeholder="YYYY-MM-DD", pattern=DATE_PATTERN, className="date-input")],
                 className="control"),
    ]
    if period:
        controls.append(html.Div([html.Label("Per"), dcc.RadioItems(
            id=f"{prefix}-period", options=[{"label": p, "value": p} for p in ("day", "week", "month")],
            value=values["period"], inline=True, className="radio")], className="control"))
    if dates:
        controls.append(html.Div([html.Label("Date claims by"), dcc.RadioItems(
            id=f"{prefix}-dates", options=[{"label": label, "value": k, "title": DATE_BY_HELP[k]}
                                           for k, label in DATE_BY.items()],
            value=values["dates"], inline=True, className="radio")], className="control"))
    controls.append(html.Div([html.Label("Min. confidence"), dcc.Slider(
        id=f"{prefix}-conf", min=0, max=1, step=0.05, value=values["conf"],
        marks={0: "0", 0.5: "0.5", 1: "1"}, tooltip={"placement": "bottom"})], className="control slider"))
    if measures:
        controls.append(html.Div([html.Label("Measure"), dcc.Checklist(
            id=f"{prefix}-measure", options=_options("measure", MEASURES), value=values["measure"],
            inline=True, className="checks")], className="control wide"))
    controls += [
        html.Div([html.Label("Side"), dcc.Dropdown(
            id=f"{prefix}-side", options=_options("side", SIDES), value=values["side"], multi=True,
            placeholder="any side")], className="control"),
        html.Div([html.Label("Source type"), dcc.Dropdown(
            id=f"{prefix}-source_type", options=_options("source_type", SOURCE_TYPES),
            value=values["source_type"], multi=True, placeholder="any source type")], className="control"),
    ]
    if places:
        controls.append(html.Div([html.Label("Governorate"), dcc.Dropdown(
            id=f"{prefix}-place", options=_options("admin1"), value=values["place"], multi=True,
            placeholder="anywhere")], className="control"))
    controls.append(html.Div([html.Label("Section"), dcc.Checklist(
        id=f"{prefix}-section", options=_options("section", SECTIONS) or [], value=values["section"],
        inline=True, className="checks")], className="control wide"))
    return html.Div(controls, className="filter-bar", id=f"{prefix}-filters")


def control_ids(prefix: str, *, period: bool = False, measures: bool = True, places: bool = True,
                dates: bool = False) -> list[tuple[str, str, str]]:
    """(key, component id, property) of each control filter_bar made, in callback order."""
    keys = ["from", "to"] + (["period"] if period else []) + (["dates"] if dates else []) + ["conf"] + (["measure"] if measures else [])
    keys += ["side", "source_type"] + (["place"] if places else []) + ["section"]
    return [(k, f"{prefix}-{k}", "value") for k in keys]


def values_from(keys: list[str], args: tuple[Any, ...]) -> dict[str, Any]:
    """Control values dict from callback arguments in control_ids order, normalised via the URL parser."""
    raw = dict(zip(keys, args))
    params: dict[str, Any] = {}
    for k, v in raw.items():
        if k in LIST_KEYS:
            params[k] = ",".join(str(x) for x in (v or []))
        elif v is not None:
            params[k] = v
    values = parse(params)
    if "section" in raw:
        values["section"] = [str(x) for x in raw["section"] or []]
    if "dates" in raw:
        values["dates"] = _as_date_by(raw["dates"], "event")
    return values
