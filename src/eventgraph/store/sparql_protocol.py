"""The SPARQL 1.1 Protocol on the wire: endpoints from the store URL, requests, JSON results.

Standard library only (urllib): queries and updates are form-encoded POSTs, results come back as
SPARQL JSON and are turned into the same plain Python values the embedded stores give. Digest and
Basic login (Virtuoso's /sparql-auth) are answered by urllib's own handlers.
"""

from __future__ import annotations

import json
import threading
import urllib.error
import urllib.request
from dataclasses import dataclass
from typing import Any
from urllib.parse import parse_qs, urlencode, urlparse

from eventgraph.exc import QueryError, StoreError
from eventgraph.store.base import QueryResult
from eventgraph.store.nquads import iri, lit
from eventgraph.vocab import UNION_GRAPH, XSD

_NUMERIC = {XSD + t for t in ("integer", "int", "long", "decimal", "nonNegativeInteger", "short")}
_RESULTS_JSON = "application/sparql-results+json"


@dataclass(frozen=True)
class Endpoints:
    """Where a server takes queries, updates and (optionally) whole RDF documents.

    `store` takes a whole N-Quads dataset in one POST (Oxigraph's /store; `store_bulk` is the query
    string that makes it skip the transaction, `no_transaction` on Oxigraph). `graph_store` is a
    SPARQL 1.1 Graph Store HTTP Protocol endpoint that takes one graph's N-Triples a POST
    (`?graph=IRI`, or `?default`): Virtuoso's /sparql-graph-crud-auth.

    `union` says where the deduplicated union of the named graphs lives (see sparql_base): "default"
    in the server's own default graph (Oxigraph); "graph" in a named graph that queries name as
    their `default-graph-uri` (servers whose default graph is already every graph's bag: Virtuoso).
    """

    base: str
    query: str
    update: str
    store: str | None
    union: str
    max_quads: int
    graph_store: str | None = None
    store_bulk: str = ""

    @classmethod
    def from_url(cls, url: str) -> Endpoints:
        """`sparql+http://host:port[/path][?query=…&update=…&store=…&graph_store=…&union=…&max_quads=…]`.

        Without a path the Oxigraph server layout is assumed (/query, /update, /store, union in the
        default graph); with a path (`/sparql`) that path takes both queries and updates, and the
        union is kept in a named graph (Virtuoso, Fuseki's unionDefaultGraph).
        """
        p = urlparse(url)
        scheme = "https" if p.scheme.endswith("https") else "http"
        base = f"{scheme}://{p.netloc}"
        opts = {k: v[-1] for k, v in parse_qs(p.query, keep_blank_values=True).items()}
        path = p.path.rstrip("/")
        oxigraph_layout = not path
        query = opts.get("query") or (path or "/query")
        update = opts.get("update") or (path or "/update")
        store = opts.get("store", "/store" if oxigraph_layout else "") or None
        union = opts.get("union") or ("default" if oxigraph_layout else "graph")
        union = {"param": "default", "native": "graph"}.get(union, union)  # the earlier names
        if union not in ("default", "graph"):
            raise StoreError(
                f"union={union!r} in {url!r}: use union=default (Oxigraph) or union=graph"
            )
        try:
            max_quads = int(opts.get("max_quads") or (50_000 if oxigraph_layout else 5_000))
        except ValueError:
            raise StoreError(f"max_quads in {url!r} must be a whole number") from None
        graph_store = opts.get("graph_store") or None
        store_bulk = opts.get("store_bulk", "no_transaction" if oxigraph_layout else "")
        return cls(base, query, update, store, union, max_quads, graph_store, store_bulk)


