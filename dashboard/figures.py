"""Plotly figures of the pages, built from the rows of warehouse.queries (no data access here).

Figures are plain dicts in Plotly's JSON schema, not plotly.graph_objects: building graph
objects validates every property in Python and costs 100-600 ms per chart, more than the
queries behind them; a dict costs about a millisecond and plotly.js draws the same chart.
"""

from __future__ import annotations

from collections import defaultdict
from typing import Any


# One colour per source type, so the same kind of source looks the same on every chart.
SOURCE_TYPE_COLOURS = {
    "publication": "#4c72b0", "wire_or_outlet": "#55a868", "monitor": "#2a9d8f", "activists": "#e9c46a",
    "state_media": "#c44e52", "partisan_media": "#dd8452", "official": "#8172b3", "armed_group": "#937860",
    "social_media": "#da8bc3", "reader_comment": "#8c8c8c",
}
MEASURE_COLOURS = ["#1f77b4", "#d62728", "#2ca02c", "#9467bd", "#ff7f0e", "#17becf", "#8c564b", "#e377c2",
                   "#7f7f7f", "#bcbd22", "#393b79", "#637939"]
SOURCE_COLOURS = ["#e6194b", "#3cb44b", "#4363d8", "#f58231", "#911eb4", "#42d4f4", "#f032e6", "#9a6324",
                  "#469990", "#800000", "#808000", "#000075"]
FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif"


def _wrap(text: str | None, width: int = 70, max_lines: int = 6) -> str:
    """Text for a hover label: HTML-escaped, broken into lines at spaces (textwrap is too slow here)."""
    lines: list[str] = []
    line = ""
    for word in (text or "").replace("&", "&amp;").replace("<", "&lt;").split():
        if line and len(line) + 1 + len(word) > width:
            lines.append(line)
            if len(lines) == max_lines:
                return "<br>".join(lines) + " …"
            line = word
        else:
            line = f"{line} {word}" if line else word
    if line:
        lines.append(line)
    return "<br>".join(lines)


AXIS = {"gridcolor": "#e6e9ee", "zerolinecolor": "#c9ced6", "linecolor": "#c9ced6", "automargin": True}


class Figure:
    """A figure as Plotly JSON: `data` (traces) and `layout`, with the few helpers the pages use."""

    def __init__(self) -> None:
        self.data: list[dict[str, Any]] = []
        self.layout: dict[str, Any] = {"xaxis": dict(AXIS), "yaxis": dict(AXIS), "shapes": [], "annotations": []}

    def add(self, trace: dict[str, Any]) -> None:
        self.data.append(trace)

    def axis(self, name: str, **props: Any) -> None:
        self.layout.setdefault(name, dict(AXIS)).update(props)

    def to_dict(self) -> dict[str, Any]:
        return {"data": self.data, "layout": self.layout}


def base_layout(fig: Figure, **kwargs: Any) -> dict[str, Any]:
    settings: dict[str, Any] = {"paper_bgcolor": "#fff", "plot_bgcolor": "#fff", "font": {"family": FONT, "size": 13},
                                "margin": {"l": 60, "r": 20, "t": 30, "b": 50}, "hoverlabel": {"align": "left"},
                                "legend": {"orientation": "h", "y": -0.18}}
    settings.update(kwargs)
    fig.layout.update(settings)
    return fig.to_dict()


def empty_figure(message: str) -> dict[str, Any]:
    fig = Figure()
    fig.layout["annotations"].append({"text": message, "showarrow": False, "font": {"size": 16, "color": "#666"},
                                      "xref": "paper", "yref": "paper", "x": 0.5, "y": 0.5})
    fig.axis("xaxis", visible=False)
    fig.axis("yaxis", visible=False)
    return base_layout(fig, height=320)


PERIOD_DAYS = {"day": 1, "week": 7, "month": 30.4, "year": 365.25}
DAY_MS = 86_400_000


def _broken(xs: list[Any], ys: list[Any], days: float) -> tuple[list[Any], list[Any]]:
    """The line's points with a gap (None) wherever periods are missing, so no line crosses them."""
    from datetime import date

    out_x: list[Any] = []
    out_y: list[Any] = []
    prev = None
    for x, y in zip(xs, ys):
        d = date.fromisoformat(str(x)[:10])
        if prev is not None and (d - prev).days > days * 1.5:
            out_x.append(None)
            out_y.append(None)
        out_x.append(x)
        out_y.append(y)
        prev = d
    return out_x, out_y


