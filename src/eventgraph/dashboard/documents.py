"""`lineage` answered from a data version's base tables in memory (no Streamlit here).

The chain a document implements (up) and the documents implementing it (down) are followed over the
`base_implements` links, from the documents `base_document_keys` finds for the code and issuer, and
each link is given the codes, kinds, issuers, dates and periods of `base_documents`: the named
query's columns, rows and order (`ORDER BY ?direction ?source_date ?source_code ?target_code`). In
the store the query pays per joined row (0.2-0.5 s for a central resolution's 439 links at 100,000
articles); here the tables are kept as dictionaries keyed by code and by document (built once per
data version), and an answer is a walk over the links it returns.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any, NamedTuple

import pandas as pd

from eventgraph.dashboard.data import column_values
from eventgraph.store.base import QueryResult


class DocumentIndex(NamedTuple):
    up: dict[str, list[str]]  # document -> the documents it implements
    down: dict[str, list[str]]  # document -> the documents implementing it
    starts: dict[str, list[tuple[str, str, str]]]  # code key -> (document, issuer key, org key)
    attributes: dict[str, list[tuple[Any, ...]]]  # document -> (code, kind, issuer, date, period)


def _values(df: pd.DataFrame, cols: Iterable[str]) -> list[list[Any]]:
    return [column_values(df, c) for c in cols]


def document_index(t: Mapping[str, pd.DataFrame]) -> DocumentIndex:
    """The implements links as adjacency lists, the documents by code key, and each document's
    rows of attributes (one per combination, as the query's OPTIONALs give them)."""
    up: dict[str, list[str]] = {}
    down: dict[str, list[str]] = {}
    for s, o in zip(*_values(t["base_implements"], ("source", "target")), strict=True):
        up.setdefault(s, []).append(o)
        down.setdefault(o, []).append(s)
    starts: dict[str, list[tuple[str, str, str]]] = {}
    keys = _values(t["base_document_keys"], ("d", "code_key", "issuer_key", "okey"))
    for d, code, issuer, org in zip(*keys, strict=True):
        starts.setdefault(code, []).append((d, issuer, org or ""))
    attributes: dict[str, list[tuple[Any, ...]]] = {}
    cols = _values(t["base_documents"], ("d", "code", "kind", "issuer", "date", "period"))
    for d, *rest in zip(*cols, strict=True):
        attributes.setdefault(d, []).append(tuple(rest))
    return DocumentIndex(up, down, starts, attributes)


def _reach(starts: Iterable[str], step: dict[str, list[str]]) -> set[str]:
    """Every node zero or more steps lead to from `starts` (SPARQL's `eli:implements*`)."""
    seen = set(starts)
    todo = list(seen)
    while todo:
        for nxt in step.get(todo.pop(), ()):
            if nxt not in seen:
                seen.add(nxt)
                todo.append(nxt)
    return seen


def lineage(t: Mapping[str, Any], b: dict[str, Any]) -> QueryResult:
    index: DocumentIndex = t["document_index"]
    by = b["in_issuer"]
    found = index.starts.get(b["in_code"], ())
    starts = {d for d, issuer, org in found if not by or by in issuer or by in org}
    links = [("up", s, o) for s in _reach(starts, index.up) for o in index.up.get(s, ())]
    links += [("down", s, o) for o in _reach(starts, index.down) for s in index.down.get(o, ())]
    rows = {
        (direction, *sa, *ta, s, o)
        for direction, s, o in links
        for sa in index.attributes.get(s, ())
        for ta in index.attributes.get(o, ())
    }
    # ORDER BY ?direction ?source_date ?source_code ?target_code
    out = sorted(rows, key=lambda r: (r[0], r[4], r[1], r[6]))
    return QueryResult(COLUMNS, [dict(zip(COLUMNS, r, strict=True)) for r in out])


COLUMNS = [
    "direction",
    "source_code",
    "source_kind",
    "source_issuer",
    "source_date",
    "source_period",
    "target_code",
    "target_kind",
    "target_issuer",
    "target_date",
    "target_period",
    "source",
    "target",
]
