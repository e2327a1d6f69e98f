"""What earlier runs saw, so the next run asks only for what is new or changed: a small SQLite file.

`docs` holds, per URL (pages and listings alike), the HTTP validators (ETag, Last-Modified), the
date the listings gave it, a hash of the body, the article id and the outcome of the last request;
`entries` holds what each listing named, so a listing answered 304 still lists its pages. The file
lives next to the store it describes (see `state_path`): another store starts with no memory of what
was fetched.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import sqlite3
from dataclasses import astuple, dataclass, fields
from pathlib import Path
from urllib.parse import unquote, urlparse

from eventgraph.fetch.listings import Entry

_SCHEMA = """
CREATE TABLE IF NOT EXISTS docs (
  url TEXT PRIMARY KEY, kind TEXT NOT NULL, status INTEGER, etag TEXT, last_modified TEXT,
  listed TEXT, body_hash TEXT, article_id TEXT, reason TEXT, checked_at TEXT);
CREATE TABLE IF NOT EXISTS entries (
  listing TEXT NOT NULL, url TEXT NOT NULL, modified TEXT, sitemap INTEGER NOT NULL,
  PRIMARY KEY (listing, url));
"""


@dataclass
class Doc:
    """One URL as last seen: kind is "page" or "listing"; status is the last HTTP status (None
    when no answer came), reason why it failed."""

    url: str
    kind: str
    status: int | None = None
    etag: str | None = None
    last_modified: str | None = None
    listed: str | None = None
    body_hash: str | None = None
    article_id: str | None = None
    reason: str | None = None
    checked_at: str | None = None

    @property
    def gone(self) -> bool:
        return self.status in (404, 410)


def body_hash(body: bytes) -> str:
    return hashlib.sha256(body).hexdigest()[:32]


def now() -> str:
    """The time a URL was checked, as UTC ISO text."""
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


def state_path(store_url: str, data_dir: Path) -> Path | None:
    """Where the state of a store lives: beside an on-disk store, in memory for memory://, else in
    the data dir under a name derived from the store URL."""
    scheme = store_url.split("://", 1)[0]
    if scheme == "memory":
        return None
    if scheme == "oxigraph":
        parsed = urlparse(store_url)
        path = Path(unquote(parsed.netloc + parsed.path)).expanduser()
        return path.with_name(f"{path.name}.fetch.sqlite")
    return data_dir / f"fetch-{hashlib.sha256(store_url.encode()).hexdigest()[:12]}.sqlite"


class State:
    """The fetch state in SQLite (`path` None: in memory, for one process)."""

    def __init__(self, path: Path | None) -> None:
        if path is not None:
            path.parent.mkdir(parents=True, exist_ok=True)
        self.db = sqlite3.connect(str(path) if path else ":memory:", timeout=30)
        self.db.executescript(_SCHEMA)

    def doc(self, url: str) -> Doc | None:
        row = self.db.execute(f"SELECT {_COLS} FROM docs WHERE url = ?", (url,)).fetchone()
        return Doc(*row) if row else None

    def save(self, doc: Doc) -> None:
        with self.db:
            self.db.execute(
                f"INSERT OR REPLACE INTO docs ({_COLS}) VALUES ({_MARKS})", astuple(doc)
            )

    def entries(self, listing: str) -> list[Entry]:
        rows = self.db.execute(
            "SELECT url, modified, sitemap FROM entries WHERE listing = ? ORDER BY rowid",
            (listing,),
        )
        return [Entry(u, m, bool(s)) for u, m, s in rows]

    def save_entries(self, listing: str, entries: list[Entry]) -> None:
        with self.db:
            self.db.execute("DELETE FROM entries WHERE listing = ?", (listing,))
            self.db.executemany(
                "INSERT OR REPLACE INTO entries VALUES (?, ?, ?, ?)",
                [(listing, e.url, e.modified, int(e.sitemap)) for e in entries],
            )

    def close(self) -> None:
        self.db.close()

    def __enter__(self) -> State:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


_COLS = ", ".join(f.name for f in fields(Doc))
_MARKS = ", ".join("?" for _ in fields(Doc))
