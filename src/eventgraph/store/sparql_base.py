"""What every SPARQL store shares: named graphs per article, N-Quads writes, bound named queries.

A backend supplies five primitives — `_select`, `_update`, `_load_nquads`, `_drop_graphs`, `_dump` —
and gets the whole store contract.

The union graph. Each article graph describes again the shared nodes it mentions (a person's name, a
locality's level, a directive's code), so replacing one article never removes another's facts. But
engines evaluate "the union of the named graphs" as a bag (Oxigraph 0.5, Virtuoso): a node described in
k articles matches each pattern k times, and a query joining n such patterns does k^n work (lineage on
16 articles took over a minute). So every statement is written twice: into its article's graph, and
into one deduplicated union — the store's default graph, or a named graph where the engine has no
default graph of its own — which is a set like any single graph. Named queries read the union;
`GRAPH ?g` still reaches the article graphs, for provenance. Removing a graph removes from the union
exactly the statements no other graph still makes.

What one article alone says and no query joins on — a fact's span, sentence and extractor, the
article's text (`rdf.ARTICLE_ONLY`) — is not copied into the union: it is a third of the union's
statements, never shared, and the queries that show it read it from the article's graph with
`GRAPH ?g { ?fact eg:sentence ?s }` (docs/performance.md, *Provenance out of the union*). A store
written before that keeps those statements in its union as well; the queries answer the same, the
retraction removes them with their graph, and `union_drift` accepts both shapes.
"""

from __future__ import annotations

import datetime as dt
import re
from abc import abstractmethod
from collections.abc import Iterable, Sequence
from typing import IO, Any, NamedTuple

from eventgraph import vocab
from eventgraph.model.article import Article
from eventgraph.model.extraction import ArticleExtraction
from eventgraph.store.base import Item, QueryResult, Store, refuse_sparql_update
from eventgraph.store.nquads import date_lit, int_lit, iri, lit
from eventgraph.store.rdf import ARTICLE_ONLY, article_statements


def term(value: Any) -> str:
    """A Python value as an RDF term in SPARQL syntax, escaped by the serializer."""
    if isinstance(value, bool):
        return f'"{str(value).lower()}"^^<{vocab.XSD}boolean>'
    if isinstance(value, int):
        return int_lit(value)
    if isinstance(value, dt.date):
        return date_lit(value)
    return lit(str(value))


def bind_terms(text: str, bindings: dict[str, Any]) -> str:
    """The query with each parameter variable replaced by its value as an escaped RDF term.

    The SPARQL protocol has no separate parameter channel, so a bound value always travels as a
    serialised term — here in place of its `?in_NAME` variable, which named queries only use inside
    expressions. User input only ever becomes one escaped literal token, never query syntax (tests in
    tests/reliability/test_hostile_strings.py). A constant, unlike a VALUES block joined to the
    pattern, lets Oxigraph's planner start from the selective patterns: `person` on 2,300 articles
    took 53 s with VALUES and 0.3 s with the name inline.
    """
    if not bindings:
        return text
    terms = {name: term(value) for name, value in bindings.items()}
    # one pass over the text; a variable that is not a parameter stays as it is
    return _VARIABLE.sub(lambda m: terms.get(m.group(1), m.group(0)), text)


_VARIABLE = re.compile(r"\?(\w+)")


_MARK = f"<{vocab.EG}contentHash>"


class Rendered(NamedTuple):
    """One article's graph as UTF-8 text, ready to load: `body` and `mark` are N-Quads in the
    article's graph (every quad but the content-hash mark, the mark), `union` and `union_mark` the
    same statements but the article's own (rdf.ARTICLE_ONLY) as default-graph lines (`s p o .`) for
    the deduplicated union. Rendering both here
    (in the extraction workers, during ingest) spares the single writer from splitting every line
    again; bytes, because the writer joins a thousand articles' text into one load, and as `str` that
    text is two bytes a character (Vietnamese) and needs encoding again: 0.9 GB peak, not 0.5."""

    body: bytes
    mark: bytes
    union: bytes
    union_mark: bytes

    @property
    def size(self) -> int:
        return len(self.body) + len(self.union)


