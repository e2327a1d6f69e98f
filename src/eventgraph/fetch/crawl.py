"""One fetch run: plan (listings -> pages to request), download, extract, ingest, remember.

Pages go through the normal ingest path (`ingest_items`: extraction, then the store's per-article
graphs) in small chunks, and what was fetched is written to the state only after its chunk is in the
store, so a run that dies half-way never records as done a page the store does not have.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from http import HTTPStatus
from itertools import islice

from eventgraph.fetch.http import Client, Disallowed, FetchError, Response, Stopped
from eventgraph.fetch.pages import looks_like_html, page_article
from eventgraph.fetch.plan import Planner, Target
from eventgraph.fetch.sources import Source
from eventgraph.fetch.state import Doc, State, body_hash, now
from eventgraph.fetch.urls import url_id
from eventgraph.ingest.readers import Failure
from eventgraph.ingest.run import Extractor, IngestReport, ingest_items
from eventgraph.model.article import Article
from eventgraph.store.base import Store


@dataclass
class FetchReport:
    """What a run did: requests sent, pages downloaded or unchanged, articles written, failures."""

    requests: int = 0
    downloaded: int = 0
    not_modified: int = 0
    skipped: int = 0
    deferred: int = 0
    unchanged: int = 0
    disallowed: list[str] = field(default_factory=list)
    failures: list[Failure] = field(default_factory=list)
    ingest: IngestReport = field(default_factory=IngestReport)

    def summary(self) -> str:
        later = f"{self.deferred} over the limit, left for the next run; " if self.deferred else ""
        return (
            f"{self.requests} requests: {self.downloaded} pages downloaded "
            f"({self.unchanged} unchanged), "
            f"{self.not_modified} not modified, {self.skipped} seen and skipped, "
            f"{len(self.disallowed)} disallowed by robots.txt; {later}"
            f"{self.ingest.written} articles written, "
            f"{len(self.failures)} failed"
        )


def fetch(
    sources: list[Source],
    store: Store,
    state: State,
    client: Client,
    *,
    extractor: Extractor | None = None,
    force: bool = False,
    chunk: int = 50,
) -> FetchReport:
    """Fetch what is new or changed in `sources` and ingest it into `store`; one page's failure is
    reported, never raised. Setting `client.stop` ends the run after the page in hand, its chunk
    written."""
    report = FetchReport()
    planner = Planner(client, state, store, client.s, report.failures, force)
    targets = planner.targets(sources)
    report.not_modified, report.skipped = planner.not_modified, planner.skipped
    report.deferred = planner.deferred
    pages = _download(targets, client, state, report)
    while batch := list(islice(pages, chunk)):
        _ingest(batch, store, state, report, extractor, force)
    report.requests = client.requests
    return report


def _download(
    targets: list[Target], client: Client, state: State, report: FetchReport
) -> Iterator[tuple[Article, Doc]]:
    """The article of every target that answered with a new or changed page."""
    for t in targets:
        if client.stop.is_set():
            return
        doc = t.doc or Doc(t.url, "page", article_id=url_id(t.url))
        doc.kind, doc.listed, doc.checked_at = "page", t.listed or doc.listed, now()
        try:
            r = t.response or client.get(
                t.url,
                etag=doc.etag if t.conditional else None,
                last_modified=doc.last_modified if t.conditional else None,
            )
        except Stopped:
            return
        except Disallowed:
            report.disallowed.append(t.url)
            continue
        except FetchError as e:
            _fail(state, report, doc, None, str(e))
            continue
        article = _article(t, doc, r, state, report)
        if article is not None:
            yield article, doc


def _article(t: Target, doc: Doc, r: Response, state: State, report: FetchReport) -> Article | None:
    """The article of an answer, or None when there is nothing new to ingest (recorded as such)."""
    if r.status == 304:
        report.not_modified += 1
        doc.status = 304
        state.save(doc)
        return None
    if r.status != 200:
        _fail(state, report, doc, r.status, f"HTTP {r.status} {_phrase(r.status)}".strip())
        return None
    report.downloaded += 1
    h = body_hash(r.body)
    unchanged = t.in_store and doc.body_hash == h and doc.reason is None
    doc.status, doc.body_hash = 200, h
    doc.etag, doc.last_modified = r.headers.get("etag"), r.headers.get("last-modified")
    if unchanged:  # no validators on this server, but the same bytes: nothing to extract again
        report.unchanged += 1
        state.save(doc)
        return None
    content_type = r.headers.get("content-type", "")
    if not looks_like_html(content_type, r.body):
        _fail(state, report, doc, 200, f"not an HTML page ({content_type or 'no type'})")
        return None
    try:
        return page_article(
            r.body, t.url, charset=r.charset, outlet=t.source.outlet, locality=t.source.locality
        )
    except ValueError as e:
        _fail(state, report, doc, 200, str(e))
        return None


def _ingest(
    batch: list[tuple[Article, Doc]],
    store: Store,
    state: State,
    report: FetchReport,
    extractor: Extractor | None,
    force: bool,
) -> None:
    """Write a chunk through the normal ingest path, then record its pages in the state."""
    rep = ingest_items(
        [a for a, _ in batch], store, batch_size=len(batch), force=force, extractor=extractor
    )
    failed = {f.source: f.reason for f in rep.failures}
    for article, doc in batch:
        doc.reason = failed.get(article.id)
        state.save(doc)
        if doc.reason:
            report.failures.append(Failure(doc.url, None, doc.reason))
    report.ingest.read += rep.read
    report.ingest.written += rep.written
    report.ingest.unchanged += rep.unchanged


def _fail(state: State, report: FetchReport, doc: Doc, status: int | None, reason: str) -> None:
    doc.status, doc.reason = status, reason
    state.save(doc)
    report.failures.append(Failure(doc.url, None, reason))


def _phrase(status: int) -> str:
    try:
        return HTTPStatus(status).phrase
    except ValueError:
        return ""
