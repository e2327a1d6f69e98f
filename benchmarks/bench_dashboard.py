"""How long each dashboard page takes to render, measured with Streamlit's AppTest.

    .venv/bin/python benchmarks/bench_dashboard.py                 # the shared corpus, ingested
    .venv/bin/python benchmarks/bench_dashboard.py --store oxigraph:///path/to/store
    .venv/bin/python benchmarks/bench_dashboard.py --synthetic 100000   # known facts, no extractor

Each page is rendered `--runs` times with empty query caches ("cold": every named query runs) and
`--runs` times with warm caches (what a user sees when moving between pages within a minute). The
store is opened once, as the dashboard does. Pages get realistic inputs: the most linked directive,
the most active chair, a name typed without diacritics, the article with the most facts. The named
queries behind the pages are also timed one by one, to show which one a slow page waits for."""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "corpus" / "vn_politics.jsonl"
PAGES = ["overview", "meetings", "lineage", "people", "localities", "search", "source", "console"]


def build_from_corpus(url: str, corpus: Path, workers: int) -> str:
    """Ingest `corpus` into a new store at `url` with the real extractor."""
    from eventgraph.ingest.run import ingest
    from eventgraph.store import open_store

    store = open_store(url)
    start = time.perf_counter()
    try:
        report = ingest([corpus], store, workers=workers)
    finally:
        store.close()
    print(f"ingest: {report.summary()} in {time.perf_counter() - start:.0f} s", file=sys.stderr)
    return url


def build_synthetic(url: str, n: int, seed: int) -> str:
    """Write `n` synthetic articles with their known facts (no extractor) into a new store."""
    from eventgraph.ingest.readers import article_from_row
    from eventgraph.store import open_store
    from eventgraph.synth import generate
    from eventgraph.synth.oracle import oracle_extraction

    store = open_store(url)
    start = time.perf_counter()
    try:
        with store.writer(batch_size=1000) as w:
            for row, truth in generate(n, seed):
                article = article_from_row(row, "synthetic", None)
                w.put(article, oracle_extraction(article, truth))  # type: ignore[arg-type]
    finally:
        store.close()
    print(
        f"synthetic: {n} articles written in {time.perf_counter() - start:.0f} s", file=sys.stderr
    )
    return url


def page_inputs(url: str) -> dict[str, dict[str, str]]:
    """Query parameters (or typed text) that make each page show real content on this store."""
    from eventgraph.queries import get
    from eventgraph.store import open_reader
    from eventgraph.text import strip_diacritics

    store = open_reader(url)
    try:
        first = lambda name, col, **p: next(  # noqa: E731
            (r[col] for r in store.run(get(name), p).rows if r.get(col)), ""
        )
        chair = first("top_chairs", "person")
        code = first("directive_search", "code", code="-")
        article = first("articles", "article")
    finally:
        store.close()
    typed = strip_diacritics(chair).lower()
    return {
        "lineage": {"code": code},
        "people": {"name": typed},
        "source": {"article": article},
        "search": {"typed": typed},
    }


def _render(at: Any, page: str, inputs: dict[str, dict[str, str]]) -> float:
    """Seconds to render `page` in the AppTest `at` with the page's inputs."""
    params = dict(inputs.get(page, {}))
    typed = params.pop("typed", None)
    for k, v in params.items():
        at.query_params[k] = v
    at.switch_page(f"app_pages/{page}.py")
    start = time.perf_counter()
    at.run()
    if typed is not None:
        at.text_input(key="sr_q").set_value(typed).run()
    took = time.perf_counter() - start
    if at.exception:
        raise RuntimeError(f"{page}: {at.exception[0].value}")
    return took


