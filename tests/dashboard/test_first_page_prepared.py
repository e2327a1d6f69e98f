"""A dashboard server prepares its first Overview before it listens (`serve.preload`): the kept
answers the Overview opens with are read into the process, for the store's current snapshot only,
and what the imports made is frozen out of the garbage collector's walk."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from dashboard_fixtures import build_store, refuse_reads, warm_opening_views

from eventgraph.store import open_store

ROOT = Path(__file__).resolve().parents[2]


def _fresh_process_objects() -> None:
    """Forget the store handles, answers and tables this test process kept (a new server's)."""
    from eventgraph.dashboard import ui

    for kept in (ui._open, ui._answers_in, ui._tables_in):
        kept.clear()


def _articles_shown(at: Any) -> str:
    return str(at.metric[0].value)


def test_the_overview_opens_from_what_the_server_read_before_listening(
    app: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The prepared answers are read before any page runs: with the cache folder removed
    afterwards and every store query and table read refused, the first Overview still shows the
    store's figures, its chart and both tables."""
    from eventgraph.dashboard import ui

    url = build_store(f"oxigraph://{tmp_path / 'store'}")
    monkeypatch.setenv("EVENTGRAPH_STORE", url)
    monkeypatch.setenv("EVENTGRAPH_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.setenv("EVENTGRAPH_DASHBOARD_WARM", "0")
    warm_opening_views(url)
    _fresh_process_objects()
    ui.prepare_first_page()
    shutil.rmtree(tmp_path / "cache")  # nothing left to read from disk
    refuse_reads(monkeypatch)
    at = app(url, "overview")
    assert not at.error, [e.value for e in at.error]
    assert _articles_shown(at) == "5"  # the five fixture articles
    shown = " ".join(str(h.proto.body) for h in at.get("html"))
    assert "eg-chart" in shown and shown.count("<table") == 2


def test_a_newer_snapshot_is_not_served_what_was_read_before_listening(
    app: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Read before listening, then an ingest deletes an article: the Overview counts the new
    snapshot's articles, not the answers read for the old one."""
    from dashboard_fixtures import seed_items

    from eventgraph.dashboard import ui

    url = build_store(f"oxigraph://{tmp_path / 'store'}")
    monkeypatch.setenv("EVENTGRAPH_STORE", url)
    monkeypatch.setenv("EVENTGRAPH_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.setenv("EVENTGRAPH_DASHBOARD_WARM", "0")
    warm_opening_views(url)
    _fresh_process_objects()
    ui.prepare_first_page()
    with open_store(url) as w:
        w.delete_articles([seed_items()[0][0].id])
        w.publish_snapshot()
    at = app(url, "overview")
    assert not at.error, [e.value for e in at.error]
    assert _articles_shown(at) == "4"


def test_preload_leaves_the_collector_little_to_walk(seed_store: str, tmp_path: Path) -> None:
    """Streamlit collects every generation after each script run; after `preload` the objects the
    imports made are frozen, so that collection walks a small part of the heap."""
    code = (
        "import gc, json\n"
        "from eventgraph.dashboard import serve\n"
        "serve.preload()\n"
        "print(json.dumps([gc.get_freeze_count(), len(gc.get_objects())]))\n"
    )
    env = dict(
        os.environ,
        EVENTGRAPH_STORE=seed_store,
        EVENTGRAPH_CACHE_DIR=str(tmp_path / "cache"),
        EVENTGRAPH_DASHBOARD_WARM="0",
        PYTHONPATH=str(ROOT / "src"),
    )
    done = subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr
    frozen, walked = json.loads(done.stdout.strip().splitlines()[-1])
    assert frozen > 50_000 and walked < frozen / 10, (frozen, walked)
