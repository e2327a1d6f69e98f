"""`chairs` answered from a data version's chair rows through a keyed index (no Streamlit here).

`views.meeting_chairs` answers the same query by filtering the 98,685 joined chair rows of a
100,000-article store with pandas: 0.2-0.4 s whatever the person, as the store itself. Here those
rows are folded once, per data version, into one answer row per group (chair, meeting, place, role:
the query's GROUP BY) with the keys its filters test, and an index from each distinct search key
(a person's, a locality's, a province's) to its groups, so a typed name is tested against the
~1,500 distinct keys and only the groups of the keys that match are read: the cost follows the
answer. Rows, aggregates and order are `meeting_chairs`' (which the dashboard tests compare with the
named query). A group's rows are its reports times its person's keys times its place's keys (the
joins that make `chair_rows`), and the filters test only the keys, so a group passes when one of
its key combinations does, and then with the aggregates of all its reports: the first sentence
given, the least article id and the number of reporting articles.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any, NamedTuple

import pandas as pd

from eventgraph.dashboard.data import column_values
from eventgraph.store.base import QueryResult

COLUMNS = ["person", "meeting_name", "kind", "date", "locality", "role", "sentence", "article",
           "reports", "meeting"]  # fmt: skip
_FIELDS = ["group", "person", "meeting_name", "kind", "date", "lname", "role", "meeting",
           "sentence", "aid", "a", "pkey", "lkey", "lpkey"]  # fmt: skip


class Group(NamedTuple):
    rank: int  # place in the answer's order: date (newest first), person, meeting name
    date: str
    keys: frozenset[tuple[str, str, str]]  # (person key, place key, province key) combinations
    row: dict[str, Any]  # the answer row (copied into each answer)


class ChairIndex(NamedTuple):
    groups: list[Group]
    by_key: dict[str, dict[str, set[int]]]  # "pkey" / "lkey" / "lpkey" -> key -> groups


def chair_index(t: Mapping[str, pd.DataFrame]) -> ChairIndex:
    """One answer row per group of `t["chair_rows"]`, and the groups by each search key."""
    df = t["chair_rows"]
    cols = [df["group"].tolist(), *(column_values(df, c) for c in _FIELDS[1:])]
    folded: dict[int, list[Any]] = {}  # group -> [first row, sentence, least aid, articles, keys]
    for r in zip(*cols, strict=True):
        g, sentence, aid, a, keys = r[0], r[8], r[9], r[10], (r[11] or "", r[12] or "", r[13] or "")
        f = folded.get(g)
        if f is None:
            folded[g] = [r, sentence, aid, {a}, {keys}]
            continue
        if f[1] is None:
            f[1] = sentence  # pandas' "first" skips a missing value
        if aid is not None and (f[2] is None or aid < f[2]):
            f[2] = aid
        f[3].add(a)
        f[4].add(keys)
    # the group ids number groups by first appearance: `meeting_chairs`' order before its sort
    rows = [(g, f[0][1:8], f) for g, f in sorted(folded.items())]
    rows.sort(key=lambda x: (x[1][0], x[1][1]))
    rows.sort(key=lambda x: x[1][3], reverse=True)  # newest first; stable, as sort_values
    groups: list[Group] = []
    by_key: dict[str, dict[str, set[int]]] = {"pkey": {}, "lkey": {}, "lpkey": {}}
    for rank, (_, head, f) in enumerate(rows):
        person, name, kind, date, lname, role, meeting = head
        row = (person, name, kind, date, lname, role, f[1], f[2], len(f[3]), meeting)
        groups.append(Group(rank, date, frozenset(f[4]), dict(zip(COLUMNS, row, strict=True))))
        for keys in f[4]:
            for col, key in zip(("pkey", "lkey", "lpkey"), keys, strict=True):
                by_key[col].setdefault(key, set()).add(rank)
    return ChairIndex(groups, by_key)


def _matching(index: ChairIndex, col: str, needle: str) -> set[int]:
    return {g for key, found in index.by_key[col].items() if needle in key for g in found}


def chairs(t: Mapping[str, Any], b: dict[str, Any]) -> QueryResult:
    index: ChairIndex = t["chair_index"]
    person, place = b["in_person"], b["in_locality"]
    lo, hi = b["in_date_from"], b["in_date_to"]
    found: Iterable[int]
    if person:
        found = sorted(_matching(index, "pkey", person))
    elif place:
        found = sorted(_matching(index, "lkey", place) | _matching(index, "lpkey", place))
    else:
        found = range(len(index.groups))
    out = []
    for rank in found:
        g = index.groups[rank]
        if (lo or hi) and (not g.date or (lo and g.date < lo) or (hi and g.date > hi)):
            continue
        # a group found by its person key passes the name test; the place is tested with it, on
        # the same key combination
        if place and not any(
            person in pk and (place in lk or place in lp) for pk, lk, lp in g.keys
        ):
            continue
        out.append(g.row.copy())
    return QueryResult(COLUMNS, out)