def render_times(
    url: str, runs: int, inputs: dict[str, dict[str, str]], pages: list[str], work: Path
) -> dict[str, tuple[float, float]]:
    """(cold median, warm median) seconds per page. Cold: no answer kept anywhere (a new, empty
    answers folder, no background warm-up), so every named query runs; warm: the same answers
    again, as a user moving between pages sees them."""
    from streamlit.testing.v1 import AppTest

    from eventgraph.store import open_store

    # Import what the pages import, on an empty store, so the first cold page does not pay for it.
    empty = f"oxigraph://{work / 'empty'}"
    open_store(empty).close()
    os.environ["EVENTGRAPH_STORE"] = empty
    os.environ["EVENTGRAPH_DASHBOARD_WARM"] = "0"
    os.environ["EVENTGRAPH_CACHE_DIR"] = str(work / "empty-answers")
    for page in pages:
        AppTest.from_file(str(ROOT / "app.py"), default_timeout=600).switch_page(
            f"app_pages/{page}.py"
        ).run()
    os.environ["EVENTGRAPH_STORE"] = url
    out: dict[str, tuple[float, float]] = {}
    for page in pages:
        cold, warm = [], []
        for i in range(runs * 2):
            if i < runs:  # a new answers folder: nothing in memory or on disk
                os.environ["EVENTGRAPH_CACHE_DIR"] = str(work / f"cold-{page}-{i}")
            at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=600)
            if i < runs:
                at.switch_page(f"app_pages/{page}.py")  # the overview would fill the answers
            else:
                at.run()
            (cold if i < runs else warm).append(_render(at, page, inputs))
        out[page] = (statistics.median(cold), statistics.median(warm))
    return out


def after_warm_up(
    url: str, inputs: dict[str, dict[str, str]], pages: list[str], cache: Path
) -> tuple[float, dict[str, float]]:
    """The first visit to each page once the dashboard's background warm-up (ui.DEFAULT_VIEWS) has
    finished on a new data version: (seconds the warm-up took, seconds per page)."""
    import threading

    from streamlit.testing.v1 import AppTest

    os.environ["EVENTGRAPH_STORE"] = url
    os.environ["EVENTGRAPH_DASHBOARD_WARM"] = "1"
    os.environ["EVENTGRAPH_CACHE_DIR"] = str(cache)
    start = time.perf_counter()
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=600)
    at.switch_page("app_pages/source.py").run()  # any page that queries starts the warm-up
    tables_s = None
    while any(t.name == "warm" and t.is_alive() for t in threading.enumerate()):
        time.sleep(0.2)
        if tables_s is None and any(cache.glob("answers/tables/*/*/complete")):
            tables_s = time.perf_counter() - start
            print(f"base tables read and kept after {tables_s:.1f} s", file=sys.stderr, flush=True)
    warm_s = time.perf_counter() - start
    times = {}
    for page in pages:
        at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=600)
        at.switch_page("app_pages/console.py").run()
        times[page] = _render(at, page, inputs)
    return warm_s, times


def _period(at: Any) -> None:
    import datetime as dt

    at.date_input(key="flt_from").set_value(dt.date(2023, 1, 1))
    at.date_input(key="flt_to").set_value(dt.date(2023, 12, 31))


def _province(at: Any) -> None:
    options = at.selectbox(key="flt_locality").options  # "" (all), then the provinces by name
    at.selectbox(key="flt_locality").set_value(options[min(5, len(options) - 1)])


def kept_tables(url: str, cache: Path) -> Any:
    """The base tables the warm-up kept for the store's current version; reading the store for them
    instead is refused (the benchmark must not time that by accident)."""
    from eventgraph.dashboard.tables import KeptTables
    from eventgraph.store import open_reader

    store = open_reader(url)
    try:
        version = f"v:{store.data_version()}"
    finally:
        store.close()

    def refuse(name: str, params: dict[str, Any]) -> Any:
        raise RuntimeError(f"the warm-up did not keep {name}")

    tables = KeptTables(cache / "answers").get(url, version, refuse)
    assert tables is not None
    return tables


def most_active_chair(url: str, cache: Path) -> str:
    """The most active chair's name as a user types it (no diacritics), from the tables the
    warm-up kept."""
    from eventgraph.dashboard import views
    from eventgraph.text import strip_diacritics

    tables = kept_tables(url, cache)
    chairs = views.derive("top_chairs", tables, {})
    return strip_diacritics(str(chairs["person"].iloc[0])).lower() if len(chairs) else "ai"


