"""The Dash app: pages over a read-only warehouse.

`create_app(db)` builds the app (Dash pages from dashboard/pages, styling
from assets/dashboard, everything served locally so it works offline);
`serve(db)` runs it, on 127.0.0.1 unless told otherwise.
"""

from __future__ import annotations

import threading
from pathlib import Path

import dash
from dash import Dash, Input, Output, clientside_callback, dcc, html

from dashboard import state

PAGES = Path(__file__).resolve().parent / "pages"
ASSETS = Path(__file__).resolve().parent.parent / "assets" / "dashboard"
NAV = [("/", "Timeline"), ("/incidents", "Incidents"), ("/sources", "Sources"), ("/claims", "Claims"),
       ("/exchange-rate", "Exchange rate")]

_APP: Dash | None = None


def create_app(db: str | Path, demo: bool = False) -> Dash:
    """The dashboard over warehouse `db` (read-only). One app per process: Dash pages and their
    global callbacks are registered once; a second call only points the app at another warehouse."""
    global _APP
    state.configure(db, demo=demo)
    if _APP is not None:
        return _APP
    app = Dash(
        "dashboard", use_pages=True, pages_folder=str(PAGES), assets_folder=str(ASSETS),
        serve_locally=True, title="counterclaim", update_title=None, suppress_callback_exceptions=True,
        compress=False,
    )
    app.layout = _layout
    clientside_callback(
        """function(path) {
            document.querySelectorAll('.nav a').forEach(function(a) {
                var p = a.getAttribute('href');
                a.classList.toggle('active', p === '/' ? path === '/' : path.indexOf(p) === 0);
            });
            return window.dash_clientside.no_update;
        }""",
        Output("nav-sync", "data"), Input("_pages_location", "pathname"))
    _APP = app
    return app


def _layout() -> html.Div:
    label = html.Span("synthetic demo data", className="demo-label",
                      title="Every report, outlet and number here was generated; none is real.") \
        if state.STATE.demo else None
    return html.Div([
        html.Header([
            html.A("counterclaim", href="/", className="brand"),
            html.Nav([html.A(text, href=path) for path, text in NAV], className="nav"),
            label,
            html.Span(_db_label(), className="db-label"),
        ], className="topbar"),
        dcc.Store(id="nav-sync"),
        html.Main(dash.page_container, className="content"),
    ], className="app")


def _db_label() -> str:
    return f"warehouse: {state.STATE.db.name}" if state.STATE.db else ""


def _warm(poll: float = 5.0) -> None:
    """Keep the filter options (distinct values of five columns, shown on every page) computed: at start
    and after every ingest (a new warehouse version), in the background. (The source comparison needs no
    warming: each ingest stores it, warehouse/source_comparison.py.)"""
    import time

    from warehouse import queries as q

    seen = None
    while True:
        try:
            current, _ = state.version()
            if current != seen:
                state.fetch(q.filter_options)
                seen = current
        except Exception:  # noqa: BLE001 - best effort: the pages compute and report on their own
            pass
        time.sleep(poll)


def serve(db: str | Path, *, host: str = "127.0.0.1", port: int = 8050, demo: bool = False) -> None:
    """Serve the dashboard over `db` until interrupted (binds to 127.0.0.1 unless `host` says otherwise)."""
    if not Path(db).exists():
        raise SystemExit(f"{db}: no warehouse here; build one with `counterclaim ingest PATH --db {db}`, "
                         "or run `counterclaim demo`")
    app = create_app(db, demo=demo)
    threading.Thread(target=_warm, daemon=True).start()
    print(f"counterclaim dashboard on http://{host}:{port}/  (Ctrl-C stops it)", flush=True)
    app.run(host=host, port=port, debug=False, dev_tools_ui=False, dev_tools_props_check=False)
