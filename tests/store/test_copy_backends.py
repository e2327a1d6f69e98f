"""`copy` into and out of every backend: the embedded store's graph copied in (in batches, with
progress) and copied out again gives the same stats and named-query answers at each step, and a
second copy into the same store changes nothing."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from eventgraph.export.transfer import copy
from eventgraph.queries import get
from eventgraph.store import open_store
from eventgraph.store.base import Store
from tests.store.articles import articles
from tests.store.conftest import BACKENDS
from tests.store.test_contract import normalised

pytestmark = pytest.mark.parametrize("backend", BACKENDS)
QUESTIONS = [
    ("chairs", {}),
    ("lineage", {"code": "45-KH/TU"}),
    ("people", {}),
    ("meetings", {}),
    ("article_facts", {"id": "hp-2022-04-06"}),
]


def answers(st: Store) -> list[list[str]]:
    return [normalised(get(n), st.run(get(n), p).rows) for n, p in QUESTIONS]


def test_copy_in_and_out(
    open_backend: Callable[[str], Store], backend: str, tmp_path: Path
) -> None:
    source = open_store(f"oxigraph://{tmp_path / 'source'}")
    source.replace_articles(articles())
    want_stats, want = source.stats(), answers(source)
    target = open_backend(backend)
    seen: list[tuple[int, int]] = []
    assert copy(source, target, batch=2, progress=lambda d, t: seen.append((d, t))) == 5
    assert seen == [(2, 5), (4, 5), (5, 5)]
    assert target.stats() == want_stats and answers(target) == want
    copy(source, target)  # each graph replaces its namesake: nothing doubles
    assert target.stats() == want_stats
    back = open_store("memory://")
    assert copy(target, back, batch=3) == 5
    assert back.stats() == want_stats and answers(back) == want
    source.close()
