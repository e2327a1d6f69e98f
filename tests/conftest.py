"""Shared fixtures: where ../shared is, the seed article, temp stores."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
SAMPLES = ROOT / "data" / "samples"


def shared_path(*parts: str) -> Path:
    """A path under ../shared, or a skip saying the shared folder is absent."""
    p = SHARED.joinpath(*parts)
    if not p.exists():
        pytest.skip(f"{p} is absent: these tests read the shared corpus in place (../shared beside the repo)")
    return p


@pytest.fixture
def seed_path() -> Path:
    seed = shared_path("seed")
    return next(seed.glob("*.txt"))


@pytest.fixture
def dev_gold() -> list[dict]:
    path = shared_path("eval", "dev_gold.jsonl")
    return [json.loads(line) for line in path.open(encoding="utf-8") if line.strip()]


@pytest.fixture
def seed_jsonl(tmp_path: Path, dev_gold: list[dict]) -> Path:
    """The seed as a corpus line with its publication date (as the dev gold gives it)."""
    row = next(r for r in dev_gold if r["id"].startswith("seed-"))
    out = tmp_path / "seed.jsonl"
    out.write_text(json.dumps({k: row[k] for k in ("id", "title", "published", "source", "text")},
                              ensure_ascii=False) + "\n", encoding="utf-8")
    return out


@pytest.fixture(params=["memory", "oxigraph"])
def store_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """The two embedded backends every foundation test runs on."""
    return "memory://" if request.param == "memory" else f"oxigraph://{tmp_path / 'store'}"
