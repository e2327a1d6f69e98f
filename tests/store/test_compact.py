"""Compaction reorganises the embedded store's files for faster reads: the same answers afterwards,
published to readers as a new snapshot, refused on a read-only handle, a no-op on engines that keep
themselves organised; `eventgraph ingest` compacts after a large run or when asked."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from eventgraph import cli
from eventgraph.exc import StoreError
from eventgraph.queries import get
from eventgraph.store import open_store
from tests.store.articles import articles


def _sst_files(path: Path) -> int:
    return sum(1 for p in path.iterdir() if p.suffix == ".sst")


def _answers(url: str) -> dict[str, Any]:
    with open_store(url, read_only=True) as st:
        return {
            "chairs": st.run(get("chairs"), {"person": "tran luu quang"}).rows,
            "lineage": st.run(get("lineage"), {"code": "21-KL/TW"}).rows,
            "stats": st.stats(),
        }


def test_compaction_keeps_every_answer_and_merges_files(tmp_path: Path) -> None:
    path = tmp_path / "store"
    url = f"oxigraph://{path}"
    for item in articles():  # one bulk load per article: one set of files each
        with open_store(url) as w:
            w.replace_articles([item])
    before, files_before = _answers(url), _sst_files(path)
    reader = open_store(url, read_only=True)
    version = reader.data_version()
    with open_store(url) as w:
        assert w.compact() is True
    assert _sst_files(path) < files_before
    assert reader.data_version() != version  # readers move to the compacted snapshot
    reader.close()
    assert _answers(url) == before


def test_read_only_handle_refuses_to_compact(tmp_path: Path) -> None:
    url = f"oxigraph://{tmp_path / 'store'}"
    with open_store(url) as w:
        w.replace_articles(articles()[:1])
    with open_store(url, read_only=True) as r, pytest.raises(StoreError, match="read-only"):
        r.compact()


def test_memory_store_has_nothing_to_compact() -> None:
    assert open_store("memory://").compact() is False


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    path = tmp_path / "two.jsonl"
    rows = [
        {"id": f"c-{i}", "title": None, "published": "2023-05-10", "source": None,
         "text": f"Sáng 10/5, Tỉnh ủy Nghệ An tổ chức hội nghị lần {i}."}
        for i in range(2)
    ]
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("flags", "threshold", "compacted"),
    [([], 1000, False), ([], 2, True), (["--compact"], 1000, True), (["--no-compact"], 2, False)],
)
def test_ingest_compacts_after_a_large_run_or_when_asked(
    corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
    flags: list[str], threshold: int, compacted: bool,
) -> None:
    monkeypatch.setattr(cli, "COMPACT_AFTER", threshold)
    store = f"oxigraph://{tmp_path / 'db'}"
    res = CliRunner().invoke(cli.app, ["ingest", str(corpus), "--store", store, "--workers", "1", *flags])
    assert res.exit_code == 0, res.output
    assert "2 articles read, 2 written" in res.output
    assert ("store compacted" in res.output) is compacted
