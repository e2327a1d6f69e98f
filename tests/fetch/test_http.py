"""The client's politeness and limits, against the fixture portal (and one closed port)."""

from __future__ import annotations

import email.utils
import itertools
import socket
import time

import pytest
from fetch_helpers import CONTACT, fast_settings
from fetch_portal import MISSING, PRIVATE, A, B, Portal

from eventgraph.fetch.http import Client, Disallowed, FetchError, Stopped, _seconds


def client(**changes: object) -> Client:
    return Client(fast_settings().model_copy(update=changes), CONTACT)


def test_a_redirect_into_a_disallowed_path_is_not_followed(portal: Portal) -> None:
    portal.redirects["/tin-cu/bai-cu.html"] = PRIVATE
    with pytest.raises(Disallowed):
        client().get(portal.url("/tin-cu/bai-cu.html"))
    assert portal.paths() == ["/robots.txt", "/tin-cu/bai-cu.html"]


def test_an_unreadable_robots_txt_keeps_the_whole_host_out(portal: Portal) -> None:
    portal.failures_left["/robots.txt"] = 10
    with pytest.raises(FetchError, match=r"robots.txt answered HTTP 503: host skipped this run"):
        client().get(portal.url(A))
    assert portal.paths() == ["/robots.txt", "/robots.txt"]  # retried once, then nothing else


def test_a_body_over_the_limit_is_refused(portal: Portal) -> None:
    with pytest.raises(FetchError, match="body larger than 2000 bytes"):
        client(max_bytes=2000).get(portal.url(A))


def test_a_closed_port_is_a_connection_failure_after_the_retries() -> None:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]  # closed again when the block ends: nothing listens there
    with pytest.raises(FetchError, match=r"connection failed: .*\(2 attempts\)"):
        client().get(f"http://127.0.0.1:{port}/robots.txt")


def test_a_stopped_client_sends_nothing(portal: Portal) -> None:
    c = client()
    c.stop.set()
    with pytest.raises(Stopped):
        c.get(portal.url(A))
    assert portal.paths() == [] and c.requests == 0


def test_back_off_doubles_honours_retry_after_and_is_capped() -> None:
    c = client(backoff=1.0, max_backoff=5.0)
    assert [c._backoff(n, None) for n in range(4)] == [1.0, 2.0, 4.0, 5.0]
    assert c._backoff(0, "3") == 3.0 and c._backoff(0, "3600") == 5.0
    later = email.utils.formatdate(time.time() + 60, usegmt=True)
    assert 55 <= _seconds(later) <= 60 and _seconds("not a date") == 0.0


def test_a_crawl_delay_longer_than_ours_spaces_the_requests(portal: Portal) -> None:
    portal.overrides["/robots.txt"] = "robots.crawl-delay.txt"  # Crawl-delay: 0.3
    c = client(delay=0.01)
    for path in (A, B, A):
        assert c.get(portal.url(path)).status == 200
    hits = sorted(portal.hits, key=lambda h: h.at)
    assert [h.path for h in hits] == ["/robots.txt", A, B, A]
    gaps = [b.at - a.at for a, b in itertools.pairwise(hits)]
    assert min(gaps[1:]) >= 0.3  # between pages; robots.txt itself came before the rules were known


def test_the_folder_guard_refuses_any_host_but_the_loopback(loopback_only: list[str]) -> None:
    # Every test here runs under the guard of conftest.py; this one checks that the guard bites,
    # before a name is looked up or a packet sent.
    for url in ("http://portal.example.vn/robots.txt", "http://192.0.2.7/robots.txt"):
        with pytest.raises(AssertionError, match=r"only 127\.0\.0\.1 may be"):
            client().get(url)
    assert loopback_only == ["portal.example.vn", "192.0.2.7"]
    loopback_only.clear()


def test_a_429_waits_as_long_as_retry_after_says_and_a_404_is_not_retried(portal: Portal) -> None:
    portal.failures_left[A], portal.busy[A] = 1, (429, "1")
    c = client(backoff=0.01, max_backoff=5.0, retries=2)
    r = c.get(portal.url(A))
    assert r.status == 200 and r.attempts == 2
    tries = [h for h in portal.hits if h.path == A]
    assert [h.status for h in tries] == [429, 200] and tries[1].at - tries[0].at >= 1.0
    assert c.get(portal.url(MISSING)).status == 404
    assert [h.path for h in portal.hits].count(MISSING) == 1


def test_a_site_without_robots_txt_may_be_fetched(portal: Portal) -> None:
    portal.overrides["/robots.txt"] = "khong-co/robots.txt"  # answered 404: no rules (RFC 9309)
    c = client()
    assert c.get(portal.url(PRIVATE)).status == 200
    assert [(h.path, h.status) for h in portal.hits] == [("/robots.txt", 404), (PRIVATE, 200)]
