"""`eventgraph ingest`: stream inputs, skip unchanged articles, extract, write in batches.

Bounded memory: articles are read lazily and held a few batches at a time. Extraction (and rendering
the graph as N-Quads, for SPARQL stores) can run in worker processes (`workers > 1`), overlapped with
the writes, which stay in this process, the only one holding the store.
"""

from __future__ import annotations

import multiprocessing as mp
import os
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from functools import partial
from itertools import islice
from pathlib import Path
from typing import Any

from eventgraph.extract.pipeline import EXTRACTOR
from eventgraph.ingest.readers import Failure, read_inputs
from eventgraph.model.article import Article
from eventgraph.model.extraction import ArticleExtraction
from eventgraph.store.base import Store
from eventgraph.store.rdf import content_hash
from eventgraph.store.sparql_base import Rendered, SparqlStore, render_article

Extractor = Callable[[Article], ArticleExtraction]


@dataclass
class IngestReport:
    """What an ingest did: articles read, written, skipped as unchanged, and every failure."""

    read: int = 0
    written: int = 0
    unchanged: int = 0
    failures: list[Failure] = field(default_factory=list)

    def summary(self) -> str:
        return (f"{self.read} articles read, {self.written} written, {self.unchanged} unchanged, "
                f"{len(self.failures)} failed")


def _extract_one(article: Article, extractor: Extractor | None = None) -> ArticleExtraction | Failure:
    from eventgraph.extract.pipeline import extract

    try:
        return (extractor or extract)(article)
    except Exception as e:  # one article's bug must not stop a batch; it is reported instead
        return Failure(article.id, None, f"extraction failed: {type(e).__name__}: {e}")


def _extract_and_render(article: Article, extractor: Extractor | None = None) -> Rendered | Failure:
    """In a worker: extract, then render the graph as N-Quads, so the writer only loads text."""
    res = _extract_one(article, extractor)
    return res if isinstance(res, Failure) else render_article(article, res)


