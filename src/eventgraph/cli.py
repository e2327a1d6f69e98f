"""The command line: thin commands over the library. Every error reaches the user as one line."""

from __future__ import annotations

import csv
import json
import sys
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.table import Table

from eventgraph.exc import EventGraphError
from eventgraph.fetch.cli import register as register_fetch
from eventgraph.ingest.progress import ProgressLines

app = typer.Typer(help="eventgraph: Vietnamese political news as a provenance-tracked knowledge graph.",
                  no_args_is_help=True, add_completion=False, pretty_exceptions_enable=False)
err = Console(stderr=True)
StoreOpt = Annotated[str | None, typer.Option("--store", help="Store URL (default: $EVENTGRAPH_STORE "
                                                    "or the embedded store in the data dir).")]
FormatOpt = Annotated[str, typer.Option("--format", "-f", help="table, json or csv.")]


@app.command()
def extract(
    paths: Annotated[list[Path], typer.Argument(
        help="Files or folders: .jsonl, .txt, saved .html/.htm pages, .warc/.warc.gz archives.")],
    fmt: Annotated[str, typer.Option("--format", "-f", help="jsonl (the eval contract).")] = "jsonl",
    certain_dates: Annotated[bool, typer.Option(
        help="Leave a meeting's date null when its year is only likely (`date_inferred`), as "
             "GUIDE.md's annotators do when the text makes no year certain.")] = False,
) -> None:
    """Print one JSON object per article in the contract of ../shared/eval/GUIDE.md."""
    from eventgraph.extract.pipeline import extract as run
    from eventgraph.ingest.readers import Failure, read_inputs

    if fmt != "jsonl":
        raise EventGraphError(f"unknown format {fmt!r}: extract prints jsonl")
    failed = 0
    for item in read_inputs(paths):
        if isinstance(item, Failure):
            failed += 1
            err.print(f"[yellow]skipped[/] {item}")
            continue
        row = run(item).to_contract(certain_dates=certain_dates)
        sys.stdout.write(json.dumps(row, ensure_ascii=False) + "\n")
    if failed:
        raise typer.Exit(1)


#: an ingest that wrote this many articles compacts the store afterwards (a bulk load, not a top-up)
COMPACT_AFTER = 1000


@app.command()
def ingest(
    paths: Annotated[list[Path], typer.Argument(
        help="Files or folders: .jsonl, .txt, saved .html/.htm pages, .warc/.warc.gz archives.")],
    store: StoreOpt = None,
    workers: Annotated[int | None, typer.Option(
        help="Extraction processes (default: the CPUs this process may use; 1: in-process).",
        show_default=False, min=1)] = None,
    batch_size: Annotated[int | None, typer.Option(
        help="Articles per write batch (default: EVENTGRAPH_BATCH_SIZE or 1000).", show_default=False,
        min=1)] = None,
    force: Annotated[bool, typer.Option(help="Re-extract articles even when unchanged.")] = False,
    report: Annotated[Path | None, typer.Option(help="Write failures here (JSON lines).")] = None,
    compact: Annotated[bool | None, typer.Option(
        help="Compact the store afterwards for faster reads (default: when this run wrote at least "
             f"{COMPACT_AFTER} articles).", show_default=False)] = None,
    prepare_dashboard: Annotated[bool | None, typer.Option(
        help="Read the dashboard's tables of the new data afterwards, so its first visitor does "
             f"not wait for them (default: when this run wrote at least {COMPACT_AFTER} articles).",
        show_default=False)] = None,
) -> None:
    """Read articles, extract their facts and write them into the store (one graph per article)."""
    from rich.progress import (
        BarColumn,
        MofNCompleteColumn,
        Progress,
        TextColumn,
        TimeRemainingColumn,
    )

    from eventgraph import settings
    from eventgraph.ingest.run import count_articles, usable_cpus
    from eventgraph.ingest.run import ingest as run
    from eventgraph.store import open_store

    total = count_articles(paths) or None  # a cheap line count, so the bar shows N/M and an ETA
    # A log (stderr not a terminal) gets a line every EVENTGRAPH_PROGRESS_EVERY seconds instead.
    lines = None if err.is_terminal else ProgressLines(total, settings.progress_every(), err.print)
    with open_store(store) as st, Progress(TextColumn("ingest"), BarColumn(), MofNCompleteColumn(),
                                           TextColumn("{task.speed} art/s"), TimeRemainingColumn(),
                                           console=err, transient=True) as bar:
        task = bar.add_task("ingest", total=total)

        def advance(n: int) -> None:
            bar.advance(task, n)
            if lines is not None:
                lines.advance(n)

        rep = run(paths, st, batch_size=batch_size or settings.batch_size(), force=force,
                  workers=workers or usable_cpus(), progress=advance)
        if rep.written >= COMPACT_AFTER if compact is None else compact:
            _compact(st)
    # after the writer closed: its last snapshot is the one a dashboard opens. In a fresh process:
    # this one's heap still holds what writing 100k articles grew (2.07 GB peak at 100k with the
    # tables read here, 1.94 GB for the reading alone; docs/performance.md).
    if rep.written >= COMPACT_AFTER if prepare_dashboard is None else prepare_dashboard:
        # this process waits beside the tables' one: hand its free heap back (it held ~0.5 GB it
        # no longer used, and the two passed 2 GB together at 100k articles)
        from eventgraph import heap

        heap.release()
        _prepare_dashboard(store or settings.store_url(), fresh_process=True)
    err.print(rep.summary())
    if rep.failures:
        out = report or Path("ingest-failures.jsonl")
        with out.open("w", encoding="utf-8") as f:
            for fail in rep.failures:
                f.write(json.dumps({"source": fail.source, "line": fail.line, "reason": fail.reason},
                                   ensure_ascii=False) + "\n")
        for fail in rep.failures[:20]:
            err.print(f"[red]failed[/] {fail}")
        err.print(f"{len(rep.failures)} failures written to {out}")
        raise typer.Exit(1)


