"""MIN and MAX over stored strings answer by the strings, not by the order they were written in.

Virtuoso 7.2 keeps a string literal as a reference to its RDF_OBJ row and compares two such
references by their row numbers, which follow the order of first writing: `MIN(?aid)` over two
articles' ids gave the id written first, and over a whole column nothing (docs/performance.md,
"Backends side by side"). The queries compare `STR(?aid)` instead. Here two articles report the same
meeting and the one whose id sorts last is written first, under ids no earlier test has written
(Virtuoso never forgets a string's row number, even after the article is deleted).
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Callable

import pytest

from eventgraph.queries import get
from eventgraph.store.base import Store
from tests.store.articles import _hp
from tests.store.conftest import BACKENDS

pytestmark = pytest.mark.parametrize("backend", BACKENDS)


@pytest.mark.parametrize("query", ["chairs", "meeting_chairs"])
def test_first_article_is_the_smallest_id_whatever_the_write_order(
    open_backend: Callable[[str], Store], backend: str, query: str
) -> None:
    st = open_backend(backend)
    token = uuid.uuid4().hex[:12]
    first, last = f"order-{token}-a", f"order-{token}-b"
    st.replace_articles([_hp(last, "Báo Hải Phòng", dt.date(2022, 4, 7))])
    st.replace_articles([_hp(first, "Cổng thông tin Hải Phòng", dt.date(2022, 4, 6))])
    rows = st.run(get(query), {"person": "Trần Lưu Quang"}).rows
    assert [(r["article"], r["reports"]) for r in rows] == [(first, 2)], rows
