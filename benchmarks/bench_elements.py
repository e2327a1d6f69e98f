"""What each kind of Streamlit element adds to a server's first page in Chromium.

Each variant is `benchmarks/elements_app.py` with one title and the element types it names (e.g.
`date_input`, `selectbox`, `navigation`, `html`; `title` alone is the floor). Every round starts a
fresh server and a fresh Chromium profile for each variant, in an order rotated and reversed from
round to round so the variants share the machine's load, opens the first page and records (ms
from the navigation's start):

    dcl       DOMContentLoaded: Streamlit's frontend bundle evaluated
    el        the variant's elements in the page (their test ids, as many as expected)
    settled   the title and the elements there and the browser tests' SETTLED (no running status,
              no loading skeleton: a lazily loaded element's code has arrived and drawn it)
    busy      the browser's main thread busy (CDP TaskDuration), and its script part
    chunks    the `/static/` files fetched after DOMContentLoaded (the lazy code the elements
              pulled), their count and their size on disk (the same with a warm cache, where
              they come from the browser's cache)

    PYTHONPATH=src .venv/bin/python benchmarks/bench_elements.py --rounds 5 \
        [--variants title,date_input,selectbox,...] [--warm-cache] [--json OUT]

The summary gives each variant's medians and the difference of its settled median from the
title's. The load average (1 min) is printed with each round."""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

import streamlit

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests" / "browser"))

from conftest import CHROMIUM_ARGS  # noqa: E402 - the browser tests' launch flags
from playwright.sync_api import sync_playwright  # noqa: E402
from test_pages_browser import SETTLED  # noqa: E402 - the browser tests' "page has settled"

from eventgraph.dashboard.serve import server_options, wait_healthy  # noqa: E402
from eventgraph.servers._process import free_port  # noqa: E402

APP = ROOT / "benchmarks" / "elements_app.py"
STATIC = Path(streamlit.__file__).parent / "static"

# Each variant's elements (for elements_app.py) and what shows them drawn: a CSS selector and how
# many times it must match. Widgets are looked for by their inner control, so a skeleton or an
# empty container does not count.
VARIANTS: dict[str, tuple[str, str, int]] = {
    "title": ("", "h1", 1),
    "date_input": ("date_input", '[data-testid="stDateInput"] input', 1),
    "date_input2": ("date_input2", '[data-testid="stDateInput"] input', 2),
    "selectbox": ("selectbox", '[data-testid="stSelectbox"] input', 1),
    "radio": ("radio", '[data-testid="stRadio"] input', 2),
    "segmented_control": ("segmented_control", '[data-testid="stButtonGroup"] button', 2),
    "pills": ("pills", '[data-testid="stButtonGroup"] button', 12),
    "select_slider": ("select_slider", '[data-testid="stSliderThumbValue"]', 2),
    "text_input": ("text_input", '[data-testid="stTextInput"] input', 1),
    "button": ("button", '[data-testid="stButton"] button', 1),
    "sidebar_text": ("sidebar_text", '[data-testid="stSidebar"] [data-testid^="stCaption"]', 1),
    "navigation": ("navigation", '[data-testid="stSidebarNav"] a', 8),
    "expander": ("expander", '[data-testid="stExpander"] summary', 1),
    "html": ("html", '[data-testid="stHtml"] .eg-chart .eg-col', 130),
    "html_table": ("html_table", '[data-testid="stHtml"] table tr', 16),
    "download_button": ("download_button", '[data-testid="stDownloadButton"] button', 1),
    "dataframe": ("dataframe", '[data-testid="stDataFrame"] canvas', 1),
    "metrics": ("metrics", '[data-testid="stMetric"]', 4),
    "columns": ("columns", '[data-testid="stColumn"] strong', 4),
    "text": ("text", "h3", 1),
}

OBSERVER = """
window.__el = {};
const look = () => {
  const q = window.__want;
  if (!q || 'el' in window.__el) return;
  if (document.querySelectorAll(q[0]).length >= q[1]) window.__el.el = performance.now();
};
new MutationObserver(look).observe(document, {subtree: true, childList: true, attributes: true});
"""

DONE = f"""([sel, n]) => {{
  window.__want = [sel, n];
  const d = document;
  const ok = [...d.querySelectorAll('h1')].some(h => h.textContent.includes('Tổng quan')) &&
    d.querySelectorAll(sel).length >= n && ({SETTLED})();
  if (ok && !('el' in window.__el)) window.__el.el = performance.now();
  if (ok && !('settled' in window.__el)) window.__el.settled = performance.now();
  return ok;
}}"""


def _chunk_size(url: str) -> int:
    if "/static/" not in url:
        return 0
    path = STATIC / "static" / url.split("/static/", 1)[-1].split("?")[0]
    return path.stat().st_size if path.is_file() else 0