def timeline(rows: list[dict[str, Any]], markers: list[dict[str, Any]], log_y: bool = False,
             period: str = "week") -> dict[str, Any]:
    """Per measure: a band from the lowest to the highest claim of each period (a floating bar per
    period, so sparse periods are not joined), the median as a line with points, the most contested
    incidents as diamonds; claim counts as bars below."""
    by_measure: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for r in rows:
        by_measure[r["measure"]].append(r)
    fig = Figure()
    days = PERIOD_DAYS.get(period, 7)
    width = days * DAY_MS * 0.8 / max(1, len(by_measure))  # a bar as wide as its period, not as the gaps
    for i, (measure, rs) in enumerate(sorted(by_measure.items(), key=lambda kv: -sum(r["n"] for r in kv[1]))):
        colour = MEASURE_COLOURS[i % len(MEASURE_COLOURS)]
        x = [str(r["period"]) for r in rs]
        line_x, line_y = _broken(x, [r["median"] for r in rs], days)
        line_n = [[r["n"]] for r in rs]
        line_n = _broken(x, line_n, days)[1]
        fig.add({
            "type": "bar", "x": x, "base": [r["low"] for r in rs],
            "y": [(r["high"] or 0) - (r["low"] or 0) for r in rs],
            "marker": {"color": _alpha(colour, 0.28), "line": {"width": 0}}, "legendgroup": measure,
            "width": width,
            "name": f"{measure}: lowest to highest", "meta": "band", "offsetgroup": measure,
            "customdata": [[r["low"], r["low_source"] or "unattributed", _wrap(r["low_sentence"]),
                            r["high"], r["high_source"] or "unattributed", _wrap(r["high_sentence"])] for r in rs],
            "hovertemplate": ("highest %{customdata[3]:,}: %{customdata[4]}<br><i>%{customdata[5]}</i><br>"
                              "lowest %{customdata[0]:,}: %{customdata[1]}<br><i>%{customdata[2]}</i>"
                              "<extra></extra>")})
        fig.add({
            "type": "scatter", "x": line_x, "y": line_y, "mode": "lines+markers", "connectgaps": False,
            "line": {"color": colour, "width": 2}, "marker": {"size": 5}, "name": measure, "legendgroup": measure,
            "meta": "median", "customdata": line_n,
            "hovertemplate": f"{measure}: median %{{y:,}} of %{{customdata[0]}} claims<extra></extra>"})
        fig.add({"type": "bar", "x": x, "y": [r["n"] for r in rs], "marker": {"color": colour}, "width": width,
                 "name": f"{measure} claims", "legendgroup": measure, "showlegend": False, "meta": "count",
                 "offsetgroup": measure, "xaxis": "x2", "yaxis": "y2",
                 "hovertemplate": f"{measure}: %{{y}} claims<extra></extra>"})
    if markers:
        fig.add({
            "type": "scatter", "x": [m["date_start"] for m in markers], "y": [m["best_max"] for m in markers],
            "mode": "markers", "name": "contested incident", "meta": "incidents",
            "marker": {"symbol": "diamond", "size": 11, "color": "#222", "line": {"width": 1, "color": "#fff"}},
            "customdata": [[_wrap(m["label"], 60), m["best_min"], m["best_max"], m["spread_ratio"] or 1,
                            m["n_sources"]] for m in markers],
            "hovertemplate": ("%{customdata[0]}<br>%{customdata[1]:,} to %{customdata[2]:,} "
                              "(×%{customdata[3]:.1f}, %{customdata[4]} sources)<extra></extra>")})
    fig.axis("xaxis", type="date", anchor="y", showticklabels=False)
    fig.axis("xaxis2", type="date", anchor="y2", matches="x")
    fig.axis("yaxis", title={"text": "claimed value"}, type="log" if log_y else "linear", domain=[0.3, 1],
             **({} if log_y else {"rangemode": "tozero"}))  # a linear count axis starts at zero
    fig.axis("yaxis2", title={"text": "claims"}, domain=[0, 0.24], rangemode="tozero")
    return base_layout(fig, height=560, barmode="group", bargap=0.15, hovermode="closest")


def _alpha(hex_colour: str, a: float) -> str:
    h = hex_colour.lstrip("#")
    r, g, b = (int(h[i:i + 2], 16) for i in (0, 2, 4))
    return f"rgba({r},{g},{b},{a})"


