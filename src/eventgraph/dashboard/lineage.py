"""The lineage of one directive as a tree and a graph, from the rows of `lineage.rq`.

`lineage.rq` returns every "implements" link above and below a code; when several documents share
the code, only the links reachable from the chosen document are kept. The tree runs from the topmost
document (the central resolution) down through the chosen one to everything implementing it,
children sorted by issuer (the province) and date."""

from __future__ import annotations

from dataclasses import dataclass, field

import networkx as nx
import pandas as pd

# A readable graph: at most this many documents are drawn, the nearest to the chosen one first.
MAX_NODES = 60
MAX_DEPTH = 8


@dataclass(frozen=True)
class Doc:
    """One document of the lineage."""

    iri: str
    code: str
    kind: str = ""
    issuer: str = ""
    date: str = ""
    period: str = ""


@dataclass
class Lineage:
    """The chosen document, the documents around it, and the links (implementer -> implemented)."""

    start: str
    docs: dict[str, Doc] = field(default_factory=dict)
    links: set[tuple[str, str]] = field(default_factory=set)
    above: set[str] = field(
        default_factory=set
    )  # what the chosen document implements, transitively

    def parents(self, iri: str) -> list[str]:
        return sorted(t for s, t in self.links if s == iri)

    def children(self, iri: str) -> list[str]:
        kids = [s for s, t in self.links if t == iri]
        return sorted(
            kids, key=lambda k: (self.docs[k].issuer, self.docs[k].date, self.docs[k].code)
        )


def _doc(row: pd.Series, side: str) -> Doc:
    get = lambda c: "" if pd.isna(row.get(f"{side}_{c}")) else str(row.get(f"{side}_{c}"))  # noqa: E731
    return Doc(
        iri=str(row[side]),
        code=get("code"),
        kind=get("kind"),
        issuer=get("issuer"),
        date=get("date"),
        period=get("period"),
    )


def build(rows: pd.DataFrame, start: Doc) -> Lineage:
    """The lineage around `start` from `lineage.rq` rows, keeping only links reachable from it."""
    docs: dict[str, Doc] = {start.iri: start}
    edges: set[tuple[str, str]] = set()
    for _, row in rows.iterrows():
        src, tgt = _doc(row, "source"), _doc(row, "target")
        docs.setdefault(src.iri, src)
        docs.setdefault(tgt.iri, tgt)
        edges.add((src.iri, tgt.iri))
    up = _reach(start.iri, edges, forward=True)
    down = _reach(start.iri, edges, forward=False)
    keep = up | down | {start.iri}
    links = {(s, t) for s, t in edges if s in keep and t in keep}
    return Lineage(start.iri, {k: v for k, v in docs.items() if k in keep}, links, up)


def _reach(start: str, edges: set[tuple[str, str]], forward: bool) -> set[str]:
    """Documents reachable from `start` going up (forward) or down the implements links."""
    seen: set[str] = set()
    todo = [start]
    while todo:
        node = todo.pop()
        for s, t in edges:
            nxt = t if forward and s == node else s if not forward and t == node else None
            if nxt and nxt not in seen and nxt != start:
                seen.add(nxt)
                todo.append(nxt)
    return seen


def roots(lin: Lineage) -> list[str]:
    """The topmost documents above the chosen one (the chosen one when nothing is above it)."""
    tops = [d for d in lin.above if not lin.parents(d)]
    return sorted(tops, key=lambda d: lin.docs[d].code) or [lin.start]


def tree(lin: Lineage) -> list[tuple[int, Doc]]:
    """(depth, document) lines of the indented tree, top-down, without cycles."""
    lines: list[tuple[int, Doc]] = []

    def walk(iri: str, depth: int, path: frozenset[str]) -> None:
        lines.append((depth, lin.docs[iri]))
        if depth >= MAX_DEPTH:
            return
        for kid in lin.children(iri):
            if kid not in path:
                walk(kid, depth + 1, path | {kid})

    for root in roots(lin):
        walk(root, 0, frozenset({root}))
    return lines


def graph(lin: Lineage) -> nx.DiGraph:
    """The lineage as a directed graph (implementer -> implemented), at most MAX_NODES documents,
    the nearest to the chosen one kept."""
    g = nx.DiGraph()
    for iri, d in lin.docs.items():
        g.add_node(iri, code=d.code, kind=d.kind, issuer=d.issuer, date=d.date, period=d.period)
    g.add_edges_from(lin.links, relation="implements")
    if g.number_of_nodes() > MAX_NODES:
        dist = nx.single_source_shortest_path_length(g.to_undirected(), lin.start)
        near = sorted(dist, key=lambda n: (dist[n], n))[:MAX_NODES]
        g = g.subgraph(near).copy()
    return g
