"""What a dashboard server does before it listens (`serve.preload`): the objects its imports made
are frozen out of the garbage collector's walk, which Streamlit runs after every script run."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_preload_leaves_the_collector_little_to_walk(seed_store: str, tmp_path: Path) -> None:
    """After `preload` the objects the imports made are frozen, so the collection Streamlit makes
    after each run walks a small part of the heap (it took 120-147 ms of the first Overview run's
    CPU at 100k articles before)."""
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