def _compact(st) -> bool:  # type: ignore[no-untyped-def]
    """Compact `st` with a status line; False when the engine has nothing to compact."""
    import time

    start = time.perf_counter()
    with err.status("compacting the store for faster reads …"):
        done = st.compact()
    if done:
        err.print(f"store compacted in {time.perf_counter() - start:.1f} s")
    return done


def _prepare_dashboard(url: str, fresh_process: bool = False) -> None:
    """Read the dashboard's tables and opening answers of the store's newest snapshot, with a
    status line; a store without snapshots (a server) is said to need none. `fresh_process`
    reads them in a new interpreter (spawned, so it inherits no heap), whose memory is returned
    when it ends."""
    import time

    from eventgraph.dashboard.warm import prepare

    start = time.perf_counter()
    with err.status("reading the dashboard's tables …"):
        if fresh_process:
            import multiprocessing
            from concurrent.futures import ProcessPoolExecutor

            spawn = multiprocessing.get_context("spawn")
            try:
                with ProcessPoolExecutor(max_workers=1, mp_context=spawn) as pool:
                    version = pool.submit(prepare, url).result()
            except Exception as e:  # the articles are in: say so, and how to read the tables later
                err.print(f"[yellow]dashboard tables not prepared[/] ({type(e).__name__}: {e}); "
                          "the articles are stored. Run `eventgraph prepare-dashboard` later, or "
                          "the dashboard reads them on its first visit.")
                return
        else:
            version = prepare(url)
    if version is None:
        err.print("dashboard tables: nothing to prepare (the store keeps no snapshots, or "
                  "EVENTGRAPH_CACHE_DIR=off)")
    else:
        err.print(f"dashboard tables prepared in {time.perf_counter() - start:.1f} s")


@app.command("prepare-dashboard")
def prepare_dashboard_cmd(store: StoreOpt = None) -> None:
    """Read the dashboard's tables and opening answers of the store's newest data now (minutes at
    100k articles), so the first visitor does not wait for them; `ingest` does this after large
    runs."""
    from eventgraph import settings

    _prepare_dashboard(store or settings.store_url())


@app.command("compact")
def compact_cmd(store: StoreOpt = None) -> None:
    """Reorganise the embedded store for faster reads (after large ingests; servers do this
    themselves)."""
    from eventgraph.store import open_store

    with open_store(store) as st:
        if not _compact(st):
            err.print(f"{st.scheme} store: nothing to compact (the engine organises itself)")


@app.command()
def query(
    name: Annotated[str, typer.Argument(help="A named query: chairs, lineage, person, meetings, …")],
    param: Annotated[list[str] | None, typer.Option("--param", "-p", help="key=value, repeatable.")] = None,
    store: StoreOpt = None,
    fmt: FormatOpt = "table",
) -> None:
    """Run a named query with bound parameters."""
    from eventgraph.queries import get
    from eventgraph.store import open_reader

    params = {}
    for p in param or []:
        key, sep, value = p.partition("=")
        if not sep:
            raise EventGraphError(f"--param {p!r}: write it as key=value")
        params[key.strip()] = value
    q = get(name)
    q.bind(params)  # refuse unknown or ill-typed parameters before touching the store
    with open_reader(store) as st:
        res = st.run(q, params)
    _print(res.columns, res.rows, fmt, title=q.title)


@app.command("queries")
def list_queries() -> None:
    """List the named queries and their parameters."""
    from eventgraph.queries import all_queries

    for q in all_queries().values():
        typer.echo(f"{q.name}: {q.title}")
        for p in q.params:
            typer.echo(f"    --param {p.name}=…  {p.description}")


