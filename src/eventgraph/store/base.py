"""The one store contract every backend keeps (after nomenklatura's Store / Writer / View).

A store holds each article's facts in a graph of its own (a named graph in RDF stores, a provenance key in
Neo4j), so `replace_articles` swaps exactly an article's facts and re-ingest never duplicates. Reads go
through named queries with bound parameters; `console` runs a user's read-only query and refuses updates.
"""

from __future__ import annotations

import re
from abc import ABC, abstractmethod
from collections.abc import Iterable, Sequence
from contextlib import AbstractContextManager, nullcontext
from dataclasses import dataclass, field
from typing import IO, TYPE_CHECKING, Any, ClassVar

from eventgraph.exc import QueryError
from eventgraph.model.article import Article
from eventgraph.model.extraction import ArticleExtraction

if TYPE_CHECKING:
    from eventgraph.queries import NamedQuery

Item = tuple[Article, ArticleExtraction]

# Words that make a query an update in SPARQL or a write in Cypher; the console refuses them before
# the engine sees the text (the engines' read-only entry points refuse them again).
_SPARQL_UPDATE = re.compile(
    r"(?<![?$\w])(INSERT|DELETE|LOAD|CLEAR|DROP|CREATE|ADD|MOVE|COPY|WITH)\b", re.IGNORECASE)
_CYPHER_WRITE = re.compile(
    r"(?<![$\w.`])(CREATE|MERGE|DELETE|DETACH|SET|REMOVE|DROP|LOAD\s+CSV|FOREACH|CALL\s+(?!db\.labels|db\.relationshipTypes|db\.propertyKeys)[\w.]+)\b",
    re.IGNORECASE)


@dataclass
class QueryResult:
    """Rows of a query as plain Python values (str, int, float, bool, None), in column order."""

    columns: list[str]
    rows: list[dict[str, Any]] = field(default_factory=list)

    def __len__(self) -> int:
        return len(self.rows)

    def column(self, name: str) -> list[Any]:
        return [r.get(name) for r in self.rows]


def strip_comments_and_strings(text: str) -> str:
    """The query without comments and string literals, so keywords inside them do not count."""
    text = re.sub(r'"(?:[^"\\\n]|\\.)*"|\'(?:[^\'\\\n]|\\.)*\'', '""', text)
    return re.sub(r"(#|//)[^\n]*", "", text)


def refuse_sparql_update(text: str) -> None:
    """Raise QueryError when `text` is a SPARQL update (or holds one)."""
    m = _SPARQL_UPDATE.search(strip_comments_and_strings(text))
    if m:
        raise QueryError(f"refused: '{m.group(1).upper()}' is an update; the query console is read-only "
                         "(use `eventgraph ingest` to change the graph)")


def refuse_cypher_write(text: str) -> None:
    """Raise QueryError when `text` is a Cypher query that writes or administers."""
    m = _CYPHER_WRITE.search(strip_comments_and_strings(text))
    if m:
        raise QueryError(f"refused: '{m.group(1).upper()}' writes or administers; the query console is "
                         "read-only (use `eventgraph ingest` to change the graph)")


class Store(ABC):
    """A graph store opened from a URL."""

    scheme: ClassVar[str]
    capabilities: ClassVar[frozenset[str]] = frozenset()
    console_language: ClassVar[str] = "sparql"

    def __init__(self, url: str) -> None:
        self.url = url

    # -- writing -------------------------------------------------------------------------------
    @abstractmethod
    def replace_articles(self, items: Sequence[Item]) -> None:
        """Write the facts of these articles, replacing whatever each article had before."""

    @abstractmethod
    def delete_articles(self, article_ids: Iterable[str]) -> None:
        """Remove every fact of these articles."""

    @abstractmethod
    def content_hashes(self, article_ids: Sequence[str]) -> dict[str, str]:
        """The stored content hash of each article present (to skip unchanged re-ingests)."""

    def writer(self, batch_size: int = 500) -> Writer:
        """A buffered writer; use as a context manager, it flushes on exit."""
        return Writer(self, batch_size)

    def bulk_writes(self) -> AbstractContextManager[Store]:
        """A context in which many articles will be written (an ingest): engines that load faster
        in larger units (embedded Oxigraph) gather the writes, and have everything in the store and
        visible to readers when it ends. Elsewhere it changes nothing."""
        return nullcontext(self)

    def compact(self) -> bool:
        """Reorganise storage for faster reads after a large write; False where the engine keeps
        itself organised (servers) or has nothing to do."""
        return False

    # -- reading -------------------------------------------------------------------------------
    @abstractmethod
    def run(self, query: NamedQuery, params: dict[str, Any]) -> QueryResult:
        """Run a named query with its parameters bound (never pasted into the text)."""

    @abstractmethod
    def console(self, text: str) -> QueryResult:
        """Run a user's read-only query in the store's language; updates are refused."""

    def stats(self) -> dict[str, int]:
        """Counts of articles, people, meetings, directives, localities and facts."""
        from eventgraph.queries import get

        res = self.run(get("stats"), {})
        return {k: int(res.rows[0].get(k) or 0) for k in res.columns} if res.rows else {}

    # -- export --------------------------------------------------------------------------------
    def data_version(self) -> str | None:
        """An id that changes whenever the data readers see changes (None: not known here).

        Readers may cache answers under it for as long as it stands."""
        return None

    def dump_nquads(self, out: IO[bytes]) -> None:
        """Write every fact as N-Quads (RDF stores)."""
        raise NotImplementedError(f"{self.scheme} store cannot dump N-Quads")

    def close(self) -> None:  # noqa: B027 - a store holding nothing to release needs no override
        """Release files, connections and locks."""

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


class Writer:
    """Buffers articles and writes them in batches; flushes on exit (after nomenklatura's Writer)."""

    def __init__(self, store: Store, batch_size: int) -> None:
        self.store = store
        self.batch_size = max(1, batch_size)
        self.buffer: list[Item] = []
        self.written = 0

    def put(self, article: Article, extraction: ArticleExtraction) -> None:
        self.buffer.append((article, extraction))
        if len(self.buffer) >= self.batch_size:
            self.flush()

    def flush(self) -> None:
        if self.buffer:
            self.store.replace_articles(self.buffer)
            self.written += len(self.buffer)
            self.buffer = []

    def __enter__(self) -> Writer:
        return self

    def __exit__(self, exc_type: object, *rest: object) -> None:
        if exc_type is None:
            self.flush()
