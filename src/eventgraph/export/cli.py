"""CLI commands for exports, imports, copies and the local Neo4j server.

`register(app)` adds `export`, `import`, `copy` and `neo4j-dev` to the eventgraph Typer app.
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

from eventgraph.exc import EventGraphError

err = Console(stderr=True)
StoreOpt = Annotated[
    str | None,
    typer.Option(
        "--store",
        help="Store URL (default: $EVENTGRAPH_STORE or the embedded store in the data dir).",
    ),
]
BatchOpt = Annotated[int, typer.Option(help="Article graphs per write.")]


def _bar() -> Progress:
    return Progress(
        TextColumn("{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeRemainingColumn(),
        console=err,
        transient=True,
    )


def export_cmd(
    fmt: Annotated[
        str,
        typer.Option(
            "--format", "-f", help="ttl, nq, trig, jsonld, graphml, neo4j-csv (a folder) or cypher."
        ),
    ] = "nq",
    store: StoreOpt = None,
    output: Annotated[
        Path | None,
        typer.Option(
            "-o", "--output", help="File (folder for neo4j-csv); default: eventgraph.<format>."
        ),
    ] = None,
) -> None:
    """Export the whole graph as RDF, GraphML, neo4j-admin CSV files or a Cypher script."""
    from eventgraph.export.formats import SUFFIX, export
    from eventgraph.store import open_store

    out = output or Path(
        f"eventgraph{SUFFIX.get(fmt, '')}" if fmt != "neo4j-csv" else "eventgraph-neo4j"
    )
    with open_store(store) as st:
        export(st, fmt, out)
    err.print(f"wrote {out}")


def import_cmd(
    path: Annotated[Path, typer.Argument(help="An RDF export: .nq, .trig or .jsonld.")],
    store: StoreOpt = None,
    batch: BatchOpt = 200,
) -> None:
    """Load the named graphs of an RDF file into the store (each replaces its namesake)."""
    from eventgraph.export.transfer import import_file
    from eventgraph.store import open_store

    if not path.exists():
        raise EventGraphError(f"{path} does not exist")
    with open_store(store) as st, _bar() as bar:
        task = bar.add_task("import", total=None)
        n = import_file(
            path, st, batch, lambda done, total: bar.update(task, completed=done, total=total)
        )
    err.print(f"{n} graphs imported into {st.url}")


def copy_cmd(
    source: Annotated[str, typer.Option("--from", help="Store URL to read.")],
    target: Annotated[str, typer.Option("--to", help="Store URL to write.")],
    batch: BatchOpt = 200,
) -> None:
    """Copy a whole graph from one store to another (any two backends), in batches."""
    from eventgraph.export.transfer import copy
    from eventgraph.store import open_store

    if source == target:
        raise EventGraphError("--from and --to name the same store")
    with open_store(source) as src, open_store(target) as dst, _bar() as bar:
        task = bar.add_task("copy", total=None)
        n = copy(src, dst, batch, lambda done, total: bar.update(task, completed=done, total=total))
    err.print(f"{n} graphs copied from {source} to {target}")


def neo4j_dev_cmd(
    action: Annotated[str, typer.Argument(help="start, stop, status, build or import.")],
    data: Annotated[
        Path | None, typer.Option(help="Data folder (default: the data dir's neo4j-dev).")
    ] = None,
    port: Annotated[int, typer.Option(help="Bolt port on 127.0.0.1.")] = 7687,
    csv: Annotated[
        Path | None,
        typer.Option(help="For import: a folder written by `export --format neo4j-csv`."),
    ] = None,
    tls_dir: Annotated[
        Path | None,
        typer.Option(help="For start: a folder with private.key and public.crt; Bolt needs TLS."),
    ] = None,
) -> None:
    """Run a local Neo4j Community server (built from Maven Central) for `--store bolt://…`.

    `import --csv FOLDER` bulk-loads exported CSV files into the (stopped) server's data folder
    with `neo4j-admin database import full`, replacing its graph; `start` then serves it.
    """
    from eventgraph import settings
    from eventgraph.servers import neo4j_admin, neo4j_dev

    folder = data or settings.data_dir() / "neo4j-dev"
    if action == "start":
        server = neo4j_dev.start_detached(folder, port, tls_dir=tls_dir)
        typer.echo(f"{server.uri}  (eventgraph ingest … --store {server.uri})")
    elif action == "stop":
        typer.echo(
            "stopped" if neo4j_dev.stop_detached(folder) else f"no server running on {folder}"
        )
    elif action == "status":
        running = neo4j_dev.status(folder)
        typer.echo(f"running {running.uri} pid {running.pid}" if running else "not running")
        if not running:
            raise typer.Exit(3)
    elif action == "build":
        typer.echo(neo4j_dev.build(force=True))
    elif action == "import":
        if csv is None:
            raise EventGraphError(
                "neo4j-dev import needs --csv FOLDER (from export --format neo4j-csv)"
            )
        typer.echo(neo4j_admin.admin_import(csv, folder))
    else:
        raise EventGraphError(
            f"unknown action {action!r}: use start, stop, status, build or import"
        )


def register(app: typer.Typer) -> None:
    """Add `export`, `import`, `copy` and `neo4j-dev` to the eventgraph app."""
    app.command("export")(export_cmd)
    app.command("import")(import_cmd)
    app.command("copy")(copy_cmd)
    app.command("neo4j-dev")(neo4j_dev_cmd)
