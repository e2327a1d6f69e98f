"""The Overview's opening view is made before a server listens (`ui.prepare_overview`, run by
`serve.preload`) and then only drawn; a filter, a language or a newer snapshot is made afresh from
its own answers, never served from what was made for another."""

from __future__ import annotations

from collections import OrderedDict
from pathlib import Path
from typing import Any

import pytest
from dashboard_fixtures import seed_items, shown_figures, warm_opening_views

from eventgraph.dashboard import i18n, overview, ui
from eventgraph.queries import get
from eventgraph.store import open_store

ARTICLES = i18n.label("overview.articles", "vi")


def _count_makings(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """A fresh process's memory of made Overviews, and the languages of each one made from now."""
    monkeypatch.setattr(overview, "_made", OrderedDict())
    made: list[str] = []
    real = overview.parts

    def parts(frames: Any, lang: str) -> overview.Parts:
        made.append(lang)
        return real(frames, lang)

    monkeypatch.setattr(overview, "parts", parts)
    return made


def _serve_from(url: str, monkeypatch: pytest.MonkeyPatch, cache: Path) -> None:
    monkeypatch.setenv("EVENTGRAPH_STORE", url)
    monkeypatch.setenv("EVENTGRAPH_CACHE_DIR", str(cache))  # the folder `app` uses
    monkeypatch.setenv("EVENTGRAPH_DASHBOARD_WARM", "0")


def test_the_opening_overview_is_made_before_the_first_visit_and_a_filter_afresh(
    app: Any, seed_store: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _serve_from(seed_store, monkeypatch, tmp_path / "cache")
    warm_opening_views(seed_store)  # `prepare-dashboard`
    made = _count_makings(monkeypatch)
    ui.prepare_overview()  # before the server listens
    assert sorted(made) == sorted(i18n.LANGS)
    made.clear()

    at = app(seed_store, "overview")
    assert made == []  # drawn, not made
    with open_store(seed_store, read_only=True) as reader:
        want = reader.run(get("overview"), {}).rows[0]
        narrowed = reader.run(get("overview"), {"locality": "Bình Định"}).rows[0]
    assert shown_figures(at)[ARTICLES] == str(want["articles"])
    at.sidebar.segmented_control(key="lang").set_value("en").run()
    assert made == []
    assert shown_figures(at)[i18n.label("overview.articles", "en")] == str(want["articles"])

    at.session_state["flt_open"] = True
    at.run()
    at.sidebar.selectbox(key="flt_locality").set_value("Bình Định").run()
    assert made == ["en"]  # another filter: made from its own answers
    assert shown_figures(at)[i18n.label("overview.articles", "en")] == str(narrowed["articles"])
    assert narrowed["articles"] < want["articles"]


def test_a_newer_snapshot_is_made_afresh_with_its_own_answers(
    app: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    url = f"oxigraph://{tmp_path / 'growing'}"
    items = seed_items()
    with open_store(url) as writer:
        writer.replace_articles(items[:-1])
    _serve_from(url, monkeypatch, tmp_path / "cache")
    warm_opening_views(url)
    made = _count_makings(monkeypatch)
    ui.prepare_overview()
    made.clear()
    at = app(url, "overview")
    assert made == []
    before = int(shown_figures(at)[ARTICLES])

    with open_store(url) as writer:  # an ingest publishes a newer snapshot
        writer.replace_articles(items[-1:])
    warm_opening_views(url)  # and its opening views are kept
    at = app(url, "overview")
    assert made == ["vi"]
    assert int(shown_figures(at)[ARTICLES]) == before + 1
