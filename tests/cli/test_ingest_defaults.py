"""`eventgraph ingest` defaults a user relies on: as many extraction workers as usable CPUs, and a
progress bar that knows how many articles are coming (no timing is asserted)."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import pytest
from rich.progress import Progress
from typer.testing import CliRunner

from eventgraph.cli import app
from eventgraph.ingest import run as ingest_run
from eventgraph.ingest.run import IngestReport, usable_cpus

runner = CliRunner()


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    path = tmp_path / "three.jsonl"
    rows = [
        {
            "id": f"d-{i}",
            "title": None,
            "published": "2023-05-10",
            "source": None,
            "text": f"Sáng 10/5, Tỉnh ủy Nghệ An tổ chức hội nghị lần {i}.",
        }
        for i in range(3)
    ]
    lines = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)
    path.write_text(lines, encoding="utf-8")
    return path


@pytest.fixture
def calls(monkeypatch: pytest.MonkeyPatch) -> dict[str, Any]:
    """Record the workers the command asks for and the total its progress bar is given."""
    seen: dict[str, Any] = {"totals": []}

    def fake_ingest(paths: Any, store: Any, **kw: Any) -> IngestReport:
        seen["workers"] = kw["workers"]
        return IngestReport()

    add_task = Progress.add_task

    def recording_add_task(self: Progress, *args: Any, **kw: Any) -> Any:
        seen["totals"].append(kw.get("total"))
        return add_task(self, *args, **kw)

    monkeypatch.setattr(ingest_run, "ingest", fake_ingest)
    monkeypatch.setattr(ingest_run, "usable_cpus", lambda: 3)
    monkeypatch.setattr(Progress, "add_task", recording_add_task)
    return seen


def test_workers_default_to_the_usable_cpus(corpus: Path, calls: dict[str, Any]) -> None:
    res = runner.invoke(app, ["ingest", str(corpus), "--store", "memory://"])
    assert res.exit_code == 0, res.output
    assert calls["workers"] == 3  # usable_cpus() as patched above, not a fixed 1


def test_one_worker_can_still_be_asked_for(corpus: Path, calls: dict[str, Any]) -> None:
    res = runner.invoke(app, ["ingest", str(corpus), "--store", "memory://", "--workers", "1"])
    assert res.exit_code == 0, res.output
    assert calls["workers"] == 1


def test_progress_bar_is_given_the_article_count(corpus: Path, calls: dict[str, Any]) -> None:
    res = runner.invoke(app, ["ingest", str(corpus), "--store", "memory://"])
    assert res.exit_code == 0, res.output
    assert calls["totals"] == [3]


@pytest.mark.skipif(not hasattr(os, "sched_getaffinity"), reason="no CPU affinity on this OS")
def test_usable_cpus_follow_the_affinity_mask() -> None:
    assert usable_cpus() == len(os.sched_getaffinity(0))


def test_one_worker_ingests_for_real(corpus: Path, tmp_path: Path) -> None:
    store = f"oxigraph://{tmp_path / 'db'}"
    res = runner.invoke(app, ["ingest", str(corpus), "--store", store, "--workers", "1"])
    assert res.exit_code == 0, res.output
    assert "3 articles read, 3 written" in res.output
