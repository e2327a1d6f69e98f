"""Where a Streamlit server's first page spends its time in Chromium, split into steps.

Each round starts a fresh server and a fresh Chromium profile for every app asked for (alternated,
so the apps share the machine's load), opens the first page and records, on one clock (ms from the
navigation's start):

    html        the document's response ended (Navigation Timing)
    static      every script and style of the document fetched (the last `/static/` response
                before DOMContentLoaded), and how many bytes, compressed or not, with which
                Cache-Control
    dcl         DOMContentLoaded: Streamlit's frontend bundle evaluated
    ws_open     the websocket to the server open
    rerun_sent  the frontend asked for the script run (BackMsg rerun_script)
    new_session / first_delta / script_finished   the server's answers (ForwardMsg types, read
                from the CDP's websocket frames): new_session - rerun_sent is the server
                starting the run, script_finished - new_session is the script running on the server
                and its elements sent
    h1 / metric / charts / tables   the title, the first metric, every Vega chart and every table
                drawn (a MutationObserver in the page)
    settled     the browser tests' SETTLED with the app's elements all there

plus the main thread's busy time from CDP Performance.getMetrics (script, layout, style) and the
lazy chunks fetched after DOMContentLoaded (Vega's, the data grid's...).

    PYTHONPATH=src .venv/bin/python benchmarks/bench_first_page.py --apps hello,baseline,dashboard \
        --store oxigraph:///path/store --cache CACHE_COPY --rounds 3 [--warm-cache] \
        [--variant NAME=ROOT::OPTIONS ...]

`--variant` serves another checkout (ROOT, e.g. `git archive` of the commit before a change) and/or
extra `streamlit run` options (after `::`), alternated round by round with the others.
`--warm-cache` opens each first page a second time, on a new server at the same address with the
same Chromium profile: the returning user's warm HTTP cache, printed as its own rows.
The load average (1 min) is printed with each round; the cache folder is written to by the
dashboard's warm-up, so give a copy when the prepared folder is someone else's
(`--cache-per-variant` copies it once more for each variant, so no variant reads what another's
servers wrote)."""

from __future__ import annotations

import argparse
import base64
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests" / "browser"))

from conftest import CHROMIUM_ARGS  # noqa: E402 - the browser tests' launch flags
from playwright.sync_api import sync_playwright  # noqa: E402
from streamlit.proto.BackMsg_pb2 import BackMsg  # noqa: E402
from streamlit.proto.ForwardMsg_pb2 import ForwardMsg  # noqa: E402
from test_pages_browser import SETTLED  # noqa: E402 - the browser tests' "page has settled"

from eventgraph.dashboard.serve import server_options, wait_healthy  # noqa: E402
from eventgraph.servers._process import free_port  # noqa: E402

# What each app's first page shows once its data is there: (app file, title, metrics, charts,
# tables, at least). "Settled" needs these drawn and every chart on the page drawn (SETTLED), so
# no page counts as done before its data is shown. The dashboard's Overview drew two charts
# before 2026-11-26 and one since (the chairs' bars went into their table); its last table comes
# after both, so both are on the page by the time it is drawn. Since h-48 its chart and tables are
# plain HTML (CHARTS, TABLES below count both kinds, so an older checkout is timed the same way).
APPS = {
    "hello": ("benchmarks/hello_app.py", "Tổng quan", 0, 0, 0),
    "baseline": ("benchmarks/baseline_app.py", "Tổng quan", 4, 2, 1),
    "dashboard": ("app.py", "Tổng quan", 4, 1, 2),
}

# Marks drawn elements on the page's clock (performance.now()) as soon as the DOM shows them.
# A chart is a Vega chart or the Overview's plain-HTML bars (since 2026-11-26, h-48), drawn once
# its canvas, svg or first bar is in the page; a table is a data grid drawn on its canvas, or a
# plain-HTML table with its rows.
CHARTS = """'[data-testid="stVegaLiteChart"], [data-testid="stHtml"] .eg-chart'"""
TABLES = """'[data-testid="stDataFrame"], [data-testid="stHtml"] table'"""
# A figure is a metric, or one of the Overview's four counts drawn as plain HTML (since h-73).
METRICS = """'[data-testid="stMetric"], [data-testid="stHtml"] .eg-figure'"""
DRAWN_CHARTS = (
    """'[data-testid="stVegaLiteChart"] :is(canvas, svg), [data-testid="stHtml"] .eg-chart"""
    """ .eg-col'"""
)

