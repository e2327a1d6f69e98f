"""The SPARQL 1.1 Protocol on the wire: endpoints from the store URL, requests, JSON results.

Standard library only (urllib): queries and updates are form-encoded POSTs, results come back as
SPARQL JSON and are turned into the same plain Python values the embedded stores give. Digest and
Basic login (Virtuoso's /sparql-auth) are answered by urllib's own handlers.
"""

from __future__ import annotations

import json
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
    """Where a server takes queries, updates and (optionally) whole N-Quads documents.

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

    @classmethod
    def from_url(cls, url: str) -> Endpoints:
        """`sparql+http://host:port[/path][?query=…&update=…&store=…&union=…&max_quads=…]`.

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
        return cls(base, query, update, store, union, max_quads)


class Client:
    """A SPARQL 1.1 Protocol client for one server."""

    def __init__(self, ends: Endpoints, auth: tuple[str, str] | None, timeout: float) -> None:
        self.ends = ends
        self.timeout = timeout
        handlers: list[urllib.request.BaseHandler] = []
        if auth:
            mgr = urllib.request.HTTPPasswordMgrWithDefaultRealm()
            mgr.add_password(None, ends.base, *auth)
            handlers += [
                urllib.request.HTTPDigestAuthHandler(mgr),
                urllib.request.HTTPBasicAuthHandler(mgr),
            ]
        self.opener = urllib.request.build_opener(*handlers)
        self.server: str | None = None  # the server's own name (its `Server` header), once answered

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

    def select(self, text: str) -> QueryResult:
        """Run a SELECT and return its rows as plain Python values."""
        cols, bindings = self.select_json(text)
        return QueryResult(cols, [{c: to_python(b.get(c)) for c in cols} for b in bindings])

    def select_json(self, text: str) -> tuple[list[str], list[dict[str, Any]]]:
        """Run a SELECT and return its variables and its SPARQL JSON bindings."""
        path = self.ends.query
        form = {"query": text}
        if self.ends.union == "graph":
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

    def post_nquads(self, data: bytes) -> None:
        """Add N-Quads to the dataset through the store endpoint (Oxigraph's /store)."""
        assert self.ends.store
        self._send(self.ends.store, data, {"Content-Type": "application/n-quads"})

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
