"""`person` answered from a data version's tables (no Streamlit here), for names no judgement joins.

The store folds every membership statement of a person (one per article naming the post: 1,100 for
a person with 112 rows at 100,000 articles) into first and last seen on each ask: 0.3-2 s. The
kept table `base_person_items` holds those folds per person node, post or meeting, and status or
role, so an answer is a look-up of the nodes whose search key holds the typed name. A node named in
an `owl:sameAs` judgement is counted across the nodes judged the same (distinct articles over all
of them), which the per-node table cannot tell: such a name is answered by the store (None here).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, NamedTuple

import pandas as pd

from eventgraph.dashboard.data import column_values
from eventgraph.store.base import QueryResult

COLUMNS = ["person", "person_id", "scopes", "kind", "label", "role", "first_seen", "last_seen",
           "articles", "item"]  # fmt: skip
_ITEM = ["kind", "label", "role", "first_seen", "last_seen", "articles", "item"]


class PersonIndex(NamedTuple):
    keys: dict[str, set[str]]  # search key -> person nodes
    labels: dict[str, set[str]]  # node -> its names
    scopes: dict[str, set[str]]  # node -> its scopes
    items: dict[str, list[tuple[Any, ...]]]  # node -> (kind, label, role, first, last, n, item)


def person_index(t: Mapping[str, pd.DataFrame]) -> PersonIndex:
    people = t["base_people"]
    keys: dict[str, set[str]] = {}
    labels: dict[str, set[str]] = {}
    named = (column_values(people, c) for c in ("p", "person", "pkey"))
    for p, name, key in zip(*named, strict=True):
        if key is not None:
            keys.setdefault(key, set()).add(p)
        if name is not None:
            labels.setdefault(p, set()).add(name)
    scopes: dict[str, set[str]] = {}
    found = t["base_person_scopes"]
    for p, scope in zip(column_values(found, "p"), column_values(found, "scope"), strict=True):
        scopes.setdefault(p, set()).add(str(scope))
    items: dict[str, list[tuple[Any, ...]]] = {}
    rows = t["base_person_items"]
    for p, *rest in zip(*(column_values(rows, c) for c in ("p", *_ITEM)), strict=True):
        items.setdefault(p, []).append(tuple(rest))
    return PersonIndex(keys, labels, scopes, items)


def person(t: Mapping[str, Any], b: dict[str, Any]) -> QueryResult | None:
    index: PersonIndex = t["person_index"]
    name = b["in_name"]
    nodes = {p for key, ps in index.keys.items() if name and name in key for p in ps}
    if nodes & set(t["same_groups"]):
        return None  # judged the same as another node: the store counts across them
    out = []
    for p in nodes:
        if p not in index.scopes:
            continue  # the query requires a scope
        scopes = "; ".join(sorted(index.scopes[p]))
        for label in index.labels.get(p, ()):
            for kind, item_label, role, first, last, n, item in index.items.get(p, ()):
                out.append((label, p, scopes, kind, item_label, role, first, last, n, item))
    # ORDER BY ?person_id ?kind ?first_seen ?label (an unbound first_seen sorts first)
    out.sort(key=lambda r: (r[1], r[3], r[6] is not None, r[6] or "", r[4]))
    return QueryResult(COLUMNS, [dict(zip(COLUMNS, r, strict=True)) for r in out])
