"""`eventgraph ingest`: stream inputs, skip unchanged articles, extract, write in batches.

Bounded memory: articles are read lazily and held one batch at a time. Extraction can run in worker
processes (`workers > 1`); writes stay in this process, the only one holding the store.
"""

from __future__ import annotations

import multiprocessing as mp
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from functools import partial
from itertools import islice
from pathlib import Path

from eventgraph.extract.pipeline import EXTRACTOR
from eventgraph.ingest.readers import Failure, read_inputs
from eventgraph.model.article import Article
from eventgraph.model.extraction import ArticleExtraction
from eventgraph.store.base import Store
from eventgraph.store.rdf import content_hash

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


def _batches(items: Iterable[Article | Failure], size: int) -> Iterator[list[Article | Failure]]:
    it = iter(items)
    while batch := list(islice(it, size)):
        yield batch


def ingest(paths: Iterable[str | Path], store: Store, *, batch_size: int = 200, workers: int = 1,
           force: bool = False, progress: Callable[[int], None] | None = None) -> IngestReport:
    """Read, extract and write every article of `paths` into `store`; failures are collected."""
    return ingest_items(read_inputs(paths), store, batch_size=batch_size, workers=workers, force=force,
                        progress=progress)


def ingest_items(articles: Iterable[Article | Failure], store: Store, *, batch_size: int = 200,
                 workers: int = 1, force: bool = False, progress: Callable[[int], None] | None = None,
                 extractor: Extractor | None = None) -> IngestReport:
    """Extract and write articles already read (the fetcher's, say) into `store`; failures are
    collected. `extractor` replaces the default pipeline (a Pipeline of chosen components)."""
    report = IngestReport()
    seen: dict[str, str] = {}
    pool = mp.get_context("fork").Pool(workers) if workers > 1 else None
    work = partial(_extract_one, extractor=extractor)
    try:
        for batch in _batches(articles, batch_size):
            todo = _select(batch, store, seen, report, force)
            if todo:
                mapper = pool.imap if pool else map
                results = list(mapper(work, todo))
                items = []
                for article, res in zip(todo, results, strict=True):
                    if isinstance(res, Failure):
                        report.failures.append(res)
                    else:
                        items.append((article, res))
                store.replace_articles(items)
                report.written += len(items)
            if progress:
                progress(len(batch))
    finally:
        if pool:
            pool.close()
            pool.join()
    return report


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
