"""The base tables read from the store (no Streamlit here): the `BASE` queries, in two threads on an
engine that evaluates them beside each other, the longest first, and without the queries whose
answer another table already gives.

At 100,000 articles the tables take minutes of the engine's CPU (docs/performance.md, *The end of a
100k ingest*). pyoxigraph lets go of Python's lock while it evaluates, so two threads of one process
read two tables on two cores with one heap. Two tables are not read when the others say what they
hold: the merged memberships when no `owl:sameAs` judgement exists (`EMPTY_WITH`), and each
person's positions, which are the position rows of `base_person_items` under other names
(`FROM_OTHER`)."""

from __future__ import annotations

import threading
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import pandas as pd

from eventgraph import heap
from eventgraph.dashboard.data import frame, projected
from eventgraph.queries import get
from eventgraph.store.base import QueryResult

# (query, parameters): the rows every derived view starts from.
BASE: tuple[tuple[str, dict[str, Any]], ...] = (
    ("base_articles", {}),
    ("base_article_links", {}),
    ("base_meetings", {}),
    ("base_places", {}),
    ("base_people", {}),
    ("base_chairs", {}),
    ("base_scopes", {}),
    ("base_directives", {}),
    ("base_units", {}),
    ("base_participations", {}),
    ("base_positions", {}),
    ("base_same", {}),
    ("base_merged_memberships", {}),
    ("base_implements", {}),
    ("base_document_keys", {}),
    ("base_documents", {}),
    ("base_person_items", {}),
    ("base_person_scopes", {}),
    ("localities", {"name": "", "date_from": "", "date_to": ""}),
)
# The order the tables are read in: the costliest first (CPU seconds at 100,000 articles, profiled
# in docs/performance.md, *both cores*), so that two threads end together instead of one waiting
# on the last long table. A table not named here is read after these.
LONGEST_FIRST: tuple[str, ...] = (
    "base_person_items",  # 59 s
    "base_article_links",  # 24 s
    "base_participations",  # 22 s
    "base_chairs",  # 16 s
    "base_articles",  # 6 s
    "base_meetings",  # 6 s
    "localities",  # 5 s
)
# A table that is empty whenever another one is, read from the store only when that one has rows:
# merged memberships are those of the people named in an owl:sameAs judgement (`base_same`), and
# reading them scanned every membership for 32 s of CPU at 100k articles to find none on a store
# with no judgement (docs/performance.md, *The end of a 100k ingest*).
EMPTY_WITH: dict[str, str] = {"base_merged_memberships": "base_same"}


def positions_from_items(items: pd.DataFrame) -> pd.DataFrame | None:
    """`base_positions` from `base_person_items`, or None when it cannot be told from them.

    Both queries fold the same memberships (person node, post, status, article, date); the items
    group them by post and its name, the positions by the post's name alone. A post's IRI is made
    from its name (`vocab.post_iri`), so a name names one post and the two groupings are the same
    groups, with the same first and last dates and distinct articles: the position rows of the
    items, renamed, are the positions' rows. Where some name is held by two posts (a graph written
    otherwise, or imported), a group of the positions would span two of the items' rows, whose
    distinct articles cannot be summed: None, and the query is read."""
    rows = items[items["kind"] == "position"]
    if (rows.groupby("label")["item"].nunique() > 1).any():
        return None
    columns = projected(get("base_positions").sparql)
    named = rows.rename(columns={"label": "position", "role": "status"})[columns]
    # in one order, whatever order the items came in (Oxigraph gives them in either of two): a
    # profile sorts its positions by date and name, and keeps the order of rows tied on both
    named = named.sort_values(["p", "position", "status"], kind="stable")
    # through `frame` as the store's answer is, so the columns' types are the query's own
    return frame(QueryResult(columns, named.to_dict("records")))


# A table computed from another one read before it; read from the store when that says None.
FROM_OTHER: dict[str, tuple[str, Callable[[pd.DataFrame], pd.DataFrame | None]]] = {
    "base_positions": ("base_person_items", positions_from_items),
}


def read_base(
    run: Callable[[str, dict[str, Any]], QueryResult],
    superseded: Callable[[], bool] = lambda: False,
    threads: int = 1,
) -> dict[str, pd.DataFrame] | None:
    """The base tables as frames in `BASE` order, read with `run(name, params)` in `threads`
    threads (more than one only where `run` may be called from several at once), the longest
    first; the tables of `EMPTY_WITH` and `FROM_OTHER` after the others, and from the store only
    when those do not give them. None when `superseded()` stopped the reading early."""
    params = dict(BASE)
    read: dict[str, pd.DataFrame] = {}
    stopped = threading.Event()

    def one(name: str) -> None:
        if stopped.is_set() or superseded():
            stopped.set()
            return
        read[name] = frame(run(name, params[name]))
        if threads > 1:  # each thread's glibc arena keeps what its last answer freed: hand it back
            heap.release(collect=False)

    later = set(EMPTY_WITH) | set(FROM_OTHER)
    rank = {name: i for i, name in enumerate(LONGEST_FIRST)}
    first = sorted((n for n in params if n not in later), key=lambda n: rank.get(n, len(rank)))
    _each(one, first, threads)
    if stopped.is_set():
        return None
    ask: list[str] = []
    for name in sorted(later, key=list(params).index):
        witness = EMPTY_WITH.get(name)
        source, derive = FROM_OTHER.get(name, ("", None))
        if witness is not None and read[witness].empty:
            read[name] = frame(QueryResult(projected(get(name).sparql), []))
        elif derive is not None and (derived := derive(read[source])) is not None:
            read[name] = derived
        else:
            ask.append(name)
    _each(one, ask, threads)
    if stopped.is_set():
        return None
    return {name: read[name] for name in params}


def _each(work: Callable[[str], None], names: list[str], threads: int) -> None:
    """`work(name)` for each of `names`, in their order, in up to `threads` threads; the first
    error is raised once every thread has stopped, and what was not started is not."""
    if threads <= 1 or len(names) <= 1:
        for name in names:
            work(name)
        return
    with ThreadPoolExecutor(max_workers=threads, thread_name_prefix="base-table") as pool:
        futures = [pool.submit(work, name) for name in names]
        try:
            for f in futures:
                f.result()
        except BaseException:
            pool.shutdown(cancel_futures=True)
            raise