def render_article(article: Article, extraction: ArticleExtraction) -> Rendered:
    """The article's graph as N-Quads text, with its statements for the union (see Rendered)."""
    graph, shared, own = article_statements(article, extraction)
    body = [t for t in shared if _MARK not in t]
    marks = [t for t in shared if _MARK in t]
    tail, union = f" {graph} .\n", " .\n"
    return Rendered(_lines(body + own, tail), _lines(marks, tail), _lines(body, union),
                    _lines(marks, union))


def _lines(triples: list[str], tail: str) -> bytes:
    return (tail.join(triples) + tail).encode() if triples else b""


_OPAQUE = re.compile(r'"(?:[^"\\\n]|\\.)*"|<[^<>\s"{}|^`\\]*>|#[^\n]*')  # strings, IRIs, comments


def lateral_groups(text: str) -> str:
    """Oxigraph's plan hint `lateral`: every OPTIONAL group that is not a sub-select, and every chain of
    `{ … } UNION { … }` groups, wrapped in `LATERAL { … }` (Oxigraph's SEP-0006 extension), so it is
    evaluated for each row with the row's bindings instead of over the whole store and then joined.
    For groups that look up what belongs to nodes already bound — what the hinted queries use them
    for — the answers are those of the plain join (the contract suite compares them with rdflib's and
    Virtuoso's answers to the plain text)."""
    # Braces and keywords are looked for in a copy where strings, IRIs and comments are blanked out
    # (same length, so positions agree).
    masked = _OPAQUE.sub(lambda m: " " * len(m.group()), text)
    close: dict[int, int] = {}  # the position of a "{" -> the position of its "}"
    stack: list[int] = []
    for pos, ch in enumerate(masked):
        if ch == "{":
            stack.append(pos)
        elif ch == "}" and stack:
            close[stack.pop()] = pos
    return _lateral(text, masked, close, 0, len(text))


_TOKEN = re.compile(r"\s*(\w+|\S)")


def _after(masked: str, pos: int) -> str:
    """The keyword (or character) that follows position `pos`."""
    m = _TOKEN.match(masked, pos)
    return m.group(1).upper() if m else ""


def _lateral(text: str, masked: str, close: dict[int, int], start: int, end: int) -> str:
    out, i = [], start
    pos = start
    while pos < end:
        ch = masked[pos]
        if ch != "{" and not masked.startswith("OPTIONAL", pos):
            pos += 1
            continue
        if masked.startswith("OPTIONAL", pos) and (pos == 0 or not masked[pos - 1].isalnum()):
            brace = masked.index("{", pos)
            if _after(masked, brace + 1) == "SELECT":
                pos = close[brace] + 1
                continue
            inner = _lateral(text, masked, close, brace + 1, close[brace])
            out.append(f"{text[i:pos]}LATERAL {{ OPTIONAL {{{inner}}} }}")
            pos = i = close[brace] + 1
            continue
        if ch == "{":
            # a chain of groups joined by UNION: { A } UNION { B } …
            branches = [(pos, close[pos])]
            while _after(masked, branches[-1][1] + 1) == "UNION":
                nxt = masked.index("{", masked.index("UNION", branches[-1][1]) + 5)
                branches.append((nxt, close[nxt]))
            if len(branches) > 1:
                pieces, cur = [], pos
                for o, c in branches:
                    pieces += [text[cur : o + 1], _lateral(text, masked, close, o + 1, c)]
                    cur = c
                last = branches[-1][1]
                out.append(f"{text[i:pos]}LATERAL {{ {''.join(pieces)}{text[cur:last + 1]} }}")
                pos = i = last + 1
                continue
            if _after(masked, pos + 1) == "SELECT":  # a sub-select: left as it is
                pos = close[pos] + 1
                continue
        pos += 1
    out.append(text[i:end])
    return "".join(out)