def inputs_from_tables(url: str, cache: Path) -> list[tuple[str, str, dict[str, str]]]:
    """(page, what, inputs) for the typed or picked inputs a user gives, chosen from the tables the
    warm-up kept (no whole-store query): the busiest and a quiet chair on People and Search, the
    central code most implemented on Lineage, the article with the most facts on Source."""
    from eventgraph.dashboard import views
    from eventgraph.text import strip_diacritics

    tables = kept_tables(url, cache)
    chairs = views.derive("top_chairs", tables, {})
    busy = strip_diacritics(str(chairs["person"].iloc[0])).lower() if len(chairs) else "ai"
    # a quiet chair: the median of the chairs by meetings chaired
    counts = tables["base_chairs"]["p"].astype(str).value_counts()
    names = tables["base_people"].assign(p=lambda d: d["p"].astype(str)).set_index("p")["person"]
    middle = counts.index[len(counts) // 2] if len(counts) else ""
    quiet = strip_diacritics(str(names.get(middle, "ai"))).lower()
    # a busy person the warm-up does not answer ahead: the busiest chair after the Overview's 15
    listed = set(chairs["person"].astype(str))
    ranked = [str(names.get(p, "")) for p in counts.index[:100]]
    unlisted = next((n for n in ranked if n and n not in listed), "ai")
    busy_unlisted = strip_diacritics(unlisted).lower()
    implements = tables["base_directives"]["implements"].dropna().astype(str)
    central = implements.value_counts().index[0] if len(implements) else "-"
    links = tables["base_article_links"]["article"].astype(str)
    article = links.value_counts().index[0] if len(links) else ""
    return [
        ("people", f"busiest chair {busy!r}", {"name": busy}),
        ("people", f"chair {quiet!r}", {"name": quiet}),
        (
            "people",
            f"busy chair not in the Overview's 15 {busy_unlisted!r}",
            {"name": busy_unlisted},
        ),
        ("lineage", f"code {central!r}", {"code": central}),
        ("search", f"typed {busy!r}", {"typed": busy}),
        ("search", "typed 'hoa'", {"typed": "hoa"}),
        ("source", "the article with the most facts", {"article": article}),
    ]


def typed_renders(
    url: str, cache: Path, cases: list[tuple[str, str, dict[str, str]]], work: Path
) -> dict[str, tuple[float, float]]:
    """Seconds (wall clock, CPU of this process) to draw a page for a typed or picked input nobody
    asked for before, in a dashboard process that has drawn the Overview (so the base tables kept
    in `cache`, linked into a new answers folder, are in memory): no kept answer for the input, the
    background warm-up off."""
    from streamlit.testing.v1 import AppTest

    os.environ["EVENTGRAPH_STORE"] = url
    os.environ["EVENTGRAPH_DASHBOARD_WARM"] = "0"
    answers = work / "typed" / "answers"
    answers.mkdir(parents=True)
    (answers / "tables").symlink_to((cache / "answers" / "tables").resolve())
    os.environ["EVENTGRAPH_CACHE_DIR"] = str(answers.parent)
    AppTest.from_file(str(ROOT / "app.py"), default_timeout=600).run()  # tables into memory
    out = {}
    for page, what, inputs in cases:
        at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=600)
        at.switch_page("app_pages/console.py").run()
        cpu = time.process_time()
        secs = _render(at, page, {page: inputs})
        out[f"{page}, {what}"] = (secs, time.process_time() - cpu)
    return out


_FIRST_PAGE = """
import json, os, sys, time
start = time.perf_counter()
from streamlit.testing.v1 import AppTest
import altair, pandas, pyarrow.parquet, eventgraph.dashboard.ui  # what the first page imports
imported = time.perf_counter() - start
at = AppTest.from_file(sys.argv[1], default_timeout=600)
at.run()  # the Overview
first = time.perf_counter() - start - imported
if at.exception:
    raise SystemExit(at.exception[0].value)
times = {}
for page in sys.argv[2:]:
    t = time.perf_counter()
    at.switch_page(f"app_pages/{page}.py").run()
    times[page] = time.perf_counter() - t
print(json.dumps({"imports": imported, "overview": first, "pages": times,
                  "cpu": time.process_time()}))
"""


