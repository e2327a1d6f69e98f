"""A person's nearest colleagues: the co-attendance graph around them, kept small enough to read.

`colleagues.rq` gives every participant of every meeting the person took part in, each with the id
of the person it is. Two people are linked when they sat in the same meeting, weighted by how many
meetings they shared; the neighbourhood shown is the person, their closest colleagues, and the links
among those."""

from __future__ import annotations

from itertools import combinations

import networkx as nx
import pandas as pd

NEIGHBOURS = 12  # colleagues drawn around the person


def coattendance(rows: pd.DataFrame) -> nx.Graph:
    """People as nodes (keyed by person id), an edge per pair that met, weight = meetings shared."""
    g = nx.Graph()
    if rows.empty:
        return g
    for pid, name in (
        rows[["person_id", "person"]].drop_duplicates("person_id").itertuples(index=False)
    ):
        g.add_node(pid, label=name)
    for _, group in rows.groupby("meeting"):
        people = sorted(set(group["person_id"]))
        for a, b in combinations(people, 2):
            w = g.edges[a, b]["weight"] + 1 if g.has_edge(a, b) else 1
            g.add_edge(a, b, weight=w)
    return g


def neighbourhood(g: nx.Graph, center: str, k: int = NEIGHBOURS) -> nx.Graph:
    """The person and their `k` closest colleagues (most meetings shared), with the links among
    them."""
    if center not in g:
        return nx.Graph()
    near = sorted(g[center], key=lambda n: (-g.edges[center, n]["weight"], g.nodes[n]["label"]))[:k]
    return g.subgraph([center, *near]).copy()


def colleagues(g: nx.Graph, center: str) -> pd.DataFrame:
    """The colleagues of `center` with the number of meetings shared, most first."""
    if center not in g:
        return pd.DataFrame(columns=["person", "shared"])
    rows = [
        {"person": g.nodes[n]["label"], "shared": g.edges[center, n]["weight"]} for n in g[center]
    ]
    return (
        pd.DataFrame(rows, columns=["person", "shared"])
        .sort_values(["shared", "person"], ascending=[False, True])
        .reset_index(drop=True)
    )
