"""Chromium timings of a fresh dashboard server at scale: each round starts a new server on a
prepared store, opens its first page, then clicks Meetings, Localities, People and the Overview
through the sidebar as a user does
(Meetings, Lineage, People, Localities, Search, Source, Console, and the Overview again). Each time runs from the navigation (or click) until the page
has settled (the browser tests' `SETTLED`); the first page is also split into the browser's load of
Streamlit's static app (DOMContentLoaded) and the rest (the server's first script run and drawing).

    PYTHONPATH=src .venv/bin/python benchmarks/bench_browser.py oxigraph:///path/store CACHE_DIR \
        --rounds 3 --launch cli   # `eventgraph dashboard`; `--launch run`: streamlit run app.py

`--baseline` serves `benchmarks/baseline_app.py` instead (the Overview's shape with no store: the
floor any Streamlit app of that shape pays here) and times its first page only, so a run with and
one without it at the same load say how much of the first page is ours.

`--root DIR` serves another checkout of the repository (e.g. `git archive` of the commit before a
change) with its own `src`, for a before/after comparison on the same machine.

The load average (1 min) is printed beside each figure; the cache folder is written to by the
warm-up, so give a copy when the prepared folder is someone else's."""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests" / "browser"))

from conftest import CHROMIUM_ARGS  # noqa: E402 - the browser tests' launch flags
from playwright.sync_api import TimeoutError as PlaywrightTimeout  # noqa: E402
from playwright.sync_api import sync_playwright  # noqa: E402
from test_pages_browser import SETTLED  # noqa: E402 - the browser tests' "page has settled"

from eventgraph.dashboard import i18n  # noqa: E402
from eventgraph.dashboard.serve import server_options, wait_healthy  # noqa: E402
from eventgraph.servers._process import free_port  # noqa: E402

PAGES = ["meetings", "lineage", "people", "localities", "search", "source", "console", "overview"]


def _server(
    root: Path, launch: str, port: int, env: dict[str, str], log: Path
) -> subprocess.Popen[bytes]:
    if launch in ("run", "baseline"):
        app = root / ("benchmarks/baseline_app.py" if launch == "baseline" else "app.py")
        cmd = [sys.executable, "-m", "streamlit", "run", str(app), *server_options(port)]
    else:
        cmd = [
            sys.executable,
            "-c",
            "from eventgraph.cli import app; app()",
            "dashboard",
            "--port",
            str(port),
        ]
    out = log.open("ab")
    return subprocess.Popen(cmd, env=env, stdout=out, stderr=out, cwd=root)


def one_round(args: argparse.Namespace, n: int) -> list[tuple[str, float, float]]:
    port = free_port()
    root = Path(args.root).resolve()
    env = dict(
        os.environ,
        EVENTGRAPH_STORE=args.store,
        EVENTGRAPH_CACHE_DIR=args.cache,
        PYTHONPATH=str(root / "src"),
    )
    launch = "baseline" if args.baseline else args.launch
    proc = _server(root, launch, port, env, Path(args.log))
    base = f"http://127.0.0.1:{port}"
    out: list[tuple[str, float, float]] = []
    try:
        healthy = wait_healthy(base, timeout=120)
        out.append(("server healthy after start", healthy, os.getloadavg()[0]))

        def settle(pg, key: str) -> None:  # type: ignore[no-untyped-def]
            pg.locator("h1", has_text=i18n.label(key)).first.wait_for(timeout=60_000)
            pg.wait_for_function(SETTLED, timeout=60_000)

        with sync_playwright() as p:
            b = p.chromium.launch(executable_path="/usr/bin/chromium", args=CHROMIUM_ARGS)
            pg = b.new_page(viewport={"width": 1400, "height": 1600}, locale="vi-VN")
            t = time.perf_counter()
            pg.goto(base, wait_until="domcontentloaded")
            load = os.getloadavg()[0]
            out.append(("first page: static app loaded", time.perf_counter() - t, load))
            steps = [("first page: Overview settled", "overview.title", None)]
            if not args.baseline:
                steps += [(f"then {page}", f"{page}.title", page) for page in PAGES]
            for label, key, page in steps:
                if page is not None:
                    t = time.perf_counter()
                    pg.locator(
                        '[data-testid="stSidebarNavLink"]'
                        + ("" if page == "overview" else f'[href$="/{page}"]')
                    ).first.click()
                try:
                    settle(pg, key)
                    out.append((label, time.perf_counter() - t, os.getloadavg()[0]))
                except PlaywrightTimeout:  # said, with a picture, instead of ending the run
                    out.append((label + " (did not settle)", -1.0, os.getloadavg()[0]))
                    pg.screenshot(path=f"{args.screenshot or '/tmp/bench'}_stuck_{n}.png")
                    break
            errors = pg.locator('[data-testid="stException"]').count()
            out.append(("error boxes on the last page", float(errors), os.getloadavg()[0]))
            if args.screenshot:
                pg.screenshot(path=f"{args.screenshot}_{n}.png", full_page=True)
            b.close()
    finally:
        proc.terminate()
        proc.wait(20)
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("store")
    ap.add_argument("cache")
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--launch", choices=["run", "cli"], default="cli")
    ap.add_argument("--log", default=os.devnull)
    ap.add_argument("--root", default=str(ROOT), help="the checkout to serve (default: this one)")
    ap.add_argument("--screenshot", default="")
    ap.add_argument("--baseline", action="store_true", help="serve benchmarks/baseline_app.py")
    args = ap.parse_args()
    for n in range(1, args.rounds + 1):
        for name, secs, load in one_round(args, n):
            print(f"| round {n} | {name} | {secs:.2f} | {load:.1f} |", flush=True)


if __name__ == "__main__":
    main()
