"""`eventgraph fetch` and `eventgraph watch`, added to the CLI by `register(app)`."""

from __future__ import annotations

import contextlib
import json
import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer
from rich.console import Console
from rich.markup import escape

from eventgraph.exc import InvalidInput

if TYPE_CHECKING:  # the fetcher is imported when a command runs, not with the CLI
    from eventgraph.fetch.crawl import FetchReport
    from eventgraph.fetch.sources import FetchSettings, Source

    Runner = Callable[[list[Source], bool], FetchReport]

err = Console(stderr=True)
SourcesArg = Annotated[
    list[str] | None,
    typer.Argument(
        help="Source names from the config, or URLs of feeds, sitemaps or articles "
        "(default: every source)."
    ),
]
ConfigOpt = Annotated[
    Path | None,
    typer.Option(
        "--config",
        help="Sources file (default: ./sources.toml when present; see sources.example.toml).",
    ),
]
StoreOpt = Annotated[
    str | None,
    typer.Option(
        "--store",
        help="Store URL (default: $EVENTGRAPH_STORE or the embedded store in the data dir).",
    ),
]
StateOpt = Annotated[
    Path | None,
    typer.Option(
        "--state", help="Fetch state file (default: beside the store; in memory for memory://)."
    ),
]
ContactOpt = Annotated[
    str | None,
    typer.Option(
        "--contact", help="URL or mailto: put in the user agent so site operators can reach you."
    ),
]
DelayOpt = Annotated[
    float | None, typer.Option("--delay", help="Seconds between requests to one host.")
]
LimitOpt = Annotated[
    int | None, typer.Option("--limit", help="Most pages fetched per source per run.")
]


def register(app: typer.Typer) -> None:
    """Add the `fetch` and `watch` commands to the eventgraph Typer app."""
    app.command("fetch")(fetch_command)
    app.command("watch")(watch_command)


def fetch_command(
    sources: SourcesArg = None,
    config: ConfigOpt = None,
    store: StoreOpt = None,
    state: StateOpt = None,
    contact: ContactOpt = None,
    delay: DelayOpt = None,
    limit: LimitOpt = None,
    force: Annotated[
        bool, typer.Option(help="Fetch and re-extract every page, seen or not.")
    ] = False,
    report: Annotated[Path | None, typer.Option(help="Write failures here (JSON lines).")] = None,
) -> None:
    """Fetch new and changed articles from feeds, sitemaps and URLs, politely, and ingest them."""
    chosen, settings, who = _setup(sources, config, contact, delay, limit)
    with _session(store, state, settings, who) as run:
        rep = run(chosen, force)
    err.print(rep.summary(), markup=False, highlight=False)
    if rep.failures:
        for fail in rep.failures[:20]:
            err.print(f"[red]failed[/] {escape(str(fail))}", highlight=False)
        if report:
            with report.open("w", encoding="utf-8") as f:
                for fail in rep.failures:
                    f.write(
                        json.dumps(
                            {"source": fail.source, "reason": fail.reason}, ensure_ascii=False
                        )
                        + "\n"
                    )
        raise typer.Exit(1)


def watch_command(
    sources: SourcesArg = None,
    every: Annotated[
        str, typer.Option("--every", help="Period between runs: 30m, 1h, 90s, 1h30m.")
    ] = "30m",
    once: Annotated[bool, typer.Option("--once", help="One run, then exit.")] = False,
    config: ConfigOpt = None,
    store: StoreOpt = None,
    state: StateOpt = None,
    contact: ContactOpt = None,
    delay: DelayOpt = None,
    limit: LimitOpt = None,
) -> None:
    """Keep a store current: fetch every --every, log one line per run, stop on Ctrl-C/SIGTERM."""
    from eventgraph.fetch.watch import parse_every, stop_on_signals, watch

    period = parse_every(every)
    chosen, settings, who = _setup(sources, config, contact, delay, limit)
    stop = threading.Event()

    def log(line: str) -> None:
        err.print(line, markup=False, highlight=False, soft_wrap=True)

    with stop_on_signals(stop, log), _session(store, state, settings, who, stop) as run:
        watch(lambda: run(chosen, False).summary(), period, stop, log, once=once)


def _setup(
    args: list[str] | None,
    config_path: Path | None,
    contact: str | None,
    delay: float | None,
    limit: int | None,
) -> tuple[list[Source], FetchSettings, str]:
    from eventgraph.fetch.sources import load_config, select

    if config_path is None and Path("sources.toml").is_file():
        config_path = Path("sources.toml")
    config = load_config(config_path)
    settings = config.fetch.model_copy(
        update={k: v for k, v in (("delay", delay), ("limit", limit)) if v is not None}
    )
    who = contact or settings.contact
    if not who:
        raise InvalidInput(
            'say who is fetching: --contact URL, or `contact = "..."` in the fetch table of '
            "sources.toml (it goes into the user agent so site operators can reach you)"
        )
    return select(config, list(args or [])), settings, who


@contextlib.contextmanager
def _session(
    store_url: str | None,
    state_path: Path | None,
    settings: FetchSettings,
    contact: str,
    stop: threading.Event | None = None,
) -> Iterator[Runner]:
    """A function running one fetch. The store and state are opened per run (an embedded store is
    not
    held locked between runs), except memory:// ones, which live as long as the session."""
    from eventgraph import settings as env
    from eventgraph.fetch.crawl import fetch
    from eventgraph.fetch.http import Client
    from eventgraph.fetch.state import State
    from eventgraph.fetch.state import state_path as default_state
    from eventgraph.store import open_store

    url = store_url or env.store_url()
    path = state_path or default_state(url, env.data_dir())
    keep = url.startswith("memory://")
    with contextlib.ExitStack() as held:
        kept = (
            (held.enter_context(open_store(url)), held.enter_context(State(path))) if keep else None
        )

        def run(sources: list[Source], force: bool) -> FetchReport:
            with contextlib.ExitStack() as stack:
                st, state = kept or (
                    stack.enter_context(open_store(url)),
                    stack.enter_context(State(path)),
                )
                client = Client(settings, contact, stop=stop)
                stack.callback(client.close)
                return fetch(sources, st, state, client, force=force)

        yield run
