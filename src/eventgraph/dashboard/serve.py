"""`eventgraph dashboard`: the Streamlit server in a process that has already imported what the
pages import (1.2-2 s of a first page's script run under `streamlit run app.py`) and, when the
store's newest snapshot has no kept tables yet, begun reading them (`ui.begin_warm_up`).

The server is Streamlit's own command line, called in this process (`streamlit.web.cli.main`,
what `streamlit run` executes), so its options and `.streamlit/config.toml` apply as they would."""

from __future__ import annotations

import gc
import importlib
import inspect
import os
import subprocess
import time
import urllib.request
from pathlib import Path

# What the pages import beyond the standard library: a few seconds of a first script run on a
# busy machine (streamlit, pandas, pyarrow, altair, pyoxigraph, networkx, ...).
PRELOAD = (
    "pandas",
    "pyarrow.parquet",
    "altair",
    "streamlit",
    # The emoji catalogue: Streamlit compiles its regex of every emoji (0.12 s of CPU) the first
    # time a button group's option (or an alert's text) is not ASCII; the language's "Tiếng Việt"
    # is, so a server's first run paid for it.
    "streamlit.emojis",
    # Imported by a server's first run otherwise (the navigation's icon names, the new session's
    # agent check, pandas' Arrow conversions): a few ms each.
    "streamlit.material_icon_names",
    "streamlit.web.skills",
    "pyarrow.pandas_compat",
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
    no usage statistics sent, no watching of the source files (the same for `eventgraph
    dashboard`, browser tests and benchmarks).

    The watcher is for editing an app while it runs; a reader's server has no use for it, and it
    costs every new session: Streamlit walks the ~1,750 loaded modules and watches each file under
    the app's folder or on PYTHONPATH. Without it, the first page's script run on the server took
    2.4 s instead of 3.0 s and the page settled in Chromium in 7.3 s instead of 8.5 s (medians of 4
    alternated rounds at 100k articles, load 4.8-7.3, `benchmarks/bench_first_page.py`).

    No "magic" either: Streamlit compiled `app.py` and the page again for every new session here,
    and with magic on it rewrites each one's syntax tree first (15 ms of CPU for `app.py` and the
    Overview, against 1.5 ms to compile them without). The pages write nothing by magic
    (`tests/dashboard/test_serve.py` checks it), so they run the same."""
    return [
        "--server.address",
        "127.0.0.1",
        "--server.port",
        str(port),
        "--server.headless",
        "true",
        "--browser.gatherUsageStats",
        "false",
        "--server.fileWatcherType",
        "none",
        "--runner.magicEnabled",
        "false",
    ]


def wait_healthy(
    base: str, timeout: float = 120, proc: subprocess.Popen[bytes] | None = None,
    poll: float = 0.1,
) -> float:
    """Seconds until the Streamlit server at `base` answers its health check; RuntimeError when it
    does not within `timeout` or when `proc`, its process, exits first."""
    start = time.monotonic()
    while time.monotonic() - start < timeout:
        if proc is not None and proc.poll() is not None:
            raise RuntimeError(f"the Streamlit server exited with {proc.returncode}")
        try:
            with urllib.request.urlopen(f"{base}/_stcore/health", timeout=2) as r:
                if r.read().strip() == b"ok":
                    return time.monotonic() - start
        except OSError:
            time.sleep(poll)
    raise RuntimeError(f"no Streamlit server healthy at {base} after {timeout} s")


def preload() -> None:
    """Import the pages' modules, answer Streamlit's once-a-process REPL check, start the warm-up
    of the store's newest snapshot if its tables are not kept yet (in a background thread, as a
    page's first query would), make its Overview's opening view if its answers are kept
    (`ui.prepare_overview`), and freeze what all that made out of the garbage collector's walk."""
    for name in PRELOAD:
        importlib.import_module(name)
    # The first element a Streamlit process draws asks whether it runs in a REPL, to print a
    # warning (`delta_generator._maybe_print_use_warning`, once per process): `inspect.stack()` of
    # the script's thread, which reads the source of every frame on it (13-23 ms of CPU in the
    # first run at load 7-10, 0.3-0.4 s before `inspect` had its module map). This process is
    # Streamlit's own command line, never a REPL, so the check is marked done; should Streamlit
    # rename its flag, the module map is made here instead (first element out 0.10 s after the
    # session began instead of 0.43-0.46 s, medians of 4 rounds in Chromium, load 6-7.5).
    from streamlit import delta_generator

    if hasattr(delta_generator, "_use_warning_has_been_displayed"):
        delta_generator._use_warning_has_been_displayed = True
    else:
        inspect.stack()
    from eventgraph.dashboard import ui

    ui.begin_warm_up()
    ui.prepare_overview()
    # Streamlit collects every generation after each script run (`runner.postScriptGC`), holding
    # the interpreter before the run's end reaches the browser. The ~150,000 objects the imports
    # made live as long as the process, so they are frozen out of the collector's walk: that
    # collection took 120-147 ms of the first Overview run's 292-311 ms of CPU at 100k articles,
    # 7-11 ms frozen (docs/performance.md, *A server's first run of the Overview*).
    gc.collect()
    gc.freeze()


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
