"""`eventgraph dashboard`: the Streamlit server in a process that has already imported what the
pages import (1.2-2 s of a first page's script run under `streamlit run app.py`) and, when the
store's newest snapshot has no kept tables yet, begun reading them (`ui.begin_warm_up`).

The server is Streamlit's own command line, called in this process (`streamlit.web.cli.main`,
what `streamlit run` executes), so its options and `.streamlit/config.toml` apply as they would."""

from __future__ import annotations

import importlib
import os
from pathlib import Path

# What the pages import beyond the standard library: a few seconds of a first script run on a
# busy machine (streamlit, pandas, pyarrow, altair, pyoxigraph, networkx, ...).
PRELOAD = (
    "pandas",
    "pyarrow.parquet",
    "altair",
    "streamlit",
    "eventgraph.dashboard.ui",
    "eventgraph.dashboard.data",
    "eventgraph.dashboard.export",
    "eventgraph.dashboard.highlight",
    "eventgraph.dashboard.lineage",
    "eventgraph.dashboard.localities",
    "eventgraph.dashboard.network",
    "eventgraph.dashboard.render",
    "eventgraph.store.oxigraph",
    "eventgraph.text",
)


def server_options(port: int) -> list[str]:
    """`streamlit run` options of a dashboard server: 127.0.0.1 only, `port`, no browser opened,
    no usage statistics sent (the same for `eventgraph dashboard`, browser tests and benchmarks)."""
    return [
        "--server.address",
        "127.0.0.1",
        "--server.port",
        str(port),
        "--server.headless",
        "true",
        "--browser.gatherUsageStats",
        "false",
    ]


def preload() -> None:
    """Import the pages' modules, and start the warm-up of the store's newest snapshot if its
    tables are not kept yet (in a background thread, as a page's first query would)."""
    for name in PRELOAD:
        importlib.import_module(name)
    from eventgraph.dashboard import ui

    ui.begin_warm_up()


def serve(app_py: Path, port: int, store: str) -> int:
    """Serve `app_py` on 127.0.0.1:`port` over `store`; returns the server's exit status."""
    from streamlit.web import cli as streamlit_cli

    os.environ["EVENTGRAPH_STORE"] = store
    preload()
    try:
        streamlit_cli.main(["run", str(app_py), *server_options(port)], prog_name="streamlit")
    except SystemExit as done:
        return int(done.code or 0) if not isinstance(done.code, str) else 1
    return 0
