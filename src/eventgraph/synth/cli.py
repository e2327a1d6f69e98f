"""`eventgraph synth`: write a synthetic corpus with its truth (registered on the main app by
`register`)."""

from __future__ import annotations

import os
import time
from pathlib import Path
from typing import Annotated

import typer


def register(app: typer.Typer) -> None:
    """Add the `synth` command to `app`."""
    app.command("synth")(synth)


def synth(
    out: Annotated[
        Path,
        typer.Option(
            "--out",
            "-o",
            help="Corpus file to write (.jsonl); the truth "
            "goes beside it as .truth.ndjson and .aggregate.json.",
        ),
    ],
    articles: Annotated[
        int, typer.Option("--articles", "-n", min=1, help="How many articles.")
    ] = 1000,
    seed: Annotated[int, typer.Option(help="The same seed always gives the same corpus.")] = 0,
    workers: Annotated[
        int, typer.Option(min=1, help="Generating processes (default: the cores).")
    ] = (os.cpu_count() or 1),
) -> None:
    """Write fictional Vietnamese political articles with known answers, for tests and benchmarks."""
    from rich.console import Console
    from rich.progress import (
        BarColumn,
        MofNCompleteColumn,
        Progress,
        TextColumn,
        TimeRemainingColumn,
    )

    from eventgraph.synth.corpus import truth_paths, write_corpus

    err = Console(stderr=True)
    start = time.perf_counter()
    with Progress(
        TextColumn("synth"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeRemainingColumn(),
        console=err,
        transient=True,
    ) as bar:
        task = bar.add_task("synth", total=articles)
        write_corpus(articles, seed, out, workers=workers, progress=lambda n: bar.advance(task, n))
    took = time.perf_counter() - start
    truth, agg = truth_paths(out)
    err.print(
        f"{articles} articles in {took:.1f} s ({articles / took:,.0f}/s): {out}, truth in {truth}, "
        f"expected answers in {agg}"
    )
