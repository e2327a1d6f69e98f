"""`eventgraph ingest --prepare-dashboard` and `eventgraph prepare-dashboard`: the dashboard's tables
and opening answers of the newest snapshot are read by the command, so a dashboard started
afterwards draws its pages without asking the store anything (every query is refused here)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from dashboard_fixtures import shown_figures
from typer.testing import CliRunner

from eventgraph.cli import app as cli
from eventgraph.dashboard import i18n

SAMPLES = Path(__file__).resolve().parents[2] / "data" / "samples" / "articles.jsonl"
runner = CliRunner()


def refuse_queries(monkeypatch: pytest.MonkeyPatch) -> None:
    from eventgraph.dashboard import ui, warm
    from eventgraph.exc import QueryError

    def refuse(name: str) -> Any:
        raise QueryError(f"{name} was not prepared")

    monkeypatch.setattr(ui, "get", refuse)
    monkeypatch.setattr(warm, "get", refuse)


def test_a_prepared_store_opens_without_a_query(
    app: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("EVENTGRAPH_CACHE_DIR", str(tmp_path / "cache"))  # the folder `app` uses
    monkeypatch.setenv("EVENTGRAPH_DASHBOARD_WARM", "0")  # the dashboard itself reads nothing ahead
    monkeypatch.chdir(tmp_path)  # the store named by a relative path, the dashboard by an absolute one
    done = runner.invoke(cli, ["ingest", str(SAMPLES), "--store", "oxigraph://store", "--workers",
                               "1", "--prepare-dashboard"])
    assert done.exit_code == 0, done.output
    assert "dashboard tables prepared" in done.output
    refuse_queries(monkeypatch)
    url = f"oxigraph://{tmp_path / 'store'}"
    for page in ("overview", "meetings", "localities", "people"):
        at = app(url, page)
        assert not at.error, (page, [e.value for e in at.error])
    overview = app(url, "overview")
    shown = " ".join(shown_figures(overview).values())
    assert any(ch.isdigit() and ch != "0" for ch in shown), shown  # figures, not an empty store
    assert i18n.label("tables.reading", "vi") not in " ".join(str(i.value) for i in overview.info)


def test_unprepared_pages_do_ask_the_store(
    app: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The control: the same ingest without preparing (a small run's default) leaves the tables
    unread, so the Overview has to ask the store."""
    monkeypatch.setenv("EVENTGRAPH_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.setenv("EVENTGRAPH_DASHBOARD_WARM", "0")
    url = f"oxigraph://{tmp_path / 'store'}"
    done = runner.invoke(cli, ["ingest", str(SAMPLES), "--store", url, "--workers", "1"])
    assert done.exit_code == 0, done.output
    assert "dashboard tables" not in done.output  # a few articles: not worth it by default
    from eventgraph.dashboard import ui, warm
    from eventgraph.queries import get

    asked: list[str] = []

    def counting(name: str) -> Any:
        asked.append(name)
        return get(name)

    monkeypatch.setattr(ui, "get", counting)
    monkeypatch.setattr(warm, "get", counting)
    at = app(url, "overview")
    assert not at.error, [e.value for e in at.error]
    assert asked, "the Overview drew its figures without its tables and without a query"


def test_the_command_prepares_an_existing_store_and_says_when_there_is_nothing_to(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from eventgraph.dashboard.tables import KeptTables
    from eventgraph.dashboard.ui import data_version
    from eventgraph.store import open_store

    monkeypatch.setenv("EVENTGRAPH_CACHE_DIR", str(tmp_path / "cache"))
    url = f"oxigraph://{tmp_path / 'store'}"
    assert runner.invoke(cli, ["ingest", str(SAMPLES), "--store", url, "--workers", "1"]).exit_code == 0
    done = runner.invoke(cli, ["prepare-dashboard", "--store", url])
    assert done.exit_code == 0, done.output
    assert "dashboard tables prepared" in done.output
    with open_store(url, read_only=True) as reader:
        version = data_version(reader)
    from eventgraph import settings

    assert KeptTables(settings.answers_dir()).ready(url, version) is not None
    done = runner.invoke(cli, ["prepare-dashboard", "--store", "memory://"])
    assert done.exit_code == 0, done.output
    assert "nothing to prepare" in done.output


def test_an_ingest_whose_preparation_fails_says_so_and_keeps_its_articles(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """The tables are read in a spawned process after the writer closed: if that fails (here the
    store is gone before it starts), `ingest` reports it and does not fail the articles it wrote."""
    from eventgraph import cli as cli_module

    monkeypatch.setenv("EVENTGRAPH_CACHE_DIR", str(tmp_path / "cache"))
    cli_module._prepare_dashboard(f"oxigraph://{tmp_path / 'no-store'}", fresh_process=True)
    said = capsys.readouterr()
    assert "dashboard tables not prepared" in said.out + said.err
    assert "StoreError" in said.out + said.err
    with pytest.raises(Exception, match="no store"):  # the command itself still fails loudly
        cli_module._prepare_dashboard(f"oxigraph://{tmp_path / 'no-store'}")