def incident_spread(claims: list[dict[str, Any]]) -> dict[str, Any]:
    """Every source's claim on one value axis: a point for a single value, a bar for a range or a
    bound (open bounds run to the edge with an arrow), coloured by source type, shaded by confidence."""
    fig = Figure()
    labels = [f"{c['source'] or 'unattributed'} · {c['published'] or 'undated'}" for c in claims]
    values = [v for c in claims for v in (c["low"], c["high"], c["best"]) if v is not None]
    top = max(values) * 1.15 if values else 1
    shown: set[str] = set()
    for c, label in zip(claims, labels):
        stype = c["source_type"] or "unknown"
        colour = SOURCE_TYPE_COLOURS.get(stype, "#555")
        conf = float(c["confidence"] or 0)
        opacity = 0.35 + 0.65 * conf
        hover = (f"<b>{c['source'] or 'unattributed'}</b> ({stype.replace('_', ' ')})<br>"
                 f"{c['number_text']} → {c['best']:,.0f} ({c['qualifier']})<br>confidence {conf:.2f}<br>"
                 f"<i>{_wrap(c['sentence'])}</i><extra></extra>")
        lo, hi = c["low"], c["high"]
        if c["qualifier"] != "exact" and (lo != hi or lo is None or hi is None):
            x0 = lo if lo is not None else 0
            x1 = hi if hi is not None else top
            fig.add({"type": "bar", "x": [x1 - x0], "base": [x0], "y": [label], "orientation": "h",
                     "marker": {"color": colour, "opacity": opacity * 0.6}, "width": 0.35, "showlegend": False,
                     "legendgroup": stype, "hovertemplate": hover, "meta": "range"})
        fig.add({
            "type": "scatter", "x": [c["best"]], "y": [label], "mode": "markers", "name": stype.replace("_", " "),
            "legendgroup": stype, "showlegend": stype not in shown, "meta": "claim",
            "marker": {"color": colour, "size": 10 + 10 * conf, "opacity": opacity,
                       "symbol": {"at_least": "triangle-right", "at_most": "triangle-left"}.get(c["qualifier"],
                                                                                            "circle"),
                       "line": {"width": 1, "color": "#222"}},
            "hovertemplate": hover})
        shown.add(stype)
    fig.axis("xaxis", title={"text": "claimed value"}, rangemode="tozero")
    fig.axis("yaxis", autorange="reversed", type="category")
    return base_layout(fig, height=max(260, 60 + 38 * len(claims)), barmode="overlay",
                       margin={"l": 260, "r": 20, "t": 20, "b": 50})


