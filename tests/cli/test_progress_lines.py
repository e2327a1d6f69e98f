"""An ingest whose stderr is a log, not a terminal, says how far it is: a line with the count, the
rate and the time left, at most once per interval, and always at the end."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from eventgraph.cli import app
from eventgraph.ingest.progress import ProgressLines


class Clock:
    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


def test_lines_come_once_per_interval_with_rate_and_time_left() -> None:
    said: list[str] = []
    clock = Clock()
    lines = ProgressLines(10_000, 30, said.append, clock)
    clock.now = 10
    lines.advance(400)  # 10 s in: not yet
    assert said == []
    clock.now = 40
    lines.advance(800)  # 40 s in: 1,200 at 30/s, 8,800 left = 4 min 53 s
    assert said == ["ingest: 1,200/10,000 articles, 30.0 articles/s, about 4 min 53 s left"]
    clock.now = 50
    lines.advance(100)
    assert len(said) == 1
    clock.now = 4000
    lines.advance(8_700)  # the last article always gives a line, with no time left
    assert said[-1] == "ingest: 10,000/10,000 articles, 2.5 articles/s"


def test_an_unknown_total_gives_count_and_rate_only() -> None:
    said: list[str] = []
    clock = Clock()
    lines = ProgressLines(None, 0, said.append, clock)
    clock.now = 4
    lines.advance(10)
    assert said == ["ingest: 10 articles, 2.5 articles/s"]


def test_hours_are_said_in_hours() -> None:
    clock = Clock()
    lines = ProgressLines(1_000_000, 0, [].append, clock)
    clock.now = 100
    lines.done = 1_000
    assert lines.line(100).endswith("about 27 h 45 min left")


def test_an_ingest_into_a_log_prints_progress_lines(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    corpus = tmp_path / "two.jsonl"
    rows = [
        {"id": f"p-{i}", "published": "2023-05-10",
         "text": f"Sáng 10/5, Tỉnh ủy Nghệ An tổ chức hội nghị lần {i}."}
        for i in range(2)
    ]
    corpus.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), "utf-8")
    monkeypatch.setenv("EVENTGRAPH_PROGRESS_EVERY", "0")
    res = CliRunner().invoke(
        app, ["ingest", str(corpus), "--store", f"oxigraph://{tmp_path / 'db'}", "--workers", "1"]
    )
    assert res.exit_code == 0, res.output
    assert "ingest: 2/2 articles" in res.output
