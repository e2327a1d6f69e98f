"""`eventgraph dashboard` serves the app from a process that has imported the pages' modules and,
on a snapshot whose tables are not kept yet, begun reading them before any browser connects: the
opening views are on disk with no visitor."""

from __future__ import annotations

import os
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

from eventgraph.dashboard.serve import wait_healthy
from eventgraph.servers._process import free_port

ROOT = Path(__file__).resolve().parents[2]


def test_the_dashboard_command_serves_and_warms_before_any_visitor(
    seed_store: str, tmp_path: Path
) -> None:
    port = free_port()
    env = dict(
        os.environ,
        EVENTGRAPH_STORE=seed_store,
        EVENTGRAPH_CACHE_DIR=str(tmp_path / "cache"),
        EVENTGRAPH_DASHBOARD_WARM="1",
        PYTHONPATH=str(ROOT / "src"),
    )
    log = (tmp_path / "server.log").open("wb")
    proc = subprocess.Popen(
        [sys.executable, "-c", "from eventgraph.cli import app; app()", "dashboard", "--port",
         str(port)],
        env=env, stdout=log, stderr=subprocess.STDOUT, cwd=tmp_path,
    )  # fmt: skip
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 90
        try:
            wait_healthy(base, timeout=90, poll=0.2)
        except RuntimeError as exc:
            raise AssertionError((tmp_path / "server.log").read_text(errors="replace")) from exc
        with urllib.request.urlopen(base, timeout=10) as r:
            assert b"<title>" in r.read()  # Streamlit's app, served
        kept: list[Path] = []
        while time.monotonic() < deadline and not kept:
            kept = list((tmp_path / "cache").glob("answers/*/*/overview-*.json"))
            time.sleep(0.2)
        assert kept, "no opening view was kept: the warm-up did not start without a visitor"
    finally:
        proc.terminate()
        proc.wait(30)


def test_the_pages_write_nothing_by_magic() -> None:
    """The dashboard's server runs without Streamlit's "magic" (`serve.server_options`), which
    writes a page's bare expressions to it: no page may rely on that."""
    import ast

    from streamlit.runtime.scriptrunner import magic

    root = Path(__file__).resolve().parents[2]
    for path in [root / "app.py", *sorted((root / "app_pages").glob("*.py"))]:
        rewritten = ast.unparse(magic.add_magic(path.read_text(encoding="utf-8"), str(path)))
        assert "transparent_write" not in rewritten, path.name
