"""neo4j://, bolt://, with TLS neo4j+s://, bolt+s:// (+ssc: any certificate) — the same facts as a
property graph, through the official driver.

Writes are batched `UNWIND $rows … MERGE` statements in one transaction per batch: the batch's
articles lose their facts first (their fact relationships, their share of the links, then the nodes
no article describes any more), so re-ingesting an article replaces exactly its facts. Named queries
run their Cypher twin (`queries/NAME.cypher`) with `$in_NAME` parameters bound by the driver; the
console runs read-only Cypher in a read transaction.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import IO, Any
from urllib.parse import parse_qs, urlparse

import neo4j
from neo4j.exceptions import ClientError, Neo4jError

from eventgraph import settings
from eventgraph.exc import QueryError, StoreError
from eventgraph.store import neo4j_cypher as cy
from eventgraph.store.base import Item, QueryResult, Store, refuse_cypher_write
from eventgraph.store.neo4j_connect import connect
from eventgraph.store.neo4j_mapping import Batch, batch_from_nquads
from eventgraph.store.neo4j_rdf import GraphWriter
from eventgraph.store.rdf import article_quads

ROWS_PER_STATEMENT = 5000


class Neo4jStore(Store):
    """A Neo4j database (Community, Enterprise cluster or Aura) holding the property graph."""

    scheme = "neo4j"
    capabilities = frozenset({"cypher", "persistent", "remote", "transactions"})
    console_language = "cypher"

    def __init__(
        self,
        url: str,
        auth: tuple[str, str] | None = None,
        database: str | None = None,
        read_only: bool = False,
    ) -> None:
        super().__init__(url)
        p = urlparse(url)
        opts = {k: v[-1] for k, v in parse_qs(p.query).items()}
        self.database = database or opts.get("database") or None
        self.read_only = read_only
        uri = f"{p.scheme}://{p.hostname or 'localhost'}:{p.port or 7687}"
        creds = auth or settings.neo4j_credentials()
        if creds is None and p.username:
            creds = (p.username, p.password or "")
        self.driver = connect(uri, creds)
        self._schema_ready = False

    # -- writing -------------------------------------------------------------------------------
    def replace_articles(self, items: Sequence[Item]) -> None:
        data = "".join(line for article, ex in items for line in article_quads(article, ex))
        self.write(batch_from_nquads(data))

    def load_nquads(self, data: bytes | str) -> int:
        """Write N-Quads of article graphs (an RDF import or copy); returns the articles written."""
        batch = batch_from_nquads(data)
        self.write(batch)
        return len(batch.article_ids)

    def write(self, batch: Batch) -> None:
        """Replace the batch's articles by its rows, in one transaction."""
        if not batch.article_ids:
            return
        self._ensure_schema()
        with self._session() as s:
            s.execute_write(_write_batch, batch)

    def delete_articles(self, article_ids: Iterable[str]) -> None:
        ids = list(article_ids)
        if ids:
            with self._session() as s:
                s.execute_write(_delete, ids)

    def content_hashes(self, article_ids: Sequence[str]) -> dict[str, str]:
        if not article_ids:
            return {}
        rows = self._read(cy.CONTENT_HASHES, {"ids": list(article_ids)})
        return {r["id"]: r["h"] for r in rows if r["h"] is not None}

    # -- reading -------------------------------------------------------------------------------
    def run(self, query, params: dict[str, Any]) -> QueryResult:  # type: ignore[no-untyped-def]
        if not query.cypher:
            raise QueryError(
                f"query {query.name!r} has no Cypher twin (queries/{query.name}.cypher), "
                "so it cannot run on Neo4j"
            )
        return self._result(query.cypher, query.bind(params))

    def console(self, text: str) -> QueryResult:
        refuse_cypher_write(text)
        return self._result(text, {})

    def _result(self, text: str, params: dict[str, Any]) -> QueryResult:
        def work(tx: neo4j.ManagedTransaction) -> QueryResult:
            res = tx.run(text, params)
            cols = list(res.keys())
            return QueryResult(cols, [{c: cy.plain(rec[c]) for c in cols} for rec in res])

        try:
            with self._session() as s:
                return s.execute_read(work)
        except ClientError as e:
            raise QueryError(f"Neo4j refused the query: {e.message}") from None

    def _read(self, text: str, params: dict[str, Any]) -> list[dict[str, Any]]:
        with self._session() as s:
            return s.execute_read(lambda tx: [r.data() for r in tx.run(text, params)])

    # -- export --------------------------------------------------------------------------------
    def article_ids(self, page: int = 1000) -> Iterable[list[str]]:
        """Every article id, in pages, in id order."""
        last = ""
        while ids := [r["id"] for r in self._read(cy.ARTICLE_PAGE, {"last": last, "n": page})]:
            yield ids
            last = ids[-1]

    def dump_nquads(self, out: IO[bytes], page: int = 200) -> None:
        """Every article graph rebuilt from the property graph, as N-Quads."""
        for ids in self.article_ids(page):
            writers = {aid: GraphWriter(aid) for aid in ids}
            for r in self._read(cy.DUMP_NODES, {"ids": ids}):
                writers[r["aid"]].node(r["iri"], r["labels"], cy.native(r["props"]))
            for r in self._read(cy.DUMP_RELS, {"ids": ids}):
                w = writers[r["aid"]]
                props = cy.native(r["props"])
                if "article_id" in props:
                    w.fact(r["s"], r["rel"], r["o"], props)
                else:
                    w.link(r["s"], r["rel"], r["o"], props.get("predicate"))
            out.write("".join(line for w in writers.values() for line in w.lines).encode())

    def clear(self) -> None:
        """Remove every node and relationship this store wrote (for tests and `copy --replace`)."""
        with self._session() as s:
            s.run(cy.CLEAR).consume()

    def _session(self) -> neo4j.Session:
        return (
            self.driver.session(database=self.database) if self.database else self.driver.session()
        )

    def _ensure_schema(self) -> None:
        if self._schema_ready:
            return
        with self._session() as s:
            for stmt in cy.SCHEMA:
                s.run(stmt).consume()
        self._schema_ready = True

    def close(self) -> None:
        if getattr(self, "driver", None) is not None:
            self.driver.close()
            self.driver = None  # type: ignore[assignment]


def _write_batch(tx: neo4j.ManagedTransaction, batch: Batch) -> None:
    _delete(tx, batch.article_ids)
    for labels, rows in batch.nodes.items():
        _chunked(tx, cy.merge_nodes(labels), rows)
    _chunked(tx, cy.DESCRIBES, batch.describes)
    for rel, rows in batch.links.items():
        _chunked(tx, cy.merge_links(rel), rows)
    for rel, rows in batch.facts.items():
        _chunked(tx, cy.create_facts(rel), rows)


def _delete(tx: neo4j.ManagedTransaction, ids: list[str]) -> None:
    for stmt in cy.DELETE_ARTICLES:
        tx.run(stmt, ids=ids).consume()


def _chunked(tx: neo4j.ManagedTransaction, text: str, rows: list[dict[str, Any]]) -> None:
    for i in range(0, len(rows), ROWS_PER_STATEMENT):
        try:
            tx.run(text, rows=rows[i : i + ROWS_PER_STATEMENT]).consume()
        except Neo4jError as e:
            raise StoreError(f"Neo4j refused a write: {e.message}") from None
