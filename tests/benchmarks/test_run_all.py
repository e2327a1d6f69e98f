"""The benchmark command runs end to end at a tiny size and writes its report (no speed is
asserted)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_run_all_at_a_tiny_size(tmp_path: Path) -> None:
    out, res = tmp_path / "performance.md", tmp_path / "latest.json"
    out.write_text("# Performance\n\nAnalysis written by hand stays.\n", encoding="utf-8")
    env = dict(os.environ, EVENTGRAPH_BENCH_QUERY_TIMEOUT="120")
    done = subprocess.run(
        [
            sys.executable,
            str(ROOT / "benchmarks" / "run_all.py"),
            "--sizes",
            "12",
            "--workers",
            "2",
            "--extract-limit",
            "4",
            "--query-cases",
            "1",
            "--query-reps",
            "1",
            "--work",
            str(tmp_path / "work"),
            "--out",
            str(out),
            "--json",
            str(res),
        ],
        cwd=ROOT,
        env=env,
        capture_output=True,
        timeout=300,
        text=True,
    )
    assert done.returncode == 0, f"run_all failed:\n{done.stderr[-6000:]}\n{done.stdout[-2000:]}"
    results = json.loads(res.read_text(encoding="utf-8"))
    size = results["sizes"][0]
    assert size["e2e"]["read"] == 12 and size["write"]["articles"] == 12
    assert size["raw"]["quads"] > 0 and results["machine"]["cores"]
    assert (
        size["queries"][0]["matches_truth"] is True
    )  # the write-path store holds exactly the truth
    text = out.read_text(encoding="utf-8")
    assert "Analysis written by hand stays." in text and "### Named queries" in text
