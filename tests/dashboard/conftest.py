"""Dashboard test fixtures: stores built from hand-made articles, and the app driven by AppTest."""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
sys.path.insert(0, str(HERE))  # dashboard_fixtures lives beside this file

from dashboard_fixtures import build_store  # noqa: E402

AppFactory = Callable[..., "object"]


@pytest.fixture(scope="session")
def seed_store(tmp_path_factory: pytest.TempPathFactory) -> str:
    """An Oxigraph store holding the fixture articles (closed, so the app can open it read-only)."""
    return build_store(f"oxigraph://{tmp_path_factory.mktemp('dash') / 'seed'}")


@pytest.fixture(scope="session")
def empty_store(tmp_path_factory: pytest.TempPathFactory) -> str:
    """An Oxigraph store that exists and holds nothing."""
    from eventgraph.store import open_store

    url = f"oxigraph://{tmp_path_factory.mktemp('dash') / 'empty'}"
    open_store(url).close()
    return url


@pytest.fixture
def app(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> AppFactory:
    """open(store_url, page, **query_params): the dashboard on that store, showing that page."""
    from streamlit.testing.v1 import AppTest

    def open_page(store_url: str, page: str = "overview", **params: str) -> AppTest:
        monkeypatch.setenv("EVENTGRAPH_STORE", store_url)
        monkeypatch.setenv("EVENTGRAPH_CACHE_DIR", str(tmp_path / "cache"))
        at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=60)
        at.run()
        for k, v in params.items():
            at.query_params[k] = v
        at.switch_page(f"app_pages/{page}.py").run()
        assert not at.exception, [e.value for e in at.exception]
        return at

    return open_page