def retraction(graph_iris: Sequence[str], union_graph: str | None) -> str:
    """SPARQL Update removing from the union every statement of these graphs that no other named graph
    makes (run before the graphs are dropped)."""
    olds = " ".join(iri(g) for g in graph_iris)
    others = ", ".join([*(iri(g) for g in graph_iris), *([iri(union_graph)] if union_graph else [])])
    target = "?s ?p ?o" if union_graph is None else f"GRAPH {iri(union_graph)} {{ ?s ?p ?o }}"
    return (f"DELETE {{ {target} }} WHERE {{ VALUES ?old {{ {olds} }} GRAPH ?old {{ ?s ?p ?o }} "
            f"FILTER NOT EXISTS {{ GRAPH ?other {{ ?s ?p ?o }} FILTER(?other NOT IN ({others})) }} }}")


class SparqlStore(Store):
    """A store whose read language is SPARQL 1.1 and whose unit of replacement is a named graph.

    `replace_rendered` takes graphs already rendered as N-Quads, so ingest can render in its worker
    processes (capability "nquads")."""

    capabilities = frozenset({"sparql", "named_graphs", "nquads"})
    #: where the deduplicated union lives: None = the store's default graph; an IRI = that named graph
    union_graph: str | None = None
    #: False for an engine whose own union of the named graphs is already a set (rdflib)
    keeps_union = True

    @abstractmethod
    def _select(self, text: str, bindings: dict[str, Any]) -> QueryResult:
        """Run a SELECT with `bindings` (variable name -> Python value) bound by the engine."""

    @abstractmethod
    def _update(self, text: str) -> None:
        """Run one SPARQL 1.1 Update request (internal: user input never reaches it)."""

    @abstractmethod
    def _load_nquads(self, data: str) -> None:
        """Load N-Quads text in one operation."""

    @abstractmethod
    def _drop_graphs(self, graph_iris: Sequence[str]) -> None:
        """Remove these named graphs (absent ones are ignored)."""

    def _bulk_load_nquads(self, data: bytes) -> None:
        """Load many quads (UTF-8 N-Quads) fast; atomicity not required (the content-hash marks come
        after)."""
        self._load_nquads(data.decode())

    def _existing_graphs(self, graph_iris: Sequence[str]) -> list[str]:
        """Those of these graphs that hold a statement (engines that can tell cheaply override this;
        the default says all, which only costs a retraction that finds nothing)."""
        return list(graph_iris)

    # -- graphs and the union ----------------------------------------------------------------
    def union_lines(self, nquads: str) -> str:
        """The same statements as N-Quads lines in the union (`s p o g .` -> `s p o .` or
        `s p o u .`), but an article's own (rdf.ARTICLE_ONLY)."""
        if not self.keeps_union:
            return ""
        tail = " .\n" if self.union_graph is None else f" {iri(self.union_graph)} .\n"
        # Every line names its graph last, and IRIs hold no spaces: the statement is all but the last
        # two tokens, its predicate the second.
        statements = (line.rsplit(" ", 2)[0] for line in nquads.splitlines() if line.strip())
        return "".join(t + tail for t in statements if t.split(" ", 2)[1] not in ARTICLE_ONLY)

    def add_quads(self, nquads: str, bulk: bool = False) -> None:
        """Load quads of named graphs, and their statements into the union."""
        data = nquads + self.union_lines(nquads)
        if bulk:
            self._bulk_load_nquads(data.encode())
        else:
            self._load_nquads(data)

    def union_of(self, default_lines: bytes) -> bytes:
        """Rendered union lines (`s p o .`, see Rendered) as this store keeps its union."""
        if not self.keeps_union:
            return b""
        if self.union_graph is None:
            return default_lines
        # " .\n" only ends lines: literals escape newlines and IRIs hold no spaces
        return default_lines.replace(b" .\n", f" {iri(self.union_graph)} .\n".encode())

    def remove_graphs(self, graph_iris: Sequence[str]) -> None:
        """Drop these named graphs, and from the union what no other graph still says."""
        graph_iris = list(graph_iris)
        if self.keeps_union:
            # A graph with no statement has nothing to retract and nothing to drop: on a first
            # ingest that is every graph, and no update is sent at all.
            graph_iris = self._existing_graphs(graph_iris)
            for i in range(0, len(graph_iris), 200):
                self._update(retraction(graph_iris[i : i + 200], self.union_graph))
        self._drop_graphs(graph_iris)

    def union_drift(self) -> tuple[int, int]:
        """(statements of a named graph missing from the union, but an article's own; union
        statements no named graph makes): both 0 on a healthy store."""
        if not self.keeps_union:
            return 0, 0
        # our named graphs only (article and judgement graphs; servers keep graphs of their own)
        not_u = f'FILTER(STRSTARTS(STR(?g), "{vocab.ID}graph/"))'
        # an article's own statements need not be in the union (a store written before they were
        # kept out of it has them there too: not counted as extra, a named graph makes them)
        shared = f"FILTER(?p NOT IN ({', '.join(sorted(ARTICLE_ONLY))}))"
        missing = self._select(
            f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH ?g {{ ?s ?p ?o }} {not_u} {shared} "
            "FILTER NOT EXISTS { ?s ?p ?o } }", {}).rows[0]["n"]
        extra = self._select(
            f"SELECT (COUNT(*) AS ?n) WHERE {{ ?s ?p ?o FILTER NOT EXISTS {{ GRAPH ?g {{ ?s ?p ?o }} "
            f"{not_u} }} }}", {}).rows[0]["n"]
        return int(missing), int(extra)

    def replace_articles(self, items: Sequence[Item]) -> None:
        rendered = [render_article(article, extraction) for article, extraction in items]
        self.replace_rendered([a.id for a, _ in items], rendered)

    def replace_rendered(self, article_ids: Sequence[str], rendered: Sequence[Rendered]) -> None:
        """Write graphs rendered by `render_article` (in worker processes, say), replacing the old ones.

        Each article's content-hash mark is loaded last, in its own transaction: an ingest stopped in
        the middle leaves no mark on a half-written graph, so the next ingest writes it again."""
        self.remove_graphs([vocab.graph_iri(a) for a in article_ids])
        self._bulk_load_nquads(self.graph_bytes(rendered))
        self._load_nquads(self.mark_bytes(rendered).decode())

    def graph_bytes(self, rendered: Sequence[Rendered]) -> bytes:
        """The articles' graphs and their union lines as one N-Quads text, for a bulk load."""
        union = self.union_of(b"".join(r.union for r in rendered))
        return b"".join([*(r.body for r in rendered), union])

    def mark_bytes(self, rendered: Sequence[Rendered]) -> bytes:
        """The articles' content-hash marks and their union lines, loaded after their graphs."""
        union = self.union_of(b"".join(r.union_mark for r in rendered))
        return b"".join([*(r.mark for r in rendered), union])

    def delete_articles(self, article_ids: Iterable[str]) -> None:
        self.remove_graphs([vocab.graph_iri(a) for a in article_ids])

    def content_hashes(self, article_ids: Sequence[str]) -> dict[str, str]:
        if not article_ids:
            return {}
        # Ids are serialised as escaped literals in VALUES: data, not query text.
        values = " ".join(lit(a) for a in article_ids)
        text = (vocab.sparql_prefixes() + "SELECT ?id ?h WHERE { VALUES ?id { " + values + " } "
                "?a eg:articleId ?id ; eg:contentHash ?h }")
        return {r["id"]: r["h"] for r in self._select(text, {}).rows}

    def run(self, query, params: dict[str, Any]) -> QueryResult:  # type: ignore[no-untyped-def]
        bound = query.bind(params)
        return self._select(self._planned(query, vocab.sparql_prefixes() + query.sparql), bound)

    def _planned(self, query: Any, text: str) -> str:
        """The query text as this engine should run it (engines with plan hints override this)."""
        return text

    def console(self, text: str) -> QueryResult:
        refuse_sparql_update(text)
        head = text if "PREFIX" in text.upper() else vocab.sparql_prefixes() + text
        return self._select(head, {})

    def graph_iri_of(self, article_id: str) -> str:
        return iri(vocab.graph_iri(article_id))

    def dump_nquads(self, out: IO[bytes]) -> None:
        self._dump(out)

    @abstractmethod
    def _dump(self, out: IO[bytes]) -> None:
        """Write every quad of every named graph as N-Quads (not the union: it is derived)."""
