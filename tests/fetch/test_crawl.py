"""Fetch runs against a real HTTP server: what lands in the store, what is asked for, what is
reported.

Three runs share one portal, store and state (module scope, for speed): the first fetches
everything, the second comes after an edit of one page, the third after nothing changed.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from itertools import pairwise

import pytest
from fetch_helpers import OUTLET, fast_settings, portal_sources, run
from fetch_portal import (
    CHANGED,
    FEED,
    FLAKY,
    LEGACY,
    MISSING,
    PRIVATE,
    SITEMAP,
    SLOW,
    UNDATED,
    A,
    B,
    Hit,
    Portal,
)

from eventgraph.fetch.crawl import FetchReport
from eventgraph.fetch.sources import Source
from eventgraph.fetch.state import State
from eventgraph.fetch.urls import url_id
from eventgraph.store import open_store
from eventgraph.store.base import Store

DELAY = 0.02
ARTICLES = """
SELECT ?id ?title ?date ?outlet ?text WHERE {
  ?a a eg:Article ; eg:articleId ?id ; eg:text ?text .
  OPTIONAL { ?a dct:title ?title } OPTIONAL { ?a eg:outlet ?outlet }
  OPTIONAL { ?a dct:date/time:inXSDDate ?date }
}"""


def stored(store: Store) -> dict[str, dict]:
    return {r["id"]: r for r in store.console(ARTICLES).rows}


@dataclass
class Runs:
    portal: Portal
    store: Store
    reports: list[FetchReport] = field(default_factory=list)
    hits: list[list[Hit]] = field(default_factory=list)
    articles: list[dict[str, dict]] = field(default_factory=list)

    def id(self, path: str) -> str:
        return url_id(self.portal.url(path))

    def paths(self, n: int) -> list[str]:
        return sorted(h.path for h in self.hits[n])


@pytest.fixture(scope="module")
def runs() -> Iterator[Runs]:
    with Portal() as portal, open_store("memory://") as store, State(None) as state:
        r = Runs(portal, store)
        for n in range(3):
            if n == 1:  # the portal corrects a page, and its sitemaps say so
                portal.overrides = {
                    SITEMAP: "sitemap.v2.xml",
                    "/sitemaps/tin-tuc.xml": "sitemaps/tin-tuc.v2.xml",
                    CHANGED: CHANGED.replace(".html", ".v2.html"),
                }
            portal.clear()
            r.reports.append(run(portal_sources(portal), store, state, fast_settings(DELAY)))
            r.hits.append(list(portal.hits))
            r.articles.append(stored(store))
        yield r


def test_first_run_stores_every_article_with_title_date_outlet_and_text(runs: Runs) -> None:
    got = runs.articles[0]
    assert set(got) == {runs.id(p) for p in (A, B, CHANGED, FLAKY, UNDATED, LEGACY)}, runs.reports[
        0
    ].failures
    a, b, legacy = got[runs.id(A)], got[runs.id(B)], got[runs.id(LEGACY)]
    assert a["title"] == "Sơ kết công tác cải cách hành chính quý I năm 2024"
    assert str(a["date"]) == "2024-04-12" and a["outlet"] == OUTLET
    assert "Đồng chí Đỗ Minh Khoa, Phó Chủ tịch UBND tỉnh chủ trì hội nghị." in a["text"]
    assert (
        "Tin khác" not in a["text"] and "Giấy phép" not in a["text"]
    )  # the box and the footer stay out
    # The portal's date line, not today's date in its top bar (20/05/2024); the whole lead, not the
    # cut og:description.
    assert str(b["date"]) == "2024-04-15"
    assert "và kế hoạch sản xuất vụ hè thu." in b["text"]
    assert got[runs.id(UNDATED)]["date"] is None  # no date on the page: none invented
    assert legacy["title"] == "Khai mạc kỳ họp thứ 16 HĐND tỉnh khóa XII"  # Windows-1258, decoded
    assert str(legacy["date"]) == "2009-07-08" and "Phạm Đình Tuấn" in legacy["text"]


def test_authors_come_from_the_byline_or_the_author_tag(runs: Runs) -> None:
    rows = runs.store.console(
        "SELECT ?id ?who WHERE { ?a a eg:Article ; eg:articleId ?id ; dct:creator ?who }"
    ).rows
    assert {(r["id"], r["who"]) for r in rows} == {
        (runs.id(A), "Minh Khuê"),  # <p class="author"> under the body
        (runs.id(B), "Thu Hà"),  # <meta name="author">
        (runs.id(LEGACY), "Ngọc Lan"),  # the signature line closing the text (Windows-1258)
    }


def test_the_404_and_the_slow_page_are_failures_with_reasons(runs: Runs) -> None:
    reasons = {f.source: f.reason for f in runs.reports[0].failures}
    assert reasons == {
        runs.portal.url(MISSING): "HTTP 404 Not Found",
        runs.portal.url(SLOW): "timed out after 0.4 s (2 attempts)",
    }
    assert runs.reports[0].ingest.written == 6


def test_robots_txt_is_read_first_and_the_disallowed_path_never_asked_for(runs: Runs) -> None:
    assert runs.reports[0].disallowed == [runs.portal.url(PRIVATE)]
    for hits in runs.hits:
        paths = [h.path for h in hits]
        assert (
            paths[0] == "/robots.txt" and paths.count("/robots.txt") == 1 and PRIVATE not in paths
        )


def test_the_user_agent_names_eventgraph_and_a_contact(runs: Runs) -> None:
    agents = {h.agent for hits in runs.hits for h in hits}
    assert len(agents) == 1 and agents.pop().startswith("eventgraph/")
    assert all("(+https://example.org/eventgraph-tests)" in h.agent for h in runs.hits[0])


def test_a_503_is_retried(runs: Runs) -> None:
    assert [h.status for h in runs.hits[0] if h.path == FLAKY] == [503, 200]


def test_the_delay_between_two_requests_to_a_host_is_kept(runs: Runs) -> None:
    # The delay counts from the end of one answer, so on the server's monotonic clock two arrivals
    # are at least DELAY apart, whatever the machine's load: the check cannot flake.
    times = [h.at for h in runs.hits[0]]
    gaps = [b - a for a, b in pairwise(times)]
    assert len(gaps) >= 13 and min(gaps) >= DELAY
    assert runs.reports[0].requests == len(runs.hits[0])


def test_second_run_asks_only_for_the_changed_page(runs: Runs) -> None:
    # robots.txt, the feed (304), the index and the one sitemap it says changed, the changed page,
    # and the slow page that failed last time (two attempts again); nothing else.
    assert runs.paths(1) == sorted(
        ["/robots.txt", FEED, SITEMAP, "/sitemaps/tin-tuc.xml", CHANGED, SLOW, SLOW]
    )
    assert [h.status for h in runs.hits[1] if h.path == FEED] == [304]
    assert runs.reports[1].downloaded == 1 and runs.reports[1].ingest.written == 1


def test_the_changed_page_replaces_its_old_text_and_facts(runs: Runs) -> None:
    before, after = (
        runs.articles[0][runs.id(CHANGED)]["text"],
        runs.articles[1][runs.id(CHANGED)]["text"],
    )
    assert "Vũ Quang Thái" in before
    assert "Vũ Quang Thái" not in after and "Lương Đức Hiếu" in after
    leftovers = runs.store.console(
        "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } "
        'FILTER(CONTAINS(STR(?o), "Vũ Quang Thái")) }'
    ).rows[0]["n"]
    assert leftovers == 0 and len(runs.articles[1]) == 6


def test_third_run_with_nothing_changed_writes_nothing(runs: Runs) -> None:
    assert runs.paths(2) == sorted(["/robots.txt", FEED, SITEMAP, SLOW, SLOW])
    assert [h.status for h in runs.hits[2] if h.path in (FEED, SITEMAP)] == [304, 304]
    assert runs.reports[2].downloaded == 0 and runs.reports[2].ingest.written == 0
    assert runs.reports[2].skipped >= 5


def test_a_fact_of_a_fetched_article_reaches_the_store(runs: Runs) -> None:
    pytest.importorskip(
        "eventgraph.extract.vi.meetings", reason="the meetings extractor has not landed"
    )
    from eventgraph.queries import get

    chairs = {(r["person"], str(r["date"])) for r in runs.store.run(get("chairs"), {}).rows}
    assert ("Đỗ Minh Khoa", "2024-04-12") in chairs
    assert ("Lương Đức Hiếu", "2024-04-18") in chairs  # the corrected chair, and not the first one
    assert not any(person == "Vũ Quang Thái" for person, _ in chairs)


def test_named_pages_are_asked_again_conditionally(portal: Portal) -> None:
    pages = [Source(name="named", urls=[portal.url(A), portal.url(LEGACY)])]
    with open_store("memory://") as store, State(None) as state:
        first = run(pages, store, state, fast_settings())
        portal.clear()
        second = run(pages, store, state, fast_settings())
    assert first.ingest.written == 2
    assert (
        second.not_modified == 2 and second.downloaded == 0
    )  # ETag; Last-Modified on the old server
    assert [h.status for h in portal.hits if h.path != "/robots.txt"] == [304, 304]


def test_a_store_that_lost_its_articles_gets_them_again(portal: Portal, tmp_path) -> None:  # type: ignore[no-untyped-def]
    pages = [Source(name="named", urls=[portal.url(A)])]
    with State(tmp_path / "state.sqlite") as state:
        with open_store("memory://") as store:
            run(pages, store, state, fast_settings())
        with open_store("memory://") as empty:  # the same state, a new (empty) store
            again = run(pages, empty, state, fast_settings())
            assert again.ingest.written == 1 and len(stored(empty)) == 1


def test_a_page_corrected_without_a_new_listing_date_is_caught_by_the_recheck(
    portal: Portal,
) -> None:
    # Portals correct articles without redating their RSS items: only the page itself changes.
    feed = [Source(name="rss", feed=portal.url(FEED), outlet=OUTLET, locality="Ninh Bình")]
    with open_store("memory://") as store, State(None) as state:
        run(feed, store, state, fast_settings())
        portal.overrides = {CHANGED: CHANGED.replace(".html", ".v2.html")}
        portal.clear()
        soon = run(feed, store, state, fast_settings())  # rechecked only after 24 hours
        assert CHANGED not in portal.paths() and soon.skipped == 4  # and the 404
        assert "Vũ Quang Thái" in stored(store)[url_id(portal.url(CHANGED))]["text"]
        time.sleep(0.4)
        portal.clear()
        later = run(
            feed, store, state, fast_settings().model_copy(update={"recheck_hours": 0.0001})
        )
        statuses = {h.path: h.status for h in portal.hits}
        text = stored(store)[url_id(portal.url(CHANGED))]["text"]
    assert statuses[A] == statuses[B] == 304 and statuses[CHANGED] == 200  # asked conditionally
    assert later.ingest.written == 1 and "Lương Đức Hiếu" in text and "Vũ Quang Thái" not in text
    assert MISSING not in statuses  # a 404 is not rechecked: it waits for a new listing date


def test_a_gzipped_sitemap_file_and_gzip_transfer_are_read(portal: Portal) -> None:
    # sitemap.xml.gz is the index as a gzip file; every other answer comes gzip-encoded.
    portal.compress = True
    gz = [Source(name="gz", sitemap=portal.url(SITEMAP + ".gz"), outlet=OUTLET)]
    with open_store("memory://") as store, State(None) as state:
        report = run(gz, store, state, fast_settings())
        got = stored(store)
    assert set(got) == {url_id(portal.url(p)) for p in (CHANGED, FLAKY, UNDATED, LEGACY)}
    assert report.failures == [] and report.ingest.written == 4
    assert got[url_id(portal.url(LEGACY))]["title"] == "Khai mạc kỳ họp thứ 16 HĐND tỉnh khóa XII"


def test_within_the_limit_a_new_page_comes_before_the_rechecks(portal: Portal) -> None:
    feed = [Source(name="rss", feed=portal.url(FEED), outlet=OUTLET)]
    new = "/tin-tuc/chinh-tri/thuong-truc-tinh-uy-lam-viec-voi-so-noi-vu-a1230.html"
    with open_store("memory://") as store, State(None) as state:
        run(feed, store, state, fast_settings())
        portal.overrides = {FEED: "rss/tin-tuc.v2.rss"}  # one new item, dated 22/4
        time.sleep(0.4)
        portal.clear()
        tight = fast_settings().model_copy(update={"recheck_hours": 0.0001, "limit": 1})
        report = run(feed, store, state, tight)
    assert [p for p in portal.paths() if p not in ("/robots.txt", FEED)] == [new]
    assert report.ingest.written == 1 and report.skipped == 1  # the 404
    assert report.deferred == 4  # SLOW (failed last time), then A, B and CHANGED, due for a recheck
    assert "4 over the limit, left for the next run; 1 articles written" in report.summary()
