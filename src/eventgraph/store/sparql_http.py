"""sparql+http://… — any SPARQL 1.1 Protocol server (Oxigraph server, Virtuoso, Fuseki, GraphDB…).

The same named graph per article as the embedded store, and the same deduplicated union (in the
server's default graph, or a named graph with `union=graph`). A batch is written as documents where
the server takes them: Oxigraph's /store takes the whole batch as one N-Quads POST (without a
transaction, `store_bulk`); a SPARQL 1.1 Graph Store endpoint (`graph_store=`, Virtuoso's
/sparql-graph-crud-auth) one N-Triples POST per article graph and one for the union. Either way the
old graphs are retracted from the union and dropped first, and the content-hash marks come last, in
their own request, so a writer stopped midway leaves no mark on a half-written graph. A server with
neither endpoint gets SPARQL Update requests of at most `max_quads` quads, each retracting its
articles' statements from the union, dropping their graphs and inserting them again (`DELETE …; DROP
SILENT GRAPH …; INSERT DATA …`). Parameters travel as escaped terms in place of their variables
(`bind_terms`): the protocol has no other channel.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from concurrent.futures import ThreadPoolExecutor
from typing import IO, Any

from eventgraph import settings, vocab
from eventgraph.store.base import Item, QueryResult
from eventgraph.store.nquads import iri
from eventgraph.store.rdf import article_statements
from eventgraph.store.sparql_base import (
    Rendered,
    SparqlStore,
    bind_terms,
    lateral_groups,
    retraction,
)
from eventgraph.store.sparql_protocol import Client, Endpoints, to_nt

_POSTERS = 4  # graphs posted side by side: the server parses one while the next is on the wire
_DUMP_GRAPHS = 50  # article graphs per dump request: a few thousand rows, under any row cap


class SparqlHttpStore(SparqlStore):
    """A remote SPARQL 1.1 server; `auth=(user, password)` overrides EVENTGRAPH_SPARQL_USER/…."""

    scheme = "sparql+http"
    capabilities = frozenset({"sparql", "named_graphs", "persistent", "remote"})

    def __init__(
        self,
        url: str,
        auth: tuple[str, str] | None = None,
        timeout: float = 300.0,
        read_only: bool = False,
    ) -> None:
        super().__init__(url)
        self.endpoints = Endpoints.from_url(url)
        self.client = Client(self.endpoints, auth or settings.sparql_auth(), timeout)
        self.read_only = read_only  # accepted for symmetry with the embedded store
        self.union_graph = vocab.UNION_GRAPH if self.endpoints.union == "graph" else None

    def run(self, query, params: dict[str, Any]) -> QueryResult:  # type: ignore[no-untyped-def]
        res = super().run(query, params)
        # Virtuoso answers a grouped query that matched nothing with one row of unbound values
        # (SPARQL says: no rows); no named query has a row without a single value.
        res.rows = [r for r in res.rows if any(v is not None for v in r.values())]
        return res

    def _planned(self, query: Any, text: str) -> str:
        # Oxigraph server names itself in its `Server` header; it then gets the plan hints the
        # embedded Oxigraph gets. Every other server gets the standard text.
        if query.hints.get("oxigraph") == "lateral" and self._oxigraph():
            return lateral_groups(text)
        return text

    def _oxigraph(self) -> bool:
        if self.client.server is None:
            self.client.select("SELECT * WHERE { } LIMIT 1")  # any answer carries the header
        return (self.client.server or "").lower().startswith("oxigraph")

    # -- the SparqlStore primitives ----------------------------------------------------------
    def _select(self, text: str, bindings: dict[str, Any]) -> QueryResult:
        return self.client.select(bind_terms(text, bindings))

    def _update(self, text: str) -> None:
        self.client.update(text)

    def _load_nquads(self, data: str) -> None:
        if not data:
            return
        if self.endpoints.store:
            self.client.post_nquads(data.encode())
            return
        import pyoxigraph as ox

        by_graph: dict[str, list[str]] = {}
        for q in ox.parse(data.encode(), ox.RdfFormat.N_QUADS):
            g = "" if isinstance(q.graph_name, ox.DefaultGraph) else str(q.graph_name)
            by_graph.setdefault(g, []).append(f"{q.subject} {q.predicate} {q.object}")
        for chunk in _chunks(by_graph, self.endpoints.max_quads):
            self.client.update(_insert_data(chunk))

    def _bulk_load_nquads(self, data: bytes) -> None:
        if data and self.endpoints.store:
            self.client.post_nquads(data, bulk=True)
        elif data:
            self._load_nquads(data.decode())

    def _existing_graphs(self, graph_iris: Sequence[str]) -> list[str]:
        # One query per 500 graphs; on a first ingest it finds none, and neither retraction nor
        # drop is sent (DROP SILENT of 500 absent graphs took Virtuoso 2.5 s a batch). Asked of the
        # server's own dataset, not the union: under a default-graph-uri Virtuoso counted 1 of a
        # graph's 147 statements in GRAPH <g> { ?s ?p ?o }.
        found: list[str] = []
        for i in range(0, len(graph_iris), 500):
            values = " ".join(iri(g) for g in graph_iris[i : i + 500])
            text = (f"SELECT ?g WHERE {{ VALUES ?g {{ {values} }} "
                    "FILTER EXISTS { GRAPH ?g { ?s ?p ?o } } }")
            res = self.client.select(text, union=False)
            found += [r["g"] for r in res.rows]
        return found

    def _drop_graphs(self, graph_iris: Sequence[str]) -> None:
        for i in range(0, len(graph_iris), 500):
            ops = [f"DROP SILENT GRAPH {iri(g)}" for g in graph_iris[i : i + 500]]
            if ops:
                self.client.update(" ;\n".join(ops))

    def _dump(self, out: IO[bytes]) -> None:
        if self.endpoints.store:
            # every quad but the union's (derived, and in the default graph here)
            import pyoxigraph as ox

            quads = ox.parse(self.client.get_nquads(), ox.RdfFormat.N_QUADS)
            ox.serialize((q for q in quads if not isinstance(q.graph_name, ox.DefaultGraph)), out,
                         ox.RdfFormat.N_QUADS)
            return
        graphs = self._article_graphs()
        for i in range(0, len(graphs), _DUMP_GRAPHS):
            values = " ".join(iri(g) for g in graphs[i : i + _DUMP_GRAPHS])
            _, rows = self.client.select_json(
                f"SELECT ?g ?s ?p ?o WHERE {{ VALUES ?g {{ {values} }} GRAPH ?g {{ ?s ?p ?o }} }}"
            )
            out.write(
                "".join(
                    f"{to_nt(r['s'])} {to_nt(r['p'])} {to_nt(r['o'])} {to_nt(r['g'])} .\n"
                    for r in rows
                ).encode()
            )

    # -- writing --------------------------------------------------------------------------------
    def replace_rendered(self, article_ids: Sequence[str], rendered: Sequence[Rendered]) -> None:
        """With a Graph Store endpoint: each article graph and the batch's union statements as
        N-Triples POSTs (the server's loader, not the SPARQL Update parser: 2x faster on Virtuoso,
        docs/performance.md), then the content-hash marks as one update, last."""
        if not self.endpoints.graph_store:
            super().replace_rendered(article_ids, rendered)
            return
        self.remove_graphs([vocab.graph_iri(a) for a in article_ids])
        # an article graph is its body with the graph's name taken off each line: its own statements
        # (rdf.ARTICLE_ONLY) are not among the union lines
        posts: list[tuple[str | None, bytes]] = [
            (g, r.body.replace(f" {iri(g)} .\n".encode(), b" .\n"))
            for g, r in zip(map(vocab.graph_iri, article_ids), rendered, strict=True)
            if r.body
        ]
        posts.append((self.union_graph, b"".join(r.union for r in rendered)))
        with ThreadPoolExecutor(_POSTERS) as pool:
            list(pool.map(lambda p: self.client.post_graph(*p), posts))
        union_marks = self.union_of(b"".join(r.union_mark for r in rendered))
        marks = [*(r.mark for r in rendered), union_marks]
        self._load_nquads(b"".join(marks).decode())

    # -- without a document endpoint: one update a chunk, each article dropped and inserted in it
    def replace_articles(self, items: Sequence[Item]) -> None:
        if self.endpoints.store or self.endpoints.graph_store:
            super().replace_articles(items)
            return
        by_graph: dict[str, list[str]] = {}
        shared: dict[str, int] = {}  # how many of a graph's statements (the first) go to the union
        for article, extraction in items:
            g, common, own = article_statements(article, extraction)
            by_graph[g], shared[g] = common + own, len(common)
        union = iri(self.union_graph) if self.union_graph else ""  # "": the default graph
        for chunk in _chunks(by_graph, self.endpoints.max_quads):
            graphs = [g[1:-1] for g in chunk]
            drops = [f"DROP SILENT GRAPH {g}" for g in chunk]
            insert = {**chunk, union: [t for g, ts in chunk.items() for t in ts[: shared[g]]]}
            self.client.update(" ;\n".join([retraction(graphs, self.union_graph), *drops,
                                              _insert_data(insert)]))

    def _article_graphs(self) -> list[str]:
        """Every article graph, paged so a server's row cap never truncates the list."""
        graphs: list[str] = []
        page = 5000
        while True:
            res = self.client.select(
                f"PREFIX eg: <{vocab.EG}>\nSELECT ?g WHERE {{ ?g a eg:ArticleGraph }} "
                f"ORDER BY ?g LIMIT {page} OFFSET {len(graphs)}"
            )
            graphs.extend(r["g"] for r in res.rows)
            if len(res.rows) < page:
                return graphs


def _chunks(by_graph: dict[str, list[str]], max_quads: int) -> Iterator[dict[str, list[str]]]:
    """Whole graphs grouped into chunks of about `max_quads` quads (a graph is never split)."""
    chunk: dict[str, list[str]] = {}
    size = 0
    for g, triples in by_graph.items():
        if chunk and size + len(triples) > max_quads:
            yield chunk
            chunk, size = {}, 0
        chunk[g] = triples
        size += len(triples)
    if chunk:
        yield chunk


def _insert_data(chunk: dict[str, list[str]]) -> str:
    """INSERT DATA with one GRAPH block per named graph and the default graph's statements bare
    (key ""); N-Triples terms are valid SPARQL terms."""
    blocks = [
        f"GRAPH {g} {{\n" + " .\n".join(triples) + " .\n}" for g, triples in chunk.items() if g and triples
    ]
    bare = [" .\n".join(chunk[""]) + " ."] if chunk.get("") else []
    return "INSERT DATA {\n" + "\n".join([*bare, *blocks]) + "\n}"
