"""Named queries answered from the kept tables of the store's current snapshot, when there are any
(no Streamlit here).

`chairs`, `lineage` and `person` cost in the store what their answer's size costs: Oxigraph on disk
pays 0.05-0.4 ms a pattern per row, so a chair of 1,262 meetings took 0.5-0.7 s at 100,000 articles
whatever the query's shape (docs/performance.md, *Thousand-row answers from kept tables*). The base
tables an ingest of ≥1,000 articles keeps for the dashboard (`prepare-dashboard`, `tables.BASE`)
hold every row these queries join, and answered from them the same rows come in milliseconds. They
are used only for the snapshot they were read from: the reader's snapshot name is the key, a
snapshot is never written again, and a store without a kept table for its current snapshot (or one
that names no snapshot: servers, `memory://`) is asked in SPARQL or Cypher as before. So an answer
is never taken from older data. The tables are joined and folded into keyed dictionaries once per
snapshot in a process (lineage 0.2-0.8 s, chairs 5-12 s at 100,000 articles; 34 s at load 10), so
this serves processes that answer many questions — the dashboard's Lineage page, a benchmark — not
a one-off `eventgraph query`.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from eventgraph import settings
from eventgraph.dashboard import chair_index, documents, person_rows, views
from eventgraph.dashboard.tables import KeptTables
from eventgraph.exc import EventGraphError
from eventgraph.queries import get
from eventgraph.store.base import QueryResult, Store

#: the named queries a snapshot's tables answer, each with the function that answers it
#: (None: this question is the store's, e.g. `person` for people judged the same as another)
KEPT: dict[str, Callable[[views.Tables, dict[str, Any]], QueryResult | None]] = {
    "chairs": chair_index.chairs,
    "lineage": documents.lineage,
    "person": person_rows.person,
}


def from_tables(tables: views.Tables, name: str, params: dict[str, Any]) -> QueryResult | None:
    """The rows of the `KEPT` query `name` from a data version's tables."""
    return KEPT[name](tables, get(name).bind(params))


class KeptIndex:
    """Answers of `KEPT` queries from the kept tables of a store's snapshot (see the module)."""

    def __init__(self, root: Path | None = None) -> None:
        self.tables = KeptTables(settings.answers_dir() if root is None else root)

    def tables_for(self, st: Store) -> views.Tables | None:
        """The kept tables of the snapshot `st` reads now, or None (never another snapshot's)."""
        try:
            version = st.data_version()
        except (EventGraphError, OSError):
            return None
        if version is None:
            return None
        return self.tables.ready(settings.canonical_store_url(st.url), f"v:{version}")

    def answer(self, st: Store, name: str, params: dict[str, Any]) -> QueryResult | None:
        """The rows of `name` from the kept tables of `st`'s current snapshot; None when the query
        is not answered that way or there are no such tables."""
        if name not in KEPT:
            return None
        tables = self.tables_for(st)
        if tables is None:
            return None
        return from_tables(tables, name, params)
