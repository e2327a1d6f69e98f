"""Where the ontology and SHACL shapes live: `ontology/` at the repository root (shipped in the wheel)."""

from __future__ import annotations

from pathlib import Path

_CANDIDATES = [Path(__file__).resolve().parents[2] / "ontology", Path(__file__).resolve().parent / "ontology"]


def ontology_dir() -> Path:
    """The folder holding eventgraph.ttl and shapes.ttl."""
    for p in _CANDIDATES:
        if (p / "shapes.ttl").exists():
            return p
    raise FileNotFoundError("ontology/ not found next to the package; reinstall eventgraph")
