"""The export, import and copy commands, as a user runs them (on a Typer app they register on)."""

from __future__ import annotations

from pathlib import Path

import typer
from typer.testing import CliRunner

from eventgraph.export.cli import register
from eventgraph.store import open_store
from tests.store.articles import articles


def app() -> typer.Typer:
    a = typer.Typer()
    register(a)
    return a


def test_export_import_copy_commands(tmp_path: Path) -> None:
    src, dst, copied = (f"oxigraph://{tmp_path / n}" for n in ("src", "dst", "copied"))
    with open_store(src) as st:
        st.replace_articles(articles())
        want = st.stats()
    runner = CliRunner()
    out = tmp_path / "graph.trig"
    res = runner.invoke(app(), ["export", "--format", "trig", "--store", src, "-o", str(out)])
    assert res.exit_code == 0, res.output
    res = runner.invoke(app(), ["import", str(out), "--store", dst])
    assert res.exit_code == 0, res.output
    res = runner.invoke(app(), ["copy", "--from", dst, "--to", copied, "--batch", "2"])
    assert res.exit_code == 0, res.output
    for url in (dst, copied):
        with open_store(url) as st:
            assert st.stats() == want


def test_every_command_has_help() -> None:
    runner = CliRunner()
    for name in ("export", "import", "copy", "neo4j-dev"):
        res = runner.invoke(app(), [name, "--help"])
        assert res.exit_code == 0 and len(res.output) > 100, name