def source_updates(claims: list[dict[str, Any]]) -> dict[str, Any]:
    """Each source's claims over publication time: how tolls were updated."""
    fig = Figure()
    by_source: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for c in claims:
        if c["published"] is not None:
            by_source[c["source"] or "unattributed"].append(c)
    for source, cs in sorted(by_source.items()):
        cs.sort(key=lambda c: (str(c["published"]), c["best"]))
        colour = SOURCE_TYPE_COLOURS.get(cs[0]["source_type"] or "", "#555")
        fig.add({
            "type": "scatter", "x": [c["published"] for c in cs], "y": [c["best"] for c in cs],
            "mode": "lines+markers", "name": source, "line": {"color": colour}, "marker": {"size": 8},
            "meta": "update", "customdata": [[c["number_text"], c["qualifier"]] for c in cs],
            "hovertemplate": f"{source}<br>%{{x}}: %{{customdata[0]}} (%{{customdata[1]}})<extra></extra>"})
    days = sorted({str(c["published"])[:10] for cs in by_source.values() for c in cs})
    fig.axis("xaxis", title={"text": "published"}, type="date", tickformat="%d %b %Y")
    if days:
        from datetime import date, timedelta

        lo, hi = date.fromisoformat(days[0]), date.fromisoformat(days[-1])
        pad = timedelta(days=max(2, (hi - lo).days // 10))
        fig.axis("xaxis", range=[str(lo - pad), str(hi + pad)])
        if (hi - lo).days <= 20:
            fig.axis("xaxis", dtick=86_400_000)  # one tick a day, not twelve-hour ticks that repeat the date
    fig.axis("yaxis", title={"text": "claimed value"}, rangemode="tozero")
    return base_layout(fig, height=340, legend={"orientation": "v", "x": 1.02, "y": 1},
                       margin={"l": 60, "r": 20, "t": 20, "b": 50})


def source_bias(rows: list[dict[str, Any]]) -> dict[str, Any]:
    """Each source's typical ratio to the other sources' median on shared incidents (log scale)."""
    rows = sorted(rows, key=lambda r: r["ratio"])
    fig = Figure()
    fig.add({
        # Bars grow from 1 (agreement) to the ratio, so counting low reads as a bar to the left.
        "type": "bar", "x": [r["ratio"] - 1 for r in rows], "base": [1] * len(rows),
        "y": [r["source"] for r in rows], "orientation": "h", "meta": "bias",
        "marker": {"color": [SOURCE_TYPE_COLOURS.get(r["source_type"] or "", "#555") for r in rows]},
        "customdata": [[r["n_incidents"], (r["source_type"] or "").replace("_", " "), r["n_highest"],
                        r["n_lowest"], r["ratio"]] for r in rows],
        "hovertemplate": ("%{y} (%{customdata[1]})<br>×%{customdata[4]:.2f} the others' median over "
                          "%{customdata[0]} incidents<br>highest in %{customdata[2]}, lowest in %{customdata[3]}"
                          "<extra></extra>")})
    fig.layout["shapes"].append({"type": "line", "x0": 1, "x1": 1, "xref": "x", "y0": 0, "y1": 1, "yref": "paper",
                                 "line": {"dash": "dash", "color": "#444"}})
    fig.axis("xaxis", type="log", title={"text": "ratio to the median of the other sources (1 = agrees; log scale)"})
    fig.axis("yaxis", type="category")
    return base_layout(fig, height=max(300, 80 + 24 * len(rows)), margin={"l": 220, "r": 20, "t": 20, "b": 50},
                       showlegend=False)


def exchange(series: list[dict[str, Any]], points: list[dict[str, Any]], by_type_above: int = 12) -> dict[str, Any]:
    """Currency rates over time: per pair the monthly median with its min–max band, and each claim
    as a point, one legend entry per source (per source type when there are many sources)."""
    fig = Figure()
    by_pair: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for r in series:
        by_pair[r["pair"]].append(r)
    for i, (pair, rs) in enumerate(sorted(by_pair.items())):
        colour = MEASURE_COLOURS[i % len(MEASURE_COLOURS)]
        x = [r["period"] for r in rs]
        fig.add({"type": "scatter", "x": x, "y": [r["low"] for r in rs], "mode": "lines", "line": {"width": 0},
                 "showlegend": False, "hoverinfo": "skip", "meta": "band-low"})
        fig.add({"type": "scatter", "x": x, "y": [r["high"] for r in rs], "mode": "lines", "line": {"width": 0},
                 "fill": "tonexty", "fillcolor": _alpha(colour, 0.15), "showlegend": False, "hoverinfo": "skip",
                 "meta": "band-high"})
        line_x, line_y = _broken(x, [r["median"] for r in rs], PERIOD_DAYS["month"])
        fig.add({"type": "scatter", "x": line_x, "y": line_y, "mode": "lines", "connectgaps": False,
                 "name": f"{pair} (median)", "line": {"color": colour, "width": 2}, "meta": "median",
                 "hovertemplate": f"{pair}: median %{{y:,}}<extra></extra>"})
    many = len({p["source"] for p in points}) > by_type_above
    groups: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for p in points:
        groups[(p["source_type"] or "unknown") if many else (p["source"] or "unattributed")].append(p)
    for k, (name, ps) in enumerate(sorted(groups.items())):
        colour = SOURCE_TYPE_COLOURS.get(ps[0]["source_type"] or "", "#555") if many else \
            SOURCE_COLOURS[k % len(SOURCE_COLOURS)]
        fig.add({
            "type": "scatter", "x": [p["day"] for p in ps], "y": [p["best"] for p in ps], "mode": "markers",
            "name": name.replace("_", " ") if many else name, "meta": "claim",
            "marker": {"size": 9, "color": colour,
                       "line": {"width": 1, "color": "#fff"}},
            "customdata": [[p["source"] or "unattributed", p["pair"], p["number_text"], _wrap(p["sentence"])]
                           for p in ps],
            "hovertemplate": ("<b>%{customdata[0]}</b><br>%{x}: %{customdata[2]} (%{customdata[1]})<br>"
                              "<i>%{customdata[3]}</i><extra></extra>")})
    fig.axis("xaxis", type="date")
    fig.axis("yaxis", title={"text": "units of currency per unit (e.g. SYP per USD)"})
    return base_layout(fig, height=480, hovermode="closest")