def first_page(variant: str, port: int, profile: str, args: Any) -> dict[str, Any]:
    """Start a server for `variant`, open its first page with `profile`, return its figures."""
    elements, selector, count = VARIANTS[variant]
    env = dict(os.environ, EG_ELEMENTS=elements)
    cmd = [sys.executable, "-m", "streamlit", "run", str(APP), *server_options(port)]
    with Path(args.log).open("ab") as log:
        proc = subprocess.Popen(cmd, env=env, stdout=log, stderr=log, cwd=ROOT)
    base = f"http://127.0.0.1:{port}"
    try:
        wait_healthy(base, timeout=120)
        row: dict[str, Any] = {"load_before": os.getloadavg()[0]}
        with sync_playwright() as p:
            ctx = p.chromium.launch_persistent_context(
                profile,
                executable_path="/usr/bin/chromium",
                args=CHROMIUM_ARGS,
                viewport={"width": 1400, "height": 1000},
                locale="vi-VN",
            )
            pg = ctx.pages[0] if ctx.pages else ctx.new_page()
            pg.add_init_script(OBSERVER)
            cdp = ctx.new_cdp_session(pg)
            fetched: list[str] = []
            cdp.on("Network.requestWillBeSent", lambda e: fetched.append(e["request"]["url"]))
            cdp.send("Network.enable")
            cdp.send("Performance.enable")
            pg.goto(base, wait_until="commit")
            # the DOMContentLoaded mark: requests after it are the lazy chunks
            pg.wait_for_function(DONE, arg=[selector, count], polling="raf", timeout=90_000)
            row["load_after"] = os.getloadavg()[0]
            marks = pg.evaluate("window.__el")
            nav = pg.evaluate("performance.getEntriesByType('navigation')[0].toJSON()")
            late = pg.evaluate(
                """(dcl) => performance.getEntriesByType('resource')
                   .filter(r => r.name.includes('/static/') && r.startTime > dcl)
                   .map(r => r.name)""",
                nav["domContentLoadedEventEnd"],
            )
            perf = {m["name"]: m["value"] for m in cdp.send("Performance.getMetrics")["metrics"]}
            if args.screenshots:
                Path(args.screenshots).mkdir(parents=True, exist_ok=True)
                pg.screenshot(path=f"{args.screenshots}/{variant}.png")
            ctx.close()
    finally:
        proc.terminate()
        try:
            proc.wait(20)
        except subprocess.TimeoutExpired:
            proc.kill()
    row.update(
        dcl=nav["domContentLoadedEventEnd"],
        el=marks.get("el", 0.0),
        settled=marks["settled"],
        busy=perf.get("TaskDuration", 0.0) * 1000,
        script=perf.get("ScriptDuration", 0.0) * 1000,
        chunks=len(late),
        chunk_kb=sum(_chunk_size(u) for u in late) / 1024,
        chunk_names=sorted(u.rsplit("/", 1)[-1].split(".")[0] for u in late),
        requests=len(fetched),
    )
    return row


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--variants", default=",".join(VARIANTS))
    ap.add_argument("--rounds", type=int, default=5)
    ap.add_argument("--warm-cache", action="store_true")
    ap.add_argument("--log", default=os.devnull)
    ap.add_argument("--json", default="", help="append every row as a JSON line to this file")
    ap.add_argument("--screenshots", default="", help="a folder for each variant's last page")
    args = ap.parse_args()
    names = args.variants.split(",")
    unknown = [n for n in names if n not in VARIANTS]
    if unknown:
        ap.error(f"unknown variants {unknown}; known: {', '.join(VARIANTS)}")
    rows: list[dict[str, Any]] = []
    for n in range(args.rounds):
        order = names[n % len(names) :] + names[: n % len(names)]
        order = order if n % 2 == 0 else order[::-1]
        for variant in order:
            port = free_port()
            with tempfile.TemporaryDirectory(prefix="el-profile-") as profile:
                for visit in ["fresh"] + (["warm"] if args.warm_cache else []):
                    row = first_page(variant, port, profile, args)
                    row.update(variant=variant, round=n + 1, visit=visit)
                    rows.append(row)
                    print(
                        f"r{n + 1} {variant} {visit} load={row['load_before']:.1f}-"
                        f"{row['load_after']:.1f} dcl={row['dcl']:.0f} el={row['el']:.0f} "
                        f"settled={row['settled']:.0f} busy={row['busy']:.0f} "
                        f"chunks={row['chunks']} {row['chunk_kb']:.0f}kB",
                        flush=True,
                    )
                    if args.json:
                        with open(args.json, "a") as f:
                            f.write(json.dumps(row) + "\n")
    summary(rows)


def summary(rows: list[dict[str, Any]]) -> None:
    """One line per variant and visit: medians, the settled median less the title's, and the
    lazy chunks the variant fetched beyond the title's."""
    groups: dict[tuple[str, str], list[dict[str, Any]]] = {}
    for r in rows:
        groups.setdefault((r["visit"], r["variant"]), []).append(r)
    med = lambda rs, k: statistics.median(r[k] for r in rs)  # noqa: E731
    print(
        "\n| visit | variant | rounds | load | dcl | elements drawn | settled (range) | "
        "settled − title | main thread busy | script | lazy chunks (kB) | chunks beyond the title |"
    )
    print("|" + "---|" * 12)
    for (visit, variant), rs in sorted(groups.items()):
        floor = groups.get((visit, "title"))
        base = med(floor, "settled") if floor else float("nan")
        title_chunks = set(floor[0]["chunk_names"]) if floor else set()
        extra = sorted(set(rs[0]["chunk_names"]) - title_chunks)
        loads = [x for r in rs for x in (r["load_before"], r["load_after"])]
        settled = [r["settled"] for r in rs]
        print(
            f"| {visit} | {variant} | {len(rs)} | {min(loads):.1f}–{max(loads):.1f} | "
            f"{med(rs, 'dcl'):.0f} | {med(rs, 'el'):.0f} | {med(rs, 'settled'):.0f} "
            f"({min(settled):.0f}–{max(settled):.0f}) | {med(rs, 'settled') - base:+.0f} | "
            f"{med(rs, 'busy'):.0f} | {med(rs, 'script'):.0f} | "
            f"{med(rs, 'chunks'):.0f} ({med(rs, 'chunk_kb'):.0f}) | {' '.join(extra) or '–'} |"
        )


if __name__ == "__main__":
    main()
