"""Text renderings of what the pages show: Markdown lines and Graphviz DOT, built from escaped
pieces.

Everything that comes from the graph (names, codes, issuers) is data: it is escaped for Markdown or
for DOT string literals before it is placed in the output, so a stored value can never become
markup."""

from __future__ import annotations

import re

import networkx as nx

from eventgraph.dashboard import data, i18n
from eventgraph.dashboard.lineage import Doc, Lineage

_MD_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+\-.!|<>~$:])")


def md(text: object) -> str:
    """`text` with every Markdown (and HTML-start) character backslash-escaped."""
    return _MD_SPECIAL.sub(r"\\\1", str(text)).replace("\n", " ")


def dot_str(text: object) -> str:
    """`text` as the inside of a DOT double-quoted string."""
    return str(text).replace("\\", "\\\\").replace('"', '\\"').replace("\n", " ")


def doc_line(d: Doc, selected: bool, lang: str) -> str:
    """One line of the lineage tree: code (bold), kind, issuer, date; the chosen document marked."""
    when = d.date or data.period_text(d.period, lang)
    parts = [f"**{md(d.code)}**"] + [md(x) for x in (d.kind, d.issuer, when) if x]
    mark = f" ← _{md(i18n.label('lineage.selected', lang))}_" if selected else ""
    return " · ".join(parts) + mark


def lineage_markdown(lines: list[tuple[int, Doc]], start: str, lang: str) -> str:
    """The indented tree as a nested Markdown list."""
    return "\n".join(f"{'    ' * depth}- {doc_line(d, d.iri == start, lang)}" for depth, d in lines)


def lineage_dot(g: nx.DiGraph, lin: Lineage, lang: str) -> str:
    """The lineage graph in DOT: the central documents on top, each arrow reads "implements"."""
    ids = {iri: f"n{i}" for i, iri in enumerate(sorted(g.nodes))}
    verb = dot_str(i18n.label("lineage.implements", lang))
    out = [
        "digraph lineage {",
        "  rankdir=BT;",
        '  node [shape=box, style="rounded,filled", fillcolor="#ffffff", fontname="Helvetica"];',
        '  edge [fontname="Helvetica", fontsize=10, color="#64748b"];',
    ]
    for iri, attrs in g.nodes(data=True):
        when = attrs["date"] or data.period_text(attrs["period"], lang)
        label = "\\n".join(dot_str(x) for x in (attrs["code"], attrs["issuer"], when) if x)
        fill = ', fillcolor="#fde68a", penwidth=2' if iri == lin.start else ""
        out.append(f'  {ids[iri]} [label="{label}"{fill}];')
    for s, t in sorted(g.edges):
        out.append(f'  {ids[s]} -> {ids[t]} [label="{verb}"];')
    out.append("}")
    return "\n".join(out)


def network_dot(g: nx.Graph, center: str) -> str:
    """The co-attendance neighbourhood in DOT: thicker lines for more meetings shared."""
    ids = {n: f"p{i}" for i, n in enumerate(sorted(g.nodes))}
    out = [
        "graph colleagues {",
        "  layout=neato; overlap=false; splines=true;",
        '  node [shape=ellipse, style=filled, fillcolor="#e0f2fe", fontname="Helvetica"];',
        '  edge [color="#94a3b8"];',
    ]
    for n, attrs in g.nodes(data=True):
        fill = ', fillcolor="#fde68a", penwidth=2' if n == center else ""
        out.append(f'  {ids[n]} [label="{dot_str(attrs["label"])}"{fill}];')
    for a, b, attrs in sorted(g.edges(data=True)):
        w = attrs["weight"]
        out.append(f'  {ids[a]} -- {ids[b]} [penwidth={min(1 + w, 6)}, label="{w}", fontsize=9];')
    out.append("}")
    return "\n".join(out)
