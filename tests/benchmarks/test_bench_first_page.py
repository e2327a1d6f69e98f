"""The first-page benchmark runs end to end on the one-title app in Chromium and reports its steps
in the order they happen (no speed is asserted)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.browser
ROOT = Path(__file__).resolve().parents[2]


def test_the_first_page_is_split_in_order(tmp_path: Path) -> None:
    if not Path("/usr/bin/chromium").exists():
        reason = "/usr/bin/chromium is absent: run scripts/install-browser.sh"
        if os.environ.get("CI", "").lower() in ("1", "true", "yes"):
            pytest.fail(reason)
        pytest.skip(reason)
    rows = tmp_path / "rows.jsonl"
    done = subprocess.run(
        [sys.executable, str(ROOT / "benchmarks" / "bench_first_page.py"), "--apps", "hello",
         "--rounds", "1", "--warm-cache", "--json", str(rows), "--cache", str(tmp_path)],
        env=dict(os.environ, PYTHONPATH=str(ROOT / "src")),
        capture_output=True, text=True, timeout=300, cwd=tmp_path,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr[-2000:]
    fresh, warm = (json.loads(line) for line in rows.read_text().splitlines())
    for row in (fresh, warm):
        steps = [row[k] for k in ("html", "dcl", "ws_open", "new_session", "first_delta", "h1")]
        assert steps == sorted(steps), row
        assert row["settled"] >= row["h1"] > 0
        assert row["static_files"] > 10 and row["encodings"] == ["none"]
    assert fresh["static_wire_kb"] > 1000 and fresh["static_cached"] == 0
    # the returning user: every script and style from the browser's cache, nothing on the wire
    assert warm["static_cached"] == warm["static_files"] and warm["static_wire_kb"] < 10
    assert "| hello | - | warm cache | 1 |" in done.stdout
