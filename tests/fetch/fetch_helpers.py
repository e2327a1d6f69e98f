"""Helpers of the fetcher's tests: fast politeness, a pipeline, the portal's sources, one run.

(Imported by name from the test modules; conftest.py holds only fixtures, because several test
folders have a conftest.py and `import conftest` would pick whichever came first.)
"""

from __future__ import annotations

from fetch_portal import FEED, SITEMAP, Portal

from eventgraph.fetch.crawl import FetchReport, fetch
from eventgraph.fetch.http import Client
from eventgraph.fetch.sources import FetchSettings, Source
from eventgraph.fetch.state import State
from eventgraph.store.base import Store

CONTACT = "https://example.org/eventgraph-tests"
OUTLET = "Cổng TTĐT tỉnh Ninh Bình"


def fast_settings(delay: float = 0.02) -> FetchSettings:
    return FetchSettings(
        contact=CONTACT, delay=delay, timeout=0.4, retries=1, backoff=0.01, max_backoff=0.05
    )


def pipeline():  # type: ignore[no-untyped-def]
    """The default pipeline, or — while some components have not landed — one of those that import,
    so these tests check what the fetcher controls whatever the state of extraction."""
    from eventgraph.extract.pipeline import DEFAULT_COMPONENTS, Pipeline
    from eventgraph.extract.registry import get

    try:
        return Pipeline()
    except ImportError:
        names = []
        for n in DEFAULT_COMPONENTS:
            try:
                get(n)
                names.append(n)
            except ImportError:
                continue
        return Pipeline(names)


def portal_sources(portal: Portal) -> list[Source]:
    return [
        Source(name="ninhbinh-rss", feed=portal.url(FEED), outlet=OUTLET, locality="Ninh Bình"),
        Source(
            name="ninhbinh-sitemap",
            sitemap=portal.url(SITEMAP),
            outlet=OUTLET,
            locality="Ninh Bình",
        ),
    ]


def run(sources: list[Source], store: Store, state: State, settings: FetchSettings) -> FetchReport:
    """One fetch run, as `eventgraph fetch` does it."""
    client = Client(settings, CONTACT)
    try:
        return fetch(sources, store, state, client, extractor=pipeline())
    finally:
        client.close()
