"""A new dashboard server's script runs, timed on the server: each run's wall time, the script
thread's CPU, the process's CPU, and the CPU of the page's steps (queries, filters, the chart and
tables, Streamlit's element calls, the collection Streamlit makes after each run).

Each round starts `eventgraph dashboard` from each checkout given (alternated round by round), in
a process whose `ScriptRunner._run_script` and steps are wrapped with timers, opens its first page
in Chromium in two sessions one after the other (a process's first run, then a second), and
prints every run and the medians:

    PYTHONPATH=src .venv/bin/python benchmarks/bench_server_run.py \
        --store oxigraph:///path/store --cache PREPARED_FOLDER [--rounds 4] \
        [--variant before=/tmp/base --variant after=.]

The cache folder is copied for every server (the warm-up writes to it). CPU is counted with
`time.thread_time` and `time.process_time`, not cProfile, which charges time spent waiting for
the interpreter lock to the waiting function."""

from __future__ import annotations

import argparse
import functools
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
STEPS = {  # module: functions timed inside the server
    "eventgraph.dashboard.ui": ("query", "filters", "html_table", "stale_notice"),
    "eventgraph.dashboard.data": ("activity_chart_frame",),
    "eventgraph.dashboard.plain": ("stacked_bars",),
    "eventgraph.dashboard.overview": ("parts",),
    "streamlit.env_util": ("is_repl",),
    "gc": ("collect",),
    "streamlit": ("radio", "html", "metric", "set_page_config"),
}


def serve_timed(port: int) -> None:
    """Inside the server's process: wrap the runs and steps, then run `eventgraph dashboard`."""
    import importlib

    from streamlit.runtime.scriptrunner import script_runner

    log: list[tuple[str, float]] = []
    for name, funcs in STEPS.items():
        module = importlib.import_module(name)
        for fn in funcs:
            original = getattr(module, fn)

            def timed(*a: Any, _f: Any = original, _n: str = fn, **k: Any) -> Any:
                cpu = time.thread_time()
                try:
                    return _f(*a, **k)
                finally:
                    log.append((_n, time.thread_time() - cpu))

            setattr(module, fn, functools.wraps(original)(timed))
    run = script_runner.ScriptRunner._run_script
    count = [0]

    def timed_run(self: Any, rerun_data: Any) -> Any:
        count[0] += 1
        log.clear()
        wall, cpu, proc = time.perf_counter(), time.thread_time(), time.process_time()
        try:
            return run(self, rerun_data)
        finally:
            steps: dict[str, float] = {}
            for n, c in log:
                steps[n] = steps.get(n, 0.0) + c
            cells = " ".join(f"{n}={c * 1000:.0f}" for n, c in steps.items())
            print(
                f"RUN {count[0]} wall={(time.perf_counter() - wall) * 1000:.0f} "
                f"cpu={(time.thread_time() - cpu) * 1000:.0f} "
                f"proc={(time.process_time() - proc) * 1000:.0f} "
                f"load={os.getloadavg()[0]:.1f} {cells}",
                flush=True,
            )

    script_runner.ScriptRunner._run_script = timed_run  # type: ignore[method-assign]
    from eventgraph.cli import app

    sys.argv = ["eventgraph", "dashboard", "--port", str(port)]
    app()


def one_server(root: Path, args: argparse.Namespace) -> list[dict[str, float]]:
    """Start a timed server from `root`, open its page twice, return its runs."""
    sys.path.insert(0, str(ROOT / "tests" / "browser"))
    from conftest import CHROMIUM_ARGS
    from playwright.sync_api import sync_playwright
    from test_pages_browser import SETTLED

    from eventgraph.dashboard.serve import wait_healthy
    from eventgraph.servers._process import free_port

    port = free_port()
    with tempfile.TemporaryDirectory(prefix="bsr-") as tmp:
        cache = Path(tmp) / "cache"
        shutil.copytree(args.cache, cache)
        env = dict(os.environ, EVENTGRAPH_STORE=args.store, EVENTGRAPH_CACHE_DIR=str(cache),
                   PYTHONPATH=str(root / "src"))  # fmt: skip
        out = Path(tmp) / "server.log"
        with out.open("wb") as log:
            proc = subprocess.Popen(
                [sys.executable, __file__, "--serve", str(port)],
                env=env, cwd=root, stdout=log, stderr=subprocess.STDOUT,
            )  # fmt: skip
        try:
            wait_healthy(f"http://127.0.0.1:{port}", timeout=180, proc=proc)
            with sync_playwright() as p:
                browser = p.chromium.launch(executable_path="/usr/bin/chromium", args=CHROMIUM_ARGS)
                for _ in range(2):
                    page = browser.new_page(viewport={"width": 1400, "height": 1600})
                    page.goto(f"http://127.0.0.1:{port}")
                    page.wait_for_function(
                        "() => document.querySelectorAll('[data-testid=\"stHtml\"] table tr')"
                        f".length > 0 && ({SETTLED})()",
                        timeout=90_000,
                    )
                    page.close()
                browser.close()
            time.sleep(0.5)  # the second run's line
        finally:
            proc.terminate()
            proc.wait(30)
        runs = []
        for line in out.read_text(errors="replace").splitlines():
            if line.startswith("RUN "):
                runs.append({k: float(v) for k, v in re.findall(r"(\S+)=([\d.]+)", line)})
        return runs


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--serve", type=int, help=argparse.SUPPRESS)
    ap.add_argument("--store", default="memory://")
    ap.add_argument("--cache", help="a prepared answers folder (copied for every server)")
    ap.add_argument("--rounds", type=int, default=4)
    ap.add_argument("--variant", action="append", default=[], help="NAME=ROOT")
    args = ap.parse_args()
    if args.serve:
        serve_timed(args.serve)
        return
    variants = [(n, Path(r).resolve()) for n, _, r in (v.partition("=") for v in args.variant)]
    variants = variants or [("", ROOT)]
    seen: dict[tuple[str, int], list[dict[str, float]]] = {}
    for n in range(1, args.rounds + 1):
        for name, root in variants if n % 2 else variants[::-1]:
            for k, run in enumerate(one_server(root, args)[:2], start=1):
                seen.setdefault((name, k), []).append(run)
                cells = " ".join(f"{key}={v:.0f}" for key, v in run.items() if key != "load")
                print(f"{name or '-'} round {n} run {k} load={run['load']:.1f} {cells}", flush=True)
    print("\n| variant | run | rounds | load | wall ms | script thread CPU ms | process CPU ms "
          "| gc ms |")  # fmt: skip
    print("|---|---|---|---|---|---|---|---|")
    for (name, k), runs in seen.items():

        def med(key: str, runs: list[dict[str, float]] = runs) -> str:
            vals = [r.get(key, 0.0) for r in runs]
            return f"{statistics.median(vals):.0f} ({min(vals):.0f}–{max(vals):.0f})"

        loads = [r["load"] for r in runs]
        print(f"| {name or '-'} | {k} | {len(runs)} | {min(loads):.1f}–{max(loads):.1f} | "
              f"{med('wall')} | {med('cpu')} | {med('proc')} | {med('collect')} |")  # fmt: skip


if __name__ == "__main__":
    main()