OBSERVER = f"""
const CHARTS = {CHARTS}, TABLES = {TABLES}, METRICS = {METRICS};
window.__fp = {{}};
const mark = (k) => {{ if (!(k in window.__fp)) window.__fp[k] = performance.now(); }};
const look = () => {{  // cheap: each query only until its mark is set
  const d = document, fp = window.__fp;
  if (!('h1' in fp) && d.querySelector('h1')) mark('h1');
  if (!('metric' in fp) && d.querySelector(METRICS)) mark('metric');
  if (!('drawn' in fp)) {{
    const charts = [...d.querySelectorAll(CHARTS)];
    charts.forEach((c, i) => {{
      if (c.querySelector('canvas, svg, .eg-col')) mark('chart' + (i + 1));
    }});
    const grids = [...d.querySelectorAll(TABLES)];
    grids.forEach((g, i) => {{ if (g.querySelector('canvas, tr')) mark('table' + (i + 1)); }});
    if ('settled' in fp) fp.drawn = true;
  }}
}};
new MutationObserver(look).observe(document, {{subtree: true, childList: true, attributes: true}});
"""

DONE = f"""([title, metrics, charts, tables]) => {{
  const d = document;
  const ok = [...d.querySelectorAll('h1')].some(h => h.textContent.includes(title)) &&
    d.querySelectorAll({METRICS}).length >= metrics &&
    new Set([...d.querySelectorAll({DRAWN_CHARTS})].map(e => e.closest({CHARTS}))).size >= charts &&
    [...d.querySelectorAll({TABLES})].filter(t => t.querySelector('canvas, tr')).length >= tables &&
    ({SETTLED})();
  if (ok && !('settled' in window.__fp)) window.__fp.settled = performance.now();
  return ok;
}}"""


# Elements whose delta's arrival is marked: when the server sent them, to set beside when drawn.
ARRIVALS = {
    "metric": "metric_in",
    "vega_lite_chart": "chart_in",
    "dataframe": "table_in",
    "html": "html_in",
}


def _server(  # type: ignore[type-arg]
    app: str, root: Path, options: list[str], port: int, cache: str, args: Any
) -> subprocess.Popen:
    env = dict(
        os.environ,
        EVENTGRAPH_STORE=args.store,
        EVENTGRAPH_CACHE_DIR=cache,
        PYTHONPATH=str(root / "src"),
    )
    if app == "dashboard" and args.launch == "cli":
        cmd = [sys.executable, "-c", "from eventgraph.cli import app; app()", "dashboard"]
        cmd += ["--port", str(port)]
        if options:  # `eventgraph dashboard` takes no Streamlit options: they go by environment
            env.update(_as_env(options))
    else:
        cmd = [sys.executable, "-m", "streamlit", "run", str(root / APPS[app][0])]
        cmd += [*server_options(port), *options]
    out = Path(args.log).open("ab")
    return subprocess.Popen(cmd, env=env, stdout=out, stderr=out, cwd=root)


def _as_env(options: list[str]) -> dict[str, str]:
    """`--server.fileWatcherType none` as STREAMLIT_SERVER_FILE_WATCHER_TYPE=none."""
    env = {}
    for name, value in zip(options[::2], options[1::2], strict=True):
        section, key = name.removeprefix("--").split(".")
        snake = "".join("_" + c if c.isupper() else c for c in key).upper()
        env[f"STREAMLIT_{section.upper()}_{snake}"] = value
    return env


def _frames(events: list[dict[str, Any]], t0: float) -> dict[str, float]:
    """The websocket's steps (ms after `t0`, the document request's CDP timestamp)."""
    out: dict[str, float] = {}
    for e in events:
        ms = (e["params"]["timestamp"] - t0) * 1000
        if e["method"] == "Network.webSocketHandshakeResponseReceived":
            out.setdefault("ws_open", ms)
            continue
        frame = e["params"]["response"]
        if frame.get("opcode") != 2:
            continue
        data = base64.b64decode(frame["payloadData"])
        if e["method"] == "Network.webSocketFrameSent":
            msg = BackMsg.FromString(data)
            out.setdefault(f"{msg.WhichOneof('type')}_sent", ms)
        else:
            fwd = ForwardMsg.FromString(data)
            kind = fwd.WhichOneof("type")
            out.setdefault("first_delta" if kind == "delta" else kind, ms)
            if kind == "delta" and fwd.delta.WhichOneof("type") == "new_element":
                element = fwd.delta.new_element.WhichOneof("type")
                if element in ARRIVALS:
                    out.setdefault(ARRIVALS[element], ms)
                out["last_element_in"] = ms
            out["frames_bytes"] = out.get("frames_bytes", 0) + len(data)
    return out


