"""The CLI as a user meets it: help everywhere, README mentions every command, clear errors."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.main import get_command
from typer.testing import CliRunner

from eventgraph.cli import app

ROOT = Path(__file__).resolve().parents[2]
runner = CliRunner()


def _commands() -> dict:
    return get_command(app).commands  # type: ignore[attr-defined]


def test_every_command_has_help_and_is_in_the_readme() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for name, cmd in _commands().items():
        assert (cmd.help or "").strip(), f"command {name} has no help text"
        assert f"eventgraph {name}" in readme, f"README does not show `eventgraph {name}`"
        result = runner.invoke(app, [name, "--help"])
        assert result.exit_code == 0, result.output


def test_query_and_stats_on_a_store(tmp_path: Path) -> None:
    article = tmp_path / "a.jsonl"
    article.write_text(json.dumps({
        "id": "t-1", "title": None, "published": "2023-05-10", "source": None,
        "text": "Sáng 10/5, Ban Thường vụ Tỉnh ủy Nghệ An tổ chức hội nghị. Đồng chí Lê Văn Minh, "
                "Bí thư Tỉnh ủy chủ trì hội nghị."}, ensure_ascii=False) + "\n", encoding="utf-8")
    store = f"oxigraph://{tmp_path / 'db'}"
    assert runner.invoke(app, ["ingest", str(article), "--store", store,
                              "--report", str(tmp_path / "failures.jsonl")]).exit_code == 0
    res = runner.invoke(app, ["stats", "--store", store, "--format", "json"])
    assert res.exit_code == 0 and json.loads(res.stdout)[0]["articles"] == 1
    res = runner.invoke(app, ["query", "meetings", "--store", store, "--format", "csv"])
    assert res.exit_code == 0 and res.stdout.startswith("meeting_name,")


def test_bad_parameters_give_one_clear_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    import sys

    from eventgraph.cli import main

    store = f"oxigraph://{tmp_path / 'db'}"
    for argv, expected in ([["query", "chairs", "--param", "nobody=1", "--store", store], "has no parameter"],
                           [["query", "nosuch", "--store", store], "no query named"],
                           [["stats", "--store", "ftp://x"], "unknown store URL"]):
        sys.argv = ["eventgraph", *argv]
        with pytest.raises(SystemExit) as exc:
            main()
        assert exc.value.code == 2
        assert expected in capsys.readouterr().err
