"""The first half of a run: read every source's listings and decide which pages need a request.

A page is asked for when it is new; when its listing gives it a new date (conditionally: ETag and
Last-Modified let an unchanged page answer 304); when it was named directly (conditionally); when
the last attempt failed on the way (timeout, 5xx); or when the store lost the article it gave. A
page seen before whose listing date did not change is not asked for again until `recheck_hours`
have passed since it was last asked (then conditionally: portals correct articles without redating
their feeds), and a page that answered 404/410 is not asked for again until its listing date
changes. At most `limit` pages per source per run, new and changed ones first, newest listed first,
so a first run on a large sitemap drains it over several runs.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace

from eventgraph.fetch.http import Client, FetchError, Response, Stopped
from eventgraph.fetch.listings import Entry, parse_listing
from eventgraph.fetch.sources import FetchSettings, Source
from eventgraph.fetch.state import Doc, State, now
from eventgraph.fetch.urls import normalize_url
from eventgraph.ingest.readers import Failure
from eventgraph.store.base import Store

MAX_DEPTH = 3  # sitemap index -> sitemap -> ... ; deeper nesting is a loop or a mistake


@dataclass(frozen=True)
class Target:
    """A page this run may request, with what is known of it."""

    url: str
    source: Source
    listed: str | None = None
    explicit: bool = False
    doc: Doc | None = None
    in_store: bool = False
    response: Response | None = None  # a URL of unknown kind that turned out to be a page

    @property
    def conditional(self) -> bool:
        """Ask with validators only when a 304 leaves nothing to do: the store holds the article."""
        return self.doc is not None and self.in_store and self.doc.reason is None


class Planner:
    """Reads listings through the client, remembers them in the state, picks the pages to fetch."""

    def __init__(
        self,
        client: Client,
        state: State,
        store: Store,
        settings: FetchSettings,
        failures: list[Failure],
        force: bool = False,
    ) -> None:
        self.client, self.state, self.store, self.settings = client, state, store, settings
        self.failures, self.force = failures, force
        self.not_modified = 0
        self.skipped = 0
        self.deferred = 0  # needed, but over a source's limit: left for the next run

    def targets(self, sources: list[Source]) -> list[Target]:
        """Every page to request this run, each once: the first source that lists a page keeps it,
        with the latest date any listing gives it (so the decision does not depend on which listing
        is read first)."""
        merged: dict[str, Target] = {}
        for source in sources:
            for url in source.starts():
                for t in self._start(source, url):
                    old = merged.setdefault(t.url, t)
                    if old is not t and ((t.listed or "") > (old.listed or "") or t.explicit):
                        merged[t.url] = replace(
                            old,
                            listed=max(t.listed or "", old.listed or "") or None,
                            explicit=old.explicit or t.explicit,
                        )
        out: list[Target] = []
        for source in sources:
            mine = [t for t in merged.values() if t.source is source]
            out += self._choose(mine, source.limit or self.settings.limit)
        return out

    def _start(self, source: Source, url: str) -> list[Target]:
        url = normalize_url(url)
        if source.kind == "pages":
            return [Target(url, source, explicit=True)]
        got = self.listing(url, None, 0, page_ok=source.kind == "auto")
        if isinstance(got, Response):
            return [Target(url, source, explicit=True, response=got)]
        return [Target(e.url, source, e.modified) for e in got if not e.sitemap]

    def listing(
        self, url: str, listed: str | None, depth: int, page_ok: bool = False
    ) -> list[Entry] | Response:
        """The entries of a feed or sitemap (child sitemaps of an index followed), or — for a URL of
        unknown kind — the page itself when it is not a listing."""
        doc = self.state.doc(url) or Doc(url, "listing")
        if listed and doc.listed == listed and doc.status in (200, 304) and not self.force:
            entries = self.state.entries(url)  # the index says this sitemap did not change
        else:
            got = self._read_listing(url, doc, listed, page_ok)
            if not isinstance(got, list):
                return got
            entries = got
        out = [e for e in entries if not e.sitemap]
        for child in (e for e in entries if e.sitemap):
            if depth < MAX_DEPTH:
                sub = self.listing(child.url, child.modified, depth + 1)
                out += sub if isinstance(sub, list) else []
        return out

    def _read_listing(
        self, url: str, doc: Doc, listed: str | None, page_ok: bool
    ) -> list[Entry] | Response:
        r = self._get(url, doc)
        if r is None:
            return []
        if r.status == 200:
            parsed = parse_listing(r.body, r.url)
            if parsed is None:
                return r if page_ok else self._failed(url, "neither a feed nor a sitemap")
            self.state.save_entries(url, parsed)
            doc.kind, doc.etag = "listing", r.headers.get("etag")
            doc.last_modified = r.headers.get("last-modified")
        elif r.status == 304:
            self.not_modified += 1  # the entries stored last time still hold
        else:
            return self._failed(url, f"HTTP {r.status}")
        doc.status, doc.listed, doc.checked_at = r.status, listed, now()
        self.state.save(doc)
        return self.state.entries(url) if doc.kind == "listing" else []

    def _get(self, url: str, doc: Doc) -> Response | None:
        """The answer for a listing (conditional when its last answer is stored), None if none."""
        known = doc.kind == "listing" or (
            doc.reason is None and bool(self._present([doc.article_id or ""]))
        )
        cond = not self.force and doc.status in (200, 304) and known
        try:
            return self.client.get(
                url,
                etag=doc.etag if cond else None,
                last_modified=doc.last_modified if cond else None,
            )
        except Stopped:
            return None
        except FetchError as e:
            self._failed(url, str(e))
            return None

    def _failed(self, url: str, reason: str) -> list[Entry]:
        self.failures.append(Failure(url, None, reason))
        return []

    def _choose(self, found: list[Target], limit: int) -> list[Target]:
        """The targets that need a request, newest listed first, at most `limit`."""
        known = [(t, self.state.doc(t.url)) for t in found]
        ids = [d.article_id for _, d in known if d and d.article_id]
        present = self._present(ids)
        chosen, due = [], []
        for t, doc in sorted(known, key=lambda td: td[0].listed or "", reverse=True):
            t = replace(t, doc=doc, in_store=bool(doc and doc.article_id in present))
            if self.force or t.response is not None or _needs_request(t):
                chosen.append(t)
            elif _due(t, self.settings.recheck_hours):
                due.append(t)
            else:
                self.skipped += 1
        self.deferred += max(0, len(chosen) + len(due) - limit)
        return (chosen + due)[:limit]

    def _present(self, ids: list[str]) -> set[str]:
        """The article ids the store holds."""
        out: set[str] = set()
        for i in range(0, len(ids), 500):
            out.update(self.store.content_hashes(ids[i : i + 500]))
        return out


def _needs_request(t: Target) -> bool:
    doc = t.doc
    if doc is None:
        return True
    if doc.status is not None and 400 <= doc.status < 500 and doc.status not in (408, 429):
        return bool(t.listed) and t.listed != doc.listed  # gone, until the listing says it changed
    if doc.status not in (200, 304):
        return True  # the last attempt failed on the way: try again
    if doc.reason is None and not t.in_store:
        return True  # written once, lost since (another store, or a wiped one)
    return t.explicit or (bool(t.listed) and t.listed != doc.listed)


def _due(t: Target, hours: float) -> bool:
    """A page in the store, answered well last time, and not asked for in `hours`."""
    doc = t.doc
    if not hours or doc is None or not t.in_store or doc.status not in (200, 304):
        return False
    try:
        last = dt.datetime.fromisoformat(doc.checked_at or "")
    except ValueError:
        return True  # no time recorded: ask once, and the time is recorded
    return dt.datetime.now(dt.UTC) - last >= dt.timedelta(hours=hours)