def first_page(
    app: str, root: Path, options: list[str], port: int, profile: str, cache: str, args: Any
) -> dict[str, Any]:
    """Start a server on `cache`, open its first page in Chromium with `profile`, return the
    split."""
    proc = _server(app, root, options, port, cache, args)
    base = f"http://127.0.0.1:{port}"
    try:
        healthy = wait_healthy(base, timeout=180)
        row: dict[str, Any] = {"healthy_s": healthy, "load_before": os.getloadavg()[0]}
        with sync_playwright() as p:
            ctx = p.chromium.launch_persistent_context(
                profile,
                executable_path="/usr/bin/chromium",
                args=CHROMIUM_ARGS,
                viewport={"width": 1400, "height": 1600},
                locale="vi-VN",
            )
            pg = ctx.pages[0] if ctx.pages else ctx.new_page()
            pg.add_init_script(OBSERVER)
            cdp = ctx.new_cdp_session(pg)
            events: list[dict[str, Any]] = []
            for name in (
                "Network.requestWillBeSent",
                "Network.responseReceived",
                "Network.loadingFinished",
                "Network.webSocketHandshakeResponseReceived",
                "Network.webSocketFrameSent",
                "Network.webSocketFrameReceived",
            ):
                cdp.on(
                    name,
                    lambda params, name=name: events.append({"method": name, "params": params}),
                )
            cdp.send("Network.enable")
            cdp.send("Performance.enable")
            pg.goto(base, wait_until="commit")
            _, title, metrics, charts, tables = APPS[app]
            pg.wait_for_function(
                DONE, arg=[title, metrics, charts, tables], polling="raf", timeout=90_000
            )
            row["load_after"] = os.getloadavg()[0]
            marks = pg.evaluate("window.__fp")
            nav = pg.evaluate(
                "({...performance.getEntriesByType('navigation')[0].toJSON(),"
                " timeOrigin: performance.timeOrigin})"
            )
            perf = {m["name"]: m["value"] for m in cdp.send("Performance.getMetrics")["metrics"]}
            ctx.close()
    finally:
        proc.terminate()
        try:
            proc.wait(20)
        except subprocess.TimeoutExpired:
            proc.kill()
    row.update(_split(events, marks, nav, perf))
    return row


def _split(
    events: list[dict[str, Any]],
    marks: dict[str, float],
    nav: dict[str, Any],
    perf: dict[str, float],
) -> dict[str, Any]:
    doc = next(e["params"] for e in events if e["method"] == "Network.requestWillBeSent")
    # The network's times are on the CDP clock: the document's request, there at `timestamp`,
    # happened `wallTime - timeOrigin` after the navigation began on the page's clock.
    t0 = doc["timestamp"] - (doc["wallTime"] * 1000 - nav["timeOrigin"]) / 1000
    out: dict[str, Any] = {"html": nav["responseEnd"], "dcl": nav["domContentLoadedEventEnd"]}
    by_id = {
        method: {
            e["params"]["requestId"]: e["params"]
            for e in events
            if e["method"] == f"Network.{method}"
        }
        for method in ("requestWillBeSent", "responseReceived", "loadingFinished")
    }
    requests, responses, finished = by_id.values()
    early, late = [], []
    for rid, req in requests.items():
        url = req["request"]["url"]
        if "/static/" not in url or rid not in finished:
            continue
        end = (finished[rid]["timestamp"] - t0) * 1000
        resp = responses.get(rid, {}).get("response", {})
        headers = {k.lower(): v for k, v in resp.get("headers", {}).items()}
        item = {
            "file": url.rsplit("/", 1)[-1],
            "end": end,
            "wire": finished[rid]["encodedDataLength"],
            "encoding": headers.get("content-encoding", "none"),
            "cache": headers.get("cache-control", ""),
            "from_cache": resp.get("fromDiskCache", False) or resp.get("fromMemoryCache", False),
        }
        (early if end <= out["dcl"] + 1 else late).append(item)
    out["static"] = max((i["end"] for i in early), default=0.0)
    out["static_files"] = len(early)
    out["static_wire_kb"] = sum(i["wire"] for i in early) / 1024
    out["static_cached"] = sum(1 for i in early if i["from_cache"])
    out["encodings"] = sorted({i["encoding"] for i in early + late})
    out["cache_control"] = sorted({i["cache"] for i in early + late})
    out["late"] = [
        f"{i['file']} {i['wire'] / 1024:.0f}kB@{i['end']:.0f}"
        for i in sorted(late, key=lambda i: i["end"])
    ]
    out.update(_frames([e for e in events if e["method"].startswith("Network.webSocket")], t0))
    out.update({k: v for k, v in marks.items() if not k.startswith("table")})
    tables = [v for k, v in marks.items() if k.startswith("table")]
    if tables:
        out["tables"] = max(tables)
    for name in ("ScriptDuration", "LayoutDuration", "RecalcStyleDuration", "TaskDuration"):
        out[name] = perf.get(name, 0.0) * 1000
    return out


