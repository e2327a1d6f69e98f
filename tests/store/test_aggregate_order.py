"""MIN, MAX and ORDER BY an aggregate answer by the strings, not by the order they were written in.

Virtuoso 7.2 keeps a string literal as a reference to its RDF_OBJ row and compares two such
references by their row numbers, which follow the order of first writing: `MIN(?aid)` over two
articles' ids gave the id written first, and over a whole column nothing; ORDER BY ?person after
SAMPLE(?label) AS ?person sorted by the same numbers (docs/performance.md, "Backends side by side").
The queries aggregate `STR(…)` instead. Here the string that sorts last is written first, under
ids and names no earlier test has written (Virtuoso never forgets a string's row number, even
after the article is deleted).
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Callable

import pytest

from eventgraph.queries import get
from eventgraph.store.base import Store
from tests.store.articles import _hp, _undated
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


def _letters(n: int) -> str:
    """A name part no earlier test has written (letters only, as a name has)."""
    return uuid.uuid4().hex[:n].translate(str.maketrans("0123456789", "ghijklmnop")).capitalize()


@pytest.mark.parametrize("query", ["active_people", "top_chairs"])
def test_people_sorted_by_name_whatever_the_write_order(
    open_backend: Callable[[str], Store], backend: str, query: str
) -> None:
    st = open_backend(backend)
    token = _letters(10)
    later, earlier = f"Trần {token}", f"Lê {token}"  # one meeting each: a tie on every count
    st.replace_articles([_undated(f"order-{token}-1", later)])
    st.replace_articles([_undated(f"order-{token}-2", earlier)])
    rows = st.run(get(query), {}).rows
    assert [r["person"] for r in rows] == [earlier, later], rows