class Client:
    """A SPARQL 1.1 Protocol client for one server."""

    def __init__(self, ends: Endpoints, auth: tuple[str, str] | None, timeout: float) -> None:
        self.ends = ends
        self.timeout = timeout
        self.auth = auth
        self._local = threading.local()
        self.server: str | None = None  # the server's own name (its `Server` header), once answered

    @property
    def opener(self) -> urllib.request.OpenerDirector:
        """This thread's opener: urllib's Digest handler counts its retries per instance, so
        threads posting graphs side by side each have their own."""
        opener = getattr(self._local, "opener", None)
        if opener is None:
            handlers: list[urllib.request.BaseHandler] = []
            if self.auth:
                mgr = urllib.request.HTTPPasswordMgrWithDefaultRealm()
                mgr.add_password(None, self.ends.base, *self.auth)
                handlers += [
                    urllib.request.HTTPDigestAuthHandler(mgr),
                    urllib.request.HTTPBasicAuthHandler(mgr),
                ]
            opener = self._local.opener = urllib.request.build_opener(*handlers)
        return opener

    def _send(self, path: str, body: bytes | None, headers: dict[str, str]) -> bytes:
        req = urllib.request.Request(
            self.ends.base + path,
            data=body,
            headers=headers,
            method="POST" if body is not None else "GET",
        )
        try:
            with self.opener.open(req, timeout=self.timeout) as resp:
                self.server = resp.headers.get("Server", "")
                return resp.read()
        except urllib.error.HTTPError as e:
            detail = e.read()[:600].decode("utf-8", "replace").strip()
            if e.code in (401, 403):
                raise StoreError(
                    f"{self.ends.base}{path} refused the login ({e.code}): set "
                    "EVENTGRAPH_SPARQL_USER and EVENTGRAPH_SPARQL_PASSWORD"
                ) from None
            if e.code == 400:
                raise QueryError(f"the SPARQL server refused the request: {detail}") from None
            raise StoreError(f"{self.ends.base}{path} answered {e.code}: {detail}") from None
        except (urllib.error.URLError, OSError) as e:
            reason = getattr(e, "reason", e)
            raise StoreError(
                f"cannot reach the SPARQL server at {self.ends.base}: {reason}. "
                "Is it running, and is the store URL right?"
            ) from None

    def select(self, text: str, union: bool = True) -> QueryResult:
        """Run a SELECT and return its rows as plain Python values."""
        cols, bindings = self.select_json(text, union)
        return QueryResult(cols, [{c: to_python(b.get(c)) for c in cols} for b in bindings])

    def select_json(self, text: str, union: bool = True) -> tuple[list[str], list[dict[str, Any]]]:
        """Run a SELECT and return its variables and its SPARQL JSON bindings; `union=False` leaves
        the server's own dataset (no `default-graph-uri`), which `GRAPH ?g` patterns read whole."""
        path = self.ends.query
        form = {"query": text}
        if union and self.ends.union == "graph":
            form["default-graph-uri"] = UNION_GRAPH
        body = urlencode(form).encode()
        raw = self._send(
            path,
            body,
            {"Content-Type": "application/x-www-form-urlencoded", "Accept": _RESULTS_JSON},
        )
        try:
            doc = json.loads(raw)
        except ValueError:
            raise QueryError(
                "the SPARQL server did not answer with SPARQL JSON results: only "
                "SELECT queries return rows here"
            ) from None
        if "results" not in doc:
            raise QueryError("only SELECT queries return rows here")
        return list(doc["head"].get("vars", [])), doc["results"]["bindings"]

    def update(self, text: str) -> None:
        """Run a SPARQL Update request."""
        body = urlencode({"update": text}).encode()
        self._send(self.ends.update, body, {"Content-Type": "application/x-www-form-urlencoded"})

    def post_nquads(self, data: bytes, bulk: bool = False) -> None:
        """Add N-Quads to the dataset through the store endpoint (Oxigraph's /store); `bulk` without
        a transaction where the server offers that (`store_bulk`)."""
        assert self.ends.store
        path = self.ends.store
        if bulk and self.ends.store_bulk:
            path += ("&" if "?" in path else "?") + self.ends.store_bulk
        self._send(path, data, {"Content-Type": "application/n-quads"})

    def post_graph(self, graph: str | None, data: bytes) -> None:
        """Add N-Triples to one graph (None: the default graph) through the Graph Store Protocol."""
        assert self.ends.graph_store
        target = urlencode({"graph": graph}) if graph else "default"
        path = self.ends.graph_store + ("&" if "?" in self.ends.graph_store else "?") + target
        # N-Triples is Turtle; text/turtle is the type every Graph Store server takes
        self._send(path, data, {"Content-Type": "text/turtle"})

    def get_nquads(self) -> bytes:
        """Every quad through the store endpoint."""
        assert self.ends.store
        return self._send(self.ends.store, None, {"Accept": "application/n-quads"})


def to_python(b: dict[str, str] | None) -> Any:
    """A SPARQL JSON term as a plain Python value, with the embedded stores' conventions."""
    if b is None:
        return None
    value = b["value"]
    if b["type"] in ("literal", "typed-literal"):
        dtype = b.get("datatype", "")
        if dtype in _NUMERIC:
            return int(value)
        if dtype in (XSD + "double", XSD + "float"):
            return float(value)
        if dtype == XSD + "boolean":
            return value in ("true", "1")
    return value


def to_nt(b: dict[str, str]) -> str:
    """A SPARQL JSON term in N-Triples syntax (for dumps)."""
    if b["type"] == "uri":
        return iri(b["value"])
    if b["type"] == "bnode":
        return f"_:{b['value']}"
    out = lit(b["value"])
    if b.get("xml:lang"):
        return f"{out}@{b['xml:lang']}"
    dtype = b.get("datatype")
    return f"{out}^^<{dtype}>" if dtype and dtype != XSD + "string" else out