def first_page(url: str, cache: Path, pages: list[str]) -> dict[str, Any]:
    """A new dashboard process on a snapshot whose tables and opening answers are kept in `cache`
    (the ingest or `prepare-dashboard` kept them): seconds for its imports, its first Overview,
    then each page's first visit in the same session; the warm-up off."""
    env = {
        **os.environ,
        "EVENTGRAPH_STORE": url,
        "EVENTGRAPH_CACHE_DIR": str(cache),
        "EVENTGRAPH_DASHBOARD_WARM": "0",
    }
    done = subprocess.run(
        [sys.executable, "-c", _FIRST_PAGE, str(ROOT / "app.py"), *pages],
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    return json.loads(done.stdout.strip().splitlines()[-1])


def filtered_views(url: str, name: str, cache: Path) -> dict[str, tuple[float, float]]:
    """Seconds (wall clock, and CPU of this process) to redraw a page once the user sets a filter
    (a year, a province, a typed name), on the dashboard `after_warm_up` warmed: each page is first
    drawn without the filter."""
    from streamlit.testing.v1 import AppTest

    os.environ["EVENTGRAPH_STORE"] = url
    os.environ["EVENTGRAPH_CACHE_DIR"] = str(cache)
    cases = [
        ("overview", "period", _period),
        ("overview", "province", _province),
        ("localities", "province", _province),
        ("localities", "period", _period),
        ("meetings", "typed name", lambda at: at.text_input(key="mt_person").set_value(name)),
        ("meetings", "period", _period),
        ("meetings", "province", _province),
    ]
    out = {}
    for page, what, act in cases:
        at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=3000)
        at.session_state["flt_open"] = True  # the filters' widgets are drawn once opened
        at.switch_page(f"app_pages/{page}.py").run()
        act(at)
        start, cpu = time.perf_counter(), time.process_time()
        at.run()
        out[f"{page}, {what}"] = (time.perf_counter() - start, time.process_time() - cpu)
        if at.exception:
            raise RuntimeError(f"{page} {what}: {at.exception[0].value}")
    return out


def query_times(url: str, inputs: dict[str, dict[str, str]]) -> Iterator[tuple[str, float, int]]:
    """(query, seconds, rows) for the named queries the pages run, on the store directly."""
    from eventgraph.queries import get
    from eventgraph.store import open_reader

    code, name = inputs["lineage"]["code"], inputs["people"]["name"]
    cases: list[tuple[str, dict[str, Any]]] = [
        ("overview", {}),
        ("activity", {}),
        ("top_chairs", {}),
        ("newest_directives", {}),
        ("provinces", {}),
        ("chairs", {}),
        ("directive_search", {"code": code, "text": code}),
        ("lineage", {"code": code}),
        ("people", {"name": name}),
        ("person", {"name": name}),
        ("localities", {}),
        ("search_people", {"q": name}),
        ("search_localities", {"q": name}),
        ("search_directives", {"q": name, "text": name}),
        ("search_meetings", {"q": name, "text": name}),
        ("active_people", {}),
        ("articles", {}),
        ("article_facts", {"id": inputs["source"]["article"]}),
    ]
    store = open_reader(url)
    try:
        pid = next((r["person_id"] for r in store.run(get("people"), {"name": name}).rows), "")
        cases.append(("colleagues", {"person": pid, "key": name}))
        cases.append(("person_positions", {"person": pid, "key": name}))
        cases.append(("person_meetings", {"person": pid, "key": name}))
        cases.append(("sources", {"node": pid, "key": name}))
        cases.append(("meeting_chairs", {}))
        cases.append(("meeting_chairs", {"person": name}))
        for q, params in cases:
            start = time.perf_counter()
            n = len(store.run(get(q), params))
            yield q, time.perf_counter() - start, n
    finally:
        store.close()


