"""The embedded default: Oxigraph on disk (oxigraph:///path) through pyoxigraph.

Writes are N-Quads loads — one bulk load per batch, or per segment of many batches inside
`bulk_writes` (an ingest) — after the batch's article graphs are removed;
queries run over the store's default graph, which holds the deduplicated union of the article graphs
(see sparql_base), with parameters bound as escaped terms in place of their variables.
"""

from __future__ import annotations

import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import IO, Any
from urllib.parse import unquote, urlparse

import pyoxigraph as ox

from eventgraph import vocab
from eventgraph.exc import QueryError, StoreError
from eventgraph.store import snapshots
from eventgraph.store.base import QueryResult
from eventgraph.store.sparql_base import Rendered, SparqlStore, bind_terms, lateral_groups
from eventgraph.store.streamload import StreamLoad

_XSD = "http://www.w3.org/2001/XMLSchema#"
_NUMERIC = {_XSD + t for t in ("integer", "int", "long", "decimal", "nonNegativeInteger")}


def to_python(term: Any) -> Any:
    """An Oxigraph term as a plain Python value (IRIs and literals as strings, numbers as numbers)."""
    if term is None:
        return None
    if isinstance(term, ox.Literal):
        dtype = term.datatype.value if term.datatype else ""
        if dtype in _NUMERIC:
            return int(term.value)
        if dtype in (_XSD + "double", _XSD + "float"):
            return float(term.value)
        if dtype == _XSD + "boolean":
            return term.value == "true"
        return term.value
    return term.value


def select(store: ox.Store, text: str, bindings: dict[str, Any]) -> QueryResult:
    """Run a SELECT on a pyoxigraph store."""
    try:
        # The default graph is the deduplicated union; Oxigraph's own union is a bag (its issue #1919).
        res = store.query(bind_terms(text, bindings))
    except SyntaxError as e:
        raise QueryError(f"the query does not parse: {e}") from e
    if not isinstance(res, ox.QuerySolutions):
        raise QueryError("only SELECT queries return rows here")
    cols = [v.value for v in res.variables]
    rows = [{c: to_python(sol[c]) for c in cols} for sol in res]
    return QueryResult(cols, rows)


def _has_quad(quads: Any) -> bool:
    return next(quads, None) is not None


