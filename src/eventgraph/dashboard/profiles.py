"""The People page's profile computed from the base tables in memory (no Streamlit here): a
person's positions over time, meetings and colleagues by co-attendance.

Each function answers like the named query of the same name (`person_positions`,
`person_meetings`, `colleagues`: same columns, rows and order) from the participations, posts per
person node, people, meetings and `owl:sameAs` judgements of one data version. In the store those
queries cost what the person's fame costs (3-4 s together for a busy person at 100,000 articles on
a loaded machine); here a profile is a look-up of the person's rows, whoever they are.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import pandas as pd

from eventgraph.dashboard.data import projected
from eventgraph.queries import get

Frames = Mapping[str, pd.DataFrame]


def _shaped(name: str, df: pd.DataFrame) -> pd.DataFrame:
    return df.reset_index(drop=True)[projected(get(name).sparql)]


def same_groups(same: pd.DataFrame) -> dict[str, frozenset[str]]:
    """Each node named in an `owl:sameAs` judgement, with every node it is joined to by them in
    either direction (itself included): the nodes a `(owl:sameAs|^owl:sameAs)*` path reaches."""
    parent: dict[str, str] = {}

    def root(n: str) -> str:
        while parent.setdefault(n, n) != n:
            parent[n] = parent[parent[n]]
            n = parent[n]
        return n

    for p, q in zip(same["p"].astype(str), same["q"].astype(str), strict=True):
        parent[root(p)] = root(q)
    groups: dict[str, set[str]] = {}
    for n in list(parent):
        groups.setdefault(root(n), set()).add(n)
    return {n: frozenset(g) for g in groups.values() for n in g}


def _group(t: Frames, node: str) -> frozenset[str]:
    return t["same_groups"].get(node, frozenset((node,)))  # type: ignore[attr-defined]


def person_nodes(t: Frames, person: str, key: str) -> set[str]:
    """The nodes the person queries read for `person` (an id) and `key` (its search key): the
    nodes with that key whose judged-same group holds the id, and everything in those groups."""
    people = t["base_people"]
    found: set[str] = set()
    for p0 in people.loc[people["pkey"] == key, "p"].astype(str).unique():
        group = _group(t, p0)
        if person in group:
            found |= group
    return found


def _rows_of(df: pd.DataFrame, nodes: set[str]) -> pd.DataFrame:
    return df[df["p"].astype(str).isin(nodes)] if nodes else df.iloc[0:0]


def person_positions(t: Frames, b: dict[str, Any]) -> pd.DataFrame:
    nodes = person_nodes(t, b["in_person"], b["in_key"])
    cols = ["position", "status", "first_seen", "last_seen", "articles"]
    if len(nodes) > 1:  # judged the same: an article naming two of the nodes counts once
        rows = _rows_of(t["base_merged_memberships"], nodes)
        out = rows.groupby(["position", "status"], as_index=False).agg(
            first_seen=("d", "min"), last_seen=("d", "max"), articles=("a", "nunique")
        )
    else:  # the store counted them per node (510,630 memberships at 100k articles: 2k rows)
        out = _rows_of(t["base_positions"], nodes)[cols]
    out = out.astype({"first_seen": object, "last_seen": object})
    out = out.where(out.notna(), None)
    # SPARQL sorts an unbound first_seen before any date
    out = out.sort_values(["first_seen", "position"], na_position="first", kind="stable")
    return _shaped("person_positions", out)


def _meetings(t: Frames) -> pd.DataFrame:
    """Each meeting with each of its names and dates ("" when it has none)."""
    m = t["base_meetings"].dropna(subset=["meeting_name"])
    return m[["meeting", "meeting_name", "date"]].fillna({"date": ""}).drop_duplicates()


def person_meetings(t: Frames, b: dict[str, Any]) -> pd.DataFrame:
    rows = _rows_of(t["base_participations"], person_nodes(t, b["in_person"], b["in_key"]))
    rows = rows.merge(_meetings(t), on="meeting")
    out = rows.groupby(["meeting", "meeting_name", "role", "date"], as_index=False).agg(
        articles=("a", "nunique")
    )
    out = out.sort_values(["date", "meeting_name"], ascending=[False, True], kind="stable")
    return _shaped("person_meetings", out)


def colleagues(t: Frames, b: dict[str, Any]) -> pd.DataFrame:
    taken = t["base_participations"]
    mine = _rows_of(taken, person_nodes(t, b["in_person"], b["in_key"]))
    rows = taken[taken["meeting"].isin(set(mine["meeting"]))][["meeting", "role", "p"]]
    named = t["base_people"].dropna(subset=["person"])[["p", "person"]]
    rows = rows.drop_duplicates().merge(named, on="p").merge(_meetings(t), on="meeting")
    out = rows.groupby(["meeting", "meeting_name", "date", "role", "p"], as_index=False).agg(
        person=("person", "first")
    )
    out["person_id"] = [min(_group(t, str(p))) for p in out["p"]]
    out = out.sort_values(
        ["date", "meeting", "person"], ascending=[False, True, True], kind="stable"
    )
    return _shaped("colleagues", out.head(5000))


PROFILE = {
    "person_positions": person_positions,
    "person_meetings": person_meetings,
    "colleagues": colleagues,
}