def usable_cpus() -> int:
    """The CPUs this process may run on (its affinity mask, which containers and `taskset` narrow),
    not the machine's count: the default number of extraction workers."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # no affinity on macOS and Windows
        return os.cpu_count() or 1


def count_articles(paths: Iterable[str | Path]) -> int:
    """How many articles `paths` hold, cheaply (lines of .jsonl files, one per other file), so a
    progress bar can show a total and an ETA; a few failures make it an estimate, never a limit."""
    from eventgraph.ingest.readers import expand

    total = 0
    for p in expand(paths):
        if isinstance(p, Failure):
            continue
        if p.suffix.lower() == ".jsonl":
            with p.open("rb") as f:
                total += sum(1 for line in f if line.strip())
        else:
            total += 1
    return total


# Articles per extraction task batch. A store write is `batch_size` articles (1,000 by default: one
# Oxigraph bulk load of 200 articles cost 23% more CPU and 2.3x the wall time per quad than one of
# 4,000, see docs/performance.md), but the workers get smaller batches, so they are fed while the
# writer loads and the first write does not wait for a thousand extractions.
EXTRACT_BATCH = 200
# A write also starts once this much rendered N-Quads waits, whatever the count: the bulk load's
# memory follows the text (about 5x it at its peak), and real articles are twice the synthetic ones.
WRITE_BYTES = 64 << 20


def _batches(items: Iterable[Article | Failure], size: int) -> Iterator[list[Article | Failure]]:
    it = iter(items)
    while batch := list(islice(it, size)):
        yield batch


def ingest(paths: Iterable[str | Path], store: Store, *, batch_size: int = 1000, workers: int = 1,
           force: bool = False, progress: Callable[[int], None] | None = None) -> IngestReport:
    """Read, extract and write every article of `paths` into `store`; failures are collected."""
    return ingest_items(read_inputs(paths), store, batch_size=batch_size, workers=workers, force=force,
                        progress=progress)


def ingest_items(articles: Iterable[Article | Failure], store: Store, *, batch_size: int = 1000,
                 workers: int = 1, force: bool = False, progress: Callable[[int], None] | None = None,
                 extractor: Extractor | None = None) -> IngestReport:
    """Extract and write articles already read (the fetcher's, say) into `store`; failures are
    collected. `extractor` replaces the default pipeline (a Pipeline of chosen components).

    Articles are written `batch_size` at a time. With `workers > 1` the pipeline overlaps: while this
    process writes, the workers extract (and, for SPARQL stores, render) the next `batch_size`
    articles and `workers` extraction batches more, in batches of up to EXTRACT_BATCH; what is in
    flight is bounded, so memory stays bounded whatever the corpus size."""
    report = IngestReport()
    seen: dict[str, str] = {}
    rendered = isinstance(store, SparqlStore)
    work = partial(_extract_and_render if rendered else _extract_one, extractor=extractor)
    pool = mp.get_context("fork").Pool(workers) if workers > 1 else None
    size = min(batch_size, EXTRACT_BATCH)
    ahead = workers + -(-batch_size // size) if pool else 0  # extraction batches in flight
    in_flight: deque[tuple[list[Article], int, Any]] = deque()
    pending = _Pending(store, report, progress)
    try:
        # the pool is forked before the store may start a loading thread (bulk_writes)
        with store.bulk_writes():
            for batch in _batches(articles, size):
                todo = _select(batch, store, seen, report, force)
                chunk = max(1, len(todo) // (4 * workers))
                results = (pool.map_async(work, todo, chunk) if pool and todo
                           else list(map(work, todo)))
                in_flight.append((todo, len(batch), results))
                while len(in_flight) > ahead:
                    pending.collect(*in_flight.popleft(), batch_size)
            while in_flight:
                pending.collect(*in_flight.popleft(), batch_size)
            pending.write()
    finally:
        if pool:
            pool.close()
            pool.join()
    return report


@dataclass
class _Pending:
    """Extracted articles waiting for the next store write, and how many were read for them."""

    store: Store
    report: IngestReport
    progress: Callable[[int], None] | None
    ok: list[tuple[Article, Any]] = field(default_factory=list)
    read: int = 0
    size: int = 0  # bytes of rendered N-Quads in `ok`

    def collect(self, todo: list[Article], read: int, results: Any, batch_size: int) -> None:
        """Wait for one extraction batch; keep what succeeded, count the rest as failures, and
        write once `batch_size` articles wait (progress moves at once when none waits)."""
        done = results.get() if hasattr(results, "get") else results
        for article, res in zip(todo, done, strict=True):
            if isinstance(res, Failure):
                self.report.failures.append(res)
            else:
                self.ok.append((article, res))
                self.size += res.size if isinstance(res, Rendered) else 0
        self.read += read
        if not self.ok or len(self.ok) >= batch_size or self.size >= WRITE_BYTES:
            self.write()

    def write(self) -> None:
        ok, store = self.ok, self.store
        if ok and isinstance(store, SparqlStore):
            store.replace_rendered([a.id for a, _ in ok], [r for _, r in ok])
        elif ok:
            store.replace_articles(ok)
        self.report.written += len(ok)
        if self.progress and self.read:
            self.progress(self.read)
        self.ok, self.read, self.size = [], 0, 0


def _select(batch: list[Article | Failure], store: Store, seen: dict[str, str], report: IngestReport,
            force: bool) -> list[Article]:
    """The articles of a batch that need writing: read, not duplicated in this run, changed."""
    todo: list[Article] = []
    for item in batch:
        if isinstance(item, Failure):
            report.failures.append(item)
            continue
        report.read += 1
        h = content_hash(item, EXTRACTOR)
        if item.id in seen:
            if seen[item.id] != h:
                report.failures.append(Failure(item.id, None, "another article with the same id and "
                                               "different text was read first; this one was not ingested"))
            continue
        seen[item.id] = h
        todo.append(item)
    stored = {} if force else store.content_hashes([a.id for a in todo])
    fresh = [a for a in todo if stored.get(a.id) != seen[a.id]]
    report.unchanged += len(todo) - len(fresh)
    return fresh
