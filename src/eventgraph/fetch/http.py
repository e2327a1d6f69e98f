"""The HTTP client of a polite fetcher.

It names itself (`eventgraph/VERSION (+contact)`), asks robots.txt before every request (redirect
hops included), keeps a delay between two exchanges with one host — counted from the end of the
previous response, so the host sees at least that gap — retries 429, 5xx and connection errors with
exponential back-off (Retry-After honoured, capped), and bounds every request by a timeout and a
size limit.
"""

from __future__ import annotations

import email.utils
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, replace
from urllib.parse import urljoin

import urllib3

from eventgraph.fetch.robots import Robots
from eventgraph.fetch.sources import FetchSettings
from eventgraph.fetch.urls import origin

RETRY_STATUSES = frozenset({429, 500, 502, 503, 504})
REDIRECTS = frozenset({301, 302, 303, 307, 308})
MAX_REDIRECTS = 5


class FetchError(Exception):
    """A request that got no usable answer; the message is the reason reported to the user."""


class Disallowed(FetchError):
    """robots.txt asks this fetcher not to request the URL."""


class Stopped(FetchError):
    """The run was asked to stop (Ctrl-C, SIGTERM) before this request was sent."""


@dataclass(frozen=True)
class Response:
    """One answer: the final URL, status, headers (lower-case names) and body."""

    url: str
    status: int
    headers: dict[str, str]
    body: bytes
    attempts: int = 1

    @property
    def charset(self) -> str | None:
        """The charset named in Content-Type, if any."""
        for part in self.headers.get("content-type", "").split(";")[1:]:
            key, _, value = part.strip().partition("=")
            if key.lower() == "charset" and value:
                return value.strip("\"' ")
        return None


def user_agent(contact: str) -> str:
    """`eventgraph/VERSION (+contact)`: who is asking, and where to complain."""
    from eventgraph import __version__

    return f"eventgraph/{__version__} (+{contact})"


class Client:
    """Sequential, polite GETs; `requests` counts what was sent (robots.txt included)."""

    def __init__(
        self,
        settings: FetchSettings,
        contact: str,
        *,
        clock: Callable[[], float] = time.monotonic,
        stop: threading.Event | None = None,
    ) -> None:
        self.s = settings
        self.agent = user_agent(contact)
        self.clock = clock
        self.stop = stop or threading.Event()
        self.sleep = self.stop.wait  # a stop request cuts every wait short
        self.requests = 0
        self._done: dict[str, float] = {}
        self.robots = Robots(lambda url: self._with_retries(url, {}), "eventgraph")
        self._headers = {
            "User-Agent": self.agent,
            "Accept-Encoding": "gzip, deflate",
            "Accept": "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.5",
            "Accept-Language": "vi,en;q=0.5",
        }
        self._pool = urllib3.PoolManager(num_pools=32, retries=False)

    def get(
        self, url: str, *, etag: str | None = None, last_modified: str | None = None
    ) -> Response:
        """GET `url`, conditionally when validators are given (a 304 comes back as such);
        FetchError when robots.txt forbids it or no answer came after the retries."""
        headers = {
            k: v for k, v in (("If-None-Match", etag), ("If-Modified-Since", last_modified)) if v
        }
        for _ in range(MAX_REDIRECTS + 1):
            if not self.robots.allowed(url):
                unreadable = origin(url) in self.robots.reasons  # robots.txt unreachable: a failure
                raise (FetchError if unreadable else Disallowed)(self.robots.refusal(url))
            r = self._with_retries(url, headers)
            if r.status not in REDIRECTS or "location" not in r.headers:
                return r
            url, headers = urljoin(url, r.headers["location"]), {}
        raise FetchError(f"more than {MAX_REDIRECTS} redirects")

    def close(self) -> None:
        self._pool.clear()

    def _with_retries(self, url: str, headers: dict[str, str]) -> Response:
        for attempt in range(self.s.retries + 1):
            last = attempt == self.s.retries
            try:
                r = self._exchange(url, headers)
            except Stopped:
                raise
            except FetchError as e:
                if last:
                    raise FetchError(f"{e} ({attempt + 1} attempts)") from None
                self.sleep(self._backoff(attempt, None))
                continue
            if r.status in RETRY_STATUSES and not last:
                self.sleep(self._backoff(attempt, r.headers.get("retry-after")))
                continue
            return replace(r, attempts=attempt + 1)
        raise AssertionError("unreachable")

    def _backoff(self, attempt: int, retry_after: str | None) -> float:
        wait = self.s.backoff * 2**attempt
        if retry_after:
            wait = max(wait, _seconds(retry_after))
        return min(wait, self.s.max_backoff)

    def _exchange(self, url: str, headers: dict[str, str]) -> Response:
        """One request, after the host's delay; the delay restarts when the answer has been read."""
        host = origin(url)
        if self.stop.is_set():
            raise Stopped("stopped before the request was sent")
        if host in self._done:
            gap = max(self.s.delay, self.robots.crawl_delay(host)) - (
                self.clock() - self._done[host]
            )
            if gap > 0 and self.sleep(gap):
                raise Stopped("stopped before the request was sent")
        self.requests += 1
        try:
            return self._request(url, headers)
        finally:
            self._done[host] = self.clock()

    def _request(self, url: str, headers: dict[str, str]) -> Response:
        timeout = urllib3.Timeout(connect=self.s.timeout, read=self.s.timeout)
        try:
            r = self._pool.request(
                "GET",
                url,
                headers={**self._headers, **headers},
                redirect=False,
                preload_content=False,
                timeout=timeout,
            )
        except urllib3.exceptions.NewConnectionError as e:
            raise FetchError(f"connection failed: {str(e).split(': ', 1)[-1]}") from None
        except urllib3.exceptions.TimeoutError:
            raise FetchError(f"timed out after {self.s.timeout:g} s") from None
        except urllib3.exceptions.HTTPError as e:
            raise FetchError(f"connection failed: {e}") from None
        try:
            body = self._read(r)
        finally:
            r.release_conn()
        return Response(url, r.status, {k.lower(): v for k, v in r.headers.items()}, body)

    def _read(self, r: urllib3.BaseHTTPResponse) -> bytes:
        """The body, refused past max_bytes or when it trickles in past a few timeouts."""
        chunks, size, start = [], 0, self.clock()
        try:
            for chunk in r.stream(65536, decode_content=True):
                size += len(chunk)
                if size > self.s.max_bytes:
                    raise FetchError(f"body larger than {self.s.max_bytes} bytes")
                if self.clock() - start > 4 * self.s.timeout:
                    raise FetchError(f"body still arriving after {4 * self.s.timeout:g} s")
                chunks.append(chunk)
        except urllib3.exceptions.TimeoutError:
            raise FetchError(f"timed out after {self.s.timeout:g} s") from None
        except urllib3.exceptions.HTTPError as e:
            raise FetchError(f"connection broken while reading: {e}") from None
        return b"".join(chunks)


def _seconds(retry_after: str) -> float:
    """Retry-After as seconds: a number, or an HTTP date."""
    if retry_after.strip().isdigit():
        return float(retry_after)
    try:
        when = email.utils.parsedate_to_datetime(retry_after)
    except (TypeError, ValueError):
        return 0.0
    return max(0.0, when.timestamp() - time.time())