@app.command()
def stats(store: StoreOpt = None, fmt: FormatOpt = "table") -> None:
    """Counts of articles, people, meetings, directives, localities and facts."""
    from eventgraph.store import open_reader

    with open_reader(store) as st:
        counts = st.stats()
    _print(list(counts), [counts], fmt, title="eventgraph store")


@app.command()
def validate(store: StoreOpt = None) -> None:
    """Check the store's graph against the SHACL shapes in ontology/shapes.ttl."""
    from eventgraph.shacl import validate_store
    from eventgraph.store import open_store

    with open_store(store) as st:
        ok, report = validate_store(st)
    typer.echo(report if not ok else "the graph conforms to ontology/shapes.ttl")
    if not ok:
        raise typer.Exit(1)


@app.command()
def dashboard(
    store: StoreOpt = None,
    port: Annotated[int, typer.Option(help="Port on 127.0.0.1.")] = 8501,
) -> None:
    """Open the Streamlit dashboard on the store."""
    from eventgraph import settings
    from eventgraph.dashboard.serve import serve

    app_py = Path(__file__).resolve().parents[2] / "app.py"
    if not app_py.exists():
        raise EventGraphError(f"app.py not found at {app_py}: run from a source checkout")
    # In this process, its imports and warm-up begun before the server listens (`serve.py`).
    raise typer.Exit(serve(app_py, port, store or settings.store_url()))


register_fetch(app)

resolve_app = typer.Typer(help="Judgements on person identity: list, merge two person nodes, undo.",
                          no_args_is_help=True)
app.add_typer(resolve_app, name="resolve")


@resolve_app.command("list")
def resolve_list(store: StoreOpt = None, fmt: FormatOpt = "table") -> None:
    """Every judgement: id, decision, the two person nodes, reason, who and when."""
    from eventgraph.resolve.judgements import list_judgements
    from eventgraph.store import open_store

    with open_store(store) as st:
        rows = list_judgements(st)
    _print(["id", "decision", "left", "right", "reason", "who", "when"], rows, fmt, title="judgements")


@resolve_app.command("merge")
def resolve_merge(
    left: Annotated[str, typer.Argument(help="A person node IRI (person_id in `query person`).")],
    right: Annotated[str, typer.Argument(help="The other person node IRI.")],
    reason: Annotated[str, typer.Option(help="The evidence that they are one person.")],
    store: StoreOpt = None,
) -> None:
    """Record that two person nodes are one person (undoable)."""
    from eventgraph.resolve.judgements import merge
    from eventgraph.store import open_store

    with open_store(store) as st:
        typer.echo(f"judgement {merge(st, left, right, reason)} recorded")


@resolve_app.command("undo")
def resolve_undo(judgement: Annotated[str, typer.Argument(help="The judgement id.")],
                 store: StoreOpt = None) -> None:
    """Remove a judgement: the two person nodes are apart again."""
    from eventgraph.resolve.judgements import undo
    from eventgraph.store import open_store

    with open_store(store) as st:
        undo(st, judgement)
    typer.echo(f"judgement {judgement} removed")


def _print(columns: list[str], rows: list[dict], fmt: str, title: str = "") -> None:
    if fmt == "json":
        typer.echo(json.dumps(rows, ensure_ascii=False, indent=1, default=str))
    elif fmt == "csv":
        w = csv.DictWriter(sys.stdout, fieldnames=columns, extrasaction="ignore")
        w.writeheader()
        w.writerows(rows)
    elif fmt == "table":
        # A terminal table shows what a reader scans; node IRIs and long sentences are in json/csv.
        shown = [c for c in columns if not all(str(r.get(c) or "").startswith("http") for r in rows)]
        table = Table(title=title, caption=f"{len(rows)} rows" + (
            "; node IRIs and full text with --format json or csv" if len(shown) < len(columns) else ""))
        for c in shown:
            table.add_column(c, overflow="fold")
        for r in rows:
            table.add_row(*[_cell(r.get(c)) for c in shown])
        Console().print(table)
    else:
        raise EventGraphError(f"unknown format {fmt!r}: use table, json or csv")


from eventgraph.export.cli import register as register_export_commands  # noqa: E402

register_export_commands(app)

from eventgraph.synth.cli import register as _register_synth  # noqa: E402

_register_synth(app)


def _cell(value: object, width: int = 60) -> str:
    text = "" if value is None else str(value)
    return text if len(text) <= width else text[: width - 1] + "…"


def main() -> None:
    """Entry point: run the app, turning EventGraphError into one line and exit code 2. The store's
    heavy commands start again with mimalloc preloaded where it is installed (allocator.py)."""
    from eventgraph import allocator

    allocator.maybe_reexec(sys.argv)
    try:
        app()
    except EventGraphError as e:
        err.print(f"[red]error:[/] {e}")
        sys.exit(2)


if __name__ == "__main__":
    main()