class OxigraphStore(SparqlStore):
    """Oxigraph on disk. One process writes; readers (`read_only=True`: dashboard, `query`, `stats`)
    open the newest snapshot the writer published (see snapshots.py) and follow newer ones."""

    scheme = "oxigraph"
    # parallel_reads: pyoxigraph lets go of Python's lock while it evaluates a query, so queries
    # from two threads run on two cores (the dashboard's base tables, dashboard/reading.py)
    capabilities = frozenset({"sparql", "named_graphs", "transactions", "persistent", "nquads",
                              "parallel_reads"})

    def __init__(self, url: str, read_only: bool = False) -> None:
        super().__init__(url)
        self.read_only = read_only
        # the open segment of `bulk_writes`: its graphs, their marks, its quads and start
        self._streamed: set[str] = set()
        self._marks: list[bytes] = []
        self._segment_quads, self._segment_start = 0, 0.0
        parsed = urlparse(url)
        self.path = Path(unquote(parsed.netloc + parsed.path)).expanduser()
        if read_only and not self.path.exists():
            raise StoreError(f"there is no store at {self.path} yet: run `eventgraph ingest PATH... "
                             f"--store {url}` first")
        try:
            if read_only:
                self.db = self._open_reader()
            else:
                self.path.mkdir(parents=True, exist_ok=True)
                self.db = ox.Store(str(self.path))
        except OSError as e:
            raise StoreError(f"cannot open the Oxigraph store at {self.path}: {e}. Is another "
                             "`eventgraph ingest` writing to it? Wait for it, or use another --store.") from e

    # -- readers: the newest published snapshot, never the folder a writer holds ---------------
    def _open_reader(self) -> ox.Store:
        self.snapshot = snapshots.current(self.path)
        # No snapshot yet: a store last written before snapshots existed, with no writer now.
        return ox.Store.read_only(str(self.snapshot or self.path))

    def _refresh(self) -> None:
        newest = snapshots.current(self.path)
        if newest is not None and newest != self.snapshot:
            self.db = self._open_reader()
        snapshots.prune(self.path)  # at most every PRUNE_SECONDS: frees what the writer left

    def _planned(self, query: Any, text: str) -> str:
        if query.hints.get("oxigraph") == "lateral":
            return lateral_groups(text)
        return text

    def data_version(self) -> str | None:
        """A reader's snapshot name: snapshots are immutable, so answers hold until a newer one."""
        if not self.read_only:
            return None
        self._refresh()
        return self.snapshot.name if self.snapshot is not None else None

    def _select(self, text: str, bindings: dict[str, Any]) -> QueryResult:
        if self.read_only:
            self._refresh()
        elif not self._hash_lookup:
            self._end_segment()  # a writer's own reads see what it wrote
        return select(self.db, text, bindings)

    # -- writers: publish a snapshot between batches, at most every SNAPSHOT_SECONDS -------------
    SNAPSHOT_SECONDS = 2.0
    # Inside `bulk_writes`, new articles stream into one bulk load (a segment) until it holds this
    # many quads or has run this long; it then ends, their marks are loaded and a snapshot is
    # published (readers lag by one segment). Oxigraph's loader keeps a segment's quads in memory
    # (~1.3 kB each) and sorts them in batches of 1M: one batch a segment bounds the writer's
    # memory.
    SEGMENT_QUADS = 600_000
    SEGMENT_SECONDS = 60.0
    _last_publish = 0.0
    _dirty = False
    _bulk = False
    _stream: StreamLoad | None = None
    _hash_lookup = False

    @contextmanager
    def bulk_writes(self) -> Iterator[OxigraphStore]:
        """Many articles to write (an ingest): new ones go into one streamed bulk load a segment
        instead of one load a batch, which costs Oxigraph less CPU (streamload.py)."""
        self._bulk = True
        try:
            yield self
        finally:
            self._bulk = False
            if self._stream is not None:
                self.publish_snapshot()  # ends the segment: readers see every article written

    def replace_articles(self, items):  # type: ignore[no-untyped-def]
        super().replace_articles(items)
        self._written()

    def replace_rendered(self, article_ids, rendered):  # type: ignore[no-untyped-def]
        graphs = [vocab.graph_iri(a) for a in article_ids]
        if self._bulk and self._streamed.isdisjoint(graphs) and not self._existing_graphs(graphs):
            self._stream_in(graphs, rendered)
        else:  # old graphs to remove first: the stream so far must be in the store before
            self._end_segment()
            SparqlStore.replace_rendered(self, article_ids, rendered)
        self._written()

    def _stream_in(self, graphs: list[str], rendered: Sequence[Rendered]) -> None:
        if self._stream is None:
            self._stream = StreamLoad(self.db)
            self._segment_start, self._segment_quads = time.monotonic(), 0
        data = self.graph_bytes(rendered)
        self._stream.put(data)
        self._segment_quads += data.count(b"\n")
        self._streamed.update(graphs)
        self._marks.append(self.mark_bytes(rendered))

    def _end_segment(self) -> None:
        """Wait for the streamed load, then load its articles' content-hash marks (transactionally,
        as `replace_rendered` does after each load: an ingest stopped half-way marks nothing
        half-written)."""
        stream, self._stream = self._stream, None
        if stream is None:
            return
        try:
            stream.finish()
            self._load_nquads(b"".join(self._marks).decode())
        finally:
            self._streamed, self._marks = set(), []
        self._dirty = True

    # A judgement (`resolve merge`, `resolve undo`) or an import writes quads directly: published
    # when the store is closed, else readers (dashboard, `query`) would not see it before the next
    # ingest. Not published at once: replace_articles removes, then adds, through these two.
    def add_quads(self, nquads: str, bulk: bool = False) -> None:
        self._end_segment()
        super().add_quads(nquads, bulk)
        self._dirty = True

    def remove_graphs(self, graph_iris):  # type: ignore[no-untyped-def]
        self._end_segment()
        super().remove_graphs(graph_iris)
        self._dirty = True

    def content_hashes(self, article_ids: Sequence[str]) -> dict[str, str]:
        # ingest asks before every batch: a lookup that cannot meet the stream leaves it open
        graphs = map(vocab.graph_iri, article_ids)
        if self._stream is not None and not self._streamed.isdisjoint(graphs):
            self._end_segment()
        self._hash_lookup = True
        try:
            return super().content_hashes(article_ids)
        finally:
            self._hash_lookup = False

    def _written(self) -> None:
        self._dirty = True
        now = time.monotonic()
        if self._stream is not None:
            if (self._segment_quads >= self.SEGMENT_QUADS
                    or now - self._segment_start >= self.SEGMENT_SECONDS):
                self.publish_snapshot()
        elif now - self._last_publish >= self.SNAPSHOT_SECONDS:
            self.publish_snapshot()

    def publish_snapshot(self) -> None:
        """Make everything written so far visible to readers (dashboard, `query`, `stats`)."""
        self._end_segment()
        snapshots.publish(self.path, self.db)
        self._last_publish = time.monotonic()
        self._dirty = False

    def compact(self) -> bool:
        """Merge RocksDB's files into one sorted run (`Store.optimize`) and publish it to readers.

        Bulk loads leave many overlapping files behind, and a read-only reader never compacts them:
        each lookup then seeks in every one. On a 10,000-article store (106 files -> 20) the named
        queries ran 1.5-3x faster afterwards (docs/performance.md); it rewrites the whole store, so
        it is worth it after a large ingest, not after every small one."""
        if self.read_only:
            raise StoreError("a read-only store cannot be compacted")
        self._end_segment()
        self.db.optimize()
        self.publish_snapshot()
        return True

    def _load_nquads(self, data: str) -> None:
        if data:
            self.db.load(data.encode(), format=ox.RdfFormat.N_QUADS)

    def _update(self, text: str) -> None:
        self.db.update(text)

    def _bulk_load_nquads(self, data: bytes) -> None:
        # bulk_load skips the transaction log: 2-3x faster than load on the same quads (see
        # docs/performance.md); replace_rendered loads the content-hash marks transactionally after it.
        if data:
            self.db.bulk_load(data, format=ox.RdfFormat.N_QUADS)

    def _existing_graphs(self, graph_iris: Sequence[str]) -> list[str]:
        # a graph holds a statement when its first quad exists: one prefix seek in the gspo index,
        # the same index the retraction's GRAPH ?old pattern reads
        return [g for g in graph_iris if _has_quad(self.db.quads_for_pattern(None, None, None, ox.NamedNode(g)))]

    def _drop_graphs(self, graph_iris: Sequence[str]) -> None:
        for g in graph_iris:
            node = ox.NamedNode(g)
            if self.db.contains_named_graph(node):
                self.db.remove_graph(node)

    def _dump(self, out: IO[bytes]) -> None:
        self._end_segment()
        for g in sorted(self.db.named_graphs(), key=str):
            ox.serialize(self.db.quads_for_pattern(None, None, None, g), out, ox.RdfFormat.N_QUADS)

    def close(self) -> None:
        if getattr(self, "db", None) is not None:
            if not self.read_only:  # pyoxigraph refuses to flush a read-only handle
                self._end_segment()
                if self._dirty or snapshots.current(self.path) is None:
                    self.publish_snapshot()
                self.db.flush()
            del self.db
            self.db = None  # type: ignore[assignment]