STEPS = """healthy_s html static dcl ws_open rerun_script_sent new_session first_delta metric_in
chart_in table_in html_in last_element_in script_finished h1 metric chart1 chart2 tables settled
ScriptDuration LayoutDuration RecalcStyleDuration TaskDuration""".split()


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--apps", default="hello,baseline,dashboard")
    ap.add_argument("--store", default="memory://")
    ap.add_argument("--cache", default=tempfile.mkdtemp(prefix="fp-cache-"))
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--launch", choices=["run", "cli"], default="cli")
    ap.add_argument("--variant", action="append", default=[], help="NAME=ROOT::OPTIONS")
    ap.add_argument("--warm-cache", action="store_true")
    ap.add_argument(
        "--cache-per-variant",
        action="store_true",
        help="give each variant its own copy of --cache (the warm-up writes to it)",
    )
    ap.add_argument("--log", default=os.devnull)
    ap.add_argument("--json", default="", help="append every row as a JSON line to this file")
    args = ap.parse_args()
    variants = [("", ROOT, [])] if not args.variant else []
    for spec in args.variant:
        name, _, rest = spec.partition("=")
        root, _, opts = rest.partition("::")
        variants.append((name, Path(root or ROOT).resolve(), opts.split()))
    caches = {name: args.cache for name, _, _ in variants}
    if args.cache_per_variant:
        copies = Path(tempfile.mkdtemp(prefix="fp-caches-"))
        for name in caches:
            caches[name] = str(shutil.copytree(args.cache, copies / (name or "cache")))
    rows: list[dict[str, Any]] = []
    for n in range(1, args.rounds + 1):
        order = variants if n % 2 else variants[::-1]
        for app in args.apps.split(","):
            for name, root, opts in order:
                port = free_port()
                with tempfile.TemporaryDirectory(prefix="fp-profile-") as profile:
                    visits = ["fresh"] + (["warm cache"] if args.warm_cache else [])
                    for visit in visits:
                        row = first_page(app, root, opts, port, profile, caches[name], args)
                        row.update(app=app, variant=name, round=n, visit=visit)
                        rows.append(row)
                        _print(row)
                        if args.json:
                            with open(args.json, "a") as f:
                                f.write(json.dumps(row) + "\n")
    _summary(rows)


def _print(row: dict[str, Any]) -> None:
    name = row["app"] + ("/" + row["variant"] if row["variant"] else "")
    head = f"{name} r{row['round']} {row['visit']}"
    cells = " ".join(
        f"{k}={row[k]:.0f}" if k != "healthy_s" else f"{k}={row[k]:.2f}" for k in STEPS if k in row
    )
    print(f"{head} load={row['load_before']:.1f}-{row['load_after']:.1f} {cells}", flush=True)
    print(
        f"    static: {row['static_files']} files {row['static_wire_kb']:.0f} kB on the wire, "
        f"{row['static_cached']} from cache, encodings {row['encodings']}, {row['cache_control']}",
        flush=True,
    )
    print(f"    after DOMContentLoaded: {', '.join(row['late'])}", flush=True)


def _summary(rows: list[dict[str, Any]]) -> None:
    groups: dict[tuple[str, str, str], list[dict[str, Any]]] = {}
    for r in rows:
        groups.setdefault((r["app"], r["variant"], r["visit"]), []).append(r)
    print("\n| app | variant | visit | rounds | load | " + " | ".join(STEPS) + " |")
    print("|" + "---|" * (len(STEPS) + 5))
    for (app, variant, visit), rs in groups.items():
        loads = [x for r in rs for x in (r["load_before"], r["load_after"])]
        cells = []
        for k in STEPS:
            vals = [r[k] for r in rs if k in r]
            fmt = "{:.2f}" if k == "healthy_s" else "{:.0f}"
            cells.append(fmt.format(statistics.median(vals)) if vals else "–")
        head = [app, variant or "-", visit, str(len(rs)), f"{min(loads):.1f}–{max(loads):.1f}"]
        print("| " + " | ".join(head + cells) + " |")


if __name__ == "__main__":
    main()
