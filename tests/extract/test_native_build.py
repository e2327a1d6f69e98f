"""The mypyc build of the extraction modules: same output as the pure modules, never run stale.

The build is made by `tools/build_native.py` (`scripts/setup` runs it). Tests that need a build skip
when there is none, saying so; the pure-Python path is tested either way (EVENTGRAPH_PURE_PYTHON=1
in a child process).
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from eventgraph.extract import native

ROOT = Path(__file__).resolve().parents[2]
SRC = ROOT / "src"
SAMPLES = ROOT / "data" / "samples" / "articles.jsonl"
BUILT = all(native.compiled_paths(m) for m in native.COMPILED) and native.stale_reason() is None
# CI runs scripts/setup, which builds: there a missing or stale build is a failure, not a skip.
needs_build = pytest.mark.skipif(
    not BUILT and os.environ.get("CI", "").lower() not in {"true", "1"},
    reason="no current native build of the extraction modules (run tools/build_native.py)",
)

# Extracts the sample articles and reports which tokenizer ran and what any warning said.
_PROBE = """
import json, sys, warnings
warnings.simplefilter("always")
with warnings.catch_warnings(record=True) as caught:
    from eventgraph.extract import native
    from eventgraph.extract.pipeline import extract
    from eventgraph.ingest.readers import read_inputs
    from pathlib import Path
    out = [extract(a).model_dump_json() for a in read_inputs([Path(sys.argv[1])])]
    import eventgraph.extract.vi.tokens as tokens
print(json.dumps({"tokens": tokens.__file__, "compiled": native.in_use(), "out": out,
                  "warnings": [str(w.message) for w in caught]}))
"""


def _probe(src: Path, pure: bool = False) -> dict:
    env = {k: v for k, v in os.environ.items() if k != "EVENTGRAPH_PURE_PYTHON"}
    env["PYTHONPATH"] = str(src)
    if pure:
        env["EVENTGRAPH_PURE_PYTHON"] = "1"
    done = subprocess.run(
        [sys.executable, "-c", _PROBE, str(SAMPLES)],
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
        check=True,
    )
    return json.loads(done.stdout)


def test_pure_python_asked_for_is_used() -> None:
    got = _probe(SRC, pure=True)
    assert got["tokens"].endswith("tokens.py") and got["compiled"] is False
    assert got["warnings"] == [] and len(got["out"]) == 14


@needs_build
def test_compiled_build_is_used_and_reads_as_the_pure_modules() -> None:
    compiled, pure = _probe(SRC), _probe(SRC, pure=True)
    assert compiled["compiled"] is True and not compiled["tokens"].endswith(".py")
    assert compiled["warnings"] == []
    assert compiled["out"] == pure["out"]  # byte for byte, evidence spans included


@needs_build
def test_a_source_changed_after_the_build_runs_pure_with_a_warning(tmp_path: Path) -> None:
    copy = tmp_path / "src"
    shutil.copytree(SRC, copy, ignore=shutil.ignore_patterns("__pycache__"))
    assert _probe(copy)["compiled"] is True  # the copied build is current: used
    names = copy / "eventgraph" / "extract" / "vi" / "names.py"
    names.write_text(
        names.read_text(encoding="utf-8") + "\n# edited after the build\n", encoding="utf-8"
    )
    got = _probe(copy)
    assert got["compiled"] is False and got["tokens"].endswith("tokens.py")  # all, not only names
    said = got["warnings"]
    assert any("out of date" in w and "scripts/setup" in w for w in said), said
    assert got["out"] == _probe(SRC, pure=True)["out"]


@needs_build
def test_a_build_without_its_manifest_is_not_trusted(tmp_path: Path) -> None:
    copy = tmp_path / "src"
    shutil.copytree(SRC, copy, ignore=shutil.ignore_patterns("__pycache__"))
    (copy / "eventgraph" / "extract" / native.MANIFEST.name).unlink()
    got = _probe(copy)
    assert got["compiled"] is False and any("out of date" in w for w in got["warnings"])


@needs_build
def test_build_tool_finds_the_build_current() -> None:
    done = subprocess.run(  # --check: a test must not rebuild the tree it runs in
        [sys.executable, str(ROOT / "tools" / "build_native.py"), "--check"],
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    assert "up to date" in done.stdout


def test_tokens_hold_only_atoms_and_compiled_ones_stay_out_of_the_gc() -> None:
    # `@mypyc_attr(acyclic=True)` keeps compiled tokens out of the cyclic GC; that is safe only
    # while no field of a token can hold a container (a cycle through it would never be freed).
    import gc

    from eventgraph.extract.vi.tokens import Token, tokenize

    toks = tokenize("Đồng chí Trần Lưu Quang, Ủy viên T.Ư Đảng, Bí thư Thành ủy (2025) - UBND")
    fields = [f for f in dir(Token) if not f.startswith("_")]
    assert {"start", "end", "text", "key"} <= set(fields)
    for t in toks:
        assert all(type(getattr(t, f)) in (int, str, bool) for f in fields), t
    if not native.in_use():
        pytest.skip("the pure modules are in use: their tokens are plain objects, tracked")
    assert not any(gc.is_tracked(t) for t in toks)