def main() -> None:
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument(
        "--store", help="an existing store URL (otherwise one is built in a temp folder)"
    )
    ap.add_argument(
        "--corpus", type=Path, default=CORPUS, help="corpus to ingest (default: shared)"
    )
    ap.add_argument(
        "--synthetic", type=int, default=0, help="build from N synthetic articles instead"
    )
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--pages", nargs="+", choices=PAGES, default=PAGES, help="pages to render")
    ap.add_argument("--no-queries", action="store_true", help="skip timing the queries one by one")
    ap.add_argument(
        "--no-cold", action="store_true", help="skip the cold and warm renders (minutes at 100k)"
    )
    ap.add_argument(
        "--cache",
        type=Path,
        help="answers folder for the warmed dashboard (default: a new one); tables kept there by "
        "an earlier run are read instead of the store",
    )
    ap.add_argument(
        "--typed", action="store_true", help="give the pages typed inputs after the warm-up too"
    )
    ap.add_argument(
        "--typed-renders",
        action="store_true",
        help="also draw People, Lineage, Search and Source for inputs chosen from the kept tables "
        "(busiest and a median chair, the most implemented code), with no answer kept for them",
    )
    ap.add_argument(
        "--first-page",
        action="store_true",
        help="also time a new dashboard process's imports, first Overview and each page after",
    )
    ap.add_argument("--workers", type=int, default=os.cpu_count() or 1)
    args = ap.parse_args()
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    with tempfile.TemporaryDirectory(prefix="eg-bench-") as tmp:
        url = args.store or f"oxigraph://{tmp}/store"
        if not args.store:
            if args.synthetic:
                build_synthetic(url, args.synthetic, args.seed)
            else:
                build_from_corpus(url, args.corpus, args.workers)
        # Typed inputs come from whole-store queries (minutes at 100k): asked only when used.
        inputs = page_inputs(url) if args.typed or not args.no_cold else {}
        print(f"store {url}; inputs {inputs}\n", flush=True)
        work = Path(tmp)
        cold_warm = {} if args.no_cold else render_times(url, args.runs, inputs, args.pages, work)
        load = os.getloadavg()[0]
        cache = args.cache or work / "warmed"
        warm_up_s, warmed = after_warm_up(url, inputs if args.typed else {}, args.pages, cache)
        after = os.getloadavg()[0]
        print(f"background warm-up: {warm_up_s:.1f} s (load {load:.1f} -> {after:.1f})\n")
        print("| page | cold (s) | warm (s) | first visit after the warm-up (s) |")
        print("|---|---:|---:|---:|")
        for page in args.pages:
            cold, warm = cold_warm.get(page, (float("nan"), float("nan")))
            print(f"| {page} | {cold:.2f} | {warm:.2f} | {warmed[page]:.2f} |", flush=True)
        chair = inputs["people"]["name"] if inputs else most_active_chair(url, cache)
        print(f"\n| filtered view (typed name {chair!r}) | seconds | CPU seconds |")
        print("|---|---:|---:|")
        for view, (secs, cpu) in filtered_views(url, chair, cache).items():
            print(f"| {view} | {secs:.2f} | {cpu:.2f} |", flush=True)
        if args.typed_renders:
            print("\n| typed or picked input, nothing kept for it | seconds | CPU seconds |")
            print("|---|---:|---:|")
            cases = inputs_from_tables(url, cache)
            for view, (secs, cpu) in typed_renders(url, cache, cases, work).items():
                print(f"| {view} | {secs:.2f} | {cpu:.2f} |", flush=True)
        if args.first_page:
            got = first_page(url, cache, args.pages)
            print(
                f"\nnew process: imports {got['imports']:.2f} s, first Overview "
                f"{got['overview']:.2f} s, then "
                + ", ".join(f"{p} {s:.2f}" for p, s in got["pages"].items())
                + f" (s; CPU {got['cpu']:.1f} s)",
                flush=True,
            )
        if args.no_queries:
            return
        print("\n| named query | seconds | rows |\n|---|---:|---:|")
        for q, secs, n in query_times(url, inputs):
            print(f"| {q} | {secs:.3f} | {n} |")


if __name__ == "__main__":
    main()
