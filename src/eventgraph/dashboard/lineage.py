"""The lineage of one directive as a tree and a graph, from the rows of `lineage.rq`.

`lineage.rq` returns every "implements" link above and below a code; when several documents share
the code, only the links reachable from the chosen document are kept. The tree runs from the topmost
document (the central resolution) down through the chosen one to everything implementing it,
children sorted by issuer (the province) and date."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

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


def _doc(row: Mapping[str, Any], side: str) -> Doc:
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
    # rows as plain dicts: `iterrows` builds a Series per row, which was most of the page's run for
    # a central code (439 rows of 9-NQ/TW at 100k articles)
    for row in rows.to_dict("records"):
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


IMPLEMENTATION_COLUMNS = ["province", "date", "code", "kind", "issuer", "implements"]


def implementations(lin: Lineage, province_of: Callable[[str], str]) -> pd.DataFrame:
    """Every document below the chosen one (what carries it out, at any depth) with the province
    it was issued in and its date, by province then date.

    The province is read from the issuer's name by `province_of`; a body whose name names none (a
    ward's or district's Party committee) is taken to sit in the province of the document it
    implements, since a local body carries out its own province's plan. Central bodies (the
    Government, a ministry) stay without a province."""
    province: dict[str, str] = {lin.start: province_of(lin.docs[lin.start].issuer)}
    depth: dict[str, int] = {lin.start: 0}
    todo = [lin.start]
    while todo:  # breadth first, so each document is placed by its nearest parent
        nxt: list[str] = []
        for parent in todo:
            for kid in lin.children(parent):
                if kid in depth:
                    continue
                depth[kid] = depth[parent] + 1
                province[kid] = province_of(lin.docs[kid].issuer) or province[parent]
                nxt.append(kid)
        todo = nxt
    rows = []
    for iri in depth:
        if iri == lin.start:
            continue
        d = lin.docs[iri]
        parents = [lin.docs[p].code for p in lin.parents(iri) if p in depth]
        rows.append(
            {
                "province": province[iri],
                "date": d.date,
                "code": d.code,
                "kind": d.kind,
                "issuer": d.issuer,
                "implements": "; ".join(parents),
                "period": d.period,
            }
        )
    out = pd.DataFrame(rows, columns=[*IMPLEMENTATION_COLUMNS, "period"])
    # Central documents after the provinces, undated ones after the dated within a province.
    return (
        out.assign(_central=out["province"] == "", _undated=out["date"] == "")
        .sort_values(["_central", "province", "_undated", "date", "code"])
        .drop(columns=["_central", "_undated"])
        .reset_index(drop=True)
    )


def first_by_province(found: pd.DataFrame) -> list[tuple[str, str]]:
    """(province, earliest dated document's date or "") for each province in `implementations`."""
    out = []
    for prov, docs in found[found["province"] != ""].groupby("province", sort=True):
        dated = sorted(d for d in docs["date"] if d)
        out.append((str(prov), dated[0] if dated else ""))
    return out


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
