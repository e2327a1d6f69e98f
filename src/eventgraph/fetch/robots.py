"""robots.txt, read once per host and run, with RFC 9309's rules for when it cannot be read.

A robots.txt answered with 4xx means no rules (everything allowed); 5xx or no answer means the host
is not crawled this run (RFC 9309 §2.3.1.4). Rules are matched by Protego (wildcards, `$`,
Crawl-delay).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING
from urllib.parse import urljoin

from protego import Protego

from eventgraph.fetch.urls import origin

if TYPE_CHECKING:
    from eventgraph.fetch.http import Response

MAX_CRAWL_DELAY = 60.0  # a Crawl-delay of an hour would stop a dashboard's refresh; cap, and say so


class Robots:
    """The robots.txt rules of each host this client talks to."""

    def __init__(self, fetch: Callable[[str], Response], agent: str) -> None:
        self._fetch = fetch
        self._agent = agent
        self._rules: dict[str, Protego | bool] = {}
        self.reasons: dict[str, str] = {}

    def allowed(self, url: str) -> bool:
        """Whether robots.txt lets this fetcher request `url` (fetching robots.txt on first use)."""
        rules = self._load(origin(url))
        return rules if isinstance(rules, bool) else rules.can_fetch(url, self._agent)

    def refusal(self, url: str) -> str:
        host = origin(url)
        return self.reasons.get(host, f"disallowed by {host}/robots.txt")

    def crawl_delay(self, host: str) -> float:
        """The host's Crawl-delay (capped), 0 when robots.txt is not read yet or sets none."""
        rules = self._rules.get(host)
        if not isinstance(rules, Protego):
            return 0.0
        return min(float(rules.crawl_delay(self._agent) or 0.0), MAX_CRAWL_DELAY)

    def _load(self, host: str) -> Protego | bool:
        if host not in self._rules:
            self._rules[host] = self._read(host)
        return self._rules[host]

    def _read(self, host: str) -> Protego | bool:
        from eventgraph.fetch.http import FetchError, Stopped

        url = f"{host}/robots.txt"
        try:
            for _ in range(5):  # RFC 9309: follow at least five redirects
                r = self._fetch(url)
                if r.status in (301, 302, 303, 307, 308) and r.headers.get("location"):
                    url = urljoin(url, r.headers["location"])
                    continue
                break
        except Stopped:
            raise  # not an answer about robots.txt: nothing to remember
        except FetchError as e:
            self.reasons[host] = f"{host}/robots.txt could not be read ({e}): host skipped this run"
            return False
        if r.status == 200:
            return Protego.parse(r.body.decode("utf-8", errors="replace"))
        if 400 <= r.status < 500:
            return True
        self.reasons[host] = f"{host}/robots.txt answered HTTP {r.status}: host skipped this run"
        return False
